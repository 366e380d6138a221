// An unknown code in a pattern is that one error: no warning about the arms
// after it, in a built-in table's match or a custom one's.
use msdk_codes::{oidb_code, OidbCode};

msdk_codes::msdk_codes! {
    pub enum ShopCode => "tests/fixtures/shop.csv";
}

fn handle(code: OidbCode) -> u8 {
    match code {
        oidb_code!(0x9b) => 1,
        oidb_code!(0x9c) => 2,
        oidb_code!(-1) => 3,
        _ => 4,
    }
}

fn shop(code: ShopCode) -> u8 {
    match code {
        shop_code!(0) => 1,
        shop_code!(1003) => 2,
        _ => 3,
    }
}

fn main() {
    let _ = handle(oidb_code!(-1));
    let _ = shop(shop_code!(1001));
}
