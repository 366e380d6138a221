//! `from_code`'s body and the private `row()` behind every accessor: arrays
//! only, so the compiler's work stays proportional to the table.
//!
//! `from_code` picks the cheapest form that fits the table:
//! - dense: the codes span little more than their number, and the code
//!   minus the smallest indexes an array (one load);
//! - a [`Single`] perfect hash (one multiply, one load, one compare);
//! - a [`TwoLevel`] perfect hash, for any table (two loads, one compare).
//!
//! The arrays of a table of up to [`VALUE_ENTRY_ROWS`] rows hold its values;
//! a larger one's hold row numbers, and `from_code` reads the value from
//! `ALL` (one load more), because rustc takes about a tenth of a millisecond
//! per element to compile an array of enum values: a second for 10,000 rows.
//! `row()` matches the variants, which are declared in row order: the
//! compiler turns the match into the tag itself.
//!
//! Rows with long ranges of codes get their own check before the hash, so a
//! range of a million codes costs two compares, not a million slots.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

use crate::phf::{Single, TwoLevel};
use crate::spec::EnumSpec;
use crate::variant::Variant;

/// A range of more codes than this is checked on its own, before the hash.
const LONG_RANGE: u64 = 64;

/// Tables of at most this many rows keep values in their lookup arrays.
pub const VALUE_ENTRY_ROWS: usize = 2048;

pub struct Lookup {
    /// Items for the generated scope: the arrays and `const fn row`.
    pub items: TokenStream,
    /// The body of `from_code(code: i32) -> Option<Self>`.
    pub from_code: TokenStream,
    /// The bytes of the lookup's arrays, an expression in the same scope.
    pub bytes: TokenStream,
}

/// What a lookup array's entry holds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Entry {
    /// The code and the value.
    KeyValue,
    /// The code and the row; the value is `ALL[row]` (or, for a range row,
    /// built with the code).
    KeyRow,
}

/// The lookup of a valid table. `row()` and the data all go in the
/// generated scope, where no name of the caller's can meet them.
pub fn lookup(spec: &EnumSpec, variants: &[Variant]) -> Lookup {
    let mut keys = Vec::new();
    let mut long = Vec::new();
    for v in variants {
        if v.row.codes.count() > LONG_RANGE {
            long.push(v);
        } else {
            keys.extend(v.keys().map(|(key, code)| Key {
                key,
                code,
                variant: v,
            }));
        }
    }
    let entry = if variants.len() > VALUE_ENTRY_ROWS {
        Entry::KeyRow
    } else {
        Entry::KeyValue
    };
    let long_checks = long.iter().map(|v| long_range_check(spec, v));
    let (hash_items, found, hash) = hash(spec, &keys, entry, variants);
    let row = row_by_match(spec, variants);
    let from_code = quote! {
        #(#long_checks)*
        #found
    };
    let items = quote! {
        #hash_items
        #row
    };
    let arrays: Vec<&str> = match &hash {
        None if keys.is_empty() => Vec::new(),
        None => vec!["DENSE"],
        Some(Hash::Single(_)) => vec!["SLOTS"],
        Some(Hash::TwoLevel(_)) => vec!["PILOTS", "SLOTS"],
    };
    let arrays = arrays
        .into_iter()
        .map(|name| Ident::new(name, Span::call_site()));
    let bytes = quote!(0 #(+ ::core::mem::size_of_val(&#arrays))*);
    Lookup {
        items,
        from_code,
        bytes,
    }
}

/// One code that leads to a row: the code as written, the code the value
/// holds (the unsigned form of a byte), and the row.
struct Key<'a> {
    key: i32,
    code: i32,
    variant: &'a Variant<'a>,
}

/// The stub's lookup: no code is known, and `row()` matches the variants.
pub fn stub(spec: &EnumSpec, variants: &[Variant]) -> Lookup {
    Lookup {
        items: row_by_match(spec, variants),
        from_code: quote! {
            let _ = code;
            ::core::option::Option::None
        },
        bytes: quote!(0),
    }
}

fn long_range_check(spec: &EnumSpec, v: &Variant) -> TokenStream {
    let krate = &spec.krate;
    let (ty, ident) = (&spec.ident, &v.ident);
    let codes = v.row.codes;
    let some = quote! {
        return match #krate::CodeInRange::new(code) {
            ::core::option::Option::Some(code) => ::core::option::Option::Some(#ty::#ident(code)),
            ::core::option::Option::None => ::core::option::Option::None,
        };
    };
    let (low, high) = (
        Literal::i32_unsuffixed(codes.low),
        Literal::i32_unsuffixed(codes.high),
    );
    let shift = v.shift();
    let signed = (shift != 0).then(|| {
        let (low, high) = (
            Literal::i32_unsuffixed(codes.low + shift),
            Literal::i32_unsuffixed(codes.high + shift),
        );
        let unshift = Literal::i32_unsuffixed(-shift);
        quote! {
            if #low <= code && code <= #high {
                let code = code + #unshift;
                #some
            }
        }
    });
    quote! {
        if #low <= code && code <= #high {
            #some
        }
        #signed
    }
}

/// The perfect hash a table's lookup found.
enum Hash {
    Single(Single),
    TwoLevel(TwoLevel),
}

impl Hash {
    fn slots(&self) -> &[Option<usize>] {
        match self {
            Hash::Single(single) => &single.slots,
            Hash::TwoLevel(two) => &two.slots,
        }
    }

    /// The expression for the slot of `code`.
    fn tokens(&self, spec: &EnumSpec, code: &TokenStream) -> TokenStream {
        let krate = &spec.krate;
        match self {
            Hash::Single(single) => {
                let (multiplier, shift) = (
                    Literal::u32_unsuffixed(single.multiplier),
                    Literal::u32_unsuffixed(single.shift()),
                );
                quote!(#krate::__private::phf::single_slot(#code, #multiplier, #shift))
            }
            Hash::TwoLevel(two) => {
                let seed = Literal::u64_unsuffixed(two.seed);
                let buckets = Literal::u64_unsuffixed(two.pilots.len() as u64);
                let slots = Literal::u64_unsuffixed(two.slots.len() as u64);
                quote! {{
                    let hash = #krate::__private::phf::hash(#code, #seed);
                    let pilot = PILOTS[#krate::__private::phf::bucket(hash, #buckets)];
                    #krate::__private::phf::slot(hash, pilot as ::core::primitive::u64, #slots)
                }}
            }
        }
    }
}

/// The value of row `row` (an expression) holding `code`: `ALL[row]`, or for
/// a range row the value built with the code.
fn value_of_row(spec: &EnumSpec, variants: &[Variant], row: &TokenStream) -> TokenStream {
    let (ty, krate) = (&spec.ident, &spec.krate);
    let ranges: Vec<TokenStream> = variants
        .iter()
        .filter(|v| v.is_range() && v.row.codes.count() <= LONG_RANGE)
        .map(|v| {
            let (index, ident) = (v.index, &v.ident);
            quote! {
                #index => match #krate::CodeInRange::new(code) {
                    ::core::option::Option::Some(code) => #ty::#ident(code),
                    ::core::option::Option::None => Self::ALL[#index],
                },
            }
        })
        .collect();
    if ranges.is_empty() {
        quote!(Self::ALL[#row as ::core::primitive::usize])
    } else {
        quote! {
            match #row as ::core::primitive::usize {
                #(#ranges)*
                row => Self::ALL[row],
            }
        }
    }
}

/// The arrays of the lookup, the expression that finds `code`, and for a
/// hash, how to find a slot.
fn hash(
    spec: &EnumSpec,
    keys: &[Key],
    entry: Entry,
    variants: &[Variant],
) -> (TokenStream, TokenStream, Option<Hash>) {
    let ty = &spec.ident;
    let none = quote!(::core::option::Option::None);
    let codes: Vec<i32> = keys.iter().map(|key| key.key).collect();
    let (Some(&min), Some(&max)) = (codes.iter().min(), codes.iter().max()) else {
        return (TokenStream::new(), none, None);
    };
    let span = (i64::from(max) - i64::from(min) + 1) as u64;
    if span <= (keys.len() as u64 * 4).max(1024) {
        return dense(spec, keys, entry, variants, min, span);
    }
    let hash = match Single::find(&codes) {
        Some(single) => Hash::Single(single),
        None => Hash::TwoLevel(TwoLevel::find(&codes)),
    };
    let slots = hash.slots();
    let count = slots.len();
    let entry_tokens = |key: &Key| match entry {
        Entry::KeyValue => {
            let (code, value) = (
                Literal::i32_unsuffixed(key.key),
                key.variant.value(spec, key.code),
            );
            quote!((#code, #value))
        }
        Entry::KeyRow => {
            let (code, row) = (
                Literal::i32_unsuffixed(key.key),
                Literal::u32_unsuffixed(key.variant.index as u32),
            );
            quote!((#code, #row))
        }
    };
    // An empty slot holds the first key, which lands elsewhere, so no code
    // that lands on an empty slot can equal its key.
    let entries = slots.iter().map(|slot| match slot {
        Some(index) => entry_tokens(&keys[*index]),
        None => quote!(EMPTY),
    });
    let empty = entry_tokens(&keys[0]);
    let slot_type = match entry {
        Entry::KeyValue => quote!((::core::primitive::i32, #ty)),
        Entry::KeyRow => quote!((::core::primitive::i32, ::core::primitive::u32)),
    };
    let pilots = match &hash {
        Hash::TwoLevel(two) => {
            let (ty, pilots) = unsigned_array(two.pilots.iter().map(|&p| p as usize));
            let len = pilots.len();
            quote!(const PILOTS: [#ty; #len] = [#(#pilots),*];)
        }
        Hash::Single(_) => TokenStream::new(),
    };
    let slot = hash.tokens(spec, &quote!(code));
    let found = match entry {
        Entry::KeyValue => quote! {
            let (key, value) = SLOTS[#slot];
            if key == code {
                ::core::option::Option::Some(value)
            } else {
                ::core::option::Option::None
            }
        },
        Entry::KeyRow => {
            let value = value_of_row(spec, variants, &quote!(row));
            quote! {
                let (key, row) = SLOTS[#slot];
                if key == code {
                    ::core::option::Option::Some(#value)
                } else {
                    ::core::option::Option::None
                }
            }
        }
    };
    let items = quote! {
        #pilots
        const EMPTY: #slot_type = #empty;
        const SLOTS: [#slot_type; #count] = [#(#entries),*];
    };
    (items, found, Some(hash))
}

/// A dense lookup: one entry per code from the smallest, and an empty one
/// past the end for every code outside.
fn dense(
    spec: &EnumSpec,
    keys: &[Key],
    entry: Entry,
    variants: &[Variant],
    min: i32,
    span: u64,
) -> (TokenStream, TokenStream, Option<Hash>) {
    let ty = &spec.ident;
    let len = span as usize;
    let mut dense: Vec<Option<&Key>> = vec![None; len];
    for key in keys {
        dense[(i64::from(key.key) - i64::from(min)) as usize] = Some(key);
    }
    let index = {
        let (min, span) = (
            Literal::i64_unsuffixed(i64::from(min)),
            Literal::u64_unsuffixed(span),
        );
        quote! {
            let index = (code as ::core::primitive::i64 - #min) as ::core::primitive::u64;
            let index = if index < #span { index as ::core::primitive::usize } else { #len };
        }
    };
    if entry == Entry::KeyRow {
        // Row + 1, and 0 for no row.
        let (row_type, rows) = unsigned_array(
            dense
                .iter()
                .map(|key| key.map_or(0, |key| key.variant.index + 1)),
        );
        let value = value_of_row(spec, variants, &quote!((row - 1)));
        let items = quote! {
            const DENSE: [#row_type; #len + 1] = [#(#rows,)* 0];
        };
        let found = quote! {
            #index
            let row = DENSE[index];
            if row == 0 {
                ::core::option::Option::None
            } else {
                ::core::option::Option::Some(#value)
            }
        };
        return (items, found, None);
    }
    let entries = dense.iter().map(|key| match key {
        Some(key) => {
            let value = key.variant.value(spec, key.code);
            quote!(s(#value))
        }
        None => quote!(N),
    });
    let items = quote! {
        const N: ::core::option::Option<#ty> = ::core::option::Option::None;
        const fn s(value: #ty) -> ::core::option::Option<#ty> {
            ::core::option::Option::Some(value)
        }
        const DENSE: [::core::option::Option<#ty>; #len + 1] = [#(#entries,)* N];
    };
    let found = quote! {
        #index
        DENSE[index]
    };
    (items, found, None)
}

fn row_by_match(spec: &EnumSpec, variants: &[Variant]) -> TokenStream {
    let ty = &spec.ident;
    let arms = variants.iter().enumerate().map(|(index, v)| {
        let pattern = v.pattern(spec);
        quote!(#pattern => #index)
    });
    quote! {
        const fn row(value: #ty) -> ::core::primitive::usize {
            match value {
                #(#arms,)*
                #[allow(unreachable_patterns)]
                _ => 0,
            }
        }
    }
}

/// The narrowest unsigned type for `values`, and the values as literals.
fn unsigned_array(values: impl Iterator<Item = usize>) -> (TokenStream, Vec<Literal>) {
    let values: Vec<usize> = values.collect();
    let max = values.iter().copied().max().unwrap_or(0);
    let ty = if max <= usize::from(u8::MAX) {
        quote!(::core::primitive::u8)
    } else if max <= usize::from(u16::MAX) {
        quote!(::core::primitive::u16)
    } else {
        quote!(::core::primitive::u32)
    };
    let literals = values
        .into_iter()
        .map(|v| Literal::u64_unsuffixed(v as u64))
        .collect();
    (ty, literals)
}
