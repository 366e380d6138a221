//! `msdk-codes man`: the manual page, in roff, for `man -l -`.

use std::io::{self, Write};

pub fn run(out: &mut impl Write, command: clap::Command) -> io::Result<()> {
    clap_mangen::Man::new(command).render(out)
}
