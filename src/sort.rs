//! The crate's one stable sort.
//!
//! The standard library's stable sort is generic over the element and the comparison, so each
//! `sort_by` on a new type links its own copy of the whole algorithm: ten copies were 39 KB of
//! the web app (about 3.5 KB each, measured 2026-12-04). Here the standard sort runs on one
//! type only, indices with the comparison behind a `dyn`, and the elements are then moved into
//! that order: one copy of the algorithm, and a few instructions per element type.
//!
//! Stable, as the house rules ask (clippy.toml): equal items keep the order they were given, so
//! the same scenario always lists them the same way.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let mut order: Vec<usize> = (0..v.len()).collect();
    sort_indices(&mut order, &mut |a, b| cmp(&v[a], &v[b]));
    permute(v, order);
}

/// Sorts `v` stably by `key`.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` stably in ascending order.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// The standard library's stable sort, on indices: the one instantiation the crate links.
#[inline(never)]
fn sort_indices(order: &mut [usize], cmp: &mut dyn FnMut(usize, usize) -> Ordering) {
    #[allow(clippy::disallowed_methods)]
    order.sort_by(|a, b| cmp(*a, *b));
}

/// Puts `v[order[i]]` at position `i`, in place: each cycle of the permutation is followed with
/// swaps, and a position done is marked by pointing `order` at itself.
fn permute<T>(v: &mut [T], mut order: Vec<usize>) {
    for start in 0..order.len() {
        let mut at = start;
        while order[at] != start && order[at] != at {
            let next = order[at];
            v.swap(at, next);
            order[at] = at;
            at = next;
        }
        order[at] = at;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The same order as the standard library's stable sort, equal keys included.
        #[test]
        #[allow(clippy::disallowed_methods)]
        fn agrees_with_std_stable_sort(items in prop::collection::vec((0u8..6, any::<u16>()), 0..60)) {
            let mut mine = items.clone();
            sort_by_key(&mut mine, |(k, _)| *k);
            let mut theirs = items;
            theirs.sort_by_key(|(k, _)| *k);
            prop_assert_eq!(mine, theirs);
        }
    }

    #[test]
    fn sorts_owned_values_and_reverses() {
        let mut words: Vec<String> = ["b", "c", "a", "b"].iter().map(|s| s.to_string()).collect();
        sort(&mut words);
        assert_eq!(words, ["a", "b", "b", "c"]);
        let mut years = vec![2020, 2022, 2021];
        sort_by(&mut years, |a, b| b.cmp(a));
        assert_eq!(years, [2022, 2021, 2020]);
    }
}
