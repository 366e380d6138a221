//! JSON objects written as they come: `json`'s one array, opened at the
//! start and closed at the end, or `jsonl`'s one object per line. `explain`
//! writes its answers and `scan` its failing lines with it, so neither holds
//! them in memory.

use std::io::{self, Write};

use serde_json::Value;

pub struct JsonStream {
    /// JSON Lines rather than one array.
    lines: bool,
    written: usize,
}

impl JsonStream {
    /// Opens the array (`json`), or nothing (`jsonl`).
    pub fn start(out: &mut impl Write, lines: bool) -> io::Result<JsonStream> {
        if !lines {
            writeln!(out, "[")?;
        }
        Ok(JsonStream { lines, written: 0 })
    }

    /// One object: an element of the array, or a line.
    pub fn item(&mut self, out: &mut impl Write, value: &Value) -> io::Result<()> {
        if self.lines {
            serde_json::to_writer(&mut *out, value)?;
            writeln!(out)?;
        } else {
            if self.written > 0 {
                writeln!(out, ",")?;
            }
            serde_json::to_writer_pretty(&mut *out, value)?;
        }
        self.written += 1;
        Ok(())
    }

    /// Closes the array (`json`).
    pub fn finish(self, out: &mut impl Write) -> io::Result<()> {
        if !self.lines {
            if self.written > 0 {
                writeln!(out)?;
            }
            writeln!(out, "]")?;
        }
        Ok(())
    }
}
