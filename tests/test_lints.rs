//! Generated code for a table of one's own passes strict lints: rustc's
//! `missing_docs` and clippy's pedantic group (checked by CI's clippy run).
#![deny(missing_docs, clippy::pedantic)]

/// Lint-checked codes.
pub mod codes {
    msdk_codes::msdk_codes! {
        /// Codes returned by our shop service.
        pub enum LintCode => "tests/fixtures/shop.csv";
    }
}

#[test]
fn generated_code_is_lint_clean() {
    assert_eq!(codes::LintCode::ALL.len(), 5);
}
