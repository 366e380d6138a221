//! The rows as a code macro carries them: one string literal, a line per
//! row, `Name index low high shift`, and (for a custom table) the
//! descriptions apart. One literal costs the compiler far less than tokens
//! per field.

use proc_macro2::{Ident, Span};

/// A row as the code macro knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeRow {
    pub name: Ident,
    pub index: usize,
    pub low: i32,
    pub high: i32,
    /// The byte table's shift to the signed form (0 or -256); 0 elsewhere.
    pub shift: i32,
    /// For suggestions. A built-in table's rows leave it out of the macro (it
    /// would be most of its size); `__code` reads it from the table when an
    /// error needs it.
    pub description: Option<String>,
}

impl CodeRow {
    pub fn is_range(&self) -> bool {
        self.low != self.high
    }

    /// The code as the table stores it, if `code` is one of the row's.
    pub fn stored(&self, code: i64) -> Option<i32> {
        let (low, high, shift) = (
            i64::from(self.low),
            i64::from(self.high),
            i64::from(self.shift),
        );
        if (low..=high).contains(&code) {
            i32::try_from(code).ok()
        } else if shift != 0 && (low + shift..=high + shift).contains(&code) {
            i32::try_from(code - shift).ok()
        } else {
            None
        }
    }
}

pub fn encode(rows: &[CodeRow]) -> String {
    let lines: Vec<String> = rows
        .iter()
        .map(|row| {
            format!(
                "{} {} {} {} {}",
                row.name, row.index, row.low, row.high, row.shift
            )
        })
        .collect();
    lines.join("\n")
}

/// The rows back from `encode`'s text, with `descriptions` (one per row, or
/// none at all). `None` if the text is not what `encode` writes.
pub fn decode(text: &str, descriptions: Vec<String>) -> Option<Vec<CodeRow>> {
    let count = text.lines().count();
    if !descriptions.is_empty() && descriptions.len() != count {
        return None;
    }
    let mut descriptions = descriptions.into_iter();
    text.lines()
        .map(|line| {
            let fields: Vec<&str> = line.split(' ').collect();
            let [name, index, low, high, shift] = fields[..] else {
                return None;
            };
            Some(CodeRow {
                name: crate::tokens::is_identifier(name)
                    .then(|| Ident::new(name, Span::call_site()))?,
                index: index.parse().ok()?,
                low: low.parse().ok()?,
                high: high.parse().ok()?,
                shift: shift.parse().ok()?,
                description: descriptions.next(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_encode_writes_decode_reads() {
        let rows = vec![
            CodeRow {
                name: Ident::new("Busy", Span::call_site()),
                index: 0,
                low: 2000,
                high: 2009,
                shift: 0,
                description: Some("busy, \"quoted\"\nline".to_owned()),
            },
            CodeRow {
                name: Ident::new("Sent", Span::call_site()),
                index: 1,
                low: 155,
                high: 155,
                shift: -256,
                description: Some("sent".to_owned()),
            },
        ];
        let descriptions = rows.iter().filter_map(|r| r.description.clone()).collect();
        assert_eq!(decode(&encode(&rows), descriptions), Some(rows.clone()));
        assert_eq!(rows[1].stored(-101), Some(155));
        assert_eq!(rows[0].stored(2005), Some(2005));
        assert_eq!(rows[0].stored(2010), None);
        assert_eq!(
            decode("A 0 1 1 0\nB 1 2 2 0", vec!["only one".to_owned()]),
            None
        );
        assert_eq!(decode("A 0 1", Vec::new()), None);
    }
}
