// `TypeCode` would be fine; `Type` would give a macro named `type`.
msdk_codes::msdk_codes! {
    pub enum Type => "tests/fixtures/shop.csv";
}

fn main() {}
