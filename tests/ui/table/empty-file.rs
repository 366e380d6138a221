msdk_codes::msdk_codes! {
    pub enum TestCode => "tests/ui/table/csv/empty-file.csv";
}

fn main() {}
