//! The code macros (`qq_platform_code!(-21)`): a `macro_rules!` generated
//! with each enum hands the table's rows and the caller's tokens to
//! `__code!`, which turns a known code into its variant and an unknown one
//! into a compile error at the code's span, naming the codes the caller most
//! likely meant.
//!
//! - `rows`: the format in which the rows travel from one to the other;
//! - `definition`: the `macro_rules!` written with each enum;
//! - `resolve`: `__code!`, run at every call.

mod definition;
mod resolve;
mod rows;

pub use definition::definition;
pub use resolve::resolve;
