//! The levers and assumption fields as data: each declared once, with its path in the scenario,
//! unit, range and label. The app renders its panels from these tables instead of one
//! hand-written component per control.

use crate::i18n::Text;
use crate::scenario::fields::FieldId;
use crate::scenario::Scenario;

/// One control: a field of the scenario, or a per-year array set as one value or year by year.
/// Its path, unit, per-year form and valid range are the field table's
/// ([`crate::scenario::fields`]); the lever adds its label and the slider's span and step.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Lever {
    pub id: FieldId,
    pub label: Text,
    /// The slider's span (within the field's bounds; a typed value may go beyond it, within the
    /// format's rules) and its step.
    slider_min: f64,
    slider_max: f64,
    pub step: f64,
}

impl Lever {
    /// The scenario path (for per-year levers, the array: `foster.recruit_per_year`).
    pub fn path(&self) -> &'static str {
        self.id.path()
    }

    fn field(&self) -> &'static crate::scenario::fields::Field {
        self.id.spec()
    }

    /// Whether it holds one value per projected year.
    pub fn per_year(&self) -> bool {
        self.field().per_year != crate::scenario::fields::PerYear::No
    }

    /// The unit shown beside its value (the table's unit, as beside a typed number).
    pub fn unit(&self) -> Option<Text> {
        crate::i18n::input_unit_text(self.field().unit)
    }

    /// The slider's lowest value: the lever's span, never below what the field allows.
    pub fn min(&self) -> f64 {
        self.field()
            .bounds
            .map_or(self.slider_min, |b| self.slider_min.max(b.min.value))
    }

    /// The slider's highest value: the lever's span, never above what the field allows.
    pub fn max(&self) -> f64 {
        self.field()
            .bounds
            .map_or(self.slider_max, |b| self.slider_max.min(b.max.value))
    }
}

/// A group of levers with a heading (the four levers of the mission).
#[derive(Clone, Debug, PartialEq)]
pub struct LeverGroup {
    pub title: Text,
    pub levers: Vec<Lever>,
    /// Why the group does not apply to this plan (no foster care, no family homes in a
    /// JeugdzorgPlus plan); its levers are then offered on request, not as zeros to drag.
    pub not_applicable: Option<Text>,
}

const fn lever(id: FieldId, label: Text, min: f64, max: f64, step: f64) -> Lever {
    Lever {
        id,
        label,
        slider_min: min,
        slider_max: max,
        step,
    }
}

/// The four levers of the mission (always first), then the v2 policy levers ("Meer hendels")
/// and the baseline trends, with ranges that suit the scenario's scale.
pub fn lever_groups(s: &Scenario) -> Vec<LeverGroup> {
    // The groups' levers are constants, copied out (one copy each instead of building every
    // lever in code); recruitment's range depends on the scenario.
    // Recruitment up to four times today's replacement level, at least 100 a year.
    let recruit_max =
        ((s.foster.status_quo_recruit_per_year.max(25) as f64 * 4.0) / 10.0).ceil() * 10.0;
    let recruit_max = recruit_max
        .max(100.0)
        .max(max_of(&s.foster.recruit_per_year));
    // A plan without any foster care or family homes (a JeugdzorgPlus plan): those levers do
    // not apply, and are not offered as zeros to drag.
    let no_foster_care = s.foster.families == 0.0
        && s.stock.foster == 0.0
        && s.foster.status_quo_recruit_per_year == 0
        && s.foster.recruit_per_year.iter().all(|&r| r == 0);
    let no_family_homes = s.family_home.homes == 0.0
        && s.stock.family_home == 0.0
        && s.family_home.new_per_year.iter().all(|&n| n == 0);
    let mut groups = vec![
        LeverGroup {
            title: Text::LeverInflow,
            not_applicable: None,
            levers: const {
                &[lever(
                    FieldId::InflowChange,
                    Text::LeverInflowChange,
                    -20.0,
                    20.0,
                    0.5,
                )]
            }
            .to_vec(),
        },
        LeverGroup {
            title: Text::LeverRecruitment,
            not_applicable: no_foster_care.then_some(Text::NoFosterCareInPlan),
            levers: vec![lever(
                FieldId::Recruit,
                Text::LeverRecruitment,
                0.0,
                recruit_max,
                1.0,
            )],
        },
        LeverGroup {
            title: Text::LeverFamilyHomes,
            not_applicable: no_family_homes.then_some(Text::NoFamilyHomesInPlan),
            levers: const {
                &[
                    lever(FieldId::NewHomes, Text::LeverNewHomes, -5.0, 20.0, 1.0),
                    lever(
                        FieldId::PlacesPerHome,
                        Text::LeverPlacesPerHome,
                        1.0,
                        8.0,
                        0.5,
                    ),
                ]
            }
            .to_vec(),
        },
        LeverGroup {
            title: Text::LeverPrices,
            not_applicable: None,
            levers: const {
                &[
                    lever(FieldId::PriceFoster, Text::FormFoster, 0.0, 300.0, 1.0),
                    lever(
                        FieldId::PriceFamilyHome,
                        Text::FormFamilyHome,
                        0.0,
                        600.0,
                        1.0,
                    ),
                    lever(
                        FieldId::PriceResidential,
                        Text::FormResidential,
                        0.0,
                        1000.0,
                        1.0,
                    ),
                    lever(FieldId::PriceOther, Text::FormOther, 0.0, 1500.0, 1.0),
                ]
            }
            .to_vec(),
        },
    ];
    // v2 policy levers (MODEL.md §4): substitution, a shorter residential stay, retention, and
    // under-12 substitution where the scenario has the band.
    let mut more = const {
        &[
            lever(
                FieldId::InflowSubstitution,
                Text::LeverSubstitution,
                0.0,
                100.0,
                1.0,
            ),
            lever(
                FieldId::StayChangeResidential,
                Text::LeverStayChangeResidential,
                -50.0,
                50.0,
                1.0,
            ),
            lever(
                FieldId::AttritionChange,
                Text::LeverRetention,
                -10.0,
                10.0,
                0.5,
            ),
        ]
    }
    .to_vec();
    if s.under12.is_some() {
        more.push(lever(
            FieldId::Under12Substitution,
            Text::LeverUnder12Substitution,
            0.0,
            100.0,
            1.0,
        ));
    }
    groups.push(LeverGroup {
        title: Text::LeverMore,
        levers: more,
        not_applicable: None,
    });
    // Baseline: how demand and the child population develop without new policy too.
    let mut baseline = const {
        &[lever(
            FieldId::InflowTrend,
            Text::LeverInflowTrend,
            -10.0,
            10.0,
            0.5,
        )]
    }
    .to_vec();
    if s.population.is_some() {
        baseline.push(lever(
            FieldId::PopulationTrend,
            Text::LeverPopulationTrend,
            -10.0,
            10.0,
            0.5,
        ));
    }
    groups.push(LeverGroup {
        title: Text::LeverBaseline,
        levers: baseline,
        not_applicable: None,
    });
    groups
}

fn max_of<T: Copy + Into<f64>>(values: &[T]) -> f64 {
    values.iter().map(|&v| v.into()).fold(0.0, f64::max)
}

/// A field of the "Aannames" panel; its label is `i18n::field_label(path)`, the same name the
/// validation messages use.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Field {
    pub id: FieldId,
    /// None for a choice (no unit).
    pub unit: Option<Text>,
}

impl Field {
    pub fn path(&self) -> &'static str {
        self.id.path()
    }
}

/// A group of assumption fields with a heading.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldGroup {
    pub title: Text,
    pub fields: &'static [Field],
}

const fn field(id: FieldId, unit: Text) -> Field {
    Field {
        id,
        unit: Some(unit),
    }
}

/// A field of a few words, shown as a choice.
const fn choice(id: FieldId) -> Field {
    Field { id, unit: None }
}

/// The scalar assumptions, grouped. Per-year money (programme lines, budget), planned capacity
/// and targets have panels of their own. The v2 blocks (population, the under-12 band) appear
/// where the scenario has them.
pub fn assumption_groups(s: &Scenario) -> Vec<FieldGroup> {
    let mut groups = vec![
        FieldGroup {
            title: Text::GroupStart,
            fields: const {
                &[
                    field(FieldId::StartYear, Text::UnitYear),
                    field(FieldId::Years, Text::UnitYears),
                    field(FieldId::StockFoster, Text::UnitChildren),
                    field(FieldId::StockFamilyHome, Text::UnitChildren),
                    field(FieldId::StockResidential, Text::UnitChildren),
                    field(FieldId::StockOther, Text::UnitChildren),
                    field(FieldId::Mismatch, Text::UnitChildren),
                ]
            },
        },
        FieldGroup {
            title: Text::GroupStays,
            fields: const {
                &[
                    field(FieldId::StayFoster, Text::UnitMonths),
                    field(FieldId::StayFamilyHome, Text::UnitMonths),
                    field(FieldId::StayResidential, Text::UnitMonths),
                    field(FieldId::StayOther, Text::UnitMonths),
                ]
            },
        },
        FieldGroup {
            title: Text::GroupInflow,
            fields: const {
                &[
                    field(FieldId::InflowPerYear, Text::UnitChildrenPerYear),
                    field(FieldId::ResidentialNeed, Text::UnitPct),
                    field(FieldId::OtherNeed, Text::UnitPct),
                    field(FieldId::InflowFamilyHomeNeed, Text::UnitPct),
                ]
            },
        },
        FieldGroup {
            title: Text::GroupFoster,
            fields: const {
                &[
                    field(FieldId::FosterFamilies, Text::UnitFamilies),
                    field(FieldId::ChildrenPerFamily, Text::UnitChildren),
                    field(FieldId::Attrition, Text::UnitPctPerYearAttrition),
                    field(FieldId::StatusQuoRecruit, Text::UnitFamiliesPerYear),
                    field(FieldId::LeadMonths, Text::UnitMonths),
                ]
            },
        },
        FieldGroup {
            title: Text::GroupFamilyHomes,
            fields: const { &[field(FieldId::Homes, Text::UnitHomes)] },
        },
        FieldGroup {
            title: Text::GroupCosts,
            fields: const {
                &[
                    field(FieldId::IndexPct, Text::UnitPctPerYear),
                    field(FieldId::CostPerRecruitedFamily, Text::UnitEuro),
                    field(FieldId::CostPerNewHome, Text::UnitEuro),
                    field(
                        FieldId::CostPerPreventedPlacement,
                        Text::UnitEuroPerPlacement,
                    ),
                    field(FieldId::CostPerSubstitutedChild, Text::UnitEuroPerChild),
                    field(FieldId::CostPerRetainedFamily, Text::UnitEuroPerFamily),
                    choice(FieldId::UnitCostsFrom),
                ]
            },
        },
    ];
    if s.population.is_some() {
        groups.push(FieldGroup {
            title: Text::GroupPopulation,
            fields: const { &[field(FieldId::PopulationChildren, Text::UnitChildren)] },
        });
    }
    if s.under12.is_some() {
        groups.push(FieldGroup {
            title: Text::GroupUnder12,
            fields: const {
                &[
                    field(FieldId::Under12StockFoster, Text::UnitChildren),
                    field(FieldId::Under12StockFamilyHome, Text::UnitChildren),
                    field(FieldId::Under12StockResidential, Text::UnitChildren),
                    field(FieldId::Under12StockOther, Text::UnitChildren),
                    field(FieldId::Under12Mismatch, Text::UnitChildren),
                    field(FieldId::Under12Inflow, Text::UnitPct),
                    field(FieldId::Under12ResidentialNeed, Text::UnitPct),
                    field(FieldId::Under12OtherNeed, Text::UnitPct),
                    field(FieldId::Under12FamilyHomeNeed, Text::UnitPct),
                    field(FieldId::Under12Ageing, Text::UnitPctPerYear),
                ]
            },
        });
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::edit::{field_kind, value_at, FieldKind, ScenarioView};
    use crate::app::shown::{lever_value, uniform_value};
    use crate::presets::all;

    #[test]
    fn every_lever_and_field_names_a_real_path() {
        for preset in all() {
            let s = preset.scenario();
            for group in lever_groups(&s) {
                for l in group.levers {
                    assert!(
                        value_at(&s, l.path()).is_some(),
                        "{}: {}",
                        preset.id,
                        l.path()
                    );
                    assert!(l.min() < l.max() && l.step > 0.0, "{}", l.path());
                    // The slider stays within what the field allows, and every lever has a unit.
                    let b = l.id.bounds();
                    assert!(
                        l.min() >= b.min.value && l.max() <= b.max.value,
                        "{}",
                        l.path()
                    );
                    assert!(l.unit().is_some(), "{}", l.path());
                }
            }
            for group in assumption_groups(&s) {
                for f in group.fields {
                    let default = f.id.default_value();
                    assert!(
                        value_at(&s, f.path()).is_some() || default.is_some(),
                        "{}: {}",
                        preset.id,
                        f.path()
                    );
                }
            }
        }
    }

    #[test]
    fn four_levers_of_the_mission() {
        let s = crate::presets::gooi_v1();
        let groups = lever_groups(&s);
        // The four of the mission, then "Meer hendels" and the baseline trends.
        assert_eq!(groups.len(), 6);
        assert_eq!(groups[4].title, Text::LeverMore);
        let prices = &groups[3].levers;
        assert!(prices
            .iter()
            .all(|l| field_kind(l.path()) == Some(FieldKind::Money)));
    }

    #[test]
    fn uniform_and_per_year_values() {
        let s = crate::presets::gooi_v1();
        let v = ScenarioView::new(&s);
        assert_eq!(uniform_value(&v, "foster.recruit_per_year"), Some(35.0));
        assert_eq!(uniform_value(&v, "family_home.new_per_year"), None);
        assert_eq!(lever_value(&v, "family_home.new_per_year", Some(1)), 2.0);
        assert_eq!(lever_value(&v, "cost.per_day.residential", None), 225.0);
        // Recruitment slider reaches well beyond the plan.
        let recruit = &lever_groups(&s)[1].levers[0];
        assert_eq!(recruit.max(), 100.0);
    }

    #[test]
    fn a_level_array_repeats_its_last_entry_on_screen() {
        let mut s = crate::presets::default_preset().scenario();
        s.inflow.substitution_pct = vec![20.0];
        let v = ScenarioView::new(&s);
        assert_eq!(uniform_value(&v, "inflow.substitution_pct"), Some(20.0));
        assert_eq!(lever_value(&v, "inflow.substitution_pct", Some(3)), 20.0);
        // A change array's missing tail is 0.
        s.inflow.trend_pct = vec![2.0];
        let v = ScenarioView::new(&s);
        assert_eq!(lever_value(&v, "inflow.trend_pct", Some(3)), 0.0);
        // The under-12 lever only where the band is.
        let more = |s: &Scenario| lever_groups(s)[4].levers.len();
        assert_eq!(more(&s), 4);
        assert_eq!(
            more(&crate::presets::by_id("flevoland").unwrap().scenario()),
            3
        );
    }

    #[test]
    fn levers_that_do_not_apply_say_so() {
        let jzp = crate::presets::by_id("gelderland-jeugdzorgplus")
            .unwrap()
            .scenario();
        let groups = lever_groups(&jzp);
        assert_eq!(groups[1].not_applicable, Some(Text::NoFosterCareInPlan));
        assert_eq!(groups[2].not_applicable, Some(Text::NoFamilyHomesInPlan));
        let gooi = crate::presets::default_preset().scenario();
        assert!(lever_groups(&gooi)
            .iter()
            .all(|g| g.not_applicable.is_none()));
    }
}
