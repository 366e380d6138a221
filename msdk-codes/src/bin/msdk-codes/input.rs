//! What a piece of text means: a code in any spelling, a variant name, an
//! MSDK response body, or a text holding a `ret` (`ret: -21`, `ret=100014`,
//! `"ret":-21`) and/or an OIDB failure. `explain` reads its inputs with
//! this, `scan` its log lines.

use msdk_codes::text::Findings;
use msdk_codes::{Code, Explanation, Layer, Response, Table};

/// One code found, the layer of a response it answered in, and the OIDB
/// command it came through, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match {
    pub code: Code,
    pub layer: Option<Layer>,
    pub oidb_command: Option<u32>,
}

impl Match {
    /// A code found on its own.
    pub fn of(code: Code) -> Match {
        Match {
            code,
            layer: None,
            oidb_command: None,
        }
    }
}

/// How one input was understood.
pub enum Reading {
    /// A number: every table (or `--table`) that knows it.
    Code(i32),
    /// A variant name.
    Name(String),
    /// A response body (a JSON object with a `ret`), possibly inside a text.
    Response(String),
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
    if Response::find_in(input).is_some() {
        return Reading::Response(input.to_owned());
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

/// A response's explanation, given the endpoint it came from.
pub fn explanation<'a>(text: &'a str, endpoint: Option<&str>) -> Option<Explanation<'a>> {
    Response::find_in(text).map(|(response, _)| response.explain(endpoint))
}

/// The matches of an input, in table order (a response's layer by layer):
/// `ret`s and codes within `only` if given, and an OIDB failure's code too
/// when `only_oidb`.
pub fn matches(
    reading: &Reading,
    only: Option<Table>,
    only_oidb: bool,
    endpoint: Option<&str>,
) -> Vec<Match> {
    let tables = || {
        Table::ALL
            .into_iter()
            .filter(move |table| only.is_none_or(|only| only == *table))
    };
    let of_code = |code: i32| {
        tables()
            .filter_map(move |table| table.lookup(code))
            .map(Match::of)
    };
    match reading {
        Reading::Code(code) => of_code(*code).collect(),
        Reading::Name(name) => tables()
            .flat_map(Table::iter)
            .filter(|code| code.name() == name)
            .map(Match::of)
            .collect(),
        Reading::Response(text) => explanation(text, endpoint)
            .map(|explanation| explanation_matches(&explanation, only, only_oidb))
            .unwrap_or_default(),
        Reading::Text(findings) => {
            // A line that reports a failure shows its failures; a success,
            // what it holds. A line's `ret` is never an OIDB code.
            let (ret, oidb) = if findings.is_failure() {
                (findings.failing_ret(), findings.failing_oidb())
            } else {
                (findings.ret(), findings.oidb())
            };
            // A `ret` is read as a response's: MSDK's own layers, else the
            // QQ platform's; with `--table`, as that table's.
            let mut matches: Vec<Match> = match (ret, only) {
                (Some(ret), Some(only)) if !only.is_oidb() => {
                    only.lookup(ret).map(Match::of).into_iter().collect()
                }
                (None, _) | (Some(_), Some(_)) => Vec::new(),
                (Some(ret), None) => Response::new(ret)
                    .explain(endpoint)
                    .matches()
                    .map(|found| Match {
                        code: found.code(),
                        layer: Some(found.layer()),
                        oidb_command: None,
                    })
                    .collect(),
            };
            if let Some(failure) = oidb {
                let code = failure
                    .code()
                    .filter(|code| !only_oidb || only.is_none_or(|only| code.table() == only));
                matches.extend(code.map(|code| Match {
                    code,
                    layer: Some(Layer::Oidb),
                    oidb_command: Some(failure.command()),
                }));
            }
            matches
        }
        Reading::Unreadable => Vec::new(),
    }
}

/// A response's matches, layer by layer, as `matches` finds them.
pub fn explanation_matches(
    explanation: &Explanation,
    only: Option<Table>,
    only_oidb: bool,
) -> Vec<Match> {
    let command = explanation.oidb().map(|failure| failure.command());
    explanation
        .matches()
        .filter(|found| {
            let oidb = found.layer() == Layer::Oidb;
            only.is_none_or(|only| found.table() == only) || (oidb && !only_oidb)
        })
        .map(|found| Match {
            code: found.code(),
            layer: Some(found.layer()),
            oidb_command: command.filter(|_| found.layer() == Layer::Oidb),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spelling_of_an_input() {
        assert!(matches!(read("-0x10"), Reading::Code(-16)));
        assert!(matches!(read(" 100014 "), Reading::Code(100_014)));
        assert!(matches!(read("AccessTokenDeprecated"), Reading::Name(_)));
        assert!(
            matches!(read("ret=100014"), Reading::Text(f) if f.ret() == Some(100_014) && f.oidb().is_none())
        );
        assert!(matches!(read(r#"ret: -21 {"x":1}"#), Reading::Text(f) if f.ret() == Some(-21)));
        assert!(matches!(read("secret=5"), Reading::Unreadable));
        assert!(matches!(read("hello"), Reading::Unreadable));
        assert!(matches!(read(r#"{"ret":-21}"#), Reading::Response(_)));
        assert!(matches!(read(r#"{"code":-21}"#), Reading::Unreadable));
        let found = matches(&read("AccessTokenDeprecated"), None, true, None);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code.code(), -21);
    }
}
