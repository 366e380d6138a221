//! Declared columns: `http_status: u16` in the macro call, checked cell by
//! cell against its type and served by a `const fn` of the same name.

use proc_macro2::{Ident, Literal, Span, TokenStream, TokenTree};
use quote::{ToTokens, quote};

use crate::literal;

/// A column the macro call declares, with the type its cells must have.
#[derive(Debug, Clone)]
pub struct DeclaredColumn {
    /// The caller's doc comment for the column's accessor, line by line.
    pub docs: Vec<String>,
    pub name: Ident,
    pub ty: ColumnType,
}

/// The types a declared column may have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ColumnType {
    Bool,
    Char,
    Integer(Integer),
    Float(Float),
    Str,
    /// An empty cell is `None`.
    Option(Box<ColumnType>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Integer {
    pub name: &'static str,
    pub min: i128,
    pub max: i128,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Float {
    F32,
    F64,
}

/// The integer types, with their bounds. `isize` and `usize` take 64-bit
/// bounds; `u128` values stop at `i128::MAX`.
const INTEGERS: [Integer; 12] = [
    Integer {
        name: "i8",
        min: i8::MIN as i128,
        max: i8::MAX as i128,
    },
    Integer {
        name: "i16",
        min: i16::MIN as i128,
        max: i16::MAX as i128,
    },
    Integer {
        name: "i32",
        min: i32::MIN as i128,
        max: i32::MAX as i128,
    },
    Integer {
        name: "i64",
        min: i64::MIN as i128,
        max: i64::MAX as i128,
    },
    Integer {
        name: "i128",
        min: i128::MIN,
        max: i128::MAX,
    },
    Integer {
        name: "isize",
        min: i64::MIN as i128,
        max: i64::MAX as i128,
    },
    Integer {
        name: "u8",
        min: 0,
        max: u8::MAX as i128,
    },
    Integer {
        name: "u16",
        min: 0,
        max: u16::MAX as i128,
    },
    Integer {
        name: "u32",
        min: 0,
        max: u32::MAX as i128,
    },
    Integer {
        name: "u64",
        min: 0,
        max: u64::MAX as i128,
    },
    Integer {
        name: "u128",
        min: 0,
        max: i128::MAX,
    },
    Integer {
        name: "usize",
        min: 0,
        max: u64::MAX as i128,
    },
];

/// Whether `name` can name a column: lowercase letters, digits and `_`,
/// starting with a letter, as a CSV header and a method both allow.
pub fn is_snake_case(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

pub const SUPPORTED_TYPES: &str = "bool, char, an integer type (i8 to u128), f32, f64, &str, \
     or Option<T> of one of those";

/// One cell's value, checked against its column's type.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Bool(bool),
    Char(char),
    Integer(i128),
    Float(f64),
    Str(String),
    None,
    Some(Box<Value>),
}

impl ColumnType {
    /// The type from the macro call's tokens, or `None` when it is not
    /// supported.
    pub fn from_tokens(tokens: &[TokenTree]) -> Option<ColumnType> {
        let ident =
            |token: &TokenTree, name: &str| matches!(token, TokenTree::Ident(i) if i == name);
        let punct =
            |token: &TokenTree, ch: char| matches!(token, TokenTree::Punct(p) if p.as_char() == ch);
        match tokens {
            // `&str`, `&'static str`.
            [amp, str] if punct(amp, '&') && ident(str, "str") => Some(ColumnType::Str),
            [amp, tick, lifetime, str]
                if punct(amp, '&')
                    && punct(tick, '\'')
                    && ident(lifetime, "static")
                    && ident(str, "str") =>
            {
                Some(ColumnType::Str)
            }
            [option, open, inner @ .., close]
                if ident(option, "Option") && punct(open, '<') && punct(close, '>') =>
            {
                match ColumnType::from_tokens(inner)? {
                    ColumnType::Option(_) => None,
                    inner => Some(ColumnType::Option(Box::new(inner))),
                }
            }
            [TokenTree::Ident(name)] => match name.to_string().as_str() {
                "bool" => Some(ColumnType::Bool),
                "char" => Some(ColumnType::Char),
                "f32" => Some(ColumnType::Float(Float::F32)),
                "f64" => Some(ColumnType::Float(Float::F64)),
                name => INTEGERS
                    .into_iter()
                    .find(|integer| integer.name == name)
                    .map(ColumnType::Integer),
            },
            // A type from a macro_rules! expansion, in an invisible group.
            [TokenTree::Group(group)] if group.delimiter() == proc_macro2::Delimiter::None => {
                let inner: Vec<TokenTree> = group.stream().into_iter().collect();
                ColumnType::from_tokens(&inner)
            }
            _ => None,
        }
    }

    /// The type as the accessor returns it, by its full path.
    pub fn tokens(&self) -> TokenStream {
        match self {
            ColumnType::Bool => quote!(::core::primitive::bool),
            ColumnType::Char => quote!(::core::primitive::char),
            ColumnType::Integer(integer) => {
                let ident = Ident::new(integer.name, Span::call_site());
                quote!(::core::primitive::#ident)
            }
            ColumnType::Float(Float::F32) => quote!(::core::primitive::f32),
            ColumnType::Float(Float::F64) => quote!(::core::primitive::f64),
            ColumnType::Str => quote!(&'static ::core::primitive::str),
            ColumnType::Option(inner) => {
                let inner = inner.tokens();
                quote!(::core::option::Option<#inner>)
            }
        }
    }

    /// The type as a person writes it, for messages and docs.
    pub fn spelling(&self) -> String {
        match self {
            ColumnType::Bool => "bool".to_owned(),
            ColumnType::Char => "char".to_owned(),
            ColumnType::Integer(integer) => integer.name.to_owned(),
            ColumnType::Float(Float::F32) => "f32".to_owned(),
            ColumnType::Float(Float::F64) => "f64".to_owned(),
            ColumnType::Str => "&str".to_owned(),
            ColumnType::Option(inner) => format!("Option<{}>", inner.spelling()),
        }
    }

    /// Reads one cell. The error says what is wrong and how to write it.
    pub fn parse(&self, cell: &str) -> Result<Value, String> {
        let trimmed = cell.trim();
        match self {
            ColumnType::Option(inner) => {
                let empty = if **inner == ColumnType::Str {
                    cell.is_empty()
                } else {
                    trimmed.is_empty()
                };
                if empty {
                    Ok(Value::None)
                } else {
                    inner.parse(cell).map(|value| Value::Some(Box::new(value)))
                }
            }
            ColumnType::Str if cell.is_empty() => Err(self.empty()),
            ColumnType::Str => Ok(Value::Str(cell.to_owned())),
            ColumnType::Char if cell.is_empty() => Err(self.empty()),
            ColumnType::Char => literal::char(cell)
                .map(Value::Char)
                .ok_or_else(|| format!("`{cell}` is not one char; write exactly one character")),
            _ if trimmed.is_empty() => Err(self.empty()),
            ColumnType::Bool => literal::bool(trimmed)
                .map(Value::Bool)
                .ok_or_else(|| format!("`{trimmed}` is not a bool; write true or false")),
            ColumnType::Integer(integer) => {
                let value = literal::integer(trimmed).ok_or_else(|| {
                    format!(
                        "`{trimmed}` is not an integer; write it as Rust does: 404, -1, 0x1F, 1_000"
                    )
                })?;
                if (integer.min..=integer.max).contains(&value) {
                    Ok(Value::Integer(value))
                } else {
                    Err(format!(
                        "{trimmed} does not fit {} ({}..={}); write a value in that range or \
                         declare a wider type",
                        integer.name, integer.min, integer.max
                    ))
                }
            }
            ColumnType::Float(float) => {
                let value = literal::float(trimmed).ok_or_else(|| {
                    format!("`{trimmed}` is not a float; write it as Rust does: 1.5, -0.25, 2e3")
                })?;
                let finite = match float {
                    Float::F32 => (value as f32).is_finite(),
                    Float::F64 => value.is_finite(),
                };
                if finite {
                    Ok(Value::Float(value))
                } else {
                    Err(format!(
                        "{trimmed} does not fit {}; write a smaller value",
                        self.spelling()
                    ))
                }
            }
        }
    }

    fn empty(&self) -> String {
        format!(
            "the cell is empty; give it a {} value, or declare the column as Option<{}>",
            self.spelling(),
            self.spelling()
        )
    }
}

impl Value {
    /// The value as a Rust expression of its column's type.
    pub fn tokens(&self, ty: &ColumnType) -> TokenStream {
        match (self, ty) {
            (Value::Bool(value), _) => value.into_token_stream(),
            (Value::Char(value), _) => Literal::character(*value).into_token_stream(),
            (Value::Str(value), _) => Literal::string(value).into_token_stream(),
            (Value::Integer(value), _) => Literal::i128_unsuffixed(*value).into_token_stream(),
            (Value::Float(value), ColumnType::Float(Float::F32)) => {
                Literal::f32_unsuffixed(*value as f32).into_token_stream()
            }
            (Value::Float(value), _) => Literal::f64_unsuffixed(*value).into_token_stream(),
            (Value::None, _) => quote!(::core::option::Option::None),
            (Value::Some(value), ColumnType::Option(inner)) => {
                let value = value.tokens(inner);
                quote!(::core::option::Option::Some(#value))
            }
            (Value::Some(value), _) => value.tokens(ty),
        }
    }

    /// The value as the docs show it: `404`, `"text"`, `None`.
    pub fn display(&self) -> String {
        match self {
            Value::Bool(value) => value.to_string(),
            Value::Char(value) => format!("{value:?}"),
            Value::Str(value) => format!("{value:?}"),
            Value::Integer(value) => value.to_string(),
            Value::Float(value) => format!("{value:?}"),
            Value::None => "None".to_owned(),
            Value::Some(value) => format!("Some({})", value.display()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ty(text: &str) -> Option<ColumnType> {
        let tokens: Vec<TokenTree> = text.parse::<TokenStream>().unwrap().into_iter().collect();
        ColumnType::from_tokens(&tokens)
    }

    #[test]
    fn supported_types() {
        assert_eq!(ty("bool"), Some(ColumnType::Bool));
        assert_eq!(ty("&str"), Some(ColumnType::Str));
        assert_eq!(ty("&'static str"), Some(ColumnType::Str));
        assert_eq!(
            ty("Option<u32>").map(|t| t.spelling()).as_deref(),
            Some("Option<u32>")
        );
        assert_eq!(ty("f32"), Some(ColumnType::Float(Float::F32)));
        for bad in [
            "String",
            "&'a str",
            "&mut str",
            "Option<Option<u8>>",
            "Vec<u8>",
            "std::u8",
            "[u8; 2]",
            "Option<u8, u8>",
        ] {
            assert_eq!(ty(bad), None, "{bad}");
        }
    }

    #[test]
    fn cells_and_their_errors() {
        let u16 = ty("u16").unwrap();
        assert_eq!(u16.parse(" 404 "), Ok(Value::Integer(404)));
        assert_eq!(u16.parse("0x1F"), Ok(Value::Integer(31)));
        assert_eq!(
            u16.parse("70000").unwrap_err(),
            "70000 does not fit u16 (0..=65535); write a value in that range or declare a wider type"
        );
        assert!(u16.parse("").unwrap_err().starts_with("the cell is empty"));
        let option = ty("Option<u32>").unwrap();
        assert_eq!(option.parse(""), Ok(Value::None));
        assert_eq!(
            option.parse("5"),
            Ok(Value::Some(Box::new(Value::Integer(5))))
        );
        assert!(
            ty("bool")
                .unwrap()
                .parse("yes")
                .unwrap_err()
                .contains("not a bool")
        );
        assert_eq!(
            ty("&str").unwrap().parse(" a "),
            Ok(Value::Str(" a ".to_owned()))
        );
        assert_eq!(ty("Option<&str>").unwrap().parse(""), Ok(Value::None));
        assert!(ty("char").unwrap().parse("ab").is_err());
        assert!(
            ty("f32")
                .unwrap()
                .parse("1e39")
                .unwrap_err()
                .contains("does not fit f32")
        );
        assert_eq!(ty("f64").unwrap().parse("1e39"), Ok(Value::Float(1e39)));
        assert_eq!(ty("i8").unwrap().parse("-128"), Ok(Value::Integer(-128)));
    }

    #[test]
    fn values_become_expressions() {
        let option = ty("Option<f32>").unwrap();
        let value = option.parse("0.1").unwrap();
        assert_eq!(
            value.tokens(&option).to_string(),
            ":: core :: option :: Option :: Some (0.1)"
        );
        assert_eq!(value.display(), "Some(0.1)");
    }
}
