//! The `code` cell: one integer or an inclusive range of them.

use std::fmt;

/// The codes one row stands for: `first` as written, and the inclusive range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Codes {
    /// The first code as the table writes it (`-500003` in `-500003 ~ -500009`).
    pub first: i32,
    pub low: i32,
    pub high: i32,
}

impl Codes {
    pub fn single(code: i32) -> Self {
        Codes {
            first: code,
            low: code,
            high: code,
        }
    }

    /// The other end of the range as the table writes it (`-500009` in
    /// `-500003 ~ -500009`); the code itself for a single code.
    pub fn last(&self) -> i32 {
        if self.first == self.low {
            self.high
        } else {
            self.low
        }
    }

    pub fn is_range(&self) -> bool {
        self.low != self.high
    }

    pub fn contains(&self, code: i32) -> bool {
        self.low <= code && code <= self.high
    }

    pub fn overlaps(&self, other: &Codes) -> bool {
        self.low <= other.high && other.low <= self.high
    }

    pub fn count(&self) -> u64 {
        (i64::from(self.high) - i64::from(self.low) + 1) as u64
    }
}

impl fmt::Display for Codes {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.is_range() {
            write!(f, "{}~{}", self.first, self.last())
        } else {
            write!(f, "{}", self.first)
        }
    }
}

/// Parses a code cell: `-21`, `0x47`, `-0x10`, or a range `A~B` (spaces allowed
/// around `~`, either order). The error says what is wrong and how to write it.
pub fn parse_codes(cell: &str) -> Result<Codes, String> {
    let cell = cell.trim();
    match cell.split_once('~') {
        Some((a, b)) => {
            let first = parse_code(a.trim())?;
            let last = parse_code(b.trim())?;
            Ok(Codes {
                first,
                low: first.min(last),
                high: first.max(last),
            })
        }
        None => parse_code(cell).map(Codes::single),
    }
}

/// Parses one code: an integer as a Rust literal writes it, within i32.
pub fn parse_code(text: &str) -> Result<i32, String> {
    let value = crate::literal::integer(text).ok_or_else(|| {
        format!(
            "`{text}` is not an integer; write a code in decimal (`-21`) or hex (`0x47`), \
             or a range as `A~B`"
        )
    })?;
    i32::try_from(value).map_err(|_| {
        format!(
            "`{text}` is beyond i32 ({}..={}); codes must fit in an i32",
            i32::MIN,
            i32::MAX
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_hex_and_signs() {
        assert_eq!(parse_code("-21"), Ok(-21));
        assert_eq!(parse_code("0x47"), Ok(0x47));
        assert_eq!(parse_code("0XfF"), Ok(255));
        assert_eq!(parse_code("-0x10"), Ok(-16));
        assert_eq!(parse_code("+7"), Ok(7));
        assert_eq!(parse_code("2147483647"), Ok(i32::MAX));
        assert_eq!(parse_code("-2147483648"), Ok(i32::MIN));
    }

    #[test]
    fn not_integers_are_errors() {
        for bad in ["", "-", "0x", "abc", "1.5", "12a", "- 1", "0x-1", "--1"] {
            let err = parse_code(bad).unwrap_err();
            assert!(err.contains("is not an integer"), "{bad}: {err}");
        }
    }

    #[test]
    fn beyond_i32_is_its_own_error() {
        for big in [
            "2147483648",
            "-2147483649",
            "0x80000000",
            "99999999999999999999999999999999999999999",
        ] {
            let err = parse_code(big).unwrap_err();
            assert!(err.contains("beyond i32"), "{big}: {err}");
        }
    }

    #[test]
    fn ranges_in_either_order() {
        let range = parse_codes("-500003 ~ -500009").unwrap();
        assert_eq!(
            (range.first, range.low, range.high),
            (-500003, -500009, -500003)
        );
        assert_eq!(range.count(), 7);
        assert_eq!(range.to_string(), "-500003~-500009");
        let range = parse_codes("0x10~0x11").unwrap();
        assert_eq!((range.first, range.low, range.high), (16, 16, 17));
        assert!(!parse_codes(" 5 ").unwrap().is_range());
        assert!(parse_codes("1~").is_err());
        assert!(parse_codes("1~2~3").is_err());
    }
}
