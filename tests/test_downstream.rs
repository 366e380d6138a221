//! Crates outside this workspace, with a path dependency on msdk-codes and a
//! table of their own: one builds, its program follows edits of its CSV on
//! the next `cargo run` (no `touch`, no `cargo clean`), and an unknown code
//! in its code macro fails its build; one depends on msdk-codes under
//! another name; one asks for serde without the feature.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const MAIN: &str = r#"
msdk_codes::msdk_codes! {
    /// Codes of the probe service.
    pub enum ProbeCode => "codes/probe.csv";
}

fn main() {
    for code in ProbeCode::ALL {
        println!("{code}");
    }
    assert_eq!(probe_code!(1), ProbeCode::from_code(1).unwrap());
}
"#;

struct Probe {
    dir: PathBuf,
}

impl Probe {
    /// A crate named `name` depending on msdk-codes as `dependency`
    /// (`msdk-codes = { path = PATH }`, with `PATH` replaced), with `main`.
    fn new(name: &str, dependency: &str, main: &str) -> Probe {
        let workspace = Path::new(env!("CARGO_MANIFEST_DIR"));
        let dir = std::env::temp_dir().join(format!("{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("src")).unwrap();
        fs::create_dir_all(dir.join("codes")).unwrap();
        let path = format!("{:?}", workspace.join("msdk-codes"));
        let manifest = format!(
            "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\
             publish = false\n\n[dependencies]\n{}\n\n[workspace]\n",
            dependency.replace("PATH", &path)
        );
        fs::write(dir.join("Cargo.toml"), manifest).unwrap();
        // The workspace's lock file pins the same dependency versions.
        let _ = fs::copy(workspace.join("Cargo.lock"), dir.join("Cargo.lock"));
        fs::write(dir.join("src/main.rs"), main).unwrap();
        Probe { dir }
    }

    fn write_table(&self, rows: &str) {
        self.write_csv(&format!("code,name,description\n{rows}"));
    }

    fn write_csv(&self, text: &str) {
        fs::write(self.dir.join("codes/probe.csv"), text).unwrap();
    }

    fn cargo(&self, command: &str) -> Output {
        // Inside this build's own target directory, wherever that is.
        let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join("downstream");
        Command::new(env!("CARGO"))
            .arg(command)
            .arg("--quiet")
            .current_dir(&self.dir)
            .env("CARGO_TARGET_DIR", target)
            .env_remove("RUSTFLAGS")
            .output()
            .unwrap()
    }

    fn run(&self) -> String {
        let output = self.cargo("run");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success(), "cargo run failed:\n{stderr}");
        String::from_utf8(output.stdout).unwrap()
    }
}

impl Drop for Probe {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

#[test]
fn a_downstream_crate_follows_its_table() {
    let probe = Probe::new("downstream-probe", "msdk-codes = { path = PATH }", MAIN);
    probe.write_table("1,First,the first version\n");
    assert_eq!(probe.run(), "1: the first version\n");

    probe.write_table("1,First,the second version\n2,Second,\"a new row, with a comma\"\n");
    assert_eq!(
        probe.run(),
        "1: the second version\n2: a new row, with a comma\n"
    );

    fs::write(
        probe.dir.join("src/main.rs"),
        MAIN.replace("probe_code!(1)", "probe_code!(3)"),
    )
    .unwrap();
    let output = probe.cargo("build");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(
        stderr.contains("3 is not a code of `ProbeCode` (Codes of the probe service.); did you mean 2 (a new row, with a comma)"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

const RENAMED: &str = r#"
codes::msdk_codes! {
    /// Codes of the probe service.
    pub enum ProbeCode => "codes/probe.csv" {
        http_status: u16,
        retry_after_ms: Option<u32>,
        message_zh: &str,
        page_oncall: bool,
    };
}

fn main() {
    let code = probe_code!(2);
    match code {
        probe_code!(1) => println!("one"),
        probe_code!(2) => println!("two: {}", code.description()),
        _ => println!("other"),
    }
    for code in ProbeCode::ALL {
        println!(
            "{} {} {:?} {} {}",
            code.code(),
            code.http_status(),
            code.retry_after_ms(),
            code.message_zh(),
            code.page_oncall()
        );
    }
    println!("{}", codes::QqPlatformCode::from_code(-21).unwrap());
}
"#;

#[test]
fn a_renamed_dependency_builds_a_typed_custom_table_and_its_code_macro() {
    let probe = Probe::new(
        "renamed-probe",
        "codes = { package = \"msdk-codes\", path = PATH }",
        RENAMED,
    );
    probe.write_csv(
        "code,name,description,page_oncall,http_status,retry_after_ms,message_zh\n\
         1,First,the first,false,200,,好\n\
         2,Second,the second,true,0x1F7,1_500,忙\n",
    );
    assert_eq!(
        probe.run(),
        "two: the second\n1 200 None 好 false\n2 503 Some(1500) 忙 true\n\
         -21: access_token has been deprecated\n"
    );
}

const SERDE: &str = r#"
msdk_codes::msdk_codes! {
    #[msdk_codes(serde)]
    pub enum ProbeCode => "codes/probe.csv";
}

fn main() {}
"#;

#[test]
fn serde_on_a_table_without_the_feature_names_the_feature() {
    let probe = Probe::new("serde-probe", "msdk-codes = { path = PATH }", SERDE);
    probe.write_table("1,First,the first\n");
    let output = probe.cargo("build");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(
        stderr.contains("`#[msdk_codes(serde)]` on `ProbeCode` needs msdk-codes' `serde` feature"),
        "{stderr}"
    );
    assert_eq!(
        stderr.matches("error:").count(),
        2,
        "the error, then cargo's summary: {stderr}"
    );
}

// (Not in the compile-fail suite: the messages hold the absolute path the
// generator looked at, which is inside trybuild's target directory.)
#[test]
fn a_missing_table_or_a_directory_is_one_error_naming_the_path() {
    let probe = Probe::new(
        "missing-probe",
        "msdk-codes = { path = PATH }",
        r#"
msdk_codes::msdk_codes! {
    pub enum MissingCode => "codes/no-such-table.csv";
    pub enum DirectoryCode => "codes";
}

fn main() {
    let _ = MissingCode::ALL.len();
    let _ = DirectoryCode::from_code(1);
}
"#,
    );
    let output = probe.cargo("build");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    let missing = probe.dir.join("codes/no-such-table.csv");
    assert!(
        stderr.contains(&format!(
            "error: codes/no-such-table.csv: cannot read the table (looked for {}): No such file or directory",
        missing.display()
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains("paths are relative to the directory of the calling crate's Cargo.toml"),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "error: codes: is a directory ({}); name a CSV file",
            probe.dir.join("codes").display()
        )),
        "{stderr}"
    );
    // The two errors, then cargo's summary: the stubs add nothing.
    let errors = stderr
        .lines()
        .filter(|line| line.starts_with("error"))
        .count();
    assert_eq!(errors, 3, "{stderr}");
}
