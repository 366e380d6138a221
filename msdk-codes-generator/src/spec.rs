//! What an enum is called and where its table came from: everything the
//! generated code needs besides the rows.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::builtin::Builtin;
use crate::column::DeclaredColumn;
use crate::input::{TableDecl, TablePath};
use crate::tokens::{Attribute, Visibility};

pub struct EnumSpec {
    /// The caller's attributes for the enum (docs, derives, `cfg`, ...).
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub ident: Ident,
    /// The runtime crate's path at the caller.
    pub krate: TokenStream,
    pub id: String,
    pub title: String,
    pub source: String,
    /// The table's path for messages and docs.
    pub file: String,
    pub columns: Vec<DeclaredColumn>,
    pub origin: Origin,
    /// Where errors point: the path, or the call site.
    pub span: Span,
}

pub enum Origin {
    /// One of the six MSDK tables, generated inside msdk-codes: its doc
    /// examples run there, its code macro names it `$crate::Name`, and its
    /// serde impls come with msdk-codes' `serde` feature.
    Builtin(&'static Builtin),
    /// A table of the caller's.
    Custom {
        /// An expression naming the file, for `include_bytes!`.
        include: TokenStream,
        /// `#[msdk_codes(serde)]` was given, here.
        serde: Option<Span>,
    },
}

impl EnumSpec {
    pub fn builtin(builtin: &'static Builtin, krate: &TokenStream) -> Self {
        EnumSpec {
            attrs: Vec::new(),
            vis: Visibility::Public(quote!(pub)),
            ident: Ident::new(builtin.enum_name, Span::call_site()),
            krate: krate.clone(),
            id: builtin.id.to_owned(),
            title: builtin.title.to_owned(),
            source: builtin.source.to_owned(),
            file: builtin.file.to_owned(),
            columns: Vec::new(),
            origin: Origin::Builtin(builtin),
            span: Span::call_site(),
        }
    }

    pub fn custom(decl: TableDecl, krate: &TokenStream) -> (Self, TablePath) {
        let TableDecl {
            attrs,
            vis,
            ident,
            path,
            columns,
            serde,
        } = decl;
        let title = title(&attrs).unwrap_or_else(|| ident.to_string());
        let stem = std::path::Path::new(&path.display)
            .file_stem()
            .map_or_else(String::new, |s| s.to_string_lossy().replace('_', "-"));
        let spec = EnumSpec {
            attrs,
            vis,
            ident,
            krate: krate.clone(),
            id: stem,
            title,
            source: path.display.clone(),
            file: path.display.clone(),
            columns,
            origin: Origin::Custom {
                include: path.include.clone(),
                serde,
            },
            span: path.span,
        };
        (spec, path)
    }

    /// A `pub` custom enum with no attributes and no file to include: for
    /// tests and benchmarks of the generator.
    pub fn plain(name: &str, file: &str, title: &str, columns: Vec<DeclaredColumn>) -> Self {
        EnumSpec {
            attrs: Vec::new(),
            vis: Visibility::Public(quote!(pub)),
            ident: Ident::new(name, Span::call_site()),
            krate: quote!(::msdk_codes),
            id: file.trim_end_matches(".csv").to_owned(),
            title: title.to_owned(),
            source: file.to_owned(),
            file: file.to_owned(),
            columns,
            origin: Origin::Custom {
                include: TokenStream::new(),
                serde: None,
            },
            span: Span::call_site(),
        }
    }

    pub fn is_builtin(&self) -> bool {
        matches!(self.origin, Origin::Builtin(_))
    }

    /// The caller's `#[cfg(..)]` attributes, for every item generated beside
    /// the enum: an enum that is compiled out takes its impls with it.
    pub fn cfg(&self) -> TokenStream {
        let cfgs = self.attrs.iter().filter(|attr| attr.name == "cfg");
        quote!(#(#cfgs)*)
    }

    /// Whether the caller wrote doc comments for the enum.
    pub fn has_docs(&self) -> bool {
        self.attrs.iter().any(|attr| attr.name == "doc")
    }

    /// The code macro's name: `QqPlatformCode` -> `qq_platform_code`.
    pub fn macro_name(&self) -> String {
        snake_case(&self.ident.to_string())
    }

    /// "a QQ platform return code", for messages.
    pub fn what(&self) -> String {
        what(&self.title, &self.ident.to_string())
    }
}

fn title(attrs: &[Attribute]) -> Option<String> {
    attrs
        .iter()
        .find_map(Attribute::doc)
        .map(|line| line.trim().to_owned())
        .filter(|line| !line.is_empty())
}

/// "QQ platform return codes" -> "a QQ platform return code"; a title that
/// does not name its codes -> "a code of `ShopCode` (Shop codes.)".
fn what(title: &str, enum_name: &str) -> String {
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
fn snake_case(name: &str) -> String {
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
    fn the_title_is_the_first_doc_line() {
        let attrs = |text: &str| {
            let mut cursor = crate::tokens::Cursor::new(text.parse().unwrap(), Span::call_site());
            crate::tokens::attributes(&mut cursor).unwrap()
        };
        assert_eq!(
            title(&attrs("#[doc = \" Shop codes.\"] #[doc = \" More.\"]")).as_deref(),
            Some("Shop codes.")
        );
        assert_eq!(title(&attrs("#[derive(Default)]")), None);
    }

    #[test]
    fn snake_case_names() {
        assert_eq!(snake_case("QqPlatformCode"), "qq_platform_code");
        assert_eq!(snake_case("GameServerCode"), "game_server_code");
        assert_eq!(snake_case("HTTPCode"), "http_code");
        assert_eq!(snake_case("Oidb0x73aCode"), "oidb0x73a_code");
    }
}
