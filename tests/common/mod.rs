//! What several integration tests share: the range the MSDK codes live in,
//! the six enums, and where each table's CSV is.
// Each test file uses the part it needs.
#![allow(dead_code, unused_macros, unused_imports)]

use std::ops::RangeInclusive;
use std::path::PathBuf;

use msdk_codes::Table;

/// Every code of the six QQ return-code tables lies in this range, in every
/// form: a scan of it finds the codes without the tables' help.
pub const SCAN: RangeInclusive<i32> = -600_000..=10_000_000;

/// The CSV file behind `table`.
pub fn csv_path(table: Table) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(table.info().file())
}

/// `$each!(name, Type)` for each of the MSDK enums, `name` in snake case.
macro_rules! each_msdk_enum {
    ($each:ident) => {
        $each!(qq_platform, QqPlatformCode);
        $each!(qq_group, QqGroupCode);
        $each!(game_center, GameCenterCode);
        $each!(oidb, OidbCode);
        $each!(pay_token, PayTokenCode);
        $each!(access_token, AccessTokenCode);
        $each!(msdk_access, MsdkAccessCode);
        $each!(msdk_logic, MsdkLogicCode);
        $each!(err_type, ErrTypeCode);
        $each!(wechat, WechatCode);
        $each!(wechat_group, WechatGroupCode);
        $each!(qzone_share, QzoneShareCode);
        $each!(qq_share, QqShareCode);
        $each!(blue_diamond_gift, BlueDiamondGiftCode);
        $each!(qq_group_openid, QqGroupOpenidCode);
        $each!(qq_group_info, QqGroupInfoCode);
        $each!(qq_group_unbind, QqGroupUnbindCode);
        $each!(qq_group_detail, QqGroupDetailCode);
    };
}
pub(crate) use each_msdk_enum;
