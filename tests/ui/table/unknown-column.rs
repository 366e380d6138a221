msdk_codes::msdk_codes! {
    pub enum TestCode => "tests/ui/table/csv/unknown-column.csv";
}

fn main() {}
