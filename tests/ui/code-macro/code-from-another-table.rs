use msdk_codes::{game_center_code, QqPlatformCode};

fn main() {
    // 221008 is a QQ group code, not a QQ platform code.
    let _ = msdk_codes::qq_platform_code!(221008);
    // A variant of another table's enum is a type error.
    let code = QqPlatformCode::from_code(-21).unwrap();
    match code {
        game_center_code!(-4009) => {}
        _ => {}
    }
}
