//! Tidy tests: the architecture of ARCHITECTURE.md ("Layers") checked on the source text, in
//! the manner of rust-analyzer's `tidy` tests.
//!
//! - Every import points down: a module uses only its own layer and the layers below it.
//! - No import cycle between source files (the UI included).
//! - Browser crates are used only under `src/ui/` (and the app's entry point).
//! - A scenario field's path is written out in at most two source files.
//!
//! The house rules a type checker can say (banned types and methods) are clippy's, in
//! `clippy.toml`; these are the ones it cannot.
//!
//! An import is a `crate::…`, `super::…` or `self::…` path in a file's code outside comments and
//! outside every item under `#[cfg(test)]`, wherever in the file it stands. A path into a
//! folder's `mod.rs` that names an item the folder re-exports from one of its files counts as an
//! import of that file, so a `mod.rs` that only declares and re-exports is never part of a cycle.

// The house's map rule (clippy.toml) is for what the app and the CLI write; this test's graph
// of source files needs ordered maps and sets of its own.
#![allow(clippy::disallowed_types)]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The layers, bottom to top; a file may import from its own layer and those before it.
const LAYERS: &[(&str, &str)] = &[
    ("money", "foundation: amounts of money and their rounding"),
    (
        "keyed",
        "foundation: the crate's one map by text key, kept sorted",
    ),
    ("sort", "foundation: the crate's one stable sort"),
    (
        "scenario",
        "the scenario format: types, fields, bounds, parsing, errors as data",
    ),
    ("presets", "the regional plans as scenario files"),
    ("engine", "the monthly step and the projection"),
    (
        "analysis",
        "calibration, goal seek, Monte Carlo, sensitivity",
    ),
    ("formats", "share link, CSV, saved list"),
    (
        "i18n",
        "languages: texts, messages, number formats, typed input",
    ),
    (
        "app",
        "the web app's pure state, edits, levers and views as data",
    ),
    ("cli", "the analyst command line"),
    ("ui", "the browser: Yew components (wasm32 only)"),
];

/// Foundation modules share a rank: neither uses the other, and both may be used by all.
fn rank(layer: &str) -> Option<usize> {
    match layer {
        "money" | "keyed" | "sort" => Some(0),
        _ => LAYERS.iter().position(|(name, _)| *name == layer),
    }
}

/// Crates that only exist in the browser build.
const BROWSER_CRATES: &[&str] = &[
    "yew",
    "web_sys",
    "js_sys",
    "wasm_bindgen",
    "wasm_bindgen_futures",
    "gloo",
    "gloo_timers",
    "gloo_events",
    "plotters_canvas",
    "plotters",
];

struct SourceFile {
    /// `src/app/state.rs`
    path: PathBuf,
    /// `["app", "state"]`; a folder's `mod.rs` is the folder (`["scenario"]`), `lib.rs` is `[]`.
    module: Vec<String>,
    /// The code without comments and without the test module.
    code: String,
    /// The modules it declares in files of their own (`mod step;`).
    children: Vec<String>,
}

fn src_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    zothuis::sort::sort(&mut entries);
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code a build sees outside tests: comments and the contents of string and character
/// literals removed, and every item under `#[cfg(test)]` cut out wherever it stands (a test
/// module at the end or in the middle of a file, a test-only function or `use`).
fn code_of(text: &str) -> String {
    let masked = masked(text);
    without(&masked, &test_items(&masked))
}

/// `chars` without the spans (start, end), as text.
fn without(chars: &[char], spans: &[(usize, usize)]) -> String {
    let mut out = String::with_capacity(chars.len());
    let mut from = 0;
    for &(start, end) in spans {
        out.extend(&chars[from..start]);
        from = end;
    }
    out.extend(&chars[from..]);
    out
}

/// `text` with the same characters at the same places, except that comments and the contents of
/// string and character literals are blanked (newlines kept), so that braces, `;` and paths
/// found in what is left are the code's own.
fn masked(text: &str) -> Vec<char> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = chars.clone();
    let blank = |out: &mut Vec<char>, from: usize, to: usize| {
        for c in &mut out[from..to.min(chars.len())] {
            if *c != '\n' {
                *c = ' ';
            }
        }
    };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            let end = (i..chars.len())
                .find(|&j| chars[j] == '\n')
                .unwrap_or(chars.len());
            blank(&mut out, i, end);
            i = end;
            continue;
        }
        if c == '/' && next == Some('*') {
            let mut end = i + 2;
            while end + 1 < chars.len() && !(chars[end] == '*' && chars[end + 1] == '/') {
                end += 1;
            }
            blank(&mut out, i, end + 2);
            i = end + 2;
            continue;
        }
        // A raw string r"…" or r#"…"#.
        if c == 'r'
            && (next == Some('"') || next == Some('#'))
            && (i == 0 || !is_ident(chars[i - 1]))
        {
            let hashes = chars[i + 1..].iter().take_while(|&&h| h == '#').count();
            if chars.get(i + 1 + hashes) == Some(&'"') {
                let body_start = i + 2 + hashes;
                let mut end = body_start;
                while end < chars.len()
                    && !(chars[end] == '"'
                        && chars[end + 1..]
                            .iter()
                            .take(hashes)
                            .filter(|&&h| h == '#')
                            .count()
                            == hashes)
                {
                    end += 1;
                }
                blank(&mut out, body_start, end);
                i = end + 1 + hashes;
                continue;
            }
        }
        if c == '"' {
            let mut end = i + 1;
            while end < chars.len() && chars[end] != '"' {
                if chars[end] == '\\' {
                    end += 1;
                }
                end += 1;
            }
            blank(&mut out, i + 1, end);
            i = end + 1;
            continue;
        }
        // A character literal ('x', '\'', '\n'), not a lifetime ('a).
        if c == '\'' {
            let len = if next == Some('\\') {
                chars[i + 2..]
                    .iter()
                    .position(|&q| q == '\'')
                    .map(|k| k + 3)
            } else if chars.get(i + 2) == Some(&'\'') {
                Some(3)
            } else {
                None
            };
            if let Some(len) = len {
                blank(&mut out, i + 1, i + len - 1);
                i += len;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// The spans (start, end) of the items under `#[cfg(test)]` in masked code: from the attribute
/// to the item's closing `;` or the brace that closes its body.
fn test_items(code: &[char]) -> Vec<(usize, usize)> {
    let pattern: Vec<char> = "#[cfg(test)]".chars().collect();
    let mut spans = Vec::new();
    let mut i = 0;
    while i + pattern.len() <= code.len() {
        if code[i..i + pattern.len()] != pattern[..] {
            i += 1;
            continue;
        }
        let mut j = i + pattern.len();
        let mut depth = 0usize;
        while j < code.len() {
            match code[j] {
                ';' if depth == 0 => break,
                '{' => depth += 1,
                '}' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        let end = (j + 1).min(code.len());
        spans.push((i, end));
        i = end;
    }
    spans
}

/// The text of a file with its comment lines and its `#[cfg(test)]` items cut, literals kept
/// (for checks on what the literals say).
fn code_with_literals(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    without(&chars, &test_items(&masked(text)))
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn sources() -> Vec<SourceFile> {
    let src = src_dir();
    let mut paths = Vec::new();
    rust_files(&src, &mut paths);
    paths
        .into_iter()
        .map(|path| {
            let rel = path.strip_prefix(&src).unwrap();
            let mut module: Vec<String> = rel
                .iter()
                .map(|part| part.to_string_lossy().trim_end_matches(".rs").to_string())
                .collect();
            if matches!(module.last().map(String::as_str), Some("mod" | "lib")) {
                module.pop();
            }
            let code = code_of(&fs::read_to_string(&path).unwrap());
            let children = code
                .split(';')
                .filter_map(|s| {
                    let s = s.trim();
                    let s = s
                        .strip_prefix("pub ")
                        .or(s.strip_prefix("pub(crate) "))
                        .unwrap_or(s);
                    let name = s
                        .rsplit_once("mod ")
                        .filter(|(before, _)| {
                            before.trim().is_empty() || before.trim_end().ends_with(']')
                        })?
                        .1;
                    name.chars().all(is_ident).then(|| name.to_string())
                })
                .collect();
            SourceFile {
                path,
                module,
                code,
                children,
            }
        })
        .collect()
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// Every path that starts with `crate`, `super` or `self`, as segments; a `use` tree with
/// braces gives one path per leaf (`use crate::a::{b, c::d}` → `a::b`, `a::c::d`).
///
/// In a folder's `mod.rs`, a path that starts with one of its own files (`step::simulate`,
/// `pub use parse::parse`) is read as `self::step::simulate`.
fn paths_in(code: &str, children: &[String]) -> Vec<Vec<String>> {
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let starts_word = i == 0 || !is_ident(chars[i - 1]) && chars[i - 1] != ':';
        if starts_word && is_ident(chars[i]) {
            let word_end = (i..chars.len())
                .find(|&j| !is_ident(chars[j]))
                .unwrap_or(chars.len());
            let word: String = chars[i..word_end].iter().collect();
            if (matches!(word.as_str(), "crate" | "super" | "self") || children.contains(&word))
                && chars.get(word_end) == Some(&':')
                && chars.get(word_end + 1) == Some(&':')
            {
                let prefix = if children.contains(&word) {
                    vec!["self".to_string()]
                } else {
                    Vec::new()
                };
                let (paths, end) = parse_tree(&chars, i, prefix);
                out.extend(paths);
                i = end;
                continue;
            }
            i = word_end;
            continue;
        }
        i += 1;
    }
    out
}

/// Reads a path or `use` tree at `start` (segments separated by `::`, maybe ending in braces).
fn parse_tree(chars: &[char], start: usize, prefix: Vec<String>) -> (Vec<Vec<String>>, usize) {
    let mut segments = prefix;
    let mut i = start;
    loop {
        while i < chars.len() && chars[i].is_whitespace() {
            i += 1;
        }
        if i < chars.len() && chars[i] == '{' {
            i += 1;
            let mut out = Vec::new();
            loop {
                while i < chars.len() && (chars[i].is_whitespace() || chars[i] == ',') {
                    i += 1;
                }
                if i >= chars.len() || chars[i] == '}' {
                    return (out, i + 1);
                }
                let (paths, end) = parse_tree(chars, i, segments.clone());
                out.extend(paths);
                i = end;
            }
        }
        let end = (i..chars.len())
            .find(|&j| !is_ident(chars[j]))
            .unwrap_or(chars.len());
        if end == i {
            // `*` or anything else ends the path.
            if i < chars.len() && chars[i] == '*' {
                i += 1;
            }
            return (vec![segments], i);
        }
        segments.push(chars[i..end].iter().collect());
        i = end;
        if chars.get(i) == Some(&':') && chars.get(i + 1) == Some(&':') {
            i += 2;
        } else {
            // Skip an `as name` rename.
            return (vec![segments], i);
        }
    }
}

/// Items a folder's `mod.rs` re-exports from its files: item name → the file's module.
fn reexports(file: &SourceFile) -> BTreeMap<String, Vec<String>> {
    let mut out = BTreeMap::new();
    for statement in file.code.split(';') {
        let statement = statement.trim();
        let Some(rest) = statement
            .strip_prefix("pub use ")
            .or_else(|| statement.strip_prefix("pub(crate) use "))
        else {
            continue;
        };
        let rest = rest.trim_start_matches("self::");
        let chars: Vec<char> = rest.chars().collect();
        let (paths, _) = parse_tree(&chars, 0, Vec::new());
        for path in paths {
            if path.len() >= 2 {
                let mut child = file.module.clone();
                child.push(path[0].clone());
                out.insert(path.last().unwrap().clone(), child);
            }
        }
    }
    out
}

/// Resolves a path used in `from` to the absolute module path it names, and that to a file.
fn resolve(
    path: &[String],
    from: &SourceFile,
    modules: &BTreeMap<Vec<String>, usize>,
    reexported: &BTreeMap<Vec<String>, BTreeMap<String, Vec<String>>>,
) -> Option<usize> {
    let mut absolute: Vec<String> = Vec::new();
    let mut rest = path;
    // `self` is the file's own module; each `super` goes up one.
    match path.first()?.as_str() {
        "crate" => rest = &path[1..],
        "self" => {
            absolute = from.module.clone();
            rest = &path[1..];
        }
        "super" => {
            absolute = from.module.clone();
            while rest.first().is_some_and(|s| s == "super") {
                absolute.pop();
                rest = &rest[1..];
            }
        }
        _ => return None,
    }
    absolute.extend(rest.iter().cloned());
    // The longest prefix that is a source file, then through the folder's re-exports.
    for len in (0..=absolute.len()).rev() {
        if let Some(&index) = modules.get(&absolute[..len]) {
            if let (Some(item), Some(map)) = (absolute.get(len), reexported.get(&absolute[..len])) {
                if let Some(child) = map.get(item) {
                    if let Some(&child_index) = modules.get(child) {
                        return Some(child_index);
                    }
                }
            }
            return Some(index);
        }
    }
    None
}

fn graph() -> (Vec<SourceFile>, BTreeMap<usize, BTreeSet<usize>>) {
    let files = sources();
    let modules: BTreeMap<Vec<String>, usize> = files
        .iter()
        .enumerate()
        .filter(|(_, f)| {
            !f.path.to_string_lossy().contains("/bin/") && !f.path.ends_with("main.rs")
        })
        .map(|(i, f)| (f.module.clone(), i))
        .collect();
    let reexported: BTreeMap<Vec<String>, BTreeMap<String, Vec<String>>> = files
        .iter()
        .map(|f| (f.module.clone(), reexports(f)))
        .collect();
    let mut edges: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    for (i, file) in files.iter().enumerate() {
        for path in paths_in(&file.code, &file.children) {
            if let Some(j) = resolve(&path, file, &modules, &reexported) {
                if j != i && !files[j].module.is_empty() {
                    edges.entry(i).or_default().insert(j);
                }
            }
        }
    }
    (files, edges)
}

fn name(file: &SourceFile) -> String {
    file.path
        .strip_prefix(src_dir())
        .unwrap()
        .to_string_lossy()
        .into_owned()
}

#[test]
fn every_import_points_down() {
    let (files, edges) = graph();
    let mut wrong = Vec::new();
    for (&from, targets) in &edges {
        let Some(from_layer) = files[from].module.first() else {
            continue; // lib.rs declares the layers
        };
        let Some(from_rank) = rank(from_layer) else {
            if files[from].path.to_string_lossy().contains("/bin/")
                || name(&files[from]) == "main.rs"
            {
                continue;
            }
            wrong.push(format!("{} is in no layer of LAYERS", name(&files[from])));
            continue;
        };
        for &to in targets {
            let to_layer = &files[to].module[0];
            let to_rank = rank(to_layer).unwrap_or(usize::MAX);
            let same_foundation = from_rank == 0 && to_rank == 0 && from_layer != to_layer;
            if to_rank > from_rank || same_foundation {
                wrong.push(format!(
                    "{} ({from_layer}) imports {} ({to_layer}), a layer above it",
                    name(&files[from]),
                    name(&files[to])
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports that point up:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn no_import_cycle_between_source_files() {
    let (files, edges) = graph();
    // Depth-first search; a back edge closes a cycle, reported with its files in order.
    fn visit(
        node: usize,
        edges: &BTreeMap<usize, BTreeSet<usize>>,
        state: &mut Vec<u8>,
        stack: &mut Vec<usize>,
        cycles: &mut Vec<Vec<usize>>,
    ) {
        state[node] = 1;
        stack.push(node);
        for &next in edges.get(&node).into_iter().flatten() {
            match state[next] {
                0 => visit(next, edges, state, stack, cycles),
                1 => {
                    let from = stack.iter().position(|&n| n == next).unwrap();
                    cycles.push(stack[from..].to_vec());
                }
                _ => {}
            }
        }
        stack.pop();
        state[node] = 2;
    }
    let mut state = vec![0u8; files.len()];
    let mut cycles = Vec::new();
    for node in 0..files.len() {
        if state[node] == 0 {
            visit(node, &edges, &mut state, &mut Vec::new(), &mut cycles);
        }
    }
    let shown: Vec<String> = cycles
        .iter()
        .map(|cycle| {
            let mut names: Vec<String> = cycle.iter().map(|&n| name(&files[n])).collect();
            names.push(names[0].clone());
            names.join(" -> ")
        })
        .collect();
    assert!(shown.is_empty(), "import cycles:\n{}", shown.join("\n"));
}

#[test]
fn browser_crates_only_in_the_ui() {
    let mut wrong = Vec::new();
    for file in sources() {
        let in_ui = file.module.first().is_some_and(|m| m == "ui");
        let entry = file.path.ends_with("main.rs");
        if in_ui || entry {
            continue;
        }
        for krate in BROWSER_CRATES {
            let used = file
                .code
                .match_indices(&format!("{krate}::"))
                .any(|(i, _)| i == 0 || !is_ident(file.code[..i].chars().last().unwrap_or(' ')));
            if used {
                wrong.push(format!("{} uses {krate}", name(&file)));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "browser crates outside src/ui:\n{}",
        wrong.join("\n")
    );
}

/// The tidy test's own reading of paths, on known cases (so that a check cannot pass by
/// reading nothing).
#[test]
fn the_reader_finds_imports_and_skips_tests_and_comments() {
    let code = code_of(
        "use crate::a::{b, c::D};\n// crate::comment::x\nfn f() { super::e::f(); let s = \"crate::no\"; let q = '\"'; }\n#[cfg(test)]\nmod tests { use crate::z; fn g() { if x { crate::y::h(); } } }\nuse crate::after::Tests;\n#[cfg(test)]\nfn only_in_tests() { crate::t::u(); }\n#[cfg(test)]\nuse crate::v;\nconst R: &str = r#\"crate::raw\"#;\nfn last() { crate::k::m(); }\n#[cfg(test)]\nmod display_tests;",
    );
    let paths = paths_in(&code, &[]);
    let shown: Vec<String> = paths.iter().map(|p| p.join("::")).collect();
    assert_eq!(
        shown,
        [
            "crate::a::b",
            "crate::a::c::D",
            "super::e::f",
            "crate::after::Tests",
            "crate::k::m"
        ]
    );
    // The graph is not empty and sees the engine's use of the scenario format.
    let (files, edges) = graph();
    let engine = files
        .iter()
        .position(|f| name(f) == "engine/step.rs")
        .unwrap();
    let targets: Vec<String> = edges[&engine].iter().map(|&t| name(&files[t])).collect();
    assert!(
        targets.iter().any(|t| t.starts_with("scenario/")),
        "{targets:?}"
    );
}

/// A field's path is written out in at most two source files: the field table and at most one
/// other (the parser's own keys aside). Checked for every path with a dot in it; a top-level
/// name such as `foster` is also a word of other formats (a CSV column, a preset key), so it
/// cannot be told apart on the text alone.
#[test]
fn a_field_path_is_written_in_at_most_two_files() {
    let table = fs::read_to_string(src_dir().join("scenario/fields.rs")).unwrap();
    // The paths are the string literals after a `FieldId` variant in the table: `F::X, "a.b"`.
    let mut paths = Vec::new();
    for (i, _) in table.match_indices("F::") {
        let rest = &table[i..];
        let Some(comma) = rest.find(',') else {
            continue;
        };
        let after = rest[comma + 1..].trim_start();
        if let Some(literal) = after.strip_prefix('"') {
            if let Some(end) = literal.find('"') {
                let path = &literal[..end];
                if path.contains('.') && !paths.contains(&path.to_string()) {
                    paths.push(path.to_string());
                }
            }
        }
    }
    assert!(
        paths.len() > 30,
        "the table's paths were not found: {paths:?}"
    );
    // The code of every file, literals kept (`code_of` blanks them), comments and tests cut.
    let files: Vec<(String, String)> = {
        let mut all = Vec::new();
        rust_files(&src_dir(), &mut all);
        all.into_iter()
            .map(|path| {
                let code = code_with_literals(&fs::read_to_string(&path).unwrap());
                let name = path
                    .strip_prefix(src_dir())
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                (name, code)
            })
            .collect()
    };
    let mut wrong = Vec::new();
    for path in &paths {
        let holders: Vec<&str> = files
            .iter()
            .filter(|(_, code)| {
                ['"', '[', '.']
                    .iter()
                    .any(|end| code.contains(&format!("\"{path}{end}")))
            })
            .map(|(name, _)| name.as_str())
            .collect();
        if holders.len() > 2 {
            wrong.push(format!("{path}: {}", holders.join(", ")));
        }
    }
    assert!(
        wrong.is_empty(),
        "paths written out in more than two files:\n{}",
        wrong.join("\n")
    );
}
