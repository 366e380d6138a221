//! What generated code calls; not public API.

use crate::{TableInfo, UnknownCode};

#[must_use]
pub const fn table_info(id: &'static str, title: &'static str, source: &'static str) -> TableInfo {
    TableInfo::new(id, title, source)
}

#[must_use]
pub const fn unknown_code(table: TableInfo, code: Option<i32>) -> UnknownCode {
    UnknownCode::new(table, code)
}

/// The value of range row `ROW` holding `CODE`: what a code macro expands to
/// for a code inside a range row, a constant and so a valid pattern.
pub trait RowAt<const ROW: usize, const CODE: i32> {
    const VALUE: Self;
}

/// A code in decimal or `0x` hex with an optional sign (`-21`, `0x47`,
/// `-0x10`, `+5`), within i32; anything else is `None`.
#[must_use]
pub fn parse_code(text: &str) -> Option<i32> {
    let bytes = text.as_bytes();
    let (negative, mut i) = match bytes.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    let radix: i64 = if bytes.len() > i + 1 && bytes[i] == b'0' && (bytes[i + 1] | 0x20) == b'x' {
        i += 2;
        16
    } else {
        10
    };
    if i == bytes.len() {
        return None;
    }
    let mut magnitude: i64 = 0;
    while i < bytes.len() {
        let digit = match bytes[i] {
            b @ b'0'..=b'9' => i64::from(b - b'0'),
            b @ b'a'..=b'f' if radix == 16 => i64::from(b - b'a' + 10),
            b @ b'A'..=b'F' if radix == 16 => i64::from(b - b'A' + 10),
            _ => return None,
        };
        magnitude = magnitude * radix + digit;
        if magnitude > 1 << 31 {
            return None;
        }
        i += 1;
    }
    i32::try_from(if negative { -magnitude } else { magnitude }).ok()
}

/// The accessors of a generated enum that read its per-row arrays, indexed
/// by the enum's private `row()`.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_rows {
    (
        $ty:ident;
        rows: $rows:literal;
        codes: [$($codes:expr),*];
        names: [$($name:literal),*];
        descriptions: [$($description:literal),*];
        solutions: [$($solution:literal),*];
        actions: [$($action:literal),*];
    ) => {
        #[allow(deprecated, clippy::unreadable_literal)]
        impl $ty {
            /// Each row's first and last code, in the form `code()` reports.
            // Named so that no variant can share the name (names have no `_`).
            const __CODES: [(::core::primitive::i32, ::core::primitive::i32); $rows] = [$($codes),*];

            /// Every code of this value's row, in the form `code()` reports: one
            /// code, or all the codes of a range row.
            #[must_use]
            pub const fn codes(self) -> ::core::ops::RangeInclusive<::core::primitive::i32> {
                let (low, high) = Self::__CODES[self.row()];
                low..=high
            }

            /// The variant's name, as the table writes it.
            #[must_use]
            pub const fn name(self) -> &'static ::core::primitive::str {
                const NAMES: [&::core::primitive::str; $rows] = [$($name),*];
                NAMES[self.row()]
            }

            /// What the code means, verbatim from the table.
            #[must_use]
            pub const fn description(self) -> &'static ::core::primitive::str {
                const DESCRIPTIONS: [&::core::primitive::str; $rows] = [$($description),*];
                DESCRIPTIONS[self.row()]
            }

            /// The recommended solution, verbatim from the table, if it gives one.
            #[must_use]
            pub const fn solution(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                // "" stands for none: the generator never keeps an empty solution.
                const SOLUTIONS: [&::core::primitive::str; $rows] = [$($solution),*];
                let solution = SOLUTIONS[self.row()];
                if solution.is_empty() {
                    ::core::option::Option::None
                } else {
                    ::core::option::Option::Some(solution)
                }
            }

            /// The primary remedy: what a caller should do next.
            #[must_use]
            pub const fn action(self) -> $crate::Action {
                const ACTIONS: [::core::primitive::u8; $rows] = [$($action),*];
                $crate::Action::ALL[ACTIONS[self.row()] as ::core::primitive::usize]
            }
        }
    };
}

/// The trait impls of a generated enum, which are the same for every table:
/// `TryFrom<i32>`, `From<Self> for i32`, `Display`, `Error` and `FromStr`.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_traits {
    ($ty:ident) => {
        #[automatically_derived]
        #[allow(deprecated)]
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
        #[allow(deprecated)]
        impl ::core::convert::From<$ty> for ::core::primitive::i32 {
            fn from(value: $ty) -> Self {
                value.code()
            }
        }

        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::fmt::Display for $ty {
            /// The code and its description: `-21: access_token has been deprecated`.
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::write!(f, "{}: {}", self.code(), self.description())
            }
        }

        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::error::Error for $ty {}

        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::str::FromStr for $ty {
            type Err = $crate::UnknownCode;

            /// A code in decimal or hex (`-21`, `0x47`), or a variant name.
            fn from_str(s: &::core::primitive::str) -> ::core::result::Result<Self, Self::Err> {
                if let ::core::option::Option::Some(code) = $crate::__private::parse_code(s) {
                    return <Self as ::core::convert::TryFrom<::core::primitive::i32>>::try_from(
                        code,
                    );
                }
                match Self::ALL.iter().find(|value| value.name() == s) {
                    ::core::option::Option::Some(value) => ::core::result::Result::Ok(*value),
                    ::core::option::Option::None => ::core::result::Result::Err(
                        $crate::__private::unknown_code(Self::TABLE, ::core::option::Option::None),
                    ),
                }
            }
        }
    };
}

#[cfg(feature = "serde")]
pub use serde;

/// Serde support for a generated enum: it serializes as its code and
/// deserializes from one. Empty without the `serde` feature, so that the
/// caller's own features do not matter.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($ty:ident) => {
        #[automatically_derived]
        #[allow(deprecated)]
        impl $crate::__private::serde::Serialize for $ty {
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: $crate::__private::serde::Serializer,
            {
                serializer.serialize_i32(self.code())
            }
        }

        #[automatically_derived]
        #[allow(deprecated)]
        impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: $crate::__private::serde::Deserializer<'de>,
            {
                let code =
                    <::core::primitive::i32 as $crate::__private::serde::Deserialize>::deserialize(
                        deserializer,
                    )?;
                <Self as ::core::convert::TryFrom<::core::primitive::i32>>::try_from(code)
                    .map_err(<D::Error as $crate::__private::serde::de::Error>::custom)
            }
        }
    };
}

#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($ty:ident) => {};
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
}
