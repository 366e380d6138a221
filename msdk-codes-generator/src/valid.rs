//! The rules a parsed table must follow, one `check_*` function each. Every
//! check reports all the rows it rejects.

use std::collections::HashMap;

use crate::error::Errors;
use crate::table::{Row, Table};

/// Names the generated type defines itself, which a variant may not take.
const RESERVED_NAMES: [&str; 2] = ["ALL", "TABLE"];

pub fn check(table: &Table, errors: &mut Errors) {
    check_descriptions(table, errors);
    check_names(table, errors);
    check_byte_codes(table, errors);
    check_codes_unique(table, errors);
}

// A code without a description would generate a variant that explains
// nothing; the description is what users come for. Rows that could not be
// read whole are checked too, so that one build reports all of a row's
// problems.
fn check_descriptions(table: &Table, errors: &mut Errors) {
    // A row the source has in Chinese only has its description there.
    let described =
        |english: &str, chinese: &Option<String>| !english.trim().is_empty() || chinese.is_some();
    let read = table.rows.iter().map(|row| {
        let described = described(&row.description, &row.description_zh);
        (row.line, &row.name, described, Some(row.codes))
    });
    let rejected = table.rejected.iter().filter_map(|row| {
        let described = described(row.description.as_ref()?, &row.description_zh);
        Some((row.line, &row.name, described, row.codes))
    });
    let mut rows: Vec<_> = read.chain(rejected).collect();
    rows.sort_by_key(|(line, ..)| *line);
    for (line, name, described, codes) in rows {
        if !described {
            let codes = codes.map(|codes| format!(" ({codes})")).unwrap_or_default();
            errors.at(
                line,
                format!(
                    "the description of `{name}`{codes} is empty; write what the code means \
                     (in a table copied from a source, the source's words)"
                ),
            );
        }
    }
}

// Names become enum variants: they must be UpperCamelCase identifiers (no
// keyword, nothing the generated type uses itself) and unique in the table.
fn check_names(table: &Table, errors: &mut Errors) {
    let read = table.rows.iter().map(|row| (row.line, row.name.as_str()));
    let rejected = table
        .rejected
        .iter()
        .map(|row| (row.line, row.name.as_str()));
    let mut rows: Vec<(u64, &str)> = read.chain(rejected).collect();
    rows.sort_by_key(|(line, _)| *line);
    let mut seen: HashMap<&str, u64> = HashMap::new();
    for (line, name) in rows {
        if let Some(problem) = name_problem(name) {
            errors.at(
                line,
                format!(
                    "name `{name}` {problem}; write an UpperCamelCase identifier such as \
                     `AccessTokenExpired`"
                ),
            );
        } else if let Some(first) = seen.get(name) {
            errors.at(
                line,
                format!(
                    "duplicate name `{name}`: line {first} has it already; give each row \
                     its own name"
                ),
            );
        } else {
            seen.insert(name, line);
        }
    }
}

pub fn name_problem(name: &str) -> Option<&'static str> {
    let first = name.chars().next();
    if first.is_none() {
        Some("is empty")
    } else if name == "Self" {
        Some("is a Rust keyword")
    } else if RESERVED_NAMES.contains(&name) {
        Some("is taken by the generated type")
    } else if !first.is_some_and(|c| c.is_ascii_uppercase()) {
        Some("must start with an ASCII upper-case letter")
    } else if !name.chars().all(|c| c.is_ascii_alphanumeric()) {
        Some("may hold only ASCII letters and digits")
    } else {
        None
    }
}

// In a table with `signed`/`unsigned` columns the codes are bytes: `code` is
// the byte, `unsigned` the same number, and `signed` the byte itself or the
// byte minus 0x100. (The source writes 0x9b as -101 but 0x70 as -144, so
// "the byte read as i8" is not the rule.)
fn check_byte_codes(table: &Table, errors: &mut Errors) {
    if !table.byte_table {
        return;
    }
    for row in &table.rows {
        let codes = row.codes;
        if codes.low < 0 || codes.high > 0xff {
            errors.at(
                row.line,
                format!(
                    "code {codes} is not a byte; in a table with signed/unsigned columns \
                     write each code as its byte, 0x00 to 0xff"
                ),
            );
            continue;
        }
        if let Some(unsigned) = row.unsigned {
            if (unsigned.low, unsigned.high) != (codes.low, codes.high) {
                errors.at(
                    row.line,
                    format!(
                        "unsigned {unsigned} does not match code 0x{:02x}; unsigned must \
                         equal the code ({codes})",
                        codes.first
                    ),
                );
            }
        }
        if row.signed_shift().is_none() {
            let message = match row.signed {
                Some(signed) if !codes.is_range() => format!(
                    "signed {signed} does not match code 0x{:02x}; it must be {} or {} \
                     (the byte, or the byte minus 256): fix whichever is wrong",
                    codes.first,
                    codes.first,
                    codes.first - 0x100
                ),
                Some(signed) => format!(
                    "signed {signed} does not match codes {codes}; it must be the same \
                     range, or the range minus 256"
                ),
                None => format!(
                    "codes {codes} cross 0x80, so their signed forms are not one range; \
                     split the row at 0x80 or give its `signed` cell"
                ),
            };
            errors.at(row.line, message);
        }
    }
}

// Each code must lead to one row: no code twice, no ranges that overlap.
// A single code inside a range is the range's exception, not a clash: the
// range is a class of codes (MSDK's "-100 to -999 are system-level errors")
// and the single row wins for its code.
fn check_codes_unique(table: &Table, errors: &mut Errors) {
    let (ranges, singles): (Vec<&Row>, Vec<&Row>) =
        table.rows.iter().partition(|row| row.codes.is_range());
    for rows in [ranges, singles] {
        check_disjoint(rows, errors);
    }
}

fn check_disjoint(mut rows: Vec<&Row>, errors: &mut Errors) {
    rows.sort_by_key(|row| (row.codes.low, row.line));
    let mut widest: Option<&Row> = None;
    for row in rows {
        if let Some(earlier) = widest.filter(|w| w.codes.overlaps(&row.codes)) {
            let (first, second) = if earlier.line < row.line {
                (earlier, row)
            } else {
                (row, earlier)
            };
            let message = if first.codes == second.codes && !first.codes.is_range() {
                format!(
                    "duplicate code {}: line {} (`{}`) has it already; give each code one row",
                    second.codes, first.line, first.name
                )
            } else {
                format!(
                    "codes {} overlap codes {} on line {} (`{}`); each code may belong to \
                     one range only (a single code inside a range is allowed, and wins)",
                    second.codes, first.codes, first.line, first.name
                )
            };
            errors.at(second.line, message);
        }
        if widest.is_none_or(|w| row.codes.high > w.codes.high) {
            widest = Some(row);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::table::parse;

    fn errors_of(text: &str) -> Vec<String> {
        let mut errors = Errors::new("t.csv");
        let table = parse(text.as_bytes(), &[], &mut errors);
        assert!(errors.is_empty(), "parse errors: {:?}", errors.into_vec());
        let mut errors = Errors::new("t.csv");
        check(&table, &mut errors);
        errors.into_vec().iter().map(|e| e.to_string()).collect()
    }

    #[test]
    fn a_valid_table_passes() {
        assert!(errors_of("code,name,description\n1,A,a\n2~4,B,b\n-1,C,c\n").is_empty());
    }

    #[test]
    fn duplicate_codes_name_both_lines() {
        let errors = errors_of("code,name,description\n1,A,a\n2,B,b\n1,C,c\n");
        assert_eq!(
            errors,
            ["t.csv:4: duplicate code 1: line 2 (`A`) has it already; give each code one row"]
        );
    }

    #[test]
    fn overlapping_ranges_name_both_lines() {
        let errors = errors_of("code,name,description\n10~20,A,a\n30,B,b\n25 ~ 15,C,c\n26,D,d\n");
        assert_eq!(
            errors,
            [
                "t.csv:4: codes 25~15 overlap codes 10~20 on line 2 (`A`); each code may belong to one range only (a single code inside a range is allowed, and wins)"
            ]
        );
        let errors = errors_of("code,name,description\n10~20,A,a\n15~30,B,b\n");
        assert_eq!(
            errors,
            [
                "t.csv:3: codes 15~30 overlap codes 10~20 on line 2 (`A`); each code may belong to one range only (a single code inside a range is allowed, and wins)"
            ]
        );
    }

    #[test]
    fn a_single_code_inside_a_range_is_its_exception() {
        assert!(errors_of("code,name,description\n10~20,A,a\n21,B,b\n15,C,c\n").is_empty());
        let errors = errors_of("code,name,description\n10~20,A,a\n15,B,b\n15,C,c\n");
        assert_eq!(
            errors,
            ["t.csv:4: duplicate code 15: line 3 (`B`) has it already; give each code one row"]
        );
    }

    #[test]
    fn bad_and_duplicate_names() {
        let errors = errors_of(
            "code,name,description\n1,lower,a\n2,Self,b\n3,Has_Underscore,c\n4,Ok,d\n5,Ok,e\n6,ALL,f\n7,Ünï,g\n",
        );
        assert_eq!(errors.len(), 6, "{errors:#?}");
        assert!(errors[0].contains("t.csv:2: name `lower` must start with"));
        assert!(errors[1].contains("t.csv:3: name `Self` is a Rust keyword"));
        assert!(errors[2].contains("t.csv:4: name `Has_Underscore` may hold only"));
        assert!(errors[3].contains("t.csv:6: duplicate name `Ok`: line 5"));
        assert!(errors[4].contains("t.csv:7: name `ALL` is taken"));
        assert!(errors[5].contains("t.csv:8: name `Ünï` must start"));
    }

    #[test]
    fn empty_names_and_descriptions() {
        let errors = errors_of("code,name,description\n1,,a\n2,B,\" \"\n");
        assert_eq!(errors.len(), 2, "{errors:#?}");
        assert!(errors[0].contains("t.csv:3: the description of `B` (2) is empty"));
        assert!(errors[1].contains("t.csv:2: name `` is empty"));
    }

    #[test]
    fn byte_columns_must_agree() {
        let errors = errors_of(
            "code,signed,unsigned,name,description\n\
             0x9b,-101,155,A,a\n\
             0x70,-144,112,F,f\n\
             0x71,-140,116,B,b\n\
             0x5,5,,C,c\n\
             0x100,,,D,d\n\
             -1,,,E,e\n\
             0x7e~0x81,,,G,g\n\
             0x90~0x91,-112~-111,,H,h\n",
        );
        assert_eq!(errors.len(), 5, "{errors:#?}");
        assert!(errors[0].contains("t.csv:4: unsigned 116 does not match code 0x71"));
        assert!(
            errors[1]
                .contains("t.csv:4: signed -140 does not match code 0x71; it must be 113 or -143")
        );
        assert!(errors[2].contains("t.csv:6: code 256 is not a byte"));
        assert!(errors[3].contains("t.csv:7: code -1 is not a byte"));
        assert!(errors[4].contains("t.csv:8: codes 126~129 cross 0x80"));
    }
}
