//! The compile-time half of [msdk-codes](https://docs.rs/msdk-codes): reads CSV
//! tables of error codes and generates exhaustive enums with `const fn` lookups.
//!
//! Use it through the runtime crate, `msdk_codes::msdk_codes!`, whose
//! documentation describes the input and the generated API. The generated code
//! names items of the runtime crate (`::msdk_codes::Action`, ...), so this crate
//! is of no use on its own.
//!
//! The pipeline: `input` parses the macro's arguments, `table` turns each
//! CSV into a model whose rows remember their line, `valid` checks the rules
//! and collects every error, and `expand` turns the model into tokens.

mod builtin;
mod code;
mod code_macro;
mod error;
mod expand;
mod input;
mod phf;
#[cfg(test)]
mod proptests;
mod table;
mod valid;

use proc_macro::TokenStream;

/// Generates one enum per CSV table; see `msdk_codes::msdk_codes!`.
#[proc_macro]
pub fn msdk_codes(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as input::Input);
    if matches!(input, input::Input::Builtin)
        && std::env::var("CARGO_CRATE_NAME").is_ok_and(|name| name != "msdk_codes")
    {
        return syn::Error::new(
            proc_macro2::Span::call_site(),
            "`msdk_codes!()` with no tables generates the MSDK enums, which msdk_codes \
             already exports: use `msdk_codes::QqPlatformCode` and the rest, or name a table \
             of your own: `msdk_codes! { pub enum ShopCode => \"codes/shop.csv\"; }`",
        )
        .to_compile_error()
        .into();
    }
    expand::expand(input).into()
}

/// The engine of the generated code macros (`qq_platform_code!`): not for
/// direct use.
#[doc(hidden)]
#[proc_macro]
pub fn __code(input: TokenStream) -> TokenStream {
    let lookup = syn::parse_macro_input!(input as code_macro::CodeLookup);
    code_macro::expand(lookup).into()
}
