msdk_codes::msdk_codes! {
    pub enum TestCode => "tests/ui/table/csv/missing-description-column.csv";
}

fn main() {}
