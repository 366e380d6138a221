msdk_codes::msdk_codes! {
    pub enum TestCode => "tests/ui/table/csv/unknown-action.csv";
}

fn main() {}
