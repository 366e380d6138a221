//! The `msdk-codes` binary, run for real: every subcommand, format and exit code.

use std::io::Read;
use std::process::{Command, Output, Stdio};

use msdk_codes::Table;

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_msdk-codes"))
        .args(args)
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> &str {
    std::str::from_utf8(&output.stdout).unwrap()
}

fn stderr(output: &Output) -> &str {
    std::str::from_utf8(&output.stderr).unwrap()
}

#[test]
fn explain_an_oidb_message() {
    let output = run(&["explain", "oidb decode0x73a failed, ret: 17"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let out = stdout(&output);
    assert!(
        out.contains("OIDB command 0x73a failed with ret 17"),
        "{out}"
    );
    assert!(
        out.contains("OIDB PayToken verification codes (0x73a) (oidb-0x73a)"),
        "{out}"
    );
    assert!(out.contains("description: pay token has expired"), "{out}");
    assert!(out.contains("action:      reauthorize"), "{out}");
}

#[test]
fn explain_a_code_known_in_two_tables() {
    let output = run(&["explain", "-1"]);
    assert_eq!(output.status.code(), Some(0));
    let out = stdout(&output);
    assert!(
        out.contains("QQ platform return codes (qq-platform)"),
        "{out}"
    );
    assert!(
        out.contains("The client's request parameters are invalid"),
        "{out}"
    );
    assert!(out.contains("OIDB uniform error codes (oidb)"), "{out}");
    assert!(out.contains("code:        -1 (0xff)"), "{out}");

    let only = run(&["explain", "-1", "--table", "oidb"]);
    assert_eq!(only.status.code(), Some(0));
    assert!(stdout(&only).contains("OIDB uniform error codes (oidb)"));
    assert!(!stdout(&only).contains("qq-platform"));
    assert!(stdout(&run(&["explain", "155"])).contains("-101 (0x9b)"));
    assert!(stdout(&run(&["explain", "0x47"])).contains("AccessTokenInvalidAfterPasswordChange"));
}

#[test]
fn explain_as_json() {
    let output = run(&[
        "explain",
        "--json",
        "-21",
        "oidb decode0x711 failed, ret: 0x41",
    ]);
    assert_eq!(output.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_str(stdout(&output)).unwrap();
    let ids: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|object| object["table"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["qq-platform", "oidb-0x711"]);
    assert_eq!(json[1]["description"], "access token has expired");
    assert_eq!(json[1]["solution"], serde_json::Value::Null);
}

#[test]
fn nothing_matched_is_exit_1_with_the_nearest_codes() {
    let output = run(&["explain", "-99", "--table", "qq-platform"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout(&output), "");
    let err = stderr(&output);
    assert!(
        err.contains("-99: no code -99 in table qq-platform; the nearest known codes:"),
        "{err}"
    );
    assert!(
        err.contains("-73 AccessTokenInvalidAfterPasswordChange"),
        "{err}"
    );

    let output = run(&["explain", "hello there"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("not a code"));
}

#[test]
fn usage_errors_are_exit_2() {
    for args in [
        &["explain"][..],
        &["explain", "1", "--table", "nope"],
        &["list", "--format", "xml"],
        &["frobnicate"],
    ] {
        let output = run(args);
        assert_eq!(
            output.status.code(),
            Some(2),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(!stderr(&output).is_empty());
    }
    assert!(
        stderr(&run(&["list", "--table", "nope"])).contains("the tables are qq-platform, qq-group")
    );
    for flag in ["--help", "--version"] {
        let output = run(&[flag]);
        assert_eq!(output.status.code(), Some(0));
        assert!(!stdout(&output).is_empty());
    }
}

#[test]
fn list_json_holds_all_229_codes_as_the_tables_say() {
    let output = run(&["list", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_str(stdout(&output)).unwrap();
    let objects = json.as_array().unwrap();
    assert_eq!(objects.len(), 229);
    for object in objects {
        let table = Table::from_id(object["table"].as_str().unwrap()).unwrap();
        let number = i32::try_from(object["code"].as_i64().unwrap()).unwrap();
        let code = table.lookup(number).unwrap();
        assert_eq!(code.code(), number, "{object}");
        assert_eq!(object["name"], code.name());
        assert_eq!(object["description"], code.description());
        assert_eq!(object["solution"].as_str(), code.solution());
        assert_eq!(object["action"], code.action().as_str());
    }
    let one = run(&["list", "--format", "json", "--table", "qq-group"]);
    let json: serde_json::Value = serde_json::from_str(stdout(&one)).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 37);
}

#[test]
fn list_csv_markdown_and_text_have_one_line_per_row() {
    let csv = run(&["list", "--format", "csv"]);
    let lines: Vec<&str> = stdout(&csv).lines().collect();
    assert_eq!(
        lines[0],
        "table,code,signed,unsigned,name,description,solution,action"
    );
    assert_eq!(lines.len(), 1 + 215);
    assert!(lines.contains(&"oidb,0x74,-140,116,AccessTokenIllegal,accesstoken is illegal.,Check whether the incoming accesstoken is correct,reauthorize"));
    assert!(lines.contains(&"qq-group,-500009~-500003,,,ServerResponseParseFailed,Fail to parse the data returned by the server,Contact QQ group's contact person svr to handle this,contact_support"), "{lines:#?}");

    let markdown = run(&["list", "--format", "markdown", "--table", "oidb-0x711"]);
    let lines: Vec<&str> = stdout(&markdown).lines().collect();
    assert_eq!(lines.len(), 2 + 36);
    assert!(
        lines
            .iter()
            .all(|line| line.starts_with('|') && line.ends_with('|'))
    );

    let text = run(&["list"]);
    let lines: Vec<&str> = stdout(&text).lines().collect();
    assert_eq!(lines.len(), 1 + 215);
    assert!(lines[0].starts_with("TABLE"));
}

#[test]
fn tables_lists_the_six() {
    let output = run(&["tables"]);
    let out = stdout(&output);
    for (id, rows, codes) in [
        ("qq-platform", 66, 66),
        ("qq-group", 31, 37),
        ("oidb-0x711", 36, 44),
    ] {
        let line = out.lines().find(|line| line.starts_with(id)).unwrap();
        let numbers: Vec<&str> = line.split_whitespace().skip(1).take(2).collect();
        assert_eq!(numbers, [rows.to_string(), codes.to_string()], "{line}");
    }
    assert!(out.contains(
        "IV.B Error codes returned by QQ login interface's PayToken verification (0x73a)"
    ));
}

#[test]
fn a_closed_stdout_is_a_message_and_exit_1() {
    // Far more than a pipe buffer (64 KiB), so the write fails even if the
    // read end is closed only after the child started writing.
    let inputs = vec!["-1"; 2000];
    let mut child = Command::new(env!("CARGO_BIN_EXE_msdk-codes"))
        .arg("explain")
        .args(&inputs)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(1), "{err}");
    assert!(err.contains("cannot write the output"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn bad_input_is_a_message_and_exit_1_or_2() {
    for input in ["", "   ", "99999999999999999999999", "0x1g", "\u{1F600}"] {
        let output = run(&["explain", input]);
        assert_eq!(output.status.code(), Some(1), "{input:?}");
        assert!(
            stderr(&output).contains("not a code"),
            "{input:?}: {}",
            stderr(&output)
        );
        assert!(!stderr(&output).contains("panicked"));
    }
    let beyond_i32 = run(&["explain", "2147483648"]);
    assert_eq!(beyond_i32.status.code(), Some(1));
    // Not a negative number, so clap reads it as an unknown option.
    let unknown_option = run(&["explain", "-0x"]);
    assert_eq!(unknown_option.status.code(), Some(2));
    assert!(stderr(&unknown_option).contains("unexpected argument"));
}

#[cfg(unix)]
#[test]
fn non_utf8_arguments_are_a_usage_error() {
    use std::os::unix::ffi::OsStrExt;
    let output = Command::new(env!("CARGO_BIN_EXE_msdk-codes"))
        .arg("explain")
        .arg(std::ffi::OsStr::from_bytes(b"caf\xe9"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("invalid UTF-8"),
        "{}",
        stderr(&output)
    );
}
