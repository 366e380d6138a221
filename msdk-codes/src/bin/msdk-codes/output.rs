//! Where the tool writes: stdout, buffered, and stderr in step with it.

use std::fmt::Display;
use std::io::{self, BufWriter, StdoutLock, Write};

pub struct Output {
    out: BufWriter<StdoutLock<'static>>,
}

impl Output {
    pub fn new() -> Output {
        Output {
            out: BufWriter::with_capacity(1 << 16, io::stdout().lock()),
        }
    }

    pub fn out(&mut self) -> &mut BufWriter<StdoutLock<'static>> {
        &mut self.out
    }

    /// A line on stderr, after everything written to stdout so far, so that
    /// the two keep the order of the input whether they go to a terminal, a
    /// file or the same pipe.
    pub fn error(&mut self, message: impl Display) -> io::Result<()> {
        self.out.flush()?;
        // Nothing to do if stderr itself is gone.
        let _ = writeln!(io::stderr().lock(), "{message}");
        Ok(())
    }

    pub fn finish(mut self) -> io::Result<()> {
        self.out.flush()
    }
}
