//! One stable sort for the whole crate.
//!
//! The standard library's stable sort is generic: every element type it sorts adds its own
//! copy of the sort (about 4 KB of wasm each, seven copies in the app). Here one small merge
//! sort runs, on positions, with the comparison passed by reference; the elements are then
//! moved into that order. The result is exactly `slice::sort_by`'s: stable, the same order for
//! equal elements.

use std::cmp::Ordering;

/// Sorts `v` by `cmp`, stably, like `v.sort_by(cmp)`.
pub fn sort_by<T>(v: &mut Vec<T>, cmp: &dyn Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let positions = {
        let items: &[T] = v;
        sorted_positions(items.len(), &|a, b| cmp(&items[a], &items[b]))
    };
    let mut taken: Vec<Option<T>> = v.drain(..).map(Some).collect();
    // `positions` is a permutation, so every slot is taken exactly once.
    v.extend(positions.iter().filter_map(|&i| taken[i as usize].take()));
}

/// Sorts `v` by a key, stably, like `v.sort_by_key(key)`.
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(v, &|a, b| key(a).cmp(&key(b)));
}

/// The positions `0..n` in the order `cmp` gives them; ties keep their original order.
///
/// A bottom-up merge sort of its own rather than `slice::sort_by`: the standard one is built for
/// speed on large inputs and links about 4 KB of wasm; this one is a few hundred bytes, and the
/// app sorts at most a few thousand positions (a Monte Carlo's runs).
#[inline(never)]
fn sorted_positions(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<u32> {
    let mut from: Vec<u32> = (0..n as u32).collect();
    let mut to = from.clone();
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j) = (start, mid);
            for slot in &mut to[start..end] {
                // Take from the right run only when strictly smaller: equal elements keep
                // their order.
                let right = j < end
                    && (i >= mid || cmp(from[j] as usize, from[i] as usize) == Ordering::Less);
                if right {
                    *slot = from[j];
                    j += 1;
                } else {
                    *slot = from[i];
                    i += 1;
                }
            }
            start = end;
        }
        std::mem::swap(&mut from, &mut to);
        width *= 2;
    }
    from
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The same order as the standard library's stable sort, ties included.
        #[test]
        fn equals_std_stable_sort(v in proptest::collection::vec((0u8..6, any::<u16>()), 0..200)) {
            let mut ours = v.clone();
            sort_by(&mut ours, &|a, b| a.0.cmp(&b.0));
            let mut theirs = v.clone();
            theirs.sort_by_key(|a| a.0);
            prop_assert_eq!(ours, theirs);
        }

        #[test]
        fn by_key_equals_std(v in proptest::collection::vec(any::<i16>(), 0..100)) {
            let mut ours = v.clone();
            sort_by_key(&mut ours, |x| std::cmp::Reverse(*x));
            let mut theirs = v;
            theirs.sort_by_key(|x| std::cmp::Reverse(*x));
            prop_assert_eq!(ours, theirs);
        }
    }

    #[test]
    fn moves_owned_values_without_losing_any() {
        let mut names: Vec<String> = ["b", "a", "c", "a"].iter().map(|s| s.to_string()).collect();
        sort_by(&mut names, &|a, b| a.cmp(b));
        assert_eq!(names, ["a", "a", "b", "c"]);
    }
}
