//! Property tests of every entry point that takes outside input: never a
//! panic, and answers that agree with a reference built independently from
//! the CSV files.

mod common;

use msdk_codes::oidb::{self, OidbFailure};
use msdk_codes::text::Findings;
use msdk_codes::{
    AccessTokenCode, BlueDiamondGiftCode, ErrTypeCode, GameCenterCode, MsdkAccessCode,
    MsdkLogicCode, OidbCode, PayTokenCode, QqGroupCode, QqGroupDetailCode, QqGroupInfoCode,
    QqGroupOpenidCode, QqGroupUnbindCode, QqPlatformCode, QqShareCode, QzoneShareCode, Table,
    WechatCode, WechatGroupCode,
};
use proptest::prelude::*;

/// A table's rows as the CSV writes them, read with the csv crate and plain
/// integer parsing: not through the generator.
struct Reference {
    rows: Vec<ReferenceRow>,
}

struct ReferenceRow {
    low: i64,
    high: i64,
    /// A byte row's signed form, where the table gives one.
    signed: Option<i64>,
    name: String,
    action: String,
}

impl Reference {
    fn of(table: Table) -> Reference {
        let mut reader = csv::Reader::from_path(common::csv_path(table)).unwrap();
        let headers = reader.headers().unwrap().clone();
        let column = |name: &str| headers.iter().position(|h| h == name);
        let (code, name, signed, action) = (
            column("code").unwrap(),
            column("name").unwrap(),
            column("signed"),
            column("action").unwrap(),
        );
        let rows = reader
            .records()
            .map(|record| {
                let record = record.unwrap();
                let bounds: Vec<i64> = record[code].split('~').map(|n| integer(n.trim())).collect();
                let (first, last) = (bounds[0], bounds[bounds.len() - 1]);
                ReferenceRow {
                    low: first.min(last),
                    high: first.max(last),
                    signed: signed.map(|signed| integer(&record[signed])),
                    name: record[name].to_owned(),
                    action: record[action].to_owned(),
                }
            })
            .collect();
        Reference { rows }
    }

    /// The row of `code`: a single row's, else the range's that holds it
    /// (a single row inside a range wins its code).
    fn get(&self, code: i32) -> Option<&ReferenceRow> {
        let code = i64::from(code);
        let holds =
            |row: &&ReferenceRow| (row.low..=row.high).contains(&code) || row.signed == Some(code);
        let single = self
            .rows
            .iter()
            .filter(|row| row.low == row.high)
            .find(holds);
        single.or_else(|| {
            self.rows
                .iter()
                .filter(|row| row.low != row.high)
                .find(holds)
        })
    }

    /// The codes the rows name: each row's ends and its signed form.
    fn written_codes(&self) -> impl Iterator<Item = i32> + '_ {
        self.rows.iter().flat_map(|row| {
            [Some(row.low), Some(row.high), row.signed]
                .into_iter()
                .flatten()
                .map(|code| i32::try_from(code).unwrap())
        })
    }
}

fn integer(text: &str) -> i64 {
    let (negative, digits) = text.strip_prefix('-').map_or((false, text), |d| (true, d));
    let value = match digits.strip_prefix("0x") {
        Some(hex) => i64::from_str_radix(hex, 16).unwrap(),
        None => digits.parse().unwrap(),
    };
    if negative { -value } else { value }
}

fn references() -> Vec<(Table, Reference)> {
    Table::ALL
        .into_iter()
        .map(|table| (table, Reference::of(table)))
        .collect()
}

#[test]
fn every_action_is_the_csv_word() {
    for (table, reference) in references() {
        for code in reference.written_codes() {
            let row = reference.get(code).unwrap();
            let action = table.lookup(code).unwrap().action();
            // Every row of the MSDK tables is classified: no empty cell.
            assert!(!row.action.is_empty(), "{table} {code}");
            assert_eq!(action.as_str(), row.action.as_str(), "{table} {code}");
        }
    }
}

#[test]
fn the_reference_holds_229_qq_codes_and_every_written_code_agrees() {
    let references = references();
    let qq_codes: i64 = references
        .iter()
        .take(6)
        .flat_map(|(_, reference)| &reference.rows)
        .map(|row| row.high - row.low + 1)
        .sum();
    assert_eq!(qq_codes, 229);
    for (table, reference) in &references {
        for code in reference.written_codes() {
            assert_eq!(
                table.lookup(code).map(|c| c.name()),
                reference.get(code).map(|row| row.name.as_str()),
                "{table} {code}"
            );
        }
    }
}

/// Every spelling `FromStr` takes for a code.
fn spellings(code: i32) -> Vec<String> {
    let magnitude = code.unsigned_abs();
    let sign = if code < 0 { "-" } else { "" };
    let mut all = vec![
        code.to_string(),
        format!("{sign}0x{magnitude:x}"),
        format!("{sign}0X{magnitude:X}"),
        format!("{sign}0x{magnitude:08x}"),
    ];
    if code >= 0 {
        all.push(format!("+{code}"));
    }
    all
}

macro_rules! every_spelling {
    ($table:ident, $ty:ident) => {
        #[test]
        fn $table() {
            let table = Table::from_id($ty::TABLE.id()).unwrap();
            let reference = Reference::of(table);
            for code in reference.written_codes() {
                let value = $ty::from_code(code).unwrap();
                for spelling in spellings(code) {
                    assert_eq!(spelling.parse::<$ty>(), Ok(value), "{spelling}");
                }
                let name = &reference.get(code).unwrap().name;
                assert_eq!(name.parse::<$ty>().map(|v| v.name()), Ok(name.as_str()));
                assert_eq!($ty::try_from(code), Ok(value));
            }
        }
    };
}

mod every_spelling_parses {
    use super::*;

    common::each_msdk_enum!(every_spelling);
}

/// A well-formed OIDB message for `command` and `ret`, in one of many shapes.
fn message() -> impl Strategy<Value = (String, u32, i32)> {
    (
        any::<u32>(),
        any::<i32>(),
        prop::sample::select(vec!["", " ", "  ", "\t"]),
        prop::sample::select(vec!["", " ", "  "]),
        prop::sample::select(vec![":", "="]),
        any::<bool>(),
        any::<bool>(),
        prop::sample::select(vec![
            "",
            "error: ",
            "{\"ret\": -1, \"msg\": \"",
            "升级失败 ",
        ]),
        prop::sample::select(vec!["", "\"}", " (see logs)", "; retry later", "。"]),
    )
        .prop_map(
            |(command, ret, gap, spaces, colon, upper, hex_ret, before, after)| {
                let ret_text = if hex_ret && ret >= 0 {
                    format!("{ret:#x}")
                } else if hex_ret {
                    format!("-{:#x}", ret.unsigned_abs())
                } else {
                    ret.to_string()
                };
                let mut message = format!(
                    "oidb decode{gap}{command:#x} failed, ret{spaces}{colon}{spaces}{ret_text}"
                );
                if upper {
                    message = message.to_uppercase();
                }
                (format!("{before}{message}{after}"), command, ret)
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn from_code_agrees_with_the_reference(code in any::<i32>(), near in common::SCAN) {
        for (table, reference) in references() {
            for code in [code, near] {
                prop_assert_eq!(
                    table.lookup(code).map(|c| c.name().to_owned()),
                    reference.get(code).map(|row| row.name.clone())
                );
            }
        }
    }

    #[test]
    fn from_str_and_try_from_never_panic(text in "\\PC{0,24}", number in any::<i32>()) {
        macro_rules! each {
            ($($ty:ident),*) => {$(
                if let Ok(value) = text.parse::<$ty>() {
                    prop_assert_eq!($ty::from_code(value.code()), Some(value));
                }
                match $ty::try_from(number) {
                    Ok(value) => prop_assert!(value.codes().contains(&value.code())),
                    Err(err) => prop_assert_eq!(err.code(), Some(number)),
                }
            )*};
        }
        each!(QqPlatformCode, QqGroupCode, GameCenterCode, OidbCode, PayTokenCode, AccessTokenCode);
    }

    #[test]
    fn the_oidb_parser_never_panics(text in "\\PC{0,80}", bytes in prop::collection::vec(any::<u8>(), 0..80)) {
        let _ = oidb::parse(&text);
        let _ = oidb::parse(&String::from_utf8_lossy(&bytes));
    }

    /// The recognizer never panics, reads back what it found from a canonical
    /// line, and calls nothing with a 0 `ret` a failure (the corpus test in
    /// `test_log_corpus.rs` checks its answers; this, that it holds up on
    /// any text).
    #[test]
    fn the_line_recognizer_holds_on_any_text(text in "\\PC{0,80}", bytes in prop::collection::vec(any::<u8>(), 0..80)) {
        for line in [text.as_bytes(), bytes.as_slice()] {
            let findings = Findings::of(line);
            let mut canonical = String::new();
            if let Some(ret) = findings.ret() {
                canonical.push_str(&format!("ret={ret} "));
            }
            if let Some(failure) = findings.oidb() {
                canonical.push_str(&format!("oidb decode{:#x} failed, ret: {}", failure.command(), failure.ret()));
            }
            prop_assert_eq!(Findings::of(canonical.as_bytes()), findings);
            prop_assert_eq!(
                findings.is_failure(),
                findings.ret().is_some_and(|ret| ret != 0) || findings.oidb().is_some_and(|f| f.ret() != 0)
            );
        }
    }

    /// A `ret` written in any case and spacing, with any code, is found; the
    /// same with a decimal tail is not a code.
    #[test]
    fn a_ret_in_any_spelling_is_found(ret in any::<i32>(), key in "(?i)ret", space in " {0,2}", sep in "[:=]") {
        let line = format!("{{\"{key}\"{space}{sep}{space}{ret},\"msg\":\"x\"}}");
        prop_assert_eq!(Findings::of(line.as_bytes()).ret(), Some(ret), "{}", line);
        let line = format!("took {key}{space}{sep}{space}{ret}.5s");
        prop_assert_eq!(Findings::of(line.as_bytes()).ret(), None, "{}", line);
    }

    #[test]
    fn the_oidb_parser_reads_back_what_was_written((text, command, ret) in message()) {
        prop_assert_eq!(oidb::parse(&text), Some(OidbFailure::new(command, ret)), "{}", text);
    }
}
