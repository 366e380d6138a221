//! Perfect hashes for a table's codes, found at compile time, so that
//! `from_code` is a few arithmetic steps and one compare, with no branches
//! to mispredict.
//!
//! Two forms, both searched deterministically (the same keys give the same
//! hash on every build):
//! - [`Single`]: one multiply and one shift send every key to its own slot of
//!   a power-of-two table. One load; found for tables up to a few hundred
//!   keys.
//! - [`TwoLevel`] (PTHash-style): a multiply-shift picks a bucket, the
//!   bucket's pilot picks the slot. Two loads; always found, in time linear
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

/// `hash = ((code as u32 as u64) ^ seed) * K`, `bucket = hi32(hash) * buckets
/// >> 32`, `slot = hi32((hash ^ pilot * P) * Q) * slots >> 32`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TwoLevel {
    pub seed: u64,
    /// One pilot per bucket.
    pub pilots: Vec<u32>,
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
const P: u64 = 0xC2B2_AE3D_27D4_EB4F;
const Q: u64 = 0x1656_67B1_9E37_79F9;

pub fn hash(key: i32, seed: u64) -> u64 {
    (u64::from(u32::from_ne_bytes(key.to_ne_bytes())) ^ seed).wrapping_mul(K)
}

pub fn bucket(hash: u64, buckets: u64) -> usize {
    (((hash >> 32) * buckets) >> 32) as usize
}

pub fn slot(hash: u64, pilot: u64, slots: u64) -> usize {
    let mixed = (hash ^ pilot.wrapping_mul(P)).wrapping_mul(Q);
    (((mixed >> 32) * slots) >> 32) as usize
}

impl Single {
    /// The single-multiplier hash for `keys` (distinct), with 2 to 16 slots
    /// per key, or `None` when there are too many keys or no multiplier was
    /// found.
    pub fn find(keys: &[i32]) -> Option<Single> {
        if keys.is_empty() || keys.len() > SINGLE_MAX_KEYS {
            return None;
        }
        let least_bits = usize::BITS - (keys.len() - 1).leading_zeros();
        let mut random = XorShift(0x9E37_79B9_7F4A_7C15);
        for bits in (least_bits + 1).max(1)..=least_bits + 3 {
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

/// Keys per bucket, on average.
const BUCKET_SIZE: usize = 4;
/// Keys per slot: `slots = keys / LOAD`, rounded up.
const LOAD: f64 = 0.94;
/// Pilots tried per bucket before the search starts over with another seed.
const MAX_PILOT: u32 = 1 << 16;

impl TwoLevel {
    /// The two-level hash for `keys` (distinct, at least one).
    pub fn find(keys: &[i32]) -> TwoLevel {
        let mut random = XorShift(0x005E_ED0F_C0DE_5EED);
        loop {
            let seed = u64::from(random.next()) << 32 | u64::from(random.next());
            if let Some(found) = TwoLevel::try_seed(keys, seed) {
                return found;
            }
        }
    }

    fn try_seed(keys: &[i32], seed: u64) -> Option<TwoLevel> {
        let buckets = keys.len().div_ceil(BUCKET_SIZE).max(1);
        let slots = ((keys.len() as f64 / LOAD).ceil() as usize).max(keys.len());
        let hashes: Vec<u64> = keys.iter().map(|&key| hash(key, seed)).collect();
        let mut members: Vec<Vec<usize>> = vec![Vec::new(); buckets];
        for (index, &hash) in hashes.iter().enumerate() {
            members[bucket(hash, buckets as u64)].push(index);
        }
        // The largest buckets first, while there is room to place them.
        let mut order: Vec<usize> = (0..buckets).collect();
        order.sort_by_key(|&b| (std::cmp::Reverse(members[b].len()), b));
        let mut table: Vec<Option<usize>> = vec![None; slots];
        let mut pilots = vec![0; buckets];
        let mut placed = Vec::with_capacity(BUCKET_SIZE * 4);
        for b in order {
            if members[b].is_empty() {
                break;
            }
            let found = (0..MAX_PILOT).find(|&pilot| {
                placed.clear();
                for &index in &members[b] {
                    let s = slot(hashes[index], u64::from(pilot), slots as u64);
                    if table[s].is_some() || placed.contains(&s) {
                        return false;
                    }
                    placed.push(s);
                }
                true
            })?;
            pilots[b] = found;
            for (&index, &s) in members[b].iter().zip(&placed) {
                table[s] = Some(index);
            }
        }
        Some(TwoLevel {
            seed,
            pilots,
            slots: table,
        })
    }

    pub fn slot(&self, key: i32) -> usize {
        let hash = hash(key, self.seed);
        let pilot = self.pilots[bucket(hash, self.pilots.len() as u64)];
        slot(hash, u64::from(pilot), self.slots.len() as u64)
    }
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
        let hash = Single::find(&keys).unwrap();
        assert_perfect(&keys, &hash.slots, |key| hash.slot(key));
        assert!(hash.slots.len() <= 8 * 128);
        assert_eq!(Single::find(&keys), Some(hash), "deterministic");
    }

    #[test]
    fn extreme_codes_and_tiny_tables() {
        for keys in [&[i32::MIN, i32::MAX, 0, -1][..], &[5], &[0, 1]] {
            let hash = Single::find(keys).unwrap();
            assert_perfect(keys, &hash.slots, |key| hash.slot(key));
            let hash = TwoLevel::find(keys);
            assert_perfect(keys, &hash.slots, |key| hash.slot(key));
        }
    }

    #[test]
    fn too_many_keys_for_a_single_multiplier() {
        let keys: Vec<i32> = (0..=i32::try_from(SINGLE_MAX_KEYS).unwrap()).collect();
        assert_eq!(Single::find(&keys), None);
        assert_eq!(Single::find(&[]), None);
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
            assert!(hash.slots.len() as f64 <= keys.len() as f64 / LOAD + 1.0);
            assert!(hash.pilots.iter().all(|&p| p < MAX_PILOT));
        }
    }
}
