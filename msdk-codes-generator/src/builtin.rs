//! The MSDK tables, compiled into this crate so that a published
//! msdk-codes needs no file outside itself.

pub struct Builtin {
    pub enum_name: &'static str,
    pub id: &'static str,
    pub title: &'static str,
    /// The page and section the table comes from.
    pub source: &'static str,
    /// The path as the workspace knows it, for messages and docs.
    pub file: &'static str,
    pub csv: &'static str,
}

pub const BUILTINS: [Builtin; 18] = [
    Builtin {
        enum_name: "QqPlatformCode",
        id: "qq-platform",
        title: "QQ platform return codes",
        source: concat!(
            "MSDK \"QQ return codes\" (10/22/2024), ",
            "I. QQ Platform's Return Codes"
        ),
        file: "tables/qq_platform.csv",
        csv: include_str!("../tables/qq_platform.csv"),
    },
    Builtin {
        enum_name: "QqGroupCode",
        id: "qq-group",
        title: "QQ group function return codes",
        source: concat!(
            "MSDK \"QQ return codes\" (10/22/2024), ",
            "II. QQ Group Functions' Return Codes"
        ),
        file: "tables/qq_group.csv",
        csv: include_str!("../tables/qq_group.csv"),
    },
    Builtin {
        enum_name: "GameCenterCode",
        id: "game-center",
        title: "QQ Game Center return codes",
        source: concat!(
            "MSDK \"QQ return codes\" (10/22/2024), ",
            "III. QQ Game Center's Return Codes"
        ),
        file: "tables/game_center.csv",
        csv: include_str!("../tables/game_center.csv"),
    },
    Builtin {
        enum_name: "OidbCode",
        id: "oidb",
        title: "OIDB uniform error codes",
        source: concat!(
            "MSDK \"QQ return codes\" (10/22/2024), ",
            "IV.A Error codes uniformly returned by OIDB"
        ),
        file: "tables/oidb.csv",
        csv: include_str!("../tables/oidb.csv"),
    },
    Builtin {
        enum_name: "PayTokenCode",
        id: "oidb-0x73a",
        title: "OIDB PayToken verification codes (0x73a)",
        source: concat!(
            "MSDK \"QQ return codes\" (10/22/2024), ",
            "IV.B Error codes returned by QQ login interface's PayToken verification (0x73a)"
        ),
        file: "tables/oidb_0x73a.csv",
        csv: include_str!("../tables/oidb_0x73a.csv"),
    },
    Builtin {
        enum_name: "AccessTokenCode",
        id: "oidb-0x711",
        title: "OIDB accessToken verification codes (0x711)",
        source: concat!(
            "MSDK \"QQ return codes\" (10/22/2024), ",
            "IV.C Error codes returned by QQ login interface's accessToken verification (0x711)"
        ),
        file: "tables/oidb_0x711.csv",
        csv: include_str!("../tables/oidb_0x711.csv"),
    },
    Builtin {
        enum_name: "MsdkAccessCode",
        id: "msdk-access",
        title: "MSDK access layer error codes",
        source: concat!(
            "MSDK wiki, router/errorCode.md: \"MSDK Server错误码\" (2016-03-30) / \"MSDK Backend Error Codes\" (2015-06-19), ",
            "2 MSDK接入层错误码 / MSDK access layer’s error code"
        ),
        file: "tables/msdk_access.csv",
        csv: include_str!("../tables/msdk_access.csv"),
    },
    Builtin {
        enum_name: "MsdkLogicCode",
        id: "msdk-logic",
        title: "MSDK logic layer error codes",
        source: concat!(
            "MSDK wiki, router/errorCode.md: \"MSDK Server错误码\" (2016-03-30) / \"MSDK Backend Error Codes\" (2015-06-19), ",
            "3 MSDK逻辑层错误码 / MSDK logic layer’s error code"
        ),
        file: "tables/msdk_logic.csv",
        csv: include_str!("../tables/msdk_logic.csv"),
    },
    Builtin {
        enum_name: "ErrTypeCode",
        id: "msdk-err-type",
        title: "MSDK access layer err_type",
        source: concat!(
            "MSDK wiki, router/errorCode.md: \"MSDK Server错误码\" (2016-03-30) / \"MSDK Backend Error Codes\" (2015-06-19), ",
            "1 概述 / Overview, item 6 (err_type)"
        ),
        file: "tables/msdk_err_type.csv",
        csv: include_str!("../tables/msdk_err_type.csv"),
    },
    Builtin {
        enum_name: "WechatCode",
        id: "wechat",
        title: "WeChat platform error codes",
        source: concat!(
            "MSDK wiki, router/errorCode.md: \"MSDK Server错误码\" (2016-03-30) / \"MSDK Backend Error Codes\" (2015-06-19), ",
            "5 微信平台错误码 / WeChat platform error codes"
        ),
        file: "tables/wechat.csv",
        csv: include_str!("../tables/wechat.csv"),
    },
    Builtin {
        enum_name: "WechatGroupCode",
        id: "wechat-group",
        title: "WeChat group error codes",
        source: concat!(
            "MSDK wiki, router/errorCode.md: \"MSDK Server错误码\" (2016-03-30) / \"MSDK Backend Error Codes\" (2015-06-19), ",
            "5 微信加绑群错误码 (Chinese only)"
        ),
        file: "tables/wechat_group.csv",
        csv: include_str!("../tables/wechat_group.csv"),
    },
    Builtin {
        enum_name: "QzoneShareCode",
        id: "qq-share-qzone",
        title: "QQ share to Qzone error codes (/share/qzone)",
        source: concat!(
            "MSDK wiki, router/errorCode.md: \"MSDK Server错误码\" (2016-03-30) / \"MSDK Backend Error Codes\" (2015-06-19), ",
            "7 分享到QZone /share/qzone / Share messages to QZone"
        ),
        file: "tables/qq_share_qzone.csv",
        csv: include_str!("../tables/qq_share_qzone.csv"),
    },
    Builtin {
        enum_name: "QqShareCode",
        id: "qq-share",
        title: "QQ share error codes (/share/qq)",
        source: concat!(
            "MSDK wiki, router/errorCode.md: \"MSDK Server错误码\" (2016-03-30) / \"MSDK Backend Error Codes\" (2015-06-19), ",
            "7 分享到QQ /share/qq / Share messages to QQ"
        ),
        file: "tables/qq_share.csv",
        csv: include_str!("../tables/qq_share.csv"),
    },
    Builtin {
        enum_name: "BlueDiamondGiftCode",
        id: "blue-diamond-gift",
        title: "QQ blue-diamond gift error codes (/profile/get_gift)",
        source: concat!(
            "MSDK wiki, router/errorCode.md: \"MSDK Server错误码\" (2016-03-30) / \"MSDK Backend Error Codes\" (2015-06-19), ",
            "8 手Q蓝钻礼包错误码 / Mobile QQ Blue Diamond Gift Bag’s error codes"
        ),
        file: "tables/blue_diamond_gift.csv",
        csv: include_str!("../tables/blue_diamond_gift.csv"),
    },
    Builtin {
        enum_name: "QqGroupOpenidCode",
        id: "qq-group-openid",
        title: "QQ group platCode of /relation/get_groupopenid",
        source: concat!(
            "MSDK wiki, router/qq.md: QQ endpoints (Chinese 2016-03-30, English 2015-10-21), ",
            "2.3.5.6 /relation/get_groupopenid 错误返（platCode）回码说明 / platCode"
        ),
        file: "tables/qq_group_openid.csv",
        csv: include_str!("../tables/qq_group_openid.csv"),
    },
    Builtin {
        enum_name: "QqGroupInfoCode",
        id: "qq-group-info",
        title: "QQ group platCode of /relation/get_groupinfo",
        source: concat!(
            "MSDK wiki, router/qq.md: QQ endpoints (Chinese 2016-03-30, English 2015-10-21), ",
            "2.3.6.6 /relation/get_groupinfo 错误返（platCode）回码说明 / platCode"
        ),
        file: "tables/qq_group_info.csv",
        csv: include_str!("../tables/qq_group_info.csv"),
    },
    Builtin {
        enum_name: "QqGroupUnbindCode",
        id: "qq-group-unbind",
        title: "QQ group platCode of /relation/unbind_group",
        source: concat!(
            "MSDK wiki, router/qq.md: QQ endpoints (Chinese 2016-03-30, English 2015-10-21), ",
            "2.3.7.6 /relation/unbind_group 错误返（platCode）回码说明 / platCode"
        ),
        file: "tables/qq_group_unbind.csv",
        csv: include_str!("../tables/qq_group_unbind.csv"),
    },
    Builtin {
        enum_name: "QqGroupDetailCode",
        id: "qq-group-detail",
        title: "QQ group platCode of /relation/get_group_detail",
        source: concat!(
            "MSDK wiki, router/qq.md: QQ endpoints (Chinese 2016-03-30, English 2015-10-21), ",
            "2.3.8.6 /relation/get_group_detail 错误返（platCode）回码说明 / platCode"
        ),
        file: "tables/qq_group_detail.csv",
        csv: include_str!("../tables/qq_group_detail.csv"),
    },
];
