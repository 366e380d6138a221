msdk_codes::msdk_codes! {
    pub enum TestCode => "tests/ui/table/csv/code-beyond-i32.csv";
}

fn main() {}
