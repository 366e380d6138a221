use core::fmt;
use core::iter::FusedIterator;

/// Every row of a generated enum's table, one value each, in table order (a
/// range row once, with its first code): what the enum's `ALL` holds.
///
/// It iterates, counts and indexes like a slice, and is `Copy`. It hands out
/// values, not references: the values are made on request, since rustc
/// takes time that grows with the square of the table's size to check a
/// constant array of values whose discriminants are codes.
///
/// # Examples
///
/// ```
/// use msdk_codes::{Action, PayTokenCode};
///
/// assert_eq!(PayTokenCode::ALL.len(), 13);
/// assert_eq!(PayTokenCode::ALL.get(0).map(PayTokenCode::code), Some(0));
/// let reauthorize = PayTokenCode::ALL
///     .iter()
///     .filter(|code| code.action() == Action::Reauthorize)
///     .count();
/// assert!(reauthorize > 0);
/// for code in PayTokenCode::ALL {
///     assert_eq!(PayTokenCode::from_code(code.code()), Some(code));
/// }
/// ```
pub struct Rows<T: 'static> {
    len: usize,
    value: fn(usize) -> T,
}

impl<T> Rows<T> {
    pub(crate) const fn new(len: usize, value: fn(usize) -> T) -> Self {
        Rows { len, value }
    }

    /// The number of rows.
    #[must_use]
    pub const fn len(&self) -> usize {
        self.len
    }

    /// Whether the table has no rows (only a table with errors has none,
    /// and it does not compile).
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The value of row `row` (0-based, in table order), or `None` past the
    /// last row.
    #[must_use]
    pub fn get(&self, row: usize) -> Option<T> {
        (row < self.len).then(|| (self.value)(row))
    }

    /// The values in table order.
    #[must_use]
    pub fn iter(&self) -> RowsIter<T> {
        RowsIter {
            rows: *self,
            front: 0,
            back: self.len,
        }
    }
}

impl<T> Clone for Rows<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Rows<T> {}

impl<T: fmt::Debug> fmt::Debug for Rows<T> {
    /// The values, as a list.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<T> IntoIterator for Rows<T> {
    type Item = T;
    type IntoIter = RowsIter<T>;

    fn into_iter(self) -> RowsIter<T> {
        self.iter()
    }
}

impl<T> IntoIterator for &Rows<T> {
    type Item = T;
    type IntoIter = RowsIter<T>;

    fn into_iter(self) -> RowsIter<T> {
        self.iter()
    }
}

/// The iterator of [`Rows`]: each row's value, in table order.
pub struct RowsIter<T: 'static> {
    rows: Rows<T>,
    front: usize,
    back: usize,
}

impl<T> Clone for RowsIter<T> {
    fn clone(&self) -> Self {
        RowsIter {
            rows: self.rows,
            front: self.front,
            back: self.back,
        }
    }
}

impl<T: fmt::Debug> fmt::Debug for RowsIter<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}

impl<T> Iterator for RowsIter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        if self.front == self.back {
            return None;
        }
        self.front += 1;
        Some((self.rows.value)(self.front - 1))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = self.back - self.front;
        (len, Some(len))
    }

    fn nth(&mut self, n: usize) -> Option<T> {
        self.front = self.front.saturating_add(n).min(self.back);
        self.next()
    }
}

impl<T> DoubleEndedIterator for RowsIter<T> {
    fn next_back(&mut self) -> Option<T> {
        if self.front == self.back {
            return None;
        }
        self.back -= 1;
        Some((self.rows.value)(self.back))
    }
}

impl<T> ExactSizeIterator for RowsIter<T> {}

impl<T> FusedIterator for RowsIter<T> {}

#[cfg(test)]
mod tests {
    use super::*;

    const SQUARES: Rows<usize> = Rows::new(4, |row| row * row);

    #[test]
    fn rows_iterate_both_ways_and_index() {
        assert_eq!(SQUARES.len(), 4);
        assert!(!SQUARES.is_empty());
        assert_eq!(SQUARES.get(3), Some(9));
        assert_eq!(SQUARES.get(4), None);
        let mut iter = SQUARES.iter();
        assert_eq!(iter.len(), 4);
        assert_eq!(iter.next(), Some(0));
        assert_eq!(iter.next_back(), Some(9));
        assert_eq!(iter.len(), 2);
        assert!(iter.clone().rev().eq([4, 1]));
        assert_eq!(iter.next(), Some(1));
        assert_eq!(iter.next_back(), Some(4));
        assert_eq!((iter.next(), iter.next_back()), (None, None));
        assert_eq!(SQUARES.iter().nth(2), Some(4));
        assert_eq!(SQUARES.iter().nth(9), None);
        let mut all = 0;
        for square in SQUARES {
            all += square;
        }
        assert_eq!(all, 14);
    }
}
