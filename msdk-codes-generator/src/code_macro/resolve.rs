//! `__code!`: the caller's codes to variants, or to compile errors that
//! name the codes the caller most likely meant.

use proc_macro2::{Delimiter, Literal, Span, TokenStream, TokenTree};
use quote::{quote, quote_spanned};

use super::rows::{CodeRow, decode};
use crate::builtin::BUILTINS;
use crate::literal;
use crate::load::load;
use crate::suggest::{Candidate, nearest};
use crate::tokens::{Cursor, Error, Result, inside, integer_literal, string_value};

/// What a generated code macro passes to `__code!`.
pub struct CodeLookup {
    /// The runtime crate's path at the caller.
    krate: TokenStream,
    /// The enum's path at the caller: `$crate::QqPlatformCode` or `ShopCode`.
    enum_path: TokenStream,
    /// "a QQ platform return code", for messages.
    what: String,
    /// The id of the built-in table the rows come from, or "".
    builtin: String,
    rows: Vec<CodeRow>,
    /// The caller's tokens.
    input: TokenStream,
}

/// `__code!`'s expansion.
pub fn resolve(input: TokenStream) -> TokenStream {
    match CodeLookup::parse(input) {
        Ok(lookup) => lookup.expand(),
        Err(err) => err.to_compile_error(),
    }
}

impl CodeLookup {
    fn parse(input: TokenStream) -> Result<CodeLookup> {
        let mut cursor = Cursor::new(input, Span::call_site());
        let krate = field(&mut cursor, "krate", |c| Ok(bracketed(c)?.rest()))?;
        let enum_path = field(&mut cursor, "enum", |c| Ok(bracketed(c)?.rest()))?;
        let what = field(&mut cursor, "what", |c| {
            Ok(c.string("expected a string")?.0)
        })?;
        let builtin = field(&mut cursor, "builtin", |c| {
            Ok(c.string("expected a string")?.0)
        })?;
        let (rows, rows_span) = field(&mut cursor, "rows", |c| c.string("expected a string"))?;
        let descriptions = field(&mut cursor, "descriptions", |c| {
            let mut list = bracketed(c)?;
            let mut descriptions = Vec::new();
            while !list.is_empty() {
                descriptions.push(list.string("expected a string")?.0);
                if !list.is_empty() {
                    list.punct(',', "expected `,`")?;
                }
            }
            Ok(descriptions)
        })?;
        let rows = decode(&rows, descriptions)
            .ok_or_else(|| Error::new(rows_span, "malformed rows in a code macro's expansion"))?;
        let input = field(&mut cursor, "code", |c| {
            Ok(c.group(Delimiter::Parenthesis, "expected `(`")?.stream())
        })?;
        Ok(CodeLookup {
            krate,
            enum_path,
            what,
            builtin,
            rows,
            input,
        })
    }
}

fn bracketed(cursor: &mut Cursor) -> Result<Cursor> {
    Ok(inside(&cursor.group(Delimiter::Bracket, "expected `[`")?))
}

/// `name = <value>;`
fn field<T>(
    cursor: &mut Cursor,
    name: &str,
    value: impl FnOnce(&mut Cursor) -> Result<T>,
) -> Result<T> {
    let found = cursor.ident(&format!("expected `{name}`"))?;
    if found != name {
        return Err(Error::new(found.span(), format!("expected `{name}`")));
    }
    cursor.punct('=', "expected `=`")?;
    let value = value(cursor)?;
    cursor.punct(';', "expected `;`")?;
    Ok(value)
}

/// One code the caller wrote, with the tokens it came from.
struct WrittenCode {
    value: i64,
    tokens: TokenStream,
    /// The first and the last token's spans.
    spans: (Span, Span),
}

impl WrittenCode {
    /// The code as the caller wrote it: `-99`, `0x47`.
    fn spelling(&self) -> String {
        self.tokens.to_string().replace(' ', "")
    }

    fn parse(cursor: &mut Cursor) -> Result<WrittenCode> {
        let expected = "expected a code: an integer in decimal or hex, such as `-21` or `0x47`";
        let span = cursor.span();
        let minus = cursor.eat_punct('-');
        let literal_span = cursor.span();
        let literal = cursor.literal(expected)?;
        let (digits, suffix) = integer_literal(&literal)
            .filter(|_| string_value(&literal).is_none())
            .ok_or_else(|| Error::new(literal_span, expected))?;
        if !suffix.is_empty() {
            return Err(Error::new(
                literal_span,
                format!("write the code without the suffix `{suffix}`"),
            ));
        }
        let beyond = || {
            Error::new(
                literal_span,
                format!("this code is beyond i32 ({}..={})", i32::MIN, i32::MAX),
            )
        };
        let magnitude =
            literal::integer(&digits).ok_or_else(|| Error::new(literal_span, expected))?;
        let value = if minus.is_some() {
            -magnitude
        } else {
            magnitude
        };
        let value = i64::try_from(value).map_err(|_| beyond())?;
        if i32::try_from(value).is_err() {
            return Err(beyond());
        }
        let mut tokens = TokenStream::new();
        tokens.extend(minus.map(TokenTree::Punct));
        tokens.extend([TokenTree::Literal(literal)]);
        Ok(WrittenCode {
            value,
            tokens,
            spans: (span, literal_span),
        })
    }
}

/// Parses the caller's codes: one, or several joined by `|`.
fn parse_codes(input: TokenStream) -> Result<Vec<WrittenCode>> {
    let mut cursor = Cursor::new(input, Span::call_site());
    if cursor.is_empty() {
        return Err(cursor
            .error("expected a code, such as `-21` or `0x47`; several codes are joined by `|`"));
    }
    let mut codes = vec![WrittenCode::parse(&mut cursor)?];
    while !cursor.is_empty() {
        cursor.punct('|', "expected `|` between codes, as in `-21 | 100014`")?;
        codes.push(WrittenCode::parse(&mut cursor)?);
    }
    Ok(codes)
}

impl CodeLookup {
    fn expand(&self) -> TokenStream {
        let codes = match parse_codes(self.input.clone()) {
            Ok(codes) => codes,
            Err(err) => return self.error(err),
        };
        // Joined by `|` like variants: an or-pattern in a pattern and an
        // expression in an expression, so every unknown code gets its own
        // message.
        let values = codes.iter().map(|code| self.value(code));
        quote!(#(#values)|*)
    }

    fn value(&self, code: &WrittenCode) -> TokenStream {
        let (krate, enum_path) = (&self.krate, &self.enum_path);
        // A single row inside a range row wins its code, as in `from_code`.
        let (ranges, singles): (Vec<&CodeRow>, Vec<&CodeRow>) =
            self.rows.iter().partition(|row| row.is_range());
        let found = singles
            .into_iter()
            .chain(ranges)
            .find_map(|row| row.stored(code.value).map(|stored| (row, stored)));
        match found {
            Some((row, _)) if !row.is_range() => {
                let name = &row.name;
                quote!(#enum_path::#name)
            }
            Some((row, stored)) => {
                // The constant goes inside the variant's pattern, so that a
                // match through a reference takes it as a variant path.
                let name = &row.name;
                let (low, high, stored) = (
                    Literal::i32_unsuffixed(row.low),
                    Literal::i32_unsuffixed(row.high),
                    Literal::i32_unsuffixed(stored),
                );
                quote! {
                    #enum_path::#name(
                        <#krate::CodeInRange<{ #low }, { #high }> as #krate::__private::InRange<{ #stored }>>::VALUE
                    )
                }
            }
            None => self.error(Error::spanning(
                code.spans.0,
                code.spans.1,
                self.unknown(code),
            )),
        }
    }

    /// A compile error that is a value of the enum too: a pattern that
    /// matches nothing, so that rustc adds no warning about the arms after
    /// it (as a bare `compile_error!`, taken for a wildcard, would), and an
    /// expression of the enum's type.
    fn error(&self, err: Error) -> TokenStream {
        let (krate, enum_path) = (&self.krate, &self.enum_path);
        let span = err.span();
        let error = err.to_compile_error();
        quote_spanned! {span=>
            <#enum_path as #krate::__private::RowAt<0, { #error }>>::VALUE
        }
    }

    /// The description of row `index` of the built-in table this macro is for.
    fn builtin_description(&self, index: usize) -> Option<String> {
        let builtin = BUILTINS.iter().find(|builtin| builtin.id == self.builtin)?;
        let table = load(builtin.file, builtin.csv.as_bytes(), &[]).ok()?;
        Some(table.rows.get(index)?.description().to_owned())
    }

    fn unknown(&self, code: &WrittenCode) -> String {
        let candidates: Vec<Candidate> = self
            .rows
            .iter()
            .map(|row| Candidate {
                low: row.low,
                high: row.high,
                shift: row.shift,
            })
            .collect();
        let written = code.spelling();
        let hex = written.trim_start_matches('-').starts_with("0x");
        let negative = written.starts_with('-');
        let suggestions: Vec<String> = nearest(&written, &candidates, 3)
            .into_iter()
            .map(|index| {
                let row = &self.rows[index];
                let description = row
                    .description
                    .clone()
                    .or_else(|| self.builtin_description(row.index))
                    .unwrap_or_default();
                format!("{} ({})", spelling(row, hex, negative), brief(&description))
            })
            .collect();
        if suggestions.is_empty() {
            format!("{written} is not {}; the table has no codes", self.what)
        } else {
            format!(
                "{written} is not {}; did you mean {}?",
                self.what,
                suggestions.join(", or ")
            )
        }
    }
}

/// The row's code as a person would write it in the macro: in hex when the
/// caller wrote hex, else in decimal (the signed form of a byte when the
/// caller wrote a negative code).
fn spelling(row: &CodeRow, hex: bool, negative: bool) -> String {
    let show = |code: i32| {
        if hex {
            crate::literal::hex(i64::from(code))
        } else if negative {
            (i64::from(code) + i64::from(row.shift)).to_string()
        } else {
            code.to_string()
        }
    };
    if row.is_range() {
        format!("{}..={}", show(row.low), show(row.high))
    } else {
        show(row.low)
    }
}

/// A description on one line, cut to a length that suits a suggestion.
fn brief(description: &str) -> String {
    const MAX: usize = 60;
    let description = description.split_whitespace().collect::<Vec<_>>().join(" ");
    match description.char_indices().nth(MAX) {
        Some((end, _)) => format!("{}…", description[..end].trim_end()),
        None => description,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROWS: &str = r#"rows = "Deprecated 0 -21 -21 0\nNoApi 1 -9 -9 0\nExpired 2 100014 100014 0\nParse 3 -500009 -500003 0\nByte 4 155 155 -256";
               descriptions = ["access_token has been deprecated", "API doesn't exist", "access token is expired", "Fail to parse", "Failed to send"];"#;

    fn lookup(code: &str) -> String {
        let input = format!(
            r#"krate = [$crate];
               enum = [$crate::QqPlatformCode];
               what = "a QQ platform return code";
               builtin = "";
               {ROWS}
               code = ({code});"#
        );
        resolve(input.parse().unwrap()).to_string().replace(' ', "")
    }

    #[test]
    fn known_codes_become_variants() {
        assert_eq!(lookup("-21"), "$crate::QqPlatformCode::Deprecated");
        assert_eq!(lookup("100014"), "$crate::QqPlatformCode::Expired");
        assert_eq!(lookup("0x186ae"), "$crate::QqPlatformCode::Expired");
        assert_eq!(
            lookup("-21 | 100014"),
            "$crate::QqPlatformCode::Deprecated|$crate::QqPlatformCode::Expired"
        );
        assert_eq!(lookup("155"), "$crate::QqPlatformCode::Byte");
        assert_eq!(lookup("-101"), "$crate::QqPlatformCode::Byte");
        assert_eq!(lookup("0x9b"), "$crate::QqPlatformCode::Byte");
    }

    #[test]
    fn range_codes_become_their_variant_holding_a_constant() {
        assert_eq!(
            lookup("-500005"),
            "$crate::QqPlatformCode::Parse(<$crate::CodeInRange<{-500009},{-500003}>as$crate::__private::InRange<{-500005}>>::VALUE)"
        );
    }

    #[test]
    fn unknown_codes_suggest_what_was_meant() {
        let out = lookup("-99");
        assert!(out.contains("compile_error"), "{out}");
        assert!(
            out.contains(&"-99 is not a QQ platform return code; did you mean -9 (API doesn't exist), or -101 (Failed to send), or -21 (access_token has been deprecated)?".replace(' ', "")),
            "{out}"
        );
        assert!(
            lookup("-500010")
                .contains(&"did you mean -500009..=-500003 (Fail to parse)".replace(' ', ""))
        );
        assert!(lookup("21").contains(&"did you mean -21 (".replace(' ', "")));
    }

    #[test]
    fn an_error_is_a_value_of_the_enum() {
        let out = lookup("-99");
        assert!(
            out.starts_with(
                "<$crate::QqPlatformCodeas$crate::__private::RowAt<0,{::core::compile_error!"
            ),
            "{out}"
        );
    }

    #[test]
    fn malformed_input_is_an_error() {
        for (input, message) in [
            ("", "expected a code"),
            ("abc", "expected a code"),
            ("-21 100014", "expected `|` between codes"),
            ("21i64", "without the suffix"),
            ("99999999999999999999999", "beyond i32"),
            ("9223372036854775807", "beyond i32"),
            ("-2147483649", "beyond i32"),
            ("2147483648", "beyond i32"),
            ("\"-21\"", "expected a code"),
        ] {
            let out = lookup(input);
            assert!(out.contains(&message.replace(' ', "")), "{input}: {out}");
        }
    }

    #[test]
    fn descriptions_must_match_the_rows() {
        let input = r#"krate = [::msdk_codes]; enum = [E]; what = "a code"; builtin = "";
                       rows = "A 0 1 1 0\nB 1 2 2 0"; descriptions = ["only one"]; code = (1);"#;
        let err = CodeLookup::parse(input.parse().unwrap()).err().unwrap();
        assert!(err.to_string().contains("malformed rows"), "{err}");
    }

    #[test]
    fn long_descriptions_are_cut_in_suggestions() {
        assert_eq!(brief("short"), "short");
        assert_eq!(brief("two\r\nlines"), "two lines");
        let long = "x".repeat(59) + " yz";
        assert_eq!(brief(&long), format!("{}…", "x".repeat(59)));
    }
}
