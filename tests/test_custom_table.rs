//! `msdk_codes!` on a table of one's own: BOM, CRLF, quoted commas, quotes
//! and line breaks, Chinese text, a range and a negative hex code.

msdk_codes::msdk_codes! {
    /// Codes returned by our shop service.
    pub enum ShopCode => "tests/fixtures/shop.csv";
}

#[test]
fn the_enum_has_every_row_and_its_text() {
    assert_eq!(ShopCode::ALL.len(), 5);
    assert_eq!(ShopCode::TABLE.id(), "shop");
    assert_eq!(
        ShopCode::TABLE.title(),
        "Codes returned by our shop service."
    );
    assert_eq!(ShopCode::from_code(0).unwrap().description(), "成功");
    let sold_out = ShopCode::from_code(1001).unwrap();
    assert_eq!(sold_out.description(), "The item is sold out, try another");
    assert_eq!(sold_out.solution(), Some("Pick another item"));
    assert_eq!(
        ShopCode::from_code(1002).unwrap().description(),
        "The price changed: \"old\" is gone\r\nreload it"
    );
    let busy = ShopCode::from_code(2005).unwrap();
    assert_eq!(
        (busy.code(), busy.description(), busy.solution()),
        (2005, "商店繁忙", Some("稍后再试"))
    );
    assert_eq!(busy.action(), msdk_codes::Action::Retry);
    assert_eq!(ShopCode::from_code(-16).unwrap().name(), "Banned");
    assert_eq!(ShopCode::from_code(2010), None);
}

#[test]
fn its_code_macro_works_next_to_it() {
    fn next(code: ShopCode) -> &'static str {
        match code {
            shop_code!(0) => "done",
            shop_code!(2000) => "first busy code",
            shop_code!(-0x10 | 1001) => "tell the player",
            _ => "other",
        }
    }
    assert_eq!(next(shop_code!(0)), "done");
    assert_eq!(next(shop_code!(2000)), "first busy code");
    assert_eq!(next(shop_code!(2001)), "other");
    assert_eq!(next(shop_code!(-16)), "tell the player");
    assert_eq!(shop_code!(2009).code(), 2009);
}

#[test]
fn display_and_parse() {
    assert_eq!(ShopCode::from_code(0).unwrap().to_string(), "0: 成功");
    assert_eq!("Banned".parse::<ShopCode>().map(ShopCode::code), Ok(-16));
    assert_eq!("0x3e9".parse::<ShopCode>().map(ShopCode::code), Ok(1001));
    let err = "7".parse::<ShopCode>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "7 is not a code of Codes returned by our shop service. (shop)"
    );
}

mod nested {
    msdk_codes::msdk_codes! {
        pub(crate) enum InnerCode => "tests/fixtures/shop.csv";
    }
}

#[test]
fn restricted_visibility_reexports_the_macro() {
    use nested::InnerCode;
    assert_eq!(
        nested::inner_code!(1001),
        InnerCode::from_code(1001).unwrap()
    );
}
