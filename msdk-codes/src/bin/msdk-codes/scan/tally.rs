//! `scan --summary`'s counts: how many failing lines hold each code of a
//! table, or a number no table knows. Counts of separate blocks add up to
//! those of the whole, in any order.

use std::collections::HashMap;

use msdk_codes::{Code, Table};

use super::failures::{FailingLine, failures};

/// What the summary counts: a code of a table, or a number no table knows.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Key {
    Known(Code),
    UnknownRet(i32),
    UnknownOidb { command: u32, ret: i32 },
}

#[derive(Default)]
pub struct Tally {
    counts: HashMap<Key, u64>,
}

impl Tally {
    /// Counts the failing lines of a block of complete lines.
    pub fn block(&mut self, lines: &[u8], only: Option<Table>) {
        for line in failures(lines, only) {
            self.line(&line);
        }
    }

    fn line(&mut self, line: &FailingLine) {
        let matches = &line.matches;
        for found in matches {
            self.add(Key::Known(found.code), 1);
        }
        if let Some(ret) = line.findings.failing_ret() {
            if !matches.iter().any(|found| found.oidb_command.is_none()) {
                self.add(Key::UnknownRet(ret), 1);
            }
        }
        if let Some(failure) = line.findings.failing_oidb() {
            if !matches.iter().any(|found| found.oidb_command.is_some()) {
                let (command, ret) = (failure.command(), failure.ret());
                self.add(Key::UnknownOidb { command, ret }, 1);
            }
        }
    }

    fn add(&mut self, key: Key, count: u64) {
        *self.counts.entry(key).or_default() += count;
    }

    /// Adds another tally's counts to these.
    pub fn merge(&mut self, mut other: Tally) {
        if other.counts.len() > self.counts.len() {
            std::mem::swap(self, &mut other);
        }
        for (key, count) in other.counts {
            self.add(key, count);
        }
    }

    /// Every key with its count, most frequent first, then in key order:
    /// the same rows whatever order the blocks were counted in.
    pub fn rows(self) -> Vec<(Key, u64)> {
        let mut rows: Vec<(Key, u64)> = self.counts.into_iter().collect();
        rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        rows
    }
}
