// Every bad cell is an error naming its line, column, value, type and fix,
// all in one build: an empty cell in a non-`Option` column, a bad bool, an
// empty `&str`.
msdk_codes::msdk_codes! {
    pub enum ShopCode => "tests/ui/table/csv/typed-columns.csv" {
        http_status: u16,
        page_oncall: bool,
        message_zh: &str,
    };
}

fn main() {}
