//! Handling MSDK responses: deserialize them into a struct whose `ret` is a
//! `Ret<_>` (so a code the table does not know still deserializes), then
//! decide what to do from the whole response, OIDB failure in `msg`
//! included.
//!
//! ```text
//! cargo run --example handle_response
//! ```

use msdk_codes::{Action, Outcome, QqPlatformCode, Ret, qq_platform_code};
use serde::Deserialize;

/// A QQ platform API's response body, as MSDK sends it.
#[derive(Debug, Deserialize)]
struct QqResponse {
    ret: Ret<QqPlatformCode>,
    #[serde(default)]
    msg: String,
}

/// What the game server does next.
fn decide(response: &QqResponse) -> String {
    // A code we single out, checked at compile time.
    if let Some(qq_platform_code!(100014)) = response.ret.known() {
        return "token expired: refresh it silently, then retry".to_owned();
    }
    // `Ret<QqPlatformCode>` names the table: no `Table` to get wrong.
    let outcome = Outcome::new(response.ret, &response.msg);
    let step = match outcome.action() {
        Some(Action::Success) => "carry on",
        Some(Action::Reauthorize) => "send the player to QQ login",
        Some(Action::RefreshToken) => "refresh the access token, then retry",
        Some(Action::Retry) => "retry with backoff",
        Some(Action::SlowDown) => "back off, then retry",
        Some(Action::FixRequest) => "fix the request (a bug on our side)",
        Some(Action::FixAppConfig) => "fix the app's MSDK configuration",
        Some(Action::UserAction) => "ask the player to act",
        Some(Action::ContactSupport) => "contact MSDK support",
        Some(Action::Unclassified) | None => "log it and alert: nothing explains it",
    };
    format!("{step}  ({outcome})")
}

fn main() {
    let bodies = [
        // Success: the QQ platform table has no row for 0, yet 0 is success.
        r#"{"ret": 0, "msg": "ok"}"#,
        // A known code.
        r#"{"ret": -21, "msg": "access_token has been deprecated"}"#,
        // A code the table does not know (yet): it still deserializes.
        r#"{"ret": 424242, "msg": "new in next week's MSDK"}"#,
        // An OIDB failure inside `msg`: more specific than `ret`.
        r#"{"ret": -1, "msg": "oidb decode0x73a failed, ret: 17"}"#,
        // An OIDB failure whose ret no table knows: `ret` still explains it.
        r#"{"ret": -21, "msg": "oidb decode0x73a failed, ret: 1000"}"#,
        r#"{"ret": 100014, "msg": "token expired"}"#,
    ];
    for body in bodies {
        match serde_json::from_str::<QqResponse>(body) {
            Ok(response) => println!("{body}\n    -> {}", decide(&response)),
            Err(err) => println!("{body}\n    -> not a response: {err}"),
        }
    }
}
