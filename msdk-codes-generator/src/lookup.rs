//! `from_code`'s body and the private `row()` behind every accessor: arrays
//! only, so the compiler's work stays proportional to the table.
//!
//! `from_code` picks the cheapest form that fits the table:
//! - dense: the codes span little more than their number, and the code
//!   minus the smallest indexes an array of `Option<Self>` (one load);
//! - a [`Single`] perfect hash (one multiply, one load, one compare);
//! - a [`TwoLevel`] perfect hash, for any table (two loads, one compare).
//!
//! Rows with long ranges of codes get their own check before the hash, so a
//! range of a million codes costs two compares, not a million slots. In a
//! fieldless enum the discriminant is the code, and `row()` reads the row
//! from an array indexed by it (or by its hash slot); an enum with range
//! variants matches its variants, which the compiler turns into the tag.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::phf::{Single, TwoLevel};
use crate::spec::EnumSpec;
use crate::variant::Variant;

/// A range of more codes than this is checked on its own, before the hash.
const LONG_RANGE: u64 = 64;

pub struct Lookup {
    /// Items for the generated scope: the arrays and `const fn row`.
    pub items: TokenStream,
    /// The body of `from_code(code: i32) -> Option<Self>`.
    pub from_code: TokenStream,
    /// The bytes of the lookup's arrays, an expression in the same scope.
    pub bytes: TokenStream,
}

/// The lookup of a valid table. `row()` and the data all go in the
/// generated scope, where no name of the caller's can meet them.
pub fn lookup(spec: &EnumSpec, variants: &[Variant]) -> Lookup {
    let fieldless = variants.iter().all(|v| !v.is_range());
    let mut keys = Vec::new();
    let mut values = Vec::new();
    let mut long = Vec::new();
    for v in variants {
        if v.row.codes.count() > LONG_RANGE {
            long.push(v);
            continue;
        }
        for (key, code) in v.keys() {
            keys.push(key);
            values.push(v.value(spec, code));
        }
    }
    // In a fieldless enum of single codes, a value's discriminant is its
    // key: a slot holds only the value, and the compare reads its code.
    let bare = fieldless && keys.len() == variants.len();
    let long_checks = long.iter().map(|v| long_range_check(spec, v));
    let (hash_items, found, hash) = hash(spec, &keys, &values, bare);
    let row = row(spec, variants, fieldless, hash.as_ref());
    let from_code = quote! {
        #(#long_checks)*
        #found
    };
    let items = quote! {
        #hash_items
        #row
    };
    let mut arrays: Vec<&str> = match &hash {
        None if keys.is_empty() => Vec::new(),
        None => vec!["DENSE"],
        Some(Hash::Single(_)) => vec!["SLOTS"],
        Some(Hash::TwoLevel(_)) => vec!["PILOTS", "SLOTS"],
    };
    if fieldless {
        arrays.push("ROWS");
    }
    let arrays = arrays
        .into_iter()
        .map(|name| proc_macro2::Ident::new(name, proc_macro2::Span::call_site()));
    let bytes = quote!(0 #(+ ::core::mem::size_of_val(&#arrays))*);
    Lookup {
        items,
        from_code,
        bytes,
    }
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

    fn slot(&self, key: i32) -> usize {
        match self {
            Hash::Single(single) => single.slot(key),
            Hash::TwoLevel(two) => two.slot(key),
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

/// The arrays of the lookup, the expression that finds `code`, and for a
/// hash, how to find a slot.
fn hash(
    spec: &EnumSpec,
    keys: &[i32],
    values: &[TokenStream],
    bare: bool,
) -> (TokenStream, TokenStream, Option<Hash>) {
    let ty = &spec.ident;
    let none = quote!(::core::option::Option::None);
    let (Some(&min), Some(&max)) = (keys.iter().min(), keys.iter().max()) else {
        return (TokenStream::new(), none, None);
    };
    let span = (i64::from(max) - i64::from(min) + 1) as u64;
    if span <= (keys.len() as u64 * 4).max(1024) {
        let mut dense = vec![None; span as usize];
        for (key, value) in keys.iter().zip(values) {
            dense[(i64::from(*key) - i64::from(min)) as usize] = Some(value);
        }
        let entries = dense.iter().map(|entry| match entry {
            Some(value) => quote!(s(#value)),
            None => quote!(N),
        });
        let (min, len) = (Literal::i64_unsuffixed(i64::from(min)), span as usize);
        let span = Literal::u64_unsuffixed(span);
        let items = quote! {
            const N: ::core::option::Option<#ty> = ::core::option::Option::None;
            const fn s(value: #ty) -> ::core::option::Option<#ty> {
                ::core::option::Option::Some(value)
            }
            // One entry per code from the smallest, and a `None` past the end.
            const DENSE: [::core::option::Option<#ty>; #len + 1] = [#(#entries,)* N];
        };
        let found = quote! {
            let index = (code as ::core::primitive::i64 - #min) as ::core::primitive::u64;
            let index = if index < #span { index as ::core::primitive::usize } else { #len };
            DENSE[index]
        };
        return (items, found, None);
    }
    let hash = match Single::find(keys) {
        Some(single) => Hash::Single(single),
        None => Hash::TwoLevel(TwoLevel::find(keys)),
    };
    let slots = hash.slots();
    let count = slots.len();
    // An empty slot holds the first key, which lands elsewhere, so no code
    // that lands on an empty slot can equal its key.
    let entries = slots.iter().map(|slot| match slot {
        Some(index) if bare => values[*index].clone(),
        Some(index) => {
            let key = Literal::i32_unsuffixed(keys[*index]);
            let value = &values[*index];
            quote!((#key, #value))
        }
        None => quote!(EMPTY),
    });
    let (slot_type, empty) = if bare {
        (quote!(#ty), values[0].clone())
    } else {
        let key = Literal::i32_unsuffixed(keys[0]);
        let value = &values[0];
        (
            quote!((::core::primitive::i32, #ty)),
            quote!((#key, #value)),
        )
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
    let found = if bare {
        quote! {
            let value = SLOTS[#slot];
            if value as ::core::primitive::i32 == code {
                ::core::option::Option::Some(value)
            } else {
                ::core::option::Option::None
            }
        }
    } else {
        quote! {
            let (key, value) = SLOTS[#slot];
            if key == code {
                ::core::option::Option::Some(value)
            } else {
                ::core::option::Option::None
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

/// `const fn row(value) -> usize`: the value's row.
fn row(spec: &EnumSpec, variants: &[Variant], fieldless: bool, hash: Option<&Hash>) -> TokenStream {
    let ty = &spec.ident;
    if !fieldless {
        return row_by_match(spec, variants);
    }
    let codes: Vec<i32> = variants.iter().map(|v| v.row.codes.first).collect();
    let (Some(&min), Some(&max)) = (codes.iter().min(), codes.iter().max()) else {
        return row_by_match(spec, variants);
    };
    let span = (i64::from(max) - i64::from(min) + 1) as u64;
    if span <= (codes.len() as u64 * 4).max(1024) || hash.is_none() {
        let mut rows = vec![0; span as usize];
        for (index, &code) in codes.iter().enumerate() {
            rows[(i64::from(code) - i64::from(min)) as usize] = index;
        }
        let (row_type, rows) = unsigned_array(rows.into_iter());
        let len = rows.len();
        let min = Literal::i64_unsuffixed(i64::from(min));
        return quote! {
            // Each code's row, from the smallest code.
            const ROWS: [#row_type; #len] = [#(#rows),*];
            const fn row(value: #ty) -> ::core::primitive::usize {
                ROWS[(value as ::core::primitive::i64 - #min) as ::core::primitive::usize]
                    as ::core::primitive::usize
            }
        };
    }
    let Some(hash) = hash else {
        return row_by_match(spec, variants);
    };
    // Rows by hash slot: where `from_code` found the value, its row is.
    let slot_count = hash.slots().len();
    let mut rows = vec![0; slot_count];
    for (index, v) in variants.iter().enumerate() {
        rows[hash.slot(v.row.codes.first)] = index;
    }
    let (row_type, rows) = unsigned_array(rows.into_iter());
    let slot = hash.tokens(spec, &quote!(value as ::core::primitive::i32));
    quote! {
        // Each hash slot's row.
        const ROWS: [#row_type; #slot_count] = [#(#rows),*];
        const fn row(value: #ty) -> ::core::primitive::usize {
            ROWS[#slot] as ::core::primitive::usize
        }
    }
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
