msdk_codes::msdk_codes! {
    pub enum TestCode => "tests/ui/table/csv/empty-description.csv";
}

fn main() {}
