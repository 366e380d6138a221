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
//! every table that knows it. [`msdk_codes!`] generates the same API for
//! tables of your own.
//!
//! # Features
//!
//! - `serde`: every generated enum serializes as its integer code and
//!   deserializes from one.
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(clippy::pedantic)]
#![cfg_attr(docsrs, feature(doc_cfg))]

// Generated code names this crate `::msdk_codes`, here as in callers' crates.
extern crate self as msdk_codes;

mod action;
mod catalog;
mod code_in_range;
mod table_info;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

pub use action::Action;
pub use catalog::{Code, Table, lookup_all};
pub use code_in_range::CodeInRange;
pub use table_info::{TableInfo, UnknownCode};

/// Generates exhaustive enums from CSV tables of codes.
///
/// With no input it generates the six MSDK enums, which this crate exports.
/// For a table of your own, name the enum and the CSV file, relative to your
/// crate's `Cargo.toml` directory:
///
/// ```ignore
/// msdk_codes::msdk_codes! {
///     /// Codes returned by our shop service.
///     pub enum ShopCode => "codes/shop.csv";
/// }
/// ```
///
/// The table's format is described in the repository's `tables/README.md`:
/// a header row, then one row per code with the columns `code`, `name`,
/// `description` and optionally `solution`, `action`, `signed` and
/// `unsigned`. A malformed table fails the build with one error per problem,
/// each naming the file and line.
///
/// Every generated enum has `from_code`, `code`, `name`, `description`,
/// `solution`, `action` (all `const fn`), `ALL`, `TABLE`, and implements
/// `TryFrom<i32>`, `From<Self> for i32`, `Display`, `Error` and `FromStr`
/// (and serde's traits with the `serde` feature): see [`QqPlatformCode`].
pub use msdk_codes_macros::msdk_codes;

#[doc(hidden)]
pub use msdk_codes_macros::__code;

msdk_codes!();
