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
