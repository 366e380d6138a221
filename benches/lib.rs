//! The benchmarks' package: `lookup.rs` and `expand.rs`, see
//! BENCHMARKS.md. Nothing to export.
