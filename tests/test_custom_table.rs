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

msdk_codes::msdk_codes! {
    /// A byte table of one's own: signed and unsigned columns, ranges too.
    pub(crate) enum ByteCode => "tests/fixtures/bytes.csv";
}

#[test]
fn a_custom_byte_table_takes_both_forms() {
    assert_eq!(ByteCode::from_code(155), ByteCode::from_code(-101));
    assert_eq!(ByteCode::from_code(155).unwrap().code(), 155);
    assert_eq!(ByteCode::from_code(155).unwrap().signed(), -101);
    assert_eq!(ByteCode::from_code(112).unwrap().signed(), -144);
    let busy = ByteCode::from_code(0x91).unwrap();
    assert_eq!(
        (busy.name(), busy.code(), busy.signed()),
        ("Busy", 0x91, -111)
    );
    assert_eq!(ByteCode::from_code(-111), Some(busy));
    assert_eq!(busy.codes(), 0x90..=0x92);
    assert_eq!(ByteCode::from_code(0x11).unwrap().codes(), 16..=18);
    assert_eq!(byte_code!(0x91), busy);
    assert_eq!(byte_code!(-111), busy);
    assert!(matches!(ByteCode::from_code(0x9b), Some(byte_code!(155))));
    assert_eq!(ByteCode::from_code(-1), None);
    assert_eq!(ByteCode::from_code(256 + 0x9b), None);
}

msdk_codes::msdk_codes! {
    /// Compiled out: its impls and code macro must go with it.
    #[cfg(any())]
    pub enum GoneCode => "tests/fixtures/shop.csv";
    /// Deprecated: its own impls must not warn.
    #[deprecated = "use ShopCode"]
    pub(crate) enum OldCode => "tests/fixtures/shop.csv";
}

#[test]
#[allow(deprecated)]
fn cfg_and_deprecated_attributes_reach_every_item() {
    assert_eq!(OldCode::ALL.len(), 5);
}

#[macro_use]
mod declared {
    msdk_codes::msdk_codes! {
        /// A `pub` enum in a module: its code macro is exported at the crate
        /// root, and reachable from later modules through `#[macro_use]`.
        pub enum DeclaredCode => "tests/fixtures/shop.csv";
    }
}

mod user {
    use crate::declared::DeclaredCode;

    pub fn is_ok(code: DeclaredCode) -> bool {
        matches!(code, declared_code!(0))
    }
}

#[test]
fn a_pub_enum_in_a_module_is_matched_from_another() {
    assert!(user::is_ok(declared::DeclaredCode::from_code(0).unwrap()));
    assert!(!user::is_ok(
        declared::DeclaredCode::from_code(1001).unwrap()
    ));
}

#[test]
fn rows_named_like_the_enum_or_its_items_inside_a_function() {
    msdk_codes::msdk_codes! {
        /// Row names that collide with what the generated code uses.
        #[allow(clippy::enum_variant_names)]
        enum Timeout => "tests/fixtures/hazards.csv";
    }
    assert_eq!(Timeout::from_code(1), Some(Timeout::Timeout));
    assert_eq!(Timeout::from_code(2).unwrap().name(), "CODES");
    assert_eq!(Timeout::from_code(4).unwrap().codes(), 3..=5);
    assert_eq!(Timeout::from_code(6), Some(Timeout::Some));
    assert_eq!(Timeout::from_code(7), Some(Timeout::None));
    assert_eq!(Timeout::ALL.len(), 5);
    assert_eq!(timeout!(4).code(), 4);
    assert!(matches!(Timeout::from_code(1), Option::Some(timeout!(1))));
}
