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
        if self.ret >= 0 {
            write!(f, " ({:#x})", self.ret)?;
        }
        match self.code() {
            Some(code) => write!(f, ": {} [{}]", code.description(), code.table()),
            None => f.write_str(": unknown ret"),
        }
    }
}

/// Finds an OIDB failure in a message: `decode`, the command in hex, then
/// `ret`, a colon (or `=`) and a number, with or without spaces between them.
/// The failure may sit inside a longer text or a JSON string; `ret` may be
/// decimal, negative or hex; hex digits may be upper case. Anything else is
/// `None`.
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
    let bytes = message.as_bytes();
    let mut from = 0;
    while let Some(at) = find_word(bytes, from, b"decode") {
        from = at + b"decode".len();
        let mut cursor = Cursor { bytes, at: from };
        cursor.skip_spaces();
        let Some(command) = cursor.hex_u32() else {
            continue;
        };
        // A later command could only see a subset of the same `ret`s, so the
        // first command decides: this keeps the parse linear in the message.
        return find_ret(bytes, cursor.at).map(|ret| OidbFailure { command, ret });
    }
    None
}

/// The first `ret: N` at or after `from`.
fn find_ret(bytes: &[u8], mut from: usize) -> Option<i32> {
    while let Some(at) = find_word(bytes, from, b"ret") {
        from = at + b"ret".len();
        let preceded_by_letter = at > 0 && is_word_byte(bytes[at - 1]);
        if preceded_by_letter {
            continue;
        }
        let mut cursor = Cursor { bytes, at: from };
        cursor.skip_spaces();
        if !(cursor.eat(b':') || cursor.eat(b'=')) {
            continue;
        }
        cursor.skip_spaces();
        if let Some(ret) = cursor.integer() {
            return Some(ret);
        }
    }
    None
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

struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn eat(&mut self, byte: u8) -> bool {
        let matched = self.peek() == Some(byte);
        if matched {
            self.at += 1;
        }
        matched
    }

    fn skip_spaces(&mut self) {
        while self.peek().is_some_and(|b| b == b' ' || b == b'\t') {
            self.at += 1;
        }
    }

    /// `0x` and hex digits, within u32, not followed by another word byte.
    fn hex_u32(&mut self) -> Option<u32> {
        let start = self.at;
        if !(self.eat(b'0') && (self.eat(b'x') || self.eat(b'X'))) {
            self.at = start;
            return None;
        }
        let value = self.digits(16).and_then(|v| u32::try_from(v).ok());
        if value.is_none() {
            self.at = start;
        }
        value
    }

    /// A decimal or `0x` hex integer with an optional `-`, within i32.
    fn integer(&mut self) -> Option<i32> {
        let start = self.at;
        let negative = self.eat(b'-');
        let hex_start = self.at;
        let radix = if self.eat(b'0') && (self.eat(b'x') || self.eat(b'X')) {
            16
        } else {
            self.at = hex_start;
            10
        };
        let value = self
            .digits(radix)
            .and_then(|v| i32::try_from(if negative { -v } else { v }).ok());
        if value.is_none() {
            self.at = start;
        }
        value
    }

    /// One or more digits in `radix`, with no word byte right after them.
    fn digits(&mut self, radix: u32) -> Option<i64> {
        let start = self.at;
        let mut value: i64 = 0;
        while let Some(digit) = self.peek().and_then(|b| char::from(b).to_digit(radix)) {
            value = value
                .checked_mul(i64::from(radix))?
                .checked_add(i64::from(digit))?;
            if value > i64::from(u32::MAX) {
                return None;
            }
            self.at += 1;
        }
        let ends_cleanly = !self.peek().is_some_and(is_word_byte);
        (self.at > start && ends_cleanly).then_some(value)
    }
}
