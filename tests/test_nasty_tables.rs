//! Tables that are unusual but valid generate correct enums: BOM and CRLF,
//! quoted commas, quotes and line breaks, Chinese text, a trailing empty line,
//! a 10 kB description, 2,000 rows, the ends of i32 and a range of one code.

msdk_codes::msdk_codes! {
    /// Chinese text, CRLF line endings and a BOM.
    pub enum ChineseCode => "tests/fixtures/nasty/chinese-crlf-bom.csv";
    /// Quoted fields, columns in another order.
    pub enum QuotedCode => "tests/fixtures/nasty/quoted.csv";
    /// A blank last line.
    pub enum TrailingCode => "tests/fixtures/nasty/trailing-empty-line.csv";
    /// A 10 kB description.
    pub enum LongCode => "tests/fixtures/nasty/long-description.csv";
    /// The ends of i32.
    pub enum ExtremeCode => "tests/fixtures/nasty/extremes.csv";
    /// Two thousand rows.
    pub enum BigCode => "tests/fixtures/nasty/two-thousand-rows.csv";
}

#[test]
fn chinese_crlf_and_bom() {
    assert_eq!(ChineseCode::ALL.len(), 3);
    let expired = chinese_code!(-1001);
    assert_eq!(expired.description(), "登录态已过期，请重新登录");
    assert_eq!(expired.solution(), Some("重新授权"));
    assert_eq!(ChineseCode::from_code(0).unwrap().to_string(), "0: 成功");
    assert_eq!(
        ChineseCode::from_code(-1002).unwrap().description(),
        "服务器繁忙（请稍后再试）"
    );
}

#[test]
fn quoted_fields_are_kept_whole() {
    assert_eq!(
        QuotedCode::from_code(1).unwrap().description(),
        "a, b, and c"
    );
    assert_eq!(
        QuotedCode::from_code(1).unwrap().solution(),
        Some("say \"hi\"")
    );
    assert_eq!(
        QuotedCode::from_code(2).unwrap().description(),
        "line one\nline two\r\nline three"
    );
    assert_eq!(
        QuotedCode::from_code(3).unwrap().description(),
        "\"quoted\" at the start"
    );
    assert_eq!(QuotedCode::from_code(3).unwrap().solution(), None);
    assert_eq!(QuotedCode::from_code(2).unwrap().name(), "LineBreaks");
}

#[test]
fn a_trailing_empty_line_adds_no_row() {
    assert_eq!(TrailingCode::ALL.len(), 2);
}

#[test]
fn a_ten_kilobyte_description() {
    let long = LongCode::from_code(7).unwrap();
    assert_eq!(long.description().len(), 5 + 10_000);
    assert!(long.description().ends_with("0123456789"));
    assert_eq!(long.solution(), Some("short, quoted"));
}

#[test]
fn the_ends_of_i32_and_a_range_of_one_code() {
    assert_eq!(ExtremeCode::from_code(i32::MIN).unwrap().name(), "Min");
    assert_eq!(ExtremeCode::from_code(i32::MAX).unwrap().name(), "Max");
    assert_eq!(extreme_code!(-2147483648).code(), i32::MIN);
    assert_eq!(extreme_code!(2147483647).code(), i32::MAX);
    let one = ExtremeCode::from_code(5).unwrap();
    assert_eq!((one.code(), one.codes()), (5, 5..=5));
    assert_eq!(ExtremeCode::from_code(4), None);
    assert_eq!(ExtremeCode::from_code(6), None);
    assert_eq!(extreme_code!(-0x10).name(), "NegativeHex");
    let high = ExtremeCode::from_code(0x7fff_fff5).unwrap();
    assert_eq!((high.name(), high.code()), ("HighRange", 0x7fff_fff5));
    assert_eq!(high.codes(), 0x7fff_fff0..=0x7fff_fffe);
    assert_eq!(ExtremeCode::from_code(0x7fff_ffef), None);
}

#[test]
fn two_thousand_rows() {
    assert_eq!(BigCode::ALL.len(), 2000);
    for (i, value) in BigCode::ALL.iter().enumerate() {
        let code = -1_000_000 + i32::try_from(i).unwrap() * 997;
        assert_eq!(BigCode::from_code(code), Some(value));
        assert_eq!(
            value.description(),
            format!("Description of row {i}, generated")
        );
        assert_eq!(BigCode::from_code(code + 1), None);
    }
    assert_eq!(big_code!(-1000000).name(), "Row0");
}
