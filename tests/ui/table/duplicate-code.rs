msdk_codes::msdk_codes! {
    pub enum TestCode => "tests/ui/table/csv/duplicate-code.csv";
}

fn main() {}
