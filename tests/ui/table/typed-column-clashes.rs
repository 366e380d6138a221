// Declared columns that clash with the generated API or with the format, or
// are not snake_case identifiers, or have a type the generator cannot check.
msdk_codes::msdk_codes! {
    pub enum ShopCode => "tests/ui/table/csv/typed-columns.csv" {
        description: &str,
        to_string: &str,
        HttpStatus: u16,
        page_oncall: String,
    };
}

fn main() {}
