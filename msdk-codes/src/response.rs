//! A whole MSDK backend response explained: [`Response`] holds the fields
//! that say how it went, [`Explanation`] names every layer that answered.
//!
//! MSDK's backend pages (the wiki's "MSDK Server错误码", 2016) say how a
//! failure reaches the caller:
//! - MSDK's access and logic layers answer with `ret` and a `msg`;
//! - a QQ platform error is `ret` -10000 with `msg` = `"<QQ code>,<text>"`
//!   (`"-73,the user modify password wrong"`), a WeChat error `ret` -20000
//!   the same way (`"40001,invalid credential"`); `/share/qq`'s code is the
//!   integer before the first comma of `msg` too;
//! - an OIDB error is a `ret` (-15000 to -19999, or the logic layer's own,
//!   -103 in the page's example) with the OIDB failure written in `msg`;
//! - the QQ group endpoints add `platCode`, whose codes differ per endpoint;
//!   the access layer adds `err_type`.
//!
//! A `ret` that no table of MSDK's own layers has a row for is looked up as
//! a QQ platform code too: the QQ open platform's APIs answer with their
//! codes in `ret` (`{"ret":-21,"msg":"..."}`).
//!
//! The same number means different things in different tables (`-10001`,
//! `-1`, `100000`, `platCode` 2001): with the endpoint the response came
//! from, the endpoint's own table answers; without it, every table of the
//! layer that knows the code does, most likely first. Nothing is picked
//! silently.

use core::fmt;

use crate::json::{self, JsonStr, Value};
use crate::oidb::{self, OidbFailure};
use crate::{Action, Code, Layer, Table};

/// The most rows a response can match: two tables for `ret`, six for a QQ
/// code in `msg`, four for `platCode`, one each for `err_type` and OIDB.
const MAX_MATCHES: usize = 16;

/// The fields of an MSDK backend response that say how it went: `ret`,
/// `msg`, `platCode` and `err_type`.
///
/// Read them from the body's JSON text with [`Response::from_json`], or
/// from a response struct your code already has with [`Response::new`] and
/// the `with_*` methods; then [`explain`](Response::explain) it.
///
/// # Examples
///
/// ```
/// use msdk_codes::{Action, Layer, Response};
///
/// let body = r#"{"ret":-10000,"msg":"-73,the user modify password wrong"}"#;
/// let answer = Response::from_json(body)?.explain(None);
/// assert_eq!(answer.action(), Action::Reauthorize);
/// let cause = answer.cause().unwrap();
/// assert_eq!((cause.layer(), cause.table().id(), cause.code().code()), (Layer::QqPlatform, "qq-platform", -73));
///
/// // The same from the fields of a struct serde filled in:
/// # struct Body { ret: i32, msg: String }
/// # let body = Body { ret: -10000, msg: "-73,the user modify password wrong".into() };
/// let answer = Response::new(body.ret).with_msg(&body.msg).explain(None);
/// assert_eq!(answer.action(), Action::Reauthorize);
/// # Ok::<(), msdk_codes::ResponseError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Response<'a> {
    ret: i32,
    msg: Option<Message<'a>>,
    plat_code: Option<&'a str>,
    err_type: Option<i32>,
}

/// A response's `msg`, as it came.
///
/// `Display` writes the text (JSON escapes read); [`as_str`](Message::as_str)
/// gives it when no escape needs reading.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Message<'a>(MessageText<'a>);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum MessageText<'a> {
    Plain(&'a str),
    Json(JsonStr<'a>),
}

impl<'a> Message<'a> {
    /// The text, if it is there as is: always for a `msg` given as text, and
    /// for one read from JSON without escapes.
    #[must_use]
    pub fn as_str(&self) -> Option<&'a str> {
        match self.0 {
            MessageText::Plain(text) => Some(text),
            MessageText::Json(json) => (!json.raw().contains('\\')).then_some(json.raw()),
        }
    }

    /// The text as the body writes it: JSON escapes not read.
    fn raw(&self) -> &'a str {
        match self.0 {
            MessageText::Plain(text) => text,
            MessageText::Json(json) => json.raw(),
        }
    }

    /// The code before the first comma (`,` or `，`), if an integer stands
    /// there alone: `-73` in `"-73,the user modify password wrong"`, `100015`
    /// in `"100015，access token is revoked"`.
    #[must_use]
    pub fn code(&self) -> Option<i32> {
        let raw = self.raw();
        let head = raw.split([',', '，']).next().unwrap_or(raw);
        if head.len() == raw.len() {
            return None;
        }
        crate::parse_code(head.trim())
    }
}

impl fmt::Display for Message<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            MessageText::Plain(text) => f.write_str(text),
            MessageText::Json(json) => json.fmt(f),
        }
    }
}

/// Why a body could not be read as an MSDK response.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ResponseError {
    kind: ErrorKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum ErrorKind {
    Syntax(json::SyntaxError),
    NoRet,
    NotAnInteger(&'static str),
}

impl fmt::Display for ResponseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            ErrorKind::Syntax(error) => write!(
                f,
                "not a JSON object: expected {} at byte {}",
                error.expected, error.at
            ),
            ErrorKind::NoRet => f.write_str("the response has no `ret`"),
            ErrorKind::NotAnInteger(field) => {
                write!(
                    f,
                    "the response's `{field}` is not an integer that fits i32"
                )
            }
        }
    }
}

impl core::error::Error for ResponseError {}

impl<'a> Response<'a> {
    /// The `ret` that carries a QQ platform code in `msg`.
    pub const QQ_PLATFORM_RET: i32 = -10000;

    /// The `ret` that carries a WeChat code in `msg`.
    pub const WECHAT_PLATFORM_RET: i32 = -20000;

    /// A response whose `ret` is `ret`, with no other field.
    #[must_use]
    pub const fn new(ret: i32) -> Self {
        Response {
            ret,
            msg: None,
            plat_code: None,
            err_type: None,
        }
    }

    /// The same response with `msg`.
    #[must_use]
    pub const fn with_msg(mut self, msg: &'a str) -> Self {
        self.msg = Some(Message(MessageText::Plain(msg)));
        self
    }

    /// The same response with `platCode` (the QQ group endpoints write it
    /// as a string: `"2001"`).
    #[must_use]
    pub const fn with_plat_code(mut self, plat_code: &'a str) -> Self {
        self.plat_code = Some(plat_code);
        self
    }

    /// The same response with `err_type`.
    #[must_use]
    pub const fn with_err_type(mut self, err_type: i32) -> Self {
        self.err_type = Some(err_type);
        self
    }

    /// Reads a response body: a JSON object with `ret` (a number, or a
    /// string holding one) and, where there, `msg`, `platCode` and
    /// `err_type`. Other members are skipped.
    ///
    /// # Errors
    ///
    /// When the text is not one JSON object, has no `ret`, or a `ret`,
    /// `platCode` or `err_type` that is not an integer in i32.
    ///
    /// # Examples
    ///
    /// ```
    /// use msdk_codes::Response;
    ///
    /// let response = Response::from_json(r#"{"ret":0,"msg":"success","platCode":"0"}"#)?;
    /// assert_eq!(response.ret(), 0);
    /// assert_eq!(response.plat_code(), Some(0));
    /// assert!(Response::from_json(r#"{"msg":"no ret"}"#).is_err());
    /// # Ok::<(), msdk_codes::ResponseError>(())
    /// ```
    pub fn from_json(body: &'a str) -> Result<Self, ResponseError> {
        let error = |kind| ResponseError { kind };
        let [ret, msg, plat_code, err_type] =
            json::members(body, ["ret", "msg", "platCode", "err_type"])
                .map_err(|e| error(ErrorKind::Syntax(e)))?;
        let integer = |value: Option<Value<'a>>, field| -> Result<Option<i32>, ResponseError> {
            let text = match value {
                None | Some(Value::Other) => return Ok(None),
                Some(Value::Number(text)) => text,
                Some(Value::Str(text)) => text.raw(),
            };
            integer_text(text)
                .map(Some)
                .ok_or(error(ErrorKind::NotAnInteger(field)))
        };
        let ret = integer(ret, "ret")?.ok_or(error(ErrorKind::NoRet))?;
        let plat_code = match plat_code {
            Some(Value::Number(text)) => Some(text),
            Some(Value::Str(text)) => Some(text.raw()),
            _ => None,
        };
        if let Some(text) = plat_code {
            integer_text(text).ok_or(error(ErrorKind::NotAnInteger("platCode")))?;
        }
        Ok(Response {
            ret,
            msg: match msg {
                Some(Value::Str(text)) => Some(Message(MessageText::Json(text))),
                _ => None,
            },
            plat_code,
            err_type: integer(err_type, "err_type")?,
        })
    }

    /// The first JSON object in `text` that is a response (it has a
    /// `ret`), and where it is: a response body inside a log line.
    ///
    /// # Examples
    ///
    /// ```
    /// use msdk_codes::Response;
    ///
    /// let line = r#"12:00:01 WARN verify_login {"ret":-10000,"msg":"-73,the user modify password wrong"} 35ms"#;
    /// let (response, at) = Response::find_in(line).unwrap();
    /// assert_eq!(response.ret(), -10000);
    /// assert!(line[at].starts_with("{\"ret\""));
    /// ```
    #[must_use]
    pub fn find_in(text: &'a str) -> Option<(Response<'a>, core::ops::Range<usize>)> {
        json::objects(text).find_map(|at| Some((Response::from_json(&text[at.clone()]).ok()?, at)))
    }

    /// `ret`: 0 for success.
    #[must_use]
    pub const fn ret(&self) -> i32 {
        self.ret
    }

    /// `msg`, as it came.
    #[must_use]
    pub const fn msg(&self) -> Option<Message<'a>> {
        self.msg
    }

    /// `platCode` as a number, where the response has one that is.
    #[must_use]
    pub fn plat_code(&self) -> Option<i32> {
        self.plat_code.and_then(integer_text)
    }

    /// `err_type`, where the response has one.
    #[must_use]
    pub const fn err_type(&self) -> Option<i32> {
        self.err_type
    }

    /// What every layer of the response says, given the endpoint it came
    /// from (`/share/qq`, `https://msdk.qq.com/relation/get_groupinfo/?...`;
    /// `None` when unknown).
    ///
    /// # Examples
    ///
    /// ```
    /// use msdk_codes::{Layer, Response, Table};
    ///
    /// let body = r#"{"msg":"30,null ServiceError","ret":-10000}"#;
    /// let response = Response::from_json(body)?;
    /// let on_share = response.explain(Some("/share/qq"));
    /// assert_eq!(on_share.cause().unwrap().table(), Table::QqShare);
    /// // Without the endpoint: every table that knows 30, most likely first.
    /// assert!(response.explain(None).matches().all(|m| m.layer() != Layer::QqPlatform || m.code().code() == 30));
    /// # Ok::<(), msdk_codes::ResponseError>(())
    /// ```
    #[must_use]
    pub fn explain(&self, endpoint: Option<&str>) -> Explanation<'a> {
        Explanation::new(*self, endpoint.and_then(endpoint_table))
    }
}

/// `text` as an i32: a number (or a JSON string holding one), with spaces
/// around allowed.
fn integer_text(text: &str) -> Option<i32> {
    crate::parse_code(text.trim())
}

/// The table of the endpoint a path or URL names, if it has one of its own.
fn endpoint_table(endpoint: &str) -> Option<Table> {
    let path = match endpoint.find("://") {
        Some(scheme) => {
            let rest = &endpoint[scheme + 3..];
            rest.find('/').map_or("", |slash| &rest[slash..])
        }
        None => endpoint,
    };
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let path = path.trim().trim_matches('/');
    Table::ALL.into_iter().find(|table| {
        table
            .endpoint()
            .is_some_and(|own| own.trim_matches('/').eq_ignore_ascii_case(path))
    })
}

/// One row a response matched, and the layer it answered in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Match {
    layer: Layer,
    code: Code,
}

impl Match {
    /// The layer of the response the code came from.
    #[must_use]
    pub const fn layer(&self) -> Layer {
        self.layer
    }

    /// The row.
    #[must_use]
    pub const fn code(&self) -> Code {
        self.code
    }

    /// The row's table.
    #[must_use]
    pub const fn table(&self) -> Table {
        self.code.table()
    }

    /// Whether the row is a class of codes (a range, such as the logic
    /// layer's "-100 to -999 are system level errors") rather than the
    /// code's own row.
    #[must_use]
    pub fn is_class(&self) -> bool {
        let codes = self.code.codes();
        codes.start() != codes.end()
    }
}

impl fmt::Display for Match {
    /// `qq-platform -73: access token's changed password is invalid ...`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.layer, self.code)
    }
}

/// What every layer of a response says: see [`Response::explain`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Explanation<'a> {
    response: Response<'a>,
    endpoint: Option<Table>,
    msg_code: Option<i32>,
    oidb: Option<OidbFailure>,
    matches: [Option<Match>; MAX_MATCHES],
}

impl<'a> Explanation<'a> {
    fn new(response: Response<'a>, endpoint: Option<Table>) -> Self {
        let msg_layer = match response.ret {
            Response::QQ_PLATFORM_RET => Some(Layer::QqPlatform),
            Response::WECHAT_PLATFORM_RET => Some(Layer::WechatPlatform),
            _ => None,
        };
        let msg_code = msg_layer.and(response.msg.and_then(|msg| msg.code()));
        let oidb = match response.msg {
            Some(msg) if response.ret != 0 => oidb::parse(msg.raw()),
            _ => None,
        };
        let mut explanation = Explanation {
            response,
            endpoint,
            msg_code,
            oidb,
            matches: [None; MAX_MATCHES],
        };
        explanation.add(Layer::Msdk, Some(response.ret));
        // The QQ open platform's own APIs answer with its codes in `ret`.
        let msdk_row = explanation.matches().any(|found| !found.is_class());
        if !msdk_row && msg_layer.is_none() {
            explanation.add(Layer::QqPlatform, Some(response.ret));
        }
        explanation.add(Layer::ErrType, response.err_type);
        if let Some(layer) = msg_layer {
            explanation.add(layer, msg_code);
        }
        if response.ret != 0 || response.plat_code() != Some(0) {
            explanation.add(Layer::QqGroup, response.plat_code());
        }
        if let Some(code) = oidb.and_then(|failure| failure.code()) {
            explanation.push(Match {
                layer: Layer::Oidb,
                code,
            });
        }
        explanation
    }

    /// Adds the rows `code` has in `layer`: the endpoint's own table's row
    /// alone where it has one; otherwise those of every table of the layer
    /// (with an endpoint, every table no other endpoint owns), the code's
    /// own rows before classes.
    fn add(&mut self, layer: Layer, code: Option<i32>) {
        let Some(code) = code else { return };
        if let Some(own) = self.endpoint.filter(|table| table.layer() == layer) {
            if let Some(code) = own.lookup(code) {
                self.push(Match { layer, code });
                return;
            }
        }
        for classes in [false, true] {
            for table in Table::ALL {
                let general = self.endpoint.is_none() || table.endpoint().is_none();
                if table.layer() != layer || !general {
                    continue;
                }
                if let Some(code) = table.lookup(code) {
                    let found = Match { layer, code };
                    if found.is_class() == classes {
                        self.push(found);
                    }
                }
            }
        }
    }

    fn push(&mut self, found: Match) {
        if let Some(slot) = self.matches.iter_mut().find(|slot| slot.is_none()) {
            *slot = Some(found);
        }
    }

    /// The response explained.
    #[must_use]
    pub const fn response(&self) -> &Response<'a> {
        &self.response
    }

    /// The table of the endpoint given to [`Response::explain`], if it has
    /// one of its own.
    #[must_use]
    pub const fn endpoint_table(&self) -> Option<Table> {
        self.endpoint
    }

    /// Whether `ret` is 0.
    #[must_use]
    pub const fn is_success(&self) -> bool {
        self.response.ret == 0
    }

    /// The platform's code read from `msg` (for `ret` -10000 or -20000),
    /// whether or not a table knows it.
    #[must_use]
    pub const fn msg_code(&self) -> Option<i32> {
        self.msg_code
    }

    /// The OIDB failure written in `msg`, whether or not a table knows its
    /// code.
    #[must_use]
    pub const fn oidb(&self) -> Option<OidbFailure> {
        self.oidb
    }

    /// Every row the response matched, layer by layer from the outside in
    /// (`ret`, `err_type`, the code in `msg`, `platCode`, OIDB), within a
    /// layer most likely first.
    pub fn matches(&self) -> impl Iterator<Item = Match> + '_ {
        self.matches.iter().map_while(|found| *found)
    }

    /// Every row matched, as [`matches`](Explanation::matches) gives them,
    /// owned.
    pub(crate) fn into_matches(self) -> impl Iterator<Item = Match> {
        self.matches.into_iter().map_while(|found| found)
    }

    /// The row the action comes from: the most specific one that says
    /// what to do (OIDB, then `platCode`, the code in `msg`, `ret`'s own
    /// row, `err_type`, and last `ret`'s class), never a success row for a
    /// failed response.
    #[must_use]
    pub fn cause(&self) -> Option<Match> {
        let order = [
            (Layer::Oidb, false),
            (Layer::QqGroup, false),
            (Layer::QqPlatform, false),
            (Layer::WechatPlatform, false),
            (Layer::Msdk, false),
            (Layer::ErrType, false),
            (Layer::Msdk, true),
        ];
        order.into_iter().find_map(|(layer, class)| {
            self.matches().find(|found| {
                let action = found.code.action();
                found.layer == layer
                    && (layer != Layer::Msdk || found.is_class() == class)
                    && action != Action::Unclassified
                    && (action != Action::Success || self.is_success())
            })
        })
    }

    /// What to do: [`Action::Success`] for `ret` 0, else the
    /// [`cause`](Explanation::cause)'s action, or
    /// [`Action::Unclassified`] when no table knows what to do.
    #[must_use]
    pub fn action(&self) -> Action {
        if self.is_success() {
            Action::Success
        } else {
            self.cause()
                .map_or(Action::Unclassified, |found| found.code.action())
        }
    }
}

impl fmt::Display for Explanation<'_> {
    /// `ret -10000, msg "..."`, then each match and the action on lines of
    /// their own.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ret {}", self.response.ret)?;
        if let Some(msg) = self.response.msg {
            write!(f, ", msg \"{msg}\"")?;
        }
        for found in self.matches() {
            write!(f, "\n  {found}")?;
        }
        write!(f, "\n  action: {}", self.action())
    }
}
