// A cell that does not fit its column's type is the table's one error; the
// stub keeps the column's accessor, so code calling it adds none.
msdk_codes::msdk_codes! {
    pub enum ShopCode => "tests/ui/table/csv/typed-out-of-range.csv" {
        http_status: u16,
    };
}

fn main() {
    let _: u16 = ShopCode::Ok.http_status();
}
