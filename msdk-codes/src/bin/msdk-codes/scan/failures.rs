//! The failing lines of a block of complete lines, with what they match.
//! Lines are found by searching the block for `ret` (every failure has one:
//! `ret=-21`, `"ret":-21`, OIDB's `failed, ret: 17`), so lines without one
//! are never parsed.

use msdk_codes::Table;
use msdk_codes::text::Findings;

use crate::input::{self, Match, Reading};

/// A line reporting a failure.
pub struct FailingLine<'a> {
    /// Its text, without its line ending.
    pub text: &'a [u8],
    /// Where it starts in the block, where its text ends and where the
    /// next line starts.
    pub start: usize,
    pub end: usize,
    pub next: usize,
    pub findings: Findings,
    pub matches: Vec<Match>,
}

/// Every failing line of `lines`, in order; `only` is `--table`.
pub fn failures(lines: &[u8], only: Option<Table>) -> Failures<'_> {
    Failures {
        lines,
        from: 0,
        only,
    }
}

pub struct Failures<'a> {
    lines: &'a [u8],
    /// Where the lines not yet read start.
    from: usize,
    only: Option<Table>,
}

impl<'a> Iterator for Failures<'a> {
    type Item = FailingLine<'a>;

    fn next(&mut self) -> Option<FailingLine<'a>> {
        let bytes = self.lines;
        while let Some(hit) = find_ret_key(&bytes[self.from..]) {
            let hit = self.from + hit;
            let start = memchr::memrchr(b'\n', &bytes[self.from..hit])
                .map_or(self.from, |at| self.from + at + 1);
            let end = memchr::memchr(b'\n', &bytes[hit..]).map_or(bytes.len(), |at| hit + at);
            self.from = (end + 1).min(bytes.len());
            let text = bytes[start..end]
                .strip_suffix(b"\r")
                .unwrap_or(&bytes[start..end]);
            let findings = Findings::of(text);
            if !findings.is_failure() {
                continue;
            }
            return Some(FailingLine {
                text,
                start,
                end: start + text.len(),
                next: self.from,
                findings,
                matches: matches(text, findings, self.only),
            });
        }
        self.from = bytes.len();
        None
    }
}

/// `--table` names the API whose `ret`s the log holds; an OIDB failure goes
/// to its command's table whatever it is. A response body in the line is
/// read layer by layer.
fn matches(line: &[u8], findings: Findings, only: Option<Table>) -> Vec<Match> {
    let response = memchr::memchr(b'{', line)
        .and_then(|_| std::str::from_utf8(line).ok())
        .and_then(|text| input::explanation(text, None));
    match response {
        Some(explanation) => input::explanation_matches(&explanation, only, false),
        None => input::matches(&Reading::Text(findings), only, false, None),
    }
}

/// The first `ret`, in any case, in `bytes`.
fn find_ret_key(bytes: &[u8]) -> Option<usize> {
    let mut from = 0;
    while let Some(at) = memchr::memchr2(b'r', b'R', &bytes[from..]) {
        let at = from + at;
        if bytes
            .get(at + 1..at + 3)
            .is_some_and(|et| et.eq_ignore_ascii_case(b"et"))
        {
            return Some(at);
        }
        from = at + 1;
    }
    None
}
