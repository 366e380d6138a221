//! The six MSDK tables as a whole: [`Table`], [`Code`] and [`lookup_all`].

use core::fmt;

use crate::{
    AccessTokenCode, Action, GameCenterCode, OidbCode, PayTokenCode, QqGroupCode, QqPlatformCode,
    TableInfo,
};

macro_rules! catalog {
    ($($variant:ident($ty:ident, $id:literal)),* $(,)?) => {
        /// One of the six MSDK tables.
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
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Table {
            $(
                #[doc = concat!("[`", stringify!($ty), "`], id `", $id, "`.")]
                $variant,
            )*
        }

        impl Table {
            /// The six tables, in the order of the source page.
            pub const ALL: [Table; 6] = [$(Table::$variant),*];

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
            /// `oidb`, `oidb-0x73a` or `oidb-0x711`.
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
                let all: &'static [Code] = match self {
                    $(Table::$variant => {
                        const ALL: &[Code] = &{
                            let mut all = [Code::$variant($ty::ALL[0]); $ty::ALL.len()];
                            let mut i = 0;
                            while i < all.len() {
                                all[i] = Code::$variant($ty::ALL[i]);
                                i += 1;
                            }
                            all
                        };
                        ALL
                    })*
                };
                all.iter().copied()
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

        /// A code of any of the six MSDK tables.
        ///
        /// # Examples
        ///
        /// ```
        /// use msdk_codes::{Action, Code, Table};
        ///
        /// let code: Code = msdk_codes::OidbCode::from_code(255).unwrap().into();
        /// assert_eq!(code.table(), Table::Oidb);
        /// assert_eq!(code.code(), -1);
        /// assert_eq!(code.action(), Action::ContactSupport);
        /// assert!(code.to_string().ends_with(" [oidb]"));
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
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

            /// The number, as the table's enum reports it (signed for OIDB bytes).
            #[must_use]
            pub const fn code(self) -> i32 {
                match self {
                    $(Code::$variant(code) => code.code(),)*
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
            /// assert_eq!(Table::Oidb.lookup(155).unwrap().codes(), -101..=-101);
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
}

catalog! {
    QqPlatform(QqPlatformCode, "qq-platform"),
    QqGroup(QqGroupCode, "qq-group"),
    GameCenter(GameCenterCode, "game-center"),
    Oidb(OidbCode, "oidb"),
    PayToken(PayTokenCode, "oidb-0x73a"),
    AccessToken(AccessTokenCode, "oidb-0x711"),
}

impl fmt::Display for Table {
    /// The table's id.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl core::error::Error for Code {}

/// Every table that knows `code`, in the order of [`Table::ALL`].
///
/// The tables overlap: `-1` is a QQ platform and an OIDB code, `0` is in
/// three tables.
///
/// # Examples
///
/// ```
/// use msdk_codes::{lookup_all, Table};
///
/// let tables: Vec<Table> = lookup_all(-1).map(|code| code.table()).collect();
/// assert_eq!(tables, [Table::QqPlatform, Table::Oidb]);
/// assert_eq!(lookup_all(-99).count(), 0);
/// ```
pub fn lookup_all(code: i32) -> impl Iterator<Item = Code> {
    Table::ALL
        .into_iter()
        .filter_map(move |table| table.lookup(code))
}
