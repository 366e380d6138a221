//! What generated code names, and nothing else: re-exports only. Not public
//! API.

pub use msdk_codes_macros::msdk_codes;

#[cfg(feature = "serde")]
pub use serde;

pub use crate::code_in_range::InRange;
pub use crate::code_text::{CodeText, parse_code};
pub use crate::generated::{LookupBytes, RowAt, Sealed, rows, table_info, text, unknown_code};
pub use crate::{
    __impl_rows as impl_rows, __impl_serde as impl_serde, __impl_traits as impl_traits,
};

/// The perfect hashes' formulas.
pub mod phf {
    pub use crate::perfect_hash::{bucket, hash, single_slot, slot};
}
