//! The code macros (`qq_platform_code!(-21)`): a generated `macro_rules!`
//! hands the table's rows and the caller's tokens to `__code!`, which turns a
//! known code into its variant and an unknown one into a compile error at the
//! code's span, with the nearest known codes as suggestions.

use proc_macro2::{Literal, TokenStream};
use quote::{ToTokens, quote};
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Ident, LitInt, LitStr, Token, bracketed, parenthesized};

/// What a generated code macro passes to `__code!`.
pub struct CodeLookup {
    /// The runtime crate's path at the caller: `$crate` or `::msdk_codes`.
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

/// A row as the code macro knows it.
pub struct CodeRow {
    pub name: Ident,
    pub index: usize,
    pub low: i32,
    pub high: i32,
    /// The byte table's shift to the signed form (0 or -256); 0 elsewhere.
    pub shift: i32,
    /// For suggestions. A built-in table's rows leave it out of the macro (it
    /// would be most of its size); `__code` reads it from the table when an
    /// error needs it.
    pub description: Option<String>,
}

impl CodeRow {
    fn is_range(&self) -> bool {
        self.low != self.high
    }

    /// The code as the table stores it, if `code` is one of the row's.
    fn stored(&self, code: i64) -> Option<i32> {
        let (low, high, shift) = (
            i64::from(self.low),
            i64::from(self.high),
            i64::from(self.shift),
        );
        if (low..=high).contains(&code) {
            i32::try_from(code).ok()
        } else if shift != 0 && (low + shift..=high + shift).contains(&code) {
            i32::try_from(code - shift).ok()
        } else {
            None
        }
    }

    /// How far `code` is from the row (in either form), for suggestions.
    fn distance(&self, code: i64) -> u64 {
        [0, self.shift]
            .into_iter()
            .map(|shift| {
                let low = i64::from(self.low) + i64::from(shift);
                let high = i64::from(self.high) + i64::from(shift);
                if code < low {
                    low.abs_diff(code)
                } else {
                    u64::try_from(code.saturating_sub(high)).unwrap_or(0)
                }
            })
            .min()
            .unwrap_or(u64::MAX)
    }

    /// The row's code as a person would write it in the macro: in hex (the
    /// stored form) when the caller wrote hex, else in decimal (the signed
    /// form of a byte).
    fn spelling(&self, hex: bool) -> String {
        let show = |code: i32| {
            if hex {
                let sign = if code < 0 { "-" } else { "" };
                format!("{sign}0x{:x}", code.unsigned_abs())
            } else {
                (i64::from(code) + i64::from(self.shift)).to_string()
            }
        };
        if self.is_range() {
            format!("{}..={}", show(self.low), show(self.high))
        } else {
            show(self.low)
        }
    }
}

/// A description cut to a length that suits a one-line suggestion.
fn brief(description: &str) -> String {
    const MAX: usize = 60;
    match description.char_indices().nth(MAX) {
        Some((end, _)) => format!("{}…", description[..end].trim_end()),
        None => description.to_owned(),
    }
}

/// Where a code macro's expansion finds things, and what it is for.
pub struct MacroTarget {
    /// The runtime crate's path at the caller: `$crate` or `::msdk_codes`.
    pub krate: TokenStream,
    /// The enum's path at the caller: `$crate::QqPlatformCode` or `ShopCode`.
    pub enum_path: TokenStream,
    /// `#[macro_export]` it.
    pub export: bool,
    /// The built-in table's id, whose rows `__code` can read itself, or "".
    pub builtin: String,
    /// The table had errors: every call expands to the stub's one variant, so
    /// the table's own errors are the only ones.
    pub stub: bool,
}

/// The name of a stub enum's one variant, which no table can use.
pub const STUB_VARIANT: &str = "__Unavailable";

/// Generates the `macro_rules!` for one table.
pub fn definition(
    macro_name: &Ident,
    target: &MacroTarget,
    what: &str,
    rows: &[CodeRow],
    docs: &[String],
) -> TokenStream {
    let docs = docs.join("\n");
    let MacroTarget {
        krate,
        enum_path,
        builtin,
        ..
    } = target;
    let lines: Vec<String> = rows
        .iter()
        .map(|row| {
            format!(
                "{} {} {} {} {}",
                row.name, row.index, row.low, row.high, row.shift
            )
        })
        .collect();
    let lines = lines.join("\n");
    let descriptions = rows.iter().filter_map(|row| row.description.as_deref());
    let export = target.export.then(|| quote!(#[macro_export]));
    if target.stub {
        let stub = Ident::new(STUB_VARIANT, proc_macro2::Span::call_site());
        return quote! {
            #[doc = #docs]
            #export
            macro_rules! #macro_name {
                ($($code:tt)*) => { #enum_path::#stub };
            }
        };
    }
    quote! {
        #[doc = #docs]
        #export
        macro_rules! #macro_name {
            ($($code:tt)*) => {
                #krate::__code! {
                    krate = [#krate];
                    enum = [#enum_path];
                    what = #what;
                    builtin = #builtin;
                    rows = #lines;
                    descriptions = [#(#descriptions),*];
                    code = ($($code)*);
                }
            };
        }
    }
}

impl Parse for CodeLookup {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        expect_ident(input, "krate")?;
        input.parse::<Token![=]>()?;
        let content;
        bracketed!(content in input);
        let krate: TokenStream = content.parse()?;
        input.parse::<Token![;]>()?;

        input.parse::<Token![enum]>()?;
        input.parse::<Token![=]>()?;
        let content;
        bracketed!(content in input);
        let enum_path: TokenStream = content.parse()?;
        input.parse::<Token![;]>()?;

        expect_ident(input, "what")?;
        input.parse::<Token![=]>()?;
        let what = input.parse::<LitStr>()?.value();
        input.parse::<Token![;]>()?;

        expect_ident(input, "builtin")?;
        input.parse::<Token![=]>()?;
        let builtin = input.parse::<LitStr>()?.value();
        input.parse::<Token![;]>()?;

        expect_ident(input, "rows")?;
        input.parse::<Token![=]>()?;
        let rows: LitStr = input.parse()?;
        input.parse::<Token![;]>()?;

        expect_ident(input, "descriptions")?;
        input.parse::<Token![=]>()?;
        let content;
        bracketed!(content in input);
        let descriptions = Punctuated::<LitStr, Token![,]>::parse_terminated(&content)?;
        let descriptions = descriptions.iter().map(LitStr::value).collect();
        input.parse::<Token![;]>()?;
        let rows = parse_rows(&rows, descriptions)?;

        expect_ident(input, "code")?;
        input.parse::<Token![=]>()?;
        let content;
        parenthesized!(content in input);
        let code_tokens: TokenStream = content.parse()?;
        input.parse::<Token![;]>()?;

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

/// Reads the rows a generated code macro passes: one line per row, `Name
/// index low high shift`, and (for a custom table) the descriptions apart.
/// One string literal costs the generator far less than tokens per field.
fn parse_rows(rows: &LitStr, descriptions: Vec<String>) -> syn::Result<Vec<CodeRow>> {
    let bad = || syn::Error::new(rows.span(), "malformed rows in a code macro's expansion");
    let count = rows.value().lines().count();
    if !descriptions.is_empty() && descriptions.len() != count {
        return Err(bad());
    }
    let mut descriptions = descriptions.into_iter();
    rows.value()
        .lines()
        .map(|line| {
            let fields: Vec<&str> = line.split(' ').collect();
            let [name, index, low, high, shift] = fields[..] else {
                return Err(bad());
            };
            let number = |text: &str| text.parse::<i32>().map_err(|_| bad());
            Ok(CodeRow {
                name: syn::parse_str(name)?,
                index: index.parse().map_err(|_| bad())?,
                low: number(low)?,
                high: number(high)?,
                shift: number(shift)?,
                description: descriptions.next(),
            })
        })
        .collect()
}

fn expect_ident(input: ParseStream, expected: &str) -> syn::Result<()> {
    let ident: Ident = input.parse()?;
    if ident == expected {
        Ok(())
    } else {
        Err(syn::Error::new(
            ident.span(),
            format!("expected `{expected}`"),
        ))
    }
}

/// One code the caller wrote, with the tokens it came from.
struct WrittenCode {
    value: i64,
    hex: bool,
    tokens: TokenStream,
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
        let hex = literal.to_string().starts_with("0x");
        let mut tokens = minus.to_token_stream();
        literal.to_tokens(&mut tokens);
        Ok(WrittenCode { value, hex, tokens })
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

pub fn expand(lookup: CodeLookup) -> TokenStream {
    let codes = match syn::parse::Parser::parse2(parse_codes, lookup.input.clone()) {
        Ok(codes) => codes,
        Err(err) => return err.to_compile_error(),
    };
    let mut arms = Vec::new();
    let mut errors = Vec::new();
    for code in &codes {
        match lookup.variant(code) {
            Ok(arm) => arms.push(arm),
            Err(err) => errors.push(err.to_compile_error()),
        }
    }
    // Errors joined by `|` like the variants: an or-pattern in a pattern and
    // an expression in an expression, so every unknown code gets its own
    // message. (In a pattern, rustc then also warns that later arms are
    // unreachable: it reads the erroneous pattern as matching anything.)
    if errors.is_empty() {
        quote!(#(#arms)|*)
    } else {
        quote!(#(#errors)|*)
    }
}

impl CodeLookup {
    fn variant(&self, code: &WrittenCode) -> syn::Result<TokenStream> {
        let (krate, enum_path) = (&self.krate, &self.enum_path);
        let found = self
            .rows
            .iter()
            .find_map(|row| row.stored(code.value).map(|stored| (row, stored)));
        match found {
            Some((row, _)) if !row.is_range() => {
                let name = &row.name;
                Ok(quote!(#enum_path::#name))
            }
            Some((row, stored)) => {
                let index = row.index;
                let stored = Literal::i32_unsuffixed(stored);
                Ok(quote!(<#enum_path as #krate::__private::RowAt<#index, { #stored }>>::VALUE))
            }
            None => Err(syn::Error::new_spanned(&code.tokens, self.unknown(code))),
        }
    }

    /// The description of row `index` of the built-in table this macro is for.
    fn builtin_description(&self, index: usize) -> Option<String> {
        let builtin = crate::builtin::BUILTINS
            .iter()
            .find(|builtin| builtin.id == self.builtin)?;
        let table = crate::expand::check_table(builtin.file, builtin.csv.as_bytes()).ok()?;
        Some(table.rows.get(index)?.description.clone())
    }

    fn unknown(&self, code: &WrittenCode) -> String {
        let mut nearest: Vec<&CodeRow> = self.rows.iter().collect();
        nearest.sort_by_key(|row| (row.distance(code.value), row.index));
        let suggestions: Vec<String> = nearest
            .iter()
            .take(3)
            .map(|row| {
                let description = row
                    .description
                    .clone()
                    .or_else(|| self.builtin_description(row.index))
                    .unwrap_or_default();
                format!("{} ({})", row.spelling(code.hex), brief(&description))
            })
            .collect();
        let written = code.tokens.to_string().replace(' ', "");
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

/// "QQ platform return codes" -> "a QQ platform return code"; a title that
/// does not name its codes -> "a code of `ShopCode` (Shop codes.)".
pub fn what(title: &str, enum_name: &str) -> String {
    let singular = title
        .rfind("codes")
        .filter(|&at| {
            let rest = &title[at + "codes".len()..];
            rest.is_empty() || rest.starts_with(" (")
        })
        .map(|at| format!("{}code{}", &title[..at], &title[at + "codes".len()..]));
    match singular {
        Some(singular) => {
            let article = match singular.chars().next() {
                Some('A' | 'E' | 'I' | 'O' | 'U' | 'a' | 'e' | 'i' | 'o' | 'u') => "an",
                _ => "a",
            };
            format!("{article} {singular}")
        }
        None => format!("a code of `{enum_name}` ({title})"),
    }
}

/// `QqPlatformCode` -> `qq_platform_code`.
pub fn snake_case(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut snake = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() && i > 0 {
            let previous = chars[i - 1];
            let next_is_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
            if previous.is_lowercase()
                || previous.is_ascii_digit()
                || (previous.is_uppercase() && next_is_lower)
            {
                snake.push('_');
            }
        }
        snake.extend(c.to_lowercase());
    }
    snake
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lookup(code: &str) -> String {
        let input = format!(
            r#"krate = [$crate];
               enum = [$crate::QqPlatformCode];
               what = "a QQ platform return code";
               builtin = "";
               rows = "Deprecated 0 -21 -21 0\nNoApi 1 -9 -9 0\nExpired 2 100014 100014 0\nParse 3 -500009 -500003 0\nByte 4 155 155 -256";
               descriptions = ["access_token has been deprecated", "API doesn't exist", "access token is expired", "Fail to parse", "Failed to send"];
               code = ({code});"#
        );
        expand(syn::parse_str(&input).unwrap())
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
    fn unknown_codes_suggest_the_nearest() {
        let out = lookup("-99");
        assert!(out.contains("compile_error"), "{out}");
        assert!(
            out.contains(&"-99 is not a QQ platform return code; did you mean -101 (Failed to send), or -21 (access_token has been deprecated), or -9 (API doesn't exist)?".replace(' ', "")),
            "{out}"
        );
        assert!(
            lookup("-500010")
                .contains(&"did you mean -500009..=-500003 (Fail to parse)".replace(' ', ""))
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
    fn what_definition_writes_is_what_the_lookup_reads() {
        let rows = vec![
            CodeRow {
                name: Ident::new("Busy", proc_macro2::Span::call_site()),
                index: 0,
                low: 2000,
                high: 2009,
                shift: 0,
                description: Some("busy, \"quoted\"\nline".to_owned()),
            },
            CodeRow {
                name: Ident::new("Sent", proc_macro2::Span::call_site()),
                index: 1,
                low: 155,
                high: 155,
                shift: -256,
                description: Some("sent".to_owned()),
            },
        ];
        let target = MacroTarget {
            krate: quote!(::msdk_codes),
            enum_path: quote!(ShopCode),
            export: false,
            builtin: String::new(),
            stub: false,
        };
        let name = Ident::new("shop_code", proc_macro2::Span::call_site());
        let definition = definition(&name, &target, "a shop code", &rows, &[]);
        // The `__code!` input inside the macro_rules body, with `$($code)*`
        // replaced by a code, as rustc would.
        let text = definition.to_string();
        let start = text.find("krate").unwrap();
        let end = text.rfind("code =").unwrap();
        let input = format!("{} code = (-101);", &text[start..end]);
        let lookup: CodeLookup = syn::parse_str(&input).unwrap();
        assert_eq!(lookup.rows.len(), 2);
        assert_eq!(lookup.rows[0].name, "Busy");
        assert_eq!((lookup.rows[0].low, lookup.rows[0].high), (2000, 2009));
        assert_eq!(
            lookup.rows[0].description.as_deref(),
            Some("busy, \"quoted\"\nline")
        );
        assert_eq!(
            (lookup.rows[1].shift, lookup.rows[1].description.as_deref()),
            (-256, Some("sent"))
        );
        assert_eq!(
            expand(lookup).to_string().replace(' ', ""),
            "ShopCode::Sent"
        );
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
        let long = "x".repeat(59) + " yz";
        assert_eq!(brief(&long), format!("{}…", "x".repeat(59)));
    }

    #[test]
    fn what_a_code_is_called() {
        assert_eq!(
            what("QQ platform return codes", "QqPlatformCode"),
            "a QQ platform return code"
        );
        assert_eq!(
            what("OIDB uniform error codes", "OidbCode"),
            "an OIDB uniform error code"
        );
        assert_eq!(
            what("OIDB PayToken verification codes (0x73a)", "PayTokenCode"),
            "an OIDB PayToken verification code (0x73a)"
        );
        assert_eq!(
            what("Our shop.", "ShopCode"),
            "a code of `ShopCode` (Our shop.)"
        );
    }

    #[test]
    fn snake_case_names() {
        assert_eq!(snake_case("QqPlatformCode"), "qq_platform_code");
        assert_eq!(snake_case("GameServerCode"), "game_server_code");
        assert_eq!(snake_case("HTTPCode"), "http_code");
        assert_eq!(snake_case("Oidb0x73aCode"), "oidb0x73a_code");
    }
}
