//! `FromStr` and `TryFrom<i32>` of every MSDK enum on arbitrary input: never
//! panic, and every value they give round-trips through its code and name.
#![no_main]

use libfuzzer_sys::fuzz_target;
use msdk_codes::{
    AccessTokenCode, GameCenterCode, OidbCode, PayTokenCode, QqGroupCode, QqPlatformCode, Table,
};

macro_rules! check {
    ($text:expr, $number:expr, $($ty:ident),*) => {$(
        if let Ok(value) = $text.parse::<$ty>() {
            assert_eq!($ty::from_code(value.code()), Some(value));
            assert_eq!(value.name().parse::<$ty>().map($ty::name), Ok(value.name()));
        }
        match $ty::try_from($number) {
            Ok(value) => assert!(value.codes().contains(&value.code())),
            Err(err) => assert_eq!(err.code(), Some($number)),
        }
    )*};
}

fuzz_target!(|input: (&str, i32)| {
    let (text, number) = input;
    check!(text, number, QqPlatformCode, QqGroupCode, GameCenterCode, OidbCode, PayTokenCode, AccessTokenCode);
    let _ = Table::from_id(text);
    let _ = msdk_codes::lookup_all(number).count();
});
