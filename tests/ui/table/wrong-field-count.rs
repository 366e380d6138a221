msdk_codes::msdk_codes! {
    pub enum TestCode => "tests/ui/table/csv/wrong-field-count.csv";
}

fn main() {}
