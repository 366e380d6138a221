// trybuild builds this in target/tests/trybuild/<crate>/, so the path climbs
// back to the repository from there.
msdk_codes::msdk_codes! {
    pub enum TestCode => "tests/ui/table/csv";
}

fn main() {}
