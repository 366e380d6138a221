//! Deciding what to do with any MSDK backend response: one of each layer
//! that can answer (MSDK's access and logic layers, the QQ platform and
//! WeChat inside `msg`, a share endpoint's own code, a QQ group endpoint's
//! `platCode`, `err_type`, an OIDB failure), as MSDK's wiki writes them.
//!
//! ```text
//! cargo run --example backend_response
//! ```

use msdk_codes::{Action, Explanation, Language, Response};
use serde::Deserialize;

/// A response struct of the game server's own: `Response` reads its fields.
#[derive(Deserialize)]
struct GroupInfo {
    ret: i32,
    #[serde(default)]
    msg: String,
    #[serde(rename = "platCode")]
    plat_code: Option<String>,
}

/// What the game server does next.
fn decide(answer: &Explanation) -> &'static str {
    match answer.action() {
        Action::Success => "carry on",
        Action::Retry => "retry with backoff",
        Action::Reauthorize => "send the player to log in again",
        Action::RefreshToken => "refresh the access token with the refresh token, then retry",
        Action::FixRequest => "fix the request: a bug on our side",
        Action::FixAppConfig => "fix the app's MSDK registration or permissions",
        Action::SlowDown => "back off, then retry",
        Action::UserAction => "tell the player what to do",
        Action::ContactSupport => "contact MSDK support",
        Action::Unclassified => "log it and alert: no table says what to do",
    }
}

fn show(layer: &str, answer: &Explanation) {
    println!("{layer}: ret {}", answer.response().ret());
    for found in answer.matches() {
        let text = found.code().text(Language::Chinese);
        println!(
            "    {:<15} {:<18} {:>7} {} / {}",
            found.layer().as_str(),
            found.table().id(),
            found.code().code(),
            found.code().description(),
            text.description()
        );
    }
    println!("    -> {}: {}\n", answer.action(), decide(answer));
}

fn main() -> Result<(), msdk_codes::ResponseError> {
    let bodies = [
        (
            "access layer",
            None,
            r#"{"ret":-503,"msg":"frequency overrun"}"#,
        ),
        (
            "logic layer",
            None,
            r#"{"ret":-10003,"msg":"wrong login type"}"#,
        ),
        (
            "QQ platform",
            None,
            r#"{"ret":-10000,"msg":"-73,the user modify password wrong"}"#,
        ),
        (
            "WeChat",
            None,
            r#"{"ret":-20000,"msg":"42001,access_token expired"}"#,
        ),
        (
            "share to QQ",
            Some("/share/qq"),
            r#"{"msg":"30,null ServiceError: :workid=yaaf_mpqq_msgsendsvr cmdid=1","ret":-10000}"#,
        ),
        (
            "err_type",
            None,
            r#"{"ret":-10000,"msg":"100099,a code no table has","err_type":1}"#,
        ),
        (
            "OIDB",
            None,
            r#"{"ret":-103,"msg":"oidb decode0x73a failed, ret:17"}"#,
        ),
    ];
    for (layer, endpoint, body) in bodies {
        show(layer, &Response::from_json(body)?.explain(endpoint));
    }

    // A struct the server already deserialized, from a QQ group endpoint.
    let body = r#"{"ret":-10000,"msg":"group","platCode":"2003","groupName":"x"}"#;
    let info: GroupInfo = serde_json::from_str(body).expect("a group info response");
    let mut response = Response::new(info.ret).with_msg(&info.msg);
    if let Some(code) = &info.plat_code {
        response = response.with_plat_code(code);
    }
    show(
        "QQ group platCode",
        &response.explain(Some("/relation/get_groupinfo")),
    );
    Ok(())
}
