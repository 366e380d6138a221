// The header lacks `description`: one error; the rows are still read for
// their names, so the code naming a variant adds none.
msdk_codes::msdk_codes! {
    pub enum TestCode => "tests/ui/table/csv/missing-description-column.csv";
}

fn main() {
    let _ = TestCode::First;
}
