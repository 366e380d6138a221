//! The generated descriptions and solutions give back the source page's text:
//! for every row of `tables/msdk-qq-return-codes.txt`, description and
//! solution joined by one space equal the row's text after its code.

use msdk_codes::{Code, Table};

const SOURCE: &str = include_str!("../tables/msdk-qq-return-codes.txt");

/// The section headings of the source page, in order, with their tables.
const SECTIONS: [(&str, Table); 6] = [
    ("I. QQ Platform's Return Codes", Table::QqPlatform),
    ("II. QQ Group Functions' Return Codes", Table::QqGroup),
    ("III. QQ Game Center's Return Codes", Table::GameCenter),
    ("A. Error codes uniformly returned by OIDB", Table::Oidb),
    (
        "B. Error codes returned by QQ login interface's PayToken",
        Table::PayToken,
    ),
    (
        "c. Error codes returned by QQ login interface's accessToken",
        Table::AccessToken,
    ),
];

/// A source row: its codes as written, and its text after them.
struct SourceRow<'a> {
    line: &'a str,
    numbers: Vec<i64>,
    text: &'a str,
}

fn source_rows(table: Table) -> Vec<SourceRow<'static>> {
    let heading = SECTIONS.iter().find(|(_, t)| *t == table).unwrap().0;
    let start = SOURCE
        .find(heading)
        .unwrap_or_else(|| panic!("no section {heading}"));
    SOURCE[start..]
        .lines()
        .skip(3) // the heading, a blank line and the column headings
        .take_while(|line| !line.trim().is_empty())
        .map(|line| split_row(table, line))
        .collect()
}

fn split_row(table: Table, line: &str) -> SourceRow<'_> {
    let mut words = line.splitn(4, ' ');
    let mut take = || words.next().unwrap();
    let (numbers, text) = match table {
        Table::Oidb | Table::PayToken => {
            let hex = parse(take());
            let signed = parse(take());
            let unsigned = parse(take());
            (vec![hex, signed, unsigned], words_after(line, 3))
        }
        Table::AccessToken => {
            let code = take().trim_end_matches(':');
            (range(code), words_after(line, 1))
        }
        _ if line.split(' ').nth(1) == Some("~") => {
            let (low, high) = (parse(take()), {
                take();
                parse(take())
            });
            (vec![low, high], words_after(line, 3))
        }
        _ => (vec![parse(take())], words_after(line, 1)),
    };
    SourceRow {
        line,
        numbers,
        text,
    }
}

fn words_after(line: &str, count: usize) -> &str {
    line.splitn(count + 1, ' ').nth(count).unwrap()
}

fn range(code: &str) -> Vec<i64> {
    code.split('~').map(parse).collect()
}

fn parse(number: &str) -> i64 {
    let (negative, digits) = match number.strip_prefix('-') {
        Some(digits) => (true, digits),
        None => (false, number),
    };
    let value = match digits.strip_prefix("0x") {
        Some(hex) => i64::from_str_radix(hex, 16),
        None => digits.parse(),
    }
    .unwrap_or_else(|err| panic!("{number}: {err}"));
    if negative { -value } else { value }
}

fn joined(code: Code) -> String {
    match code.solution() {
        Some(solution) => format!("{} {solution}", code.description()),
        None => code.description().to_owned(),
    }
}

#[test]
fn every_row_gives_back_the_source_text() {
    let mut rows = 0;
    for (_, table) in SECTIONS {
        let source = source_rows(table);
        assert_eq!(source.len(), table.rows(), "rows of {table}");
        let mut names = Vec::new();
        for row in &source {
            // OIDB A/B rows are looked up by their unsigned form: the source's
            // hex is wrong on one row (0x71 for 0x74, see tables/README.md).
            let code = match table {
                Table::Oidb | Table::PayToken => row.numbers[2],
                _ => row.numbers[0],
            };
            let found = table
                .lookup(i32::try_from(code).unwrap())
                .unwrap_or_else(|| panic!("{table}: no row for `{}`", row.line));
            let expected = row.text.strip_suffix(" -").unwrap_or(row.text);
            assert_eq!(joined(found), expected, "{table}: `{}`", row.line);
            if row.text.ends_with(" -") {
                assert_eq!(found.solution(), None, "`-` is no solution: `{}`", row.line);
            }
            // Every code the row names leads to the same row.
            for &number in &row.numbers {
                let other = table.lookup(i32::try_from(number).unwrap());
                if table == Table::Oidb && row.numbers[0] == 0x71 && row.numbers[2] == 116 {
                    // The corrected row: its hex 0x71 is the row above.
                    continue;
                }
                assert_eq!(
                    other.map(Code::name),
                    Some(found.name()),
                    "{number} in `{}`",
                    row.line
                );
            }
            names.push(found.name());
        }
        names.sort_unstable();
        names.dedup();
        assert_eq!(
            names.len(),
            table.rows(),
            "each source row of {table} is its own variant"
        );
        rows += source.len();
    }
    assert_eq!(rows, 215);
}

#[test]
fn the_one_correction_is_the_oidb_0x74_row() {
    let source = source_rows(Table::Oidb);
    let corrected: Vec<&str> = source
        .iter()
        .filter(|row| row.numbers[0] != row.numbers[2])
        .map(|row| row.line)
        .collect();
    assert_eq!(corrected.len(), 1, "{corrected:?}");
    assert!(corrected[0].starts_with("0x71 -140 116 "));
    let readme = include_str!("../tables/README.md");
    assert!(readme.contains("`0x74,-140,116`"));
}
