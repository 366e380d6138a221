msdk_codes::msdk_codes! {
    pub enum TestCode => "tests/ui/table/csv/no-rows.csv";
}

fn main() {}
