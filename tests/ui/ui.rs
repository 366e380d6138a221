//! Compile-fail tests: every table error class and every misuse of the code
//! macros fails the build with a message that names the problem and the fix.
//! Regenerate the .stderr files with
//! `TRYBUILD=overwrite cargo test -p msdk-codes-ui`.
//!
//! trybuild builds the cases in a project of its own, in
//! `<target>/tests/trybuild/<crate>/`, where `CARGO_MANIFEST_DIR` points. The
//! tables the cases name (`tests/ui/table/csv/..`, `tests/fixtures/..`) are
//! copied there first, so the suite passes wherever the target directory is.

use std::path::{Path, PathBuf};
use std::process::Command;

#[test]
fn ui() {
    let project = trybuild_project();
    let repository = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    for dir in ["tests/ui/table/csv", "tests/fixtures"] {
        copy_csv_files(&repository.join(dir), &project.join(dir));
    }
    let cases = trybuild::TestCases::new();
    cases.compile_fail("table/*.rs");
    cases.compile_fail("code-macro/*.rs");
}

/// Where trybuild builds the cases: `tests/trybuild/<package>` in the target
/// directory cargo reports.
fn trybuild_project() -> PathBuf {
    let output = Command::new(env!("CARGO"))
        .args(["metadata", "--format-version=1", "--no-deps", "--offline"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo metadata runs");
    assert!(output.status.success(), "cargo metadata failed");
    let metadata = String::from_utf8(output.stdout).expect("cargo metadata writes UTF-8");
    Path::new(&json_string_field(&metadata, "target_directory"))
        .join("tests/trybuild")
        .join(env!("CARGO_PKG_NAME"))
}

/// The string value of `"key":` in a JSON text (what `cargo metadata`
/// writes: no spaces, and `\\` and `\"` the only escapes in a path).
fn json_string_field(json: &str, key: &str) -> String {
    let start = json
        .find(&format!("\"{key}\":\""))
        .unwrap_or_else(|| panic!("no {key} in cargo metadata"))
        + key.len()
        + 4;
    let mut value = String::new();
    let mut chars = json[start..].chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return value,
            '\\' => value.extend(chars.next()),
            c => value.push(c),
        }
    }
    panic!("unterminated {key} in cargo metadata")
}

fn copy_csv_files(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|ext| ext == "csv") {
            std::fs::copy(&path, to.join(path.file_name().unwrap())).unwrap();
        }
    }
}
