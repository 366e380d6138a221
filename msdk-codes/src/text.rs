//! MSDK failures in a line of text: a log line, a response body, a message.
//! The one reader of them: the `msdk-codes` tool's `explain` and `scan`, and
//! [`Outcome`](crate::Outcome) through [`oidb::parse`], follow these rules.
//!
//! 1. A `ret` is the key `ret` in any case (`ret`, `RET`, `"ret"`), not part
//!    of a longer word (`secret`, `retry`, `ret_code`, `errcode` are not),
//!    then `:` or `=` with optional spaces around it, and a code; a quoted
//!    code (`"ret":"-21"`) counts. `/ret/-21` is a path, not a `ret`.
//! 2. A code is an integer standing alone: decimal or `0x` hex, with an
//!    optional sign, within i32, continued by no letter, digit, `_`, or `.`
//!    and a digit. `1.5s`, `-21.5`, `116ms` and `0x` are no codes; a `ret`
//!    whose value is none is passed over.
//! 3. An OIDB failure is the message form MSDK documents:
//!    `oidb decode0x73a failed, ret: 17`, in any case, with or without the
//!    spaces, `ret` and its code as above. Any other mention of `decode` is
//!    none (`failed to decode 0x1f frame; ret=-2` has a `ret`, no OIDB
//!    failure).
//! 4. The line's `ret` is its first `ret` outside its OIDB failure:
//!    `{"ret":-1,"msg":"oidb decode0x73a failed, ret: 17"}` holds the `ret`
//!    -1 and the OIDB failure 0x73a with 17.
//! 5. The line's `ret` is a code of the tables an API's `ret` comes from
//!    (QQ platform, QQ group, Game Center), never of the OIDB tables: an
//!    OIDB code only ever travels inside an OIDB failure.
//! 6. A `ret` of 0, the line's or the OIDB failure's, is a success, not a
//!    failure.
//!
//! ```
//! use msdk_codes::text::Findings;
//!
//! let findings = Findings::of(br#"{"ret":-1,"msg":"oidb decode0x73a failed, ret: 17"}"#);
//! assert_eq!(findings.ret(), Some(-1));
//! assert_eq!(findings.oidb().map(|failure| failure.ret()), Some(17));
//! assert!(findings.is_failure());
//!
//! assert_eq!(Findings::of(b"handler took 1.5s, ret: 1.5s").ret(), None);
//! assert_eq!(Findings::of(b"RET=-6").ret(), Some(-6));
//! assert!(!Findings::of(br#"{"ret":0,"msg":"ok"}"#).is_failure());
//! ```

use crate::Code;
use crate::code_text::find_ret;
use crate::oidb::{self, OidbFailure};

/// What a line of text holds, by the [module's rules](self): its `ret` and
/// its OIDB failure, each as the line gives it, success or not.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Findings {
    ret: Option<i32>,
    oidb: Option<OidbFailure>,
}

impl Findings {
    /// Reads a line (any bytes: invalid UTF-8 is passed over like any text).
    ///
    /// # Examples
    ///
    /// ```
    /// use msdk_codes::text::Findings;
    ///
    /// let findings = Findings::of(b"proto: failed to decode 0x1f frame from 10.0.0.7:9000; ret=-2");
    /// assert_eq!((findings.ret(), findings.oidb()), (Some(-2), None));
    /// let findings = Findings::of(b"msg=oidb decode0x73a failed, ret: 17 ret=-1");
    /// assert_eq!(findings.ret(), Some(-1));
    /// ```
    #[must_use]
    pub fn of(line: &[u8]) -> Findings {
        let located = oidb::locate(line);
        let inside = located.as_ref().map(|(_, span)| span.clone());
        let mut from = 0;
        let mut ret = None;
        while let Some((code, span)) = find_ret(line, from) {
            from = span.end;
            let in_oidb = inside
                .as_ref()
                .is_some_and(|oidb| span.start < oidb.end && oidb.start < span.end);
            if !in_oidb {
                ret = Some(code);
                break;
            }
        }
        Findings {
            ret,
            oidb: located.map(|(failure, _)| failure),
        }
    }

    /// The line's `ret`, 0 included.
    #[must_use]
    pub const fn ret(&self) -> Option<i32> {
        self.ret
    }

    /// The line's OIDB failure, its `ret` 0 included.
    #[must_use]
    pub const fn oidb(&self) -> Option<OidbFailure> {
        self.oidb
    }

    /// The line's `ret` when it is a failure (not 0).
    #[must_use]
    pub fn failing_ret(&self) -> Option<i32> {
        self.ret.filter(|&ret| ret != 0)
    }

    /// The line's OIDB failure when its `ret` is a failure (not 0).
    #[must_use]
    pub fn failing_oidb(&self) -> Option<OidbFailure> {
        self.oidb.filter(|failure| failure.ret() != 0)
    }

    /// Whether the line reports a failure: a `ret` or an OIDB `ret` other
    /// than 0.
    #[must_use]
    pub fn is_failure(&self) -> bool {
        self.failing_ret().is_some() || self.failing_oidb().is_some()
    }

    /// Whether the line holds neither a `ret` nor an OIDB failure.
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        self.ret.is_none() && self.oidb.is_none()
    }

    /// The rows of the line's `ret`, read as a response's `ret` is by
    /// [`Response::explain`](crate::Response::explain): MSDK's access and
    /// logic layers, else the QQ platform's tables (never an OIDB table),
    /// most likely first.
    ///
    /// # Examples
    ///
    /// ```
    /// use msdk_codes::{text::Findings, Table};
    ///
    /// let tables: Vec<Table> = Findings::of(b"ret=-1").ret_codes().map(|code| code.table()).collect();
    /// assert_eq!(tables, [Table::QqPlatform, Table::BlueDiamondGift]);
    /// let tables: Vec<Table> = Findings::of(b"ret=-303").ret_codes().map(|code| code.table()).collect();
    /// assert_eq!(tables, [Table::MsdkAccess, Table::MsdkLogic]);
    /// ```
    pub fn ret_codes(&self) -> impl Iterator<Item = Code> + use<> {
        self.ret
            .map(|ret| crate::Response::new(ret).explain(None))
            .into_iter()
            .flat_map(crate::response::Explanation::into_matches)
            .map(|found| found.code())
    }
}
