use core::fmt;

/// The primary remedy for a code: what the caller should do next.
///
/// Every row of every table carries one; the tables' README gives the rules
/// by which the MSDK rows were classified.
///
/// # Examples
///
/// ```
/// use msdk_codes::{Action, QqPlatformCode};
///
/// let action = QqPlatformCode::from_code(100014).unwrap().action();
/// assert_eq!(action, Action::Reauthorize);
/// assert!(action.needs_reauthorization());
/// assert!(!action.is_retryable());
/// assert_eq!(action.to_string(), "reauthorize");
/// assert_eq!("reauthorize".parse(), Ok(Action::Reauthorize));
/// ```
///
/// With the `serde` feature it serializes as its word and deserializes from
/// one.
// `UserAction` is the vocabulary's `user_action`, not a stutter.
#[allow(clippy::enum_variant_names)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Action {
    /// Success: nothing to do.
    Success,
    /// A transient failure: try again, with backoff.
    Retry,
    /// The user's login or token is no longer valid: log in again.
    Reauthorize,
    /// The access token expired: get a new one with the refresh token
    /// (WeChat), and log in again only if that fails.
    RefreshToken,
    /// The request itself is wrong: its parameters, format or protocol.
    FixRequest,
    /// A frequency limit was hit: slow down, then try again.
    SlowDown,
    /// The app's registration, permissions, keys or IP allow-list need fixing.
    FixAppConfig,
    /// The player must do something: install QQ, change group, use another account.
    UserAction,
    /// Only Tencent/MSDK support can help.
    ContactSupport,
    /// The table does not say: a row of a custom table whose `action` cell is
    /// empty. Never taken for success.
    Unclassified,
}

impl Action {
    /// Every action, in declaration order: the order of the generator's
    /// vocabulary, which the generated code indexes.
    pub const ALL: [Action; 10] = [
        Action::Success,
        Action::Retry,
        Action::Reauthorize,
        Action::RefreshToken,
        Action::FixRequest,
        Action::SlowDown,
        Action::FixAppConfig,
        Action::UserAction,
        Action::ContactSupport,
        Action::Unclassified,
    ];

    /// The word the tables' `action` column uses: `success`, `retry`,
    /// `reauthorize`, `refresh_token`, `fix_request`, `slow_down`, `fix_app_config`,
    /// `user_action`, `contact_support` or `unclassified`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(msdk_codes::Action::SlowDown.as_str(), "slow_down");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Action::Success => "success",
            Action::Retry => "retry",
            Action::Reauthorize => "reauthorize",
            Action::RefreshToken => "refresh_token",
            Action::FixRequest => "fix_request",
            Action::SlowDown => "slow_down",
            Action::FixAppConfig => "fix_app_config",
            Action::UserAction => "user_action",
            Action::ContactSupport => "contact_support",
            Action::Unclassified => "unclassified",
        }
    }

    /// The action for a word of the tables' `action` column, if it is one.
    ///
    /// # Examples
    ///
    /// ```
    /// use msdk_codes::Action;
    ///
    /// assert_eq!(Action::from_word("retry"), Some(Action::Retry));
    /// assert_eq!(Action::from_word("Retry"), None);
    /// ```
    #[must_use]
    pub fn from_word(word: &str) -> Option<Action> {
        Action::ALL
            .into_iter()
            .find(|action| action.as_str() == word)
    }

    /// Whether trying the same request again later can succeed: `Retry` and
    /// `SlowDown` (after backing off).
    ///
    /// # Examples
    ///
    /// ```
    /// use msdk_codes::Action;
    ///
    /// assert!(Action::Retry.is_retryable());
    /// assert!(Action::SlowDown.is_retryable());
    /// assert!(!Action::FixRequest.is_retryable());
    /// ```
    #[must_use]
    pub const fn is_retryable(self) -> bool {
        matches!(self, Action::Retry | Action::SlowDown)
    }

    /// Whether the user must log in (authorize) again.
    ///
    /// # Examples
    ///
    /// ```
    /// use msdk_codes::Action;
    ///
    /// assert!(Action::Reauthorize.needs_reauthorization());
    /// assert!(!Action::Retry.needs_reauthorization());
    /// ```
    #[must_use]
    pub const fn needs_reauthorization(self) -> bool {
        matches!(self, Action::Reauthorize)
    }
}

impl fmt::Display for Action {
    /// The word of the tables' `action` column.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl core::str::FromStr for Action {
    type Err = crate::ParseError;

    /// The word of the tables' `action` column.
    fn from_str(word: &str) -> Result<Action, Self::Err> {
        Action::from_word(word).ok_or(crate::ParseError::new(crate::parse_error::Kind::Action))
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Action {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Action {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Action, D::Error> {
        crate::parse_error::deserialize_str(deserializer)
    }
}
