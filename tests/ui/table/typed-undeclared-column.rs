// A column the call does not declare: the message says how to declare it.
msdk_codes::msdk_codes! {
    pub enum ShopCode => "tests/ui/table/csv/typed-columns.csv" {
        http_status: u16,
    };
}

fn main() {}
