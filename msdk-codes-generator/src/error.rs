//! Problems found in a table, collected so that one build reports all of them.

use std::fmt;

/// One problem in a table: where it is and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableError {
    /// The table's path as the caller wrote it.
    pub file: String,
    /// The 1-based line of the CSV file, where the problem has one.
    pub line: Option<u64>,
    /// Lowercase, naming the offending value and the fix.
    pub message: String,
}

impl fmt::Display for TableError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file, line, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// The errors of one table, in the order they were found.
#[derive(Debug, Default)]
pub struct Errors {
    file: String,
    errors: Vec<TableError>,
}

impl Errors {
    pub fn new(file: &str) -> Self {
        Errors {
            file: file.to_owned(),
            errors: Vec::new(),
        }
    }

    pub fn at(&mut self, line: u64, message: impl Into<String>) {
        self.push(Some(line), message.into());
    }

    pub fn in_file(&mut self, message: impl Into<String>) {
        self.push(None, message.into());
    }

    fn push(&mut self, line: Option<u64>, message: String) {
        self.errors.push(TableError {
            file: self.file.clone(),
            line,
            message,
        });
    }

    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    pub fn into_vec(self) -> Vec<TableError> {
        self.errors
    }
}
