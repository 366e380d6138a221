msdk_codes::msdk_codes! {
    pub enum TestCode => "tests/ui/table/csv/code-not-integer.csv";
}

fn main() {}
