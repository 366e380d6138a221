msdk_codes::msdk_codes! {
    pub enum TestCode => "tests/ui/table/csv/signed-mismatch.csv";
}

fn main() {}
