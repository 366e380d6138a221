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

use crate::code_text::{CodeText, integer_prefix};
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
    /// assert_eq!(Some(failure), msdk_codes::oidb::parse("decode0x73a failed, ret: 17"));
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

/// Finds an OIDB failure in a message: `decode`, the command in hex, then
/// `ret`, a colon (or `=`) and a number, with or without spaces between them.
/// The failure may sit inside a longer text or a JSON string; `ret` may be
/// decimal, negative or hex, in either form of a byte (`ret:116` and
/// `ret: -140` are both the byte 0x74); hex digits may be upper case.
/// Anything else is `None`.
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
/// assert_eq!(parse("ret: 17"), None);
/// ```
#[must_use]
pub fn parse(message: &str) -> Option<OidbFailure> {
    locate(message.as_bytes()).map(|(failure, _)| failure)
}

/// The OIDB failure in `message` and where it is, from `decode` to the end
/// of its `ret`: what the command-line tool needs to tell it from a
/// response's own `ret`.
#[doc(hidden)]
#[must_use]
pub fn locate(bytes: &[u8]) -> Option<(OidbFailure, core::ops::Range<usize>)> {
    let mut from = 0;
    while let Some(at) = find_word(bytes, from, b"decode") {
        from = at + b"decode".len();
        let command_at = skip_spaces(bytes, from);
        let Some(command) = hex_command(&bytes[command_at..]) else {
            continue;
        };
        // A later command could only see a subset of the same `ret`s, so the
        // first command decides: this keeps the parse linear in the message.
        return find_ret(bytes, command_at)
            .map(|(ret, span)| (OidbFailure { command, ret }, at..span.end));
    }
    None
}

/// The first `ret: N` (or `ret=N`, `"ret": N`) at or after `from`, not part
/// of a longer word (`secret: 5` is no `ret`), and where it is, from `ret`
/// to the end of the number.
#[doc(hidden)]
#[must_use]
pub fn find_ret(bytes: &[u8], mut from: usize) -> Option<(i32, core::ops::Range<usize>)> {
    while let Some(at) = find_word(bytes, from, b"ret") {
        from = at + b"ret".len();
        let preceded_by_letter = at > 0 && is_word_byte(bytes[at - 1]);
        if preceded_by_letter {
            continue;
        }
        let mut cursor = skip_spaces(bytes, from);
        // `"ret": -21` in JSON: the key's closing quote.
        if bytes.get(cursor) == Some(&b'"') {
            cursor = skip_spaces(bytes, cursor + 1);
        }
        if !matches!(bytes.get(cursor), Some(b':' | b'=')) {
            continue;
        }
        let number = skip_spaces(bytes, cursor + 1);
        if let Some((ret, len)) = integer_prefix(&bytes[number..]) {
            if let Ok(ret) = i32::try_from(ret) {
                return Some((ret, at..number + len));
            }
        }
    }
    None
}

/// A command: `0x` and hex digits, within u32.
fn hex_command(bytes: &[u8]) -> Option<u32> {
    if !(bytes.len() > 2 && bytes[0] == b'0' && (bytes[1] | 0x20) == b'x') {
        return None;
    }
    let (value, _) = integer_prefix(bytes)?;
    u32::try_from(value).ok()
}

fn skip_spaces(bytes: &[u8], mut at: usize) -> usize {
    while bytes.get(at).is_some_and(|&b| b == b' ' || b == b'\t') {
        at += 1;
    }
    at
}

/// The index of the next case-insensitive occurrence of `word` at or after
/// `from`.
fn find_word(bytes: &[u8], from: usize, word: &[u8]) -> Option<usize> {
    let tail = bytes.get(from..)?;
    tail.windows(word.len())
        .position(|window| window.eq_ignore_ascii_case(word))
        .map(|at| from + at)
}

fn is_word_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}
