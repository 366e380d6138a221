//! The code generator behind [msdk-codes](https://docs.rs/msdk-codes): CSV
//! tables of error codes to exhaustive Rust enums. It is a plain library so
//! that its core can be tested, benchmarked and fuzzed; `msdk-codes-macros`
//! is the proc-macro crate that calls it, and users call that through
//! `msdk_codes::msdk_codes!`. Its API follows msdk-codes' needs, not semver.
//!
//! The pipeline, one module each, in the order the modules import each
//! other:
//! - [`tokens`]: reading the macros' tokens (with proc-macro2 alone: syn
//!   would be the longest step of every user's clean build);
//! - [`input`]: the macro's arguments and the checks about them;
//! - [`spec`]: what an enum is called and where its table came from;
//! - [`records`] reads CSV text, [`literal`] the numbers, bools and chars
//!   in cells, [`code`](mod@code) the `code` cell, [`column`](mod@column) the declared columns,
//!   [`action`] the `action` vocabulary;
//! - [`table`]: CSV to the model, each row keeping its line; [`error`]
//!   collects the problems;
//! - [`valid`]: the rules, one `check_*` function each;
//! - [`load`]: read, parse, validate: what every consumer calls;
//! - [`fallback`]: the compile errors and the stub after a bad table;
//! - [`variant`], [`phf`], [`lookup`], [`docs`]: a row as the generated code
//!   sees it, the perfect hashes, `from_code`'s body, every generated doc;
//! - [`expand`]: the driver and the enum's tokens;
//! - [`code_macro`]: the per-table `macro_rules!` and the `__code!` resolver,
//!   whose suggestions come from [`suggest`] (which the CLI uses too);
//! - [`builtin`]: the six MSDK tables.

pub mod action;
pub mod builtin;
pub mod code;
pub mod code_macro;
pub mod column;
pub mod docs;
pub mod error;
pub mod expand;
pub mod fallback;
pub mod input;
pub mod literal;
pub mod load;
pub mod lookup;
pub mod phf;
#[cfg(test)]
mod proptests;
pub mod records;
pub mod spec;
pub mod suggest;
pub mod table;
pub mod tokens;
pub mod valid;
pub mod variant;

use proc_macro2::{Span, TokenStream};

/// `msdk_codes!`: one enum per table, or the six MSDK enums. `crate_name` is
/// the crate being compiled (`CARGO_CRATE_NAME`), which for the MSDK enums
/// must be msdk_codes itself.
pub fn msdk_codes(input: TokenStream, crate_name: Option<&str>) -> TokenStream {
    let input = match input::parse(input) {
        Ok(input) => input,
        Err(err) => return err.to_compile_error(),
    };
    if input.tables.is_none() && crate_name.is_some_and(|name| name != "msdk_codes") {
        return tokens::Error::new(
            Span::call_site(),
            "`msdk_codes!()` with no tables generates the MSDK enums, which msdk_codes \
             already exports: use `msdk_codes::QqPlatformCode` and the rest, or name a table \
             of your own: `msdk_codes! { pub enum ShopCode => \"codes/shop.csv\"; }`",
        )
        .to_compile_error();
    }
    expand::expand(input)
}

/// `__code!`: the engine of the generated code macros.
pub fn code(input: TokenStream) -> TokenStream {
    code_macro::resolve(input)
}
