//! The tables' text equals the MSDK wiki pages it was copied from
//! (`tables/sources/msdk-wiki`), read through the public API: every row's
//! text is its source row's cells, and every source row has its row.
//!
//! A source row is a line starting with `|` under the section's heading, up to
//! the next heading; a cell is the text between pipes, trimmed, each run of
//! spaces and tabs made one space. Header and delimiter lines are skipped, a
//! closing pipe may be missing, and a solution that is empty or `-` is none.

use std::ops::RangeInclusive;

use msdk_codes::{Code, Language, Table};

const ZH_ERRORS: &str = include_str!("../tables/sources/msdk-wiki/ZH_CN/router/errorCode.md");
const EN_ERRORS: &str = include_str!("../tables/sources/msdk-wiki/EN/router/errorCode.md");
const ZH_QQ: &str = include_str!("../tables/sources/msdk-wiki/ZH_CN/router/qq.md");
const EN_QQ: &str = include_str!("../tables/sources/msdk-wiki/EN/router/qq.md");

// Headings are matched as the start of exactly one line: in errorCode.md, `## 2 ` is
// `## 2 MSDK接入层错误码` / `## 2 MSDK access layer’s error code`, and so on.

/// errorCode.md's backend tables: (table, ZH heading, EN heading; `None`: ZH only).
const ERROR_CODE_TABLES: [(&str, &str, Option<&str>); 7] = [
    ("msdk-access", "## 2 ", Some("## 2 ")),
    ("msdk-logic", "## 3 ", Some("## 3 ")),
    ("wechat", "## 5 ", Some("## 5 ")),
    ("wechat-group", "### 微信加绑群错误码", None),
    (
        "qq-share-qzone",
        "### 分享到QZone",
        Some("### Share messages to QZone"),
    ),
    ("qq-share", "### 分享到QQ", Some("### Share messages to QQ")),
    ("blue-diamond-gift", "## 8 ", Some("## 8 ")),
];

/// qq.md's platCode tables of the group endpoints: (table, heading in both editions).
const PLAT_CODE_TABLES: [(&str, &str); 4] = [
    ("qq-group-openid", "#### 2.3.5.6 "), // /relation/get_groupopenid
    ("qq-group-info", "#### 2.3.6.6 "),   // /relation/get_groupinfo
    ("qq-group-unbind", "#### 2.3.7.6 "), // /relation/unbind_group
    ("qq-group-detail", "#### 2.3.8.6 "), // /relation/get_group_detail
];

/// The six older tables' sections in ZH errorCode.md (qq-group has none): sections 4 and 6,
/// and 9's sub-sections 1 (OIDB), 2 (pay token, 0x73a) and 3 (access token, 0x711).
const SIX_TABLES: [(&str, Option<&str>, Shape); 6] = [
    ("qq-platform", Some("## 4 "), Shape::Three),
    ("qq-group", None, Shape::Three),
    ("game-center", Some("## 6 "), Shape::Three),
    ("oidb", Some("### 1、"), Shape::Bytes),
    ("oidb-0x73a", Some("### 2、"), Shape::Bytes),
    ("oidb-0x711", Some("### 3、"), Shape::Two),
];

/// Source rows deliberately not used: (table, code, description). 0x711's
/// `0x43 session key非法` (session key is illegal) means something else than
/// the English row 0x43 (access token freezing failed), so 0x43 has no Chinese.
const NOT_USED: [(&str, i32, &str); 1] = [("oidb-0x711", 0x43, "session key非法")];

/// A source table's columns.
#[derive(Clone, Copy)]
enum Shape {
    /// Code, description, solution.
    Three,
    /// Code, description.
    Two,
    /// Hex byte, signed, unsigned, description.
    Bytes,
}

struct SourceRow {
    codes: RangeInclusive<i32>,
    description: String,
    solution: Option<String>,
    /// The byte tables' signed and unsigned columns.
    numbers: Option<(i32, i32)>,
}

impl SourceRow {
    fn text(&self) -> (&str, Option<&str>) {
        (&self.description, self.solution.as_deref())
    }
}

fn table(id: &str) -> Table {
    Table::ALL
        .into_iter()
        .find(|table| table.id() == id)
        .unwrap_or_else(|| panic!("no table {id}"))
}

/// The lines under the one heading starting with `heading`, up to the next heading.
fn section<'a>(page: &'a str, heading: &str) -> Vec<&'a str> {
    let lines: Vec<&str> = page.split(['\r', '\n']).collect();
    let starts: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].starts_with(heading))
        .collect();
    let [start] = starts[..] else {
        panic!("heading {heading:?} found {} times", starts.len());
    };
    let rest = lines[start + 1..].iter().copied();
    rest.take_while(|line| !line.starts_with('#')).collect()
}

fn normalize(cell: &str) -> String {
    let words: Vec<&str> = cell
        .split([' ', '\t'])
        .filter(|word| !word.is_empty())
        .collect();
    words.join(" ")
}

/// `-303`, `0x9b`, `0x10~0x11:` or `2007-2010`.
fn parse_codes(cell: &str) -> Option<RangeInclusive<i32>> {
    let number = |s: &str| match s.trim().strip_prefix("0x") {
        Some(hex) => i32::from_str_radix(hex, 16).ok(),
        None => s.trim().parse().ok(),
    };
    let cell = cell.trim_end_matches(':');
    let (low, high) = (cell.split_once('~'))
        .or_else(|| cell.split_once('-').filter(|(low, _)| !low.is_empty()))
        .unwrap_or((cell, cell));
    let (low, high) = (number(low)?, number(high)?);
    Some(low.min(high)..=low.max(high))
}

/// The rows of the table under `heading`; rows it cannot read go to `problems`.
fn source_rows(
    page: &str,
    heading: &str,
    shape: Shape,
    problems: &mut Vec<String>,
) -> Vec<SourceRow> {
    let lines = section(page, heading).into_iter();
    let bodies = lines.filter_map(|line| line.trim_matches([' ', '\t']).strip_prefix('|'));
    let rows: Vec<Vec<String>> = bodies
        .map(|body| {
            body.strip_suffix('|')
                .unwrap_or(body)
                .split('|')
                .map(normalize)
                .collect()
        })
        .collect();
    let is_delimiter = |row: &Vec<String>| {
        row.iter()
            .all(|cell| cell.chars().all(|c| ":- ".contains(c)))
    };
    let mut out = Vec::new();
    for (i, cells) in rows.iter().enumerate() {
        if is_delimiter(cells) || rows.get(i + 1).is_some_and(is_delimiter) {
            continue; // the delimiter and the header above it
        }
        let columns = match (shape, &cells[..]) {
            (Shape::Three, [_, d, s]) => Some((d, Some(s), None)),
            // Some English rows have a stray empty cell before the solution.
            (Shape::Three, [_, d, empty, s]) if empty.is_empty() => Some((d, Some(s), None)),
            (Shape::Two, [_, d]) => Some((d, None, None)),
            (Shape::Bytes, [_, signed, unsigned, d]) => {
                Some((d, None, signed.parse().ok().zip(unsigned.parse().ok())))
            }
            _ => None,
        };
        let Some((codes, (description, solution, numbers))) = parse_codes(&cells[0]).zip(columns)
        else {
            problems.push(format!("{heading}: cannot read source row {cells:?}"));
            continue;
        };
        let solution = solution.filter(|s| !s.is_empty() && *s != "-").cloned();
        let description = description.clone();
        out.push(SourceRow {
            codes,
            description,
            solution,
            numbers,
        });
    }
    out
}

/// Whether `row` is the code's source row: the same codes, or a code its range starts or ends at.
fn is_row_of(code: Code, row: &SourceRow) -> bool {
    let (codes, source) = (code.codes(), &row.codes);
    codes == *source
        || (source.start() == source.end()
            && (codes.start() == source.start() || codes.end() == source.start()))
}

fn label(table: Table, codes: &RangeInclusive<i32>) -> String {
    let one = |code: &i32| {
        if table.info().is_hex() {
            format!("{code:#04x}")
        } else {
            code.to_string()
        }
    };
    match (codes.start(), codes.end()) {
        (low, high) if low == high => one(low),
        (low, high) => format!("{}~{}", one(low), one(high)),
    }
}

/// Compares `table`'s text in `language` with `source`, both ways; returns how many rows matched.
fn compare(
    table: Table,
    language: Language,
    source: &[SourceRow],
    problems: &mut Vec<String>,
) -> usize {
    let id = table.id();
    let mut used = vec![false; source.len()];
    for code in table.iter() {
        let text = code.text(language);
        if text.language() != language {
            continue; // no text in `language`: its source row, if any, stays unused
        }
        let (at, ours) = (
            label(table, &code.codes()),
            (text.description(), text.solution()),
        );
        let found: Vec<usize> = (0..source.len())
            .filter(|&i| is_row_of(code, &source[i]))
            .collect();
        let [i] = found[..] else {
            let count = found.len();
            problems.push(format!(
                "{id} {at} ({language}): table {ours:?}, {count} source rows"
            ));
            continue;
        };
        used[i] = true;
        let theirs = source[i].text();
        if ours != theirs {
            problems.push(format!(
                "{id} {at} ({language}): table {ours:?} != source {theirs:?}"
            ));
        }
        let numbers = (code.signed(), code.code());
        if let Some(theirs) = source[i].numbers.filter(|&theirs| theirs != numbers) {
            problems.push(format!(
                "{id} {at}: (signed, unsigned) {numbers:?} != source {theirs:?}"
            ));
        }
    }
    let compared = used.iter().filter(|&&used| used).count();
    for (row, used) in source.iter().zip(used) {
        let (at, theirs) = (label(table, &row.codes), row.text());
        if used == NOT_USED.contains(&(id, *row.codes.start(), theirs.0)) {
            let why = if used {
                "the table uses this source row, but NOT_USED lists it"
            } else {
                "the table has no text for this source row"
            };
            problems.push(format!("{id} {at} ({language}): {why}; source {theirs:?}"));
        }
    }
    compared
}

/// Compares every backend table in `language` with its edition (no rows where it lacks the table).
fn check_backend(language: Language) {
    let chinese = language == Language::Chinese;
    let mut problems = Vec::new();
    let mut tables = Vec::new();
    for (id, zh, en) in ERROR_CODE_TABLES {
        let (page, heading) = if chinese {
            (ZH_ERRORS, Some(zh))
        } else {
            (EN_ERRORS, en)
        };
        let rows = heading.map_or_else(Vec::new, |heading| {
            source_rows(page, heading, Shape::Three, &mut problems)
        });
        tables.push((id, rows));
    }
    for (id, heading) in PLAT_CODE_TABLES {
        let page = if chinese { ZH_QQ } else { EN_QQ };
        tables.push((id, source_rows(page, heading, Shape::Two, &mut problems)));
    }
    for (id, rows) in tables {
        let compared = compare(table(id), language, &rows, &mut problems);
        println!("{id}: {compared} rows compared ({language})");
    }
    finish(&problems);
}

fn finish(problems: &[String]) {
    assert!(
        problems.is_empty(),
        "{} mismatches:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The backend tables' English equals the EN pages' rows, and each EN row has its row;
/// wechat-group, which only the ZH edition has, has no English.
#[test]
fn backend_tables_english_match_the_wiki() {
    check_backend(Language::English);
}

/// The backend tables' Chinese equals the ZH pages' rows, and each ZH row has its row.
#[test]
fn backend_tables_chinese_match_the_wiki() {
    check_backend(Language::Chinese);
}

/// The six older tables' Chinese equals ZH errorCode.md sections 4, 6 and 9, each of
/// whose rows is used (but those in `NOT_USED`). Their English is checked elsewhere.
#[test]
fn six_tables_chinese_match_the_wiki() {
    let mut problems = Vec::new();
    for (id, heading, shape) in SIX_TABLES {
        let rows = heading.map_or_else(Vec::new, |heading| {
            source_rows(ZH_ERRORS, heading, shape, &mut problems)
        });
        let compared = compare(table(id), Language::Chinese, &rows, &mut problems);
        println!("{id}: {compared} rows compared (zh)");
    }
    finish(&problems);
}

/// Each msdk-err-type row's description and solution appear verbatim in item 6 of
/// errorCode.md's overview, in both languages.
#[test]
fn err_type_matches_the_overview() {
    let mut problems = Vec::new();
    let editions = [
        (Language::Chinese, ZH_ERRORS, "## 1 "),
        (Language::English, EN_ERRORS, "## 1 "),
    ];
    for (language, page, heading) in editions {
        let item = section(page, heading)
            .into_iter()
            .find(|line| line.starts_with('6'));
        let item = item.expect("item 6 of the overview");
        for code in table("msdk-err-type").iter() {
            let (text, at) = (code.text(language), code.code());
            let ours = (text.description(), text.solution());
            let missing = [Some(ours.0), ours.1]
                .into_iter()
                .flatten()
                .any(|part| !item.contains(part));
            if text.language() != language || missing {
                problems.push(format!(
                    "msdk-err-type {at} ({language}): table {ours:?} (in {}) not in source {item:?}",
                    text.language()
                ));
            }
        }
    }
    finish(&problems);
}
