//! A perfect hash for a table's codes, found at compile time: one multiply
//! and one shift send every code to its own slot of a small power-of-two
//! table, so `from_code` is one load and one compare, with no branches to
//! mispredict.

/// `slot = (code as u32).wrapping_mul(multiplier) >> (32 - bits)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PerfectHash {
    pub multiplier: u32,
    pub bits: u32,
    /// For each slot, the index of the key that lands there, if any.
    pub slots: Vec<Option<usize>>,
}

/// Tables with more keys than this keep a `match`: the search would take too
/// long and the slots too much memory.
pub const MAX_KEYS: usize = 1024;

/// How many multipliers to try at each table size.
const TRIES: usize = 4096;

impl PerfectHash {
    #[cfg(test)]
    fn slot(&self, key: i32) -> usize {
        slot(key, self.multiplier, self.bits)
    }

    pub fn shift(&self) -> u32 {
        32 - self.bits
    }
}

fn slot(key: i32, multiplier: u32, bits: u32) -> usize {
    (u32::from_ne_bytes(key.to_ne_bytes()).wrapping_mul(multiplier) >> (32 - bits)) as usize
}

/// A perfect hash for `keys` (distinct), with 2 to 16 slots per key, or
/// `None` when there are too many keys or no multiplier was found. The search
/// is deterministic: the same keys give the same hash on every build.
pub fn find(keys: &[i32]) -> Option<PerfectHash> {
    if keys.is_empty() || keys.len() > MAX_KEYS {
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
                let slot = slot(key, multiplier, bits);
                if taken[slot] == attempt {
                    continue 'multiplier;
                }
                taken[slot] = attempt;
            }
            let mut slots = vec![None; 1 << bits];
            for (index, &key) in keys.iter().enumerate() {
                slots[slot(key, multiplier, bits)] = Some(index);
            }
            return Some(PerfectHash {
                multiplier,
                bits,
                slots,
            });
        }
    }
    None
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

    fn assert_perfect(keys: &[i32], hash: &PerfectHash) {
        let mut seen = vec![false; hash.slots.len()];
        for (index, &key) in keys.iter().enumerate() {
            let slot = hash.slot(key);
            assert!(!seen[slot], "two keys in slot {slot}");
            seen[slot] = true;
            assert_eq!(hash.slots[slot], Some(index));
        }
        assert_eq!(
            hash.slots.iter().filter(|s| s.is_some()).count(),
            keys.len()
        );
    }

    #[test]
    fn finds_a_hash_for_sparse_codes() {
        let keys: Vec<i32> = (0..66).map(|i| i * 7919 - 250_000).collect();
        let hash = find(&keys).unwrap();
        assert_perfect(&keys, &hash);
        assert!(hash.slots.len() <= 8 * 128);
        assert_eq!(find(&keys), Some(hash), "deterministic");
    }

    #[test]
    fn extreme_codes_and_tiny_tables() {
        for keys in [&[i32::MIN, i32::MAX, 0, -1][..], &[5], &[0, 1]] {
            let hash = find(keys).unwrap();
            assert_perfect(keys, &hash);
        }
    }

    #[test]
    fn too_many_keys_keep_a_match() {
        let keys: Vec<i32> = (0..=i32::try_from(MAX_KEYS).unwrap()).collect();
        assert_eq!(find(&keys), None);
        assert_eq!(find(&[]), None);
    }
}
