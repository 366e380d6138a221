//! The `macro_rules!` that write the parts of a generated enum that are the
//! same for every table: the accessors over its per-row arrays, its trait
//! impls and its serde impls. Generated code reaches them through
//! `__private`.

/// The accessors of a generated enum that read its per-row arrays, through
/// the generated scope's `row()`.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_rows {
    ($ty:ident, $row:ident, $codes:ident, $names:ident, $text:ident, $actions:ident) => {
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

            /// What the code means, verbatim from the table: in English, or
            /// in Chinese where the table has the row in Chinese only.
            #[must_use]
            #[inline]
            pub const fn description(self) -> &'static ::core::primitive::str {
                self.text($crate::Language::English).description()
            }

            /// The recommended solution, verbatim from the table, if it gives
            /// one, in the language of [`description`](Self::description).
            #[must_use]
            #[inline]
            pub const fn solution(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                self.text($crate::Language::English).solution()
            }

            /// The description and solution in `language`, verbatim from the
            /// source in that language; where the source has no text for the
            /// row in `language`, the other language's, and
            /// [`Text::language`]($crate::Text::language) says which.
            #[must_use]
            #[inline]
            pub const fn text(self, language: $crate::Language) -> $crate::Text {
                $text($row(self), language)
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
                let code = $crate::__private::CodeText::new(self.code(), Self::TABLE.is_hex());
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

            fn text(self, language: $crate::Language) -> $crate::Text {
                Self::text(self, language)
            }

            fn action(self) -> $crate::Action {
                Self::action(self)
            }
        }
    };
}

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
