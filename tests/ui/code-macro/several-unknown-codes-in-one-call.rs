use msdk_codes::{qq_group_code, QqGroupCode};

fn main() {
    match QqGroupCode::from_code(221001) {
        Some(qq_group_code!(221001 | 221099 | -500010)) => {}
        _ => {}
    }
}
