//! The driver, and the model to tokens: one enum and its API per table.
//!
//! Everything the generated code needs beyond the documented API (the
//! lookup's arrays, `row()`, the per-row data) lives in one `const _: () =
//! { .. };` scope beside the enum, where no item of the caller's can meet it.

use proc_macro2::{Literal, TokenStream};
use quote::{quote, quote_spanned};

use crate::builtin::BUILTINS;
use crate::code_macro;
use crate::docs;
use crate::fallback;
use crate::input::Input;
use crate::load::{self, Failure, load};
use crate::lookup::{self, Discriminants, Lookup};
use crate::spec::{EnumSpec, Origin};
use crate::table::{Row, Table};
use crate::variant::{Variant, variants};

pub fn expand(input: Input) -> TokenStream {
    let krate = &input.krate;
    match input.tables {
        None => BUILTINS
            .iter()
            .map(|builtin| generate(&EnumSpec::builtin(builtin, krate), builtin.csv.as_bytes()))
            .collect(),
        Some(decls) => decls
            .into_iter()
            .map(|decl| {
                let (spec, path) = EnumSpec::custom(decl, krate);
                match load::read(&path, &spec.columns) {
                    Ok(bytes) => generate(&spec, &bytes),
                    Err(failure) => stub(&spec, &failure),
                }
            })
            .collect(),
    }
}

/// Parse, validate, expand. On errors: one `compile_error!` per problem and
/// a stub enum, so the caller sees no follow-on errors.
pub fn generate(spec: &EnumSpec, bytes: &[u8]) -> TokenStream {
    match load(&spec.file, bytes, &spec.columns) {
        Ok(table) => emit(spec, &table, &Mode::Valid),
        Err(failure) => stub(spec, &failure),
    }
}

/// The stub enum of a table that failed, and its errors. A file that could
/// not be read gets no `include_bytes!` of its own: one error, not two.
fn stub(spec: &EnumSpec, failure: &Failure) -> TokenStream {
    let table = fallback::stub_table(&failure.partial);
    let mode = Mode::Stub {
        include: failure.read,
        errors: fallback::messages(&failure.errors),
    };
    emit(spec, &table, &mode)
}

enum Mode {
    Valid,
    /// The table had errors: the stand-in that keeps the caller's code free
    /// of follow-on errors. `include`: the file exists, so editing it
    /// rebuilds the caller.
    Stub {
        include: bool,
        errors: Vec<String>,
    },
}

/// The enum and everything around it.
fn emit(spec: &EnumSpec, table: &Table, mode: &Mode) -> TokenStream {
    let stub = !matches!(mode, Mode::Valid);
    let variants = variants(table);
    let (ident, vis, attrs) = (&spec.ident, &spec.vis, &spec.attrs);
    let cfg = spec.cfg();
    let enum_docs = docs::enum_docs(spec, table);
    // A table without range rows (and without errors) has its codes as
    // discriminants, so that `Variant as i32` is the code; with a range row
    // no variant can be cast, and the discriminants are the rows.
    let discriminants = if !stub && variants.iter().all(|v| !v.is_range()) {
        Discriminants::Codes
    } else {
        Discriminants::Rows
    };
    // Once, not per row: a row's docs say when the Chinese source lacks it.
    let chinese = table.rows.iter().any(|row| row.description_zh.is_some());
    let declarations = variants.iter().map(|v| {
        let name = &v.ident;
        let doc = docs::variant_docs(table, chinese, v.row, v.shift());
        if v.is_range() {
            let range = v.range_type(spec);
            quote!(#[doc = #doc] #name(#range))
        } else if discriminants == Discriminants::Codes {
            let code = Literal::i32_unsuffixed(v.row.codes.low);
            quote!(#[doc = #doc] #name = #code)
        } else {
            quote!(#[doc = #doc] #name)
        }
    });
    let include = match (&spec.origin, mode) {
        (Origin::Custom { include, .. }, Mode::Valid | Mode::Stub { include: true, .. })
            if !include.is_empty() =>
        {
            Some(quote! {
                #cfg
                const _: &[::core::primitive::u8] = ::core::include_bytes!(#include);
            })
        }
        _ => None,
    };
    let lookup = if stub {
        lookup::stub(spec, &variants)
    } else {
        lookup::lookup(spec, &variants, discriminants)
    };
    let mut scope = scope(spec, table, &variants, &lookup, discriminants, stub);
    if let Mode::Stub { errors, .. } = mode {
        scope.extend(fallback::errors(spec, errors));
    }
    let code_macro = code_macro::definition(spec, table, &variants, stub);
    quote! {
        #(#attrs)*
        #[doc = #enum_docs]
        #[derive(
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::hash::Hash,
        )]
        #vis enum #ident {
            #(#declarations,)*
        }
        #include
        #cfg
        #[allow(deprecated, clippy::unreadable_literal, clippy::too_many_lines)]
        const _: () = {
            #scope
        };
        #code_macro
    }
}

/// The generated scope: the lookup, the per-row data, the inherent API and
/// the trait impls.
fn scope(
    spec: &EnumSpec,
    table: &Table,
    variants: &[Variant],
    lookup: &Lookup,
    discriminants: Discriminants,
    stub: bool,
) -> TokenStream {
    let (ident, krate) = (&spec.ident, &spec.krate);
    let rows = variants.len();
    let (id, title, source, file) = (&spec.id, &spec.title, &spec.source, &spec.file);
    let (byte_table, hex) = (table.byte_table, table.hex);
    let Lookup {
        items,
        from_code,
        bytes,
    } = lookup;
    let arms = variants.iter().filter(|v| v.is_range()).map(|v| {
        let variant = &v.ident;
        quote!(#ident::#variant(code) => code.get(),)
    });
    let code = match discriminants {
        Discriminants::Codes => quote!(self as ::core::primitive::i32),
        Discriminants::Rows => quote! {
            match self {
                #(#arms)*
                #[allow(unreachable_patterns)]
                _ => CODES[row(self)].0,
            }
        },
    };
    let codes = variants.iter().map(|v| {
        let (low, high) = (
            Literal::i32_unsuffixed(v.row.codes.low),
            Literal::i32_unsuffixed(v.row.codes.high),
        );
        quote!((#low, #high))
    });
    let names = variants.iter().map(|v| &v.row.name);
    let text = text(spec, variants);
    let actions = variants
        .iter()
        .map(|v| Literal::u8_unsuffixed(v.row.action.index()));
    let signed = byte_table.then(|| {
        let shifts = variants.iter().map(|v| Literal::i32_unsuffixed(v.shift()));
        quote! {
            /// The code in the signed form the table's `signed` column gives
            /// (`-140` for `0x74`); `code()` is the byte.
            #[must_use]
            pub const fn signed(self) -> ::core::primitive::i32 {
                const SHIFTS: [::core::primitive::i32; #rows] = [#(#shifts),*];
                self.code() + SHIFTS[row(self)]
            }
        }
    });
    let columns = columns(table, stub);
    let traits = if byte_table {
        quote!(#krate::__private::impl_traits!(#ident, NAMES, value, bytes);)
    } else {
        quote!(#krate::__private::impl_traits!(#ident, NAMES, value);)
    };
    let serde = match &spec.origin {
        Origin::Builtin(_) => Some(quote! {
            #[cfg(feature = "serde")]
            #krate::__private::impl_serde!(#ident);
        }),
        Origin::Custom {
            serde: Some(span), ..
        } => Some(quote_spanned!(*span=> #krate::__private::impl_serde!(#ident);)),
        Origin::Custom { serde: None, .. } => None,
    };
    quote! {
        #items
        const CODES: [(::core::primitive::i32, ::core::primitive::i32); #rows] = [#(#codes),*];
        const NAMES: [&::core::primitive::str; #rows] = [#(#names),*];
        #text
        const ACTIONS: [::core::primitive::u8; #rows] = [#(#actions),*];

        impl #ident {
            /// The table this enum was generated from: its id, title, source and file.
            pub const TABLE: #krate::TableInfo =
                #krate::__private::table_info(#id, #title, #source, #file, #byte_table, #hex);

            /// One value per row, in table order; a range row appears once, with its first code.
            pub const ALL: #krate::Rows<Self> = #krate::__private::rows(#rows, value);

            /// The value for `code`, or `None` when the table does not know it.
            #[must_use]
            #[inline]
            pub const fn from_code(code: ::core::primitive::i32) -> ::core::option::Option<Self> {
                #from_code
            }

            /// The code this value stands for.
            #[must_use]
            #[inline]
            pub const fn code(self) -> ::core::primitive::i32 {
                #code
            }

            #signed
            #columns
        }

        #krate::__private::impl_rows!(#ident, row, CODES, NAMES, text, ACTIONS);
        #traits
        #serde

        #[automatically_derived]
        impl #krate::__private::LookupBytes for #ident {
            const BYTES: ::core::primitive::usize = #bytes;
        }
    }
}

/// The rows' text, and `const fn text(row, language)` over it. "" stands
/// for no text: the parser never keeps an empty cell, and a bare string is
/// one token instead of eight. A table without Chinese has no Chinese arrays.
fn text(spec: &EnumSpec, variants: &[Variant]) -> TokenStream {
    let krate = &spec.krate;
    let rows = variants.len();
    let cells = |cell: fn(&Row) -> Option<&str>| {
        let cells = variants.iter().map(move |v| cell(v.row).unwrap_or(""));
        quote!([&::core::primitive::str; #rows] = [#(#cells),*])
    };
    let descriptions = cells(|row| Some(row.description.as_str()));
    let solutions = cells(|row| row.solution.as_deref());
    let has_chinese = variants.iter().any(|v| v.row.description_zh.is_some());
    let (chinese_items, chinese) = if has_chinese {
        let descriptions_zh = cells(|row| row.description_zh.as_deref());
        let solutions_zh = cells(|row| row.solution_zh.as_deref());
        (
            quote! {
                const DESCRIPTIONS_ZH: #descriptions_zh;
                const SOLUTIONS_ZH: #solutions_zh;
            },
            quote!([DESCRIPTIONS_ZH[row], SOLUTIONS_ZH[row]]),
        )
    } else {
        (TokenStream::new(), quote!(["", ""]))
    };
    quote! {
        const DESCRIPTIONS: #descriptions;
        const SOLUTIONS: #solutions;
        #chinese_items
        const fn text(row: ::core::primitive::usize, language: #krate::Language) -> #krate::Text {
            #krate::__private::text(language, [DESCRIPTIONS[row], SOLUTIONS[row]], #chinese)
        }
    }
}

/// One `const fn` per declared column.
fn columns(table: &Table, stub: bool) -> TokenStream {
    let rows = table.rows.len();
    table
        .declared
        .iter()
        .enumerate()
        .map(|(index, column)| {
            let name = &column.name;
            let ty = column.ty.tokens();
            let docs = docs::column_docs(column);
            let body = if stub {
                quote! {
                    let _ = self;
                    ::core::panic!("the table has errors")
                }
            } else {
                let values = table
                    .rows
                    .iter()
                    .map(|row| row.values[index].tokens(&column.ty));
                quote! {
                    const VALUES: [#ty; #rows] = [#(#values),*];
                    VALUES[row(self)]
                }
            };
            quote! {
                #[doc = #docs]
                #[must_use]
                pub const fn #name(self) -> #ty {
                    #body
                }
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(name: &str) -> EnumSpec {
        EnumSpec::plain(name, "t.csv", "Test codes", Vec::new())
    }

    fn parse(text: &str) -> Input {
        crate::input::parse(text.parse().unwrap()).unwrap()
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
    fn single_codes_become_unit_variants_whose_discriminant_is_the_code() {
        let out =
            tokens("code,name,description,solution,action\n-21,Expired,gone,Log in,reauthorize\n");
        contains(
            &out,
            quote! {
                #[doc = " `-21`: gone\n\n Solution: Log in\n\n Action: `reauthorize`."]
                Expired = -21,
            },
        );
        contains(
            &out,
            quote!(
                const CODES: [(::core::primitive::i32, ::core::primitive::i32); 1usize] =
                    [(-21, -21)];
            ),
        );
        contains(
            &out,
            quote!(
                const NAMES: [&::core::primitive::str; 1usize] = ["Expired"];
            ),
        );
        // `reauthorize` is the third word of the vocabulary.
        contains(
            &out,
            quote!(
                const ACTIONS: [::core::primitive::u8; 1usize] = [2];
            ),
        );
        let body = out.split("pubenumTestCode{").nth(1).unwrap();
        let body = &body[..body.find('}').unwrap()];
        assert!(
            body.ends_with("]Expired=-21,"),
            "one variant, nothing hidden: {body}"
        );
        contains(&out, quote!(self as ::core::primitive::i32));
        // A dense lookup: one code, one entry and the `None` past it; the
        // rows beside it, for `row()`.
        contains(
            &out,
            quote!(
                const DENSE: [::core::option::Option<TestCode>; 1usize + 1] =
                    [s(TestCode::Expired), N];
            ),
        );
        contains(
            &out,
            quote!(
                const ROWS: [::core::primitive::u8; 1usize] = [0];
            ),
        );
        contains(
            &out,
            quote!(
                ROWS[((value as ::core::primitive::i32) as ::core::primitive::i64 - -21)
                    as ::core::primitive::usize]
            ),
        );
    }

    #[test]
    fn ranges_carry_their_code() {
        let out = tokens("code,name,description\n-500003 ~ -500009,ParseFailed,bad\n");
        let range = quote!(::msdk_codes::CodeInRange<{ -500009 }, { -500003 }>);
        contains(&out, quote!(ParseFailed(#range)));
        contains(&out, quote!(TestCode::ParseFailed(code) => code.get(),));
        contains(
            &out,
            // Braces keep rustfmt out of the expected tokens.
            quote! { const VALUES: [TestCode; 1usize] = [TestCode::ParseFailed(::msdk_codes::CodeInRange::new_const::<{ -500003 }>())]; },
        );
        for code in -500_009..=-500_003 {
            let code = Literal::i32_unsuffixed(code);
            contains(
                &out,
                quote!(s(TestCode::ParseFailed(::msdk_codes::CodeInRange::new_const::<{ #code }>()))),
            );
        }
        contains(&out, quote!(TestCode::ParseFailed(_) => 0usize));
    }

    #[test]
    fn byte_tables_accept_both_forms() {
        let out = tokens(
            "code,signed,unsigned,name,description\n\
             0x9b,-101,155,SendFailed,failed\n\
             0x70,-144,112,Frozen,frozen\n\
             0x5,5,5,NotConfigured,nc\n",
        );
        contains(
            &out,
            quote!(
                SendFailed = 155,
                #[doc = " `0x70` (`112`, signed `-144`): frozen\n\n Action: `unclassified`."]
                Frozen = 112,
            ),
        );
        // From -144 (the smallest signed form): -101 is entry 43, 155 is 299.
        let dense = out.split("constDENSE").nth(1).unwrap();
        let entries: Vec<&str> = dense.split(['[', ']']).nth(3).unwrap().split(',').collect();
        assert_eq!(entries[0], "s(TestCode::Frozen)");
        assert_eq!(entries[43], "s(TestCode::SendFailed)");
        assert_eq!(entries[299], "s(TestCode::SendFailed)");
        assert_eq!(entries[144 + 5], "s(TestCode::NotConfigured)");
        assert_eq!(entries.iter().filter(|e| e.starts_with("s(")).count(), 5);
        contains(
            &out,
            quote!(
                const SHIFTS: [::core::primitive::i32; 3usize] = [-256, -256, 0];
            ),
        );
        contains(&out, quote!(impl_traits!(TestCode, NAMES, value, bytes);));
    }

    #[test]
    fn sparse_tables_hash_and_long_ranges_are_checked_first() {
        let out = tokens("code,name,description\n0~5000,Big,big\n7000,Seven,seven\n");
        contains(&out, quote!(if 0 <= code && code <= 5000));
        // The long range is not in the lookup's array: only 7000 is.
        contains(
            &out,
            quote!(
                const DENSE: [::core::option::Option<TestCode>; 1usize + 1] =
                    [s(TestCode::Seven), N];
            ),
        );
        let sparse: String = (0..20)
            .map(|i| format!("{},R{i},r\n", i * 100_003 - 7_000_000))
            .collect();
        let out = tokens(&format!("code,name,description\n{sparse}"));
        assert!(
            out.contains("single_slot(code,"),
            "a single multiplier for 20 sparse codes"
        );
        assert!(
            out.contains("letvalue=SLOTS[")
                && out.contains("ifvalueas::core::primitive::i32==code"),
            "the slots hold values, whose discriminants are their codes"
        );
        let many: String = (0..3000)
            .map(|i| format!("{},R{i},r\n", i * 100_003 - 70_000_000))
            .collect();
        let out = tokens(&format!("code,name,description\n{many}"));
        assert!(
            out.contains("constDISPLACEMENTS"),
            "two levels for 3,000 sparse codes"
        );
        // More rows than arrays of values are cheap to compile for: the
        // slots hold rows, and `value()` is a match per 256 rows.
        assert!(out.contains("let(key,row)=SLOTS["), "{out}");
        assert!(out.contains("constfnvalue_11(row:::core::primitive::usize)->TestCode{matchrow{0usize=>TestCode::R2816,"));
        assert!(out.contains("_=>TestCode::R2999,}}"));
        assert!(!out.contains("value_12"));
        assert!(out.contains("matchrow>>8{0usize=>value_0(row&255),"));
        assert!(
            out.contains("}].1as::core::primitive::usize"),
            "row() reads the slot's row"
        );
    }

    #[test]
    fn the_expansion_holds_no_absolute_path() {
        let input = parse(r#"[::msdk_codes] pub enum GroupCode => "tables/qq_group.csv""#);
        let out = expand(input).to_string();
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
    fn a_missing_file_is_one_error_and_a_stub() {
        let input = parse(r#"[::msdk_codes] pub enum NoCode => "codes/none.csv""#);
        let out = expand(input).to_string();
        assert_eq!(out.matches("compile_error").count(), 1, "{out}");
        assert!(out.contains("pub enum NoCode { }"), "{out}");
        assert!(
            out.contains("codes/none.csv: cannot read the table"),
            "{out}"
        );
        assert!(!out.contains("include_bytes"), "{out}");
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
        assert!(out.contains("A,"), "{out}");
        assert!(out.contains("B,}"), "{out}");
        // The errors are inside the hidden constant the code macro names.
        assert!(
            out.contains("constVALUE:Self={::core::compile_error!(\"t.csv:3:"),
            "{out}"
        );
        assert!(
            out.contains("macro_rules!test_code{($($code:tt)*)=>{<TestCodeas::msdk_codes::__private::RowAt<{::core::primitive::usize::MAX},0>>::VALUE};}"),
            "{out}"
        );
    }

    #[test]
    fn declared_columns_get_accessors() {
        let columns = {
            let input = parse(
                r#"[::msdk_codes] enum E => "e.csv" { http_status: u16, note: Option<&str> }"#,
            );
            input.tables.unwrap().remove(0).columns
        };
        let spec = EnumSpec::plain("ShopCode", "t.csv", "Shop", columns);
        let out = squash(
            &generate(
                &spec,
                b"code,name,description,http_status,note\n1,A,a,404,\n2,B,b,500,busy\n",
            )
            .to_string(),
        );
        contains(
            &out,
            quote! {
                pub const fn http_status(self) -> ::core::primitive::u16 {
                    const VALUES: [::core::primitive::u16; 2usize] = [404, 500];
                    VALUES[row(self)]
                }
            },
        );
        contains(
            &out,
            quote!([
                ::core::option::Option::None,
                ::core::option::Option::Some("busy")
            ]),
        );
        assert!(out.contains("`http_status`:`404`"), "{out}");
        // The stub keeps the accessors.
        let out = squash(
            &generate(&spec, b"code,name,description,http_status,note\n1,A,a,x,\n").to_string(),
        );
        assert!(
            out.contains("pubconstfnhttp_status(self)->::core::primitive::u16"),
            "{out}"
        );
        assert!(out.contains("panic!(\"thetablehaserrors\")"), "{out}");
    }
}
