//! The `action` vocabulary: the words a table's `action` column may hold.
//!
//! The runtime crate's `msdk_codes::Action` has one variant per word, in
//! this order: the generated code stores each row's action as an index into
//! `Action::ALL`. The workspace test `tests/test_agreement.rs` checks that the two
//! lists agree.

/// The words, in the order of `msdk_codes::Action::ALL`.
pub const WORDS: [&str; 10] = [
    "success",
    "retry",
    "reauthorize",
    "refresh_token",
    "fix_request",
    "slow_down",
    "fix_app_config",
    "user_action",
    "contact_support",
    "unclassified",
];

/// One word of the vocabulary, as its index in [`WORDS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Action(u8);

impl Action {
    /// What a row without an `action` cell (or with an empty one) gets: not
    /// classified, which is never taken for success.
    pub const UNCLASSIFIED: Action = Action(9);

    pub fn all() -> impl Iterator<Item = Action> {
        (0..WORDS.len() as u8).map(Action)
    }

    pub fn from_word(word: &str) -> Option<Action> {
        Action::all().find(|action| action.word() == word)
    }

    pub fn word(self) -> &'static str {
        WORDS[usize::from(self.0)]
    }

    /// The index into `msdk_codes::Action::ALL`.
    pub fn index(self) -> u8 {
        self.0
    }

    /// The runtime variant's name: `slow_down` -> `SlowDown`.
    pub fn variant(self) -> String {
        self.word()
            .split('_')
            .map(|part| {
                let mut chars = part.chars();
                chars
                    .next()
                    .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                    .unwrap_or_default()
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_variants_and_indexes() {
        assert_eq!(
            Action::from_word("slow_down")
                .map(Action::variant)
                .as_deref(),
            Some("SlowDown")
        );
        assert_eq!(Action::UNCLASSIFIED.word(), "unclassified");
        assert_eq!(Action::from_word("none"), None);
        assert_eq!(Action::all().count(), WORDS.len());
        for (index, action) in Action::all().enumerate() {
            assert_eq!(usize::from(action.index()), index);
            assert_eq!(Action::from_word(action.word()), Some(action));
        }
    }
}
