msdk_codes::msdk_codes! {
    pub enum TestCode => "tests/ui/table/csv/overlapping-ranges.csv";
}

fn main() {}
