msdk_codes::msdk_codes! {
    pub enum TestCode => "tests/ui/table/csv/bad-names.csv";
}

fn main() {}
