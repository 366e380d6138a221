//! The languages a table's text comes in: [`Language`] and a row's
//! [`Text`] in one of them.

use core::fmt;
use core::str::FromStr;

use crate::ParseError;
use crate::parse_error::Kind;

/// A language MSDK's documentation is written in.
///
/// MSDK writes its pages in Chinese first; the English edition is a
/// translation that lacks some tables (WeChat group codes) and the 2024 QQ
/// return codes page is English only. Every row has its text in at least
/// one of them.
///
/// # Examples
///
/// ```
/// use msdk_codes::Language;
///
/// assert_eq!("zh".parse(), Ok(Language::Chinese));
/// assert_eq!(Language::Chinese.tag(), "zh");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Language {
    /// English (`en`).
    English,
    /// Simplified Chinese, as MSDK's Chinese pages write it (`zh`).
    Chinese,
}

impl Language {
    /// Every language, English first.
    pub const ALL: [Language; 2] = [Language::English, Language::Chinese];

    /// The BCP 47 tag: `en` or `zh`.
    #[must_use]
    pub const fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Chinese => "zh",
        }
    }
}

impl fmt::Display for Language {
    /// The tag: `en` or `zh`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

impl FromStr for Language {
    type Err = ParseError;

    /// `en`, `english`, `zh`, `zh-cn`, `chinese` or `中文`, in any case.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        let is = |word: &str| s.eq_ignore_ascii_case(word);
        if is("en") || is("english") {
            Ok(Language::English)
        } else if is("zh") || is("zh-cn") || is("zh_cn") || is("chinese") || s == "中文" {
            Ok(Language::Chinese)
        } else {
            Err(ParseError::new(Kind::Language))
        }
    }
}

/// A row's description and solution in one language.
///
/// [`text`](crate::QqPlatformCode::text) gives the row's text in the
/// language asked for, or in the other one where the source has no text in
/// that language: [`language`](Text::language) says which it is.
///
/// # Examples
///
/// ```
/// use msdk_codes::{Language, QqPlatformCode};
///
/// let text = QqPlatformCode::AccessTokenDeprecated.text(Language::Chinese);
/// assert_eq!(text.language(), Language::Chinese);
/// assert_eq!(text.description(), "access_token已废除");
/// assert_eq!(text.solution(), Some("重新授权"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Text {
    language: Language,
    description: &'static str,
    solution: Option<&'static str>,
}

impl Text {
    /// The language the text is in.
    #[must_use]
    pub const fn language(self) -> Language {
        self.language
    }

    /// What the code means, verbatim from the source in that language.
    #[must_use]
    #[inline]
    pub const fn description(self) -> &'static str {
        self.description
    }

    /// The recommended handling, verbatim, if the source gives one.
    #[must_use]
    #[inline]
    pub const fn solution(self) -> Option<&'static str> {
        self.solution
    }

    /// A row's text in `language`, from its English and Chinese
    /// `[description, solution]` ("" for none): the other language's where
    /// the row has no description in `language`.
    #[must_use]
    #[inline]
    pub(crate) const fn choose(
        language: Language,
        english: [&'static str; 2],
        chinese: [&'static str; 2],
    ) -> Text {
        let has_english = !english[0].is_empty() || chinese[0].is_empty();
        let language = match language {
            Language::Chinese if !chinese[0].is_empty() => Language::Chinese,
            Language::English if has_english => Language::English,
            Language::English => Language::Chinese,
            Language::Chinese => Language::English,
        };
        let [description, solution] = match language {
            Language::English => english,
            Language::Chinese => chinese,
        };
        Text {
            language,
            description,
            solution: if solution.is_empty() {
                None
            } else {
                Some(solution)
            },
        }
    }
}

impl fmt::Display for Text {
    /// The description, and the solution after a space where there is one.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.description)?;
        if let Some(solution) = self.solution {
            write!(f, " {solution}")?;
        }
        Ok(())
    }
}
