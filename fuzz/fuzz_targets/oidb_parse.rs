//! `oidb::parse` on arbitrary text: never panics, and what it finds reads
//! back the same from a canonical message.
#![no_main]

use libfuzzer_sys::fuzz_target;
use msdk_codes::oidb::{OidbFailure, parse};

fuzz_target!(|message: &str| {
    if let Some(failure) = parse(message) {
        let canonical = format!(
            "oidb decode{:#x} failed, ret: {}",
            failure.command(),
            failure.ret()
        );
        assert_eq!(parse(&canonical), Some(failure));
        assert_eq!(OidbFailure::new(failure.command(), failure.ret()), failure);
        let _ = failure.code();
        let _ = failure.to_string();
    }
});
