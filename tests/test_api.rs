//! The generated API beyond lookups: conversions, parsing, errors, the
//! cross-table types and serde.

mod common;

use msdk_codes::{
    Action, Code, GameCenterCode, OidbCode, QqGroupCode, QqPlatformCode, Table, UnknownCode,
    lookup_all,
};

#[test]
fn display_is_code_and_description() {
    let code = QqPlatformCode::from_code(-21).unwrap();
    assert_eq!(code.to_string(), "-21: access_token has been deprecated");
    assert_eq!(
        Code::from(code).to_string(),
        "-21: access_token has been deprecated [qq-platform]"
    );
    assert_eq!(
        OidbCode::from_code(255)
            .unwrap()
            .to_string()
            .split(':')
            .next(),
        Some("0xff")
    );
}

#[test]
fn from_str_takes_decimal_hex_and_names() {
    let expired = QqPlatformCode::from_code(100014).unwrap();
    assert_eq!("100014".parse(), Ok(expired));
    assert_eq!("0x186AE".parse(), Ok(expired));
    assert_eq!(expired.name().parse(), Ok(expired));
    assert_eq!(
        "-0x15".parse::<QqPlatformCode>().map(QqPlatformCode::code),
        Ok(-21)
    );
    assert_eq!("0x9b".parse::<OidbCode>(), "-101".parse::<OidbCode>());

    let err = "-99".parse::<QqPlatformCode>().unwrap_err();
    assert_eq!(err.code(), Some(-99));
    let err = "not a code".parse::<QqPlatformCode>().unwrap_err();
    assert_eq!(err.code(), None);
    assert_eq!(
        err.to_string(),
        "neither a code nor a variant name of QQ platform return codes (qq-platform)"
    );
    assert!(" -21".parse::<QqPlatformCode>().is_err());
    assert!("".parse::<QqPlatformCode>().is_err());
    assert!("99999999999".parse::<QqPlatformCode>().is_err());
}

#[test]
fn try_from_names_the_table_and_value() {
    let err: UnknownCode = GameCenterCode::try_from(7).unwrap_err();
    assert_eq!(err.table(), GameCenterCode::TABLE);
    assert_eq!(
        err.to_string(),
        "7 is not a code of QQ Game Center return codes (game-center)"
    );
    let boxed: Box<dyn std::error::Error> = Box::new(err);
    assert!(boxed.to_string().contains("game-center"));
}

#[test]
fn codes_are_errors() {
    fn source_of<E: std::error::Error + 'static>(err: E) -> Box<dyn std::error::Error> {
        Box::new(err)
    }
    let err = source_of(QqGroupCode::from_code(221012).unwrap());
    assert_eq!(err.to_string(), "221012: The group has been deleted");
}

#[test]
fn numbers_that_several_tables_know() {
    let tables: Vec<Table> = lookup_all(0).map(|code| code.table()).collect();
    assert_eq!(
        tables,
        [
            Table::GameCenter,
            Table::PayToken,
            Table::AccessToken,
            Table::MsdkAccess,
            Table::MsdkLogic,
            Table::ErrType,
            Table::Wechat
        ]
    );
    let minus_one: Vec<Code> = lookup_all(-1).collect();
    assert_eq!(minus_one.len(), 5);
    assert_eq!(
        minus_one[0],
        Code::QqPlatform(QqPlatformCode::from_code(-1).unwrap())
    );
    assert_eq!(minus_one[1].code(), 255);
    assert_eq!(minus_one[1].signed(), -1);
    assert_eq!(minus_one[1].table().info(), OidbCode::TABLE);
    assert!(lookup_all(0).all(|code| code.action() == Action::Success));
}

#[test]
fn tables_have_ids_and_titles() {
    let ids: Vec<&str> = Table::ALL.iter().map(|table| table.id()).collect();
    assert_eq!(
        ids,
        [
            "qq-platform",
            "qq-group",
            "game-center",
            "oidb",
            "oidb-0x73a",
            "oidb-0x711",
            "msdk-access",
            "msdk-logic",
            "msdk-err-type",
            "wechat",
            "wechat-group",
            "qq-share-qzone",
            "qq-share",
            "blue-diamond-gift",
            "qq-group-openid",
            "qq-group-info",
            "qq-group-unbind",
            "qq-group-detail",
        ]
    );
    for (index, table) in Table::ALL.into_iter().enumerate() {
        assert_eq!(Table::from_id(table.id()), Some(table));
        assert_eq!(table.to_string(), table.id());
        assert!(!table.info().title().is_empty());
        let source = if index < 6 { "10/22/2024" } else { "MSDK wiki" };
        assert!(table.info().source().contains(source), "{table}");
    }
}

#[test]
fn actions_classify_every_row() {
    let mut seen = Vec::new();
    for table in Table::ALL {
        for code in table.iter() {
            if !seen.contains(&code.action()) {
                seen.push(code.action());
            }
        }
    }
    seen.sort();
    assert_eq!(seen, Action::ALL, "every action word is used by some row");
    // Every row of the six QQ return-code tables is classified.
    let unclassified = Table::ALL[..6]
        .iter()
        .flat_map(|table| table.iter())
        .filter(|code| code.action() == Action::Unclassified)
        .count();
    assert_eq!(unclassified, 0);
    assert_eq!(Action::ALL.last(), Some(&Action::Unclassified));
    assert_eq!(
        QqPlatformCode::from_code(1).unwrap().action(),
        Action::UserAction
    );
    assert!(
        QqPlatformCode::from_code(100014)
            .unwrap()
            .action()
            .needs_reauthorization()
    );
    assert!(
        GameCenterCode::from_code(-4009)
            .unwrap()
            .action()
            .is_retryable()
    );
    for action in Action::ALL {
        assert_eq!(Action::from_word(action.as_str()), Some(action));
    }
}

#[test]
fn serde_uses_the_integer_code() {
    let code = OidbCode::from_code(155).unwrap();
    assert_eq!(serde_json::to_string(&code).unwrap(), "155");
    assert_eq!(serde_json::from_str::<OidbCode>("155").unwrap(), code);
    assert_eq!(serde_json::from_str::<OidbCode>("-101").unwrap(), code);
    let range = QqGroupCode::from_code(-500_005).unwrap();
    assert_eq!(serde_json::to_string(&range).unwrap(), "-500005");
    assert_eq!(
        serde_json::from_str::<QqGroupCode>("-500005").unwrap(),
        range
    );
    let err = serde_json::from_str::<QqPlatformCode>("-99").unwrap_err();
    assert!(
        err.to_string()
            .contains("-99 is not a code of QQ platform return codes"),
        "{err}"
    );
    assert!(serde_json::from_str::<QqPlatformCode>("\"-21\"").is_err());
}
