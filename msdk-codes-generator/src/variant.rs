//! One row as the generated code sees it: a variant, the values it takes,
//! and the codes that lead to it.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};

use crate::spec::EnumSpec;
use crate::table::{Row, Table};

pub struct Variant<'a> {
    pub row: &'a Row,
    pub ident: Ident,
    pub index: usize,
    byte_table: bool,
}

pub fn variants(table: &Table) -> Vec<Variant<'_>> {
    table
        .rows
        .iter()
        .enumerate()
        .map(|(index, row)| Variant {
            row,
            ident: format_ident!("{}", row.name),
            index,
            byte_table: table.byte_table,
        })
        .collect()
}

impl Variant<'_> {
    pub fn is_range(&self) -> bool {
        self.row.codes.is_range()
    }

    /// In a byte table, what the signed form adds to the code (0 or -256);
    /// 0 elsewhere.
    pub fn shift(&self) -> i32 {
        if self.byte_table {
            self.row.signed_shift().unwrap_or(0)
        } else {
            0
        }
    }

    /// The type of a range variant's field.
    pub fn range_type(&self, spec: &EnumSpec) -> TokenStream {
        let krate = &spec.krate;
        let low = Literal::i32_unsuffixed(self.row.codes.low);
        let high = Literal::i32_unsuffixed(self.row.codes.high);
        quote!(#krate::CodeInRange<{ #low }, { #high }>)
    }

    /// The value holding `code` (one of the row's codes, the unsigned form
    /// of a byte), named through the enum's identifier.
    pub fn value(&self, spec: &EnumSpec, code: i32) -> TokenStream {
        let (ty, ident) = (&spec.ident, &self.ident);
        if self.is_range() {
            // The range's bounds are inferred from the variant's field.
            let krate = &spec.krate;
            let code = Literal::i32_unsuffixed(code);
            quote!(#ty::#ident(#krate::CodeInRange::new_const::<{ #code }>()))
        } else {
            quote!(#ty::#ident)
        }
    }

    /// A pattern matching every value of the variant.
    pub fn pattern(&self, spec: &EnumSpec) -> TokenStream {
        let (ty, ident) = (&spec.ident, &self.ident);
        if self.is_range() {
            quote!(#ty::#ident(_))
        } else {
            quote!(#ty::#ident)
        }
    }

    /// Every code that leads to the row, each with the code the value holds:
    /// the row's codes, and in a byte table their signed forms too.
    pub fn keys(&self) -> impl Iterator<Item = (i32, i32)> + '_ {
        let shift = self.shift();
        let codes = self.row.codes;
        (codes.low..=codes.high).flat_map(move |code| {
            std::iter::once((code, code)).chain((shift != 0).then_some((code + shift, code)))
        })
    }
}
