//! `msdk-codes man`: the manual page, in roff, for `man -l -`. One page:
//! every subcommand's synopsis, description and options are sections of it
//! (`clap_mangen` would name a page per subcommand, which nothing installs),
//! then the formats, the inputs `explain` reads, and what `scan` counts as
//! a failure.

use std::io::{self, Write};

use clap_mangen::Man;
use clap_mangen::roff::{Roff, bold, italic, roman};

pub fn run(out: &mut impl Write, mut command: clap::Command) -> io::Result<()> {
    command.build();
    let man = Man::new(command.clone());
    man.render_title(out)?;
    let mut name = Roff::new();
    name.control("SH", ["NAME"]);
    let about = crate::ABOUT;
    let first = about.chars().next().map_or(0, char::len_utf8);
    name.text([roman(format!(
        "msdk-codes - {}{}",
        about[..first].to_lowercase(),
        &about[first..]
    ))]);
    write_body(out, &name)?;
    man.render_synopsis_section(out)?;
    man.render_description_section(out)?;
    man.render_options_section(out)?;
    let mut heading = Roff::new();
    heading.control("SH", ["COMMANDS"]);
    write_body(out, &heading)?;
    for subcommand in command
        .get_subcommands()
        .filter(|sub| sub.get_name() != "help")
    {
        subcommand_section(out, subcommand)?;
    }
    write_body(out, &closing_sections())?;
    man.render_version_section(out)
}

/// A subcommand's section: its synopsis, description and options, each the
/// body of the section `clap_mangen` would write on a page of its own.
fn subcommand_section(out: &mut impl Write, subcommand: &clap::Command) -> io::Result<()> {
    let mut heading = Roff::new();
    heading.control(
        "SS",
        [format!("msdk-codes {}", subcommand.get_name()).as_str()],
    );
    write_body(out, &heading)?;
    let man = Man::new(subcommand.clone());
    let mut rendered = Vec::new();
    man.render_synopsis_section(&mut rendered)?;
    man.render_description_section(&mut rendered)?;
    if subcommand.get_arguments().any(|arg| !arg.is_hide_set()) {
        man.render_options_section(&mut rendered)?;
    }
    // Each render opens with roff's preamble and a `.SH`: keep the rest,
    // a paragraph apart.
    let rendered = String::from_utf8_lossy(&rendered);
    let mut in_body = false;
    for line in rendered.lines() {
        if line.starts_with(".SH") {
            in_body = true;
            writeln!(out, ".PP")?;
        } else if in_body && !line.starts_with(".ie \\n(.g") && !line.starts_with(".el ") {
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}

/// What the page says beyond `--help`: formats, inputs, failures, exits.
fn closing_sections() -> Roff {
    let mut page = Roff::new();
    page.control("SH", ["OUTPUT FORMATS"]);
    page.text([roman(
        "--format belongs to the subcommand (after its name) and is text unless given. \
         The subcommands take:",
    )]);
    for (command, formats) in [
        ("explain", "text, json, jsonl, csv, markdown"),
        ("scan", "text, json, jsonl"),
        ("scan --summary", "text, json, csv, markdown"),
        ("list, tables", "text, json, csv, markdown"),
        ("completions, man", "none: they take no --format"),
    ] {
        page.control("TP", []);
        page.text([bold(command)]);
        page.text([roman(formats)]);
    }
    page.control("PP", []);
    page.text([
        bold("json"),
        roman(
            " is one JSON document, an array of objects, in every subcommand. explain and scan \
             write it as they go: an object per input (explain), per failing line (scan), per \
             code and table (scan --summary), per code (list), per table (tables). ",
        ),
        bold("jsonl"),
        roman(
            " (JSON Lines) writes the same objects one per line, each as soon as it is known, \
             for streams. Every object names a code the same way: table (the table id), code \
             (always a number: 17 for 0x11), hex (\"0x11\", in hex tables), signed (in tables of \
             byte codes), name, description, solution, action, and oidb_command (\"0x73a\") when \
             the code came through an OIDB failure. In scan --summary a code no table knows has \
             null for table, name, description, solution and action.",
        ),
    ]);
    page.control("SH", ["INPUTS OF EXPLAIN"]);
    page.text([roman(
        "Each INPUT, or each line of stdin when there is none, is one of:",
    )]);
    for (form, what) in [
        (
            "a code",
            "decimal or 0x hex, with an optional sign: -21, 155, 0x47, -0x10. Every table (or \
             --table) that knows the number answers.",
        ),
        (
            "a variant name",
            "AccessTokenDeprecated: every table with a code of that name.",
        ),
        (
            "a text",
            "a log line or response body holding a ret (ret=-21, \"ret\":-21, ret: 100014) \
             and/or an OIDB failure (oidb decode0x73a failed, ret: 17), read by the rules below.",
        ),
    ] {
        page.control("TP", []);
        page.text([italic(form)]);
        page.text([roman(what)]);
    }
    page.control("SH", ["WHAT SCAN COUNTS AS A FAILURE"]);
    page.text([roman(
        "explain and scan read a line by the rules of the library's module msdk_codes::text \
         (its documentation states them in full). In short:",
    )]);
    for (i, rule) in [
        "A ret is the key ret in any case (ret, RET, \"ret\"), not part of a longer word \
         (secret, retry, ret_code, errcode), then : or = with optional spaces and a code; a \
         quoted code counts. /ret/-21 is a path, not a ret.",
        "A code is an integer standing alone: decimal or 0x hex, optionally signed, within 32 \
         bits, followed by no letter, digit, _, or . and a digit (1.5s, -21.5, 116ms and 0x are \
         none); a ret whose value is no code is passed over.",
        "An OIDB failure is the form MSDK documents, oidb decode0x73a failed, ret: 17, in any \
         case, with or without the spaces. Any other mention of decode is none.",
        "The line's ret is its first ret outside its OIDB failure.",
        "The line's ret is looked up in the tables an API's ret comes from (QQ platform, QQ \
         group, Game Center), never in the OIDB tables: an OIDB code only travels inside an OIDB \
         failure.",
        "A ret of 0, the line's or the OIDB failure's, is a success, not a failure.",
    ]
    .into_iter()
    .enumerate()
    {
        page.control("IP", [format!("{}.", i + 1).as_str(), "4"]);
        page.text([roman(rule)]);
    }
    page.control("PP", []);
    page.text([roman(
        "A line is a failure when its ret or its OIDB failure's ret is not 0. --table names the \
         table of the log's rets; an OIDB failure goes to its command's table whatever it is.",
    )]);
    page.control("SH", ["EXIT STATUS"]);
    page.text([roman(
        "0 on success; 1 when an input of explain matched nothing (the codes most likely meant \
         go to stderr); 2 on a usage error or a file scan cannot read; 3 when the output cannot \
         be written. A closed stdout (| head) ends the tool quietly with 0.",
    )]);
    page
}

/// A roff fragment without the preamble that each rendering opens with.
fn write_body(out: &mut impl Write, roff: &Roff) -> io::Result<()> {
    out.write_all(roff.to_roff().as_bytes())
}
