//! Compile-fail tests: every table error class and every misuse of the code
//! macros fails the build with a message that names the problem and the fix.
//! Regenerate the .stderr files with `TRYBUILD=overwrite cargo test --test ui`.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/table/*.rs");
    cases.compile_fail("tests/ui/code-macro/*.rs");
}
