use msdk_codes::{qq_platform_code, QqPlatformCode};

fn handle(code: QqPlatformCode) -> &'static str {
    match code {
        qq_platform_code!(-21) => "log in again",
        qq_platform_code!(-99) => "typo",
        _ => "other",
    }
}

fn main() {
    let _ = handle(QqPlatformCode::from_code(-21).unwrap());
}
