//! Just enough JSON to read a response body's top-level members without an
//! allocator: the whole text is checked to be one JSON object, and the
//! values of the members asked for come back as text (strings still
//! escaped, read through [`JsonStr`]). One leniency: a control character
//! inside a string is taken as it is, since MSDK's own FAQ quotes a body
//! with a raw tab in its `msg`.

use core::fmt;

/// Nesting deeper than this is an error rather than a deep recursion.
const MAX_DEPTH: usize = 128;

/// A JSON string's content as the body writes it, escapes and all.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct JsonStr<'a> {
    raw: &'a str,
}

impl<'a> JsonStr<'a> {
    /// The content between the quotes, escapes not yet read.
    pub(crate) const fn raw(self) -> &'a str {
        self.raw
    }

    /// The characters the string stands for. The content was checked when
    /// it was read, so every escape is whole; a lone surrogate reads as
    /// U+FFFD.
    pub(crate) fn chars(self) -> impl Iterator<Item = char> + 'a {
        let mut chars = self.raw.chars();
        core::iter::from_fn(move || {
            let c = chars.next()?;
            if c != '\\' {
                return Some(c);
            }
            Some(match chars.next()? {
                'b' => '\u{8}',
                'f' => '\u{c}',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                'u' => {
                    let high = hex4(&mut chars);
                    if (0xD800..0xDC00).contains(&high) {
                        let mut ahead = chars.clone();
                        if ahead.next() == Some('\\') && ahead.next() == Some('u') {
                            let low = hex4(&mut ahead);
                            if (0xDC00..0xE000).contains(&low) {
                                chars = ahead;
                                let code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
                                return Some(char::from_u32(code).unwrap_or('\u{fffd}'));
                            }
                        }
                    }
                    char::from_u32(high).unwrap_or('\u{fffd}')
                }
                other => other,
            })
        })
    }

    /// Whether the string stands for exactly `text`.
    pub(crate) fn is(self, text: &str) -> bool {
        self.chars().eq(text.chars())
    }
}

fn hex4(chars: &mut core::str::Chars<'_>) -> u32 {
    chars
        .take(4)
        .fold(0, |value, c| value * 16 + c.to_digit(16).unwrap_or(0))
}

impl fmt::Display for JsonStr<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.raw.contains('\\') {
            return f.write_str(self.raw);
        }
        self.chars().try_for_each(|c| fmt::Write::write_char(f, c))
    }
}

/// A member's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Value<'a> {
    Str(JsonStr<'a>),
    /// A number, as written.
    Number(&'a str),
    /// `null`, `true`, `false`, an object or an array.
    Other,
}

/// Why a text is not one JSON object.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct SyntaxError {
    /// The byte offset where reading stopped.
    pub(crate) at: usize,
    pub(crate) expected: &'static str,
}

/// The values of the top-level members named `keys` of the JSON object
/// `text` (the last one, where a key is there twice), after checking that
/// `text` is one JSON object and nothing else.
pub(crate) fn members<'a, const N: usize>(
    text: &'a str,
    keys: [&str; N],
) -> Result<[Option<Value<'a>>; N], SyntaxError> {
    let mut reader = Reader { text, at: 0 };
    let mut found = [None; N];
    reader.object(0, &mut |key, value| {
        if let Some(index) = keys.iter().position(|k| key.is(k)) {
            found[index] = Some(value);
        }
    })?;
    reader.spaces();
    if reader.at < text.len() {
        return Err(reader.error("the end after the object"));
    }
    Ok(found)
}

/// The JSON objects that start in `text` and are whole, in order of their
/// starts, as byte ranges: an object inside another comes after it.
pub(crate) fn objects(text: &str) -> impl Iterator<Item = core::ops::Range<usize>> + '_ {
    text.match_indices('{').filter_map(move |(start, _)| {
        let mut reader = Reader { text, at: start };
        reader.object(0, &mut |_, _| {}).ok()?;
        Some(start..reader.at)
    })
}

struct Reader<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Reader<'a> {
    fn error(&self, expected: &'static str) -> SyntaxError {
        SyntaxError {
            at: self.at,
            expected,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn spaces(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8, expected: &'static str) -> Result<(), SyntaxError> {
        self.spaces();
        if self.peek() == Some(byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.error(expected))
        }
    }

    /// An object, each member given to `member` (only at depth 0).
    fn object(
        &mut self,
        depth: usize,
        member: &mut dyn FnMut(JsonStr<'a>, Value<'a>),
    ) -> Result<(), SyntaxError> {
        self.items(b'{', b'}', "`,` or `}`", &mut |reader| {
            reader.spaces();
            let key = reader.string()?;
            reader.eat(b':', "`:` after a key")?;
            let value = reader.value(depth + 1)?;
            if depth == 0 {
                member(key, value);
            }
            Ok(())
        })
    }

    fn array(&mut self, depth: usize) -> Result<(), SyntaxError> {
        self.items(b'[', b']', "`,` or `]`", &mut |reader| {
            reader.value(depth + 1).map(|_| ())
        })
    }

    /// `open`, then `item`s separated by commas, then `close`.
    fn items(
        &mut self,
        open: u8,
        close: u8,
        expected: &'static str,
        item: &mut dyn FnMut(&mut Self) -> Result<(), SyntaxError>,
    ) -> Result<(), SyntaxError> {
        self.eat(open, if open == b'{' { "`{`" } else { "`[`" })?;
        self.spaces();
        if self.peek() == Some(close) {
            self.at += 1;
            return Ok(());
        }
        loop {
            item(self)?;
            self.spaces();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(byte) if byte == close => {
                    self.at += 1;
                    return Ok(());
                }
                _ => return Err(self.error(expected)),
            }
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value<'a>, SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(self.error("less nesting"));
        }
        self.spaces();
        match self.peek() {
            Some(b'"') => self.string().map(Value::Str),
            Some(b'{') => self.object(depth, &mut |_, _| {}).map(|()| Value::Other),
            Some(b'[') => self.array(depth).map(|()| Value::Other),
            Some(b'-' | b'0'..=b'9') => self.number().map(Value::Number),
            _ => {
                for word in ["true", "false", "null"] {
                    if self.text[self.at..].starts_with(word) {
                        self.at += word.len();
                        return Ok(Value::Other);
                    }
                }
                Err(self.error("a value"))
            }
        }
    }

    fn string(&mut self) -> Result<JsonStr<'a>, SyntaxError> {
        if self.peek() != Some(b'"') {
            return Err(self.error("a string"));
        }
        self.at += 1;
        let start = self.at;
        loop {
            match self.peek() {
                Some(b'"') => {
                    let raw = &self.text[start..self.at];
                    self.at += 1;
                    return Ok(JsonStr { raw });
                }
                Some(b'\\') => {
                    self.at += 1;
                    match self.peek() {
                        Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => {
                            self.at += 1;
                        }
                        Some(b'u') => {
                            let hex = self.text.as_bytes().get(self.at + 1..self.at + 5);
                            if !hex.is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit)) {
                                return Err(self.error("four hex digits after `\\u`"));
                            }
                            self.at += 5;
                        }
                        _ => return Err(self.error("an escape")),
                    }
                }
                Some(_) => self.at += 1,
                None => return Err(self.error("the string's closing `\"`")),
            }
        }
    }

    fn number(&mut self) -> Result<&'a str, SyntaxError> {
        let start = self.at;
        let digits = |reader: &mut Reader| {
            let from = reader.at;
            while reader.peek().is_some_and(|b| b.is_ascii_digit()) {
                reader.at += 1;
            }
            reader.at > from
        };
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        if !digits(self) {
            return Err(self.error("a digit"));
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if !digits(self) {
                return Err(self.error("a digit after `.`"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if !digits(self) {
                return Err(self.error("an exponent"));
            }
        }
        Ok(&self.text[start..self.at])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_of_the_top_level_only() {
        let text = r#" {"ret": -10000, "data": {"ret": 5, "list": [1, "x", null]}, "msg": "a\"b\u4e2d\ud83d\ude00", "ok": true} "#;
        let [ret, msg, missing] = members(text, ["ret", "msg", "nope"]).unwrap();
        assert_eq!(ret, Some(Value::Number("-10000")));
        let Some(Value::Str(msg)) = msg else { panic!() };
        assert!(msg.chars().eq("a\"b中😀".chars()));
        assert_eq!(missing, None);
    }

    #[test]
    fn bad_json_says_where() {
        for (text, at) in [
            ("", 0),
            ("[1]", 0),
            (r#"{"ret": }"#, 8),
            (r#"{"ret": 1,}"#, 10),
            (r#"{"ret": 1} x"#, 11),
            (r#"{"msg": "\x"}"#, 10),
            ("{\"msg\": \"a", 10),
        ] {
            assert_eq!(
                members(text, ["ret"]).map(|_| ()).unwrap_err().at,
                at,
                "{text}"
            );
        }
        let mut deep = [b'['; 1000];
        deep[..5].copy_from_slice(b"{\"a\":");
        let deep = core::str::from_utf8(&deep).unwrap();
        assert_eq!(
            members(deep, ["a"]).map(|_| ()).unwrap_err().expected,
            "less nesting"
        );
    }
}
