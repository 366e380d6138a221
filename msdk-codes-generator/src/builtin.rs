//! The six MSDK tables, compiled into this crate so that a published
//! msdk-codes needs no file outside itself.

pub struct Builtin {
    pub enum_name: &'static str,
    pub id: &'static str,
    pub title: &'static str,
    pub section: &'static str,
    /// The path as the workspace knows it, for messages and docs.
    pub file: &'static str,
    pub csv: &'static str,
}

pub const BUILTINS: [Builtin; 6] = [
    Builtin {
        enum_name: "QqPlatformCode",
        id: "qq-platform",
        title: "QQ platform return codes",
        section: "I. QQ Platform's Return Codes",
        file: "tables/qq_platform.csv",
        csv: include_str!("../tables/qq_platform.csv"),
    },
    Builtin {
        enum_name: "QqGroupCode",
        id: "qq-group",
        title: "QQ group function return codes",
        section: "II. QQ Group Functions' Return Codes",
        file: "tables/qq_group.csv",
        csv: include_str!("../tables/qq_group.csv"),
    },
    Builtin {
        enum_name: "GameCenterCode",
        id: "game-center",
        title: "QQ Game Center return codes",
        section: "III. QQ Game Center's Return Codes",
        file: "tables/game_center.csv",
        csv: include_str!("../tables/game_center.csv"),
    },
    Builtin {
        enum_name: "OidbCode",
        id: "oidb",
        title: "OIDB uniform error codes",
        section: "IV.A Error codes uniformly returned by OIDB",
        file: "tables/oidb.csv",
        csv: include_str!("../tables/oidb.csv"),
    },
    Builtin {
        enum_name: "PayTokenCode",
        id: "oidb-0x73a",
        title: "OIDB PayToken verification codes (0x73a)",
        section: "IV.B Error codes returned by QQ login interface's PayToken verification (0x73a)",
        file: "tables/oidb_0x73a.csv",
        csv: include_str!("../tables/oidb_0x73a.csv"),
    },
    Builtin {
        enum_name: "AccessTokenCode",
        id: "oidb-0x711",
        title: "OIDB accessToken verification codes (0x711)",
        section: "IV.C Error codes returned by QQ login interface's accessToken verification (0x711)",
        file: "tables/oidb_0x711.csv",
        csv: include_str!("../tables/oidb_0x711.csv"),
    },
];
