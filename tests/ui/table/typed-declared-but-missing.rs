// A declared column the header does not have.
msdk_codes::msdk_codes! {
    pub enum ShopCode => "tests/ui/table/csv/typed-out-of-range.csv" {
        http_status: u16,
        retry_after_ms: Option<u32>,
    };
}

fn main() {}
