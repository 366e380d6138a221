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
    assert!(out.contains("via:         OIDB command 0x73a"), "{out}");
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
    assert!(out.contains("code:        0xff (255, signed -1)"), "{out}");

    let only = run(&["explain", "-1", "--table", "oidb"]);
    assert_eq!(only.status.code(), Some(0));
    assert!(stdout(&only).contains("OIDB uniform error codes (oidb)"));
    assert!(!stdout(&only).contains("qq-platform"));
    assert!(stdout(&run(&["explain", "155"])).contains("0x9b (155, signed -101)"));
    assert!(stdout(&run(&["explain", "0x47"])).contains("AccessTokenInvalidAfterPasswordChange"));
}

#[test]
fn explain_as_json() {
    let output = run(&[
        "explain",
        "--format",
        "json",
        "-21",
        "oidb decode0x711 failed, ret: 0x41",
    ]);
    assert_eq!(output.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_str(stdout(&output)).unwrap();
    let ids: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|input| input["matches"].as_array().unwrap())
        .map(|object| object["table"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["qq-platform", "oidb-0x711"]);
    let access = &json[1]["matches"][0];
    assert_eq!(access["description"], "access token has expired");
    assert_eq!(access["solution"], serde_json::Value::Null);
    assert_eq!(access["hex"], "0x41");
    assert_eq!(access["oidb_command"], "0x711");
}

#[test]
fn nothing_matched_is_exit_1_with_the_nearest_codes() {
    let output = run(&["explain", "-99", "--table", "qq-platform"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout(&output), "");
    let err = stderr(&output);
    assert!(
        err.contains("-99: no code -99 in table qq-platform; did you mean:"),
        "{err}"
    );
    // A doubled digit before numeric distance, as the code macros rank them.
    assert!(err.contains("did you mean:\n  -9 ApiNotFound"), "{err}");
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
        &["explain", "1", "--table", "nope"][..],
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
    let ids: Vec<&str> = Table::ALL.iter().map(|table| table.id()).collect();
    let possible = format!("[possible values: {}]", ids.join(", "));
    assert!(stderr(&run(&["list", "--table", "nope"])).contains(&possible));
    for flag in ["--help", "--version"] {
        let output = run(&[flag]);
        assert_eq!(output.status.code(), Some(0));
        assert!(!stdout(&output).is_empty());
    }
}

#[test]
fn list_json_holds_every_code_as_the_tables_say() {
    let output = run(&["list", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_str(stdout(&output)).unwrap();
    let objects = json.as_array().unwrap();
    // The six QQ return-code tables' 229 codes, and the backend's: 147
    // codes outside msdk-logic, its 37 single rows and its 7 classes, each
    // class once (with `last_code`).
    assert_eq!(objects.len(), 229 + 147 + 37 + 7);
    let classes: Vec<_> = objects
        .iter()
        .filter(|o| o.get("last_code").is_some())
        .collect();
    assert_eq!(classes.len(), 7);
    assert!(classes.iter().all(|o| o["table"] == "msdk-logic"));
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
    assert_eq!(lines.len(), 1 + 215 + 188);
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
    assert_eq!(lines.len(), 1 + 215 + 188);
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
fn a_closed_stdout_ends_quietly_with_success() {
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
    assert_eq!(status.code(), Some(0), "{err}");
    assert_eq!(
        err, "",
        "coreutils and rg say nothing when the reader goes away"
    );
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

// The shell cases of issue "msdk-codes as a Unix tool", each failing on the
// tool as it was.

fn run_with_stdin(args: &[&str], stdin: &str) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_msdk-codes"));
    command.args(args);
    run_piped(&mut command, stdin.as_bytes())
}

/// Runs `command` with `stdin` written to it from another thread (so a
/// large input and a large output cannot wait on each other).
fn run_piped(command: &mut Command, stdin: &[u8]) -> Output {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut pipe = child.stdin.take().unwrap();
    let stdin = stdin.to_vec();
    let writer = std::thread::spawn(move || std::io::Write::write_all(&mut pipe, &stdin));
    let output = child.wait_with_output().unwrap();
    // A tool that stops before reading all of stdin (a usage error) closes
    // the pipe: that is its answer, not the test's failure.
    if let Err(err) = writer.join().unwrap() {
        assert_eq!(err.kind(), std::io::ErrorKind::BrokenPipe, "{err}");
    }
    output
}

#[test]
fn list_into_head_ends_quietly_with_success() {
    // `msdk-codes list --format csv | head -3`, many times over: the reader
    // goes away after three lines, whenever the writer is.
    for _ in 0..20 {
        let mut child = Command::new(env!("CARGO_BIN_EXE_msdk-codes"))
            .args(["list", "--format", "csv"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut head = [0; 64];
        let _ = child.stdout.as_mut().unwrap().read(&mut head).unwrap();
        drop(child.stdout.take());
        let output = child.wait_with_output().unwrap();
        assert_eq!(output.status.code(), Some(0));
        assert_eq!(stderr(&output), "");
    }
}

#[cfg(unix)]
#[test]
fn answers_and_errors_keep_the_input_order_in_one_pipe() {
    let script = format!(
        "{} explain -21 424242 -6 2>&1",
        env!("CARGO_BIN_EXE_msdk-codes")
    );
    let output = Command::new("sh").args(["-c", &script]).output().unwrap();
    let both = stdout(&output);
    let at = |needle: &str| {
        both.find(needle)
            .unwrap_or_else(|| panic!("{needle} in {both}"))
    };
    assert!(
        at("AccessTokenDeprecated") < at("424242: no code"),
        "{both}"
    );
    assert!(
        at("424242: no code") < at("ApiFrequencyLimitExceeded"),
        "{both}"
    );
}

#[test]
fn negative_hex_codes_need_no_dashes() {
    let output = run(&["explain", "-0x15", "--table", "qq-platform"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains("AccessTokenDeprecated"));
}

#[test]
fn typos_get_a_did_you_mean() {
    let output = run(&["explian", "-21"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("a similar subcommand exists: 'explain'"),
        "{}",
        stderr(&output)
    );
    let output = run(&["explain", "--jsn", "-21"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("'--format json'"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn help_is_the_tools_own_and_lists_the_possible_values() {
    let help = run(&["--help"]);
    assert!(
        stdout(&help).starts_with("Explains Tencent MSDK's QQ return codes"),
        "{}",
        stdout(&help)
    );
    let help = run(&["explain", "--help"]);
    let out = stdout(&help);
    assert!(
        out.lines().any(|line| line.contains("- oidb-0x73a:")
            && line.ends_with(" OIDB PayToken verification codes (0x73a)")),
        "{out}"
    );
    assert!(out.contains("- markdown"), "{out}");
}

#[test]
fn json_has_an_object_for_every_input_matched_or_not() {
    let output = run(&["explain", "--format", "json", "-1", "424242"]);
    assert_eq!(output.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_str(stdout(&output)).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 2);
    assert_eq!(json[0]["input"], "-1");
    // -1 is in five tables.
    assert_eq!(msdk_codes::lookup_all(-1).count(), 5);
    assert_eq!(json[0]["matches"].as_array().unwrap().len(), 5);
    assert_eq!(json[1]["input"], "424242");
    assert_eq!(json[1]["matches"], serde_json::json!([]));
    // The same switch for every subcommand that writes tables, after its name.
    assert!(run(&["list", "--format", "json"]).status.success());
    assert!(run(&["tables", "--format", "csv"]).status.success());
}

#[test]
fn inputs_in_every_form_and_from_stdin() {
    for input in [
        "AccessTokenDeprecated",
        "ret=-21",
        r#"{"ret":-21,"msg":"access_token has been deprecated"}"#,
        "2026-11-27 WARN login ret: -21 uid=5",
        "-0x15",
    ] {
        let output = run(&["explain", input, "--table", "qq-platform"]);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{input}: {}",
            stderr(&output)
        );
        assert!(stdout(&output).contains("AccessTokenDeprecated"), "{input}");
    }
    let output = run_with_stdin(&["explain", "--format", "csv"], "-21\nret=100014\n\nnope\n");
    assert_eq!(output.status.code(), Some(1));
    let lines: Vec<&str> = stdout(&output).lines().collect();
    assert_eq!(
        lines.len(),
        4,
        "a header, then one row per input: {lines:?}"
    );
    assert!(lines[1].starts_with("-21,,qq-platform,-21,"));
    assert!(lines[2].starts_with("ret=100014,qq-platform,qq-platform,100014,"));
    assert_eq!(lines[3], "nope,,,,,,,,,,,");
    assert!(stderr(&output).starts_with("nope: not a code"));
}

const LOG: &str = "2026-11-27T10:00:01Z INFO login ok ret=0 uid=1
2026-11-27T10:00:02Z WARN login ret=-21 msg=\"expired\" uid=2
{\"ret\":-1,\"msg\":\"oidb decode0x73a failed, ret: 17\"}
plain line
{\"ret\":424242,\"msg\":\"new\"}
2026-11-27T10:00:05Z WARN login ret=-21 msg=\"expired\" uid=3
oidb decode0x5e1 failed, ret:116
";

#[test]
fn scan_annotates_every_failure_and_passes_the_rest() {
    let output = run_with_stdin(&["scan"], LOG);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let lines: Vec<&str> = stdout(&output).lines().collect();
    assert_eq!(lines.len(), 7);
    assert_eq!(lines[0], "2026-11-27T10:00:01Z INFO login ok ret=0 uid=1");
    assert_eq!(lines[3], "plain line");
    assert!(lines[1].ends_with("# msdk: -21 AccessTokenDeprecated [qq-platform] reauthorize: access_token has been deprecated"), "{}", lines[1]);
    assert!(
        lines[2].contains("0x11 PayTokenExpired [oidb-0x73a] via OIDB 0x73a reauthorize"),
        "{}",
        lines[2]
    );
    assert!(
        lines[4].ends_with("# msdk: ret 424242: no table knows it"),
        "{}",
        lines[4]
    );
    assert!(
        lines[6].contains("0x74 AccessTokenIllegal [oidb] via OIDB 0x5e1"),
        "{}",
        lines[6]
    );
}

#[test]
fn scan_summary_counts_by_code_most_frequent_first() {
    let output = run_with_stdin(
        &[
            "scan",
            "--summary",
            "--format",
            "csv",
            "--table",
            "qq-platform",
        ],
        LOG,
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let lines: Vec<&str> = stdout(&output).lines().collect();
    assert_eq!(lines[0], "count,table,code,name,action,description");
    assert_eq!(
        lines[1],
        "2,qq-platform,-21,AccessTokenDeprecated,reauthorize,access_token has been deprecated"
    );
    assert!(
        lines.contains(&"1,oidb-0x73a,0x11,PayTokenExpired,reauthorize,pay token has expired"),
        "{lines:?}"
    );
    assert!(
        lines.contains(&"1,unknown,424242,,,ret no table knows"),
        "{lines:?}"
    );
    assert_eq!(lines.len(), 6, "{lines:?}");
}

#[test]
fn scan_tolerates_invalid_utf8() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_msdk-codes"))
        .args(["scan"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(
        child.stdin.as_mut().unwrap(),
        b"caf\xe9 ret=-21\n\xff\xfe\n",
    )
    .unwrap();
    drop(child.stdin.take());
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert!(output.stdout.starts_with(b"caf\xe9 ret=-21  # msdk: -21 "));
    assert!(output.stdout.ends_with(b"\n\xff\xfe\n"));
}

#[test]
fn completions_and_manual_are_generated() {
    let bash = run(&["completions", "bash"]);
    assert!(stdout(&bash).contains("msdk-codes"));
    let man = run(&["man"]);
    assert!(stdout(&man).contains(".TH msdk-codes"), "{}", stdout(&man));
}

// Issue 22, "one output contract" and "manual pages that exist": each test
// fails on the tool as it was.

/// Every match-like object in `json`: its `code` is a number, its `table` a
/// table id (or, for a code no table knows, null), `hex` and `signed` where
/// the table has them.
fn assert_codes_are_numbers(objects: &[serde_json::Value]) {
    assert!(!objects.is_empty());
    for object in objects {
        let number = object["code"]
            .as_i64()
            .unwrap_or_else(|| panic!("code is a number: {object}"));
        let Some(id) = object["table"].as_str() else {
            assert!(object["table"].is_null(), "{object}");
            continue;
        };
        let table = Table::from_id(id).unwrap_or_else(|| panic!("a table id: {object}"));
        let code = table.lookup(i32::try_from(number).unwrap()).unwrap();
        assert_eq!(object["name"], code.name(), "{object}");
        assert_eq!(object["action"], code.action().as_str(), "{object}");
        assert_eq!(object["description"], code.description(), "{object}");
        assert_eq!(object["hex"].is_string(), table.info().is_hex(), "{object}");
        assert_eq!(
            object["signed"].is_number(),
            table.info().has_byte_codes(),
            "{object}"
        );
    }
}

fn one_json_document(output: &Output) -> Vec<serde_json::Value> {
    assert_eq!(output.status.code(), Some(0), "{}", stderr(output));
    let json: serde_json::Value = serde_json::from_str(stdout(output))
        .unwrap_or_else(|err| panic!("one JSON document ({err}): {}", stdout(output)));
    json.as_array().unwrap().clone()
}

#[test]
fn json_is_one_document_and_code_a_number_in_every_subcommand() {
    let explain = one_json_document(&run(&["explain", "--format", "json", "0x11", "-21"]));
    let matches: Vec<serde_json::Value> = explain
        .iter()
        .flat_map(|input| input["matches"].as_array().unwrap().clone())
        .collect();
    assert_codes_are_numbers(&matches);
    assert_eq!(matches[0]["code"], 17);
    assert_eq!(matches[0]["hex"], "0x11");

    // Annotating: an object per failing line, in one array.
    let lines = one_json_document(&run_with_stdin(&["scan", "--format", "json"], LOG));
    let numbers: Vec<u64> = lines
        .iter()
        .map(|line| line["line"].as_u64().unwrap())
        .collect();
    assert_eq!(numbers, [2, 3, 5, 6, 7]);
    let matches: Vec<serde_json::Value> = lines
        .iter()
        .flat_map(|line| line["matches"].as_array().unwrap().clone())
        .collect();
    assert_codes_are_numbers(&matches);

    // Summarizing: `code` a number too, not "0xff" or "0x11".
    let rows = one_json_document(&run_with_stdin(
        &["scan", "--summary", "--format", "json"],
        LOG,
    ));
    assert_codes_are_numbers(&rows);
    let pay_token = rows
        .iter()
        .find(|row| row["table"] == "oidb-0x73a")
        .unwrap();
    assert_eq!(pay_token["code"], 17);
    assert_eq!(pay_token["hex"], "0x11");
    assert_eq!(pay_token["count"], 1);
    let unknown = rows.iter().find(|row| row["code"] == 424_242).unwrap();
    assert!(unknown["table"].is_null(), "{unknown}");

    assert_codes_are_numbers(&one_json_document(&run(&["list", "--format", "json"])));
}

#[test]
fn scan_jsonl_is_one_object_per_line() {
    let json = one_json_document(&run_with_stdin(&["scan", "--format", "json"], LOG));
    let output = run_with_stdin(&["scan", "--format", "jsonl"], LOG);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let lines: Vec<serde_json::Value> = stdout(&output)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(lines, json, "the objects of json, in order");
    assert!(lines.iter().all(serde_json::Value::is_object));
}

#[test]
fn each_subcommand_takes_the_formats_it_writes_and_only_those() {
    for args in [
        &["man", "--format", "json"][..],
        &["completions", "bash", "--format", "csv"],
        &["--format", "json", "man"],
        &["list", "--format", "jsonl"],
        &["scan", "--summary", "--format", "jsonl"],
    ] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert_eq!(stdout(&output), "", "{args:?}");
    }
    let output = run_with_stdin(&["scan", "--format", "csv"], LOG);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("text, json, jsonl"),
        "{}",
        stderr(&output)
    );
    // `--help` lists exactly the subcommand's formats.
    let listed = |args: &[&str]| {
        let help = run(args);
        ["text", "json", "jsonl", "csv", "markdown"]
            .into_iter()
            .filter(|format| stdout(&help).contains(&format!("- {format}:")))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        listed(&["explain", "--help"]),
        ["text", "json", "jsonl", "csv", "markdown"]
    );
    assert_eq!(
        listed(&["list", "--help"]),
        ["text", "json", "csv", "markdown"]
    );
    assert_eq!(
        listed(&["tables", "--help"]),
        ["text", "json", "csv", "markdown"]
    );
    assert!(listed(&["man", "--help"]).is_empty());
    // The tip still points to --format where there is one.
    assert!(stderr(&run(&["list", "--csv"])).contains("'--format csv'"));
}

#[test]
fn the_manual_is_one_page_about_the_tool() {
    let output = run(&["man"]);
    assert_eq!(output.status.code(), Some(0));
    let page = stdout(&output).replace("\\-", "-");
    // No `name(1)` but the page's own: no page per subcommand is installed.
    for (at, _) in page.match_indices("(1)") {
        let name = page[..at]
            .rsplit(|c: char| c.is_whitespace() || c == '>' || c == '"')
            .next()
            .unwrap();
        assert_eq!(name, "msdk-codes", "{page}");
    }
    assert!(
        page.contains(".SH NAME\nmsdk-codes - explain Tencent MSDK return codes"),
        "{page}"
    );
    for needed in [
        ".SS \"msdk-codes scan\"",
        "msdk_codes::text",
        "jsonl",
        "variant name",
    ] {
        assert!(page.contains(needed), "{needed}: {page}");
    }
}

/// The log lines of issue 22, through the real `scan`: the misses are
/// found, the false alarms are not, and a line's `ret` is never an OIDB
/// code (the full corpus is `tests/fixtures/log-corpus.txt` in the
/// workspace, checked against the library's recognizer).
#[test]
fn scan_finds_what_a_log_holds_and_nothing_else() {
    let log = "RET=-6\n\
               Ret: 100014\n\
               OIDB DECODE 0X73A FAILED, RET:0x11\n\
               handler took 1.5s, ret: 1.5s\n\
               ret=-21.5\n\
               proto: failed to decode 0x1f frame from 10.0.0.7:9000; ret=-2\n\
               {\"ret\":-1,\"msg\":\"x\"}\n\
               \"ret\":0,\"msg\":\"oidb decode0x73a failed, ret: 0\"\n";
    let output = run_with_stdin(&["scan", "--summary", "--format", "csv"], log);
    assert!(output.status.success(), "{}", stderr(&output));
    let mut rows: Vec<&str> = stdout(&output).lines().skip(1).collect();
    rows.sort_unstable();
    let found: Vec<String> = rows
        .iter()
        .map(|row| {
            let cells: Vec<&str> = row.split(',').collect();
            format!("{} {} {}", cells[0], cells[1], cells[2])
        })
        .collect();
    assert_eq!(
        found,
        [
            "1 blue-diamond-gift -1",
            "1 blue-diamond-gift -2",
            "1 blue-diamond-gift -6",
            "1 oidb-0x73a 0x11",
            "1 qq-platform -1",
            "1 qq-platform -2",
            "1 qq-platform -6",
            "1 qq-platform 100014",
        ],
        "{}",
        stdout(&output)
    );
}

/// The responses of issue 19's "Done when", through the real tool.
#[test]
fn explain_reads_whole_responses_layer_by_layer() {
    let answer = |args: &[&str]| {
        let json = one_json_document(&run(args));
        assert_eq!(json.len(), 1, "{json:?}");
        json[0].clone()
    };
    let cause = |answer: &serde_json::Value| {
        let cause = &answer["response"]["cause"];
        (
            cause["table"].as_str().unwrap().to_owned(),
            cause["code"].as_i64().unwrap(),
        )
    };
    let qq = answer(&[
        "explain",
        "--format",
        "json",
        r#"{"ret":-10000,"msg":"-73,the user modify password wrong"}"#,
    ]);
    assert_eq!(cause(&qq), ("qq-platform".to_owned(), -73));
    assert_eq!(qq["response"]["action"], "reauthorize");
    assert!(
        qq["matches"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["table"] == "qq-platform"
                && m["code"] == -73
                && m["layer"] == "qq-platform")
    );

    let wechat = answer(&[
        "explain",
        "--format",
        "json",
        r#"{"ret":-20000,"msg":"40001,invalid credential"}"#,
    ]);
    assert_eq!(cause(&wechat), ("wechat".to_owned(), 40001));

    let share = answer(&[
        "explain",
        "--format",
        "json",
        "--endpoint",
        "/share/qq",
        r#"{"msg":"30,null ServiceError: ...","ret":-10000}"#,
    ]);
    assert_eq!(cause(&share), ("qq-share".to_owned(), 30));

    let oidb = answer(&[
        "explain",
        "--format",
        "json",
        r#"{"ret":-103,"msg":"oidb decode0x73a failed, ret:17"}"#,
    ]);
    let found: Vec<(String, i64, String)> = oidb["matches"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["table"].as_str().unwrap().to_owned(),
                m["code"].as_i64().unwrap(),
                m["layer"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            ("msdk-logic".to_owned(), -103, "msdk".to_owned()),
            ("oidb-0x73a".to_owned(), 0x11, "oidb".to_owned()),
        ]
    );
    assert_eq!(oidb["matches"][1]["hex"], "0x11");
}

#[test]
fn a_response_body_on_stdin_is_read_whole_and_chinese_on_request() {
    let body = "{\n  \"ret\": -10000,\n  \"msg\": \"-73,the user modify password wrong\"\n}\n-21\n";
    let output = run_with_stdin(&["explain", "--lang", "zh"], body);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let out = stdout(&output);
    assert!(
        out.contains("description: 0x47 access token改密失效"),
        "{out}"
    );
    assert!(
        out.contains("action: reauthorize (from qq-platform -73"),
        "{out}"
    );
    // The English is the default; a row with no Chinese says so.
    let output = run(&["explain", "--lang", "zh", "225001"]);
    assert!(
        stdout(&output).contains("language:    en (the table has no zh text"),
        "{}",
        stdout(&output)
    );
    let csv = run(&[
        "list",
        "--lang",
        "zh",
        "--table",
        "wechat-group",
        "--format",
        "csv",
    ]);
    assert!(
        stdout(&csv).contains("该游戏没有建群权限"),
        "{}",
        stdout(&csv)
    );
}

#[test]
fn scan_reads_response_bodies_in_log_lines() {
    let log = "12:00 WARN verify_login {\"ret\":-10000,\"msg\":\"-73,the user modify password wrong\"} 35ms\n";
    let output = run_with_stdin(&["scan", "--summary", "--format", "csv"], log);
    let rows: Vec<&str> = stdout(&output).lines().skip(1).collect();
    assert!(
        rows.iter().any(|row| row.starts_with("1,qq-platform,-73,")),
        "{rows:?}"
    );
    let annotated = stdout(&run_with_stdin(&["scan"], log)).to_owned();
    assert!(
        annotated.contains("-73 AccessTokenInvalidAfterPasswordChange [qq-platform] reauthorize"),
        "{annotated}"
    );
}

/// Issue "scan --summary at grep's speed": a log of every kind of line,
/// forty blocks of 4 KiB (one of the tool's own): failures of known codes,
/// `ret`s and OIDB failures no table knows, response bodies, successes,
/// plain lines, invalid UTF-8, CRLF endings, and a last line without a line
/// end.
fn log_of_many_blocks() -> Vec<u8> {
    let kinds: [&[u8]; 14] = [
        b"2026-11-27T10:00:02Z WARN login ret=-21 msg=\"expired\" uid=",
        b"{\"ret\":-1,\"msg\":\"oidb decode0x73a failed, ret: 17\",\"uid\":",
        b"2026-11-27T10:00:01Z INFO gate route=/v1/match/join status=200 uid=",
        b"{\"ret\":424242,\"msg\":\"new\",\"uid\":",
        b"2026-11-27T10:00:01Z INFO login ok ret=0 uid=",
        b"{\"ret\":0,\"msg\":\"ok\",\"uid\":",
        b"oidb decode0x5e1 failed, ret:116 uid=",
        b"oidb decode0x73a failed, ret: 9999 uid=",
        b"12:00 WARN verify_login {\"ret\":-10000,\"msg\":\"-73,the user modify password wrong\"} uid=",
        b"RET=-6 uid=",
        b"caf\xe9 ret=100014 uid=",
        b"Ret: 221008 retry=3 uid=",
        b"plain line uid=",
        b"",
    ];
    let mut log = Vec::new();
    // A fixed pseudo-random sequence (Knuth's MMIX LCG), so that the codes'
    // counts differ and a failure can fall anywhere in a block.
    let mut state: u64 = 7;
    let mut next = |below: u64| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) % below
    };
    for uid in 0..4000 {
        let kind = kinds[usize::try_from(next(kinds.len() as u64)).unwrap()];
        log.extend_from_slice(kind);
        if !kind.is_empty() {
            log.extend_from_slice(uid.to_string().as_bytes());
        }
        log.extend_from_slice(if next(3) == 0 { b"\r\n" } else { b"\n" });
    }
    log.extend_from_slice(b"last line ret=777777");
    log
}

/// `scan --summary` with `--threads`, reading blocks of `block_size` bytes
/// (the tool's own size when `None`).
fn summary(source: &[u8], args: &[&str], threads: &str, block_size: Option<usize>) -> Vec<u8> {
    let mut command = Command::new(env!("CARGO_BIN_EXE_msdk-codes"));
    command
        .args(["scan", "--summary", "--threads", threads])
        .args(args);
    if let Some(size) = block_size {
        command.env("MSDK_CODES_BLOCK_SIZE", size.to_string());
    }
    let output = run_piped(&mut command, source);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{args:?}: {}",
        stderr(&output)
    );
    output.stdout
}

#[test]
fn scan_summary_is_the_same_on_every_number_of_threads() {
    let log = log_of_many_blocks();
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("many-blocks.log");
    std::fs::write(&path, &log).unwrap();
    let file = [path.to_str().unwrap()];
    for format in ["text", "json", "csv", "markdown"] {
        let args = [&["--format", format][..], &file].concat();
        // The log in one block, counted on the thread that reads it.
        let whole = summary(b"", &args, "1", None);
        assert!(whole.len() > 1000, "{}", String::from_utf8_lossy(&whole));
        let threaded = summary(b"", &args, "4", Some(4096));
        assert!(
            whole == threaded,
            "--format {format}, 4 threads:\n{}\none thread:\n{}",
            String::from_utf8_lossy(&threaded),
            String::from_utf8_lossy(&whole)
        );
    }
    let csv = ["--format", "csv"];
    let csv_of_file = [&csv[..], &file].concat();
    let whole = summary(b"", &csv_of_file, "1", None);
    let rows = String::from_utf8(whole.clone()).unwrap();
    for row in [
        "1,unknown,777777,,,ret no table knows",
        ",unknown,9999,,,OIDB command 0x73a failed with a ret no table knows",
        ",qq-platform,-73,AccessTokenInvalidAfterPasswordChange,",
        ",qq-platform,100014,AccessTokenExpired,",
    ] {
        assert!(rows.contains(row), "{row} in\n{rows}");
    }
    // Blocks that end within most lines, at a line's end, between a line's
    // \r and \n, inside a `ret` (the first block; the others where the
    // lines fall).
    let after = 3000;
    let at = |needle: &[u8]| {
        after
            + log[after..]
                .windows(needle.len())
                .position(|window| window == needle)
                .unwrap()
    };
    for block_size in [40, at(b"\n") + 1, at(b"\r\n") + 1, at(b"ret=-21") + 1] {
        for threads in ["1", "2", "4"] {
            let counted = summary(b"", &csv_of_file, threads, Some(block_size));
            assert!(
                whole == counted,
                "{threads} threads, blocks of {block_size} bytes:\n{}",
                String::from_utf8_lossy(&counted)
            );
        }
    }
    // From stdin, whose reads a pipe cuts where it will.
    let piped = summary(&log, &csv, "4", Some(4096));
    assert!(whole == piped, "{}", String::from_utf8_lossy(&piped));
}

#[test]
fn scan_threads_are_for_the_summary_and_a_directory_is_no_log() {
    for args in [
        &["scan", "--threads", "2"][..],
        &["scan", "--summary", "--threads", "0"],
    ] {
        let output = run_with_stdin(args, LOG);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert_eq!(stdout(&output), "", "{args:?}");
    }
    let directory = env!("CARGO_MANIFEST_DIR");
    for args in [
        &["scan", directory][..],
        &["scan", "--summary", "--threads", "1", directory],
        &["scan", "--summary", "--threads", "3", directory],
    ] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&output).starts_with(&format!("msdk-codes scan: cannot read {directory}: ")),
            "{args:?}: {}",
            stderr(&output)
        );
    }
}
