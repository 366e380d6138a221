// The MSDK enums come from msdk_codes itself; generating them again is a
// mistake that gets a message saying where they are.
msdk_codes::msdk_codes!();

fn main() {}
