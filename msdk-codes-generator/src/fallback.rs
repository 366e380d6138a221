//! What a table with errors becomes: a stub enum with the whole API and
//! every variant that could be read, so that the caller's code naming them
//! adds no errors of its own.
//!
//! The table's errors go inside one hidden constant of the enum's type,
//! `<Enum as RowAt<{ usize::MAX }, 0>>::VALUE`, and the stub's code macro
//! expands to that constant whatever the code: rustc reports the errors
//! once, and takes every use of the constant (a pattern, an expression) for
//! one already reported, with no warning or exhaustiveness error of its own.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};

use crate::action::Action;
use crate::code::Codes;
use crate::error::TableError;
use crate::spec::EnumSpec;
use crate::table::{Row, Table};
use crate::valid;

/// The hidden constant that carries a stub's errors: `RowAt`'s `ROW`
/// argument, which no table's row can have.
pub fn error_constant(spec: &EnumSpec) -> TokenStream {
    let (ident, krate) = (&spec.ident, &spec.krate);
    quote!(<#ident as #krate::__private::RowAt<{ ::core::primitive::usize::MAX }, 0>>::VALUE)
}

/// The impl of the hidden constant, with one `compile_error!` per problem.
pub fn errors(spec: &EnumSpec, messages: &[String]) -> TokenStream {
    let (ident, krate) = (&spec.ident, &spec.krate);
    let errors = messages
        .iter()
        .map(|message| quote_spanned!(spec.span=> ::core::compile_error!(#message);));
    quote! {
        #[automatically_derived]
        impl #krate::__private::RowAt<{ ::core::primitive::usize::MAX }, 0> for #ident {
            const VALUE: Self = {
                #(#errors)*
                loop {}
            };
        }
    }
}

/// The messages of a table's errors.
pub fn messages(errors: &[TableError]) -> Vec<String> {
    errors.iter().map(TableError::to_string).collect()
}

/// The stub's table: each row of `partial`, read whole or not, whose name
/// can be a variant (once), in file order.
pub fn stub_table(partial: &Table) -> Table {
    let read = partial
        .rows
        .iter()
        .map(|row| (row.line, row.name.as_str(), row.codes));
    let rejected = partial.rejected.iter().map(|row| {
        (
            row.line,
            row.name.as_str(),
            row.codes.unwrap_or(Codes::single(0)),
        )
    });
    let mut candidates: Vec<(u64, &str, Codes)> = read.chain(rejected).collect();
    candidates.sort_by_key(|(line, _, _)| *line);
    let mut rows: Vec<Row> = Vec::new();
    for (line, name, codes) in candidates {
        if valid::name_problem(name).is_none() && rows.iter().all(|row| row.name != name) {
            rows.push(stub_row(line, name, codes));
        }
    }
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
        description_zh: None,
        solution_zh: None,
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
        assert_eq!(names, ["A", "B", "D", "E", "F"]);
        assert!(stub.rows[4].codes.is_range());
    }
}
