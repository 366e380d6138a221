//! Whole MSDK backend responses, written as MSDK's wiki writes them (the
//! backend error page's overview and examples, and the FAQ's answers),
//! explained layer by layer.

use msdk_codes::{Action, Layer, Match, Response, Table};

/// Each match as `(layer, table id, code)`.
fn matches(body: &str, endpoint: Option<&str>) -> Vec<(Layer, &'static str, i32)> {
    let response = Response::from_json(body).unwrap_or_else(|e| panic!("{body}: {e}"));
    response
        .explain(endpoint)
        .matches()
        .map(|found: Match| (found.layer(), found.table().id(), found.code().code()))
        .collect()
}

fn action(body: &str, endpoint: Option<&str>) -> Action {
    Response::from_json(body)
        .unwrap()
        .explain(endpoint)
        .action()
}

#[test]
fn a_qq_platform_error_is_ret_minus_10000_with_the_code_in_msg() {
    // The overview's example, item 4.
    let body = r#"{"ret":-10000,"msg":"-73,the user modify password wrong"}"#;
    assert_eq!(
        matches(body, None),
        [
            (Layer::Msdk, "msdk-logic", -10000),
            (Layer::QqPlatform, "qq-platform", -73),
        ]
    );
    assert_eq!(action(body, None), Action::Reauthorize);
    let cause = Response::from_json(body).unwrap().explain(None).cause();
    assert_eq!(cause.map(|c| c.table()), Some(Table::QqPlatform));
}

#[test]
fn a_wechat_error_is_ret_minus_20000_with_the_code_in_msg() {
    // The overview's example, item 5, and an errmsg with commas of its own.
    for body in [
        r#"{"ret":-20000,"msg":"40001,invalid credential"}"#,
        r#"{"ret":-20000,"msg":"40001,invalid credential, access_token is invalid or not latest, hints: [x]"}"#,
    ] {
        assert_eq!(
            matches(body, None)[1..],
            [(Layer::WechatPlatform, "wechat", 40001)],
            "{body}"
        );
        assert_eq!(action(body, None), Action::Reauthorize);
    }
    let expired = r#"{"ret":-20000,"msg":"42001,access_token expired"}"#;
    assert_eq!(action(expired, None), Action::RefreshToken);
}

#[test]
fn an_oidb_failure_is_named_beside_its_ret() {
    // The OIDB section's own example: ret -103, the failure in msg.
    let body = r#"{"ret":-103,"msg":"oidb decode0x73a failed, ret:17"}"#;
    assert_eq!(
        matches(body, None),
        [
            (Layer::Msdk, "msdk-logic", -103),
            (Layer::Oidb, "oidb-0x73a", 0x11),
        ]
    );
    assert_eq!(action(body, None), Action::Reauthorize);
    let explanation = Response::from_json(body).unwrap().explain(None);
    assert_eq!(explanation.oidb().map(|f| f.command()), Some(0x73a));
    // In the OIDB range of rets, and with an OIDB code no table knows.
    let body = r#"{"ret":-15001,"msg":"oidb decode0x711 failed, ret:12"}"#;
    let explanation = Response::from_json(body).unwrap().explain(None);
    assert_eq!(explanation.oidb().map(|f| f.ret()), Some(12));
    assert_eq!(
        matches(body, None),
        [(Layer::Msdk, "msdk-logic", -15001)],
        "the logic layer's OIDB class answers; the unknown OIDB code is kept"
    );
}

#[test]
fn share_endpoints_read_their_own_table_from_msg() {
    // The FAQ's /share/qq answers B, C and D.
    let b = r#"{"msg":"30,null ServiceError: :workid=yaaf_mpqq_msgsendsvr cmdid=1 com.tencent.jungle.api.APIException: 	30,response errorCode error 30","ret":-10000}"#;
    assert_eq!(
        matches(b, Some("/share/qq"))[1..],
        [(Layer::QqPlatform, "qq-share", 30)]
    );
    assert_eq!(action(b, Some("/share/qq")), Action::SlowDown);
    let d = r#"{"msg":"32,null ServiceError: :workid=yaaf_mpqq_msgsendsvr cmdid=1 com.tencent.jungle.api.APIException: 32,response errorCode error 32","ret":-10000}"#;
    assert_eq!(
        matches(d, Some("https://msdk.qq.com/share/qq/?timestamp=1&appid=2"))[1..],
        [(Layer::QqPlatform, "qq-share", 32)]
    );
    // 103 is in no table (the FAQ: title over 45 bytes): kept, not guessed.
    let c = r#"{"msg":"103,定向分享（手机端）好友 ServiceError: :workid=qconnshare cmdid=11 com.tencent.jungle.api.APIException: 103,response errorCode error 103","ret":-10000}"#;
    let explanation = Response::from_json(c).unwrap().explain(Some("/share/qq"));
    assert_eq!(explanation.msg_code(), Some(103));
    assert!(explanation.matches().all(|m| m.layer() == Layer::Msdk));
    assert_eq!(explanation.action(), Action::Unclassified);
}

#[test]
fn msg_is_read_up_to_its_first_comma_ascii_or_full_width() {
    // The FAQ, item 7, writes a full-width comma.
    let body = r#"{"ret":-10000,"msg":"100015，access token is revoked"}"#;
    assert_eq!(
        matches(body, None)[1..],
        [(Layer::QqPlatform, "qq-platform", 100_015)]
    );
    // A msg with no code, and a code in msg where ret carries none.
    for body in [
        r#"{"ret":-10000,"msg":"internal error"}"#,
        r#"{"ret":-303,"msg":"40001,invalid credential"}"#,
    ] {
        let explanation = Response::from_json(body).unwrap().explain(None);
        assert_eq!(explanation.msg_code(), None, "{body}");
        assert!(explanation.matches().all(|m| m.layer() == Layer::Msdk));
    }
    // JSON escapes are read for display, and do not hide the code.
    let body = r#"{"ret":-10000,"msg":"-73,\u5bc6\u7801 \"wrong\""}"#;
    let explanation = Response::from_json(body).unwrap().explain(None);
    assert_eq!(explanation.msg_code(), Some(-73));
    let msg = explanation.response().msg().unwrap();
    assert_eq!(msg.to_string(), "-73,密码 \"wrong\"");
    assert_eq!(msg.as_str(), None);
}

#[test]
fn the_same_number_in_several_tables_is_every_candidate_or_the_endpoints_row() {
    // -1 is a QQ platform code and a blue-diamond gift code.
    let body = r#"{"ret":-10000,"msg":"-1,bad parameter"}"#;
    assert_eq!(
        matches(body, None)[1..],
        [
            (Layer::QqPlatform, "qq-platform", -1),
            (Layer::QqPlatform, "blue-diamond-gift", -1),
        ]
    );
    assert_eq!(
        matches(body, Some("/profile/get_gift"))[1..],
        [(Layer::QqPlatform, "blue-diamond-gift", -1)]
    );
    // 100000: QQ platform and /share/qq.
    let body = r#"{"ret":-10000,"msg":"100000,auth error"}"#;
    assert_eq!(matches(body, None).len(), 3);
    assert_eq!(
        matches(body, Some("/share/qq"))[1..],
        [(Layer::QqPlatform, "qq-share", 100_000)]
    );
    // A QQ token error on a share endpoint is still the platform's.
    let body = r#"{"ret":-10000,"msg":"-73,the user modify password wrong"}"#;
    assert_eq!(
        matches(body, Some("/share/qq"))[1..],
        [(Layer::QqPlatform, "qq-platform", -73)]
    );
    // -10001: the logic layer's as ret, WeChat group's inside a WeChat msg.
    assert_eq!(
        matches(r#"{"ret":-10001,"msg":"illegal qq"}"#, None),
        [(Layer::Msdk, "msdk-logic", -10001)]
    );
    assert_eq!(
        matches(r#"{"ret":-20000,"msg":"-10001,no permission"}"#, None)[1..],
        [(Layer::WechatPlatform, "wechat-group", -10001)]
    );
}

#[test]
fn plat_code_is_read_per_group_endpoint() {
    let body = r#"{"ret":-10000,"msg":"group error","platCode":"2001"}"#;
    let all: Vec<_> = matches(body, None)
        .into_iter()
        .filter(|m| m.0 == Layer::QqGroup)
        .map(|m| m.1)
        .collect();
    assert_eq!(
        all,
        [
            "qq-group-openid",
            "qq-group-info",
            "qq-group-unbind",
            "qq-group-detail"
        ]
    );
    let on_unbind = matches(body, Some("/relation/unbind_group"));
    assert_eq!(
        on_unbind.last(),
        Some(&(Layer::QqGroup, "qq-group-unbind", 2001))
    );
    assert_eq!(on_unbind.len(), 2);
    // The examples' success: ret 0, platCode "0".
    let ok = r#"{"ret":0,"msg":"success","platCode":"0","groupOpenid":"x"}"#;
    assert_eq!(
        action(ok, Some("/relation/get_groupopenid")),
        Action::Success
    );
    assert!(matches(ok, None).iter().all(|m| m.0 == Layer::Msdk));
}

#[test]
fn err_type_answers_when_no_code_does() {
    let body = r#"{"ret":-10000,"msg":"999999,something new","err_type":3}"#;
    assert_eq!(action(body, None), Action::RefreshToken);
    let body = r#"{"ret":-10000,"msg":"-73,the user modify password wrong","err_type":1}"#;
    assert_eq!(
        action(body, None),
        Action::Reauthorize,
        "the code is more specific"
    );
    // -77 is in no table.
    let body = r#"{"ret":-77,"err_type":"1"}"#;
    assert_eq!(matches(body, None), [(Layer::ErrType, "msdk-err-type", 1)]);
    assert_eq!(action(body, None), Action::Retry);
    // err_type 0 ("normal") never makes a failure a success.
    assert_eq!(
        action(r#"{"ret":-77,"err_type":0}"#, None),
        Action::Unclassified
    );
}

#[test]
fn fields_a_struct_already_holds_give_the_same_answer() {
    #[derive(serde::Deserialize)]
    struct Body {
        ret: i32,
        msg: String,
        #[serde(rename = "platCode")]
        plat_code: Option<String>,
    }
    let text =
        r#"{"ret":-10000,"msg":"-73,the user modify password wrong","platCode":"2003","data":[]}"#;
    let body: Body = serde_json::from_str(text).unwrap();
    let mut response = Response::new(body.ret).with_msg(&body.msg);
    if let Some(code) = &body.plat_code {
        response = response.with_plat_code(code);
    }
    let from_fields = response.explain(Some("/relation/get_groupinfo"));
    let from_json = Response::from_json(text)
        .unwrap()
        .explain(Some("/relation/get_groupinfo"));
    assert!(from_fields.matches().eq(from_json.matches()));
    assert_eq!(from_fields.action(), from_json.action());
    assert_eq!(from_fields.cause().unwrap().table(), Table::QqGroupInfo);
}

#[test]
fn bodies_that_are_not_responses_are_errors() {
    for (body, message) in [
        ("", "not a JSON object: expected `{` at byte 0"),
        ("ret=-21", "not a JSON object: expected `{` at byte 0"),
        (
            r#"{"ret":-21,}"#,
            "not a JSON object: expected a string at byte 11",
        ),
        (r#"{"msg":"no ret"}"#, "the response has no `ret`"),
        (
            r#"{"ret":"abc"}"#,
            "the response's `ret` is not an integer that fits i32",
        ),
        (
            r#"{"ret":1.5}"#,
            "the response's `ret` is not an integer that fits i32",
        ),
        (
            r#"{"ret":99999999999}"#,
            "the response's `ret` is not an integer that fits i32",
        ),
        (
            r#"{"ret":0,"platCode":"x"}"#,
            "the response's `platCode` is not an integer that fits i32",
        ),
    ] {
        let error = Response::from_json(body).unwrap_err();
        assert_eq!(error.to_string(), message, "{body}");
    }
    // A ret written as a string is read.
    assert_eq!(Response::from_json(r#"{"ret":"-21"}"#).unwrap().ret(), -21);
}

#[test]
fn a_ret_no_msdk_table_has_is_read_as_the_qq_platforms_own() {
    // The QQ open platform's APIs answer with its codes in `ret`.
    let body = r#"{"ret":-21,"msg":"access_token has been deprecated"}"#;
    assert_eq!(
        matches(body, None),
        [(Layer::QqPlatform, "qq-platform", -21)]
    );
    assert_eq!(action(body, None), Action::Reauthorize);
    // A class of MSDK's logic layer does not hide the platform's own row.
    let body = r#"{"ret":-500005}"#;
    assert_eq!(
        matches(body, None),
        [
            (Layer::Msdk, "msdk-logic", -500_005),
            (Layer::QqPlatform, "qq-group", -500_005),
        ]
    );
    assert_eq!(action(body, None), Action::ContactSupport);
}
