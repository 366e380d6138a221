// A broken table reports its own errors only: the stub enum keeps the whole
// API, every variant that was read and its code macro, so code that uses
// them adds no follow-on errors, warnings included.
msdk_codes::msdk_codes! {
    pub enum TestCode => "tests/ui/table/csv/duplicate-code.csv";
}

fn main() {
    let _ = TestCode::from_code(1).map(TestCode::description);
    let _ = TestCode::ALL.len();
    let code = test_code!(1);
    match code {
        test_code!(2) => {}
        test_code!(99) => {}
    }
    // The variants that were read, by name, in an exhaustive match.
    match TestCode::First {
        TestCode::First => {}
        TestCode::Second | TestCode::Third => {}
    }
}
