//! Reading the macros' tokens: a cursor over a token stream, string and
//! integer literals, attributes and visibilities, and errors at a span.
//!
//! The grammar the macros take is small (`#[attrs] vis enum Name => "path"
//! { column: Type };` and the code macros' codes), so it is read with
//! proc-macro2 alone: syn would be the longest step of every user's clean
//! build.

use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::{ToTokens, quote_spanned};

/// A problem with the macro's input, at the tokens it concerns (from the
/// first span to the second).
#[derive(Debug)]
pub struct Error {
    errors: Vec<(Span, Span, String)>,
}

pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    pub fn new(span: Span, message: impl Into<String>) -> Error {
        Error::spanning(span, span, message)
    }

    /// An error over several tokens, from `start` to `end`.
    pub fn spanning(start: Span, end: Span, message: impl Into<String>) -> Error {
        Error {
            errors: vec![(start, end, message.into())],
        }
    }

    /// Adds `other`'s problems after this one's.
    pub fn combine(&mut self, other: Error) {
        self.errors.extend(other.errors);
    }

    /// One `compile_error!` per problem: its path at the start span and its
    /// braces at the end one, so that rustc underlines from one to the other.
    pub fn to_compile_error(&self) -> TokenStream {
        self.errors
            .iter()
            .map(|(start, end, message)| {
                let path = quote_spanned!(*start=> ::core::compile_error!);
                let mut message = Literal::string(message);
                message.set_span(*end);
                let mut group = Group::new(
                    Delimiter::Brace,
                    TokenStream::from(TokenTree::Literal(message)),
                );
                group.set_span(*end);
                let mut tokens = path;
                tokens.extend([TokenTree::Group(group)]);
                tokens
            })
            .collect()
    }

    pub fn span(&self) -> Span {
        self.errors[0].0
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        let messages: Vec<&str> = self.errors.iter().map(|(_, _, m)| m.as_str()).collect();
        f.write_str(&messages.join("; "))
    }
}

/// Collects errors so that one call reports them all.
#[derive(Default)]
pub struct Errors(Option<Error>);

impl Errors {
    pub fn push(&mut self, error: Error) {
        match &mut self.0 {
            Some(errors) => errors.combine(error),
            None => self.0 = Some(error),
        }
    }

    pub fn finish<T>(self, value: T) -> Result<T> {
        match self.0 {
            Some(errors) => Err(errors),
            None => Ok(value),
        }
    }
}

/// A cursor over one level of a token stream.
pub struct Cursor {
    tokens: Vec<TokenTree>,
    at: usize,
    /// Where "expected ..., found the end" points.
    end: Span,
}

impl Cursor {
    pub fn new(tokens: TokenStream, end: Span) -> Cursor {
        Cursor {
            tokens: tokens.into_iter().collect(),
            at: 0,
            end,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.at >= self.tokens.len()
    }

    pub fn peek(&self) -> Option<&TokenTree> {
        self.tokens.get(self.at)
    }

    pub fn bump(&mut self) -> Option<TokenTree> {
        let token = self.tokens.get(self.at).cloned();
        self.at += usize::from(token.is_some());
        token
    }

    /// The span of the next token, or of the end.
    pub fn span(&self) -> Span {
        self.peek().map_or(self.end, TokenTree::span)
    }

    pub fn error(&self, message: impl Into<String>) -> Error {
        Error::new(self.span(), message)
    }

    pub fn peek_punct(&self, ch: char) -> bool {
        matches!(self.peek(), Some(TokenTree::Punct(p)) if p.as_char() == ch)
    }

    pub fn peek_ident(&self, name: &str) -> bool {
        matches!(self.peek(), Some(TokenTree::Ident(i)) if i == name)
    }

    pub fn peek_group(&self, delimiter: Delimiter) -> bool {
        matches!(self.peek(), Some(TokenTree::Group(g)) if g.delimiter() == delimiter)
    }

    pub fn eat_punct(&mut self, ch: char) -> Option<Punct> {
        match self.peek() {
            Some(TokenTree::Punct(p)) if p.as_char() == ch => {
                let p = p.clone();
                self.at += 1;
                Some(p)
            }
            _ => None,
        }
    }

    pub fn punct(&mut self, ch: char, expected: &str) -> Result<Punct> {
        self.eat_punct(ch).ok_or_else(|| self.error(expected))
    }

    /// `=>`.
    pub fn fat_arrow(&mut self, expected: &str) -> Result<()> {
        match (self.tokens.get(self.at), self.tokens.get(self.at + 1)) {
            (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b)))
                if a.as_char() == '=' && a.spacing() == Spacing::Joint && b.as_char() == '>' =>
            {
                self.at += 2;
                Ok(())
            }
            _ => Err(self.error(expected)),
        }
    }

    pub fn ident(&mut self, expected: &str) -> Result<Ident> {
        match self.peek() {
            Some(TokenTree::Ident(ident)) => {
                let ident = ident.clone();
                self.at += 1;
                Ok(ident)
            }
            _ => Err(self.error(expected)),
        }
    }

    pub fn keyword(&mut self, keyword: &str) -> Result<Ident> {
        if self.peek_ident(keyword) {
            self.ident(keyword)
        } else {
            Err(self.error(format!("expected `{keyword}`")))
        }
    }

    pub fn group(&mut self, delimiter: Delimiter, expected: &str) -> Result<Group> {
        match self.peek() {
            Some(TokenTree::Group(group)) if group.delimiter() == delimiter => {
                let group = group.clone();
                self.at += 1;
                Ok(group)
            }
            _ => Err(self.error(expected)),
        }
    }

    pub fn literal(&mut self, expected: &str) -> Result<Literal> {
        match self.peek() {
            Some(TokenTree::Literal(literal)) => {
                let literal = literal.clone();
                self.at += 1;
                Ok(literal)
            }
            _ => Err(self.error(expected)),
        }
    }

    /// A string literal's value.
    pub fn string(&mut self, expected: &str) -> Result<(String, Span)> {
        let span = self.span();
        let literal = self.literal(expected)?;
        string_value(&literal)
            .map(|value| (value, span))
            .ok_or_else(|| Error::new(span, expected))
    }

    /// The tokens up to the next `separator` punct outside `<...>`, or the end.
    pub fn until(&mut self, separator: char) -> Vec<TokenTree> {
        let mut depth = 0usize;
        let mut taken = Vec::new();
        while let Some(token) = self.peek() {
            if let TokenTree::Punct(p) = token {
                match p.as_char() {
                    c if c == separator && depth == 0 => break,
                    '<' => depth += 1,
                    '>' => depth = depth.saturating_sub(1),
                    _ => {}
                }
            }
            taken.push(token.clone());
            self.at += 1;
        }
        taken
    }

    /// What is left, as a token stream.
    pub fn rest(&mut self) -> TokenStream {
        let rest = self.tokens[self.at.min(self.tokens.len())..]
            .iter()
            .cloned()
            .collect();
        self.at = self.tokens.len();
        rest
    }
}

/// An outer attribute, `#[path ...]`.
#[derive(Clone, Debug)]
pub struct Attribute {
    /// The whole attribute, to emit as it was.
    pub tokens: TokenStream,
    /// The name it starts with: `doc`, `cfg`, `derive`, `msdk_codes`.
    pub name: String,
    /// What follows the name inside the brackets.
    pub args: TokenStream,
    pub span: Span,
}

impl Attribute {
    /// The text of `#[doc = "..."]`.
    pub fn doc(&self) -> Option<String> {
        if self.name != "doc" {
            return None;
        }
        let mut args = Cursor::new(self.args.clone(), self.span);
        args.eat_punct('=')?;
        let (text, _) = args.string("").ok()?;
        args.is_empty().then_some(text)
    }
}

impl ToTokens for Attribute {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.extend(self.tokens.clone());
    }
}

/// Every `#[...]` at the cursor.
pub fn attributes(cursor: &mut Cursor) -> Result<Vec<Attribute>> {
    let mut attributes = Vec::new();
    while cursor.peek_punct('#') {
        let pound = cursor.bump().expect("peeked");
        let group = cursor.group(Delimiter::Bracket, "expected `[` after `#`")?;
        let mut inner = Cursor::new(group.stream(), group.span());
        let name = inner.ident("expected an attribute name")?;
        let mut tokens = TokenStream::new();
        tokens.extend([pound, TokenTree::Group(group.clone())]);
        attributes.push(Attribute {
            tokens,
            name: name.to_string(),
            args: inner.rest(),
            span: group.span(),
        });
    }
    Ok(attributes)
}

/// `pub`, `pub(crate)`, `pub(in path)`, or nothing.
#[derive(Clone, Debug)]
pub enum Visibility {
    Public(TokenStream),
    Restricted(TokenStream),
    Inherited,
}

impl ToTokens for Visibility {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        match self {
            Visibility::Public(vis) | Visibility::Restricted(vis) => tokens.extend(vis.clone()),
            Visibility::Inherited => {}
        }
    }
}

pub fn visibility(cursor: &mut Cursor) -> Result<Visibility> {
    if !cursor.peek_ident("pub") {
        return Ok(Visibility::Inherited);
    }
    let mut tokens: TokenStream = cursor.bump().into_iter().collect();
    if cursor.peek_group(Delimiter::Parenthesis) {
        tokens.extend(cursor.bump());
        return Ok(Visibility::Restricted(tokens));
    }
    Ok(Visibility::Public(tokens))
}

/// The value of a string literal (`"a\"b"`, `r#"a"b"#`), or `None` for any
/// other literal.
pub fn string_value(literal: &Literal) -> Option<String> {
    let text = literal.to_string();
    if let Some(raw) = text.strip_prefix('r') {
        let hashes = raw.len() - raw.trim_start_matches('#').len();
        let body = raw.get(hashes..raw.len().checked_sub(hashes)?)?;
        return body.strip_prefix('"')?.strip_suffix('"').map(str::to_owned);
    }
    let body = text.strip_prefix('"')?.strip_suffix('"')?;
    let mut value = String::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            value.push(c);
            continue;
        }
        match chars.next()? {
            'n' => value.push('\n'),
            'r' => value.push('\r'),
            't' => value.push('\t'),
            '0' => value.push('\0'),
            '\\' => value.push('\\'),
            '\'' => value.push('\''),
            '"' => value.push('"'),
            'x' => {
                let digits: String = [chars.next()?, chars.next()?].iter().collect();
                value.push(char::from(u8::from_str_radix(&digits, 16).ok()?));
            }
            'u' => {
                if chars.next()? != '{' {
                    return None;
                }
                let digits: String = chars.by_ref().take_while(|&c| c != '}').collect();
                let digits = digits.replace('_', "");
                value.push(char::from_u32(u32::from_str_radix(&digits, 16).ok()?)?);
            }
            // A line continuation: the newline and the next line's indentation.
            '\n' | '\r' => {
                while chars.peek().is_some_and(|c| c.is_whitespace()) {
                    chars.next();
                }
            }
            _ => return None,
        }
    }
    Some(value)
}

/// The integer types a literal's suffix may name.
const INTEGER_SUFFIXES: [&str; 12] = [
    "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize",
];

/// An integer literal's text and suffix: `0x47` -> (`0x47`, ``), `21i64` ->
/// (`21`, `i64`). `None` for a literal that is not an integer.
pub fn integer_literal(literal: &Literal) -> Option<(String, String)> {
    let text = literal.to_string();
    if !text.starts_with(|c: char| c.is_ascii_digit()) || text.contains(['.', '"', '\'']) {
        return None;
    }
    let hex = text.starts_with("0x") || text.starts_with("0X");
    for suffix in INTEGER_SUFFIXES {
        if let Some(digits) = text.strip_suffix(suffix) {
            return Some((digits.trim_end_matches('_').to_owned(), suffix.to_owned()));
        }
    }
    // `1e5` and `2f32` are floats; in hex, `e` and `f` are digits.
    if !hex && text.contains(['e', 'E', 'f']) {
        return None;
    }
    Some((text, String::new()))
}

/// The Rust keywords, which a macro's name may not be.
const KEYWORDS: [&str; 52] = [
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];

pub fn is_keyword(name: &str) -> bool {
    KEYWORDS.contains(&name)
}

/// Whether `name` can be an identifier (and is not a keyword).
pub fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c == '_' || c.is_ascii_alphabetic())
        && chars.all(|c| c == '_' || c.is_ascii_alphanumeric())
        && name != "_"
        && !is_keyword(name)
}

/// Tokens as a person writes them, for messages: `Option<&str>`.
pub fn spelling(tokens: &[TokenTree]) -> String {
    let stream: TokenStream = tokens.iter().cloned().collect();
    stream
        .to_string()
        .replace(' ', "")
        .replace("&'static", "&'static ")
}

/// A group's stream, as a cursor that reports its end at the group.
pub fn inside(group: &Group) -> Cursor {
    Cursor::new(group.stream(), group.span_close())
}

/// The `TokenTree` of a punct, for building token lists.
pub fn punct(ch: char) -> TokenTree {
    TokenTree::Punct(Punct::new(ch, Spacing::Alone))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn literal(text: &str) -> Literal {
        match TokenStream::from_str(text).unwrap().into_iter().next() {
            Some(TokenTree::Literal(literal)) => literal,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn string_literals() {
        assert_eq!(
            string_value(&literal(r#""codes/shop.csv""#)).as_deref(),
            Some("codes/shop.csv")
        );
        assert_eq!(
            string_value(&literal(r#""a\"b\\c\n\u{4e2d}\x41""#)).as_deref(),
            Some("a\"b\\c\n中A")
        );
        assert_eq!(
            string_value(&literal(r##"r#"a"b"#"##)).as_deref(),
            Some("a\"b")
        );
        assert_eq!(string_value(&literal(r#"r"x""#)).as_deref(), Some("x"));
        assert_eq!(
            string_value(&literal("\"a\\\n    b\"")).as_deref(),
            Some("ab")
        );
        assert_eq!(string_value(&literal("5")), None);
        assert_eq!(string_value(&literal(r#"b"x""#)), None);
    }

    #[test]
    fn integer_literals() {
        let int = |text: &str| integer_literal(&literal(text));
        assert_eq!(int("0x47"), Some(("0x47".into(), String::new())));
        assert_eq!(int("0xfe"), Some(("0xfe".into(), String::new())));
        assert_eq!(int("21i64"), Some(("21".into(), "i64".into())));
        assert_eq!(int("1_000_u8"), Some(("1_000".into(), "u8".into())));
        assert_eq!(int("1.5"), None);
        assert_eq!(int("1e5"), None);
        assert_eq!(int("\"5\""), None);
    }

    #[test]
    fn attributes_and_visibility() {
        let tokens =
            TokenStream::from_str("#[doc = \" Shop.\"] #[cfg(test)] pub(crate) enum").unwrap();
        let mut cursor = Cursor::new(tokens, Span::call_site());
        let attrs = attributes(&mut cursor).unwrap();
        assert_eq!(attrs.len(), 2);
        assert_eq!(attrs[0].doc().as_deref(), Some(" Shop."));
        assert_eq!(attrs[1].name, "cfg");
        assert!(matches!(
            visibility(&mut cursor).unwrap(),
            Visibility::Restricted(_)
        ));
        assert!(cursor.peek_ident("enum"));
    }

    #[test]
    fn identifiers_and_keywords() {
        assert!(is_identifier("shop_code"));
        assert!(!is_identifier("type"));
        assert!(!is_identifier("1a"));
        assert!(!is_identifier("a-b"));
    }
}
