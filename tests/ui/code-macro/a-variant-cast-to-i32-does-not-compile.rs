// `as` would give the variant's row (19 for -21), not its code: it does not
// compile. `code()` and `i32::from` give the code.
use msdk_codes::{QqPlatformCode, QqGroupCode};

fn main() {
    let _ = QqPlatformCode::AccessTokenDeprecated as i32;
    let _ = QqGroupCode::from_code(221008).unwrap() as i32;
}
