use core::fmt;

use crate::oidb::{self, OidbFailure};
use crate::{Action, Code, Table};

/// One MSDK response explained: its `ret` in the API's table, an OIDB failure
/// reported in its `msg`, or a `ret` the table does not know.
///
/// # Examples
///
/// ```
/// use msdk_codes::{Action, Outcome, Table};
///
/// let outcome = Outcome::of(Table::QqPlatform, -21, "access token expired");
/// assert_eq!(outcome.action(), Some(Action::Reauthorize));
/// assert_eq!(outcome.to_string(), "-21: access_token has been deprecated [qq-platform]");
///
/// let outcome = Outcome::of(Table::QqPlatform, -1, "oidb decode0x73a failed, ret: 17");
/// assert_eq!(outcome.code().unwrap().description(), "pay token has expired");
///
/// let outcome = Outcome::of(Table::GameCenter, 0, "ok");
/// assert!(outcome.is_success());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// `ret` is a code of the API's table (success included).
    Code(Code),
    /// `msg` reports an OIDB failure; it explains the response better than `ret`.
    Oidb(OidbFailure),
    /// Neither the table nor the message explains `ret`.
    Unknown {
        /// The API's table.
        table: Table,
        /// The raw `ret`.
        ret: i32,
    },
}

impl Outcome {
    /// Explains a response of an API whose codes are in `table`, from its
    /// `ret` and `msg`:
    ///
    /// 1. `ret` that the table calls success (`action()` is `None`) is
    ///    [`Outcome::Code`], whatever `msg` says;
    /// 2. else an OIDB failure in `msg` ([`oidb::parse`]) is
    ///    [`Outcome::Oidb`];
    /// 3. else `ret` known in the table is [`Outcome::Code`];
    /// 4. else [`Outcome::Unknown`], which keeps `ret`.
    ///
    /// Success is what the table says it is: the Game Center table and the
    /// OIDB command tables have a row for `0`, but the QQ platform and QQ
    /// group tables do not, so for their APIs check `ret == 0` yourself
    /// before calling this (as `examples/handle_response.rs` does).
    ///
    /// # Examples
    ///
    /// ```
    /// use msdk_codes::{Outcome, Table};
    ///
    /// assert!(matches!(Outcome::of(Table::QqGroup, 221008, ""), Outcome::Code(_)));
    /// assert!(matches!(
    ///     Outcome::of(Table::QqGroup, 1, "oidb decode0x711 failed, ret: 0x41"),
    ///     Outcome::Oidb(_)
    /// ));
    /// assert_eq!(
    ///     Outcome::of(Table::QqGroup, 42, "?"),
    ///     Outcome::Unknown { table: Table::QqGroup, ret: 42 }
    /// );
    /// ```
    #[must_use]
    pub fn of(table: Table, ret: i32, msg: &str) -> Outcome {
        let code = table.lookup(ret);
        if let Some(code) = code.filter(|code| code.action() == Action::None) {
            return Outcome::Code(code);
        }
        if let Some(failure) = oidb::parse(msg) {
            return Outcome::Oidb(failure);
        }
        match code {
            Some(code) => Outcome::Code(code),
            None => Outcome::Unknown { table, ret },
        }
    }

    /// The code that explains the response: the table's, or the OIDB
    /// failure's if its tables know it.
    #[must_use]
    pub fn code(&self) -> Option<Code> {
        match self {
            Outcome::Code(code) => Some(*code),
            Outcome::Oidb(failure) => failure.code(),
            Outcome::Unknown { .. } => None,
        }
    }

    /// What to do next; `None` when nothing explains the response.
    ///
    /// # Examples
    ///
    /// ```
    /// use msdk_codes::{Action, Outcome, Table};
    ///
    /// let outcome = Outcome::of(Table::GameCenter, -4009, "");
    /// assert_eq!(outcome.action(), Some(Action::SlowDown));
    /// assert_eq!(Outcome::of(Table::GameCenter, 42, "").action(), None);
    /// ```
    #[must_use]
    pub fn action(&self) -> Option<Action> {
        self.code().map(Code::action)
    }

    /// Whether the response is a success: its table says so.
    #[must_use]
    pub fn is_success(&self) -> bool {
        matches!(self, Outcome::Code(code) if code.action() == Action::None)
    }
}

impl fmt::Display for Outcome {
    /// The code's line (`-21: access_token has been deprecated [qq-platform]`),
    /// the OIDB failure's, or `unknown ret 42 [qq-group]`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Outcome::Code(code) => fmt::Display::fmt(code, f),
            Outcome::Oidb(failure) => fmt::Display::fmt(failure, f),
            Outcome::Unknown { table, ret } => write!(f, "unknown ret {ret} [{table}]"),
        }
    }
}
