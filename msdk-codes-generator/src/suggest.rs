//! "Did you mean": the known codes a person most likely meant by an unknown
//! one. The code macros' compile errors and the command-line tool's hints
//! both rank with this.
//!
//! Codes are typed by hand, so a typo beats arithmetic: a sign lost, two
//! digits swapped, a digit doubled or dropped come first (`-99` -> `-9`,
//! `-4103` -> `-4013`, `22108` -> `221008`, `21` -> `-21`), then a digit
//! changed or one too many, then everything else by numeric distance.

use crate::literal;

/// A row as suggestions see it: its codes `low..=high`, which a byte table
/// also knows shifted by `shift` (its signed form).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate {
    pub low: i32,
    pub high: i32,
    pub shift: i32,
}

/// The indexes of up to `count` candidates, most likely first, for the code
/// `written` as the person wrote it (`-99`, `0x47`). Nothing when `written`
/// is not an integer.
pub fn nearest(written: &str, candidates: &[Candidate], count: usize) -> Vec<usize> {
    let written = written.trim().to_ascii_lowercase();
    let Some(value) = literal::integer(&written) else {
        return Vec::new();
    };
    let hex = written.trim_start_matches(['-', '+']).starts_with("0x");
    let mut ranked: Vec<(u8, u128, usize)> = candidates
        .iter()
        .enumerate()
        .map(|(index, candidate)| {
            let tier = candidate
                .spellings(hex)
                .filter_map(|intended| typo(&written, &intended))
                .min()
                .unwrap_or(2);
            (tier, candidate.distance(value), index)
        })
        .collect();
    ranked.sort_unstable();
    ranked
        .into_iter()
        .take(count)
        .map(|(_, _, index)| index)
        .collect()
}

impl Candidate {
    fn forms(&self) -> impl Iterator<Item = (i64, i64)> {
        let (low, high) = (i64::from(self.low), i64::from(self.high));
        let shift = i64::from(self.shift);
        std::iter::once((low, high)).chain((shift != 0).then_some((low + shift, high + shift)))
    }

    /// How the row's codes are written: its ends in every form, in hex
    /// (stored form only) or decimal.
    fn spellings(&self, hex: bool) -> impl Iterator<Item = String> + '_ {
        let forms: Vec<(i64, i64)> = if hex {
            vec![(i64::from(self.low), i64::from(self.high))]
        } else {
            self.forms().collect()
        };
        forms
            .into_iter()
            .flat_map(|(low, high)| [low, high])
            .map(move |code| {
                if hex {
                    crate::literal::hex(code)
                } else {
                    code.to_string()
                }
            })
    }

    /// How far `value` is from the row, in its nearest form.
    fn distance(&self, value: i128) -> u128 {
        self.forms()
            .map(|(low, high)| {
                let (low, high) = (i128::from(low), i128::from(high));
                if value < low {
                    low.abs_diff(value)
                } else {
                    value.saturating_sub(high).max(0).unsigned_abs()
                }
            })
            .min()
            .unwrap_or(u128::MAX)
    }
}

/// How likely `written` is a mistyped `intended`: 0 for the same, a sign lost or
/// added, two neighbours swapped, a digit doubled or dropped; 1 for a digit
/// changed or one extra; `None` for anything else.
fn typo(written: &str, intended: &str) -> Option<u8> {
    let (w, i): (Vec<char>, Vec<char>) = (written.chars().collect(), intended.chars().collect());
    if w == i {
        return Some(0);
    }
    if w.first() == Some(&'-') && w[1..] == i[..] || i.first() == Some(&'-') && i[1..] == w[..] {
        return Some(0);
    }
    if w.len() == i.len() {
        let differ: Vec<usize> = (0..w.len()).filter(|&k| w[k] != i[k]).collect();
        return match differ[..] {
            [k] => Some(1).filter(|_| w[k].is_ascii_hexdigit() && i[k].is_ascii_hexdigit()),
            [a, b] if b == a + 1 && w[a] == i[b] && w[b] == i[a] => Some(0),
            _ => None,
        };
    }
    if w.len() == i.len() + 1 {
        // One character too many in what was written: doubled if it repeats
        // its neighbour.
        let extra = (0..w.len()).find(|&k| w[..k] == i[..k] && w[k + 1..] == i[k..])?;
        let doubled =
            (extra > 0 && w[extra - 1] == w[extra]) || w.get(extra + 1) == Some(&w[extra]);
        return Some(if doubled { 0 } else { 1 });
    }
    if w.len() + 1 == i.len() {
        let dropped = (0..i.len()).find(|&k| i[..k] == w[..k] && i[k + 1..] == w[k..]);
        return dropped.map(|_| 0);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(codes: &[i32]) -> Vec<Candidate> {
        codes
            .iter()
            .map(|&code| Candidate {
                low: code,
                high: code,
                shift: 0,
            })
            .collect()
    }

    fn first(written: &str, codes: &[i32]) -> i32 {
        codes[nearest(written, &table(codes), 3)[0]]
    }

    const QQ_PLATFORM: [i32; 42] = [
        1, 3, 4, 5, 6, 10000, -1, -2, -3, -4, -5, -6, -7, -8, -9, -10, -11, -12, -20, -21, -22,
        -23, -24, -25, -26, -70, -71, -72, -73, 100000, 100001, 100014, 220028, 251001, 901203,
        9001010, 225001, 225010, -500003, -182001, 221008, 221018,
    ];

    #[test]
    fn typos_before_arithmetic() {
        assert_eq!(first("-99", &QQ_PLATFORM), -9);
        assert_eq!(first("21", &QQ_PLATFORM), -21);
        assert_eq!(first("22108", &QQ_PLATFORM), 221008);
        let game_center: Vec<i32> = (-4037..=-4000).chain([0]).collect();
        assert_eq!(first("-4103", &game_center), -4013);
        assert_eq!(first("-0x15", &QQ_PLATFORM), -21);
    }

    #[test]
    fn typo_kinds() {
        assert_eq!(typo("21", "-21"), Some(0));
        assert_eq!(typo("-21", "21"), Some(0));
        assert_eq!(typo("-4103", "-4013"), Some(0));
        assert_eq!(typo("-99", "-9"), Some(0));
        assert_eq!(typo("22108", "221008"), Some(0));
        assert_eq!(typo("-4103", "-4003"), Some(1));
        assert_eq!(typo("21", "1"), Some(1));
        assert_eq!(typo("21", "21"), Some(0));
        assert_eq!(typo("21", "-1"), None);
        assert_eq!(typo("123", "321"), None);
    }

    #[test]
    fn ranges_and_byte_forms() {
        let rows = [
            Candidate {
                low: -500009,
                high: -500003,
                shift: 0,
            },
            Candidate {
                low: 155,
                high: 155,
                shift: -256,
            },
            Candidate {
                low: 5,
                high: 5,
                shift: 0,
            },
        ];
        assert_eq!(nearest("-500010", &rows, 1), [0]);
        assert_eq!(nearest("-100", &rows, 1), [1]);
        assert_eq!(nearest("0x9c", &rows, 1), [1]);
        assert_eq!(nearest("x", &rows, 3), Vec::<usize>::new());
        assert_eq!(nearest("7", &rows, 5).len(), 3);
    }
}
