//! Every code of every row of the MSDK tables round-trips through
//! `from_code`.

mod common;

use common::{SCAN, each_msdk_enum};
use msdk_codes::{
    AccessTokenCode, BlueDiamondGiftCode, ErrTypeCode, GameCenterCode, MsdkAccessCode,
    MsdkLogicCode, OidbCode, PayTokenCode, QqGroupCode, QqGroupDetailCode, QqGroupInfoCode,
    QqGroupOpenidCode, QqGroupUnbindCode, QqPlatformCode, QqShareCode, QzoneShareCode, Table,
    WechatCode, WechatGroupCode,
};

/// Every code of `T`'s rows, found by scanning the whole range the MSDK codes
/// live in: ranges are expanded by the enum itself, not by this test.
fn codes_of(table: Table) -> Vec<i32> {
    SCAN.filter(|&code| table.lookup(code).is_some_and(|found| found.code() == code))
        .collect()
}

/// A code as `Display` writes it: hex in a table that writes its codes in hex.
fn written(code: i32, hex: bool) -> String {
    if hex {
        format!("{code:#04x}")
    } else {
        code.to_string()
    }
}

#[test]
fn the_qq_tables_hold_215_rows_and_229_codes_and_the_backends_188_rows() {
    let rows: Vec<usize> = Table::ALL.iter().map(|table| table.rows()).collect();
    assert_eq!(rows[..6], [66, 31, 39, 30, 13, 36]);
    assert_eq!(rows[..6].iter().sum::<usize>(), 215);
    assert_eq!(rows[6..], [24, 44, 5, 32, 9, 10, 32, 10, 5, 6, 6, 5]);
    assert_eq!(rows[6..].iter().sum::<usize>(), 188);
    let codes: Vec<usize> = Table::ALL[..6]
        .iter()
        .map(|&table| codes_of(table).len())
        .collect();
    assert_eq!(codes, [66, 37, 39, 30, 13, 44]);
    assert_eq!(codes.iter().sum::<usize>(), 229);
}

macro_rules! round_trip {
    ($table:ident, $ty:ident) => {
        #[allow(non_snake_case)]
        mod $table {
            use super::*;

            #[test]
            fn every_code_round_trips() {
                // ALL has one value per row, each a distinct variant, in table order.
                let names: Vec<&str> = $ty::ALL.iter().map(|code| code.name()).collect();
                let mut unique = names.clone();
                unique.sort_unstable();
                unique.dedup();
                assert_eq!(unique.len(), names.len(), "{names:?}");
                let csv = std::fs::read_to_string(common::csv_path(
                    Table::from_id($ty::TABLE.id()).unwrap(),
                ))
                .unwrap();
                let in_file: Vec<usize> = names
                    .iter()
                    .map(|name| csv.find(&format!(",{name},")).unwrap())
                    .collect();
                assert!(
                    in_file.windows(2).all(|pair| pair[0] < pair[1]),
                    "ALL is in table order"
                );
                // Values order by code, as `Ord` says.
                let mut sorted: Vec<$ty> = $ty::ALL.iter().collect();
                sorted.sort();
                assert!(
                    sorted
                        .windows(2)
                        .all(|pair| pair[0].code() < pair[1].code())
                );

                for value in $ty::ALL {
                    assert_eq!($ty::from_code(value.code()), Some(value));
                    assert_eq!(i32::from(value), value.code());
                    assert_eq!(
                        value.to_string(),
                        format!(
                            "{}: {}",
                            written(value.code(), $ty::TABLE.is_hex()),
                            value.description()
                        )
                    );
                    assert_eq!(value.name().parse::<$ty>(), Ok(value));
                    assert!(!value.description().is_empty());
                }
                let table = Table::from_id($ty::TABLE.id()).unwrap();
                for code in codes_of(table) {
                    let value = $ty::from_code(code).unwrap();
                    assert_eq!(value.code(), code);
                    assert_eq!($ty::try_from(code), Ok(value));
                    assert_eq!(code.to_string().parse::<$ty>(), Ok(value));
                    assert_eq!(
                        format!("{code:#x}").parse::<$ty>().ok(),
                        (code >= 0).then_some(value)
                    );
                    // The code belongs to one row of ALL, whose codes hold
                    // it: its own, or a range's (a class of codes) with no
                    // single row for it.
                    let rows: Vec<$ty> = $ty::ALL
                        .iter()
                        .filter(|row| row.codes().contains(&code))
                        .collect();
                    let single = rows.iter().find(|row| row.codes().count() == 1);
                    let owner = single.or(rows.first()).unwrap();
                    assert!(
                        rows.len() == 1 || (rows.len() == 2 && single.is_some()),
                        "{code}"
                    );
                    assert_eq!(owner.name(), value.name());
                }
            }
        }
    };
}

each_msdk_enum!(round_trip);

#[test]
fn a_range_row_is_one_variant_that_keeps_its_code() {
    let codes: Vec<QqGroupCode> = (-500_009..=-500_003)
        .map(|code| QqGroupCode::from_code(code).unwrap())
        .collect();
    assert_eq!(codes.len(), 7);
    assert!(codes.iter().all(|code| code.name() == codes[0].name()));
    let held: Vec<i32> = codes.iter().map(|code| code.code()).collect();
    assert_eq!(held, (-500_009..=-500_003).collect::<Vec<_>>());
    assert_eq!(QqGroupCode::from_code(-500_010), None);
    assert_eq!(QqGroupCode::from_code(-500_002), None);

    let range = AccessTokenCode::from_code(0x34).unwrap();
    assert_eq!(range.code(), 0x34);
    assert_eq!(range.codes(), 0x32..=0x36);
    assert_ne!(range, AccessTokenCode::from_code(0x35).unwrap());
    assert_eq!(
        range.name(),
        AccessTokenCode::from_code(0x36).unwrap().name()
    );
}

#[test]
fn oidb_bytes_are_found_in_both_forms() {
    for (unsigned, signed) in [
        (255, -1),
        (155, -101),
        (201, -55),
        (112, -144),
        (116, -140),
        (5, 5),
    ] {
        let by_unsigned = OidbCode::from_code(unsigned).unwrap();
        assert_eq!(OidbCode::from_code(signed), Some(by_unsigned));
        assert_eq!(by_unsigned.code(), unsigned);
        assert_eq!(by_unsigned.signed(), signed);
        assert_eq!(
            OidbCode::try_from(u8::try_from(unsigned).unwrap()),
            Ok(by_unsigned)
        );
    }
    // The corrected row: the source's 0x71 -140 116 is the byte 0x74.
    assert_eq!(
        OidbCode::from_code(116).unwrap().description(),
        "accesstoken is illegal."
    );
    assert_ne!(OidbCode::from_code(113), OidbCode::from_code(116));
    assert_eq!(OidbCode::from_code(0), None);
    assert_eq!(OidbCode::from_code(-256), None);
    assert_eq!(
        PayTokenCode::from_code(0x11).unwrap().description(),
        "pay token has expired"
    );
}
