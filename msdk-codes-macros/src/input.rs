//! The macro's own arguments: nothing (the built-in MSDK tables), or a list of
//! `#[attrs] vis enum Name => "path/to/table.csv";` declarations.

use syn::parse::{Parse, ParseStream};
use syn::{Attribute, Ident, LitStr, Token, Visibility};

pub enum Input {
    /// `msdk_codes!()`: the six MSDK tables compiled into this crate.
    Builtin,
    Tables(Vec<TableDecl>),
}

/// `/// Docs.  pub enum ShopCode => "codes/shop.csv";`
pub struct TableDecl {
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub ident: Ident,
    pub path: LitStr,
}

impl Parse for Input {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        if input.is_empty() {
            return Ok(Input::Builtin);
        }
        let mut tables = Vec::new();
        while !input.is_empty() {
            tables.push(input.parse()?);
            if !input.is_empty() {
                input.parse::<Token![;]>()?;
            }
        }
        Ok(Input::Tables(tables))
    }
}

impl Parse for TableDecl {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let attrs = input.call(Attribute::parse_outer)?;
        let vis = input.parse()?;
        input.parse::<Token![enum]>()?;
        let ident = input.parse()?;
        input.parse::<Token![=>]>()?;
        let path = input.parse().map_err(|err| {
            syn::Error::new(
                err.span(),
                "expected the table's path as a string literal: `enum Name => \"codes/name.csv\";`",
            )
        })?;
        Ok(TableDecl {
            attrs,
            vis,
            ident,
            path,
        })
    }
}

impl TableDecl {
    /// The first line of the doc comment, if there is one.
    pub fn doc_title(&self) -> Option<String> {
        self.attrs.iter().find_map(|attr| {
            let syn::Meta::NameValue(meta) = &attr.meta else {
                return None;
            };
            if !meta.path.is_ident("doc") {
                return None;
            }
            match &meta.value {
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(doc),
                    ..
                }) => Some(doc.value().trim().to_owned()).filter(|line| !line.is_empty()),
                _ => None,
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_input_means_the_builtin_tables() {
        assert!(matches!(syn::parse_str::<Input>(""), Ok(Input::Builtin)));
    }

    #[test]
    fn several_declarations_with_attributes() {
        let input: Input = syn::parse_str(
            r#"/// Shop codes.
               #[derive(Default)]
               pub enum ShopCode => "codes/shop.csv";
               pub(crate) enum MatchCode => "/abs/match.csv""#,
        )
        .unwrap();
        let Input::Tables(tables) = input else {
            panic!("expected tables")
        };
        assert_eq!(tables.len(), 2);
        assert_eq!(tables[0].ident, "ShopCode");
        assert_eq!(tables[0].attrs.len(), 2);
        assert_eq!(tables[0].doc_title().as_deref(), Some("Shop codes."));
        assert_eq!(tables[1].path.value(), "/abs/match.csv");
        assert_eq!(tables[1].doc_title(), None);
    }

    #[test]
    fn a_path_that_is_not_a_string_is_an_error() {
        let err = syn::parse_str::<Input>("enum A => codes").err().unwrap();
        assert!(
            err.to_string()
                .contains("expected the table's path as a string literal")
        );
        assert!(syn::parse_str::<Input>("enum A => \"a.csv\" enum B => \"b.csv\"").is_err());
    }
}
