//! The perfect hashes' formulas that generated lookups evaluate, as
//! `msdk-codes-generator`'s `phf` module searches with them (the workspace
//! test `test_agreement` checks that both agree).

const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// The slot of `code` in a single-multiplier hash.
#[inline]
#[must_use]
pub const fn single_slot(code: i32, multiplier: u32, shift: u32) -> usize {
    (u32::from_ne_bytes(code.to_ne_bytes()).wrapping_mul(multiplier) >> shift) as usize
}

/// The two-level hash: `code` mixed with `seed`.
#[inline]
#[must_use]
pub const fn hash(code: i32, seed: u64) -> u64 {
    (u32::from_ne_bytes(code.to_ne_bytes()) as u64 ^ seed).wrapping_mul(K)
}

/// The bucket of a two-level hash: its top bits (`shift` is 64 less their
/// number).
#[inline]
#[must_use]
#[expect(
    clippy::cast_possible_truncation,
    reason = "the index is below the number of buckets, the length of an array in memory"
)]
pub const fn bucket(hash: u64, shift: u32) -> usize {
    (hash >> shift) as usize
}

/// The slot of a two-level hash: the top bits of its low half (`shift` is
/// 32 less their number), moved by the bucket's displacement.
#[inline]
#[must_use]
#[expect(
    clippy::cast_possible_truncation,
    reason = "the slot is read from the hash's low half on purpose"
)]
pub const fn slot(hash: u64, displacement: u32, shift: u32) -> usize {
    (((hash as u32) >> shift) ^ displacement) as usize
}
