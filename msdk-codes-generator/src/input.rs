//! The macro's own arguments and the checks about them: the runtime crate's
//! path, then nothing (the built-in MSDK tables) or a list of
//! `#[attrs] vis enum Name => "path/to/table.csv" { column: Type, .. };`.

use proc_macro2::{Delimiter, Ident, Span, TokenStream, TokenTree};
use quote::quote;

use crate::column::{self, ColumnType, DeclaredColumn, SUPPORTED_TYPES};
use crate::table::BUILT_IN_COLUMNS;
use crate::tokens::{
    self, Attribute, Cursor, Error, Errors, Result, Visibility, attributes, inside, visibility,
};

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
    pub resolved: std::result::Result<String, String>,
    /// An expression naming the file for `include_bytes!`, so that editing
    /// it rebuilds the caller.
    pub include: TokenStream,
    pub span: Span,
}

/// Reads the macro's input.
pub fn parse(input: TokenStream) -> Result<Input> {
    let mut cursor = Cursor::new(input, Span::call_site());
    let krate = cursor.group(
        Delimiter::Bracket,
        "call `msdk_codes::msdk_codes!`: it passes the runtime crate's path to this macro",
    )?;
    if cursor.is_empty() {
        return Ok(Input {
            krate: krate.stream(),
            tables: None,
        });
    }
    let mut tables = Vec::new();
    while !cursor.is_empty() {
        tables.push(table_decl(&mut cursor)?);
        if !cursor.is_empty() {
            cursor.punct(';', "expected `;` after a table's declaration")?;
        }
    }
    Ok(Input {
        krate: krate.stream(),
        tables: Some(tables),
    })
}

fn table_decl(cursor: &mut Cursor) -> Result<TableDecl> {
    let mut attrs = attributes(cursor)?;
    let serde = take_options(&mut attrs)?;
    let vis = visibility(cursor)?;
    cursor.keyword("enum")?;
    let ident = cursor.ident("expected the enum's name, such as `ShopCode`")?;
    cursor
        .fat_arrow("expected `=>` and the table's path: `enum ShopCode => \"codes/shop.csv\"`")?;
    let path = table_path(cursor)?;
    let columns = if cursor.peek_group(Delimiter::Brace) {
        let group = cursor.group(Delimiter::Brace, "")?;
        parse_columns(&mut inside(&group))?
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

/// Takes `#[msdk_codes(serde)]` out of the attributes.
fn take_options(attrs: &mut Vec<Attribute>) -> Result<Option<Span>> {
    let mut serde = None;
    let mut errors = Errors::default();
    attrs.retain(|attr| {
        if attr.name != "msdk_codes" {
            return true;
        }
        let mut args = Cursor::new(attr.args.clone(), attr.span);
        let Ok(group) = args.group(Delimiter::Parenthesis, "") else {
            errors.push(Error::new(
                attr.span,
                "expected `#[msdk_codes(serde)]`: serde impls for this enum",
            ));
            return false;
        };
        let mut options = inside(&group);
        while !options.is_empty() {
            match options.ident("expected `serde`") {
                Ok(option) if option == "serde" => serde = Some(option.span()),
                Ok(option) => errors.push(Error::new(
                    option.span(),
                    format!("unknown option `{option}`; the one option is `serde`"),
                )),
                Err(err) => {
                    errors.push(err);
                    break;
                }
            }
            if !options.is_empty() && options.punct(',', "expected `,`").is_err() {
                errors.push(options.error("expected `,` between options"));
                break;
            }
        }
        false
    });
    errors.finish(serde)
}

/// Method names a column may not take besides the format's own columns:
/// the rest of the generated API, and the methods of the traits the enum
/// implements, which an inherent method would shadow.
const RESERVED_COLUMNS: [&str; 25] = [
    "from_code",
    "codes",
    "text",
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

fn parse_columns(cursor: &mut Cursor) -> Result<Vec<DeclaredColumn>> {
    let mut columns: Vec<DeclaredColumn> = Vec::new();
    let mut errors = Errors::default();
    while !cursor.is_empty() {
        let attrs = attributes(cursor)?;
        let mut docs = Vec::new();
        for attr in &attrs {
            match attr.doc() {
                Some(line) => docs.push(line),
                None => errors.push(Error::new(attr.span, "a column takes doc comments only")),
            }
        }
        let name = cursor.ident("expected a column: `name: Type`, such as `http_status: u16`")?;
        cursor.punct(
            ':',
            "expected `:` and the column's type, as in `http_status: u16`",
        )?;
        let type_span = cursor.span();
        let ty: Vec<TokenTree> = cursor.until(',');
        let text = name.to_string();
        let problem = if !column::is_snake_case(&text) {
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
            errors.push(Error::new(name.span(), problem));
        }
        match ColumnType::from_tokens(&ty) {
            Some(ty) => columns.push(DeclaredColumn { docs, name, ty }),
            None => errors.push(Error::new(
                type_span,
                format!(
                    "unsupported column type `{}`; use {SUPPORTED_TYPES}",
                    tokens::spelling(&ty)
                ),
            )),
        }
        if !cursor.is_empty() {
            cursor.punct(',', "expected `,` between columns")?;
        }
    }
    errors.finish(columns)
}

const PATH_EXPECTED: &str = "expected the table's path: a string literal (`\"codes/shop.csv\"`, \
     relative to your Cargo.toml), or `concat!(env!(\"OUT_DIR\"), \"/shop.csv\")` for a table \
     your build script writes";

fn table_path(cursor: &mut Cursor) -> Result<TablePath> {
    if let Some(TokenTree::Literal(_)) = cursor.peek() {
        let (file, span) = cursor.string(PATH_EXPECTED)?;
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
            span,
        });
    }
    let span = cursor.span();
    if !cursor.peek_ident("concat") {
        return Err(cursor.error(PATH_EXPECTED));
    }
    cursor.ident(PATH_EXPECTED)?;
    cursor.punct('!', PATH_EXPECTED)?;
    let group = cursor.group(Delimiter::Parenthesis, PATH_EXPECTED)?;
    let mut parts = inside(&group);
    let mut display = String::new();
    let mut resolved = Ok(String::new());
    let mut include = Vec::new();
    while !parts.is_empty() {
        if parts.peek_ident("env") {
            parts.ident("")?;
            parts.punct('!', "expected `env!(\"VAR\")`")?;
            let group = parts.group(Delimiter::Parenthesis, "expected `env!(\"VAR\")`")?;
            let (var, _) = inside(&group).string("expected `env!(\"VAR\")`")?;
            display.push_str(&format!("${var}"));
            match std::env::var(&var) {
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
            include.push(quote!(::core::env!(#var)));
        } else {
            let (text, _) = parts
                .string("a table's `concat!` may hold string literals and `env!(\"VAR\")` only")?;
            display.push_str(&text);
            if let Ok(path) = &mut resolved {
                path.push_str(&text);
            }
            include.push(quote!(#text));
        }
        if !parts.is_empty() {
            parts.punct(',', "expected `,` between the parts of `concat!`")?;
        }
    }
    Ok(TablePath {
        display,
        resolved,
        include: quote!(::core::concat!(#(#include),*)),
        span,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Input> {
        super::parse(format!("[::msdk_codes] {text}").parse().unwrap())
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
        assert!(parse("enum A").is_err());
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
