//! The `macro_rules!` written with each enum: it passes the rows and the
//! caller's tokens on to `__code!`.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::rows::{CodeRow, encode};
use crate::docs;
use crate::fallback;
use crate::spec::{EnumSpec, Origin};
use crate::table::Table;
use crate::tokens::{self, Error, Visibility};
use crate::variant::Variant;

/// The code macro of `spec`'s enum. `stub`: the table had errors; the macro
/// then gives the constant that carries them, whatever the code.
pub fn definition(spec: &EnumSpec, table: &Table, variants: &[Variant], stub: bool) -> TokenStream {
    let ident = &spec.ident;
    let name = spec.macro_name();
    if !tokens::is_identifier(&name) {
        let message = format!(
            "the code macro of `{ident}` would be named `{name}`, which is a Rust keyword; \
             rename the enum"
        );
        return Error::new(ident.span(), message).to_compile_error();
    }
    let macro_name = Ident::new(&name, Span::call_site());
    let krate = &spec.krate;
    let (enum_path, builtin) = match &spec.origin {
        Origin::Builtin(builtin) => (quote!(#krate::#ident), builtin.id),
        Origin::Custom { .. } => (quote!(#ident), ""),
    };
    let rows: Vec<CodeRow> = variants
        .iter()
        .map(|v| CodeRow {
            name: v.ident.clone(),
            index: v.index,
            low: v.row.codes.low,
            high: v.row.codes.high,
            shift: v.shift(),
            description: (!spec.is_builtin()).then(|| v.row.description().to_owned()),
        })
        .collect();
    let lines = encode(&rows);
    let descriptions = rows.iter().filter_map(|row| row.description.as_deref());
    let what = spec.what();
    let docs = docs::code_macro_docs(spec, table);
    let export = matches!(spec.vis, Visibility::Public(_)).then(|| quote!(#[macro_export]));
    let cfg = spec.cfg();
    let reexport = match &spec.vis {
        Visibility::Public(_) | Visibility::Inherited => None,
        vis => Some(quote! {
            #cfg
            #[allow(unused_imports)]
            #vis use #macro_name;
        }),
    };
    let body = if stub {
        fallback::error_constant(spec)
    } else {
        quote! {
            #krate::__code! {
                krate = [#krate];
                enum = [#enum_path];
                what = #what;
                builtin = #builtin;
                rows = #lines;
                descriptions = [#(#descriptions),*];
                code = ($($code)*);
            }
        }
    };
    quote! {
        #cfg
        #[doc = #docs]
        #export
        macro_rules! #macro_name {
            ($($code:tt)*) => { #body };
        }
        #reexport
    }
}
