use core::fmt;

use crate::{Action, CodeEnum};

/// A `ret` field as a response carries it: a code of table `T`, or the raw
/// number when the table does not know it. Put it in your response structs
/// where a `T` would make a new code fail the whole response.
///
/// `ret == 0` is success for every MSDK API, whether the table lists `0` or
/// not. With the `serde` feature, any `i32` deserializes, and serializes back
/// unchanged.
///
/// # Examples
///
/// ```
/// use msdk_codes::{qq_platform_code, Action, QqPlatformCode, Ret};
///
/// let ret: Ret<QqPlatformCode> = Ret::from(-21);
/// assert_eq!(ret, QqPlatformCode::AccessTokenDeprecated);
/// assert_eq!(ret.code(), -21);
/// assert_eq!(ret.action(), Some(Action::Reauthorize));
/// match ret.known() {
///     Some(qq_platform_code!(-21 | 100014)) => { /* log in again */ }
///     Some(code) => println!("{code}"),
///     None => println!("new code {ret}"),
/// }
///
/// // The QQ platform table does not list 0, yet 0 is success.
/// let ret: Ret<QqPlatformCode> = Ret::from(0);
/// assert!(ret.is_success());
/// assert_eq!(ret.known(), None);
/// assert_eq!(ret.action(), Some(Action::Success));
/// assert_eq!(ret.to_string(), "0: success");
///
/// let ret: Ret<QqPlatformCode> = Ret::from(424242);
/// assert_eq!(ret.known(), None);
/// assert_eq!(ret.to_string(), "424242: not a code of QQ platform return codes (qq-platform)");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Ret<T> {
    code: i32,
    known: Option<T>,
}

impl<T: CodeEnum> Ret<T> {
    /// `code`, named by `T` when `T` knows it.
    #[must_use]
    pub fn new(code: i32) -> Self {
        Ret {
            code,
            known: T::from_code(code),
        }
    }

    /// The number as it came.
    #[must_use]
    pub const fn code(&self) -> i32 {
        self.code
    }

    /// The table's value for the number, if the table knows it.
    #[must_use]
    pub const fn known(&self) -> Option<T> {
        self.known
    }

    /// Whether the number is `0`, MSDK's success.
    #[must_use]
    pub const fn is_success(&self) -> bool {
        self.code == 0
    }

    /// What to do next: [`Action::Success`] for `0`, the table's action for a
    /// code it knows, `None` for a code it does not.
    #[must_use]
    pub fn action(&self) -> Option<Action> {
        if self.is_success() {
            Some(Action::Success)
        } else {
            self.known.map(T::action)
        }
    }
}

impl<T: CodeEnum> From<i32> for Ret<T> {
    fn from(code: i32) -> Self {
        Ret::new(code)
    }
}

impl<T: CodeEnum> From<T> for Ret<T> {
    fn from(known: T) -> Self {
        Ret {
            code: known.code(),
            known: Some(known),
        }
    }
}

impl<T: CodeEnum> From<Ret<T>> for i32 {
    fn from(ret: Ret<T>) -> i32 {
        ret.code
    }
}

impl<T: CodeEnum> PartialEq<T> for Ret<T> {
    fn eq(&self, other: &T) -> bool {
        self.known == Some(*other)
    }
}

impl<T: CodeEnum> fmt::Display for Ret<T> {
    /// The known code's line (`-21: access_token has been deprecated`);
    /// `0: success` for a `0` the table does not list, as [`Outcome`]
    /// writes it; else the number and the table that does not know it
    /// (`424242: not a code of QQ platform return codes (qq-platform)`).
    ///
    /// [`Outcome`]: crate::Outcome
    ///
    /// # Examples
    ///
    /// ```
    /// use msdk_codes::{GameCenterCode, QqPlatformCode, Ret};
    ///
    /// assert_eq!(Ret::<QqPlatformCode>::from(0).to_string(), "0: success");
    /// // The Game Center table lists 0: its row's line.
    /// assert_eq!(Ret::<GameCenterCode>::from(0).to_string(), "0: Success");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.known {
            Some(known) => fmt::Display::fmt(&known, f),
            None if self.is_success() => f.write_str("0: success"),
            None => write!(
                f,
                "{}: not a code of {} ({})",
                self.code,
                T::TABLE.title(),
                T::TABLE.id()
            ),
        }
    }
}

#[cfg(feature = "serde")]
impl<T: CodeEnum> serde::Serialize for Ret<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i32(self.code)
    }
}

#[cfg(feature = "serde")]
impl<'de, T: CodeEnum> serde::Deserialize<'de> for Ret<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        i32::deserialize(deserializer).map(Ret::new)
    }
}
