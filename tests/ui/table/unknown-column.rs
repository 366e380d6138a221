// An unknown column is one error: the rows are still read, so the code
// naming their variants adds none.
msdk_codes::msdk_codes! {
    pub enum TestCode => "tests/ui/table/csv/unknown-column.csv";
}

fn main() {
    match TestCode::First {
        TestCode::First => {}
    }
    let _ = test_code!(1);
}
