//! The procedural macros of [msdk-codes](https://docs.rs/msdk-codes). Use
//! them through the runtime crate, `msdk_codes::msdk_codes!`, whose
//! documentation describes the input and the generated API; the work is done
//! by `msdk-codes-generator`.

use proc_macro::TokenStream;

/// Generates one enum per CSV table; call it as `msdk_codes::msdk_codes!`,
/// which passes the runtime crate's path first.
#[proc_macro]
pub fn msdk_codes(input: TokenStream) -> TokenStream {
    let crate_name = std::env::var("CARGO_CRATE_NAME").ok();
    msdk_codes_generator::msdk_codes(input.into(), crate_name.as_deref()).into()
}

/// The engine of the generated code macros (`qq_platform_code!`): not for
/// direct use.
#[doc(hidden)]
#[proc_macro]
pub fn __code(input: TokenStream) -> TokenStream {
    msdk_codes_generator::code(input.into()).into()
}
