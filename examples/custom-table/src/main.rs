//! `msdk_codes!` on tables of your own: the generated enums, their code
//! macros in a match, and `Display` in a log line.
//!
//! ```text
//! cargo run -p custom-table
//! ```
//!
//! Edit `codes/shop.csv` and run it again: the program changes with it.

msdk_codes::msdk_codes! {
    /// Codes returned by our shop service.
    pub enum ShopCode => "codes/shop.csv";

    /// Codes returned by our matchmaking service.
    pub(crate) enum MatchmakingCode => "codes/matchmaking.csv";
}

/// What the game server tells the client after a purchase attempt.
fn after_purchase(ret: i32) -> String {
    match ShopCode::from_code(ret) {
        Some(shop_code!(0)) => "purchase complete".to_owned(),
        // A range row: any code from 2000 to 2009 is ShopBusy.
        Some(code @ ShopCode::ShopBusy(_)) => format!("shop busy ({}), retrying", code.code()),
        Some(shop_code!(1001 | 1003)) => "tell the player".to_owned(),
        Some(code) => format!("log: {code} (next: {})", code.action()),
        None => format!("log: unknown shop code {ret}"),
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
