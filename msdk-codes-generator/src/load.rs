//! A table file to a checked model: read, parse, then validate. What every
//! consumer of a table calls.

use std::path::Path;

use crate::column::DeclaredColumn;
use crate::error::{Errors, TableError};
use crate::input::TablePath;
use crate::table::{self, Table};
use crate::valid;

/// A table that breaks rules, or a file that cannot be read: every problem,
/// and what could be read.
#[derive(Debug)]
pub struct Failure {
    pub errors: Vec<TableError>,
    pub partial: Table,
    /// Whether the file was read, so that editing it must rebuild the
    /// caller.
    pub read: bool,
}

/// The model of a table that follows every rule, or every rule it breaks.
pub fn load(file: &str, bytes: &[u8], declared: &[DeclaredColumn]) -> Result<Table, Failure> {
    let mut errors = Errors::new(file);
    let table = table::parse(bytes, declared, &mut errors);
    valid::check(&table, &mut errors);
    if errors.is_empty() {
        Ok(table)
    } else {
        // In the file's order, whichever check found them.
        let mut errors = errors.into_vec();
        errors.sort_by_key(|error| error.line);
        Err(Failure {
            errors,
            partial: table,
            read: true,
        })
    }
}

/// The bytes of a table file, or the failure that names the path it tried.
pub fn read(path: &TablePath, declared: &[DeclaredColumn]) -> Result<Vec<u8>, Failure> {
    read_bytes(path).map_err(|message| Failure {
        errors: vec![TableError {
            file: path.display.clone(),
            line: None,
            message,
        }],
        partial: Table::empty(declared),
        read: false,
    })
}

fn read_bytes(path: &TablePath) -> Result<Vec<u8>, String> {
    let resolved = path
        .resolved
        .as_ref()
        .map_err(|why| format!("cannot find the table: {why}"))?;
    let resolved = Path::new(resolved);
    if resolved.is_dir() {
        return Err(format!(
            "is a directory ({}); name a CSV file",
            resolved.display()
        ));
    }
    std::fs::read(resolved).map_err(|err| {
        format!(
            "cannot read the table (looked for {}): {err}; paths are relative to the \
             directory of the calling crate's Cargo.toml",
            resolved.display()
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtin::BUILTINS;

    #[test]
    fn every_builtin_table_is_valid() {
        for builtin in &BUILTINS {
            if let Err(failure) = load(builtin.file, builtin.csv.as_bytes(), &[]) {
                panic!("{}: {:#?}", builtin.file, failure.errors);
            }
        }
    }

    #[test]
    fn a_missing_file_names_the_path_it_tried() {
        let decl = crate::input::parse(
            r#"[::msdk_codes] pub enum NoCode => "codes/none.csv""#
                .parse()
                .unwrap(),
        )
        .unwrap();
        let path = &decl.tables.unwrap()[0].path;
        let failure = read(path, &[]).unwrap_err();
        assert!(!failure.read);
        let message = failure.errors[0].to_string();
        assert!(
            message.starts_with("codes/none.csv: cannot read the table (looked for "),
            "{message}"
        );
        assert!(message.contains("/codes/none.csv)"), "{message}");
    }
}
