//! Codes as text: the one integer grammar of the runtime crate (codes,
//! `ret`s, OIDB commands), the `ret` key, and a code written as its table
//! writes it. The rules for a whole line are stated once, in the `text`
//! module, which builds on these.

use core::fmt;
use core::ops::Range;

/// An integer at the start of `bytes`: decimal or `0x` hex, with an
/// optional sign, of magnitude up to `u32::MAX`. Returns the value and how
/// many bytes it took; `None` when no integer starts there or it is larger.
/// Digits may not run on into letters (`12a` is no integer). The one
/// integer grammar of the runtime crate: codes, `ret`s, OIDB commands.
#[must_use]
pub(crate) fn integer_prefix(bytes: &[u8]) -> Option<(i64, usize)> {
    let mut at = 0;
    let negative = match bytes.first() {
        Some(b'-') => {
            at = 1;
            true
        }
        Some(b'+') => {
            at = 1;
            false
        }
        _ => false,
    };
    let radix: i64 = if bytes.len() > at + 1 && bytes[at] == b'0' && (bytes[at + 1] | 0x20) == b'x'
    {
        at += 2;
        16
    } else {
        10
    };
    let start = at;
    let mut magnitude: i64 = 0;
    while let Some(&byte) = bytes.get(at) {
        let digit = match byte {
            b'0'..=b'9' => i64::from(byte - b'0'),
            b'a'..=b'f' if radix == 16 => i64::from(byte - b'a' + 10),
            b'A'..=b'F' if radix == 16 => i64::from(byte - b'A' + 10),
            _ => break,
        };
        magnitude = magnitude * radix + digit;
        if magnitude > i64::from(u32::MAX) {
            return None;
        }
        at += 1;
    }
    let runs_on = bytes
        .get(at)
        .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'_');
    if at == start || runs_on {
        return None;
    }
    Some((if negative { -magnitude } else { magnitude }, at))
}

/// A code standing alone at the start of `bytes`: an integer (see
/// [`integer_prefix`]) within i32 that no `.` and digit continue (`1.5s`
/// and `-21.5` are no codes), and how many bytes it took.
pub(crate) fn standalone_code(bytes: &[u8]) -> Option<(i32, usize)> {
    let (value, len) = integer_prefix(bytes)?;
    let decimal_point =
        bytes.get(len) == Some(&b'.') && bytes.get(len + 1).is_some_and(u8::is_ascii_digit);
    if decimal_point {
        return None;
    }
    Some((i32::try_from(value).ok()?, len))
}

/// The `ret` key at `at` and the code it gives, and where the code ends:
/// `ret` in any case, not part of a longer word (`secret`, `retry`,
/// `ret_code` are not it), an optional closing quote, `:` or `=` with
/// optional spaces around it, an optional opening quote, and a code
/// standing alone.
pub(crate) fn ret_at(bytes: &[u8], at: usize) -> Option<(i32, usize)> {
    let key = bytes.get(at..at + 3)?;
    let bounded = (at == 0 || !is_word_byte(bytes[at - 1]))
        && !bytes.get(at + 3).copied().is_some_and(is_word_byte);
    if !key.eq_ignore_ascii_case(b"ret") || !bounded {
        return None;
    }
    let mut cursor = at + 3;
    if matches!(bytes.get(cursor), Some(b'"' | b'\'')) {
        cursor += 1;
    }
    cursor = skip_spaces(bytes, cursor);
    if !matches!(bytes.get(cursor), Some(b':' | b'=')) {
        return None;
    }
    let mut number = skip_spaces(bytes, cursor + 1);
    if matches!(bytes.get(number), Some(b'"' | b'\'')) {
        number += 1;
    }
    let (code, len) = standalone_code(&bytes[number..])?;
    Some((code, number + len))
}

/// The first `ret` key at or after `from` that gives a code (see
/// [`ret_at`]), the code, and where the key and code are.
pub(crate) fn find_ret(bytes: &[u8], mut from: usize) -> Option<(i32, Range<usize>)> {
    while let Some(at) = find_word(bytes, from, b"ret") {
        from = at + 1;
        if let Some((code, end)) = ret_at(bytes, at) {
            return Some((code, at..end));
        }
    }
    None
}

pub(crate) fn skip_spaces(bytes: &[u8], mut at: usize) -> usize {
    while bytes.get(at).is_some_and(|&b| b == b' ' || b == b'\t') {
        at += 1;
    }
    at
}

/// The index of the next case-insensitive occurrence of `word` at or after
/// `from`.
pub(crate) fn find_word(bytes: &[u8], mut from: usize, word: &[u8]) -> Option<usize> {
    let &first = word.first()?;
    while let Some(at) = find_letter(bytes, from, first) {
        if bytes.get(at..at + word.len())?.eq_ignore_ascii_case(word) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// The index of the next byte at or after `from` that is `letter` once
/// bit 0x20 is set in both: for an ASCII letter, the letter in either case
/// (`find_word` checks the whole word after). Eight bytes at a time while
/// none of them can be it.
fn find_letter(bytes: &[u8], from: usize, letter: u8) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    // A letter and its other case differ only in bit 0x20.
    let lower = letter | 0x20;
    let pattern = ONES * u64::from(lower);
    let mut at = from;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let mut eight = [0; 8];
        eight.copy_from_slice(chunk);
        let differ = (u64::from_ne_bytes(eight) | (ONES * 0x20)) ^ pattern;
        // Some byte of `differ` may be zero: look byte by byte.
        if differ.wrapping_sub(ONES) & !differ & HIGH != 0 {
            break;
        }
        at += 8;
    }
    let tail = bytes.get(at..)?;
    tail.iter()
        .position(|&byte| byte | 0x20 == lower)
        .map(|found| at + found)
}

pub(crate) fn is_word_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}

/// A code in decimal or `0x` hex with an optional sign (`-21`, `0x47`,
/// `-0x10`, `+5`), within i32; anything else is `None`. The grammar the
/// generated enums' `FromStr` reads codes with.
///
/// # Examples
///
/// ```
/// use msdk_codes::parse_code;
///
/// assert_eq!(parse_code("-21"), Some(-21));
/// assert_eq!(parse_code("-0x10"), Some(-16));
/// assert_eq!(parse_code("1.5"), None);
/// assert_eq!(parse_code("2147483648"), None);
/// ```
#[must_use]
pub fn parse_code(text: &str) -> Option<i32> {
    match integer_prefix(text.as_bytes()) {
        Some((code, len)) if len == text.len() => i32::try_from(code).ok(),
        _ => None,
    }
}

/// A code as its table writes it, for `Display`: `0x74` in a hex table
/// ([`TableInfo::is_hex`](crate::TableInfo::is_hex)), `-21` elsewhere.
///
/// # Examples
///
/// ```
/// use msdk_codes::{CodeText, OidbCode, QqPlatformCode};
///
/// assert_eq!(CodeText::new(116, OidbCode::TABLE.is_hex()).to_string(), "0x74");
/// assert_eq!(CodeText::new(-21, QqPlatformCode::TABLE.is_hex()).to_string(), "-21");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CodeText {
    code: i32,
    hex: bool,
}

impl CodeText {
    /// `code`, in hex when `hex`.
    #[must_use]
    pub const fn new(code: i32, hex: bool) -> Self {
        CodeText { code, hex }
    }
}

impl fmt::Display for CodeText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.hex {
            let sign = if self.code < 0 { "-" } else { "" };
            write!(f, "{sign}{:#04x}", self.code.unsigned_abs())
        } else {
            write!(f, "{}", self.code)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_code_spellings() {
        assert_eq!(parse_code("-21"), Some(-21));
        assert_eq!(parse_code("0x47"), Some(0x47));
        assert_eq!(parse_code("0X4a"), Some(0x4a));
        assert_eq!(parse_code("-0x10"), Some(-16));
        assert_eq!(parse_code("+5"), Some(5));
        assert_eq!(parse_code("2147483647"), Some(i32::MAX));
        assert_eq!(parse_code("-2147483648"), Some(i32::MIN));
        assert_eq!(parse_code("-0x80000000"), Some(i32::MIN));
        for bad in [
            "",
            "-",
            "0x",
            "-0x",
            " 1",
            "1 ",
            "1_000",
            "0x1g",
            "2147483648",
            "99999999999999999999",
            "--1",
            "AccessTokenExpired",
        ] {
            assert_eq!(parse_code(bad), None, "{bad:?}");
        }
    }

    /// `find_word` against a plain search, on random texts whose bytes
    /// are the words' letters in both cases, their neighbours in bit 0x20
    /// and 0x80 (`2`, `\x72 | 0x80`, `O`'s `/`), and spaces.
    #[test]
    fn find_word_finds_what_a_plain_search_finds() {
        fn plain(bytes: &[u8], from: usize, word: &[u8]) -> Option<usize> {
            let tail = bytes.get(from..)?;
            tail.windows(word.len())
                .position(|window| window.eq_ignore_ascii_case(word))
                .map(|at| from + at)
        }
        let alphabet = b"rReEtToOiIdDbB2\xf2\xd2/ ";
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut buffer = [0; 40];
        for _ in 0..20_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let mut bits = state;
            let len = usize::try_from(bits % 40).unwrap();
            for byte in &mut buffer[..len] {
                bits = bits.rotate_right(5) ^ state.wrapping_mul(31);
                *byte = alphabet[usize::try_from(bits % alphabet.len() as u64).unwrap()];
            }
            let text = &buffer[..len];
            for word in [&b"ret"[..], b"oidb", b"r"] {
                for from in 0..=len + 1 {
                    assert_eq!(
                        find_word(text, from, word),
                        plain(text, from, word),
                        "{word:?} from {from} in {text:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn integers_at_the_start_of_a_text() {
        assert_eq!(integer_prefix(b"-21, msg"), Some((-21, 3)));
        assert_eq!(integer_prefix(b"0x41\""), Some((0x41, 4)));
        assert_eq!(integer_prefix(b"0xffffffff"), Some((0xffff_ffff, 10)));
        assert_eq!(integer_prefix(b"0x100000000"), None);
        assert_eq!(integer_prefix(b"17abc"), None);
        assert_eq!(integer_prefix(b"x"), None);
    }
}
