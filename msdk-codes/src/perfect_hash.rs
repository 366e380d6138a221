//! The perfect hashes' formulas that generated lookups evaluate, as
//! `msdk-codes-generator`'s `phf` module searches with them (the workspace
//! test `test_agreement` checks that both agree).

const K: u64 = 0x9E37_79B9_7F4A_7C15;
const P: u64 = 0xC2B2_AE3D_27D4_EB4F;
const Q: u64 = 0x1656_67B1_9E37_79F9;

/// The slot of `code` in a single-multiplier hash.
#[inline]
#[must_use]
pub const fn single_slot(code: i32, multiplier: u32, shift: u32) -> usize {
    (u32::from_ne_bytes(code.to_ne_bytes()).wrapping_mul(multiplier) >> shift) as usize
}

/// The first level of the two-level hash: `code` mixed with `seed`.
#[inline]
#[must_use]
pub const fn hash(code: i32, seed: u64) -> u64 {
    (u32::from_ne_bytes(code.to_ne_bytes()) as u64 ^ seed).wrapping_mul(K)
}

/// The bucket of a two-level hash.
#[inline]
#[must_use]
pub const fn bucket(hash: u64, buckets: u64) -> usize {
    (((hash >> 32) * buckets) >> 32) as usize
}

/// The slot of a two-level hash, from the bucket's pilot.
#[inline]
#[must_use]
pub const fn slot(hash: u64, pilot: u64, slots: u64) -> usize {
    let mixed = (hash ^ pilot.wrapping_mul(P)).wrapping_mul(Q);
    (((mixed >> 32) * slots) >> 32) as usize
}
