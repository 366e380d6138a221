//! The line recognizer (`msdk_codes::text::Findings`) on arbitrary bytes:
//! never panics; what it finds reads back the same from a canonical line;
//! and a failure it reports has a non-zero `ret`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use msdk_codes::text::Findings;

fuzz_target!(|line: &[u8]| {
    let findings = Findings::of(line);
    let mut canonical = String::new();
    if let Some(ret) = findings.ret() {
        canonical.push_str(&format!("ret={ret} "));
    }
    if let Some(failure) = findings.oidb() {
        canonical.push_str(&format!(
            "oidb decode{:#x} failed, ret: {}",
            failure.command(),
            failure.ret()
        ));
    }
    assert_eq!(Findings::of(canonical.as_bytes()), findings);
    if findings.is_failure() {
        assert!(
            findings.failing_ret().is_some_and(|ret| ret != 0)
                || findings.failing_oidb().is_some_and(|failure| failure.ret() != 0)
        );
    }
    let _ = findings.ret_codes().count();
});
