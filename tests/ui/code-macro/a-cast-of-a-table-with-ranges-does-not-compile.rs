// A table with a range row has variants that hold their code, so `as` does
// not compile on it; `code()` and `i32::from` give the code. (A table
// without one has its codes as discriminants: `QqPlatformCode::
// AccessTokenDeprecated as i32` is -21, tested in tests/test_exhaustive.rs.)
use msdk_codes::QqGroupCode;

fn main() {
    let _ = QqGroupCode::from_code(221008).unwrap() as i32;
}
