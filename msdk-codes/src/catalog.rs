//! The MSDK tables as a whole: [`Table`], [`Code`], [`Layer`] and
//! [`lookup_all`].

use core::fmt;

use crate::{
    AccessTokenCode, Action, BlueDiamondGiftCode, CodeEnum, ErrTypeCode, GameCenterCode, Language,
    MsdkAccessCode, MsdkLogicCode, OidbCode, PayTokenCode, QqGroupCode, QqGroupDetailCode,
    QqGroupInfoCode, QqGroupOpenidCode, QqGroupUnbindCode, QqPlatformCode, QqShareCode,
    QzoneShareCode, TableInfo, Text, WechatCode, WechatGroupCode,
};

macro_rules! catalog {
    ($($variant:ident($ty:ident) in $layer:ident $(at $endpoint:literal)?),* $(,)?) => {
        /// One of the MSDK tables.
        ///
        /// # Examples
        ///
        /// ```
        /// use msdk_codes::{Table, PayTokenCode};
        ///
        /// let table = Table::from_id("oidb-0x73a").unwrap();
        /// assert_eq!(table, Table::PayToken);
        /// assert_eq!(table.info(), PayTokenCode::TABLE);
        /// let code = table.lookup(17).unwrap();
        /// assert_eq!(code.description(), "pay token has expired");
        /// assert_eq!("oidb-0x73a".parse(), Ok(Table::PayToken));
        /// ```
        ///
        /// `Display` and `FromStr` use the id; so does serde, with the
        /// `serde` feature.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Table {
            $(
                #[doc = concat!("The table of [`", stringify!($ty), "`].")]
                $variant,
            )*
        }

        impl Table {
            /// Every table: the six of the "QQ return codes" page in its
            /// order, then the backend's in the order of MSDK's backend pages.
            pub const ALL: [Table; [$(stringify!($variant)),*].len()] = [$(Table::$variant),*];

            /// The table's id, title and source.
            ///
            /// # Examples
            ///
            /// ```
            /// use msdk_codes::Table;
            ///
            /// assert_eq!(Table::QqGroup.info().title(), "QQ group function return codes");
            /// ```
            #[must_use]
            pub const fn info(self) -> TableInfo {
                match self {
                    $(Table::$variant => $ty::TABLE,)*
                }
            }

            /// The table's id: `qq-platform`, `qq-group`, `game-center`,
            /// `oidb`, `oidb-0x73a`, `oidb-0x711`, `msdk-access`, ...
            ///
            /// # Examples
            ///
            /// ```
            /// assert_eq!(msdk_codes::Table::AccessToken.id(), "oidb-0x711");
            /// ```
            #[must_use]
            pub const fn id(self) -> &'static str {
                self.info().id()
            }

            /// Whether the table's codes only travel inside OIDB failure
            /// messages (`oidb`, `oidb-0x73a`, `oidb-0x711`), never as an
            /// API's own `ret`.
            ///
            /// # Examples
            ///
            /// ```
            /// use msdk_codes::Table;
            ///
            /// assert!(Table::PayToken.is_oidb());
            /// assert!(!Table::QqPlatform.is_oidb());
            /// ```
            #[must_use]
            pub const fn is_oidb(self) -> bool {
                matches!(self.layer(), Layer::Oidb)
            }

            /// Which layer of a response carries the table's codes.
            ///
            /// # Examples
            ///
            /// ```
            /// use msdk_codes::{Layer, Table};
            ///
            /// assert_eq!(Table::MsdkLogic.layer(), Layer::Msdk);
            /// assert_eq!(Table::QqShare.layer(), Layer::QqPlatform);
            /// ```
            #[must_use]
            pub const fn layer(self) -> Layer {
                match self {
                    $(Table::$variant => Layer::$layer,)*
                }
            }

            /// The endpoint whose own table this is (`/share/qq` for
            /// `qq-share`), or `None` for a table every endpoint may answer
            /// with.
            ///
            /// # Examples
            ///
            /// ```
            /// use msdk_codes::Table;
            ///
            /// assert_eq!(Table::QqShare.endpoint(), Some("/share/qq"));
            /// assert_eq!(Table::QqPlatform.endpoint(), None);
            /// ```
            #[must_use]
            pub const fn endpoint(self) -> Option<&'static str> {
                match self {
                    $(Table::$variant => catalog!(@endpoint $($endpoint)?),)*
                }
            }

            /// The table with this id, if there is one.
            ///
            /// # Examples
            ///
            /// ```
            /// use msdk_codes::Table;
            ///
            /// assert_eq!(Table::from_id("game-center"), Some(Table::GameCenter));
            /// assert_eq!(Table::from_id("nope"), None);
            /// ```
            #[must_use]
            pub fn from_id(id: &str) -> Option<Table> {
                Table::ALL.into_iter().find(|table| table.id() == id)
            }

            /// The number of rows; a range row counts once.
            ///
            /// # Examples
            ///
            /// ```
            /// use msdk_codes::{Table, OidbCode};
            ///
            /// assert_eq!(Table::Oidb.rows(), OidbCode::ALL.len());
            /// ```
            #[must_use]
            pub const fn rows(self) -> usize {
                match self {
                    $(Table::$variant => $ty::ALL.len(),)*
                }
            }

            /// One value per row of the table, in table order (a range row
            /// once, with its first code): the table's `ALL` as [`Code`]s.
            ///
            /// # Examples
            ///
            /// ```
            /// use msdk_codes::Table;
            ///
            /// assert_eq!(Table::PayToken.iter().count(), 13);
            /// let first = Table::QqGroup.iter().next().unwrap();
            /// assert_eq!(first.code(), 221001);
            /// ```
            pub fn iter(self) -> impl Iterator<Item = Code> {
                (0..self.rows()).filter_map(move |row| match self {
                    $(Table::$variant => $ty::ALL.get(row).map(Code::$variant),)*
                })
            }

            /// `code` looked up in this table.
            ///
            /// # Examples
            ///
            /// ```
            /// use msdk_codes::{Code, QqPlatformCode, Table};
            ///
            /// let code = Table::QqPlatform.lookup(-21);
            /// assert_eq!(code, QqPlatformCode::from_code(-21).map(Code::QqPlatform));
            /// assert_eq!(Table::QqPlatform.lookup(-99), None);
            /// ```
            #[must_use]
            pub const fn lookup(self, code: i32) -> Option<Code> {
                match self {
                    $(Table::$variant => match $ty::from_code(code) {
                        Some(value) => Some(Code::$variant(value)),
                        None => None,
                    },)*
                }
            }
        }

        /// A code of any of the MSDK tables.
        ///
        /// # Examples
        ///
        /// ```
        /// use msdk_codes::{Action, Code, Table};
        ///
        /// let code: Code = msdk_codes::OidbCode::from_code(-1).unwrap().into();
        /// assert_eq!(code.table(), Table::Oidb);
        /// assert_eq!(code.code(), 255);
        /// assert_eq!(code.signed(), -1);
        /// assert_eq!(code.action(), Action::ContactSupport);
        /// assert!(code.to_string().starts_with("0xff: "));
        /// assert!(code.to_string().ends_with(" [oidb]"));
        /// ```
        ///
        /// With the `serde` feature it serializes as its table and code,
        /// `{"table": "oidb", "code": 255}`, and deserializes from them.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Code {
            $(
                #[doc = concat!("A code of [`", stringify!($ty), "`].")]
                $variant($ty),
            )*
        }

        impl Code {
            /// The table the code belongs to.
            #[must_use]
            pub const fn table(self) -> Table {
                match self {
                    $(Code::$variant(_) => Table::$variant,)*
                }
            }

            /// The number, as the table's enum reports it (the byte for
            /// OIDB codes: `116` for `0x74`).
            #[must_use]
            pub const fn code(self) -> i32 {
                match self {
                    $(Code::$variant(code) => code.code(),)*
                }
            }

            /// The signed form of an OIDB byte (`-140` for `0x74`); any other
            /// code as it is.
            #[must_use]
            pub fn signed(self) -> i32 {
                match self {
                    $(Code::$variant(code) => crate::CodeEnum::signed(code),)*
                }
            }

            /// Every code of the value's row, in the form `code()` reports.
            ///
            /// # Examples
            ///
            /// ```
            /// use msdk_codes::Table;
            ///
            /// let code = Table::QqGroup.lookup(-500_005).unwrap();
            /// assert_eq!(code.codes(), -500_009..=-500_003);
            /// assert_eq!(Table::Oidb.lookup(-101).unwrap().codes(), 155..=155);
            /// ```
            #[must_use]
            pub const fn codes(self) -> core::ops::RangeInclusive<i32> {
                match self {
                    $(Code::$variant(code) => code.codes(),)*
                }
            }

            /// The variant's name.
            #[must_use]
            pub const fn name(self) -> &'static str {
                match self {
                    $(Code::$variant(code) => code.name(),)*
                }
            }

            /// What the code means, verbatim from its table.
            #[must_use]
            pub const fn description(self) -> &'static str {
                match self {
                    $(Code::$variant(code) => code.description(),)*
                }
            }

            /// The recommended solution, verbatim from its table, if there is one.
            #[must_use]
            pub const fn solution(self) -> Option<&'static str> {
                match self {
                    $(Code::$variant(code) => code.solution(),)*
                }
            }

            /// The description and solution in `language`, or in the other
            /// language where the table has none in `language`.
            #[must_use]
            pub const fn text(self, language: Language) -> Text {
                match self {
                    $(Code::$variant(code) => code.text(language),)*
                }
            }

            /// What to do next.
            #[must_use]
            pub const fn action(self) -> Action {
                match self {
                    $(Code::$variant(code) => code.action(),)*
                }
            }
        }

        $(
            impl From<$ty> for Code {
                fn from(code: $ty) -> Code {
                    Code::$variant(code)
                }
            }

            impl sealed::Builtin for $ty {}

            impl BuiltinCode for $ty {
                const CATALOG_TABLE: Table = Table::$variant;
            }
        )*

        impl fmt::Display for Code {
            /// `-21: access_token has been deprecated [qq-platform]`
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match self {
                    $(Code::$variant(code) => write!(f, "{code} [{}]", self.table().id()),)*
                }
            }
        }
    };
    (@endpoint $endpoint:literal) => { Some($endpoint) };
    (@endpoint) => { None };
}

/// One of the MSDK enums, whose table is a [`Table`]: what
/// [`Outcome::new`](crate::Outcome::new) takes. Sealed: only they
/// implement it, not enums generated from tables of your own.
pub trait BuiltinCode: CodeEnum + Into<Code> + sealed::Builtin {
    /// The enum's table.
    ///
    /// # Examples
    ///
    /// ```
    /// use msdk_codes::{BuiltinCode, PayTokenCode, Table};
    ///
    /// assert_eq!(PayTokenCode::CATALOG_TABLE, Table::PayToken);
    /// ```
    const CATALOG_TABLE: Table;
}

mod sealed {
    pub trait Builtin {}
}

catalog! {
    QqPlatform(QqPlatformCode) in QqPlatform,
    QqGroup(QqGroupCode) in QqPlatform,
    GameCenter(GameCenterCode) in QqPlatform,
    Oidb(OidbCode) in Oidb,
    PayToken(PayTokenCode) in Oidb,
    AccessToken(AccessTokenCode) in Oidb,
    MsdkAccess(MsdkAccessCode) in Msdk,
    MsdkLogic(MsdkLogicCode) in Msdk,
    ErrType(ErrTypeCode) in ErrType,
    Wechat(WechatCode) in WechatPlatform,
    WechatGroup(WechatGroupCode) in WechatPlatform,
    QzoneShare(QzoneShareCode) in QqPlatform at "/share/qzone",
    QqShare(QqShareCode) in QqPlatform at "/share/qq",
    BlueDiamondGift(BlueDiamondGiftCode) in QqPlatform at "/profile/get_gift",
    QqGroupOpenid(QqGroupOpenidCode) in QqGroup at "/relation/get_groupopenid",
    QqGroupInfo(QqGroupInfoCode) in QqGroup at "/relation/get_groupinfo",
    QqGroupUnbind(QqGroupUnbindCode) in QqGroup at "/relation/unbind_group",
    QqGroupDetail(QqGroupDetailCode) in QqGroup at "/relation/get_group_detail",
}

/// The layer of an MSDK backend response that carries a table's codes.
///
/// MSDK's access layer answers common errors itself; its logic layer's
/// errors come back as `ret` with a `msg`; a QQ platform error comes back as
/// `ret` -10000 with the platform's code at the start of `msg`
/// (`"-73,the user modify password wrong"`), a WeChat error as -20000 the
/// same way; the QQ group endpoints add `platCode`, the access layer
/// `err_type`, and an OIDB failure is written inside `msg`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Layer {
    /// MSDK's access and logic layers: the response's `ret`.
    Msdk,
    /// The QQ platform: the code before the first comma of `msg` when `ret`
    /// is -10000.
    QqPlatform,
    /// WeChat: the code before the first comma of `msg` when `ret` is
    /// -20000.
    WechatPlatform,
    /// The QQ group endpoints' `platCode`.
    QqGroup,
    /// The access layer's classification of the error: `err_type`.
    ErrType,
    /// An OIDB failure written in `msg` (`oidb decode0x73a failed, ret:17`).
    Oidb,
}

impl Layer {
    /// The layer's name: `msdk`, `qq-platform`, `wechat-platform`,
    /// `qq-group`, `err-type` or `oidb`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Layer::Msdk => "msdk",
            Layer::QqPlatform => "qq-platform",
            Layer::WechatPlatform => "wechat-platform",
            Layer::QqGroup => "qq-group",
            Layer::ErrType => "err-type",
            Layer::Oidb => "oidb",
        }
    }
}

impl fmt::Display for Layer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Layer {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl fmt::Display for Table {
    /// The table's id.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl core::str::FromStr for Table {
    type Err = crate::ParseError;

    /// The table's id.
    fn from_str(id: &str) -> Result<Table, Self::Err> {
        Table::from_id(id).ok_or(crate::ParseError::new(crate::parse_error::Kind::Table))
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Table {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Table {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Table, D::Error> {
        crate::parse_error::deserialize_str(deserializer)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut state = serializer.serialize_struct("Code", 2)?;
        state.serialize_field("table", &self.table())?;
        state.serialize_field("code", &self.code())?;
        state.end()
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Code {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Code, D::Error> {
        struct Visitor;

        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Code;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a code: {\"table\": id, \"code\": integer}")
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Code, A::Error> {
                use serde::de::Error;
                let (mut table, mut code) = (None, None);
                while let Some(key) = map.next_key::<Field>()? {
                    match key {
                        Field::Table => table = Some(map.next_value::<Table>()?),
                        Field::Code => code = Some(map.next_value::<i32>()?),
                        Field::Other => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                let table = table.ok_or_else(|| A::Error::missing_field("table"))?;
                let code = code.ok_or_else(|| A::Error::missing_field("code"))?;
                table.lookup(code).ok_or_else(|| {
                    A::Error::custom(format_args!("{code} is not a code of table {table}"))
                })
            }
        }

        enum Field {
            Table,
            Code,
            Other,
        }

        impl<'de> serde::Deserialize<'de> for Field {
            fn deserialize<D: serde::Deserializer<'de>>(
                deserializer: D,
            ) -> Result<Field, D::Error> {
                struct FieldVisitor;

                impl serde::de::Visitor<'_> for FieldVisitor {
                    type Value = Field;

                    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                        f.write_str("`table` or `code`")
                    }

                    fn visit_str<E>(self, key: &str) -> Result<Field, E> {
                        Ok(match key {
                            "table" => Field::Table,
                            "code" => Field::Code,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(FieldVisitor)
            }
        }

        deserializer.deserialize_struct("Code", &["table", "code"], Visitor)
    }
}

impl core::error::Error for Code {}

/// Every table that knows `code`, in the order of [`Table::ALL`].
///
/// The tables overlap: `-1` is a QQ platform, an OIDB, a WeChat, a WeChat
/// group and a blue-diamond gift code. To read a response's `ret`, where
/// the layer decides the table, see [`Response`](crate::Response).
///
/// # Examples
///
/// ```
/// use msdk_codes::{lookup_all, Table};
///
/// let tables: Vec<Table> = lookup_all(-1).map(|code| code.table()).collect();
/// assert_eq!(
///     tables,
///     [Table::QqPlatform, Table::Oidb, Table::Wechat, Table::WechatGroup, Table::BlueDiamondGift]
/// );
/// assert_eq!(lookup_all(-99).count(), 0);
/// ```
pub fn lookup_all(code: i32) -> impl Iterator<Item = Code> {
    Table::ALL
        .into_iter()
        .filter_map(move |table| table.lookup(code))
}
