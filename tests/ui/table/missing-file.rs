msdk_codes::msdk_codes! {
    pub enum TestCode => "codes/no-such-table.csv";
}

fn main() {}
