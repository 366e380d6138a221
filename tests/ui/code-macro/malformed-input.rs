fn main() {
    let _ = msdk_codes::qq_platform_code!();
    let _ = msdk_codes::qq_platform_code!(-21 100014);
    let _ = msdk_codes::qq_platform_code!("-21");
    let _ = msdk_codes::qq_platform_code!(AccessTokenDeprecated);
    let _ = msdk_codes::qq_platform_code!(-21i64);
}
