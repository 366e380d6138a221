//! Tencent MSDK's QQ return codes as exhaustive Rust enums, generated at
//! compile time from CSV tables: a typo in a code fails the build, and every
//! code knows its meaning, its recommended solution and what to do next.
//!
//! ```
//! use msdk_codes::{Action, QqPlatformCode};
//!
//! let code = QqPlatformCode::from_code(-21).expect("a known code");
//! assert_eq!(code.description(), "access_token has been deprecated");
//! assert_eq!(code.solution(), Some("Reauthorize"));
//! assert_eq!(code.action(), Action::Reauthorize);
//! assert_eq!(code.to_string(), "-21: access_token has been deprecated");
//! ```
//!
//! The six tables of MSDK's "QQ return codes" page are [`QqPlatformCode`],
//! [`QqGroupCode`], [`GameCenterCode`], [`OidbCode`], [`PayTokenCode`]
//! (OIDB command 0x73a) and [`AccessTokenCode`] (OIDB command 0x711).
//! [`Table`] and [`Code`] span all six, and [`lookup_all`] finds a number in
//! every table that knows it. [`Ret`] keeps a response's `ret` whether or not
//! its table knows it, and [`Outcome`] explains a whole response, OIDB
//! failure included. [`msdk_codes!`] generates the same API for tables of
//! your own.
//!
//! # Features
//!
//! - `serde`: the six MSDK enums (and custom ones that ask for it with
//!   `#[msdk_codes(serde)]`) serialize as their integer code and deserialize
//!   from one; [`Ret`] takes any integer; [`Action`], [`Table`], [`Code`]
//!   and [`Outcome`] serialize too.
//! - `cli`: the `msdk-codes` command-line tool.
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(clippy::pedantic)]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod action;
mod catalog;
mod code_enum;
mod code_in_range;
mod code_text;
mod generated;
mod impl_macros;
mod json;
mod language;
pub mod oidb;
mod outcome;
mod parse_error;
mod perfect_hash;
mod response;
mod ret;
mod rows;
mod table_info;
pub mod text;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

pub use action::Action;
pub use catalog::{BuiltinCode, Code, Layer, Table, lookup_all};
pub use code_enum::CodeEnum;
pub use code_in_range::CodeInRange;
pub use code_text::{CodeText, parse_code};
pub use language::{Language, Text};
pub use outcome::Outcome;
pub use parse_error::ParseError;
pub use response::{Explanation, Match, Message, Response, ResponseError};
pub use ret::Ret;
pub use rows::{Rows, RowsIter};
pub use table_info::{TableInfo, UnknownCode};

/// Generates exhaustive enums from CSV tables of codes.
///
/// With no input it generates the six MSDK enums, which this crate exports.
/// For tables of your own, name each enum and its CSV file; a relative path
/// starts at your crate's `Cargo.toml` directory. Doc comments and other
/// attributes go onto the enum, and any visibility works:
///
/// ```
/// msdk_codes::msdk_codes! {
///     /// Codes returned by our shop service.
///     pub enum ShopCode => "doc/shop.csv";
/// }
///
/// // doc/shop.csv:
/// // code,name,description,solution,action
/// // 0,Ok,The order went through,,success
/// // 1001,OutOfStock,The item is sold out,Offer another item,user_action
/// // 2000~2009,ShopBusy,The shop is busy,Try again in a moment,retry
///
/// let code = ShopCode::from_code(1001).unwrap();
/// assert_eq!(code.description(), "The item is sold out");
/// assert_eq!(code.action(), msdk_codes::Action::UserAction);
/// assert_eq!(ShopCode::from_code(2005).map(ShopCode::code), Some(2005));
/// match code {
///     shop_code!(0) => {}
///     shop_code!(1001) => println!("{code}"),
///     _ => {}
/// }
/// ```
///
/// The table's format is described in the repository's `tables/README.md`:
/// a header row, then one row per code with the columns `code`, `name`,
/// `description` and optionally `solution`, `action`, `signed` and
/// `unsigned`. Editing the file rebuilds the crate that reads it. A
/// malformed table fails the build with one error per problem, each naming
/// the file and line, the value and the fix.
///
/// # Columns of your own
///
/// Declare more columns in braces after the path, each with its type: every
/// cell is checked against the type at compile time, and each column gets a
/// `const fn` of its name. Types: `bool`, `char`, the integer types, `f32`,
/// `f64`, `&str`, and `Option<T>` of those, where an empty cell is `None`.
///
/// ```
/// msdk_codes::msdk_codes! {
///     /// Codes returned by our shop service.
///     pub enum ShopCode => "doc/shop-typed.csv" {
///         http_status: u16,
///         retry_after_ms: Option<u32>,
///         page_oncall: bool,
///     };
/// }
///
/// let busy = ShopCode::from_code(2003).unwrap();
/// assert_eq!(busy.http_status(), 503);
/// assert_eq!(busy.retry_after_ms(), Some(500));
/// assert!(!busy.page_oncall());
/// ```
///
/// # Serde
///
/// `#[msdk_codes(serde)]` on a declaration gives that enum serde impls (it
/// serializes as its code): it needs this crate's `serde` feature, and says
/// so if the feature is off. The six MSDK enums have them whenever the
/// feature is on.
///
/// # A table your build script writes
///
/// The path may be `concat!(env!("OUT_DIR"), "/codes.csv")`: string
/// literals and `env!` of variables set for your crate's build.
///
/// # The generated API
///
/// Every generated enum has `from_code`, `code`, `codes`, `name`,
/// `description`, `solution` and `action` (all `const fn`; a byte table's
/// also `signed`), `ALL` (a [`Rows`]) and `TABLE`, implements `TryFrom<i32>` (a byte
/// table's `TryFrom<u8>` too), `From<Self> for i32`, `Display`, `Error`,
/// `FromStr`, `Ord` (by code) and [`CodeEnum`], and comes with a code macro
/// named after it in snake case (`ShopCode` gets `shop_code!`): see
/// [`QqPlatformCode`] and [`qq_platform_code!`]. In a table without range
/// rows each variant's discriminant is its code (`ShopCode::OutOfStock as
/// i32` is `1001`); in a table with one, `as` does not compile, and
/// `code()` gives the code. The enum has no variant but the table's rows,
/// so a `match` listing them all is exhaustive in every position, through
/// references included. Nothing else is added to the type: a method of yours named `row` or a
/// constant named `SLOTS` is yours.
///
/// A `pub` enum's code macro is exported at the crate root
/// (`your_crate::shop_code!` for other crates); inside your crate, call it
/// after the declaration, or from other modules through `#[macro_use]` on
/// the declaring module (rustc does not let a crate name its own
/// macro-generated exported macros by path). A `pub(crate)` enum's macro is
/// re-exported next to the enum, so `crate::codes::shop_code!` works. A
/// custom enum's code macro expands to `ShopCode::Variant`, so the enum must
/// be in scope where it is called.
///
/// The generated code reaches this crate through `$crate`, so msdk-codes
/// may be renamed in your `Cargo.toml`
/// (`codes = { package = "msdk-codes", .. }`, then `codes::msdk_codes!`).
#[macro_export]
macro_rules! msdk_codes {
    ($($input:tt)*) => {
        $crate::__private::msdk_codes! { [$crate] $($input)* }
    };
}

#[doc(hidden)]
pub use msdk_codes_macros::__code;

msdk_codes!();
