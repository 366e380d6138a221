// The table gained a row (`2004,RateLimited`): a match that lists the
// others, through a reference and with no wildcard, stops compiling and
// names the new variant.
msdk_codes::msdk_codes! {
    pub enum LoginCode => "tests/ui/table/csv/login-with-a-new-row.csv";
}

fn next_step(code: &LoginCode) -> &'static str {
    match code {
        LoginCode::Ok => "carry on",
        LoginCode::TokenDeprecated => "log in again",
        LoginCode::Banned => "tell the player",
        LoginCode::Busy => "retry",
    }
}

fn main() {
    let _ = next_step(&LoginCode::Ok);
}
