//! Tables of 1,000 and 10,000 random codes (the build script writes them):
//! the two-level perfect hash finds every code and no other, and a declared
//! column reads back what the CSV holds.

use std::collections::HashMap;

use msdk_codes::CodeEnum;

msdk_codes::msdk_codes! {
    /// 1,000 random codes.
    enum Random1k => concat!(env!("OUT_DIR"), "/random-1000.csv") { weight: u16 };
    /// 10,000 random codes.
    enum Random10k => concat!(env!("OUT_DIR"), "/random-10000.csv") { weight: u16 };
}

/// Code -> (name, weight), read from the CSV without the generator.
fn reference(rows: usize) -> HashMap<i32, (String, u16)> {
    let path = format!("{}/random-{rows}.csv", env!("OUT_DIR"));
    let mut reader = csv::Reader::from_path(path).unwrap();
    reader
        .records()
        .map(|record| {
            let record = record.unwrap();
            (
                record[0].parse().unwrap(),
                (record[1].to_owned(), record[4].parse().unwrap()),
            )
        })
        .collect()
}

fn check<T: CodeEnum>(rows: usize, weight: fn(T) -> u16) {
    let reference = reference(rows);
    assert_eq!(T::ALL.len(), rows);
    for (&code, (name, expected)) in &reference {
        let value = T::from_code(code).unwrap_or_else(|| panic!("{code}"));
        assert_eq!((value.code(), value.name()), (code, name.as_str()));
        assert_eq!(weight(value), *expected);
    }
    // Every code of the range the table's codes come from, known or not.
    let mut state: u64 = 0x0123_4567_89AB_CDEF;
    for _ in 0..200_000 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let code = (state % 4_100_000) as i32 - 2_050_000;
        assert_eq!(
            T::from_code(code).map(T::name),
            reference.get(&code).map(|(name, _)| name.as_str()),
            "{code}"
        );
    }
    for code in [i32::MIN, i32::MAX, 0, -1] {
        assert_eq!(T::from_code(code).is_some(), reference.contains_key(&code));
    }
}

#[test]
fn a_table_of_1000_random_codes() {
    check::<Random1k>(1_000, Random1k::weight);
}

#[test]
fn a_table_of_10000_random_codes() {
    check::<Random10k>(10_000, Random10k::weight);
}

#[test]
fn large_tables_order_by_code_and_cast_to_their_codes() {
    let mut all: Vec<Random10k> = Random10k::ALL.iter().collect();
    for &value in &all {
        assert_eq!(value as i32, value.code());
    }
    all.sort();
    assert!(all.windows(2).all(|pair| pair[0].code() < pair[1].code()));
}
