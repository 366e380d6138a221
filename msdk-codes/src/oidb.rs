//! OIDB failures reported inside a message: `"oidb decode0x73a failed, ret: 17"`.
//!
//! MSDK's documentation says how to read them: find `ret`, and look it up in
//! the table of that OIDB command, else in the table of errors every OIDB
//! command returns.
//!
//! ```
//! let failure = msdk_codes::oidb::parse("oidb decode0x73a failed, ret: 17").unwrap();
//! assert_eq!(failure.command(), 0x73a);
//! assert_eq!(failure.ret(), 17);
//! assert_eq!(failure.code().unwrap().description(), "pay token has expired");
//! ```

use core::fmt;

use core::ops::Range;

use crate::code_text::{CodeText, find_word, integer_prefix, is_word_byte, ret_at, skip_spaces};
use crate::{AccessTokenCode, Code, OidbCode, PayTokenCode};

/// The OIDB command of the `PayToken` verification ([`PayTokenCode`]).
pub const PAY_TOKEN_COMMAND: u32 = 0x73a;
/// The OIDB command of the `accessToken` verification ([`AccessTokenCode`]).
pub const ACCESS_TOKEN_COMMAND: u32 = 0x711;

/// An OIDB failure found in a message: the command and its `ret`.
///
/// # Examples
///
/// ```
/// use msdk_codes::{oidb, Table};
///
/// let failure = oidb::parse(r#"{"ret":-1,"msg":"oidb decode 0x711 failed, ret:0x41"}"#).unwrap();
/// assert_eq!((failure.command(), failure.ret()), (0x711, 0x41));
/// assert_eq!(failure.code().unwrap().table(), Table::AccessToken);
/// assert_eq!(
///     failure.to_string(),
///     "OIDB command 0x711 failed with ret 65 (0x41): access token has expired [oidb-0x711]"
/// );
///
/// // MSDK's wiki quotes `ret:116`: the byte 0x74, whose signed form is -140.
/// let failure = oidb::parse("oidb decode0x5e1 failed, ret:116").unwrap();
/// assert_eq!(failure.ret(), 116);
/// assert_eq!(failure.code().unwrap().code(), 116);
/// assert!(failure.to_string().contains("ret 116 (0x74)"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct OidbFailure {
    command: u32,
    ret: i32,
}

impl OidbFailure {
    /// A failure of `command` with `ret`, as a message would report it.
    ///
    /// # Examples
    ///
    /// ```
    /// let failure = msdk_codes::oidb::OidbFailure::new(0x73a, 17);
    /// assert_eq!(Some(failure), msdk_codes::oidb::parse("oidb decode0x73a failed, ret: 17"));
    /// ```
    #[must_use]
    pub const fn new(command: u32, ret: i32) -> Self {
        OidbFailure { command, ret }
    }

    /// The OIDB command, `0x73a` in `decode0x73a`.
    #[must_use]
    pub const fn command(&self) -> u32 {
        self.command
    }

    /// The `ret` the command failed with, as the message writes it.
    #[must_use]
    pub const fn ret(&self) -> i32 {
        self.ret
    }

    /// What `ret` means: looked up in the command's own table first (0x73a:
    /// [`PayTokenCode`], 0x711: [`AccessTokenCode`]), then in the table every
    /// OIDB command shares ([`OidbCode`], where `255` and `-1` are both the
    /// byte 0xff). `None` when neither knows it.
    ///
    /// # Examples
    ///
    /// ```
    /// use msdk_codes::{oidb::OidbFailure, Table};
    ///
    /// assert_eq!(OidbFailure::new(0x73a, 17).code().unwrap().table(), Table::PayToken);
    /// assert_eq!(OidbFailure::new(0x73a, 255).code().unwrap().table(), Table::Oidb);
    /// assert_eq!(OidbFailure::new(0x123, -1).code().unwrap().table(), Table::Oidb);
    /// assert_eq!(OidbFailure::new(0x73a, 9999).code(), None);
    /// ```
    #[must_use]
    pub const fn code(&self) -> Option<Code> {
        let own = match self.command {
            PAY_TOKEN_COMMAND => match PayTokenCode::from_code(self.ret) {
                Some(code) => Some(Code::PayToken(code)),
                None => None,
            },
            ACCESS_TOKEN_COMMAND => match AccessTokenCode::from_code(self.ret) {
                Some(code) => Some(Code::AccessToken(code)),
                None => None,
            },
            _ => None,
        };
        match own {
            Some(code) => Some(code),
            None => match OidbCode::from_code(self.ret) {
                Some(code) => Some(Code::Oidb(code)),
                None => None,
            },
        }
    }
}

impl fmt::Display for OidbFailure {
    /// `OIDB command 0x73a failed with ret 17 (0x11): pay token has expired [oidb-0x73a]`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "OIDB command {:#x} failed with ret {}",
            self.command, self.ret
        )?;
        let code = self.code();
        // The byte, as the tables write it: `-1` is `0xff`.
        let hex = match code {
            Some(code) if code.table().info().is_hex() => Some(code.code()),
            _ => Some(self.ret).filter(|&ret| ret >= 0),
        };
        if let Some(hex) = hex {
            write!(f, " ({})", CodeText::new(hex, true))?;
        }
        match code {
            Some(code) => write!(f, ": {} [{}]", code.description(), code.table()),
            None => f.write_str(": unknown ret"),
        }
    }
}

/// Finds an OIDB failure in a message, in the form MSDK documents:
/// `oidb`, `decode`, the command in hex, `failed`, then a `ret` and a code
/// (`oidb decode0x73a failed, ret: 17`), in any case, with or without spaces
/// between the words. The failure may sit inside a longer text or a JSON
/// string; `ret` may be decimal, negative or hex, in either form of a byte
/// (`ret:116` and `ret: -140` are both the byte 0x74). Any other mention of
/// `decode` is no OIDB failure. The rules for a whole line, which this is
/// one of, are stated in the `text` module.
///
/// # Examples
///
/// ```
/// use msdk_codes::oidb::{parse, OidbFailure};
///
/// let expected = Some(OidbFailure::new(0x73a, 17));
/// assert_eq!(parse("oidb decode0x73a failed, ret: 17"), expected);
/// assert_eq!(parse("OIDB DECODE 0X73A FAILED, RET:0x11"), expected);
/// assert_eq!(parse(r#"{"ret":-1,"msg":"oidb decode0x73a failed, ret : 17"}"#), expected);
/// assert_eq!(parse("oidb decode0x711 failed, ret: -1").map(|f| f.ret()), Some(-1));
/// assert_eq!(parse("oidb decode failed"), None);
/// assert_eq!(parse("failed to decode 0x1f frame; ret=-2"), None);
/// assert_eq!(parse("oidb decode0x73a failed, ret: 1.5"), None);
/// assert_eq!(parse("ret: 17"), None);
/// ```
#[must_use]
pub fn parse(message: &str) -> Option<OidbFailure> {
    locate(message.as_bytes()).map(|(failure, _)| failure)
}

/// The OIDB failure in `bytes` and where it is, from `oidb` to the end of
/// its `ret`'s code.
pub(crate) fn locate(bytes: &[u8]) -> Option<(OidbFailure, Range<usize>)> {
    let mut from = 0;
    while let Some(at) = find_word(bytes, from, b"oidb") {
        from = at + 1;
        if let Some((failure, end)) = failure_at(bytes, at) {
            return Some((failure, at..end));
        }
    }
    None
}

/// The failure whose `oidb` is at `at`, and where it ends.
fn failure_at(bytes: &[u8], at: usize) -> Option<(OidbFailure, usize)> {
    if at > 0 && is_word_byte(bytes[at - 1]) {
        return None;
    }
    let mut cursor = word_at(bytes, skip_spaces(bytes, at + b"oidb".len()), b"decode")?;
    cursor = skip_spaces(bytes, cursor);
    let (command, len) = hex_command(&bytes[cursor..])?;
    cursor += len;
    let failed = skip_spaces(bytes, cursor);
    if failed == cursor {
        return None;
    }
    cursor = word_at(bytes, failed, b"failed")?;
    if bytes.get(cursor) == Some(&b',') {
        cursor += 1;
    }
    let (ret, end) = ret_at(bytes, skip_spaces(bytes, cursor))?;
    Some((OidbFailure { command, ret }, end))
}

/// Past `word` (any case) at `at`, if it is there.
fn word_at(bytes: &[u8], at: usize, word: &[u8]) -> Option<usize> {
    let found = bytes.get(at..at + word.len())?;
    found.eq_ignore_ascii_case(word).then_some(at + word.len())
}

/// A command: `0x` and hex digits, within u32, and its length.
fn hex_command(bytes: &[u8]) -> Option<(u32, usize)> {
    if !(bytes.len() > 2 && bytes[0] == b'0' && (bytes[1] | 0x20) == b'x') {
        return None;
    }
    let (value, len) = integer_prefix(bytes)?;
    Some((u32::try_from(value).ok()?, len))
}
