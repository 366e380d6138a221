use core::fmt;

use crate::oidb::{self, OidbFailure};
use crate::{Action, BuiltinCode, Code, Ret, Table};

/// One MSDK response explained from its `ret` and `msg`, losing nothing it
/// was told: the `ret` and what its table says of it, and the OIDB failure
/// the `msg` reports, if any.
///
/// The rules, one example each:
///
/// 1. `ret == 0` is success, for every table (MSDK answers `0` on success
///    at every layer, though not every table lists it).
/// 2. [`code`](Outcome::code) is `ret` in the API's table, when the table
///    knows it; [`oidb`](Outcome::oidb) is the OIDB failure in `msg`, when
///    there is one. Both are kept, whatever the other says.
/// 3. [`cause`](Outcome::cause), and so [`action`](Outcome::action), is the
///    most specific known explanation of a failure: the OIDB row when its
///    tables know the OIDB `ret` (and it is not itself a success), else
///    `ret`'s row.
///
/// [`Outcome::new`] makes one from a response's [`Ret`] and `msg`, whose
/// type names the table; [`Outcome::of`] takes the table as a value, for a
/// table chosen at run time.
///
/// ```
/// use msdk_codes::{Action, Outcome, QqPlatformCode, Ret, Table};
///
/// // 1. Success, whether or not the table lists 0.
/// let ret: Ret<QqPlatformCode> = Ret::from(0);
/// let ok = Outcome::new(ret, "ok");
/// assert!(ok.is_success());
/// assert_eq!(ok.action(), Some(Action::Success));
/// assert_eq!(ok.table(), Table::QqPlatform);
///
/// // 2. An OIDB failure whose ret no table knows keeps the known -21.
/// let outcome = Outcome::of(Table::QqPlatform, -21, "oidb decode0x73a failed, ret: 1000");
/// assert_eq!(outcome.code().unwrap().name(), "AccessTokenDeprecated");
/// assert_eq!(outcome.oidb().unwrap().ret(), 1000);
/// assert_eq!(outcome.action(), Some(Action::Reauthorize));
///
/// // 3. A known OIDB failure is more specific than `ret`.
/// let outcome = Outcome::of(Table::QqPlatform, -1, "oidb decode0x73a failed, ret: 17");
/// assert_eq!(outcome.cause().unwrap().description(), "pay token has expired");
/// assert_eq!(outcome.action(), Some(Action::Reauthorize));
/// assert!(!outcome.is_success());
/// ```
///
/// With the `serde` feature it serializes to one flat JSON object a log
/// pipeline can index: `table`, `ret`, `success`, `name` (of `ret`'s row),
/// `action`, and `oidb_command`, `oidb_ret`, `oidb_table`, `oidb_name` when
/// `msg` had an OIDB failure.
///
/// # Tables of your own
///
/// An enum that [`msdk_codes!`](crate::msdk_codes!) generates from a CSV
/// file of yours makes no `Outcome`: an `Outcome`'s [`Code`] and its serde
/// output name one of the six MSDK tables. [`Ret<T>`](Ret) has what a
/// response of your own needs: [`is_success`](Ret::is_success),
/// [`action`](Ret::action), [`known`](Ret::known) and its `Display`; and
/// [`oidb::parse`] finds an OIDB failure in its `msg`.
///
/// ```
/// msdk_codes::msdk_codes! {
///     /// Codes returned by our shop service.
///     enum ShopCode => "doc/shop.csv";
/// }
///
/// use msdk_codes::{Action, Ret};
///
/// let ret: Ret<ShopCode> = Ret::from(1001);
/// assert!(!ret.is_success());
/// assert_eq!(ret.action(), Some(Action::UserAction));
/// assert_eq!(ret.to_string(), "1001: The item is sold out");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Outcome {
    table: Table,
    ret: i32,
    code: Option<Code>,
    oidb: Option<OidbFailure>,
}

impl Outcome {
    /// Explains a response from its `ret` and `msg`: `ret`'s type names the
    /// API's table, so the table cannot be the wrong one.
    ///
    /// `T` is one of the six MSDK enums ([`BuiltinCode`]); tables of your
    /// own make no `Outcome` (see
    /// [Tables of your own](Outcome#tables-of-your-own)).
    ///
    /// # Examples
    ///
    /// ```
    /// use msdk_codes::{Action, Outcome, QqGroupCode, Ret, Table};
    ///
    /// let ret: Ret<QqGroupCode> = Ret::from(221008);
    /// let outcome = Outcome::new(ret, "");
    /// assert_eq!(outcome.table(), Table::QqGroup);
    /// assert_eq!(outcome.action(), Some(Action::FixAppConfig));
    /// assert_eq!(outcome, Outcome::of(Table::QqGroup, 221008, ""));
    ///
    /// // A code the table does not know keeps its table.
    /// let outcome = Outcome::new(Ret::<QqGroupCode>::from(42), "?");
    /// assert_eq!(outcome.to_string(), "unknown ret 42 [qq-group]");
    /// ```
    #[must_use]
    pub fn new<T: BuiltinCode>(ret: Ret<T>, msg: &str) -> Outcome {
        let (table, code) = (T::CATALOG_TABLE, ret.known().map(Into::into));
        Outcome {
            table,
            ret: ret.code(),
            code,
            oidb: oidb::parse(msg),
        }
    }

    /// Explains a response of an API whose codes are in `table`, from its
    /// `ret` and `msg`: for a table chosen at run time. When the table is
    /// known at compile time, [`Outcome::new`] takes it from the [`Ret`].
    ///
    /// # Examples
    ///
    /// ```
    /// use msdk_codes::{Outcome, Table};
    ///
    /// let outcome = Outcome::of(Table::QqGroup, 221008, "");
    /// assert_eq!(outcome.code().map(|code| code.code()), Some(221008));
    /// assert_eq!(outcome.oidb(), None);
    ///
    /// let outcome = Outcome::of(Table::QqGroup, 42, "?");
    /// assert_eq!((outcome.ret(), outcome.code(), outcome.action()), (42, None, None));
    /// ```
    #[must_use]
    pub fn of(table: Table, ret: i32, msg: &str) -> Outcome {
        Outcome {
            table,
            ret,
            code: table.lookup(ret),
            oidb: oidb::parse(msg),
        }
    }

    /// The API's table.
    #[must_use]
    pub const fn table(&self) -> Table {
        self.table
    }

    /// The `ret` as the response gave it.
    #[must_use]
    pub const fn ret(&self) -> i32 {
        self.ret
    }

    /// `ret` in the API's table, when the table knows it.
    #[must_use]
    pub const fn code(&self) -> Option<Code> {
        self.code
    }

    /// The OIDB failure `msg` reports, if any, whether or not its tables
    /// know its `ret`.
    #[must_use]
    pub const fn oidb(&self) -> Option<OidbFailure> {
        self.oidb
    }

    /// Whether the response is a success: `ret == 0`.
    #[must_use]
    pub const fn is_success(&self) -> bool {
        self.ret == 0
    }

    /// The most specific known code behind a failure: the OIDB failure's,
    /// when its tables know it and it is not a success, else `ret`'s. `None`
    /// for a success, or when nothing known explains the response.
    #[must_use]
    pub fn cause(&self) -> Option<Code> {
        if self.is_success() {
            return None;
        }
        let oidb = self.oidb.and_then(|failure| failure.code());
        oidb.filter(|code| code.action() != Action::Success)
            .or(self.code)
    }

    /// What to do next: [`Action::Success`] for a success, else the
    /// [`cause`](Outcome::cause)'s action; `None` when nothing known explains
    /// the response.
    ///
    /// # Examples
    ///
    /// ```
    /// use msdk_codes::{Action, Outcome, Table};
    ///
    /// let outcome = Outcome::of(Table::GameCenter, -4009, "");
    /// assert_eq!(outcome.action(), Some(Action::SlowDown));
    /// // An OIDB success inside a failed response is no success.
    /// let outcome = Outcome::of(Table::QqPlatform, -21, "oidb decode0x73a failed, ret: 0");
    /// assert_eq!(outcome.action(), Some(Action::Reauthorize));
    /// assert_eq!(Outcome::of(Table::GameCenter, 42, "").action(), None);
    /// ```
    #[must_use]
    pub fn action(&self) -> Option<Action> {
        if self.is_success() {
            Some(Action::Success)
        } else {
            self.cause().map(Code::action)
        }
    }
}

impl fmt::Display for Outcome {
    /// `ret`'s line (`-21: access_token has been deprecated [qq-platform]`,
    /// `0: success [qq-platform]`, `unknown ret 42 [qq-group]`), then the
    /// OIDB failure's after `; `, if there is one.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.code {
            Some(code) => fmt::Display::fmt(&code, f)?,
            None if self.is_success() => write!(f, "0: success [{}]", self.table)?,
            None => write!(f, "unknown ret {} [{}]", self.ret, self.table)?,
        }
        if let Some(failure) = self.oidb {
            write!(f, "; {failure}")?;
        }
        Ok(())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Outcome {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("table", &self.table)?;
        map.serialize_entry("ret", &self.ret)?;
        map.serialize_entry("success", &self.is_success())?;
        map.serialize_entry("name", &self.code.map(Code::name))?;
        map.serialize_entry("action", &self.action())?;
        if let Some(failure) = self.oidb {
            map.serialize_entry("oidb_command", &format_args!("{:#x}", failure.command()))?;
            map.serialize_entry("oidb_ret", &failure.ret())?;
            let code = failure.code();
            map.serialize_entry("oidb_table", &code.map(Code::table))?;
            map.serialize_entry("oidb_name", &code.map(Code::name))?;
        }
        map.end()
    }
}
