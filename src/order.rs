//! One stable sort for the whole crate.
//!
//! The standard library's stable sort is generic: every element type it sorts adds its own
//! copy of the sort (about 4 KB of wasm each, seven copies in the app). Here the standard
//! sort runs once, on positions, with the comparison passed by reference; the elements are
//! then moved into that order. The result is exactly `slice::sort_by`'s: stable, the same
//! order for equal elements.

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
#[inline(never)]
fn sorted_positions(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<u32> {
    let mut positions: Vec<u32> = (0..n as u32).collect();
    positions.sort_by(|a, b| cmp(*a as usize, *b as usize));
    positions
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
