//! What generated code calls; not public API.

use core::fmt;

use crate::{Rows, TableInfo, UnknownCode};

pub use msdk_codes_macros::msdk_codes;

#[cfg(feature = "serde")]
pub use serde;

pub use crate::{
    __impl_rows as impl_rows, __impl_serde as impl_serde, __impl_traits as impl_traits,
};

#[must_use]
pub const fn table_info(
    id: &'static str,
    title: &'static str,
    source: &'static str,
    file: &'static str,
    byte_codes: bool,
    hex: bool,
) -> TableInfo {
    TableInfo::new(id, title, source, file, byte_codes, hex)
}

#[must_use]
pub const fn rows<T>(len: usize, value: fn(usize) -> T) -> Rows<T> {
    Rows::new(len, value)
}

#[must_use]
pub const fn unknown_code(table: TableInfo, code: Option<i32>) -> UnknownCode {
    UnknownCode::new(table, code)
}

/// The value of range row `ROW` holding `CODE`: what a code macro expands to
/// for a code inside a range row, a constant and so a valid pattern. A code
/// macro's compile error is one too, with an erroneous `CODE`: rustc then
/// reports that error alone.
pub trait RowAt<const ROW: usize, const CODE: i32> {
    const VALUE: Self;
}

/// The bytes of a generated enum's lookup arrays, for the benchmarks' report.
pub trait LookupBytes {
    const BYTES: usize;
}

/// The perfect hashes' formulas, as `msdk-codes-generator`'s `phf` module
/// searches with them (the workspace test `test_agreement` checks both).
pub mod phf {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    const P: u64 = 0xC2B2_AE3D_27D4_EB4F;
    const Q: u64 = 0x1656_67B1_9E37_79F9;

    #[inline]
    #[must_use]
    pub const fn single_slot(code: i32, multiplier: u32, shift: u32) -> usize {
        (u32::from_ne_bytes(code.to_ne_bytes()).wrapping_mul(multiplier) >> shift) as usize
    }

    #[inline]
    #[must_use]
    pub const fn hash(code: i32, seed: u64) -> u64 {
        (u32::from_ne_bytes(code.to_ne_bytes()) as u64 ^ seed).wrapping_mul(K)
    }

    #[inline]
    #[must_use]
    pub const fn bucket(hash: u64, buckets: u64) -> usize {
        (((hash >> 32) * buckets) >> 32) as usize
    }

    #[inline]
    #[must_use]
    pub const fn slot(hash: u64, pilot: u64, slots: u64) -> usize {
        let mixed = (hash ^ pilot.wrapping_mul(P)).wrapping_mul(Q);
        (((mixed >> 32) * slots) >> 32) as usize
    }
}

/// An integer at the start of `bytes`: decimal or `0x` hex, with an
/// optional sign, of magnitude up to `u32::MAX`. Returns the value and how
/// many bytes it took; `None` when no integer starts there or it is larger.
/// Digits may not run on into letters (`12a` is no integer). The one
/// integer grammar of the runtime crate: codes, `ret`s, OIDB commands.
#[must_use]
pub fn integer_prefix(bytes: &[u8]) -> Option<(i64, usize)> {
    let mut at = 0;
    let negative = match bytes.first() {
        Some(b'-') => {
            at = 1;
            true
        }
        Some(b'+') => {
            at = 1;
            false
        }
        _ => false,
    };
    let radix: i64 = if bytes.len() > at + 1 && bytes[at] == b'0' && (bytes[at + 1] | 0x20) == b'x'
    {
        at += 2;
        16
    } else {
        10
    };
    let start = at;
    let mut magnitude: i64 = 0;
    while let Some(&byte) = bytes.get(at) {
        let digit = match byte {
            b'0'..=b'9' => i64::from(byte - b'0'),
            b'a'..=b'f' if radix == 16 => i64::from(byte - b'a' + 10),
            b'A'..=b'F' if radix == 16 => i64::from(byte - b'A' + 10),
            _ => break,
        };
        magnitude = magnitude * radix + digit;
        if magnitude > i64::from(u32::MAX) {
            return None;
        }
        at += 1;
    }
    let runs_on = bytes
        .get(at)
        .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'_');
    if at == start || runs_on {
        return None;
    }
    Some((if negative { -magnitude } else { magnitude }, at))
}

/// A code in decimal or `0x` hex with an optional sign (`-21`, `0x47`,
/// `-0x10`, `+5`), within i32; anything else is `None`.
#[must_use]
pub fn parse_code(text: &str) -> Option<i32> {
    match integer_prefix(text.as_bytes()) {
        Some((code, len)) if len == text.len() => i32::try_from(code).ok(),
        _ => None,
    }
}

/// A code as its table writes it: `0x74` in a hex table, `-21` elsewhere.
#[derive(Clone, Copy)]
pub struct CodeText {
    pub code: i32,
    pub hex: bool,
}

impl fmt::Display for CodeText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.hex {
            let sign = if self.code < 0 { "-" } else { "" };
            write!(f, "{sign}{:#04x}", self.code.unsigned_abs())
        } else {
            write!(f, "{}", self.code)
        }
    }
}

/// The accessors of a generated enum that read its per-row arrays, through
/// the generated scope's `row()`.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_rows {
    ($ty:ident, $row:ident, $codes:ident, $names:ident, $descriptions:ident, $solutions:ident, $actions:ident) => {
        impl $ty {
            /// Every code of this value's row, in the form `code()` reports: one
            /// code, or all the codes of a range row.
            #[must_use]
            #[inline]
            pub const fn codes(self) -> ::core::ops::RangeInclusive<::core::primitive::i32> {
                let (low, high) = $codes[$row(self)];
                low..=high
            }

            /// The variant's name, as the table writes it.
            #[must_use]
            #[inline]
            pub const fn name(self) -> &'static ::core::primitive::str {
                $names[$row(self)]
            }

            /// What the code means, verbatim from the table.
            #[must_use]
            #[inline]
            pub const fn description(self) -> &'static ::core::primitive::str {
                $descriptions[$row(self)]
            }

            /// The recommended solution, verbatim from the table, if it gives one.
            #[must_use]
            #[inline]
            pub const fn solution(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                // "" stands for none: the generator never keeps an empty solution.
                let solution = $solutions[$row(self)];
                if solution.is_empty() {
                    ::core::option::Option::None
                } else {
                    ::core::option::Option::Some(solution)
                }
            }

            /// The primary remedy: what a caller should do next.
            #[must_use]
            #[inline]
            pub const fn action(self) -> $crate::Action {
                $crate::Action::ALL[$actions[$row(self)] as ::core::primitive::usize]
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Debug for $ty {
            /// The variant's name, and a range row's code: `ParseFailed(-500005)`.
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                let (low, high) = $codes[$row(*self)];
                if low == high {
                    f.write_str(self.name())
                } else {
                    ::core::write!(f, "{}({})", self.name(), self.code())
                }
            }
        }
    };
}

/// The trait impls of a generated enum, which are the same for every table:
/// `TryFrom<i32>`, `From<Self> for i32`, `Display`, `Error`, `FromStr`,
/// `Ord` (by code) and `CodeEnum`; with `bytes`, `TryFrom<u8>` too.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_traits {
    ($ty:ident, $names:ident, $value:ident) => {
        $crate::__impl_traits!(@common $ty, $names, $value {});
    };
    ($ty:ident, $names:ident, $value:ident, bytes) => {
        $crate::__impl_traits!(@common $ty, $names, $value {
            fn signed(self) -> ::core::primitive::i32 {
                Self::signed(self)
            }
        });

        #[automatically_derived]
        impl ::core::convert::TryFrom<::core::primitive::u8> for $ty {
            type Error = $crate::UnknownCode;

            /// The value for a byte, as OIDB messages carry it.
            fn try_from(byte: ::core::primitive::u8) -> ::core::result::Result<Self, Self::Error> {
                <Self as ::core::convert::TryFrom<::core::primitive::i32>>::try_from(
                    ::core::primitive::i32::from(byte),
                )
            }
        }
    };
    (@common $ty:ident, $names:ident, $value:ident { $($signed:tt)* }) => {
        #[automatically_derived]
        impl ::core::convert::TryFrom<::core::primitive::i32> for $ty {
            type Error = $crate::UnknownCode;

            fn try_from(code: ::core::primitive::i32) -> ::core::result::Result<Self, Self::Error> {
                match Self::from_code(code) {
                    ::core::option::Option::Some(value) => ::core::result::Result::Ok(value),
                    ::core::option::Option::None => {
                        ::core::result::Result::Err($crate::__private::unknown_code(
                            Self::TABLE,
                            ::core::option::Option::Some(code),
                        ))
                    }
                }
            }
        }

        #[automatically_derived]
        impl ::core::convert::From<$ty> for ::core::primitive::i32 {
            fn from(value: $ty) -> Self {
                value.code()
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Display for $ty {
            /// The code as the table writes it, and its description:
            /// `-21: access_token has been deprecated`, `0x74: ...`.
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                let code = $crate::__private::CodeText {
                    code: self.code(),
                    hex: Self::TABLE.is_hex(),
                };
                ::core::write!(f, "{}: {}", code, self.description())
            }
        }

        #[automatically_derived]
        impl ::core::error::Error for $ty {}

        #[automatically_derived]
        impl ::core::str::FromStr for $ty {
            type Err = $crate::UnknownCode;

            /// A code in decimal or hex (`-21`, `0x47`), or a variant name.
            fn from_str(s: &::core::primitive::str) -> ::core::result::Result<Self, Self::Err> {
                if let ::core::option::Option::Some(code) = $crate::__private::parse_code(s) {
                    return <Self as ::core::convert::TryFrom<::core::primitive::i32>>::try_from(
                        code,
                    );
                }
                match $names.iter().position(|name| *name == s) {
                    ::core::option::Option::Some(row) => ::core::result::Result::Ok($value(row)),
                    ::core::option::Option::None => ::core::result::Result::Err(
                        $crate::__private::unknown_code(Self::TABLE, ::core::option::Option::None),
                    ),
                }
            }
        }

        #[automatically_derived]
        impl ::core::cmp::PartialOrd for $ty {
            fn partial_cmp(&self, other: &Self) -> ::core::option::Option<::core::cmp::Ordering> {
                ::core::option::Option::Some(::core::cmp::Ord::cmp(self, other))
            }
        }

        #[automatically_derived]
        impl ::core::cmp::Ord for $ty {
            /// By code, like `http::StatusCode`.
            fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
                ::core::cmp::Ord::cmp(&self.code(), &other.code())
            }
        }

        #[automatically_derived]
        impl $crate::__private::Sealed for $ty {}

        #[automatically_derived]
        impl $crate::CodeEnum for $ty {
            const TABLE: $crate::TableInfo = Self::TABLE;
            const ALL: $crate::Rows<Self> = Self::ALL;

            fn from_code(code: ::core::primitive::i32) -> ::core::option::Option<Self> {
                Self::from_code(code)
            }

            fn code(self) -> ::core::primitive::i32 {
                Self::code(self)
            }

            fn codes(self) -> ::core::ops::RangeInclusive<::core::primitive::i32> {
                Self::codes(self)
            }

            $($signed)*

            fn name(self) -> &'static ::core::primitive::str {
                Self::name(self)
            }

            fn description(self) -> &'static ::core::primitive::str {
                Self::description(self)
            }

            fn solution(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                Self::solution(self)
            }

            fn action(self) -> $crate::Action {
                Self::action(self)
            }
        }
    };
}

/// Keeps `CodeEnum` for the generated enums.
pub trait Sealed {}

/// Serde support for a generated enum: it serializes as its code and
/// deserializes from one. A code the table does not know is an error that
/// says so and names `Ret<$ty>`, the field type that takes any code: a plain
/// enum field is the usual mistake behind it.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($ty:ident) => {
        #[automatically_derived]
        impl $crate::__private::serde::Serialize for $ty {
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: $crate::__private::serde::Serializer,
            {
                serializer.serialize_i32(self.code())
            }
        }

        #[automatically_derived]
        impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: $crate::__private::serde::Deserializer<'de>,
            {
                let code =
                    <::core::primitive::i32 as $crate::__private::serde::Deserialize>::deserialize(
                        deserializer,
                    )?;
                <Self as ::core::convert::TryFrom<::core::primitive::i32>>::try_from(code).map_err(
                    |unknown| {
                        <D::Error as $crate::__private::serde::de::Error>::custom(
                            ::core::format_args!(
                                "{}; a field that may carry other codes (0 for success, codes added \
                                 after this table was made) should be `msdk_codes::Ret<{}>`",
                                unknown,
                                ::core::stringify!($ty),
                            ),
                        )
                    },
                )
            }
        }
    };
}

/// Without the `serde` feature, `#[msdk_codes(serde)]` is a mistake to name.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($ty:ident) => {
        ::core::compile_error!(::core::concat!(
            "`#[msdk_codes(serde)]` on `",
            ::core::stringify!($ty),
            "` needs msdk-codes' `serde` feature: `msdk-codes = { version = \"0.1\", features = [\"serde\"] }`"
        ));
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_code_spellings() {
        assert_eq!(parse_code("-21"), Some(-21));
        assert_eq!(parse_code("0x47"), Some(0x47));
        assert_eq!(parse_code("0X4a"), Some(0x4a));
        assert_eq!(parse_code("-0x10"), Some(-16));
        assert_eq!(parse_code("+5"), Some(5));
        assert_eq!(parse_code("2147483647"), Some(i32::MAX));
        assert_eq!(parse_code("-2147483648"), Some(i32::MIN));
        assert_eq!(parse_code("-0x80000000"), Some(i32::MIN));
        for bad in [
            "",
            "-",
            "0x",
            "-0x",
            " 1",
            "1 ",
            "1_000",
            "0x1g",
            "2147483648",
            "99999999999999999999",
            "--1",
            "AccessTokenExpired",
        ] {
            assert_eq!(parse_code(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn integers_at_the_start_of_a_text() {
        assert_eq!(integer_prefix(b"-21, msg"), Some((-21, 3)));
        assert_eq!(integer_prefix(b"0x41\""), Some((0x41, 4)));
        assert_eq!(integer_prefix(b"0xffffffff"), Some((0xffff_ffff, 10)));
        assert_eq!(integer_prefix(b"0x100000000"), None);
        assert_eq!(integer_prefix(b"17abc"), None);
        assert_eq!(integer_prefix(b"x"), None);
    }
}
