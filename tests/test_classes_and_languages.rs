//! A range row is a class of codes: a single row inside it wins its code, and
//! the class answers for the rest. A row has its text in English, Chinese or
//! both, and `text` falls back to the language the row has.

use msdk_codes::{Language, Text};

msdk_codes::msdk_codes! {
    /// Classes of codes with exceptions, in two languages.
    pub enum ClassCode => "tests/fixtures/classes.csv";
}

#[test]
fn a_single_row_inside_a_class_wins_its_code() {
    assert_eq!(ClassCode::from_code(-101), Some(ClassCode::InternalError));
    assert_eq!(ClassCode::from_code(-1155), Some(ClassCode::InsideNarrow));
    assert_eq!(ClassCode::from_code(-10001), Some(ClassCode::IllegalQq));
    // Through code macros too, in patterns.
    let named = |code: ClassCode| match code {
        class_code!(-101) => "internal",
        class_code!(-1155) => "inside",
        class_code!(-10001) => "qq",
        _ => "class",
    };
    assert_eq!(named(ClassCode::from_code(-101).unwrap()), "internal");
    assert_eq!(named(ClassCode::from_code(-102).unwrap()), "class");
}

#[test]
fn the_class_answers_for_the_codes_without_a_row() {
    for (code, name) in [
        (-100, "SystemError"),
        (-102, "SystemError"),
        (-999, "SystemError"),
        (-1150, "Narrow"),
        (-1156, "Narrow"),
        (-10000, "BusinessError"),
        (-10002, "BusinessError"),
        (i32::MIN, "BusinessError"),
    ] {
        let value = ClassCode::from_code(code).unwrap_or_else(|| panic!("{code}"));
        assert_eq!((value.name(), value.code()), (name, code));
    }
    assert_eq!(ClassCode::from_code(-1000), None);
    assert_eq!(ClassCode::from_code(-99), None);
    assert!(matches!(
        ClassCode::from_code(-102),
        Some(class_code!(-102))
    ));
}

#[test]
fn text_comes_in_the_language_asked_for_or_the_one_the_row_has() {
    let internal = ClassCode::InternalError;
    assert_eq!(internal.description(), "Internal error");
    assert_eq!(internal.solution(), Some("Try again"));
    let zh = internal.text(Language::Chinese);
    assert_eq!(
        (zh.language(), zh.description(), zh.solution()),
        (Language::Chinese, "内部错误", Some("重试一次"))
    );

    // English only: Chinese falls back, and says so.
    let narrow = ClassCode::from_code(-1150).unwrap().text(Language::Chinese);
    assert_eq!(narrow.language(), Language::English);
    assert_eq!(narrow.description(), "A narrow class inside nothing else");

    // Chinese only: `description` and `solution` are the Chinese, and so is
    // the English text, marked Chinese.
    let qq = ClassCode::IllegalQq;
    assert_eq!(qq.description(), "非法的qq号");
    assert_eq!(qq.solution(), Some("必须要大于10000才是合法的号码"));
    let en: Text = qq.text(Language::English);
    assert_eq!(en.language(), Language::Chinese);
    assert_eq!(qq.to_string(), "-10001: 非法的qq号");
}

#[test]
fn a_language_parses_from_its_tag() {
    assert_eq!("zh-CN".parse(), Ok(Language::Chinese));
    assert_eq!("English".parse(), Ok(Language::English));
    assert!("fr".parse::<Language>().is_err());
}
