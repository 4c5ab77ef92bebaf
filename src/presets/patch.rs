//! Earlier versions of a preset as edits of the next version (size: a plan's old versions share
//! most of their text with its current one; as edits they cost about 3 KB gzip less than as
//! whole files beside it).
//!
//! `build.rs` includes this file too: it writes each history file as the [`diff`] of the next
//! version's text and checks that [`apply`] gives the file back byte for byte; the app applies
//! the edits when an old link asks for that version.
//!
//! The texts are cut into chunks after every `,`, `:`, bracket and space (the JSON's joints and
//! the words of its notes), and a
//! patch is a sequence of `=N;` (keep the next N chunks of the base), `-N;` (skip N chunks) and
//! `+N;` followed by N bytes of new text.

/// The text cut after every `,`, `:`, bracket and space.
pub fn chunks(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if matches!(b, b',' | b'{' | b'[' | b':' | b'}' | b']') {
            out.push(&text[start..=i]);
            start = i + 1;
        }
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// `base` with `patch` applied; `None` if the patch does not fit the base.
pub fn apply(base: &str, patch: &str) -> Option<String> {
    let pieces = chunks(base);
    let mut at: usize = 0;
    let mut out = String::with_capacity(base.len());
    let mut rest = patch;
    while let Some(op) = rest.chars().next() {
        let (number, after) = rest.get(op.len_utf8()..)?.split_once(';')?;
        let n: usize = number.parse().ok()?;
        rest = after;
        match op {
            '=' => {
                let end = at.checked_add(n)?;
                for piece in pieces.get(at..end)? {
                    out.push_str(piece);
                }
                at = end;
            }
            '-' => at = at.checked_add(n).filter(|end| *end <= pieces.len())?,
            '+' => {
                out.push_str(rest.get(..n)?);
                rest = rest.get(n..)?;
            }
            _ => return None,
        }
    }
    (at == pieces.len()).then_some(out)
}

/// The patch that turns `base` into `target`: the longest common sequence of chunks kept, the
/// rest skipped or inserted.
pub fn diff(base: &str, target: &str) -> String {
    let (a, b) = (chunks(base), chunks(target));
    let (n, m) = (a.len(), b.len());
    // lcs[i][j]: the longest common sequence of a[i..] and b[j..].
    let mut lcs = vec![0u32; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[at(i, j)] = if a[i] == b[j] {
                lcs[at(i + 1, j + 1)] + 1
            } else {
                lcs[at(i + 1, j)].max(lcs[at(i, j + 1)])
            };
        }
    }
    #[derive(PartialEq)]
    enum Op {
        Keep,
        Skip,
        Insert,
    }
    let mut ops: Vec<(Op, usize)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        let op = if i < n && j < m && a[i] == b[j] {
            i += 1;
            j += 1;
            Op::Keep
        } else if j < m && (i == n || lcs[at(i, j + 1)] >= lcs[at(i + 1, j)]) {
            j += 1;
            Op::Insert
        } else {
            i += 1;
            Op::Skip
        };
        match ops.last_mut() {
            Some((last, count)) if *last == op => *count += 1,
            _ => ops.push((op, 1)),
        }
    }
    let mut out = String::new();
    let mut j = 0;
    for (op, count) in ops {
        match op {
            Op::Keep => {
                out.push_str(&format!("={count};"));
                j += count;
            }
            Op::Skip => out.push_str(&format!("-{count};")),
            Op::Insert => {
                let text: String = b[j..j + count].concat();
                out.push_str(&format!("+{};{text}", text.len()));
                j += count;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_patch_gives_the_target_back() {
        let base = r#"{"a":1,"b":[1,2,3],"c":{"d":"x,y"}}"#;
        let target = r#"{"a":1,"b":[1,5,3,4],"e":"new","c":{"d":"x,y"}}"#;
        let patch = diff(base, target);
        assert_eq!(apply(base, &patch).as_deref(), Some(target));
        assert_eq!(apply(base, &diff(base, base)).as_deref(), Some(base));
        assert_eq!(apply("", &diff("", target)).as_deref(), Some(target));
        assert_eq!(apply(base, &diff(base, "")).as_deref(), Some(""));
    }

    #[test]
    fn a_patch_that_does_not_fit_is_refused() {
        let base = r#"{"a":1,"b":2}"#;
        assert_eq!(apply(base, "=9;"), None);
        assert_eq!(apply(base, "=1;"), None);
        assert_eq!(apply(base, "+5;ab"), None);
        assert_eq!(apply(base, "?1;"), None);
        assert_eq!(apply(base, "=x;"), None);
    }
}
