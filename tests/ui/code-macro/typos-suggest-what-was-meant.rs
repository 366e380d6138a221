// Suggestions rank how a person mistypes before numeric distance: a digit
// doubled, two digits swapped, a digit dropped, a sign lost.
use msdk_codes::{game_center_code, qq_group_code, qq_platform_code};

fn main() {
    let _ = qq_platform_code!(-99);
    let _ = game_center_code!(-4103);
    let _ = qq_group_code!(22108);
    let _ = qq_platform_code!(21);
}
