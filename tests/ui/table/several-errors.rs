msdk_codes::msdk_codes! {
    pub enum TestCode => "tests/ui/table/csv/several-errors.csv";
}

fn main() {}
