//! The recognizer (`msdk_codes::text::Findings`) on a labelled corpus of
//! log lines, `tests/fixtures/log-corpus.txt`: each line with the failures
//! it holds (`ret=-21`, `oidb=0x73a:17`) or none (`-`), covering every rule
//! of the `text` module and the decoys a log holds. Precision and recall
//! over the failures found must both be 1.0.

use std::collections::BTreeSet;

use msdk_codes::text::Findings;

/// The failures of a line as the corpus writes them.
fn found(line: &str) -> BTreeSet<String> {
    let findings = Findings::of(line.as_bytes());
    let mut found = BTreeSet::new();
    if let Some(ret) = findings.failing_ret() {
        found.insert(format!("ret={ret}"));
    }
    if let Some(failure) = findings.failing_oidb() {
        found.insert(format!("oidb={:#x}:{}", failure.command(), failure.ret()));
    }
    found
}

#[test]
fn the_recognizer_finds_every_failure_of_the_corpus_and_nothing_else() {
    let corpus = include_str!("fixtures/log-corpus.txt");
    let (mut lines, mut true_positives, mut false_positives, mut false_negatives) = (0, 0, 0, 0);
    let mut wrong = Vec::new();
    for (number, entry) in corpus.lines().enumerate() {
        if entry.starts_with('#') || entry.trim().is_empty() {
            continue;
        }
        let (label, line) = entry
            .split_once('\t')
            .unwrap_or_else(|| panic!("line {}: no tab between label and line", number + 1));
        lines += 1;
        let expected: BTreeSet<String> = match label {
            "-" => BTreeSet::new(),
            label => label.split(' ').map(str::to_owned).collect(),
        };
        let found = found(line);
        true_positives += found.intersection(&expected).count();
        false_positives += found.difference(&expected).count();
        false_negatives += expected.difference(&found).count();
        if found != expected {
            wrong.push(format!(
                "line {}: {line}\n  expected {expected:?}, found {found:?}",
                number + 1
            ));
        }
    }
    let precision = true_positives as f64 / (true_positives + false_positives) as f64;
    let recall = true_positives as f64 / (true_positives + false_negatives) as f64;
    println!(
        "{lines} lines, {true_positives} failures found right, {false_positives} false alarms, \
         {false_negatives} missed: precision {precision:.3}, recall {recall:.3}"
    );
    assert!(lines >= 200, "the corpus has {lines} lines");
    assert!(
        wrong.is_empty(),
        "precision {precision:.3}, recall {recall:.3}:\n{}",
        wrong.join("\n")
    );
}

/// A line's `ret` is never looked up in an OIDB table: `{"ret":-1,...}`
/// was once counted as OIDB `0xff` too, and `ret=-2` as `0xfe`.
#[test]
fn a_lines_ret_is_never_an_oidb_code() {
    for line in [r#"{"ret":-1,"msg":"x"}"#, "ret=-2", "ret=116", "ret=0x74"] {
        let findings = Findings::of(line.as_bytes());
        assert!(findings.ret().is_some(), "{line}");
        let tables: Vec<_> = findings.ret_codes().map(|code| code.table()).collect();
        assert!(
            tables.iter().all(|table| !table.is_oidb()),
            "{line}: {tables:?}"
        );
        // The OIDB tables do know these numbers.
        let ret = findings.ret().unwrap();
        assert!(
            msdk_codes::lookup_all(ret).any(|code| code.table().is_oidb()),
            "{line}"
        );
    }
    assert_eq!(
        Findings::of(b"ret=-1")
            .ret_codes()
            .map(|code| code.table())
            .collect::<Vec<_>>(),
        [
            msdk_codes::Table::QqPlatform,
            msdk_codes::Table::BlueDiamondGift
        ]
    );
}
