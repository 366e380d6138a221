//! The model to tokens: one enum and its API per table.

use std::path::Path;

use proc_macro2::{Literal, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::{Attribute, Ident, Visibility};

use crate::builtin::{BUILTINS, Builtin};
use crate::code_macro::{self, CodeRow, MacroTarget};
use crate::error::{Errors, TableError};
use crate::input::{Input, TableDecl};
use crate::phf;
use crate::table::{self, Row, Table};
use crate::valid;

pub fn expand(input: Input) -> TokenStream {
    match input {
        Input::Builtin => BUILTINS
            .iter()
            .map(|builtin| generate(&EnumSpec::builtin(builtin), builtin.csv.as_bytes()))
            .collect(),
        Input::Tables(decls) => decls.into_iter().map(expand_decl).collect(),
    }
}

/// What an enum is called and where its table came from: everything the
/// generated code needs besides the rows.
pub struct EnumSpec {
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub ident: Ident,
    pub id: String,
    pub title: String,
    pub source: String,
    /// The table's path for messages and docs, as the caller wrote it.
    pub file: String,
    /// An expression naming the CSV file, so that editing it rebuilds the caller.
    pub include: Option<TokenStream>,
    /// Runnable examples in the docs: only for the built-in tables, whose
    /// doc tests run in msdk-codes and not in the caller's crate.
    pub examples: bool,
    /// Where errors point: the path literal, or the call site.
    pub span: Span,
    /// Whether the enum sits at the root of the crate that calls the macro,
    /// so that its code macro can name it `$crate::Name` from anywhere.
    pub at_crate_root: bool,
}

impl EnumSpec {
    /// The caller's `#[cfg(..)]` attributes, for every item generated beside
    /// the enum: an enum that is compiled out takes its impls with it.
    fn cfg(&self) -> TokenStream {
        let cfgs = self.attrs.iter().filter(|attr| attr.path().is_ident("cfg"));
        quote!(#(#cfgs)*)
    }

    fn builtin(builtin: &Builtin) -> Self {
        EnumSpec {
            attrs: Vec::new(),
            vis: syn::parse_quote!(pub),
            ident: Ident::new(builtin.enum_name, Span::call_site()),
            id: builtin.id.to_owned(),
            title: builtin.title.to_owned(),
            source: format!("MSDK \"QQ return codes\" (10/22/2024), {}", builtin.section),
            file: builtin.file.to_owned(),
            include: None,
            examples: true,
            span: Span::call_site(),
            at_crate_root: true,
        }
    }

    /// A `pub` enum named `name` for the table in `file`, with no attributes
    /// and no file to include: for tests and benchmarks.
    #[cfg(test)]
    pub fn plain(name: &str, file: &str, title: &str) -> Self {
        EnumSpec {
            attrs: Vec::new(),
            vis: syn::parse_quote!(pub),
            ident: Ident::new(name, Span::call_site()),
            id: file.trim_end_matches(".csv").to_owned(),
            title: title.to_owned(),
            source: file.to_owned(),
            file: file.to_owned(),
            include: None,
            examples: false,
            span: Span::call_site(),
            at_crate_root: false,
        }
    }

    fn custom(decl: TableDecl) -> Self {
        let file = decl.path.value();
        let include = if Path::new(&file).is_absolute() {
            quote!(#file)
        } else {
            let relative = format!("/{file}");
            quote!(::core::concat!(::core::env!("CARGO_MANIFEST_DIR"), #relative))
        };
        let stem = Path::new(&file)
            .file_stem()
            .map_or_else(String::new, |s| s.to_string_lossy().replace('_', "-"));
        EnumSpec {
            title: decl.doc_title().unwrap_or_else(|| decl.ident.to_string()),
            attrs: decl.attrs,
            vis: decl.vis,
            ident: decl.ident,
            id: stem,
            source: file.clone(),
            file,
            include: Some(include),
            examples: false,
            span: decl.path.span(),
            at_crate_root: false,
        }
    }
}

fn expand_decl(decl: TableDecl) -> TokenStream {
    let spec = EnumSpec::custom(decl);
    match read_table(&spec.file) {
        Ok(bytes) => generate(&spec, &bytes),
        Err(message) => {
            let error = syn::Error::new(spec.span, message).to_compile_error();
            // No include_bytes! of a file that cannot be read: one error, not two.
            let spec = EnumSpec {
                include: None,
                ..spec
            };
            let stub = enum_tokens(&spec, &stub_table(), true);
            quote!(#error #stub)
        }
    }
}

/// Reads a table named relative to the calling crate's `CARGO_MANIFEST_DIR`.
fn read_table(file: &str) -> Result<Vec<u8>, String> {
    let base = std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default();
    let path = Path::new(&base).join(file);
    if path.is_dir() {
        return Err(format!(
            "`{file}` is a directory ({}); name a CSV file",
            path.display()
        ));
    }
    std::fs::read(&path).map_err(|err| {
        format!(
            "cannot read table `{file}` (looked for {}): {err}; paths are relative to the \
             directory of the calling crate's Cargo.toml",
            path.display()
        )
    })
}

/// What a table with errors becomes: one variant that no table can name, so
/// the stub has the whole API and its code macro has a value to expand to.
fn stub_table() -> Table {
    Table {
        byte_table: false,
        rows: vec![Row {
            line: 0,
            codes: crate::code::Codes::single(0),
            signed: None,
            unsigned: None,
            name: code_macro::STUB_VARIANT.to_owned(),
            description: "the table has errors".to_owned(),
            solution: None,
            action: crate::table::Action::None,
        }],
    }
}

/// Parse, validate, expand. On errors: one `compile_error!` per problem and
/// a stub enum with the whole API, so the caller sees no follow-on errors.
pub fn generate(spec: &EnumSpec, bytes: &[u8]) -> TokenStream {
    match check_table(&spec.file, bytes) {
        Ok(table) => enum_tokens(spec, &table, false),
        Err(errors) => {
            let errors = errors.iter().map(|error| {
                let message = error.to_string();
                quote_spanned!(spec.span=> ::core::compile_error!(#message);)
            });
            let stub = enum_tokens(spec, &stub_table(), true);
            quote!(#(#errors)* #stub)
        }
    }
}

/// The model of a table that follows every rule, or every rule it breaks.
pub fn check_table(file: &str, bytes: &[u8]) -> Result<Table, Vec<TableError>> {
    let mut errors = Errors::new(file);
    let table = table::parse(bytes, &mut errors);
    valid::check(&table, &mut errors);
    if errors.is_empty() {
        Ok(table)
    } else {
        Err(errors.into_vec())
    }
}

/// One row as the generated code sees it.
struct Variant<'a> {
    row: &'a Row,
    ident: Ident,
    byte_table: bool,
}

impl Variant<'_> {
    /// What `code()` adds to the stored code: in a byte table, the shift to
    /// the signed form.
    fn shift(&self) -> i32 {
        if self.byte_table {
            self.row.signed_shift().unwrap_or(0)
        } else {
            0
        }
    }

    /// `from_code`'s arm(s) for the row; in a byte table the signed form too.
    fn lookup_arm(&self) -> TokenStream {
        let ident = &self.ident;
        let codes = self.row.codes;
        let shift = self.shift();
        if codes.is_range() {
            let some = quote! {
                match ::msdk_codes::CodeInRange::new(code) {
                    ::core::option::Option::Some(code) => ::core::option::Option::Some(Self::#ident(code)),
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            };
            let unsigned = range_pattern(codes.low, codes.high);
            if shift == 0 {
                quote!(#unsigned => { #some })
            } else {
                let signed = range_pattern(codes.low + shift, codes.high + shift);
                let unshift = Literal::i32_unsuffixed(-shift);
                quote! {
                    #unsigned => { #some }
                    #signed => { let code = code + #unshift; #some }
                }
            }
        } else {
            let code = Literal::i32_unsuffixed(codes.first);
            let signed = (shift != 0).then(|| {
                let signed = Literal::i32_unsuffixed(codes.first + shift);
                quote!(| #signed)
            });
            quote!(#code #signed => ::core::option::Option::Some(Self::#ident),)
        }
    }

    fn code_arm(&self) -> TokenStream {
        let ident = &self.ident;
        let shift = self.shift();
        if !self.row.codes.is_range() {
            let code = Literal::i32_unsuffixed(self.row.codes.first + shift);
            quote!(Self::#ident => #code)
        } else if shift != 0 {
            let shift = Literal::i32_unsuffixed(shift);
            quote!(Self::#ident(code) => code.get() + #shift)
        } else {
            quote!(Self::#ident(code) => code.get())
        }
    }

    fn range_type(&self) -> TokenStream {
        let low = Literal::i32_unsuffixed(self.row.codes.low);
        let high = Literal::i32_unsuffixed(self.row.codes.high);
        quote!(::msdk_codes::CodeInRange<{ #low }, { #high }>)
    }

    /// A pattern matching every value of the variant.
    fn pattern(&self) -> TokenStream {
        let ident = &self.ident;
        if self.row.codes.is_range() {
            quote!(Self::#ident(_))
        } else {
            quote!(Self::#ident)
        }
    }

    /// The value holding `stored` (a code of the row, unsigned for bytes),
    /// without the enum's path before it.
    fn value(&self, stored: i32) -> TokenStream {
        let ident = &self.ident;
        if self.row.codes.is_range() {
            // The range's bounds are inferred from the variant's field.
            let stored = Literal::i32_unsuffixed(stored);
            quote!(#ident(::msdk_codes::CodeInRange::new_const::<{ #stored }>()))
        } else {
            quote!(#ident)
        }
    }

    fn declaration(&self) -> TokenStream {
        let ident = &self.ident;
        // One attribute for all the lines: fewer tokens to build and parse.
        let doc = self.docs().join("\n");
        let docs = quote!(#[doc = #doc]);
        if self.row.codes.is_range() {
            let range = self.range_type();
            quote!(#docs #ident(#range))
        } else {
            quote!(#docs #ident)
        }
    }

    fn docs(&self) -> Vec<String> {
        let row = self.row;
        let codes = &row.codes;
        let mut head = if self.byte_table {
            let shift = self.shift();
            let hex = if codes.is_range() {
                format!("0x{:02x}~0x{:02x}", codes.first, codes.last())
            } else {
                format!("0x{:02x}", codes.first)
            };
            let signed = if codes.is_range() {
                format!("{}~{}", codes.first + shift, codes.last() + shift)
            } else {
                (codes.first + shift).to_string()
            };
            format!("`{hex}` (signed `{signed}`, unsigned `{codes}`)")
        } else if codes.is_range() {
            format!("`{codes}`")
        } else {
            format!("`{}`", codes.first)
        };
        if codes.is_range() {
            head.push_str(&format!(" ({} codes)", codes.count()));
        }
        let mut docs = vec![format!(" {head}: {}", escape_markdown(&row.description))];
        if let Some(solution) = &row.solution {
            docs.push(String::new());
            docs.push(format!(" Solution: {}", escape_markdown(solution)));
        }
        docs.push(String::new());
        docs.push(format!(" Action: `{}`.", row.action.word()));
        docs
    }
}

fn range_pattern(low: i32, high: i32) -> TokenStream {
    let (low, high) = (Literal::i32_unsuffixed(low), Literal::i32_unsuffixed(high));
    quote!(#low..=#high)
}

fn plural(count: u64, noun: &str) -> String {
    if count == 1 {
        noun.to_owned()
    } else {
        format!("{noun}s")
    }
}

/// Text from a table, made safe to show as Markdown in rustdoc: no emphasis,
/// links or HTML tags that the source did not mean.
fn escape_markdown(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~'
        ) {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

/// The enum and everything around it. `stub`: the table had errors, and this
/// is the stand-in that keeps the caller's code free of follow-on errors.
pub fn enum_tokens(spec: &EnumSpec, table: &Table, stub: bool) -> TokenStream {
    let variants: Vec<Variant> = table
        .rows
        .iter()
        .map(|row| Variant {
            row,
            ident: format_ident!("{}", row.name),
            byte_table: table.byte_table,
        })
        .collect();
    let ident = &spec.ident;
    let vis = &spec.vis;
    let attrs = &spec.attrs;
    let enum_docs = enum_docs(spec, table).join("\n");
    let enum_docs = quote!(#[doc = #enum_docs]);
    let declarations = variants.iter().map(Variant::declaration);
    let cfg = spec.cfg();
    let include = spec.include.as_ref().map(|path| {
        quote!(
            #cfg
            const _: &[::core::primitive::u8] = ::core::include_bytes!(#path);
        )
    });
    let api = api_tokens(spec, &variants);
    let row_constants = row_constants(spec, &variants);
    let code_macro = code_macro_tokens(spec, table, &variants, stub);
    quote! {
        #(#attrs)*
        #enum_docs
        #[derive(
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::fmt::Debug,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::hash::Hash,
            ::core::cmp::PartialOrd,
            ::core::cmp::Ord,
        )]
        #vis enum #ident {
            #(#declarations,)*
        }
        #include
        #api
        #row_constants
        #code_macro
    }
}

/// `from_code`'s body: a perfect hash (one multiply, one shift, one load, one
/// compare) when the search finds one, else a `match`.
fn lookup_tokens(ident: &Ident, variants: &[Variant]) -> (TokenStream, TokenStream) {
    let mut keys = Vec::new();
    let mut values = Vec::new();
    for v in variants {
        let codes = v.row.codes;
        let forms = if v.shift() == 0 { 1 } else { 2 };
        if keys.len() as u64 + codes.count() * forms > phf::MAX_KEYS as u64 {
            return (no_lookup_bytes(), match_lookup(variants));
        }
        for stored in codes.low..=codes.high {
            let value = v.value(stored);
            keys.push(stored);
            values.push(value.clone());
            if v.shift() != 0 {
                keys.push(stored + v.shift());
                values.push(value);
            }
        }
    }
    let Some(hash) = phf::find(&keys) else {
        return (no_lookup_bytes(), match_lookup(variants));
    };
    let slots = hash.slots.iter().map(|slot| match slot {
        Some(index) => {
            let key = Literal::i32_unsuffixed(keys[*index]);
            let value = &values[*index];
            quote!((#key, Self::#value))
        }
        None => quote!(__EMPTY),
    });
    let empty_key = Literal::i32_unsuffixed(keys[0]);
    let empty_value = &values[0];
    let count = hash.slots.len();
    let multiplier = Literal::u32_unsuffixed(hash.multiplier);
    let shift = Literal::u32_unsuffixed(hash.shift());
    // An empty slot holds the first key, which lands elsewhere, so no code
    // that lands on an empty slot can equal its key.
    let items = quote! {
        /// `from_code`'s perfect hash table: `(code, value)` per slot.
        const LOOKUP_SLOTS: [(::core::primitive::i32, Self); #count] = {
            // An inner constant cannot name `Self`, so it names the enum.
            const __EMPTY: (::core::primitive::i32, #ident) = (#empty_key, #ident::#empty_value);
            [#(#slots),*]
        };

        /// The bytes of `from_code`'s table, for the benchmarks' report.
        #[doc(hidden)]
        pub const __LOOKUP_BYTES: ::core::primitive::usize =
            ::core::mem::size_of::<[(::core::primitive::i32, Self); #count]>();
    };
    let body = quote! {
        let hash = ::core::primitive::u32::from_ne_bytes(code.to_ne_bytes()).wrapping_mul(#multiplier);
        let (key, value) = Self::LOOKUP_SLOTS[(hash >> #shift) as ::core::primitive::usize];
        if key == code {
            ::core::option::Option::Some(value)
        } else {
            ::core::option::Option::None
        }
    };
    (items, body)
}

fn no_lookup_bytes() -> TokenStream {
    quote! {
        #[doc(hidden)]
        pub const __LOOKUP_BYTES: ::core::primitive::usize = 0;
    }
}

fn match_lookup(variants: &[Variant]) -> TokenStream {
    let arms = variants.iter().map(Variant::lookup_arm);
    quote! {
        match code {
            #(#arms)*
            _ => ::core::option::Option::None,
        }
    }
}

/// For each range row, a constant per code (`RowAt<ROW, CODE>::VALUE`): what
/// the code macro expands to, usable as a pattern and as an expression.
fn row_constants(spec: &EnumSpec, variants: &[Variant]) -> TokenStream {
    let ident = &spec.ident;
    let cfg = spec.cfg();
    variants
        .iter()
        .enumerate()
        .filter(|(_, v)| v.row.codes.is_range())
        .map(|(index, v)| {
            let variant = &v.ident;
            let range = v.range_type();
            quote! {
                #cfg
                #[automatically_derived]
                #[allow(deprecated)]
                impl<const CODE: ::core::primitive::i32> ::msdk_codes::__private::RowAt<#index, CODE> for #ident {
                    const VALUE: Self = Self::#variant(<#range>::new_const::<CODE>());
                }
            }
        })
        .collect()
}

fn code_macro_tokens(
    spec: &EnumSpec,
    table: &Table,
    variants: &[Variant],
    stub: bool,
) -> TokenStream {
    let ident = &spec.ident;
    let name = code_macro::snake_case(&ident.to_string());
    let Ok(macro_name) = syn::parse_str::<Ident>(&name) else {
        let message = format!(
            "the code macro of `{ident}` would be named `{name}`, which is a Rust keyword; \
             rename the enum"
        );
        return syn::Error::new(ident.span(), message).to_compile_error();
    };
    let (krate, enum_path) = if spec.at_crate_root {
        (quote!($crate), quote!($crate::#ident))
    } else {
        (quote!(::msdk_codes), quote!(#ident))
    };
    let rows: Vec<CodeRow> = variants
        .iter()
        .enumerate()
        .map(|(index, v)| CodeRow {
            name: v.ident.clone(),
            index,
            low: v.row.codes.low,
            high: v.row.codes.high,
            shift: v.shift(),
            description: (!spec.at_crate_root).then(|| v.row.description.clone()),
        })
        .collect();
    let what = code_macro::what(&spec.title, &ident.to_string());
    let docs = code_macro_docs(spec, table, &macro_name);
    let target = MacroTarget {
        krate,
        enum_path,
        export: matches!(spec.vis, Visibility::Public(_)),
        builtin: if spec.at_crate_root {
            spec.id.clone()
        } else {
            String::new()
        },
        stub,
    };
    let definition = code_macro::definition(&macro_name, &target, &what, &rows, &docs);
    let cfg = spec.cfg();
    let reexport = match &spec.vis {
        Visibility::Public(_) | Visibility::Inherited => None,
        vis => Some(quote! {
            #cfg
            #[allow(unused_imports)]
            #vis use #macro_name;
        }),
    };
    quote!(#cfg #definition #reexport)
}

fn code_macro_docs(spec: &EnumSpec, table: &Table, macro_name: &Ident) -> Vec<String> {
    let ident = &spec.ident;
    let mut docs = vec![
        format!(" The [`{ident}`] value for a code, checked at compile time."),
        String::new(),
        format!(
            " `{macro_name}!(CODE)` works as a pattern and as an expression. CODE is an integer \
             in decimal or hex; several codes joined by `|` make an or-pattern. A code the \
             table does not know fails the build, naming the nearest known codes."
        ),
        String::new(),
        " A code of a range row stands for the value holding exactly that code: as a pattern \
         it matches that one code, not the whole row (match the variant with `(_)` for the \
         whole row)."
            .to_owned(),
    ];
    if table.byte_table {
        docs.push(String::new());
        docs.push(
            " The codes are bytes: the signed and the unsigned form (`-1` and `255`) give the \
             same value."
                .to_owned(),
        );
    }
    if !spec.at_crate_root {
        docs.push(String::new());
        docs.push(format!(
            " It expands to `{ident}::Variant`, so `{ident}` must be in scope where it is called."
        ));
    }
    if spec.examples {
        if let Some(row) = table.rows.iter().find(|row| !row.codes.is_range()) {
            let code =
                row.codes.first + row.signed_shift().filter(|_| table.byte_table).unwrap_or(0);
            let name = &row.name;
            docs.extend([
                String::new(),
                " # Examples".to_owned(),
                String::new(),
                " ```".to_owned(),
                format!(" use msdk_codes::{{{macro_name}, {ident}}};"),
                String::new(),
                format!(" let code = {ident}::from_code({code}).unwrap();"),
                " let known = match code {".to_owned(),
                format!("     {macro_name}!({code}) => true,"),
                "     _ => false,".to_owned(),
                " };".to_owned(),
                " assert!(known);".to_owned(),
                format!(" assert_eq!({macro_name}!({code}), {ident}::{name});"),
                " ```".to_owned(),
            ]);
        }
    }
    docs
}

fn enum_docs(spec: &EnumSpec, table: &Table) -> Vec<String> {
    let codes: u64 = table.rows.iter().map(|row| row.codes.count()).sum();
    let mut docs = Vec::new();
    if spec.attrs.iter().all(|attr| !attr.path().is_ident("doc")) {
        docs.push(format!(" {}.", spec.title));
    }
    docs.push(String::new());
    docs.push(format!(
        " Generated by `msdk_codes!` from `{}`: {} {}, {} {}. Source: {}.",
        spec.file,
        table.rows.len(),
        plural(table.rows.len() as u64, "row"),
        codes,
        plural(codes, "code"),
        escape_markdown(&spec.source)
    ));
    docs.push(String::new());
    docs.push(
        " Values order by table row (the derived `Ord`), not by code. `FromStr` takes a \
         code in decimal or hex, or a variant name; a range row's name gives its first code."
            .to_owned(),
    );
    if table.byte_table {
        docs.push(String::new());
        docs.push(
            " The codes are bytes: `from_code` takes the signed and the unsigned form \
             (`0xff` is `-1` and `255`), and `code` returns the signed form, as the \
             table's `signed` column gives it."
                .to_owned(),
        );
    }
    if spec.examples {
        if let Some(example) = table.rows.iter().find(|row| !row.codes.is_range()) {
            docs.extend(enum_example(spec, table, example));
        }
    }
    docs
}

fn enum_example(spec: &EnumSpec, table: &Table, row: &Row) -> Vec<String> {
    let ty = &spec.ident;
    let name = &row.name;
    let code = if table.byte_table {
        row.codes.first + row.signed_shift().unwrap_or(0)
    } else {
        row.codes.first
    };
    let unknown = unknown_code(table);
    let lines = [
        String::new(),
        " # Examples".to_owned(),
        String::new(),
        " ```".to_owned(),
        format!(" use msdk_codes::{ty};"),
        String::new(),
        format!(" let code = {ty}::from_code({code}).unwrap();"),
        format!(" assert_eq!(code, {ty}::{name});"),
        format!(" assert_eq!(code.code(), {code});"),
        format!(" assert_eq!(code.name(), {name:?});"),
        format!(" assert_eq!(code.description(), {:?});", row.description),
        format!(
            " assert_eq!(code.solution(), {:?});",
            row.solution.as_deref()
        ),
        format!(
            " assert_eq!(code.action(), msdk_codes::Action::{});",
            row.action.variant()
        ),
        format!(
            " assert_eq!(code.to_string(), {:?});",
            format!("{code}: {}", row.description)
        ),
        format!(" assert_eq!(\"{code}\".parse::<{ty}>(), Ok(code));"),
        format!(" assert_eq!(\"{name}\".parse::<{ty}>(), Ok(code));"),
        format!(" assert_eq!({ty}::try_from({code}), Ok(code));"),
        format!(" assert_eq!({ty}::from_code({unknown}), None);"),
        format!(" assert!({ty}::try_from({unknown}).is_err());"),
        format!(" assert_eq!({ty}::TABLE.id(), {:?});", spec.id),
        format!(" assert_eq!({ty}::ALL.len(), {});", table.rows.len()),
        " ```".to_owned(),
    ];
    lines.into_iter().collect()
}

/// A code the table does not know, for examples.
fn unknown_code(table: &Table) -> i32 {
    (1_000_000_000..)
        .find(|code| !table.rows.iter().any(|row| row.codes.contains(*code)))
        .unwrap_or(i32::MAX)
}

fn api_tokens(spec: &EnumSpec, variants: &[Variant]) -> TokenStream {
    let ident = &spec.ident;
    let cfg = spec.cfg();
    let (id, title, source) = (&spec.id, &spec.title, &spec.source);
    let all = variants.iter().map(|v| v.value(v.row.codes.first));

    // A range row's code is in its value; every other row's is its first.
    let range_code_arms: Vec<TokenStream> = variants
        .iter()
        .filter(|v| v.row.codes.is_range())
        .map(Variant::code_arm)
        .collect();
    let code = if range_code_arms.len() == variants.len() {
        quote!(match self { #(#range_code_arms,)* })
    } else if range_code_arms.is_empty() {
        quote!(Self::__CODES[self.row()].0)
    } else {
        quote!(match self { #(#range_code_arms,)* _ => Self::__CODES[self.row()].0 })
    };
    let row_codes = variants.iter().map(|v| {
        let shift = v.shift();
        let low = Literal::i32_unsuffixed(v.row.codes.low + shift);
        let high = Literal::i32_unsuffixed(v.row.codes.high + shift);
        quote!((#low, #high))
    });
    let rows = variants.len();
    // A fieldless enum's discriminants are its rows; one with fields matches.
    let row = if variants.iter().any(|v| v.row.codes.is_range()) {
        let arms = variants.iter().enumerate().map(|(index, v)| {
            let pattern = v.pattern();
            quote!(#pattern => #index)
        });
        quote!(match self { #(#arms,)* })
    } else {
        quote!(self as ::core::primitive::usize)
    };
    let names = variants.iter().map(|v| &v.row.name);
    let descriptions = variants.iter().map(|v| &v.row.description);
    // "" for no solution: a solution is never empty (the parser makes an
    // empty cell `None`), and a bare string is one token instead of eight.
    let solutions = variants
        .iter()
        .map(|v| v.row.solution.as_deref().unwrap_or(""));
    // Indexes into `Action::ALL`, which lists the actions in the same order.
    let actions = variants.iter().map(|v| {
        let index = crate::table::Action::ALL
            .iter()
            .position(|action| *action == v.row.action)
            .unwrap_or(0);
        Literal::u8_unsuffixed(index as u8)
    });
    let (lookup_items, lookup) = lookup_tokens(ident, variants);

    quote! {
        #cfg
        #[allow(deprecated, clippy::too_many_lines, clippy::unreadable_literal)]
        impl #ident {
            /// The table this enum was generated from: its id, title and source.
            pub const TABLE: ::msdk_codes::TableInfo =
                ::msdk_codes::__private::table_info(#id, #title, #source);

            /// One value per row, in table order; a range row appears once, with its first code.
            pub const ALL: &'static [Self] = &[#(Self::#all),*];

            #lookup_items

            /// The value for `code`, or `None` when the table does not know it.
            #[must_use]
            #[allow(clippy::cast_possible_truncation)]
            pub const fn from_code(code: ::core::primitive::i32) -> ::core::option::Option<Self> {
                #lookup
            }

            /// The code this value stands for.
            #[must_use]
            pub const fn code(self) -> ::core::primitive::i32 {
                #code
            }

            /// The row's index in `ALL`.
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            const fn row(self) -> ::core::primitive::usize {
                #row
            }
        }

        // What is the same for every table, a macro of the runtime crate
        // writes from the rows' data: that costs the compiler less than
        // tokens built here.
        #cfg
        ::msdk_codes::__impl_rows! {
            #ident;
            rows: #rows;
            codes: [#(#row_codes),*];
            names: [#(#names),*];
            descriptions: [#(#descriptions),*];
            solutions: [#(#solutions),*];
            actions: [#(#actions),*];
        }

        #cfg
        ::msdk_codes::__impl_traits!(#ident);

        #cfg
        ::msdk_codes::__impl_serde!(#ident);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(name: &str) -> EnumSpec {
        EnumSpec::plain(name, "t.csv", "Test codes")
    }

    /// The expansion without spaces, so that expectations do not depend on
    /// how tokens print.
    fn tokens(csv: &str) -> String {
        squash(&generate(&spec("TestCode"), csv.as_bytes()).to_string())
    }

    fn squash(text: &str) -> String {
        text.replace(' ', "")
    }

    fn contains(out: &str, expected: TokenStream) {
        let expected = squash(&expected.to_string());
        assert!(out.contains(&expected), "expected\n{expected}\nin\n{out}");
    }

    #[test]
    fn every_builtin_table_is_valid() {
        for builtin in &BUILTINS {
            if let Err(errors) = check_table(builtin.file, builtin.csv.as_bytes()) {
                panic!("{}: {errors:#?}", builtin.file);
            }
        }
    }

    #[test]
    fn single_codes_become_unit_variants() {
        let out =
            tokens("code,name,description,solution,action\n-21,Expired,gone,Log in,reauthorize\n");
        contains(
            &out,
            quote! {
                #[doc = " `-21`: gone\n\n Solution: Log in\n\n Action: `reauthorize`."]
                Expired,
            },
        );
        // The slot, not only the empty-slot filler (which also holds -21).
        contains(
            &out,
            quote!(
                const __EMPTY: (::core::primitive::i32, TestCode) = (-21, TestCode::Expired);
            ),
        );
        contains(&out, quote!((-21, Self::Expired)));
        contains(&out, quote!(codes: [(-21, -21)];));
        contains(
            &out,
            quote!(
                const fn row(self) -> ::core::primitive::usize {
                    self as ::core::primitive::usize
                }
            ),
        );
        // `reauthorize` is the third word of the vocabulary.
        contains(
            &out,
            quote! {
                ::msdk_codes::__impl_rows! {
                    TestCode;
                    rows: 1usize;
                    codes: [(-21, -21)];
                    names: ["Expired"];
                    descriptions: ["gone"];
                    solutions: ["Log in"];
                    actions: [2];
                }
            },
        );
    }

    #[test]
    fn ranges_carry_their_code() {
        let out = tokens("code,name,description\n-500003 ~ -500009,ParseFailed,bad\n");
        let range = quote!(::msdk_codes::CodeInRange<{ -500009 }, { -500003 }>);
        contains(&out, quote!(ParseFailed(#range)));
        contains(&out, quote!(Self::ParseFailed(code) => code.get()));
        contains(
            &out,
            // Braces keep rustfmt out of the expected tokens.
            quote! { &[Self::ParseFailed(::msdk_codes::CodeInRange::new_const::<{ -500003 }>())] },
        );
        for code in -500_009..=-500_003 {
            let code = Literal::i32_unsuffixed(code);
            contains(
                &out,
                quote!((#code, Self::ParseFailed(::msdk_codes::CodeInRange::new_const::<{ #code }>()))),
            );
        }
        contains(&out, quote!(Self::ParseFailed(_) => 0usize));
    }

    #[test]
    fn byte_tables_accept_both_forms() {
        let out = tokens(
            "code,signed,unsigned,name,description\n\
             0x9b,-101,155,SendFailed,failed\n\
             0x70,-144,112,Frozen,frozen\n\
             0x5,5,5,NotConfigured,nc\n\
             0x90~0x91,,,Pair,pair\n",
        );
        contains(&out, quote!((155, TestCode::SendFailed);));
        contains(&out, quote!((155, Self::SendFailed)));
        contains(&out, quote!((-101, Self::SendFailed)));
        contains(
            &out,
            quote!(codes: [(-101, -101), (-144, -144), (5, 5), (-112, -111)];),
        );
        contains(&out, quote!((112, Self::Frozen)));
        contains(&out, quote!((-144, Self::Frozen)));
        contains(&out, quote!((5, Self::NotConfigured)));
        assert!(!out.contains("(-251,Self::NotConfigured)"), "{out}");
        contains(
            &out,
            quote! { (-112, Self::Pair(::msdk_codes::CodeInRange::new_const::<{ 144 }>())) },
        );
        contains(&out, quote!(Self::Pair(code) => code.get() + -256));
    }

    #[test]
    fn large_tables_keep_a_match() {
        let out = tokens("code,signed,unsigned,name,description\n0x90~0x91,,,Pair,pair\n");
        assert!(out.contains("LOOKUP_SLOTS"), "{out}");
        let out = tokens("code,name,description\n0~5000,Big,big\n7000,Seven,seven\n");
        assert!(!out.contains("LOOKUP_SLOTS"), "{out}");
        assert!(
            out.contains("0..=5000=>{match::msdk_codes::CodeInRange::new(code){"),
            "{out}"
        );
        contains(
            &out,
            quote!(7000 => ::core::option::Option::Some(Self::Seven),),
        );
    }

    #[test]
    fn the_expansion_holds_no_absolute_path() {
        let decl: TableDecl =
            syn::parse_str(r#"pub enum GroupCode => "tables/qq_group.csv""#).unwrap();
        let out = expand_decl(decl).to_string();
        let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").unwrap();
        assert!(!out.contains(&manifest_dir), "{out}");
        assert!(!out.contains("compile_error"), "{out}");
        let include = quote!(::core::include_bytes!(::core::concat!(
            ::core::env!("CARGO_MANIFEST_DIR"),
            "/tables/qq_group.csv"
        )));
        assert!(
            squash(&out).contains(&squash(&include.to_string())),
            "{out}"
        );
    }

    #[test]
    fn a_missing_file_names_the_path_it_tried() {
        let decl: TableDecl = syn::parse_str(r#"pub enum NoCode => "codes/none.csv""#).unwrap();
        let out = expand_decl(decl).to_string();
        assert!(
            out.contains("cannot read table `codes/none.csv` (looked for "),
            "{out}"
        );
        assert!(out.contains("/codes/none.csv)"), "{out}");
        assert!(!out.contains("include_bytes"), "{out}");
    }

    #[test]
    fn markdown_in_descriptions_is_escaped() {
        assert_eq!(
            escape_markdown("a <b> *c* [d] x_y"),
            "a \\<b\\> \\*c\\* \\[d\\] x\\_y"
        );
    }

    #[test]
    fn errors_become_compile_errors_and_a_stub() {
        let out = tokens("code,name,description\n1,A,a\n1,B,b\n");
        assert!(out.contains("compile_error"), "{out}");
        assert!(
            out.contains(&squash("t.csv:3: duplicate code 1: line 2")),
            "{out}"
        );
        assert!(out.contains("pubenumTestCode{"), "{out}");
        assert!(out.contains("__Unavailable,}"), "{out}");
        assert!(
            out.contains("macro_rules!test_code{($($code:tt)*)=>{TestCode::__Unavailable};}"),
            "{out}"
        );
    }
}
