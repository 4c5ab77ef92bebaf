//! Writes each preset's JSON without the whitespace between tokens into `OUT_DIR/presets/`, which
//! `src/presets/mod.rs` includes: the files in the repository stay readable, the app carries
//! about 1 KB gzip less. Only whitespace outside strings goes; every string, number and key
//! stays as written (the parser, not this, checks the files: `tests/presets.rs`).

use std::fs;
use std::path::Path;

// The history's edits (src/presets/patch.rs, shared with the app).
#[path = "src/presets/patch.rs"]
#[allow(dead_code)]
mod patch;

fn minify(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !c.is_whitespace() {
            out.push(c);
        }
    }
    out
}

fn main() {
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("presets");
    println!("cargo:rerun-if-changed=src/presets/patch.rs");
    for (dir, sub) in [("src/presets", ""), ("src/presets/history", "history")] {
        println!("cargo:rerun-if-changed={dir}");
        let target = out.join(sub);
        fs::create_dir_all(&target).expect("OUT_DIR is writable");
        for entry in fs::read_dir(dir).expect("the presets are in the repository") {
            let path = entry.expect("readable directory").path();
            if path.extension().is_some_and(|e| e == "json") {
                let text = fs::read_to_string(&path).expect("a preset is UTF-8 text");
                let name = path.file_name().expect("a file");
                fs::write(target.join(name), minify(&text)).expect("OUT_DIR is writable");
            }
        }
    }
    // Each earlier version as the edits of the next one (`id@1` of `id@2`, `id@2` of the
    // current file), checked to give the file back byte for byte.
    for entry in fs::read_dir(out.join("history")).expect("written above") {
        let path = entry.expect("readable directory").path();
        let Some(stem) = path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".json"))
        else {
            continue;
        };
        let (id, version) = stem
            .split_once('@')
            .expect("history files are named id@VERSION");
        let version: u32 = version.parse().expect("a version number");
        let next = out
            .join("history")
            .join(format!("{id}@{}.json", version + 1));
        let base = fs::read_to_string(&next)
            .or_else(|_| fs::read_to_string(out.join(format!("{id}.json"))))
            .expect("the next version exists");
        let text = fs::read_to_string(&path).expect("written above");
        let edits = patch::diff(&base, &text);
        assert_eq!(
            patch::apply(&base, &edits).as_deref(),
            Some(text.as_str()),
            "the edits of {stem} give the file back"
        );
        fs::write(path.with_extension("patch"), edits).expect("OUT_DIR is writable");
    }
}
