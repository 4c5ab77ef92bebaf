//! "Verdeling over de gemeenten" (issue 26, first part): a regional amount split over the
//! member municipalities by a key, to the cent.
//!
//! **The rule.** Every amount is split on its own in whole cents by the largest remainder
//! (Hamilton's method): each municipality gets the whole cents of its exact share
//! (`amount × weight / Σ weights`, rounded toward zero); the cents left over go one each to the
//! municipalities with the largest remainders, and among equal remainders to the one listed
//! first. A negative amount (a shortfall, a net cost) is split as its size and given the sign
//! back. So the municipalities' parts of an amount always sum to the regional amount exactly,
//! an equal key gives parts that differ by at most a cent (the first ones get the extra cents),
//! and a municipality's figures derived from its parts (budget − programme cost) sum to the
//! region's derived figure too, because the derivation is linear.

use crate::money::Euro;
use rust_decimal::Decimal;

/// Why a key cannot split anything.
#[derive(Clone, Debug, PartialEq)]
pub enum KeyError {
    /// No municipalities.
    Empty,
    /// Municipality `index` has a negative weight.
    Negative { index: usize },
    /// Every weight is zero.
    AllZero,
    /// Percentages that do not sum to 100 (to the hundredth), with their sum.
    NotHundred { sum: Decimal },
}

/// A key: one weight per municipality (children aged 0–17, use of 24-hour care, 1 each for
/// equal shares, or percentages that sum to 100).
#[derive(Clone, Debug, PartialEq)]
pub struct Key {
    weights: Vec<Decimal>,
}

impl Key {
    /// A key of counts (children, users of care): non-negative, not all zero.
    pub fn counts(weights: Vec<Decimal>) -> Result<Key, KeyError> {
        if weights.is_empty() {
            return Err(KeyError::Empty);
        }
        if let Some(index) = weights
            .iter()
            .position(|w| w.is_sign_negative() && !w.is_zero())
        {
            return Err(KeyError::Negative { index });
        }
        if weights.iter().all(|w| w.is_zero()) {
            return Err(KeyError::AllZero);
        }
        Ok(Key { weights })
    }

    /// Equal shares for `n` municipalities.
    pub fn equal(n: usize) -> Result<Key, KeyError> {
        Key::counts(vec![Decimal::ONE; n])
    }

    /// A key of percentages, which must sum to 100 (to the hundredth of a percent).
    pub fn percentages(weights: Vec<Decimal>) -> Result<Key, KeyError> {
        let key = Key::counts(weights)?;
        let sum: Decimal = key.weights.iter().sum();
        if (sum - Decimal::ONE_HUNDRED).abs() > Decimal::new(5, 3) {
            return Err(KeyError::NotHundred { sum });
        }
        Ok(key)
    }

    pub fn len(&self) -> usize {
        self.weights.len()
    }

    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    /// Each municipality's share, in % (for the table's key column).
    pub fn shares_pct(&self) -> Vec<Decimal> {
        let sum: Decimal = self.weights.iter().sum();
        self.weights
            .iter()
            .map(|w| *w * Decimal::ONE_HUNDRED / sum)
            .collect()
    }

    /// `amount` split over the municipalities in whole cents (the module's rule); the parts
    /// sum to `amount` rounded to the cent.
    pub fn split(&self, amount: Euro) -> Vec<Euro> {
        let cents = (crate::money::round2(amount.0) * Decimal::ONE_HUNDRED).trunc();
        let negative = cents.is_sign_negative();
        let size = cents.abs();
        let sum: Decimal = self.weights.iter().sum();
        let exact: Vec<Decimal> = self.weights.iter().map(|w| size * *w / sum).collect();
        let mut parts: Vec<Decimal> = exact.iter().map(|e| e.trunc()).collect();
        let given: Decimal = parts.iter().sum();
        // Fewer cents are left than there are municipalities (each lost less than one).
        let left = rust_decimal::prelude::ToPrimitive::to_usize(&(size - given)).unwrap_or(0);
        // The municipalities by remainder, largest first; ties keep their order (a stable sort).
        let mut order: Vec<usize> = (0..parts.len()).collect();
        crate::sort::sort_by(&mut order, |&a, &b| {
            (exact[b] - parts[b]).cmp(&(exact[a] - parts[a]))
        });
        for &i in order.iter().take(left) {
            parts[i] += Decimal::ONE;
        }
        parts
            .into_iter()
            .map(|c| {
                let euros = Decimal::new(0, 2) + c / Decimal::ONE_HUNDRED;
                Euro(if negative { -euros } else { euros })
            })
            .collect()
    }
}

/// One municipality's part of a year of a projection.
#[derive(Clone, Copy, Debug, Default, PartialEq, serde::Serialize)]
pub struct YearPart {
    pub year: i32,
    pub care_cost: Euro,
    pub status_quo_care_cost: Euro,
    /// status quo − care cost (derived from the two parts).
    pub savings: Euro,
    pub programme_cost: Euro,
    pub regular_cost: Euro,
    pub budget: Euro,
    /// budget − programme cost (derived).
    pub budget_balance: Euro,
    /// savings − programme − regular (derived).
    pub net: Euro,
}

/// One municipality's part of a projection: its years, its part of the committed costs after
/// the horizon and its net result with them.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct Part {
    pub years: Vec<YearPart>,
    pub committed_care_cost: Euro,
    pub status_quo_committed_care_cost: Euro,
    /// Σ net + status-quo committed − committed (derived, as the region's `net_with_committed`).
    pub net_with_committed: Euro,
}

/// The projection split over the key's municipalities: every figure the split names is split
/// on its own (the module's rule), the derived ones computed from the parts, so every column
/// sums to the region's figure to the cent.
pub fn split_projection(p: &crate::engine::Projection, key: &Key) -> Vec<Part> {
    let mut parts = vec![Part::default(); key.len()];
    for y in &p.years {
        let status_quo = y.status_quo_care_cost;
        let care = y.care_cost.total;
        let columns = [
            key.split(care),
            key.split(status_quo),
            key.split(y.programme_cost),
            key.split(y.regular_cost),
            key.split(y.budget),
        ];
        for (m, part) in parts.iter_mut().enumerate() {
            let [care, status_quo, programme, regular, budget] = columns.each_ref().map(|c| c[m]);
            let savings = status_quo - care;
            part.years.push(YearPart {
                year: y.year,
                care_cost: care,
                status_quo_care_cost: status_quo,
                savings,
                programme_cost: programme,
                regular_cost: regular,
                budget,
                budget_balance: budget - programme,
                net: savings - programme - regular,
            });
        }
    }
    let committed = key.split(p.committed_care_cost);
    let status_quo_committed = key.split(p.status_quo_committed_care_cost);
    for (m, part) in parts.iter_mut().enumerate() {
        part.committed_care_cost = committed[m];
        part.status_quo_committed_care_cost = status_quo_committed[m];
        let net: Euro = part.years.iter().map(|y| y.net).sum();
        part.net_with_committed = net + status_quo_committed[m] - committed[m];
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(x: i64) -> Decimal {
        Decimal::from(x)
    }

    fn euro(cents: i64) -> Euro {
        Euro(Decimal::new(cents, 2))
    }

    #[test]
    fn gooi_seven_municipalities_by_equal_shares() {
        let key = Key::equal(7).unwrap();
        // € 405,000.00 over seven: 5,785,714.28… cents each; 7 × 5,785,714 leaves 2 cents, for
        // the first two (equal remainders: the order listed).
        let parts = key.split(euro(40_500_000));
        assert_eq!(parts.iter().copied().sum::<Euro>(), euro(40_500_000));
        assert_eq!(parts[0], euro(5_785_715));
        assert_eq!(parts[1], euro(5_785_715));
        assert_eq!(parts[2], euro(5_785_714));
        assert_eq!(parts[6], euro(5_785_714));
    }

    #[test]
    fn a_negative_amount_is_split_as_its_size() {
        let key = Key::counts(vec![d(1), d(2)]).unwrap();
        assert_eq!(key.split(euro(-100)), vec![euro(-33), euro(-67)]);
        assert_eq!(key.split(euro(100)), vec![euro(33), euro(67)]);
        assert_eq!(key.split(Euro::ZERO), vec![euro(0), euro(0)]);
    }

    #[test]
    fn a_bad_key_is_refused_with_its_reason() {
        assert_eq!(Key::counts(vec![]), Err(KeyError::Empty));
        assert_eq!(
            Key::counts(vec![d(3), d(-1)]),
            Err(KeyError::Negative { index: 1 })
        );
        assert_eq!(Key::counts(vec![d(0), d(0)]), Err(KeyError::AllZero));
        assert_eq!(
            Key::percentages(vec![d(50), d(49)]),
            Err(KeyError::NotHundred { sum: d(99) })
        );
        assert!(Key::percentages(vec![
            Decimal::new(3333, 2),
            Decimal::new(3333, 2),
            Decimal::new(3334, 2)
        ])
        .is_ok());
    }

    #[test]
    fn every_column_of_a_projection_sums_to_the_region() {
        let s = crate::presets::by_id("gooi-en-vechtstreek")
            .unwrap()
            .scenario();
        let p = crate::engine::project(&s);
        // Seven municipalities by an uneven key.
        let key = Key::counts([1, 9, 33, 11, 2, 4, 6].map(Decimal::from).to_vec()).unwrap();
        let parts = split_projection(&p, &key);
        assert_eq!(parts.len(), 7);
        let sum = |f: &dyn Fn(&Part) -> Euro| parts.iter().map(f).sum::<Euro>();
        for (i, y) in p.years.iter().enumerate() {
            let col = |f: fn(&YearPart) -> Euro| sum(&|m: &Part| f(&m.years[i]));
            assert_eq!(col(|y| y.care_cost), y.care_cost.total);
            assert_eq!(col(|y| y.status_quo_care_cost), y.status_quo_care_cost);
            assert_eq!(col(|y| y.savings), y.savings);
            assert_eq!(col(|y| y.programme_cost), y.programme_cost);
            assert_eq!(col(|y| y.regular_cost), y.regular_cost);
            assert_eq!(col(|y| y.budget), y.budget);
            assert_eq!(col(|y| y.budget_balance), y.budget_balance);
        }
        assert_eq!(sum(&|m| m.committed_care_cost), p.committed_care_cost);
        assert_eq!(sum(&|m| m.net_with_committed), p.net_with_committed);
    }

    proptest! {
        /// The parts sum to the amount to the cent, each part lies within a cent of its exact
        /// share, and an equal key gives parts that differ by at most a cent.
        #[test]
        fn parts_sum_to_the_amount(
            cents in -10_000_000_000_i64..10_000_000_000,
            weights in proptest::collection::vec(0_u32..200_000, 1..20),
        ) {
            prop_assume!(weights.iter().any(|w| *w > 0));
            let key = Key::counts(weights.iter().map(|w| Decimal::from(*w)).collect()).unwrap();
            let amount = euro(cents);
            let parts = key.split(amount);
            prop_assert_eq!(parts.iter().copied().sum::<Euro>(), amount);
            let total: u64 = weights.iter().map(|w| u64::from(*w)).sum();
            for (part, w) in parts.iter().zip(&weights) {
                let exact = amount.0 * Decimal::from(*w) / Decimal::from(total);
                prop_assert!((part.0 - exact).abs() < Decimal::new(1, 2), "{} {}", part.0, exact);
            }
            let equal = Key::equal(weights.len()).unwrap().split(amount);
            let max = equal.iter().map(|e| e.0).max().unwrap();
            let min = equal.iter().map(|e| e.0).min().unwrap();
            prop_assert!(max - min <= Decimal::new(1, 2));
        }
    }
}
