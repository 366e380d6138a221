//! How a cell spells a number, a bool or a char: the way a Rust literal
//! does. The one grammar for `code` cells and for declared columns.

/// An integer as a Rust literal writes it, with an optional sign: decimal
/// (`-21`, `1_000`), hex (`0x47`, `-0x10`), octal (`0o17`) or binary
/// (`0b101`). `None` when the text is not an integer; a value beyond i128
/// saturates, so that "too large" and "not a number" stay apart.
pub fn integer(text: &str) -> Option<i128> {
    let (negative, unsigned) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let (radix, digits) = match unsigned.get(..2) {
        Some("0x" | "0X") => (16, &unsigned[2..]),
        Some("0o" | "0O") => (8, &unsigned[2..]),
        Some("0b" | "0B") => (2, &unsigned[2..]),
        _ => (10, unsigned),
    };
    // A digit first (`_1` is an identifier in Rust), then digits and `_`.
    let starts_with_digit = digits.chars().next().is_some_and(|c| c.is_digit(radix));
    let leading_underscores = radix != 10 && digits.starts_with('_');
    if !(starts_with_digit || leading_underscores)
        || !digits.chars().all(|c| c == '_' || c.is_digit(radix))
        || !digits.chars().any(|c| c.is_digit(radix))
    {
        return None;
    }
    let mut magnitude: i128 = 0;
    for digit in digits.chars().filter_map(|c| c.to_digit(radix)) {
        magnitude = magnitude
            .saturating_mul(i128::from(radix))
            .saturating_add(i128::from(digit));
    }
    Some(if negative { -magnitude } else { magnitude })
}

/// A float as a Rust literal writes it, with an optional sign: `1.5`,
/// `-0.25`, `1e6`, `2.5E-3`, `1_000.0`, or an integer (`3`). Not `inf`,
/// `NaN`, `.5` or `5.`, which are not Rust literals.
pub fn float(text: &str) -> Option<f64> {
    let unsigned = text.strip_prefix(['-', '+']).unwrap_or(text);
    let (mantissa, exponent) = match unsigned.find(['e', 'E']) {
        Some(at) => (&unsigned[..at], Some(&unsigned[at + 1..])),
        None => (unsigned, None),
    };
    let digits = |part: &str| {
        part.starts_with(|c: char| c.is_ascii_digit())
            && part.chars().all(|c| c == '_' || c.is_ascii_digit())
    };
    let mantissa_ok = match mantissa.split_once('.') {
        Some((whole, fraction)) => digits(whole) && digits(fraction),
        None => digits(mantissa),
    };
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['-', '+']).unwrap_or(e);
        e.chars().any(|c| c.is_ascii_digit()) && e.chars().all(|c| c == '_' || c.is_ascii_digit())
    });
    if !(mantissa_ok && exponent_ok) {
        return None;
    }
    text.replace('_', "").parse().ok()
}

/// `true` or `false`.
pub fn bool(text: &str) -> Option<bool> {
    match text {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}

/// Exactly one character.
pub fn char(text: &str) -> Option<char> {
    let mut chars = text.chars();
    let c = chars.next()?;
    chars.next().is_none().then_some(c)
}

/// A code in hex as the tables write it and `Display` shows it: at least two
/// digits, the sign in front (`0x05`, `0x74`, `-0x10`). The one hex speller
/// of the generator (docs, suggestions).
pub fn hex(code: i64) -> String {
    let sign = if code < 0 { "-" } else { "" };
    format!("{sign}0x{:02x}", code.unsigned_abs())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_is_spelled_as_display_spells_it() {
        assert_eq!(hex(5), "0x05");
        assert_eq!(hex(0x74), "0x74");
        assert_eq!(hex(-16), "-0x10");
        assert_eq!(hex(0x1234), "0x1234");
    }

    #[test]
    fn integers_in_every_radix() {
        assert_eq!(integer("-21"), Some(-21));
        assert_eq!(integer("+7"), Some(7));
        assert_eq!(integer("0x47"), Some(0x47));
        assert_eq!(integer("0XfF"), Some(255));
        assert_eq!(integer("-0x10"), Some(-16));
        assert_eq!(integer("0o17"), Some(15));
        assert_eq!(integer("0b101"), Some(5));
        assert_eq!(integer("1_000"), Some(1000));
        assert_eq!(integer("0x_1f"), Some(31));
        assert_eq!(integer("2147483648"), Some(2_147_483_648));
        assert_eq!(
            integer("99999999999999999999999999999999999999999"),
            Some(i128::MAX)
        );
    }

    #[test]
    fn not_integers() {
        for bad in [
            "", "-", "+", "0x", "0x_", "abc", "1.5", "12a", "- 1", "0x-1", "--1", "_1", "1 ",
            "0b2", "0o8",
        ] {
            assert_eq!(integer(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn floats_as_rust_writes_them() {
        assert_eq!(float("1.5"), Some(1.5));
        assert_eq!(float("-0.25"), Some(-0.25));
        assert_eq!(float("1e6"), Some(1e6));
        assert_eq!(float("2.5E-3"), Some(2.5e-3));
        assert_eq!(float("1_000.0"), Some(1000.0));
        assert_eq!(float("3"), Some(3.0));
        for bad in [
            "", ".5", "5.", "inf", "NaN", "1e", "1.2.3", "0x10", "1,5", " 1",
        ] {
            assert_eq!(float(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn bools_and_chars() {
        assert_eq!(bool("true"), Some(true));
        assert_eq!(bool("false"), Some(false));
        assert_eq!(bool("True"), None);
        assert_eq!(bool("1"), None);
        assert_eq!(char("x"), Some('x'));
        assert_eq!(char("中"), Some('中'));
        assert_eq!(char(" "), Some(' '));
        assert_eq!(char(""), None);
        assert_eq!(char("ab"), None);
    }
}
