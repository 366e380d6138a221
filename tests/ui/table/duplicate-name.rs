msdk_codes::msdk_codes! {
    pub enum TestCode => "tests/ui/table/csv/duplicate-name.csv";
}

fn main() {}
