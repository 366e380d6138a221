//! `from_code`'s body, the private `row()` behind every accessor, and
//! `value()`, a row's value: arrays and small matches only, so the
//! compiler's work stays proportional to the table.
//!
//! An enum is declared one of two ways ([`Discriminants`]):
//! - a table with no range row: every variant's discriminant is its code,
//!   so `Variant as i32` is the code; `row()` finds the row from the code
//!   with the same arrays `from_code` reads;
//! - a table with a range row: the variants with a field make casts
//!   impossible, the discriminants are the rows, and `row()` is the tag.
//!
//! `from_code` picks the cheapest form that fits the table:
//! - dense: the codes span little more than their number, and the code
//!   minus the smallest indexes an array (one load);
//! - a [`Single`] perfect hash (one multiply, one load, one compare);
//! - a [`TwoLevel`] perfect hash, for any table (two loads, one compare).
//!
//! The arrays of a table of up to [`VALUE_ENTRY_ROWS`] rows hold its values;
//! a larger one's hold row numbers, and `from_code` gets the value from
//! `value(row)`. rustc checks every enum value in a constant by walking the
//! variants' discriminants up to it; when those are codes each step is a
//! query, and an array of all the values of a 10,000-row table took it 6 s
//! (20,000 rows: 55 s). So a large coded table's `value()` is a match, in
//! chunks of [`CHUNK`] rows that LLVM turns into small lookup tables (one
//! match of 10,000 arms took it 8 s, chunks 1.5 s).
//!
//! Rows with long ranges of codes get their own check after the hash has
//! missed, so a range of a million codes costs two compares, not a million
//! slots, and a single row inside it wins its code.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

use crate::phf::{Single, TwoLevel};
use crate::spec::EnumSpec;
use crate::variant::Variant;

/// A range of more codes than this is checked on its own, after the hash.
const LONG_RANGE: u64 = 64;

/// Tables of at most this many rows keep values in their lookup arrays.
pub const VALUE_ENTRY_ROWS: usize = 2048;

/// Rows per match in a large coded table's `value()`.
pub const CHUNK: usize = 256;

/// What a variant's discriminant is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Discriminants {
    /// Its code: the table has no range row (and no errors).
    Codes,
    /// Its row: the table has a range row, or is a stub.
    Rows,
}

pub struct Lookup {
    /// Items for the generated scope: the arrays, `const fn row` and
    /// `const fn value`.
    pub items: TokenStream,
    /// The body of `from_code(code: i32) -> Option<Self>`.
    pub from_code: TokenStream,
    /// The bytes of the lookup's arrays, an expression in the same scope.
    pub bytes: TokenStream,
}

/// The most bytes a code that a table's lookup arrays may take with the
/// single-multiplier hash; beyond, it takes the two-level hash...
const MAX_BYTES_A_CODE: usize = 16;
/// ...unless they take at most this in all.
const SMALL_BYTES: usize = 2048;

/// What a lookup array's entry holds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Entry {
    /// The code and the value (row discriminants: the value's tag is its row).
    KeyValue,
    /// The value alone, whose discriminant is the code; the rows are in an
    /// array beside it.
    Value,
    /// The code and the row; the value is `value(row)` (or, for a range row,
    /// built with the code).
    KeyRow,
}

/// The lookup of a valid table. `row()`, `value()` and the data all go in
/// the generated scope, where no name of the caller's can meet them.
pub fn lookup(spec: &EnumSpec, variants: &[Variant], discriminants: Discriminants) -> Lookup {
    // A single row inside a range row wins its code: the range's keys skip
    // it, and long ranges are checked after the hash has missed.
    let singles: std::collections::HashSet<i32> = variants
        .iter()
        .filter(|v| !v.is_range())
        .flat_map(|v| v.keys().map(|(key, _)| key))
        .collect();
    let mut keys = Vec::new();
    let mut long = Vec::new();
    for v in variants {
        if v.row.codes.count() > LONG_RANGE {
            long.push(v);
        } else {
            let own = v
                .keys()
                .filter(|(key, _)| !v.is_range() || !singles.contains(key));
            keys.extend(own.map(|(key, code)| Key {
                key,
                code,
                variant: v,
            }));
        }
    }
    let entry = match discriminants {
        _ if variants.len() > VALUE_ENTRY_ROWS => Entry::KeyRow,
        Discriminants::Codes => Entry::Value,
        Discriminants::Rows => Entry::KeyValue,
    };
    let long_checks = long.iter().map(|v| long_range_check(spec, v));
    let arrays = arrays(spec, &keys, entry, variants, discriminants);
    let row = match discriminants {
        Discriminants::Codes => row_by_code(spec, &arrays),
        Discriminants::Rows => row_by_match(spec, variants),
    };
    let value = value(spec, variants);
    let found = arrays.found;
    let from_code = if long.is_empty() {
        found
    } else {
        quote! {
            let found: ::core::option::Option<Self> = { #found };
            if found.is_some() {
                return found;
            }
            #(#long_checks)*
            ::core::option::Option::None
        }
    };
    let array_items = arrays.items;
    let items = quote! {
        #array_items
        #row
        #value
    };
    let names = arrays
        .names
        .iter()
        .map(|name| Ident::new(name, Span::call_site()));
    let bytes = quote!(0 #(+ ::core::mem::size_of_val(&#names))*);
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
    let row = row_by_match(spec, variants);
    let value = value(spec, variants);
    Lookup {
        items: quote!(#row #value),
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

impl Entry {
    /// The bytes of a slot, about: a value is an `i32` (or, with a field, two).
    fn bytes(self) -> usize {
        match self {
            Entry::Value => 5,
            Entry::KeyValue | Entry::KeyRow => 8,
        }
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
                let bucket_shift = Literal::u32_unsuffixed(64 - two.bucket_bits);
                let slot_shift = Literal::u32_unsuffixed(32 - two.slot_bits);
                quote! {{
                    let hash = #krate::__private::phf::hash(#code, #seed);
                    let displacement = DISPLACEMENTS[#krate::__private::phf::bucket(hash, #bucket_shift)];
                    #krate::__private::phf::slot(hash, displacement as ::core::primitive::u32, #slot_shift)
                }}
            }
        }
    }
}

/// The value of row `row` (an expression) holding `code`: `value(row)`, or
/// for a range row the value built with the code.
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
                    ::core::option::Option::None => value(#index),
                },
            }
        })
        .collect();
    if ranges.is_empty() {
        quote!(value(#row as ::core::primitive::usize))
    } else {
        quote! {
            match #row as ::core::primitive::usize {
                #(#ranges)*
                row => value(row),
            }
        }
    }
}

/// A lookup's arrays: the items, the expression that finds `code`, and
/// what `row()` needs of them.
struct Arrays {
    items: TokenStream,
    found: TokenStream,
    /// The arrays' names, for their size.
    names: Vec<&'static str>,
    /// Where a present code's entry is: its index in `DENSE`, or its slot.
    position: Position,
    entry: Entry,
}

enum Position {
    /// No code at all.
    None,
    /// `code - min` indexes the dense arrays.
    Dense {
        min: i32,
    },
    Hash(Hash),
}

/// The arrays of the lookup and the expression that finds `code`.
fn arrays(
    spec: &EnumSpec,
    keys: &[Key],
    entry: Entry,
    variants: &[Variant],
    discriminants: Discriminants,
) -> Arrays {
    let ty = &spec.ident;
    let none = quote!(::core::option::Option::None);
    let codes: Vec<i32> = keys.iter().map(|key| key.key).collect();
    let (Some(&min), Some(&max)) = (codes.iter().min(), codes.iter().max()) else {
        return Arrays {
            items: TokenStream::new(),
            found: none,
            names: Vec::new(),
            position: Position::None,
            entry,
        };
    };
    let span = (i64::from(max) - i64::from(min) + 1) as u64;
    if span <= (keys.len() as u64 * 4).max(1024) {
        return dense(spec, keys, entry, variants, discriminants, min, span);
    }
    // Only a table of bytes has keys that are not its values' codes (the
    // signed forms), and bytes are always dense.
    debug_assert!(keys.iter().all(|key| key.key == key.code) || entry != Entry::Value);
    // The single-multiplier hash needs 2 to 16 slots a key; it is used
    // when its arrays take at most `MAX_BYTES_A_CODE` a code, or at most
    // `SMALL_BYTES` in all (the two-level hash's extra load would cost such
    // a table a third of its speed and save it a kilobyte).
    let max_slots = (MAX_BYTES_A_CODE * keys.len()).max(SMALL_BYTES) / entry.bytes();
    let hash = match Single::find(&codes, max_slots) {
        Some(single) => Hash::Single(single),
        None => Hash::TwoLevel(TwoLevel::find(&codes)),
    };
    let slots = hash.slots();
    let count = slots.len();
    let key_tokens = |key: &Key| match entry {
        Entry::KeyValue => {
            let (code, value) = (
                Literal::i32_unsuffixed(key.key),
                key.variant.value(spec, key.code),
            );
            quote!((#code, #value))
        }
        Entry::Value => key.variant.value(spec, key.code),
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
        Some(index) => key_tokens(&keys[*index]),
        None => quote!(EMPTY),
    });
    let empty = key_tokens(&keys[0]);
    let slot_type = match entry {
        Entry::KeyValue => quote!((::core::primitive::i32, #ty)),
        Entry::Value => quote!(#ty),
        Entry::KeyRow => quote!((::core::primitive::i32, ::core::primitive::u32)),
    };
    let mut names = vec!["SLOTS"];
    let displacements = match &hash {
        Hash::TwoLevel(two) => {
            names.push("DISPLACEMENTS");
            let (ty, displacements) = unsigned_array(two.displacements.iter().map(|&d| d as usize));
            let len = displacements.len();
            quote!(const DISPLACEMENTS: [#ty; #len] = [#(#displacements),*];)
        }
        Hash::Single(_) => TokenStream::new(),
    };
    let rows = (entry == Entry::Value).then(|| {
        names.push("ROWS");
        let (row_type, rows) = unsigned_array(
            slots
                .iter()
                .map(|slot| slot.map_or(0, |index| keys[index].variant.index)),
        );
        quote!(const ROWS: [#row_type; #count] = [#(#rows),*];)
    });
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
        Entry::Value => quote! {
            let value = SLOTS[#slot];
            if value as ::core::primitive::i32 == code {
                ::core::option::Option::Some(value)
            } else {
                ::core::option::Option::None
            }
        },
        Entry::KeyRow => {
            let value = value_of_row(spec, variants, &quote!(row));
            let found = found_by_row(discriminants, &value);
            quote! {
                let (key, row) = SLOTS[#slot];
                if key == code {
                    #found
                }
                ::core::option::Option::None
            }
        }
    };
    let items = quote! {
        #displacements
        const EMPTY: #slot_type = #empty;
        const SLOTS: [#slot_type; #count] = [#(#entries),*];
        #rows
    };
    Arrays {
        items,
        found,
        names,
        position: Position::Hash(hash),
        entry,
    }
}

/// What `from_code` does once a row is found for `code`: return its value.
/// Where the discriminants are codes it also checks that the value's is
/// `code` (it always is): the compiler then knows it, and the accessors'
/// `row()`, which hashes the value's code, reuses the slot just read
/// instead of hashing again. (Only large tables read rows, and they are
/// never byte tables, whose keys include signed forms.)
fn found_by_row(discriminants: Discriminants, value: &TokenStream) -> TokenStream {
    match discriminants {
        Discriminants::Codes => quote! {
            let value = #value;
            if value as ::core::primitive::i32 == code {
                return ::core::option::Option::Some(value);
            }
        },
        Discriminants::Rows => quote! {
            return ::core::option::Option::Some(#value);
        },
    }
}

/// The expression for the index of `code` in a dense lookup's arrays: one
/// past the last for a code outside them.
fn dense_index(min: i32, span: u64) -> TokenStream {
    let len = span as usize;
    let (min, span) = (
        Literal::i64_unsuffixed(i64::from(min)),
        Literal::u64_unsuffixed(span),
    );
    quote! {
        let index = (code as ::core::primitive::i64 - #min) as ::core::primitive::u64;
        let index = if index < #span { index as ::core::primitive::usize } else { #len };
    }
}

/// A dense lookup: one entry per code from the smallest, and an empty one
/// past the end for every code outside.
fn dense(
    spec: &EnumSpec,
    keys: &[Key],
    entry: Entry,
    variants: &[Variant],
    discriminants: Discriminants,
    min: i32,
    span: u64,
) -> Arrays {
    let ty = &spec.ident;
    let len = span as usize;
    let mut dense: Vec<Option<&Key>> = vec![None; len];
    for key in keys {
        dense[(i64::from(key.key) - i64::from(min)) as usize] = Some(key);
    }
    let index = dense_index(min, span);
    let position = Position::Dense { min };
    if entry == Entry::KeyRow {
        // Row + 1, and 0 for no row.
        let (row_type, rows) = unsigned_array(
            dense
                .iter()
                .map(|key| key.map_or(0, |key| key.variant.index + 1)),
        );
        let value = value_of_row(spec, variants, &quote!((row - 1)));
        let found = found_by_row(discriminants, &value);
        let items = quote! {
            const DENSE: [#row_type; #len + 1] = [#(#rows,)* 0];
        };
        let found = quote! {
            #index
            let row = DENSE[index];
            if row != 0 {
                #found
            }
            ::core::option::Option::None
        };
        return Arrays {
            items,
            found,
            names: vec!["DENSE"],
            position,
            entry,
        };
    }
    let entries = dense.iter().map(|key| match key {
        Some(key) => {
            let value = key.variant.value(spec, key.code);
            quote!(s(#value))
        }
        None => quote!(N),
    });
    let mut names = vec!["DENSE"];
    let rows = (entry == Entry::Value).then(|| {
        names.push("ROWS");
        let (row_type, rows) = unsigned_array(
            dense
                .iter()
                .map(|key| key.map_or(0, |key| key.variant.index)),
        );
        quote!(const ROWS: [#row_type; #len] = [#(#rows),*];)
    });
    let items = quote! {
        const N: ::core::option::Option<#ty> = ::core::option::Option::None;
        const fn s(value: #ty) -> ::core::option::Option<#ty> {
            ::core::option::Option::Some(value)
        }
        const DENSE: [::core::option::Option<#ty>; #len + 1] = [#(#entries,)* N];
        #rows
    };
    let found = quote! {
        #index
        DENSE[index]
    };
    Arrays {
        items,
        found,
        names,
        position,
        entry,
    }
}

/// `row()` of a table whose discriminants are rows: the tag itself.
fn row_by_match(spec: &EnumSpec, variants: &[Variant]) -> TokenStream {
    let ty = &spec.ident;
    let arms = variants.iter().enumerate().map(|(index, v)| {
        let pattern = v.pattern(spec);
        quote!(#pattern => #index)
    });
    quote! {
        #[inline]
        const fn row(value: #ty) -> ::core::primitive::usize {
            match value {
                #(#arms,)*
                #[allow(unreachable_patterns)]
                _ => 0,
            }
        }
    }
}

/// `row()` of a table whose discriminants are codes: the code's entry in
/// the arrays `from_code` reads. Every value's code is in them.
fn row_by_code(spec: &EnumSpec, arrays: &Arrays) -> TokenStream {
    let ty = &spec.ident;
    let code = quote!((value as ::core::primitive::i32));
    let body = match (&arrays.position, arrays.entry) {
        (Position::None, _) => quote! {
            let _ = value;
            0
        },
        (Position::Dense { min }, entry) => {
            let min = Literal::i64_unsuffixed(i64::from(*min));
            let index =
                quote!((#code as ::core::primitive::i64 - #min) as ::core::primitive::usize);
            if entry == Entry::KeyRow {
                quote!(DENSE[#index] as ::core::primitive::usize - 1)
            } else {
                quote!(ROWS[#index] as ::core::primitive::usize)
            }
        }
        (Position::Hash(hash), entry) => {
            let slot = hash.tokens(spec, &code);
            if entry == Entry::KeyRow {
                quote!(SLOTS[#slot].1 as ::core::primitive::usize)
            } else {
                quote!(ROWS[#slot] as ::core::primitive::usize)
            }
        }
    };
    quote! {
        #[inline]
        const fn row(value: #ty) -> ::core::primitive::usize {
            #body
        }
    }
}

/// `value(row)`, behind `ALL` and the lookups of large tables: an array of
/// the values, or above [`VALUE_ENTRY_ROWS`] rows a match.
fn value(spec: &EnumSpec, variants: &[Variant]) -> TokenStream {
    if variants.len() > VALUE_ENTRY_ROWS {
        return value_by_match(spec, variants);
    }
    let ty = &spec.ident;
    let rows = variants.len();
    let values = variants.iter().map(|v| v.value(spec, v.row.codes.first));
    quote! {
        const VALUES: [#ty; #rows] = [#(#values),*];
        #[inline]
        const fn value(row: ::core::primitive::usize) -> #ty {
            VALUES[row]
        }
    }
}

/// `value()` of a large table: a match per [`CHUNK`] rows, and a match of
/// the chunks.
fn value_by_match(spec: &EnumSpec, variants: &[Variant]) -> TokenStream {
    let ty = &spec.ident;
    let chunks: Vec<&[Variant]> = variants.chunks(CHUNK).collect();
    let last = chunks.len() - 1;
    let names: Vec<Ident> = (0..chunks.len())
        .map(|index| Ident::new(&format!("value_{index}"), Span::call_site()))
        .collect();
    let functions = chunks.iter().zip(&names).map(|(chunk, name)| {
        let arms = chunk.iter().enumerate().map(|(index, v)| {
            let value = v.value(spec, v.row.codes.first);
            if index == chunk.len() - 1 {
                quote!(_ => #value)
            } else {
                quote!(#index => #value)
            }
        });
        quote! {
            const fn #name(row: ::core::primitive::usize) -> #ty {
                match row {
                    #(#arms,)*
                }
            }
        }
    });
    let shift = Literal::u32_unsuffixed(CHUNK.trailing_zeros());
    let mask = Literal::usize_unsuffixed(CHUNK - 1);
    let arms = names.iter().enumerate().map(|(index, name)| {
        if index == last {
            quote!(_ => #name(row & #mask))
        } else {
            quote!(#index => #name(row & #mask))
        }
    });
    quote! {
        #(#functions)*
        const fn value(row: ::core::primitive::usize) -> #ty {
            match row >> #shift {
                #(#arms,)*
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
