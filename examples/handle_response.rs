//! Explaining MSDK responses: the `ret` in the API's table, or the OIDB
//! failure its `msg` reports, with the next step for each.
//!
//! ```text
//! cargo run --example handle_response
//! ```

use msdk_codes::{Action, Outcome, Table};
use serde_json::Value;

/// One response body of an API whose codes are in `table`, explained:
/// `Ok(None)` for a success, `Ok(Some(outcome))` otherwise.
fn explain(table: Table, body: &str) -> Result<Option<Outcome>, String> {
    let json: Value = serde_json::from_str(body).map_err(|err| format!("not JSON: {err}"))?;
    let ret = json["ret"].as_i64().ok_or("no integer `ret`")?;
    let ret = i32::try_from(ret).map_err(|_| format!("`ret` {ret} is beyond i32"))?;
    // `ret == 0` is MSDK's success everywhere, though only some tables list it.
    if ret == 0 && table.lookup(0).is_none() {
        return Ok(None);
    }
    let msg = json["msg"].as_str().unwrap_or("");
    let outcome = Outcome::of(table, ret, msg);
    Ok(Some(outcome).filter(|outcome| !outcome.is_success()))
}

fn next_step(outcome: &Outcome) -> &'static str {
    match outcome.action() {
        Some(Action::None) => "carry on",
        Some(Action::Reauthorize) => "send the player to QQ login",
        Some(Action::Retry) => "retry with backoff",
        Some(Action::SlowDown) => "back off, then retry",
        Some(Action::FixRequest) => "fix the request (a bug on our side)",
        Some(Action::FixAppConfig) => "fix the app's MSDK configuration",
        Some(Action::UserAction) => "ask the player to act",
        Some(Action::ContactSupport) => "contact MSDK support",
        None => "log it and alert: unknown code",
    }
}

fn main() {
    let responses = [
        (Table::QqPlatform, r#"{"ret": 0, "msg": "ok"}"#),
        (
            Table::QqPlatform,
            r#"{"ret": -21, "msg": "access_token has been deprecated"}"#,
        ),
        (
            Table::QqPlatform,
            r#"{"ret": -1, "msg": "oidb decode0x73a failed, ret: 17"}"#,
        ),
        (
            Table::QqPlatform,
            r#"{"ret": 100014, "msg": "token expired"}"#,
        ),
        (
            Table::QqGroup,
            r#"{"ret": 221018, "msg": "bind too frequent"}"#,
        ),
        (
            Table::QqGroup,
            r#"{"ret": -500007, "msg": "backend returned garbage"}"#,
        ),
        (Table::GameCenter, r#"{"ret": 0, "msg": "ok"}"#),
        (
            Table::GameCenter,
            r#"{"ret": -4009, "msg": "frequency limit"}"#,
        ),
        (
            Table::GameCenter,
            r#"{"ret": 31337, "msg": "what is this"}"#,
        ),
        (Table::QqPlatform, r#"{"msg": "no ret at all"}"#),
    ];
    for (table, body) in responses {
        match explain(table, body) {
            Ok(None) => println!("[{table}] success"),
            Ok(Some(outcome)) => println!("[{table}] {outcome}\n    -> {}", next_step(&outcome)),
            Err(err) => println!("[{table}] cannot explain {body}: {err}"),
        }
    }
}
