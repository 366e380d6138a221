//! A response handler that matches on MSDK codes with the code macros: a
//! mistyped code in any arm fails the build instead of falling through to `_`.
//!
//! ```text
//! cargo run --example match_codes
//! ```

use std::time::Duration;

use msdk_codes::{QqPlatformCode, game_center_code, qq_platform_code};

/// What the server does with one failed MSDK call.
#[derive(Debug, PartialEq)]
enum Next {
    Done,
    SendToLogin,
    RetryAfter(Duration),
    Log(String),
}

fn handle_qq_platform(ret: i32) -> Next {
    let Some(code) = QqPlatformCode::from_code(ret) else {
        return Next::Log(format!("unknown QQ platform code {ret}"));
    };
    match code {
        // The player's token is gone: send them back through QQ login.
        qq_platform_code!(-21 | -23 | -24 | 100013 | 100014 | 100015 | 100016) => Next::SendToLogin,
        // A frequency limit: back off before the next call.
        qq_platform_code!(-6) | qq_platform_code!(220028) => {
            Next::RetryAfter(Duration::from_secs(30))
        }
        // A bad signature is often transient: try once more soon.
        qq_platform_code!(-5) => Next::RetryAfter(Duration::from_secs(1)),
        // Everything else: the table says what it means and what to do.
        other => Next::Log(format!(
            "{other} (next: {}; MSDK says: {})",
            other.action(),
            other.solution().unwrap_or("nothing")
        )),
    }
}

fn handle_game_center(ret: i32) -> Next {
    match msdk_codes::GameCenterCode::from_code(ret) {
        Some(game_center_code!(0)) => Next::Done,
        Some(game_center_code!(-4009)) => Next::RetryAfter(Duration::from_secs(60)),
        Some(code) if code.action().needs_reauthorization() => Next::SendToLogin,
        Some(code) if code.action().is_retryable() => Next::RetryAfter(Duration::from_secs(5)),
        Some(code) => Next::Log(code.to_string()),
        None => Next::Log(format!("unknown Game Center code {ret}")),
    }
}

fn main() {
    for ret in [-21, 100014, 220028, -5, -9, 12345] {
        println!("QQ platform {ret:>7}: {:?}", handle_qq_platform(ret));
    }
    for ret in [0, -4009, -4013, -4000, -4032] {
        println!("Game Center {ret:>7}: {:?}", handle_game_center(ret));
    }
    // The macros are expressions too.
    let expired = qq_platform_code!(100014);
    assert_eq!(handle_qq_platform(expired.code()), Next::SendToLogin);
}
