//! `__code!`: the caller's codes to variants, or to compile errors that
//! name the codes the caller most likely meant.

use proc_macro2::{Literal, TokenStream};
use quote::{ToTokens, quote, quote_spanned};
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Ident, LitInt, LitStr, Token, bracketed, parenthesized};

use super::rows::{CodeRow, decode};
use crate::builtin::BUILTINS;
use crate::load::load;
use crate::suggest::{Candidate, nearest};

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
    match syn::parse2::<CodeLookup>(input) {
        Ok(lookup) => lookup.expand(),
        Err(err) => err.to_compile_error(),
    }
}

impl Parse for CodeLookup {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let krate = field(input, "krate", |input| {
            let content;
            bracketed!(content in input);
            content.parse::<TokenStream>()
        })?;
        input.parse::<Token![enum]>()?;
        input.parse::<Token![=]>()?;
        let content;
        bracketed!(content in input);
        let enum_path: TokenStream = content.parse()?;
        input.parse::<Token![;]>()?;
        let what = field(input, "what", |input| input.parse::<LitStr>())?.value();
        let builtin = field(input, "builtin", |input| input.parse::<LitStr>())?.value();
        let rows = field(input, "rows", |input| input.parse::<LitStr>())?;
        let descriptions = field(input, "descriptions", |input| {
            let content;
            bracketed!(content in input);
            Punctuated::<LitStr, Token![,]>::parse_terminated(&content)
        })?;
        let descriptions = descriptions.iter().map(LitStr::value).collect();
        let rows = decode(&rows.value(), descriptions).ok_or_else(|| {
            syn::Error::new(rows.span(), "malformed rows in a code macro's expansion")
        })?;
        let code_tokens = field(input, "code", |input| {
            let content;
            parenthesized!(content in input);
            content.parse::<TokenStream>()
        })?;
        Ok(CodeLookup {
            krate,
            enum_path,
            what,
            builtin,
            rows,
            input: code_tokens,
        })
    }
}

/// `name = <value>;`
fn field<T>(
    input: ParseStream,
    name: &str,
    value: impl FnOnce(ParseStream) -> syn::Result<T>,
) -> syn::Result<T> {
    let ident: Ident = input.parse()?;
    if ident != name {
        return Err(syn::Error::new(ident.span(), format!("expected `{name}`")));
    }
    input.parse::<Token![=]>()?;
    let value = value(input)?;
    input.parse::<Token![;]>()?;
    Ok(value)
}

/// One code the caller wrote, with the tokens it came from.
struct WrittenCode {
    value: i64,
    tokens: TokenStream,
}

impl WrittenCode {
    /// The code as the caller wrote it: `-99`, `0x47`.
    fn spelling(&self) -> String {
        self.tokens.to_string().replace(' ', "")
    }
}

impl Parse for WrittenCode {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let minus = input.parse::<Option<Token![-]>>()?;
        let literal: LitInt = input.parse().map_err(|err| {
            syn::Error::new(
                err.span(),
                "expected a code: an integer in decimal or hex, such as `-21` or `0x47`",
            )
        })?;
        if !literal.suffix().is_empty() {
            return Err(syn::Error::new(
                literal.span(),
                format!("write the code without the suffix `{}`", literal.suffix()),
            ));
        }
        let beyond = || {
            syn::Error::new(
                literal.span(),
                format!("this code is beyond i32 ({}..={})", i32::MIN, i32::MAX),
            )
        };
        let magnitude: i64 = literal.base10_digits().parse().map_err(|_| beyond())?;
        let value = if minus.is_some() {
            -magnitude
        } else {
            magnitude
        };
        if i32::try_from(value).is_err() {
            return Err(beyond());
        }
        let mut tokens = minus.to_token_stream();
        literal.to_tokens(&mut tokens);
        Ok(WrittenCode { value, tokens })
    }
}

/// Parses the caller's codes: one, or several joined by `|`.
fn parse_codes(input: ParseStream) -> syn::Result<Vec<WrittenCode>> {
    if input.is_empty() {
        return Err(input
            .error("expected a code, such as `-21` or `0x47`; several codes are joined by `|`"));
    }
    let mut codes = vec![input.parse::<WrittenCode>()?];
    while !input.is_empty() {
        input.parse::<Token![|]>().map_err(|err| {
            syn::Error::new(
                err.span(),
                "expected `|` between codes, as in `-21 | 100014`",
            )
        })?;
        codes.push(input.parse()?);
    }
    Ok(codes)
}

impl CodeLookup {
    fn expand(&self) -> TokenStream {
        let codes = match syn::parse::Parser::parse2(parse_codes, self.input.clone()) {
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
        let found = self
            .rows
            .iter()
            .find_map(|row| row.stored(code.value).map(|stored| (row, stored)));
        match found {
            Some((row, _)) if !row.is_range() => {
                let name = &row.name;
                quote!(#enum_path::#name)
            }
            Some((row, stored)) => {
                let index = row.index;
                let stored = Literal::i32_unsuffixed(stored);
                quote!(<#enum_path as #krate::__private::RowAt<#index, { #stored }>>::VALUE)
            }
            None => self.error(syn::Error::new_spanned(&code.tokens, self.unknown(code))),
        }
    }

    /// A compile error that is a value of the enum too: a pattern that
    /// matches nothing, so that rustc adds no warning about the arms after
    /// it (as a bare `compile_error!`, taken for a wildcard, would), and an
    /// expression of the enum's type.
    fn error(&self, err: syn::Error) -> TokenStream {
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
        Some(table.rows.get(index)?.description.clone())
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
            let sign = if code < 0 { "-" } else { "" };
            format!("{sign}0x{:x}", code.unsigned_abs())
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
        resolve(syn::parse_str(&input).unwrap())
            .to_string()
            .replace(' ', "")
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
    fn range_codes_become_constants_with_their_code() {
        assert_eq!(
            lookup("-500005"),
            "<$crate::QqPlatformCodeas$crate::__private::RowAt<3usize,{-500005}>>::VALUE"
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
        let err = syn::parse_str::<CodeLookup>(input).err().unwrap();
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
