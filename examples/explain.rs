//! Explains return codes: every table that knows each number given.
//!
//! ```text
//! cargo run --example explain -- -21 0x47 155
//! ```

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() {
        eprintln!("usage: explain <CODE>...   (decimal or hex: -21, 0x47)");
        return ExitCode::from(2);
    }
    let mut found_all = true;
    for arg in &args {
        let Some(number) = parse_number(arg) else {
            eprintln!("{arg}: not a code (write it in decimal or hex: -21, 0x47)");
            found_all = false;
            continue;
        };
        let mut found = false;
        for code in msdk_codes::lookup_all(number) {
            found = true;
            println!("{} ({})", code.table().info().title(), code.table().id());
            println!("  {} {}: {}", code.code(), code.name(), code.description());
            if let Some(solution) = code.solution() {
                println!("  solution: {solution}");
            }
            println!("  action:   {}", code.action());
        }
        if !found {
            eprintln!("{arg}: no MSDK table knows this code");
            found_all = false;
        }
    }
    if found_all {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn parse_number(text: &str) -> Option<i32> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(digits) => (true, digits),
        None => (false, text),
    };
    if !digits.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let magnitude = match digits
        .strip_prefix("0x")
        .or_else(|| digits.strip_prefix("0X"))
    {
        Some(hex) if hex.chars().all(|c| c.is_ascii_hexdigit()) => {
            i64::from_str_radix(hex, 16).ok()?
        }
        Some(_) => return None,
        None => digits.parse::<i64>().ok()?,
    };
    i32::try_from(if negative { -magnitude } else { magnitude }).ok()
}
