fn main() {
    let _ = msdk_codes::qq_platform_code!(100_015_9);
    let _ = msdk_codes::oidb_code!(0x9c);
}
