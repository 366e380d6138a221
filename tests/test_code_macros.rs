//! The code macros as patterns and expressions, on every kind of row.

use msdk_codes::{
    AccessTokenCode, OidbCode, QqGroupCode, QqPlatformCode, access_token_code, game_center_code,
    oidb_code, pay_token_code, qq_group_code, qq_platform_code,
};

fn classify(code: QqPlatformCode) -> &'static str {
    match code {
        qq_platform_code!(-21) | qq_platform_code!(100014) => "login",
        qq_platform_code!(-6 | 220028) => "slow down",
        qq_platform_code!(0x1) => "install",
        _ => "other",
    }
}

#[test]
fn patterns_match_their_codes() {
    let of = |code| classify(QqPlatformCode::from_code(code).unwrap());
    assert_eq!(of(-21), "login");
    assert_eq!(of(100014), "login");
    assert_eq!(of(-6), "slow down");
    assert_eq!(of(220028), "slow down");
    assert_eq!(of(1), "install");
    assert_eq!(of(100013), "other");
}

#[test]
fn expressions_are_the_variants() {
    assert_eq!(
        qq_platform_code!(-21),
        QqPlatformCode::from_code(-21).unwrap()
    );
    assert_eq!(qq_platform_code!(-0x15), qq_platform_code!(-21));
    assert_eq!(game_center_code!(-4009).code(), -4009);
    assert_eq!(pay_token_code!(0x11).description(), "pay token has expired");
    const EXPIRED: QqPlatformCode = qq_platform_code!(100014);
    assert_eq!(EXPIRED.code(), 100014);
}

#[test]
fn byte_codes_in_every_form_are_one_variant() {
    assert_eq!(oidb_code!(0x9b), oidb_code!(-101));
    assert_eq!(oidb_code!(155), oidb_code!(-101));
    assert_eq!(oidb_code!(0x70), oidb_code!(-144));
    assert_eq!(oidb_code!(255).code(), 255);
    assert_eq!(oidb_code!(-1).signed(), -1);
    assert!(matches!(OidbCode::from_code(-1), Some(oidb_code!(0xff))));
}

#[test]
fn a_range_code_is_the_value_holding_that_code() {
    let held = qq_group_code!(-500005);
    assert_eq!(held.code(), -500005);
    assert_eq!(Some(held), QqGroupCode::from_code(-500005));
    // As a pattern it matches that one code of the row, not the others.
    let is_500005 = |code| matches!(QqGroupCode::from_code(code), Some(qq_group_code!(-500005)));
    assert!(is_500005(-500005));
    assert!(!is_500005(-500004));
    // In a byte-free range table too, and in hex.
    assert_eq!(access_token_code!(0x35).code(), 0x35);
    assert_eq!(
        access_token_code!(0x35).name(),
        AccessTokenCode::from_code(0x32).unwrap().name()
    );
    assert_ne!(access_token_code!(0x35), access_token_code!(0x36));
}
