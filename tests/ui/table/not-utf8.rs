msdk_codes::msdk_codes! {
    pub enum TestCode => "tests/ui/table/csv/not-utf8.csv";
}

fn main() {}
