use core::fmt;

/// What a generated enum says about its table: an id, a title and a source.
///
/// # Examples
///
/// ```
/// use msdk_codes::PayTokenCode;
///
/// assert_eq!(PayTokenCode::TABLE.id(), "oidb-0x73a");
/// assert_eq!(PayTokenCode::TABLE.title(), "OIDB PayToken verification codes (0x73a)");
/// assert!(PayTokenCode::TABLE.source().contains("IV.B"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TableInfo {
    id: &'static str,
    title: &'static str,
    source: &'static str,
    file: &'static str,
    byte_codes: bool,
    hex: bool,
}

impl TableInfo {
    pub(crate) const fn new(
        id: &'static str,
        title: &'static str,
        source: &'static str,
        file: &'static str,
        byte_codes: bool,
        hex: bool,
    ) -> Self {
        TableInfo {
            id,
            title,
            source,
            file,
            byte_codes,
            hex,
        }
    }

    /// A short kebab-case id: `qq-platform`, or a custom table's file stem.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(msdk_codes::OidbCode::TABLE.id(), "oidb");
    /// ```
    #[must_use]
    pub const fn id(&self) -> &'static str {
        self.id
    }

    /// A title for people: `QQ platform return codes`, or the first line of
    /// a custom table's doc comment.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(msdk_codes::QqPlatformCode::TABLE.title(), "QQ platform return codes");
    /// ```
    #[must_use]
    pub const fn title(&self) -> &'static str {
        self.title
    }

    /// Where the table comes from: a section of MSDK's documentation page, or
    /// a custom table's path.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(msdk_codes::GameCenterCode::TABLE.source().contains("III. QQ Game Center"));
    /// ```
    #[must_use]
    pub const fn source(&self) -> &'static str {
        self.source
    }

    /// The CSV file the enum was generated from, as the `msdk_codes!` call
    /// names it: `tables/qq_platform.csv` for the MSDK tables.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(msdk_codes::OidbCode::TABLE.file(), "tables/oidb.csv");
    /// ```
    #[must_use]
    pub const fn file(&self) -> &'static str {
        self.file
    }

    /// Whether the codes are bytes that messages carry in two forms: the
    /// table has `signed`/`unsigned` columns, `code()` is the byte (`116`,
    /// `0x74`) and `signed()` the signed form (`-140`).
    ///
    /// # Examples
    ///
    /// ```
    /// use msdk_codes::{OidbCode, AccessTokenCode};
    ///
    /// assert!(OidbCode::TABLE.has_byte_codes());
    /// assert!(!AccessTokenCode::TABLE.has_byte_codes());
    /// ```
    #[must_use]
    pub const fn has_byte_codes(&self) -> bool {
        self.byte_codes
    }

    /// Whether the table writes its codes in hex (`0x41`): then `Display`
    /// shows them in hex too.
    ///
    /// # Examples
    ///
    /// ```
    /// use msdk_codes::{AccessTokenCode, QqPlatformCode};
    ///
    /// assert!(AccessTokenCode::TABLE.is_hex());
    /// assert!(!QqPlatformCode::TABLE.is_hex());
    /// ```
    #[must_use]
    pub const fn is_hex(&self) -> bool {
        self.hex
    }
}

/// The error of a conversion into a table's enum: the number is not one of
/// the table's codes, or the text is neither a code nor a variant name.
///
/// # Examples
///
/// ```
/// use msdk_codes::QqPlatformCode;
///
/// let err = QqPlatformCode::try_from(-99).unwrap_err();
/// assert_eq!(err.code(), Some(-99));
/// assert_eq!(err.table().id(), "qq-platform");
/// assert_eq!(err.to_string(), "-99 is not a code of QQ platform return codes (qq-platform)");
///
/// let err = "Nope".parse::<QqPlatformCode>().unwrap_err();
/// assert_eq!(err.code(), None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UnknownCode {
    table: TableInfo,
    code: Option<i32>,
}

impl UnknownCode {
    pub(crate) const fn new(table: TableInfo, code: Option<i32>) -> Self {
        UnknownCode { table, code }
    }

    /// The table that was asked.
    #[must_use]
    pub const fn table(&self) -> TableInfo {
        self.table
    }

    /// The number that was not found, or `None` when the input was text that
    /// is neither a number nor a variant name.
    #[must_use]
    pub const fn code(&self) -> Option<i32> {
        self.code
    }
}

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.code {
            Some(code) => write!(
                f,
                "{code} is not a code of {} ({})",
                self.table.title, self.table.id
            ),
            None => write!(
                f,
                "neither a code nor a variant name of {} ({})",
                self.table.title, self.table.id
            ),
        }
    }
}

impl core::error::Error for UnknownCode {}
