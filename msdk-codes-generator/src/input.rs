//! The macro's own arguments and the checks about them: the runtime crate's
//! path, then nothing (the built-in MSDK tables) or a list of
//! `#[attrs] vis enum Name => "path/to/table.csv" { column: Type, .. };`.

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote};
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Attribute, Ident, LitStr, Token, Visibility, braced, bracketed};

use crate::column::{ColumnType, DeclaredColumn, SUPPORTED_TYPES};
use crate::table::BUILT_IN_COLUMNS;

/// Everything between the braces of `msdk_codes! { .. }`, after the path to
/// the runtime crate that the runtime crate's own `msdk_codes!` adds.
pub struct Input {
    /// The runtime crate's path at the caller: `$crate`, whatever the
    /// caller's `Cargo.toml` named it.
    pub krate: TokenStream,
    /// `None`: `msdk_codes!()`, the six MSDK tables.
    pub tables: Option<Vec<TableDecl>>,
}

/// `/// Docs.  #[msdk_codes(serde)] pub enum ShopCode => "codes/shop.csv" { .. };`
pub struct TableDecl {
    /// The attributes for the enum: everything but `#[msdk_codes(..)]`.
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub ident: Ident,
    pub path: TablePath,
    pub columns: Vec<DeclaredColumn>,
    /// `#[msdk_codes(serde)]`: where it was asked for.
    pub serde: Option<Span>,
}

/// Where a table's file is, as the call names it.
pub struct TablePath {
    /// The path for messages and docs: as written, or with `$VAR` for an
    /// `env!` part.
    pub display: String,
    /// The path to read: relative ones start at `CARGO_MANIFEST_DIR`.
    pub resolved: Result<String, String>,
    /// An expression naming the file for `include_bytes!`, so that editing
    /// it rebuilds the caller.
    pub include: TokenStream,
    pub span: Span,
}

impl Parse for Input {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let content;
        bracketed!(content in input);
        let krate: TokenStream = content.parse()?;
        if input.is_empty() {
            return Ok(Input {
                krate,
                tables: None,
            });
        }
        let mut tables = Vec::new();
        while !input.is_empty() {
            tables.push(input.parse()?);
            if !input.is_empty() {
                input.parse::<Token![;]>()?;
            }
        }
        Ok(Input {
            krate,
            tables: Some(tables),
        })
    }
}

impl Parse for TableDecl {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let mut attrs = input.call(Attribute::parse_outer)?;
        let serde = take_options(&mut attrs)?;
        let vis = input.parse()?;
        input.parse::<Token![enum]>()?;
        let ident = input.parse()?;
        input.parse::<Token![=>]>()?;
        let path = input.parse()?;
        let columns = if input.peek(syn::token::Brace) {
            let content;
            braced!(content in input);
            parse_columns(&content)?
        } else {
            Vec::new()
        };
        Ok(TableDecl {
            attrs,
            vis,
            ident,
            path,
            columns,
            serde,
        })
    }
}

/// Takes `#[msdk_codes(serde)]` out of the attributes.
fn take_options(attrs: &mut Vec<Attribute>) -> syn::Result<Option<Span>> {
    let mut serde = None;
    let mut errors: Option<syn::Error> = None;
    attrs.retain(|attr| {
        if !attr.path().is_ident("msdk_codes") {
            return true;
        }
        let parsed = attr.parse_args_with(Punctuated::<Ident, Token![,]>::parse_terminated);
        match parsed {
            Ok(options) => {
                for option in options {
                    if option == "serde" {
                        serde = Some(option.span());
                    } else {
                        let error = syn::Error::new(
                            option.span(),
                            format!("unknown option `{option}`; the one option is `serde`"),
                        );
                        combine(&mut errors, error);
                    }
                }
            }
            Err(err) => combine(
                &mut errors,
                syn::Error::new(
                    err.span(),
                    "expected `#[msdk_codes(serde)]`: serde impls for this enum",
                ),
            ),
        }
        false
    });
    match errors {
        Some(errors) => Err(errors),
        None => Ok(serde),
    }
}

fn combine(errors: &mut Option<syn::Error>, error: syn::Error) {
    match errors {
        Some(errors) => errors.combine(error),
        None => *errors = Some(error),
    }
}

/// Method names a column may not take: the generated API, and the methods
/// of the traits the enum implements, which an inherent method would shadow.
const RESERVED_COLUMNS: [&str; 31] = [
    "from_code",
    "code",
    "codes",
    "name",
    "description",
    "solution",
    "action",
    "signed",
    "unsigned",
    "clone",
    "clone_from",
    "eq",
    "ne",
    "cmp",
    "partial_cmp",
    "lt",
    "le",
    "gt",
    "ge",
    "max",
    "min",
    "clamp",
    "hash",
    "fmt",
    "to_string",
    "into",
    "try_into",
    "source",
    "cause",
    "serialize",
    "type_id",
];

fn parse_columns(input: ParseStream) -> syn::Result<Vec<DeclaredColumn>> {
    let mut columns: Vec<DeclaredColumn> = Vec::new();
    let mut errors: Option<syn::Error> = None;
    while !input.is_empty() {
        let attrs = input.call(Attribute::parse_outer)?;
        let mut docs = Vec::new();
        for attr in &attrs {
            match doc_line(attr) {
                Some(line) => docs.push(line),
                None => combine(
                    &mut errors,
                    syn::Error::new_spanned(attr, "a column takes doc comments only"),
                ),
            }
        }
        let name: Ident = input.parse().map_err(|err| {
            syn::Error::new(
                err.span(),
                "expected a column: `name: Type`, such as `http_status: u16`",
            )
        })?;
        input.parse::<Token![:]>()?;
        let ty: syn::Type = input.parse()?;
        let text = name.to_string();
        let problem = if !is_snake_case(&text) {
            Some(format!(
                "column `{text}` must be a snake_case identifier (lowercase letters, digits and \
                 `_`, starting with a letter), as in the CSV header"
            ))
        } else if BUILT_IN_COLUMNS.contains(&text.as_str()) {
            Some(format!(
                "`{text}` is a column of the format itself; declare only columns of your own"
            ))
        } else if RESERVED_COLUMNS.contains(&text.as_str()) {
            Some(format!(
                "column `{text}` would clash with the generated `{text}` method; rename it in \
                 the CSV header and here"
            ))
        } else if columns.iter().any(|column| column.name == text) {
            Some(format!("column `{text}` is declared twice; keep one"))
        } else {
            None
        };
        if let Some(problem) = problem {
            combine(&mut errors, syn::Error::new(name.span(), problem));
        }
        match ColumnType::from_syn(&ty) {
            Some(ty) => columns.push(DeclaredColumn { docs, name, ty }),
            None => combine(
                &mut errors,
                syn::Error::new_spanned(
                    &ty,
                    format!(
                        "unsupported column type `{}`; use {SUPPORTED_TYPES}",
                        ty.to_token_stream().to_string().replace(' ', "")
                    ),
                ),
            ),
        }
        if !input.is_empty() {
            input.parse::<Token![,]>()?;
        }
    }
    match errors {
        Some(errors) => Err(errors),
        None => Ok(columns),
    }
}

/// The text of a `///` line.
fn doc_line(attr: &Attribute) -> Option<String> {
    let syn::Meta::NameValue(meta) = &attr.meta else {
        return None;
    };
    match &meta.value {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(doc),
            ..
        }) if meta.path.is_ident("doc") => Some(doc.value()),
        _ => None,
    }
}

fn is_snake_case(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

impl Parse for TablePath {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        if input.peek(LitStr) {
            let path: LitStr = input.parse()?;
            let file = path.value();
            let (resolved, include) = if std::path::Path::new(&file).is_absolute() {
                (Ok(file.clone()), quote!(#file))
            } else {
                let relative = format!("/{file}");
                let base = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
                (
                    Ok(format!("{base}{relative}")),
                    quote!(::core::concat!(::core::env!("CARGO_MANIFEST_DIR"), #relative)),
                )
            };
            return Ok(TablePath {
                display: file,
                resolved,
                include,
                span: path.span(),
            });
        }
        let expected = "expected the table's path: a string literal (`\"codes/shop.csv\"`, \
                        relative to your Cargo.toml), or `concat!(env!(\"OUT_DIR\"), \"/shop.csv\")` \
                        for a table your build script writes";
        let mac: syn::Macro = input
            .parse()
            .map_err(|err| syn::Error::new(err.span(), expected))?;
        if !mac.path.is_ident("concat") {
            return Err(syn::Error::new_spanned(&mac, expected));
        }
        let parts = mac.parse_body_with(Punctuated::<PathPart, Token![,]>::parse_terminated)?;
        let mut display = String::new();
        let mut resolved = Ok(String::new());
        for part in &parts {
            match part {
                PathPart::Literal(text) => {
                    display.push_str(text);
                    if let Ok(path) = &mut resolved {
                        path.push_str(text);
                    }
                }
                PathPart::Env(var) => {
                    display.push_str(&format!("${var}"));
                    match std::env::var(var) {
                        Ok(value) => {
                            if let Ok(path) = &mut resolved {
                                path.push_str(&value);
                            }
                        }
                        Err(_) => {
                            resolved = Err(format!(
                                "environment variable `{var}` is not set for this crate's build"
                            ));
                        }
                    }
                }
            }
        }
        let parts = parts.iter().map(|part| match part {
            PathPart::Literal(text) => quote!(#text),
            PathPart::Env(var) => quote!(::core::env!(#var)),
        });
        Ok(TablePath {
            display,
            resolved,
            include: quote!(::core::concat!(#(#parts),*)),
            span: mac.span(),
        })
    }
}

/// A part of `concat!(..)` in a table's path: a string or `env!("VAR")`.
enum PathPart {
    Literal(String),
    Env(String),
}

impl Parse for PathPart {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        if input.peek(LitStr) {
            return Ok(PathPart::Literal(input.parse::<LitStr>()?.value()));
        }
        let mac: syn::Macro = input.parse()?;
        if !mac.path.is_ident("env") {
            return Err(syn::Error::new_spanned(
                &mac,
                "a table's `concat!` may hold string literals and `env!(\"VAR\")` only",
            ));
        }
        Ok(PathPart::Env(mac.parse_body::<LitStr>()?.value()))
    }
}

trait MacroSpan {
    fn span(&self) -> Span;
}

impl MacroSpan for syn::Macro {
    fn span(&self) -> Span {
        self.path
            .segments
            .first()
            .map_or_else(Span::call_site, |segment| segment.ident.span())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> syn::Result<Input> {
        syn::parse_str(&format!("[::msdk_codes] {text}"))
    }

    #[test]
    fn empty_input_means_the_builtin_tables() {
        let input = parse("").unwrap();
        assert!(input.tables.is_none());
        assert_eq!(input.krate.to_string(), ":: msdk_codes");
    }

    #[test]
    fn several_declarations_with_attributes() {
        let input = parse(
            r#"/// Shop codes.
               #[derive(Default)]
               #[msdk_codes(serde)]
               pub enum ShopCode => "codes/shop.csv";
               pub(crate) enum MatchCode => "/abs/match.csv" { http_status: u16, note: Option<&'static str> }"#,
        )
        .unwrap();
        let tables = input.tables.unwrap();
        assert_eq!(tables.len(), 2);
        assert_eq!(tables[0].ident, "ShopCode");
        assert_eq!(tables[0].attrs.len(), 2);
        assert!(tables[0].serde.is_some());
        assert!(
            tables[0]
                .path
                .resolved
                .as_ref()
                .unwrap()
                .ends_with("/codes/shop.csv")
        );
        assert_eq!(tables[1].path.display, "/abs/match.csv");
        assert_eq!(tables[1].path.resolved.as_deref(), Ok("/abs/match.csv"));
        assert!(tables[1].serde.is_none());
        let columns: Vec<String> = tables[1]
            .columns
            .iter()
            .map(|c| format!("{}: {}", c.name, c.ty.spelling()))
            .collect();
        assert_eq!(columns, ["http_status: u16", "note: Option<&str>"]);
        let input = parse(
            r#"enum A => "a.csv" { /// The status.
                                                  http_status: u16 }"#,
        )
        .unwrap();
        assert_eq!(input.tables.unwrap()[0].columns[0].docs, [" The status."]);
    }

    #[test]
    fn a_path_from_the_build_script() {
        let input =
            parse(r#"enum A => concat!(env!("MSDK_CODES_TEST_NO_SUCH_VAR"), "/a.csv")"#).unwrap();
        let path = &input.tables.unwrap()[0].path;
        assert_eq!(path.display, "$MSDK_CODES_TEST_NO_SUCH_VAR/a.csv");
        assert!(path.resolved.as_ref().unwrap_err().contains("is not set"));
        let input = parse(r#"enum A => concat!(env!("CARGO_MANIFEST_DIR"), "/a.csv")"#).unwrap();
        let path = &input.tables.unwrap()[0].path;
        assert!(
            path.resolved
                .as_ref()
                .unwrap()
                .ends_with("msdk-codes-generator/a.csv")
        );
        assert!(parse(r#"enum A => concat!(file!(), "/a.csv")"#).is_err());
    }

    #[test]
    fn bad_declarations_are_errors() {
        let err = |text: &str| parse(text).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(err("enum A => codes").contains("expected the table's path"));
        assert!(parse("enum A => \"a.csv\" enum B => \"b.csv\"").is_err());
        assert!(err("#[msdk_codes(serd)] enum A => \"a.csv\"").contains("unknown option `serd`"));
        assert!(err("enum A => \"a.csv\" { HttpStatus: u16 }").contains("snake_case"));
        assert!(err("enum A => \"a.csv\" { code: u16 }").contains("a column of the format"));
        assert!(err("enum A => \"a.csv\" { to_string: u16 }").contains("would clash"));
        assert!(err("enum A => \"a.csv\" { a: u16, a: u8 }").contains("declared twice"));
        assert!(
            err("enum A => \"a.csv\" { a: String }").contains("unsupported column type `String`")
        );
    }
}
