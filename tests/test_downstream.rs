//! A crate outside this workspace, with a path dependency on msdk-codes and a
//! table of its own: it builds, its program follows edits of its CSV on the
//! next `cargo run` (no `touch`, no `cargo clean`), and an unknown code in its
//! code macro fails its build.

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
    fn new() -> Probe {
        let workspace = Path::new(env!("CARGO_MANIFEST_DIR"));
        let dir =
            std::env::temp_dir().join(format!("msdk-codes-downstream-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("src")).unwrap();
        fs::create_dir_all(dir.join("codes")).unwrap();
        let manifest = format!(
            "[package]\nname = \"downstream-probe\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\
             publish = false\n\n[dependencies]\nmsdk-codes = {{ path = {:?} }}\n\n[workspace]\n",
            workspace.join("msdk-codes")
        );
        fs::write(dir.join("Cargo.toml"), manifest).unwrap();
        // The workspace's lock file pins the same dependency versions.
        let _ = fs::copy(workspace.join("Cargo.lock"), dir.join("Cargo.lock"));
        fs::write(dir.join("src/main.rs"), MAIN).unwrap();
        Probe { dir }
    }

    fn write_table(&self, rows: &str) {
        let path = self.dir.join("codes/probe.csv");
        fs::write(&path, format!("code,name,description\n{rows}")).unwrap();
    }

    fn cargo(&self, command: &str) -> Output {
        let target = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/downstream-probe");
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
    let probe = Probe::new();
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
