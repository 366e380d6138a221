//! What a table with errors becomes: one `compile_error!` per problem, and a
//! stub enum with the whole API and every variant that could be read, so
//! that the caller's code naming them adds no errors of its own.

use proc_macro2::TokenStream;
use quote::quote_spanned;

use crate::action::Action;
use crate::code::Codes;
use crate::error::TableError;
use crate::spec::EnumSpec;
use crate::table::{Row, Table};
use crate::valid;

/// The name of the stub's extra variant, which no table can use: what a
/// code macro gives for a code the stub does not know.
pub const STUB_VARIANT: &str = "__Unavailable";

pub fn errors(spec: &EnumSpec, errors: &[TableError]) -> TokenStream {
    errors
        .iter()
        .map(|error| {
            let message = error.to_string();
            quote_spanned!(spec.span=> ::core::compile_error!(#message);)
        })
        .collect()
}

/// The stub's table: each row of `partial`, read whole or not, whose name
/// can be a variant (once), in file order, then the stub's own variant.
pub fn stub_table(partial: &Table) -> Table {
    let read = partial
        .rows
        .iter()
        .map(|row| (row.line, row.name.as_str(), row.codes));
    let rejected = partial
        .rejected
        .iter()
        .map(|row| (row.line, row.name.as_str(), row.codes.unwrap_or(Codes::single(0))));
    let mut candidates: Vec<(u64, &str, Codes)> = read.chain(rejected).collect();
    candidates.sort_by_key(|(line, _, _)| *line);
    let mut rows: Vec<Row> = Vec::new();
    for (line, name, codes) in candidates {
        if valid::name_problem(name).is_none() && rows.iter().all(|row| row.name != name) {
            rows.push(stub_row(line, name, codes));
        }
    }
    rows.push(stub_row(0, STUB_VARIANT, Codes::single(0)));
    Table {
        byte_table: partial.byte_table,
        hex: partial.hex,
        declared: partial.declared.clone(),
        rows,
        rejected: Vec::new(),
    }
}

fn stub_row(line: u64, name: &str, codes: Codes) -> Row {
    Row {
        line,
        codes,
        signed: None,
        unsigned: None,
        name: name.to_owned(),
        description: "the table has errors".to_owned(),
        solution: None,
        action: Action::UNCLASSIFIED,
        values: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::load;

    #[test]
    fn the_stub_keeps_every_name_it_can() {
        let failure = load(
            "t.csv",
            b"code,name,description,action\n1,A,a,\n1,B,b,\n2,lower,c,\nx,D,d,\n3,A,e,\n4,E,e,maybe\n5~9,F,f,\n",
            &[],
        )
        .unwrap_err();
        let stub = stub_table(&failure.partial);
        let names: Vec<&str> = stub.rows.iter().map(|row| row.name.as_str()).collect();
        assert_eq!(names, ["A", "B", "D", "E", "F", STUB_VARIANT]);
        assert!(stub.rows[4].codes.is_range());
    }
}
