//! Property tests of the generator core: arbitrary bytes give errors, never a
//! panic; generated valid tables keep every row, code and text.

use proptest::prelude::*;

use crate::action::Action;
use crate::column::Value;
use crate::expand::generate;
use crate::load::load;
use crate::phf::{Single, TwoLevel};
use crate::spec::EnumSpec;

/// One generated row, and the CSV text that writes it.
#[derive(Debug, Clone)]
struct GeneratedRow {
    first: i32,
    last: i32,
    name: String,
    description: String,
    solution: Option<String>,
    action: Action,
}

fn text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "a", "Z", " ", ",", "\"", "\"\"", "\n", "\r\n", "é", "中文", "😀", "\t", "'", "~", "0x",
        "-", "<b>", "*", "_",
    ]);
    prop::collection::vec(pieces, 0..12).prop_map(|pieces| format!("x{}", pieces.concat()))
}

fn action() -> impl Strategy<Value = Action> {
    prop::sample::select(Action::all().collect::<Vec<_>>())
}

/// Rows with distinct codes: sorted, spaced start points, some ranges.
fn rows() -> impl Strategy<Value = Vec<GeneratedRow>> {
    prop::collection::btree_set(-20_000_000i32..20_000_000, 1..30)
        .prop_flat_map(|starts| {
            let starts: Vec<i32> = starts.into_iter().map(|s| s * 100).collect();
            let n = starts.len();
            (
                Just(starts),
                prop::collection::vec((0i32..5, any::<bool>()), n),
                prop::collection::vec((text(), prop::option::of(text()), action()), n),
                prop::collection::vec("[A-Z][a-zA-Z0-9]{0,8}", n),
            )
        })
        .prop_map(|(starts, shapes, texts, names)| {
            starts
                .into_iter()
                .zip(shapes)
                .zip(texts)
                .zip(names)
                .enumerate()
                .map(
                    |(i, (((start, (width, reversed)), (description, solution, action)), name))| {
                        let (first, last) = if reversed {
                            (start + width, start)
                        } else {
                            (start, start + width)
                        };
                        GeneratedRow {
                            first,
                            last,
                            name: format!("{name}R{i}"),
                            description,
                            solution,
                            action,
                        }
                    },
                )
                .collect()
        })
}

fn quote(field: &str) -> String {
    format!("\"{}\"", field.replace('"', "\"\""))
}

/// The CSV of `rows`, with a column order, line ending and BOM of its own.
fn csv(rows: &[GeneratedRow], order: &[usize], crlf: bool, bom: bool) -> String {
    let newline = if crlf { "\r\n" } else { "\n" };
    let headers = ["code", "name", "description", "solution", "action"];
    let mut out = String::new();
    if bom {
        out.push('\u{feff}');
    }
    let header: Vec<&str> = order.iter().map(|&i| headers[i]).collect();
    out.push_str(&header.join(","));
    out.push_str(newline);
    for row in rows {
        let code = if row.first == row.last {
            row.first.to_string()
        } else {
            format!("{} ~ {}", row.first, row.last)
        };
        let cells = [
            code,
            row.name.clone(),
            quote(&row.description),
            row.solution.as_deref().map_or_else(String::new, quote),
            row.action.word().to_owned(),
        ];
        let line: Vec<&str> = order.iter().map(|&i| cells[i].as_str()).collect();
        out.push_str(&line.join(","));
        out.push_str(newline);
    }
    out
}

fn spec() -> EnumSpec {
    EnumSpec::plain("PropCode", "prop.csv", "Prop codes", Vec::new())
}

fn check_table(
    file: &str,
    bytes: &[u8],
) -> Result<crate::table::Table, Vec<crate::error::TableError>> {
    load(file, bytes, &[]).map_err(|failure| failure.errors)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_bytes_are_errors_not_panics(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = check_table("fuzz.csv", &bytes);
        let _ = generate(&spec(), &bytes);
    }

    #[test]
    fn arbitrary_csv_shaped_text_is_errors_not_panics(
        lines in prop::collection::vec(
            prop::collection::vec(
                prop::sample::select(vec!["code", "name", "description", "action", "signed", "1", "-0x10", "2~1", "A", "\"q,\"", "", " ", "retry", "0xff", "2147483648", "Self"]),
                0..7,
            ),
            0..8,
        )
    ) {
        let text: Vec<String> = lines.iter().map(|cells| cells.join(",")).collect();
        let _ = check_table("fuzz.csv", text.join("\n").as_bytes());
    }

    #[test]
    fn valid_tables_keep_every_row_code_and_text(
        rows in rows(),
        order in Just(vec![0usize, 1, 2, 3, 4]).prop_shuffle(),
        crlf in any::<bool>(),
        bom in any::<bool>(),
    ) {
        let text = csv(&rows, &order, crlf, bom);
        let table = match check_table("prop.csv", text.as_bytes()) {
            Ok(table) => table,
            Err(errors) => panic!("{errors:#?}\n{text}"),
        };
        prop_assert_eq!(table.rows.len(), rows.len());
        let mut keys = Vec::new();
        for (parsed, row) in table.rows.iter().zip(&rows) {
            prop_assert_eq!(parsed.codes.first, row.first);
            prop_assert_eq!(parsed.codes.low, row.first.min(row.last));
            prop_assert_eq!(parsed.codes.high, row.first.max(row.last));
            prop_assert_eq!(&parsed.name, &row.name);
            prop_assert_eq!(&parsed.description, &row.description);
            prop_assert_eq!(&parsed.solution, &row.solution);
            prop_assert_eq!(parsed.action, row.action);
            keys.extend(parsed.codes.low..=parsed.codes.high);
        }
        // Every code finds its own slot of the perfect hash.
        let hash = Single::find(&keys, usize::MAX).expect("a perfect hash for a small table");
        let mut slots: Vec<usize> = hash.slots.iter().flatten().copied().collect();
        slots.sort_unstable();
        prop_assert_eq!(slots, (0..keys.len()).collect::<Vec<_>>());
        let tokens = generate(&spec(), text.as_bytes()).to_string();
        prop_assert!(!tokens.contains("compile_error"));
    }

    #[test]
    fn the_two_level_hash_finds_every_key_and_only_them(
        keys in prop::collection::btree_set(any::<i32>(), 1..3000),
        probes in prop::collection::vec(any::<i32>(), 64),
    ) {
        let keys: Vec<i32> = keys.into_iter().collect();
        let hash = TwoLevel::find(&keys);
        for (index, &key) in keys.iter().enumerate() {
            prop_assert_eq!(hash.slots[hash.slot(key)], Some(index));
        }
        for probe in probes {
            let held = hash.slots[hash.slot(probe)].map(|index| keys[index]);
            prop_assert_eq!(held == Some(probe), keys.binary_search(&probe).is_ok());
        }
    }
}

/// A declared column's type and a cell for it, with the value it stands for.
fn typed_cell() -> impl Strategy<Value = (&'static str, String, Value)> {
    prop_oneof![
        any::<u16>().prop_map(|v| ("u16", v.to_string(), Value::Integer(i128::from(v)))),
        any::<i64>().prop_map(|v| ("i64", v.to_string(), Value::Integer(i128::from(v)))),
        any::<u32>().prop_map(|v| ("u32", format!("{v:#x}"), Value::Integer(i128::from(v)))),
        any::<bool>().prop_map(|v| ("bool", v.to_string(), Value::Bool(v))),
        any::<char>()
            .prop_filter("one CSV field", |c| !matches!(c, '"' | ',' | '\n' | '\r'))
            .prop_map(|v| ("char", v.to_string(), Value::Char(v))),
        (-1e9f64..1e9).prop_map(|v| ("f64", format!("{v:?}"), Value::Float(v))),
        "[a-zA-Z0-9 ,\"中]{1,12}".prop_map(|v| ("&str", quote(&v), Value::Str(v))),
        prop::option::of(any::<u8>()).prop_map(|v| match v {
            Some(v) => (
                "Option<u8>",
                v.to_string(),
                Value::Some(Box::new(Value::Integer(i128::from(v))))
            ),
            None => ("Option<u8>", String::new(), Value::None),
        }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn typed_tables_read_back_the_values_written(
        columns in prop::collection::vec(typed_cell(), 1..5),
        rows in 1usize..4,
    ) {
        // One row per `rows`, each holding the same typed cells.
        let declaration: Vec<String> = columns
            .iter()
            .enumerate()
            .map(|(i, (ty, _, _))| format!("c{i}: {ty}"))
            .collect();
        let input = crate::input::parse(
            format!("[::msdk_codes] enum E => \"e.csv\" {{ {} }}", declaration.join(", "))
                .parse()
                .unwrap(),
        )
        .unwrap();
        let declared = input.tables.unwrap().remove(0).columns;
        let mut text = String::from("code,name,description");
        for i in 0..columns.len() {
            text.push_str(&format!(",c{i}"));
        }
        text.push('\n');
        for row in 0..rows {
            text.push_str(&format!("{row},R{row},d"));
            for (_, cell, _) in &columns {
                text.push(',');
                text.push_str(cell);
            }
            text.push('\n');
        }
        let table = match load("e.csv", text.as_bytes(), &declared) {
            Ok(table) => table,
            Err(failure) => panic!("{:#?}\n{text}", failure.errors),
        };
        for row in &table.rows {
            for ((_, _, expected), (value, column)) in columns.iter().zip(row.values.iter().zip(&declared)) {
                prop_assert_eq!(value, expected);
                // The emitted expression parses back as Rust, whatever the value.
                let tokens = value.tokens(&column.ty);
                prop_assert!(syn::parse2::<syn::Expr>(tokens).is_ok());
            }
        }
    }
}
