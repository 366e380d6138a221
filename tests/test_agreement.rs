//! What the generator and the runtime crate must agree on, because the
//! generated code of one is compiled against the other: the `action`
//! vocabulary (the generated code stores indexes into `Action::ALL`), and
//! the perfect hashes' formulas (searched in one, evaluated in the other).

use msdk_codes::__private::phf as runtime;
use msdk_codes::Action;
use msdk_codes_generator::action::WORDS;
use msdk_codes_generator::phf as generator;
use proptest::prelude::*;

#[test]
fn the_action_vocabulary_is_the_same_list_in_the_same_order() {
    let runtime: Vec<&str> = Action::ALL.iter().map(|action| action.as_str()).collect();
    assert_eq!(runtime, WORDS);
}

proptest! {
    #[test]
    fn the_hash_formulas_agree(code in any::<i32>(), multiplier in any::<u32>(), bits in 1u32..=31, seed in any::<u64>(), displacement in any::<u32>(), shifts in (1u32..64, 1u32..32)) {
        prop_assert_eq!(
            runtime::single_slot(code, multiplier, 32 - bits),
            generator::single_slot(code, multiplier, bits)
        );
        let hash = runtime::hash(code, seed);
        prop_assert_eq!(hash, generator::hash(code, seed));
        prop_assert_eq!(runtime::bucket(hash, shifts.0), generator::bucket(hash, shifts.0));
        prop_assert_eq!(
            runtime::slot(hash, displacement, shifts.1),
            generator::slot(hash, displacement, shifts.1)
        );
    }
}
