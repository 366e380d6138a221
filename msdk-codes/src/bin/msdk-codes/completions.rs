//! `msdk-codes completions`: a shell's completion script for the command
//! line.

use std::io::Write;

use clap_complete::Shell;

pub fn run(out: &mut impl Write, shell: Shell, mut command: clap::Command) {
    clap_complete::generate(shell, &mut command, "msdk-codes", out);
}
