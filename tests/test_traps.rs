//! The traps real callers fell into, one test each, named after the trap:
//! each failed (or did not compile) before the fix.

use std::marker::PhantomData;

use msdk_codes::{
    AccessTokenCode, Action, BuiltinCode, GameCenterCode, OidbCode, Outcome, PayTokenCode,
    QqGroupCode, QqPlatformCode, Ret, Table, oidb,
};
use serde::{Deserialize, Serialize};

#[test]
fn an_oidb_failure_whose_ret_no_table_knows_keeps_the_known_ret() {
    let outcome = Outcome::of(Table::QqPlatform, -21, "oidb decode0x73a failed, ret: 1000");
    assert_eq!(outcome.action(), Some(Action::Reauthorize));
    assert_eq!(outcome.code().map(|code| code.code()), Some(-21));
    assert_eq!(outcome.oidb().map(|failure| failure.ret()), Some(1000));
    assert_eq!(outcome.oidb().and_then(|failure| failure.code()), None);
}

#[test]
fn an_oidb_success_inside_a_failure_is_not_nothing_to_do() {
    let outcome = Outcome::of(Table::QqPlatform, -21, "oidb decode0x73a failed, ret: 0");
    assert!(!outcome.is_success());
    assert_eq!(outcome.action(), Some(Action::Reauthorize));
}

#[test]
fn ret_zero_is_success_for_every_table() {
    for table in Table::ALL {
        let outcome = Outcome::of(table, 0, "ok");
        assert!(outcome.is_success(), "{table}");
        assert_eq!(outcome.action(), Some(Action::Success), "{table}");
    }
    assert_eq!(
        Outcome::of(Table::QqPlatform, 0, "ok").to_string(),
        "0: success [qq-platform]"
    );
}

/// `ret`'s line as `Ret<T>` prints it, and as `Outcome::new` does.
fn lines<T: BuiltinCode>(code: i32) -> (String, String) {
    let ret: Ret<T> = Ret::from(code);
    (ret.to_string(), Outcome::new(ret, "").to_string())
}

#[test]
fn a_ret_of_zero_prints_as_a_success_not_as_an_unknown_code() {
    assert_eq!(Ret::<QqPlatformCode>::from(0).to_string(), "0: success");
    // Ret and Outcome say the same of 0, whether or not the table lists it
    // (the Game Center table does).
    for (table, (ret, outcome)) in [
        (Table::QqPlatform, lines::<QqPlatformCode>(0)),
        (Table::QqGroup, lines::<QqGroupCode>(0)),
        (Table::GameCenter, lines::<GameCenterCode>(0)),
        (Table::Oidb, lines::<OidbCode>(0)),
        (Table::PayToken, lines::<PayTokenCode>(0)),
        (Table::AccessToken, lines::<AccessTokenCode>(0)),
    ] {
        assert_eq!(outcome, format!("{ret} [{table}]"), "{table}");
        assert!(!ret.contains("not a code"), "{table}: {ret}");
    }
    // A known code and an unknown one keep their lines.
    let (ret, _) = lines::<QqPlatformCode>(-21);
    assert_eq!(ret, "-21: access_token has been deprecated");
    let (ret, _) = lines::<QqPlatformCode>(424_242);
    assert_eq!(
        ret,
        "424242: not a code of QQ platform return codes (qq-platform)"
    );
}

/// `Outcome::new` agrees with `Outcome::of` given `T`'s table, for every
/// code of `T` (in both forms, for byte codes), 0 and codes `T` does not
/// know, with and without an OIDB failure in `msg`.
fn outcome_new_agrees_with_of<T: BuiltinCode>(table: Table) {
    let codes = T::ALL
        .iter()
        .flat_map(|value| [value.code(), value.signed()])
        .chain([0, 42, -99, 424_242, i32::MIN]);
    for code in codes {
        for msg in ["", "ok", "oidb decode0x73a failed, ret: 17"] {
            let outcome = Outcome::new(Ret::<T>::from(code), msg);
            assert_eq!(
                outcome,
                Outcome::of(table, code, msg),
                "{table} {code} {msg:?}"
            );
            assert_eq!(outcome.table(), table);
        }
    }
}

#[test]
fn an_outcome_takes_its_table_from_ret_not_from_the_caller() {
    outcome_new_agrees_with_of::<QqPlatformCode>(Table::QqPlatform);
    outcome_new_agrees_with_of::<QqGroupCode>(Table::QqGroup);
    outcome_new_agrees_with_of::<GameCenterCode>(Table::GameCenter);
    outcome_new_agrees_with_of::<OidbCode>(Table::Oidb);
    outcome_new_agrees_with_of::<PayTokenCode>(Table::PayToken);
    outcome_new_agrees_with_of::<AccessTokenCode>(Table::AccessToken);
    // 221008 is a QQ group code; `Outcome::of(Table::QqPlatform, ..)` would
    // have compiled and known nothing of it.
    let ret: Ret<QqGroupCode> = serde_json::from_str("221008").unwrap();
    let outcome = Outcome::new(ret, "");
    assert_eq!(outcome.table(), Table::QqGroup);
    assert_eq!(outcome.action(), Some(Action::FixAppConfig));
}

/// A response struct with a plain enum where a `Ret` belongs.
#[derive(Debug, Deserialize)]
struct PlainResponse {
    ret: QqPlatformCode,
}

#[test]
fn a_plain_enum_field_that_meets_an_unknown_code_points_to_ret() {
    for (json, code) in [(r#"{"ret":0}"#, 0), (r#"{"ret":424242}"#, 424_242)] {
        let err = serde_json::from_str::<PlainResponse>(json)
            .unwrap_err()
            .to_string();
        let unknown = format!("{code} is not a code of QQ platform return codes (qq-platform)");
        assert!(err.contains(&unknown), "{err}");
        assert!(err.contains("`msdk_codes::Ret<QqPlatformCode>`"), "{err}");
    }
    // The same for a custom enum that asked for serde.
    let err = serde_json::from_str::<SerdeShopCode>("7")
        .unwrap_err()
        .to_string();
    assert!(err.contains("`msdk_codes::Ret<SerdeShopCode>`"), "{err}");
    // A known code still deserializes.
    let response: PlainResponse = serde_json::from_str(r#"{"ret":-21}"#).unwrap();
    assert_eq!(response.ret, QqPlatformCode::AccessTokenDeprecated);
}

#[derive(Debug, Serialize, Deserialize)]
struct Response {
    ret: Ret<QqPlatformCode>,
    msg: String,
}

#[test]
fn a_response_with_ret_zero_or_a_new_code_deserializes() {
    for (json, known) in [
        (r#"{"ret":0,"msg":"ok"}"#, None),
        (r#"{"ret":424242,"msg":"new"}"#, None),
        (
            r#"{"ret":-21,"msg":"gone"}"#,
            Some(QqPlatformCode::AccessTokenDeprecated),
        ),
    ] {
        let response: Response = serde_json::from_str(json).unwrap();
        assert_eq!(response.ret.known(), known, "{json}");
        assert_eq!(
            serde_json::to_string(&response).unwrap(),
            json,
            "round trip"
        );
    }
    let ret: Ret<QqGroupCode> = serde_json::from_str("-500005").unwrap();
    assert_eq!(ret.known().map(QqGroupCode::code), Some(-500_005));
    // Both forms of a byte come back as they went in.
    let ret: Ret<OidbCode> = serde_json::from_str("-101").unwrap();
    assert_eq!(ret, OidbCode::from_code(155).unwrap());
    assert_eq!(serde_json::to_string(&ret).unwrap(), "-101");
}

// `Variant as i32` gave the row (19 for -21); now it gives the code where
// a table has no range row (tests/test_exhaustive.rs), and does not compile
// where it has one:
// tests/ui/code-macro/a-cast-of-a-table-with-ranges-does-not-compile.rs.
#[test]
fn a_variants_code_is_its_code_not_its_row() {
    assert_eq!(i32::from(QqPlatformCode::AccessTokenDeprecated), -21);
    assert_eq!(QqPlatformCode::AccessTokenDeprecated as i32, -21);
    assert_eq!(OidbCode::AccessTokenIllegal as i32, 116);
    assert_eq!(GameCenterCode::Success.code(), 0);
    assert_eq!(OidbCode::AccessTokenIllegal.code(), 116);
}

#[test]
fn values_order_by_code() {
    let mut values = [
        QqPlatformCode::from_code(100014).unwrap(),
        QqPlatformCode::from_code(-21).unwrap(),
        QqPlatformCode::from_code(1).unwrap(),
    ];
    values.sort();
    assert_eq!(values.map(QqPlatformCode::code), [-21, 1, 100014]);
    assert!(QqGroupCode::from_code(-500_009) < QqGroupCode::from_code(-500_003));
}

msdk_codes::msdk_codes! {
    /// A row with an empty action cell.
    enum UnclassifiedCode => "tests/fixtures/unclassified.csv";
}

#[test]
fn an_empty_action_cell_is_unclassified_not_success() {
    assert_eq!(
        UnclassifiedCode::from_code(1).unwrap().action(),
        Action::Unclassified
    );
    // As a response's handler sees the row: a failure, whose action reads
    // as the table's word for "the table does not say", and parses back.
    let ret: Ret<UnclassifiedCode> = Ret::from(1);
    assert!(!ret.is_success());
    assert_eq!(ret.action(), Some(Action::Unclassified));
    let word = ret.action().unwrap().to_string();
    assert_eq!(word, "unclassified");
    assert_eq!(word.parse(), Ok(Action::Unclassified));
    assert_eq!(
        UnclassifiedCode::from_code(0).unwrap().action(),
        Action::Success
    );
    // No variant named `None`: an `Option<Action>` reads as what it is.
    assert_eq!(format!("{:?}", Some(Action::Success)), "Some(Success)");
}

#[test]
fn an_oidb_ret_in_unsigned_decimal_stays_as_messages_write_it() {
    let failure = oidb::parse("oidb decode0x5e1 failed, ret:116").unwrap();
    let code = failure.code().unwrap();
    assert_eq!(code.code(), 116);
    assert_eq!(code.signed(), -140);
    assert!(code.to_string().starts_with("0x74: "), "{code}");
    assert!(failure.to_string().contains("ret 116 (0x74)"), "{failure}");
    assert_eq!(OidbCode::try_from(0x74_u8).map(OidbCode::code), Ok(116));
    assert_eq!(OidbCode::from_code(-140), OidbCode::from_code(116));
}

msdk_codes::msdk_codes! {
    /// A table whose owner adds items of their own.
    pub enum ShopCode => "tests/fixtures/shop.csv";
}

impl ShopCode {
    fn row(self) -> usize {
        usize::MAX
    }

    const LOOKUP_SLOTS: usize = 7;
    const SLOTS: usize = 8;

    fn lookup() -> &'static str {
        "mine"
    }
}

#[test]
fn a_users_own_items_on_the_enum_compile_and_stay_theirs() {
    assert_eq!(ShopCode::from_code(1001).unwrap().row(), usize::MAX);
    assert_eq!((ShopCode::LOOKUP_SLOTS, ShopCode::SLOTS), (7, 8));
    assert_eq!(ShopCode::lookup(), "mine");
    assert_eq!(
        ShopCode::from_code(1001).unwrap().description(),
        "The item is sold out, try another"
    );
}

/// `Probe::<T>::SERIALIZE` is true when `T: Serialize`: an inherent constant
/// wins over the trait's default when its bound holds.
struct Probe<T>(PhantomData<T>);

trait NotSerialize {
    const SERIALIZE: bool = false;
}

impl<T> NotSerialize for Probe<T> {}

impl<T: Serialize> Probe<T> {
    const SERIALIZE: bool = true;
}

msdk_codes::msdk_codes! {
    /// Asks for serde.
    #[msdk_codes(serde)]
    enum SerdeShopCode => "tests/fixtures/shop.csv";
}

#[test]
fn serde_comes_to_a_custom_enum_only_when_it_asks() {
    let serialize = [
        Probe::<ShopCode>::SERIALIZE,
        Probe::<SerdeShopCode>::SERIALIZE,
        Probe::<QqPlatformCode>::SERIALIZE,
    ];
    assert_eq!(serialize, [false, true, true]);
    let code = SerdeShopCode::from_code(1001).unwrap();
    assert_eq!(serde_json::to_string(&code).unwrap(), "1001");
}

#[test]
fn the_small_types_parse_and_serialize() {
    assert_eq!("slow_down".parse(), Ok(Action::SlowDown));
    assert_eq!("oidb-0x711".parse(), Ok(Table::AccessToken));
    assert!("none".parse::<Action>().is_err());
    assert_eq!(
        serde_json::to_string(&Action::SlowDown).unwrap(),
        "\"slow_down\""
    );
    assert_eq!(
        serde_json::from_str::<Table>("\"qq-group\"").unwrap(),
        Table::QqGroup
    );
    let code = Table::Oidb.lookup(-1).unwrap();
    let json = serde_json::to_string(&code).unwrap();
    assert_eq!(json, r#"{"table":"oidb","code":255}"#);
    assert_eq!(
        serde_json::from_str::<msdk_codes::Code>(&json).unwrap(),
        code
    );
    let outcome = Outcome::of(Table::QqPlatform, -1, "oidb decode0x73a failed, ret: 17");
    assert_eq!(
        serde_json::to_string(&outcome).unwrap(),
        r#"{"table":"qq-platform","ret":-1,"success":false,"name":"InvalidRequestParameters","action":"reauthorize","oidb_command":"0x73a","oidb_ret":17,"oidb_table":"oidb-0x73a","oidb_name":"PayTokenExpired"}"#
    );
}
