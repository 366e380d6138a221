//! Perfect hashes for a table's codes, found at compile time, so that
//! `from_code` is a few arithmetic steps and one compare, with no branches
//! to mispredict.
//!
//! Two forms, both searched deterministically (the same keys give the same
//! hash on every build):
//! - [`Single`]: one multiply and one shift send every key to its own slot of
//!   a power-of-two table. One load; found for tables up to a few hundred
//!   keys.
//! - [`TwoLevel`] (hash and displace): the top bits of one multiply pick a
//!   bucket, other bits a slot, which the bucket's displacement moves by an
//!   xor. Two loads; always found, in time linear
//!   in the table.
//!
//! The formulas are written twice, here for the search and in the runtime
//! crate (`msdk_codes::__private::phf`) for the lookups; the workspace test
//! `test_agreement` checks that they agree.

/// `slot = (code as u32).wrapping_mul(multiplier) >> (32 - bits)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Single {
    pub multiplier: u32,
    pub bits: u32,
    /// For each slot, the index of the key that lands there, if any.
    pub slots: Vec<Option<usize>>,
}

/// `hash = ((code as u32 as u64) ^ seed) * K`; the bucket is the hash's
/// top `bucket_bits` bits; the slot is the top `slot_bits` bits of its low
/// half, xor-ed with the bucket's displacement. A lookup is one multiply,
/// two shifts, one load and one xor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TwoLevel {
    pub seed: u64,
    pub bucket_bits: u32,
    pub slot_bits: u32,
    /// One displacement per bucket, below `min(slots, 2^16)`.
    pub displacements: Vec<u32>,
    /// For each slot, the index of the key that lands there, if any.
    pub slots: Vec<Option<usize>>,
}

/// Tables with more keys than this go straight to the two-level form: the
/// single-multiplier search would fail anyway, and take long doing it.
pub const SINGLE_MAX_KEYS: usize = 1024;

/// How many multipliers to try at each table size.
const TRIES: usize = 4096;

pub fn single_slot(key: i32, multiplier: u32, bits: u32) -> usize {
    (u32::from_ne_bytes(key.to_ne_bytes()).wrapping_mul(multiplier) >> (32 - bits)) as usize
}

const K: u64 = 0x9E37_79B9_7F4A_7C15;

pub fn hash(key: i32, seed: u64) -> u64 {
    (u64::from(u32::from_ne_bytes(key.to_ne_bytes())) ^ seed).wrapping_mul(K)
}

/// `shift` is `64 - bucket_bits`.
pub fn bucket(hash: u64, shift: u32) -> usize {
    (hash >> shift) as usize
}

/// `shift` is `32 - slot_bits`.
pub fn slot(hash: u64, displacement: u32, shift: u32) -> usize {
    (((hash as u32) >> shift) ^ displacement) as usize
}

impl Single {
    /// The single-multiplier hash for `keys` (distinct), with 2 to 16 slots
    /// per key and at most `max_slots`, or `None` when there are too many
    /// keys or no multiplier was found.
    pub fn find(keys: &[i32], max_slots: usize) -> Option<Single> {
        if keys.is_empty() || keys.len() > SINGLE_MAX_KEYS {
            return None;
        }
        let least_bits = usize::BITS - (keys.len() - 1).leading_zeros();
        let mut random = XorShift(0x9E37_79B9_7F4A_7C15);
        for bits in (least_bits + 1).max(1)..=least_bits + 3 {
            if 1 << bits > max_slots {
                break;
            }
            // Slot `s` is taken in this try when `taken[s] == try`: no clearing.
            let mut taken = vec![usize::MAX; 1 << bits];
            'multiplier: for attempt in 0..TRIES {
                let multiplier = random.next() | 1;
                for &key in keys {
                    let slot = single_slot(key, multiplier, bits);
                    if taken[slot] == attempt {
                        continue 'multiplier;
                    }
                    taken[slot] = attempt;
                }
                let mut slots = vec![None; 1 << bits];
                for (index, &key) in keys.iter().enumerate() {
                    slots[single_slot(key, multiplier, bits)] = Some(index);
                }
                return Some(Single {
                    multiplier,
                    bits,
                    slots,
                });
            }
        }
        None
    }

    pub fn shift(&self) -> u32 {
        32 - self.bits
    }

    pub fn slot(&self, key: i32) -> usize {
        single_slot(key, self.multiplier, self.bits)
    }
}

/// Keys per bucket, at most on average: buckets are a power of two, at
/// least `keys / BUCKET_SIZE`.
const BUCKET_SIZE: usize = 3;
/// The most keys per slot: slots are a power of two, at least `keys / LOAD`.
const LOAD: f64 = 0.95;
/// Displacements are below this (and below the number of slots).
const MAX_DISPLACEMENT: usize = 1 << 16;
/// Seeds tried before giving up, which no table has needed.
const SEEDS: usize = 1000;

impl TwoLevel {
    /// The two-level hash for `keys` (distinct, at least one).
    ///
    /// # Panics
    /// When no seed of [`SEEDS`] gives one, which would be a bug.
    pub fn find(keys: &[i32]) -> TwoLevel {
        let bucket_bits = bits_for(keys.len().div_ceil(BUCKET_SIZE));
        let slot_bits = bits_for((keys.len() as f64 / LOAD).ceil() as usize);
        let mut random = XorShift(0x005E_ED0F_C0DE_5EED);
        for _ in 0..SEEDS {
            let seed = u64::from(random.next()) << 32 | u64::from(random.next());
            if let Some(found) = TwoLevel::try_seed(keys, seed, bucket_bits, slot_bits) {
                return found;
            }
        }
        panic!("no two-level hash for {} keys", keys.len())
    }

    fn try_seed(keys: &[i32], seed: u64, bucket_bits: u32, slot_bits: u32) -> Option<TwoLevel> {
        let slots = 1usize << slot_bits;
        let (bucket_shift, slot_shift) = (64 - bucket_bits, 32 - slot_bits);
        let mut members: Vec<Vec<usize>> = vec![Vec::new(); 1 << bucket_bits];
        let mut base = Vec::with_capacity(keys.len());
        for (index, &key) in keys.iter().enumerate() {
            let hash = hash(key, seed);
            members[bucket(hash, bucket_shift)].push(index);
            base.push(slot(hash, 0, slot_shift));
        }
        // The largest buckets first, while there is room to place them.
        let mut order: Vec<usize> = (0..members.len()).collect();
        order.sort_by_key(|&b| (std::cmp::Reverse(members[b].len()), b));
        let mut table: Vec<Option<usize>> = vec![None; slots];
        let mut displacements = vec![0; members.len()];
        for b in order {
            let bucket = &members[b];
            if bucket.is_empty() {
                break;
            }
            // Two keys of one bucket in one slot collide for every
            // displacement: the next seed runs.
            let collide = bucket
                .iter()
                .enumerate()
                .any(|(i, &index)| bucket[..i].iter().any(|&other| base[other] == base[index]));
            if collide {
                return None;
            }
            let found = (0..slots.min(MAX_DISPLACEMENT) as u32).find(|&d| {
                bucket
                    .iter()
                    .all(|&index| table[base[index] ^ d as usize].is_none())
            })?;
            displacements[b] = found;
            for &index in bucket {
                table[base[index] ^ found as usize] = Some(index);
            }
        }
        Some(TwoLevel {
            seed,
            bucket_bits,
            slot_bits,
            displacements,
            slots: table,
        })
    }

    pub fn slot(&self, key: i32) -> usize {
        let hash = hash(key, self.seed);
        let displacement = self.displacements[bucket(hash, 64 - self.bucket_bits)];
        slot(hash, displacement, 32 - self.slot_bits)
    }
}

/// The bits of the smallest power of two, at least 2, that is at least `n`.
fn bits_for(n: usize) -> u32 {
    n.max(2).next_power_of_two().trailing_zeros()
}

struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u32 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 32) as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_perfect(keys: &[i32], slots: &[Option<usize>], slot: impl Fn(i32) -> usize) {
        let mut seen = vec![false; slots.len()];
        for (index, &key) in keys.iter().enumerate() {
            let slot = slot(key);
            assert!(!seen[slot], "two keys in slot {slot}");
            seen[slot] = true;
            assert_eq!(slots[slot], Some(index));
        }
        assert_eq!(slots.iter().filter(|s| s.is_some()).count(), keys.len());
    }

    #[test]
    fn finds_a_single_multiplier_for_sparse_codes() {
        let keys: Vec<i32> = (0..66).map(|i| i * 7919 - 250_000).collect();
        let hash = Single::find(&keys, usize::MAX).unwrap();
        assert_perfect(&keys, &hash.slots, |key| hash.slot(key));
        assert!(hash.slots.len() <= 8 * 128);
        assert_eq!(Single::find(&keys, usize::MAX), Some(hash), "deterministic");
    }

    #[test]
    fn extreme_codes_and_tiny_tables() {
        for keys in [&[i32::MIN, i32::MAX, 0, -1][..], &[5], &[0, 1]] {
            let hash = Single::find(keys, usize::MAX).unwrap();
            assert_perfect(keys, &hash.slots, |key| hash.slot(key));
            let hash = TwoLevel::find(keys);
            assert_perfect(keys, &hash.slots, |key| hash.slot(key));
        }
    }

    #[test]
    fn too_many_keys_for_a_single_multiplier() {
        let keys: Vec<i32> = (0..=i32::try_from(SINGLE_MAX_KEYS).unwrap()).collect();
        assert_eq!(Single::find(&keys, usize::MAX), None);
        assert_eq!(Single::find(&[], usize::MAX), None);
    }

    #[test]
    fn two_levels_for_any_size() {
        let mut random = XorShift(7);
        for size in [1, 2, 3, 100, 1000, 20_000] {
            let mut keys: Vec<i32> = (0..size * 2).map(|_| random.next() as i32).collect();
            keys.sort_unstable();
            keys.dedup();
            keys.truncate(size);
            let hash = TwoLevel::find(&keys);
            assert_perfect(&keys, &hash.slots, |key| hash.slot(key));
            assert_eq!(TwoLevel::find(&keys), hash, "deterministic");
            assert!(hash.slots.len() as f64 <= 2.0 * (keys.len() as f64 / LOAD).max(2.0));
            assert!(
                hash.displacements
                    .iter()
                    .all(|&d| (d as usize) < hash.slots.len())
            );
        }
    }
}
