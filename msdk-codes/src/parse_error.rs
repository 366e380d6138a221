use core::fmt;

/// The error of parsing an [`Action`](crate::Action) from a word or a
/// [`Table`](crate::Table) from an id that is not one, or a
/// [`Language`](crate::Language) from a tag.
///
/// # Examples
///
/// ```
/// use msdk_codes::{Action, Table};
///
/// let err = "maybe".parse::<Action>().unwrap_err();
/// assert!(err.to_string().starts_with("not an action word; the words are success, retry"));
/// let err = "qq".parse::<Table>().unwrap_err();
/// assert!(err.to_string().starts_with("not a table id; the ids are qq-platform, qq-group"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ParseError {
    kind: Kind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Kind {
    Action,
    Table,
    Language,
}

impl ParseError {
    pub(crate) const fn new(kind: Kind) -> Self {
        ParseError { kind }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            Kind::Action => {
                f.write_str("not an action word; the words are ")?;
                list(f, crate::Action::ALL.iter().map(|action| action.as_str()))
            }
            Kind::Table => {
                f.write_str("not a table id; the ids are ")?;
                list(f, crate::Table::ALL.iter().map(|table| table.id()))
            }
            Kind::Language => f.write_str("not a language; use en or zh"),
        }
    }
}

fn list<'a>(f: &mut fmt::Formatter<'_>, words: impl Iterator<Item = &'a str>) -> fmt::Result {
    for (i, word) in words.enumerate() {
        if i > 0 {
            f.write_str(", ")?;
        }
        f.write_str(word)?;
    }
    Ok(())
}

impl core::error::Error for ParseError {}

/// Deserializes a `T` from its text form (a string), through `FromStr`.
#[cfg(feature = "serde")]
pub(crate) fn deserialize_str<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: core::str::FromStr<Err = ParseError>,
{
    struct Visitor<T>(core::marker::PhantomData<T>);

    impl<T: core::str::FromStr<Err = ParseError>> serde::de::Visitor<'_> for Visitor<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a string")
        }

        fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<T, E> {
            text.parse()
                .map_err(|err| E::custom(format_args!("`{text}`: {err}")))
        }
    }

    deserializer.deserialize_str(Visitor(core::marker::PhantomData))
}
