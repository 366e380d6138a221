// The call declares `http_status` before the CSV has it: one error, and the
// code naming three of the table's variants adds none.
msdk_codes::msdk_codes! {
    pub enum LoginCode => "tests/ui/table/csv/missing-declared-column.csv" {
        http_status: u16,
    };
}

fn next_step(code: &LoginCode) -> &'static str {
    match code {
        LoginCode::Ok => "carry on",
        LoginCode::TokenDeprecated => "log in again",
        LoginCode::Banned => "tell the player",
    }
}

fn main() {
    let _ = next_step(&LoginCode::Ok);
    let _ = login_code!(1001);
}
