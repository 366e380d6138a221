//! `msdk_codes!` on tables of your own: the generated enums, columns of your
//! own checked at compile time, the code macros in a match, and `Display` in
//! a log line.
//!
//! ```text
//! cargo run -p custom-table
//! ```
//!
//! Edit `codes/shop.csv` and run it again: the program changes with it. Put
//! `70000` in an `http_status` cell and the build fails at that line.

msdk_codes::msdk_codes! {
    /// Codes returned by our shop service.
    pub enum ShopCode => "codes/shop.csv" {
        /// The HTTP status the gateway answers with.
        http_status: u16,
        /// How long the client waits before it tries again, if it should.
        retry_after_ms: Option<u32>,
    };

    /// Codes returned by our matchmaking service.
    pub(crate) enum MatchmakingCode => "codes/matchmaking.csv";
}

/// What the game server tells the client after a purchase attempt.
fn after_purchase(ret: i32) -> String {
    let Some(code) = ShopCode::from_code(ret) else {
        return format!("HTTP 500, log: unknown shop code {ret}");
    };
    let status = code.http_status();
    match code {
        shop_code!(0) => format!("HTTP {status}, purchase complete"),
        // A range row: any code from 2000 to 2009 is ShopBusy.
        ShopCode::ShopBusy(_) | shop_code!(3001) => match code.retry_after_ms() {
            Some(ms) => format!("HTTP {status}, retry in {ms} ms ({})", code.code()),
            None => format!("HTTP {status}, retry later"),
        },
        shop_code!(1001 | 1003) => {
            format!("HTTP {status}, tell the player: {}", code.description())
        }
        _ => format!("HTTP {status}, log: {code} (next: {})", code.action()),
    }
}

fn main() {
    for ret in [0, 1001, 2004, 1002, 3001, 42] {
        println!("shop {ret:>5}: {}", after_purchase(ret));
    }
    for code in MatchmakingCode::ALL {
        println!("matchmaking {code}");
    }
    println!(
        "{} shop codes, e.g. {}",
        ShopCode::ALL.len(),
        shop_code!(1001)
    );
}
