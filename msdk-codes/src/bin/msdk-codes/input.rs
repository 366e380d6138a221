//! What a piece of text means: a code in any spelling, a variant name, or a
//! text holding a `ret` (`ret: -21`, `ret=100014`, `"ret":-21`) and/or an
//! OIDB failure. `explain` reads its inputs with this, `scan` its log lines.

use msdk_codes::oidb::{self, OidbFailure};
use msdk_codes::{Code, Table};

/// One code found, and the OIDB command it came through, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match {
    pub code: Code,
    pub oidb_command: Option<u32>,
}

/// What a text holds: a `ret` outside any OIDB failure, and the OIDB
/// failure.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Findings {
    pub ret: Option<i32>,
    pub oidb: Option<OidbFailure>,
}

impl Findings {
    /// Reads a text: the first `ret` that is not the OIDB failure's own
    /// (`{"ret":-1,"msg":"oidb decode0x73a failed, ret: 17"}` holds both).
    pub fn of(text: &[u8]) -> Findings {
        let located = oidb::locate(text);
        let span = located.as_ref().map(|(_, span)| span.clone());
        let mut from = 0;
        let mut ret = None;
        while let Some((value, at)) = oidb::find_ret(text, from) {
            if span.as_ref().is_some_and(|span| span.contains(&at.start)) {
                from = at.end;
                continue;
            }
            ret = Some(value);
            break;
        }
        Findings {
            ret,
            oidb: located.map(|(failure, _)| failure),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.ret.is_none() && self.oidb.is_none()
    }

    /// A failure: a non-zero `ret`, or an OIDB failure.
    pub fn is_failure(&self) -> bool {
        self.ret.is_some_and(|ret| ret != 0) || self.oidb.is_some()
    }
}

/// How one input was understood.
pub enum Reading {
    /// A number: every table (or `--table`) that knows it.
    Code(i32),
    /// A variant name.
    Name(String),
    /// A text holding a `ret` or an OIDB failure.
    Text(Findings),
    /// None of those.
    Unreadable,
}

pub fn read(input: &str) -> Reading {
    let trimmed = input.trim();
    if let Some(code) = msdk_codes::parse_code(trimmed) {
        return Reading::Code(code);
    }
    if is_name(trimmed) {
        return Reading::Name(trimmed.to_owned());
    }
    let findings = Findings::of(input.as_bytes());
    if findings.is_empty() {
        Reading::Unreadable
    } else {
        Reading::Text(findings)
    }
}

fn is_name(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_uppercase())
        && text.chars().all(|c| c.is_ascii_alphanumeric())
}

/// The matches of an input, in table order: `ret`s and codes within `only`
/// if given, and an OIDB failure's code too when `only_oidb`.
pub fn matches(reading: &Reading, only: Option<Table>, only_oidb: bool) -> Vec<Match> {
    let tables = || {
        Table::ALL
            .into_iter()
            .filter(move |table| only.is_none_or(|only| only == *table))
    };
    let of_code = |code: i32| {
        tables()
            .filter_map(move |table| table.lookup(code))
            .map(|code| Match {
                code,
                oidb_command: None,
            })
    };
    match reading {
        Reading::Code(code) => of_code(*code).collect(),
        Reading::Name(name) => tables()
            .flat_map(Table::iter)
            .filter(|code| code.name() == name)
            .map(|code| Match {
                code,
                oidb_command: None,
            })
            .collect(),
        Reading::Text(findings) => {
            let mut matches: Vec<Match> = findings
                .ret
                .filter(|&ret| ret != 0 || findings.oidb.is_none())
                .into_iter()
                .flat_map(of_code)
                .collect();
            if let Some(failure) = findings.oidb {
                let code = failure
                    .code()
                    .filter(|code| !only_oidb || only.is_none_or(|only| code.table() == only));
                matches.extend(code.map(|code| Match {
                    code,
                    oidb_command: Some(failure.command()),
                }));
            }
            matches
        }
        Reading::Unreadable => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_response_with_an_oidb_failure_holds_both() {
        let findings = Findings::of(br#"{"ret":-1,"msg":"oidb decode0x73a failed, ret: 17"}"#);
        assert_eq!(findings.ret, Some(-1));
        assert_eq!(findings.oidb, Some(OidbFailure::new(0x73a, 17)));
        let findings = Findings::of(b"msg=oidb decode0x73a failed, ret: 17 ret=-1");
        assert_eq!(findings.ret, Some(-1));
        let findings = Findings::of(b"oidb decode0x73a failed, ret: 17");
        assert_eq!(
            (findings.ret, findings.oidb.map(|f| f.ret())),
            (None, Some(17))
        );
    }

    #[test]
    fn every_spelling_of_an_input() {
        assert!(matches!(read("-0x10"), Reading::Code(-16)));
        assert!(matches!(read(" 100014 "), Reading::Code(100_014)));
        assert!(matches!(read("AccessTokenDeprecated"), Reading::Name(_)));
        assert!(matches!(
            read("ret=100014"),
            Reading::Text(Findings {
                ret: Some(100_014),
                oidb: None
            })
        ));
        assert!(matches!(
            read(r#"{"ret":-21}"#),
            Reading::Text(Findings { ret: Some(-21), .. })
        ));
        assert!(matches!(read("secret=5"), Reading::Unreadable));
        assert!(matches!(read("hello"), Reading::Unreadable));
        let found = matches(&read("AccessTokenDeprecated"), None, true);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code.code(), -21);
    }
}
