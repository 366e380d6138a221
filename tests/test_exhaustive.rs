//! A generated enum is exhaustive wherever real code matches it: by value,
//! through a reference, behind `*`, as `self` or a field of `&self`, inside
//! an `Option<&T>`, an iterator's items or a tuple, with variant paths and
//! with the code macros. Every match below lists each row once and has no
//! wildcard, so this file compiling is half the test (a hidden variant, or
//! any variant the rows don't name, fails it with E0004); the tests check
//! that each position picks the arm of the value it was given.
//!
//! Three tables: one with no range row (`QqPlatformCode`), one with range
//! rows (`AccessTokenCode`), and a custom one (`LoginCode`). The adding-a-row
//! half is `tests/ui/table/a-new-row-breaks-a-match-by-reference.rs`.

#![allow(clippy::match_same_arms, clippy::too_many_lines)]

use msdk_codes::{AccessTokenCode, CodeEnum, QqPlatformCode, access_token_code, qq_platform_code};

msdk_codes::msdk_codes! {
    /// Login service codes.
    pub enum LoginCode => "tests/fixtures/login.csv";
}

/// One module per table and kind of pattern, each with a function per
/// position; every function returns the text of the arm that matched.
macro_rules! positions {
    ($module:ident, $ty:ty, [$($pattern:pat),* $(,)?]) => {
        mod $module {
            #![allow(unused_imports)]
            use super::*;

            pub fn by_value(code: $ty) -> &'static str {
                match code {
                    $($pattern => stringify!($pattern),)*
                }
            }

            pub fn by_reference(code: &$ty) -> &'static str {
                match code {
                    $($pattern => stringify!($pattern),)*
                }
            }

            pub fn through_deref(code: &$ty) -> &'static str {
                match *code {
                    $($pattern => stringify!($pattern),)*
                }
            }

            pub trait Describe {
                fn arm(&self) -> &'static str;
            }

            impl Describe for $ty {
                fn arm(&self) -> &'static str {
                    match self {
                        $($pattern => stringify!($pattern),)*
                    }
                }
            }

            pub struct Response {
                pub code: $ty,
            }

            impl Response {
                pub fn field(&self) -> &'static str {
                    match self.code {
                        $($pattern => stringify!($pattern),)*
                    }
                }

                pub fn field_by_reference(&self) -> &'static str {
                    match &self.code {
                        $($pattern => stringify!($pattern),)*
                    }
                }
            }

            pub fn in_option(code: Option<&$ty>) -> &'static str {
                match code {
                    $(Some($pattern) => stringify!($pattern),)*
                    None => "none",
                }
            }

            pub fn iterator_items(codes: &[$ty]) -> Vec<&'static str> {
                let mut arms = Vec::new();
                for code in codes.iter() {
                    arms.push(match code {
                        $($pattern => stringify!($pattern),)*
                    });
                }
                arms
            }

            pub fn in_tuple(pair: (&$ty, u8)) -> &'static str {
                match pair {
                    $(($pattern, _) => stringify!($pattern),)*
                }
            }

            /// Every position on `code`, which must all pick the same arm.
            pub fn every_position(code: $ty) -> &'static str {
                let arm = by_value(code);
                let response = Response { code };
                let others = [
                    by_reference(&code),
                    through_deref(&code),
                    code.arm(),
                    response.field(),
                    response.field_by_reference(),
                    in_option(Some(&code)),
                    iterator_items(&[code])[0],
                    in_tuple((&code, 0)),
                ];
                for other in others {
                    assert_eq!(other, arm, "{code:?}");
                }
                assert_eq!(in_option(None), "none");
                arm
            }
        }
    };
}

positions!(
    qq_platform_variants,
    QqPlatformCode,
    [
        QqPlatformCode::QqNotInstalled,
        QqPlatformCode::InvalidMessageType,
        QqPlatformCode::EmptyMessageContent,
        QqPlatformCode::IllegalMessageContent,
        QqPlatformCode::AppNotRegistered,
        QqPlatformCode::QzoneTextSharingUnsupported,
        QqPlatformCode::InvalidRequestParameters,
        QqPlatformCode::AppidInRequestNotFound,
        QqPlatformCode::ApiPermissionDenied,
        QqPlatformCode::AppIpNotAllowed,
        QqPlatformCode::SignatureVerificationFailed,
        QqPlatformCode::ApiFrequencyLimitExceeded,
        QqPlatformCode::IllegalRequestProtocol,
        QqPlatformCode::RequestRestrictedBySecurityAudit,
        QqPlatformCode::ApiNotFound,
        QqPlatformCode::IntranetIpNotAllowed,
        QqPlatformCode::ExtranetIpNotAllowed,
        QqPlatformCode::DebugNumberLimited,
        QqPlatformCode::ApiNotAuthorizedByUser,
        QqPlatformCode::AccessTokenDeprecated,
        QqPlatformCode::InvalidOpenid,
        QqPlatformCode::InvalidOpenkey,
        QqPlatformCode::OpenidOpenkeyVerificationFailed,
        QqPlatformCode::ClockSkewTooLarge,
        QqPlatformCode::DuplicateNonce,
        QqPlatformCode::AppidIllegalWhenVerifyingOpenkey,
        QqPlatformCode::OpenidOpenkeyMismatch,
        QqPlatformCode::AppkeyMismatch,
        QqPlatformCode::AccessTokenInvalidAfterPasswordChange,
        QqPlatformCode::MissingOrWrongResponseType,
        QqPlatformCode::MissingClientId,
        QqPlatformCode::MissingClientSecret,
        QqPlatformCode::MissingAuthorizationHeader,
        QqPlatformCode::MissingOrWrongGrantType,
        QqPlatformCode::MissingCode,
        QqPlatformCode::MissingRefreshToken,
        QqPlatformCode::MissingAccessToken,
        QqPlatformCode::AppidNotFound,
        QqPlatformCode::IllegalAppkey,
        QqPlatformCode::IllegalCallbackAddress,
        QqPlatformCode::AppNotOnline,
        QqPlatformCode::NotPostRequest,
        QqPlatformCode::AccessTokenIllegal,
        QqPlatformCode::AccessTokenExpired,
        QqPlatformCode::AccessTokenRevoked,
        QqPlatformCode::AccessTokenVerificationFailed,
        QqPlatformCode::FrequencyLimitExceeded,
        QqPlatformCode::IllegalParameters,
        QqPlatformCode::FriendApiAccessTokenIllegal,
        QqPlatformCode::FriendOpenidFetchFailed,
        QqPlatformCode::FriendCacheFetchFailed,
        QqPlatformCode::FriendCacheUpdateFailed,
        QqPlatformCode::SendFrequencyLimited,
        QqPlatformCode::ReceiveFrequencyLimited,
        QqPlatformCode::InteractionFrequencyLimited,
        QqPlatformCode::AppOrMiniAppNotOnline,
        QqPlatformCode::EmptyAppid,
        QqPlatformCode::EmptyOpenid,
        QqPlatformCode::EmptyFopenid,
        QqPlatformCode::EmptyAccessToken,
        QqPlatformCode::EmptyExtraJson,
        QqPlatformCode::InvalidExtraJson,
        QqPlatformCode::FriendRelationshipCheckFailed,
        QqPlatformCode::NotFriends,
        QqPlatformCode::SceneNotConfigured,
        QqPlatformCode::ArkMessagePackFailed,
    ]
);

positions!(
    qq_platform_macros,
    QqPlatformCode,
    [
        qq_platform_code!(1),
        qq_platform_code!(3),
        qq_platform_code!(4),
        qq_platform_code!(5),
        qq_platform_code!(6),
        qq_platform_code!(10000),
        qq_platform_code!(-1),
        qq_platform_code!(-2),
        qq_platform_code!(-3),
        qq_platform_code!(-4),
        qq_platform_code!(-5),
        qq_platform_code!(-6),
        qq_platform_code!(-7),
        qq_platform_code!(-8),
        qq_platform_code!(-9),
        qq_platform_code!(-10),
        qq_platform_code!(-11),
        qq_platform_code!(-12),
        qq_platform_code!(-20),
        qq_platform_code!(-21),
        qq_platform_code!(-22),
        qq_platform_code!(-23),
        qq_platform_code!(-24),
        qq_platform_code!(-25),
        qq_platform_code!(-26),
        qq_platform_code!(-70),
        qq_platform_code!(-71),
        qq_platform_code!(-72),
        qq_platform_code!(-73),
        qq_platform_code!(100000),
        qq_platform_code!(100001),
        qq_platform_code!(100002),
        qq_platform_code!(100003),
        qq_platform_code!(100004),
        qq_platform_code!(100005),
        qq_platform_code!(100006),
        qq_platform_code!(100007),
        qq_platform_code!(100008),
        qq_platform_code!(100009),
        qq_platform_code!(100010),
        qq_platform_code!(100011),
        qq_platform_code!(100012),
        qq_platform_code!(100013),
        qq_platform_code!(100014),
        qq_platform_code!(100015),
        qq_platform_code!(100016),
        qq_platform_code!(220028),
        qq_platform_code!(251001),
        qq_platform_code!(251002),
        qq_platform_code!(251003),
        qq_platform_code!(251004),
        qq_platform_code!(251005),
        qq_platform_code!(901203),
        qq_platform_code!(901204),
        qq_platform_code!(901205),
        qq_platform_code!(9001010),
        qq_platform_code!(225001),
        qq_platform_code!(225002),
        qq_platform_code!(225003),
        qq_platform_code!(225004),
        qq_platform_code!(225005),
        qq_platform_code!(225006),
        qq_platform_code!(225007),
        qq_platform_code!(225008),
        qq_platform_code!(225009),
        qq_platform_code!(225010),
    ]
);

positions!(
    access_token_variants,
    AccessTokenCode,
    [
        AccessTokenCode::Success,
        AccessTokenCode::InternalFailure,
        AccessTokenCode::IllegalAppid(_),
        AccessTokenCode::ThirdPartyInfoReadFailed,
        AccessTokenCode::AppCheckInternalError(_),
        AccessTokenCode::IllegalOpenid,
        AccessTokenCode::IllegalOpenkey,
        AccessTokenCode::OpenidOpenkeyMismatch,
        AccessTokenCode::OpenkeyExpired,
        AccessTokenCode::OpenidCheckInternalError(_),
        AccessTokenCode::SignatureVerificationFailed,
        AccessTokenCode::OpenidReclaimed,
        AccessTokenCode::UdcReadFailed,
        AccessTokenCode::IllegalKaixinOpenid,
        AccessTokenCode::IllegalOpenidFromBusinessType127(_),
        AccessTokenCode::OpenidReclaimedByBusinessType127(_),
        AccessTokenCode::AccessTokenInvalid,
        AccessTokenCode::AccessTokenExpired,
        AccessTokenCode::AccessTokenAbolished,
        AccessTokenCode::AccessTokenFreezingFailed,
        AccessTokenCode::AccessTokenVerificationFailed,
        AccessTokenCode::AccessTokenOpenidMismatch,
        AccessTokenCode::InvalidSessionKeyLength,
        AccessTokenCode::AccessTokenInvalidAfterPasswordChange,
        AccessTokenCode::UndecodableAccessToken,
        AccessTokenCode::OinNotFound,
        AccessTokenCode::U2oRelationNotFound,
        AccessTokenCode::OpenidReclaimedSecond,
        AccessTokenCode::ConvertedOpenidCountError,
        AccessTokenCode::IllegalConvertedOpenid,
        AccessTokenCode::TooManyOpenidsToConvert,
        AccessTokenCode::AppidInconsistentWithBackend,
        AccessTokenCode::MissingOpenid,
        AccessTokenCode::MissingOpenkey,
        AccessTokenCode::IllegalBusinessType,
        AccessTokenCode::MissingAppid,
    ]
);

positions!(
    access_token_macros,
    AccessTokenCode,
    [
        access_token_code!(0x00),
        access_token_code!(0x01),
        AccessTokenCode::IllegalAppid(_),
        access_token_code!(0x12),
        AccessTokenCode::AppCheckInternalError(_),
        access_token_code!(0x20),
        access_token_code!(0x21),
        access_token_code!(0x22),
        access_token_code!(0x23),
        AccessTokenCode::OpenidCheckInternalError(_),
        access_token_code!(0x26),
        access_token_code!(0x27),
        access_token_code!(0x2a),
        access_token_code!(0x2e),
        AccessTokenCode::IllegalOpenidFromBusinessType127(_),
        AccessTokenCode::OpenidReclaimedByBusinessType127(_),
        access_token_code!(0x40),
        access_token_code!(0x41),
        access_token_code!(0x42),
        access_token_code!(0x43),
        access_token_code!(0x44),
        access_token_code!(0x45),
        access_token_code!(0x46),
        access_token_code!(0x47),
        access_token_code!(0x4a),
        access_token_code!(0x4b),
        access_token_code!(0x4c),
        access_token_code!(0x53),
        access_token_code!(0x54),
        access_token_code!(0x55),
        access_token_code!(0x56),
        access_token_code!(0x58),
        access_token_code!(0x60),
        access_token_code!(0x61),
        access_token_code!(0x62),
        access_token_code!(0x63),
    ]
);

positions!(
    login_variants,
    LoginCode,
    [
        LoginCode::Ok,
        LoginCode::TokenDeprecated,
        LoginCode::Banned,
        LoginCode::Busy,
    ]
);

positions!(
    login_macros,
    LoginCode,
    [
        login_code!(0),
        login_code!(-21),
        login_code!(1001),
        login_code!(2003),
    ]
);

/// Each value's arm names its variant (or its code, through the code
/// macro), in every position.
fn check<T: CodeEnum + std::str::FromStr>(
    variants: fn(T) -> &'static str,
    macros: fn(T) -> &'static str,
) {
    for value in T::ALL {
        let arm = variants(value);
        let name = arm.rsplit("::").next().unwrap().trim_end_matches("(_)");
        assert_eq!(name, value.name(), "{arm}");
        let arm = macros(value);
        if value.codes().count() == 1 {
            let code = arm.split(['(', ')']).nth(1).unwrap();
            assert_eq!(code.parse::<T>().ok(), Some(value), "{arm}");
        } else {
            assert!(arm.ends_with(&format!("::{}(_)", value.name())), "{arm}");
        }
    }
}

#[test]
fn a_table_without_ranges_is_exhaustive_in_every_position() {
    check::<QqPlatformCode>(
        qq_platform_variants::every_position,
        qq_platform_macros::every_position,
    );
}

#[test]
fn a_table_with_ranges_is_exhaustive_in_every_position() {
    check::<AccessTokenCode>(
        access_token_variants::every_position,
        access_token_macros::every_position,
    );
}

#[test]
fn a_custom_table_is_exhaustive_in_every_position() {
    check::<LoginCode>(login_variants::every_position, login_macros::every_position);
}

#[test]
fn a_cast_gives_the_code() {
    assert_eq!(QqPlatformCode::AccessTokenDeprecated as i32, -21);
    assert_eq!(LoginCode::Banned as i32, 1001);
    for value in QqPlatformCode::ALL {
        assert_eq!(value as i32, value.code(), "{value:?}");
    }
    for value in LoginCode::ALL {
        assert_eq!(value as i32, value.code(), "{value:?}");
    }
    for value in msdk_codes::PayTokenCode::ALL {
        assert_eq!(value as i32, value.code(), "{value:?}");
    }
}

/// A code macro for a code inside a range row matches through a reference
/// too: the constant sits inside the variant's pattern (a constant of the
/// whole enum, as it once was, does not match a `&T` scrutinee).
#[test]
fn range_codes_of_code_macros_match_through_references() {
    fn by_reference(code: &msdk_codes::AccessTokenCode) -> &'static str {
        match code {
            msdk_codes::access_token_code!(0x10) => "0x10",
            msdk_codes::access_token_code!(0x11) => "0x11",
            msdk_codes::access_token_code!(0x12) => "0x12",
            _ => "other",
        }
    }
    fn class_by_reference(code: Option<&msdk_codes::MsdkLogicCode>) -> &'static str {
        match code {
            Some(msdk_codes::msdk_logic_code!(-101)) => "its own row",
            Some(msdk_codes::msdk_logic_code!(-150)) => "-150 in its class",
            Some(_) => "other",
            None => "none",
        }
    }
    let codes = [0x10, 0x11, 0x12, 0x13].map(|code| {
        let value = msdk_codes::AccessTokenCode::from_code(code).unwrap();
        by_reference(&value)
    });
    assert_eq!(codes, ["0x10", "0x11", "0x12", "other"]);
    let logic = [-101, -150, -151].map(msdk_codes::MsdkLogicCode::from_code);
    let answers = logic.map(|code| class_by_reference(code.as_ref()));
    assert_eq!(answers, ["its own row", "-150 in its class", "other"]);
}
