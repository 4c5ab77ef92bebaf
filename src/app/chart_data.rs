//! Projection → chart series and their table alternatives (pure; native-tested).
//!
//! Each chart is described once as data: categories on the x axis, named series with values,
//! and markers. The canvas drawer in `ui/` draws that data; the "toon als tabel" view renders
//! [`ChartTable`] with the exact figures (money to the euro from `Decimal`, never from the f64
//! used for drawing).

use crate::analysis::montecarlo::{bands_fit, Bands, MonteCarlo, YearBands};
use crate::engine::Projection;
use crate::i18n::format::{format_count, format_euro, format_pct};
use crate::i18n::{Lang, Text};
use crate::scenario::{CountingBasis, Metric, Op, Scenario};

/// A named series of values, one per category.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub label: String,
    /// An index into the app's palette (stable per meaning, e.g. foster care is always 0).
    pub colour: usize,
    pub values: Vec<f64>,
}

/// A target drawn on the share chart.
#[derive(Clone, Debug, PartialEq)]
pub struct TargetMarker {
    /// Index of the category (year) it belongs to.
    pub category: usize,
    pub value: f64,
    pub op: Op,
    /// The target's metric (its threshold is written as the targets table writes it).
    pub metric: Metric,
    /// Which series it is about (`colour` of that series).
    pub colour: usize,
    pub met: bool,
}

/// How a chart is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartKind {
    /// Bars stacked per category (children per form).
    StackedBars,
    /// Lines over the categories, with target markers (shares).
    Lines,
    /// Bars side by side per category, lines for the remaining series (money).
    GroupedBarsWithLines { bar_series: usize },
}

/// Which chart a chart is: the page's four, the two a scenario may add, and the comparison's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartId {
    /// Children per care form.
    Children,
    /// The shares (family forms, residential), with the targets.
    Shares,
    /// Care cost against the status quo.
    Cost,
    /// Programme cost against the budget.
    Budget,
    /// Residential places needed against the plan's (where the plan has places).
    Places,
    /// Children under 12 (where the scenario has the band).
    Under12,
    /// The family share of the pinned scenarios side by side.
    Comparison,
}

/// The y axis' unit, for tick labels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YUnit {
    Children,
    Percent,
    Euro,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    pub id: ChartId,
    pub title: String,
    pub kind: ChartKind,
    pub y_unit: YUnit,
    pub categories: Vec<String>,
    pub series: Vec<Series>,
    pub markers: Vec<TargetMarker>,
    /// Fixed y range, if the chart has one (shares: 0–100).
    pub y_range: Option<(f64, f64)>,
    /// P10–P90 bands from the Monte Carlo, drawn under the series (empty without ranges).
    pub bands: Vec<Band>,
}

/// A P10–P90 band around a series with its median (P50), one value per category (`NaN`: no
/// band there).
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    /// The `colour` of the series it belongs to.
    pub colour: usize,
    pub low: Vec<f64>,
    pub mid: Vec<f64>,
    pub high: Vec<f64>,
}

/// The same figures as a table.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartTable {
    pub caption: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

pub const COLOUR_FOSTER: usize = 0;
pub const COLOUR_FAMILY_HOME: usize = 1;
pub const COLOUR_RESIDENTIAL: usize = 2;
pub const COLOUR_MISMATCH: usize = 3;
pub const COLOUR_OTHER: usize = 4;
pub const COLOUR_FAMILY: usize = 5;
pub const COLOUR_SCENARIO: usize = 6;
pub const COLOUR_STATUS_QUO: usize = 7;
pub const COLOUR_BUDGET: usize = 8;
pub const COLOUR_BALANCE: usize = 9;

/// Year labels: the start (1 January) and then each year's end.
fn categories_with_start(s: &Scenario, p: &Projection, lang: Lang) -> Vec<String> {
    let mut out = vec![format!("{} {}", Text::Start.get(lang), s.start_year)];
    out.extend(p.years.iter().map(|y| y.year.to_string()));
    out
}

/// Children per care form at the start and at each year's end; residential split into those
/// who need it and those placed there for lack of a family place.
pub fn children_chart(s: &Scenario, p: &Projection, lang: Lang) -> Chart {
    let start_need = s.stock.residential - s.mismatch;
    let mut foster = vec![s.stock.foster];
    let mut home = vec![s.stock.family_home];
    let mut need = vec![start_need];
    let mut mismatch = vec![s.mismatch];
    let mut other = vec![s.stock.other];
    for y in &p.years {
        foster.push(y.stock.foster);
        home.push(y.stock.family_home);
        need.push(y.stock.residential - y.mismatch);
        mismatch.push(y.mismatch);
        other.push(y.stock.other);
    }
    let series = |text: Text, colour: usize, values: Vec<f64>| Series {
        label: text.get(lang).to_string(),
        colour,
        values,
    };
    Chart {
        id: ChartId::Children,
        title: Text::ChartChildren.get(lang).to_string(),
        kind: ChartKind::StackedBars,
        y_unit: YUnit::Children,
        categories: categories_with_start(s, p, lang),
        series: vec![
            series(Text::FormFoster, COLOUR_FOSTER, foster),
            series(Text::FormFamilyHome, COLOUR_FAMILY_HOME, home),
            series(Text::FormResidentialNeed, COLOUR_RESIDENTIAL, need),
            series(Text::FormMismatch, COLOUR_MISMATCH, mismatch),
            series(Text::FormOther, COLOUR_OTHER, other),
        ],
        markers: Vec::new(),
        y_range: None,
        bands: Vec::new(),
    }
}

/// Family and residential shares over time on the plan's counting basis, with every share
/// target of that basis as a marker. On one day (the stock basis) the chart starts with the
/// stock on 1 January; counted over the year (the plans' basis) it starts with the first year.
pub fn shares_chart(s: &Scenario, p: &Projection, lang: Lang) -> Chart {
    shares_chart_on(s, p, s.counting_basis(), lang)
}

/// The shares chart on `basis`, the plan's or the other one (the user's switch); only targets
/// counted on that basis are marked, and a title on the other basis says how the plan counts.
pub fn shares_chart_on(s: &Scenario, p: &Projection, basis: CountingBasis, lang: Lang) -> Chart {
    let plans = basis == s.counting_basis();
    let start_total = s.stock.foster + s.stock.family_home + s.stock.residential + s.stock.other;
    let pct = |x: f64| {
        if start_total > 0.0 {
            x / start_total * 100.0
        } else {
            0.0
        }
    };
    let (mut family, mut residential) = match basis {
        CountingBasis::Stock => (
            vec![pct(s.stock.foster + s.stock.family_home)],
            vec![pct(s.stock.residential)],
        ),
        CountingBasis::Users => (Vec::new(), Vec::new()),
    };
    for y in &p.years {
        family.push(y.shares(basis).family);
        residential.push(y.shares(basis).residential);
    }
    let first_category = usize::from(basis == CountingBasis::Stock);
    let markers = p
        .targets
        .iter()
        .filter_map(|t| {
            let colour = match (t.metric, basis) {
                (Metric::FamilySharePct, CountingBasis::Stock)
                | (Metric::FamilyShareUsersPct, CountingBasis::Users) => COLOUR_FAMILY,
                (Metric::ResidentialSharePct, CountingBasis::Stock)
                | (Metric::ResidentialShareUsersPct, CountingBasis::Users) => COLOUR_RESIDENTIAL,
                _ => return None,
            };
            let category = p.years.iter().position(|y| y.year == t.year)? + first_category;
            Some(TargetMarker {
                category,
                value: t.value,
                op: t.target().op,
                metric: t.metric,
                colour,
                met: t.met,
            })
        })
        .collect();
    let (title, categories) = match (basis, plans) {
        (CountingBasis::Stock, true) => (Text::ChartShares, categories_with_start(s, p, lang)),
        (CountingBasis::Stock, false) => (
            Text::ChartSharesStockNotThePlans,
            categories_with_start(s, p, lang),
        ),
        (CountingBasis::Users, plans) => (
            if plans {
                Text::ChartSharesUsers
            } else {
                Text::ChartSharesUsersNotThePlans
            },
            p.years.iter().map(|y| y.year.to_string()).collect(),
        ),
    };
    Chart {
        id: ChartId::Shares,
        title: title.get(lang).to_string(),
        kind: ChartKind::Lines,
        y_unit: YUnit::Percent,
        categories,
        series: vec![
            Series {
                label: Text::FamilyForms.get(lang).to_string(),
                colour: COLOUR_FAMILY,
                values: family,
            },
            Series {
                label: Text::FormResidential.get(lang).to_string(),
                colour: COLOUR_RESIDENTIAL,
                values: residential,
            },
        ],
        markers,
        y_range: Some((0.0, 100.0)),
        bands: Vec::new(),
    }
}

/// A money series of a chart: its label, its colour and the amount it takes from a year.
type MoneySeries = (
    Text,
    usize,
    fn(&crate::engine::YearResult) -> crate::money::Euro,
);

/// A money chart over the projected years: the first two series as bars side by side, any
/// further one as a line.
fn money_chart(
    id: ChartId,
    title: Text,
    p: &Projection,
    series: &[MoneySeries],
    lang: Lang,
) -> Chart {
    Chart {
        id,
        title: title.get(lang).to_string(),
        kind: ChartKind::GroupedBarsWithLines { bar_series: 2 },
        y_unit: YUnit::Euro,
        categories: p.years.iter().map(|y| y.year.to_string()).collect(),
        series: series
            .iter()
            .map(|&(label, colour, get)| Series {
                label: label.get(lang).to_string(),
                colour,
                values: p.years.iter().map(|y| get(y).to_f64_lossy()).collect(),
            })
            .collect(),
        markers: Vec::new(),
        y_range: None,
        bands: Vec::new(),
    }
}

/// Care cost of the scenario against the status quo, per year.
pub fn cost_chart(p: &Projection, lang: Lang) -> Chart {
    money_chart(
        ChartId::Cost,
        Text::ChartCost,
        p,
        &[
            (Text::ScenarioCost, COLOUR_SCENARIO, |y| y.care_cost.total),
            (Text::StatusQuo, COLOUR_STATUS_QUO, |y| {
                y.status_quo_care_cost
            }),
            // The saving itself as a line (issue 24): beside bars of millions from € 0, a
            // difference of a few per cent would not show.
            (Text::SavingsLine, COLOUR_BALANCE, |y| y.savings),
        ],
        lang,
    )
}

/// Programme cost against the budget per year, and the cumulative balance as a line.
/// Without a known budget only the programme cost: a balance against a budget of € 0 would
/// read as a shortfall the plan does not have.
pub fn budget_chart(p: &Projection, lang: Lang) -> Chart {
    if !p.budget_known() {
        return money_chart(
            ChartId::Budget,
            Text::ChartProgrammeNoBudget,
            p,
            &[(Text::ProgrammeCost, COLOUR_SCENARIO, |y| y.programme_cost)],
            lang,
        );
    }
    money_chart(
        ChartId::Budget,
        Text::ChartBudget,
        p,
        &[
            (Text::ProgrammeCost, COLOUR_SCENARIO, |y| y.programme_cost),
            (Text::Budget, COLOUR_BUDGET, |y| y.budget),
            (Text::BalanceCumulative, COLOUR_BALANCE, |y| {
                y.budget_balance_cumulative
            }),
        ],
        lang,
    )
}

/// Markers for the targets of `metric` on a chart with one category per projected year.
fn year_markers(p: &Projection, metric: Metric, colour: usize) -> Vec<TargetMarker> {
    p.targets
        .iter()
        .filter(|t| t.metric == metric)
        .filter_map(|t| {
            Some(TargetMarker {
                category: p.years.iter().position(|y| y.year == t.year)?,
                value: t.value,
                op: t.target().op,
                metric,
                colour,
                met: t.met,
            })
        })
        .collect()
}

/// "Plaatsen nodig": the residential occupancy at the year's peak month against the places the
/// plan keeps, with the shortfall beside it; only for a scenario with planned places.
pub fn places_chart(p: &Projection, lang: Lang) -> Option<Chart> {
    if !optional_charts(p).0 {
        return None;
    }
    let values = |get: fn(&crate::engine::YearResult) -> f64| p.years.iter().map(get).collect();
    Some(Chart {
        id: ChartId::Places,
        title: Text::ChartPlaces.get(lang).to_string(),
        kind: ChartKind::GroupedBarsWithLines { bar_series: 2 },
        y_unit: YUnit::Children,
        categories: p.years.iter().map(|y| y.year.to_string()).collect(),
        series: vec![
            Series {
                label: Text::ResidentialPeak.get(lang).to_string(),
                colour: COLOUR_RESIDENTIAL,
                values: values(|y| y.residential_peak),
            },
            Series {
                label: Text::PlacesShortfall.get(lang).to_string(),
                colour: COLOUR_MISMATCH,
                values: values(|y| y.residential_shortfall.unwrap_or(0.0)),
            },
            Series {
                label: Text::PlannedPlaces.get(lang).to_string(),
                colour: COLOUR_BUDGET,
                values: values(|y| y.residential_capacity_plan.unwrap_or(f64::NAN)),
            },
        ],
        markers: year_markers(p, Metric::ResidentialShortfall, COLOUR_MISMATCH),
        y_range: None,
        bands: Vec::new(),
    })
}

/// Children under 12 in residential care at the year's end and their admissions in the year,
/// with the under-12 targets; only for a scenario with the under-12 band.
pub fn under12_chart(p: &Projection, lang: Lang) -> Option<Chart> {
    let bands: Vec<_> = p.years.iter().map(|y| y.under12).collect::<Option<_>>()?;
    Some(Chart {
        id: ChartId::Under12,
        title: Text::ChartUnder12.get(lang).to_string(),
        kind: ChartKind::GroupedBarsWithLines { bar_series: 4 },
        y_unit: YUnit::Children,
        categories: p.years.iter().map(|y| y.year.to_string()).collect(),
        series: vec![
            Series {
                label: Text::Under12Residential.get(lang).to_string(),
                colour: COLOUR_RESIDENTIAL,
                values: bands.iter().map(|u| u.stock.residential).collect(),
            },
            Series {
                label: Text::Under12Admissions.get(lang).to_string(),
                colour: COLOUR_STATUS_QUO,
                values: bands.iter().map(|u| u.residential_admissions).collect(),
            },
            // v3: the price of the under-12 priority shows beside it: who was placed
            // residentially for lack of a family place, under 12 and from 12.
            Series {
                label: Text::LackOfPlaceUnder12.get(lang).to_string(),
                colour: COLOUR_MISMATCH,
                values: bands
                    .iter()
                    .map(|u| u.placed_for_lack_of_family_place)
                    .collect(),
            },
            Series {
                label: Text::LackOfPlaceOlder.get(lang).to_string(),
                colour: COLOUR_BUDGET,
                values: p
                    .years
                    .iter()
                    .zip(&bands)
                    .map(|(y, u)| {
                        y.placed_for_lack_of_family_place - u.placed_for_lack_of_family_place
                    })
                    .collect(),
            },
        ],
        markers: year_markers(p, Metric::ResidentialCountUnder12, COLOUR_RESIDENTIAL)
            .into_iter()
            .chain(year_markers(
                p,
                Metric::ResidentialAdmissionsUnder12,
                COLOUR_STATUS_QUO,
            ))
            .collect(),
        y_range: None,
        bands: Vec::new(),
    })
}

/// A chart's figures as a table: a row per year, a column per series, and the year's targets.
fn plain_table(chart: &Chart, lang: Lang) -> ChartTable {
    let mut headers = vec![Text::ColYear.get(lang).to_string()];
    headers.extend(chart.series.iter().map(|s| s.label.clone()));
    headers.push(Text::TargetsTitle.get(lang).to_string());
    let rows = chart
        .categories
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let mut row = vec![c.clone()];
            row.extend(chart.series.iter().map(|s| match s.values.get(i) {
                Some(v) if v.is_finite() => format_count(*v, lang),
                _ => "—".to_string(),
            }));
            let targets: Vec<String> = chart
                .markers
                .iter()
                .filter(|m| m.category == i)
                .map(|m| crate::app::summary::format_threshold(m.metric, m.op, m.value, lang))
                .collect();
            row.push(if targets.is_empty() {
                "—".to_string()
            } else {
                targets.join(", ")
            });
            row
        })
        .collect();
    ChartTable {
        caption: chart.title.clone(),
        headers,
        rows,
    }
}

/// Why the shares chart says nothing for this projection, if it does not (issue 24): every
/// child in every year is in residential (or other) care, so the family share is 0 % in every
/// year, whichever way it is counted (JeugdzorgPlus, secure residential care).
pub fn shares_not_applicable(p: &Projection, lang: Lang) -> Option<String> {
    let never = p
        .years
        .iter()
        .all(|y| y.shares_pct.family == 0.0 && y.shares_users_pct.family == 0.0);
    (never && !p.years.is_empty()).then(|| Text::SharesNotApplicable.get(lang).to_string())
}

/// Whether any uncertain assumption moves the family share in the tornado; when none does, the
/// tornado on the share is a row of zeros and the app shows the one on cost, saying why.
pub fn tornado_moves_share(t: &crate::analysis::sensitivity::Sensitivity) -> bool {
    let base = t.base.family_share_pct;
    t.by_family_share.iter().any(|w| {
        (w.at_low.family_share_pct - base).abs() > 1e-9
            || (w.at_high.family_share_pct - base).abs() > 1e-9
    })
}

/// The most charts a scenario has: the four, places needed, children under 12.
pub const MAX_CHARTS: usize = 6;

/// Which of the optional charts [`all_charts`] gives for projection `p`: places needed, and
/// children under 12.
pub fn optional_charts(p: &Projection) -> (bool, bool) {
    let places = p
        .years
        .iter()
        .any(|y| y.residential_capacity_plan.is_some());
    let under12 = !p.years.is_empty() && p.years.iter().all(|y| y.under12.is_some());
    (places, under12)
}

/// How many charts [`all_charts`] gives for projection `p`.
pub fn chart_count(p: &Projection) -> usize {
    let (places, under12) = optional_charts(p);
    4 + usize::from(places) + usize::from(under12)
}

/// The charts of the results panel, in order: the four every scenario has, then places needed
/// (with planned residential places) and children under 12 (with the band).
pub fn all_charts(s: &Scenario, p: &Projection, mc: Option<&MonteCarlo>, lang: Lang) -> Vec<Chart> {
    all_charts_on(s, p, mc, s.counting_basis(), lang)
}

/// The four charts with the shares on `basis`. The Monte Carlo's share bands are on the plan's
/// basis, so the shares chart on the other basis has none (the cost chart keeps its bands).
pub fn all_charts_on(
    s: &Scenario,
    p: &Projection,
    mc: Option<&MonteCarlo>,
    basis: CountingBasis,
    lang: Lang,
) -> Vec<Chart> {
    let mut shares = shares_chart_on(s, p, basis, lang);
    let mut cost = cost_chart(p, lang);
    if let Some(mc) = mc.filter(|mc| bands_fit(mc, p)) {
        // Shares on one day: the start is known, so the band begins as a point. Counted over
        // the year the chart begins with the first projected year.
        let stock_basis = s.counting_basis() == CountingBasis::Stock;
        let start = |series: usize| {
            stock_basis
                .then(|| shares.series[series].values.first().copied())
                .flatten()
        };
        let (family_start, residential_start) = (start(0), start(1));
        let share_band = |colour: usize, start: Option<f64>, get: fn(&YearBands) -> Bands<f64>| {
            let with_start = |pick: fn(Bands<f64>) -> f64| -> Vec<f64> {
                start
                    .into_iter()
                    .chain(mc.years.iter().map(|y| pick(get(y))))
                    .collect()
            };
            Band {
                colour,
                low: with_start(|b| b.p10),
                mid: with_start(|b| b.p50),
                high: with_start(|b| b.p90),
            }
        };
        if basis == s.counting_basis() {
            shares.bands = vec![
                share_band(COLOUR_FAMILY, family_start, |y| y.family_share_pct),
                share_band(COLOUR_RESIDENTIAL, residential_start, |y| {
                    y.residential_share_pct
                }),
            ];
        }
        let cost_at = |pick: fn(&Bands<crate::money::Euro>) -> crate::money::Euro| -> Vec<f64> {
            mc.years
                .iter()
                .map(|y| pick(&y.care_cost).to_f64_lossy())
                .collect()
        };
        cost.bands = vec![Band {
            colour: COLOUR_SCENARIO,
            low: cost_at(|b| b.p10),
            mid: cost_at(|b| b.p50),
            high: cost_at(|b| b.p90),
        }];
    }
    let mut charts = vec![
        children_chart(s, p, lang),
        shares,
        cost,
        budget_chart(p, lang),
    ];
    charts.extend(places_chart(p, lang));
    charts.extend(under12_chart(p, lang));
    charts
}

/// The table alternative of chart `id`, with exact figures.
pub fn chart_table(
    id: ChartId,
    s: &Scenario,
    p: &Projection,
    mc: Option<&MonteCarlo>,
    lang: Lang,
) -> ChartTable {
    chart_table_on(id, s, p, mc, s.counting_basis(), lang)
}

/// The table of chart `id` with the shares on `basis` (bands only on the plan's basis).
pub fn chart_table_on(
    id: ChartId,
    s: &Scenario,
    p: &Projection,
    mc: Option<&MonteCarlo>,
    basis: CountingBasis,
    lang: Lang,
) -> ChartTable {
    let mc =
        mc.filter(|mc| bands_fit(mc, p) && (id != ChartId::Shares || basis == s.counting_basis()));
    if matches!(id, ChartId::Places | ChartId::Under12 | ChartId::Comparison) {
        let charts = all_charts_on(s, p, None, basis, lang);
        return match charts.iter().find(|c| c.id == id) {
            Some(chart) => plain_table(chart, lang),
            None => ChartTable {
                caption: String::new(),
                headers: Vec::new(),
                rows: Vec::new(),
            },
        };
    }
    let mut table = chart_table_without_bands(id, s, p, basis, lang);
    let Some(mc) = mc else { return table };
    let header = |name: &str| crate::i18n::messages::band_header(name, lang);
    match id {
        ChartId::Shares => {
            table.headers.insert(2, header(Text::FamilyForms.get(lang)));
            // On one day the first row is the start; counted over the year it is the first year.
            let first_year_row = usize::from(basis == CountingBasis::Stock);
            for (i, row) in table.rows.iter_mut().enumerate() {
                let cell = match i.checked_sub(first_year_row).and_then(|y| mc.years.get(y)) {
                    Some(y) => {
                        let b = y.family_share_pct;
                        format!(
                            "{} / {} / {}",
                            format_pct(b.p10, lang),
                            format_pct(b.p50, lang),
                            format_pct(b.p90, lang)
                        )
                    }
                    None => "—".to_string(),
                };
                row.insert(2, cell);
            }
        }
        ChartId::Cost => {
            table
                .headers
                .insert(2, header(Text::ScenarioCost.get(lang)));
            for (row, y) in table.rows.iter_mut().zip(&mc.years) {
                let b = y.care_cost;
                row.insert(
                    2,
                    format!(
                        "{} / {} / {}",
                        format_euro(b.p10, lang),
                        format_euro(b.p50, lang),
                        format_euro(b.p90, lang)
                    ),
                );
            }
        }
        _ => {}
    }
    table
}

fn chart_table_without_bands(
    id: ChartId,
    s: &Scenario,
    p: &Projection,
    basis: CountingBasis,
    lang: Lang,
) -> ChartTable {
    let year = Text::ColYear.get(lang).to_string();
    match id {
        ChartId::Children => {
            let chart = children_chart(s, p, lang);
            let mut headers = vec![year];
            headers.extend(chart.series.iter().map(|s| s.label.clone()));
            headers.push(Text::MetricTotalCount.get(lang).to_string());
            let rows = chart
                .categories
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let mut row = vec![c.clone()];
                    row.extend(chart.series.iter().map(|s| format_count(s.values[i], lang)));
                    row.push(format_count(
                        chart.series.iter().map(|s| s.values[i]).sum(),
                        lang,
                    ));
                    row
                })
                .collect();
            ChartTable {
                caption: chart.title,
                headers,
                rows,
            }
        }
        ChartId::Shares => {
            let chart = shares_chart_on(s, p, basis, lang);
            let mut headers = vec![year];
            headers.extend(chart.series.iter().map(|s| s.label.clone()));
            headers.push(Text::TargetsTitle.get(lang).to_string());
            let rows = chart
                .categories
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let mut row = vec![c.clone()];
                    row.extend(chart.series.iter().map(|s| format_pct(s.values[i], lang)));
                    let targets: Vec<String> = chart
                        .markers
                        .iter()
                        .filter(|m| m.category == i)
                        .map(|m| {
                            let name = if m.colour == COLOUR_FAMILY {
                                Text::FamilyForms
                            } else {
                                Text::FormResidential
                            };
                            format!(
                                "{} {} ({})",
                                name.get(lang),
                                crate::app::summary::format_threshold(
                                    if m.colour == COLOUR_FAMILY {
                                        Metric::FamilySharePct
                                    } else {
                                        Metric::ResidentialSharePct
                                    },
                                    m.op,
                                    m.value,
                                    lang
                                ),
                                if m.met {
                                    Text::TargetMet.get(lang)
                                } else {
                                    Text::TargetMissed.get(lang)
                                }
                            )
                        })
                        .collect();
                    row.push(targets.join("; "));
                    row
                })
                .collect();
            ChartTable {
                caption: chart.title,
                headers,
                rows,
            }
        }
        ChartId::Cost => ChartTable {
            caption: Text::ChartCost.get(lang).to_string(),
            headers: vec![
                year,
                Text::ScenarioCost.get(lang).to_string(),
                Text::StatusQuo.get(lang).to_string(),
                Text::Savings.get(lang).to_string(),
            ],
            rows: p
                .years
                .iter()
                .map(|y| {
                    vec![
                        y.year.to_string(),
                        format_euro(y.care_cost.total, lang),
                        format_euro(y.status_quo_care_cost, lang),
                        format_euro(y.savings, lang),
                    ]
                })
                .collect(),
        },
        _ => {
            // Without a known budget, no budget and balance columns (as in the chart).
            let budget = p.budget_known();
            let mut headers = vec![
                year,
                Text::ProgrammeCost.get(lang).to_string(),
                Text::PrintedTotal.get(lang).to_string(),
            ];
            if budget {
                headers.push(Text::Budget.get(lang).to_string());
                headers.push(Text::BalanceCumulative.get(lang).to_string());
            }
            ChartTable {
                caption: budget_chart(p, lang).title,
                headers,
                rows: p
                    .years
                    .iter()
                    .map(|y| {
                        let mut row = vec![
                            y.year.to_string(),
                            format_euro(y.programme_cost, lang),
                            y.programme_printed_total
                                .map(|e| format_euro(e, lang))
                                .unwrap_or_else(|| "—".into()),
                        ];
                        if budget {
                            row.push(format_euro(y.budget, lang));
                            row.push(format_euro(y.budget_balance_cumulative, lang));
                        }
                        row
                    })
                    .collect(),
            }
        }
    }
}

/// The largest stacked total or single value of a chart, for its y axis (at least 1).
pub fn y_max(chart: &Chart) -> f64 {
    if let Some((_, max)) = chart.y_range {
        return max;
    }
    let n = chart.categories.len();
    let max = match chart.kind {
        ChartKind::StackedBars => (0..n)
            .map(|i| {
                chart
                    .series
                    .iter()
                    .map(|s| s.values.get(i).copied().unwrap_or(0.0))
                    .sum::<f64>()
            })
            .fold(0.0, f64::max),
        _ => chart
            .series
            .iter()
            .flat_map(|s| s.values.iter().copied())
            .fold(0.0, f64::max),
    };
    let band_max = chart
        .bands
        .iter()
        .flat_map(|b| b.high.iter().copied())
        .filter(|x| x.is_finite())
        .fold(0.0, f64::max);
    // An amount axis reaches at least € 1.000, so a programme of nothing (or a few euros)
    // reads "€ 0 … € 1,0k" rather than "€ 1 / € 1 / € 0 / € 0".
    let floor = if chart.y_unit == YUnit::Euro {
        1000.0
    } else {
        1.0
    };
    nice_ceiling(max.max(band_max).max(floor))
}

/// The smallest value of a chart (negative balances go below zero).
pub fn y_min(chart: &Chart) -> f64 {
    if let Some((min, _)) = chart.y_range {
        return min;
    }
    let min = chart
        .series
        .iter()
        .flat_map(|s| s.values.iter().copied())
        .fold(0.0, f64::min);
    if min < 0.0 {
        -nice_ceiling(-min)
    } else {
        0.0
    }
}

/// The y range to draw with, given the one drawn last: it stays while the data fits in it and
/// fills at least 40 % of it, so the axis does not jump while a lever is dragged (and the
/// cached axes can be reused); otherwise it is the chart's own range.
pub fn stable_y_range(previous: Option<(f64, f64)>, chart: &Chart) -> (f64, f64) {
    let wanted = (y_min(chart), y_max(chart));
    let Some((low, high)) = previous else {
        return wanted;
    };
    if chart.y_range.is_some() {
        return wanted;
    }
    let values = chart.series.iter().flat_map(|s| s.values.iter().copied());
    let (data_low, data_high) = match chart.kind {
        ChartKind::StackedBars => (0.0, wanted.1),
        _ => values.fold((0.0f64, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v))),
    };
    let data_top = if chart.kind == ChartKind::StackedBars {
        (0..chart.categories.len())
            .map(|i| {
                chart
                    .series
                    .iter()
                    .map(|s| s.values.get(i).copied().unwrap_or(0.0))
                    .sum::<f64>()
            })
            .fold(0.0, f64::max)
    } else {
        data_high
    };
    let fits = data_low >= low && data_top <= high;
    let fills = data_top >= 0.4 * high || (low < 0.0 && data_low <= 0.4 * low);
    if fits && fills && low == wanted.0.min(low) {
        (low, high)
    } else {
        wanted
    }
}

/// Rounds up to 1, 2, 2.5 or 5 times a power of ten: axes end on round numbers.
pub fn nice_ceiling(x: f64) -> f64 {
    if x <= 0.0 || !x.is_finite() {
        return 1.0;
    }
    let power = 10f64.powf(x.log10().floor());
    for m in [1.0, 2.0, 2.5, 5.0, 10.0] {
        if x <= m * power * (1.0 + 1e-12) {
            return m * power;
        }
    }
    10.0 * power
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::project;
    use crate::presets::all;

    #[test]
    fn children_chart_stacks_to_the_totals() {
        let s = crate::presets::gooi_v1();
        let p = project(&s);
        let c = children_chart(&s, &p, Lang::Nl);
        assert_eq!(
            c.categories,
            vec!["begin 2019", "2019", "2020", "2021", "2022"]
        );
        for (i, y) in std::iter::once(456.0)
            .chain(p.years.iter().map(|y| y.stock.total))
            .enumerate()
        {
            let stacked: f64 = c.series.iter().map(|s| s.values[i]).sum();
            assert!((stacked - y).abs() < 1e-9, "{i}: {stacked} vs {y}");
        }
        assert_eq!(c.series[3].label, "Residentieel bij gebrek aan gezinsplek");
    }

    #[test]
    fn shares_chart_marks_every_share_target() {
        let s = crate::presets::gooi_v1();
        let p = project(&s);
        let c = shares_chart(&s, &p, Lang::Nl);
        assert_eq!(c.markers.len(), 6);
        let last = c
            .markers
            .iter()
            .find(|m| m.category == 4 && m.colour == COLOUR_FAMILY)
            .unwrap();
        assert_eq!((last.value, last.met), (70.0, false));
        assert!((c.series[0].values[0] - 255.0 / 456.0 * 100.0).abs() < 1e-9);
    }

    #[test]
    fn tables_carry_exact_money() {
        let s = crate::presets::gooi_v1();
        let p = project(&s);
        let t = chart_table(ChartId::Budget, &s, &p, None, Lang::Nl);
        assert_eq!(t.rows.len(), 4);
        assert_eq!(
            t.rows[0],
            vec![
                "2019",
                "€\u{a0}106.250",
                "—",
                "€\u{a0}275.000",
                "€\u{a0}168.750"
            ]
        );
        let t = chart_table(ChartId::Cost, &s, &p, None, Lang::En);
        assert_eq!(t.rows[0][1], "€27,360,474");
        for i in [
            ChartId::Children,
            ChartId::Shares,
            ChartId::Cost,
            ChartId::Budget,
        ] {
            let table = chart_table(i, &s, &p, None, Lang::Nl);
            assert!(
                table.rows.iter().all(|r| r.len() == table.headers.len()),
                "{i:?}"
            );
        }
    }

    #[test]
    fn the_shares_on_the_other_basis_say_how_the_plan_counts_and_carry_no_bands() {
        let s = crate::presets::by_id("gooi-en-vechtstreek")
            .unwrap()
            .scenario();
        assert_eq!(s.counting_basis(), CountingBasis::Users);
        let p = project(&s);
        let mc = crate::analysis::montecarlo::monte_carlo(&s, 50, 1);
        let plans = all_charts_on(&s, &p, Some(&mc), CountingBasis::Users, Lang::Nl);
        let other = all_charts_on(&s, &p, Some(&mc), CountingBasis::Stock, Lang::Nl);
        assert_eq!(plans[1].title, Text::ChartSharesUsers.get(Lang::Nl));
        assert_eq!(
            other[1].title,
            Text::ChartSharesStockNotThePlans.get(Lang::Nl)
        );
        assert!(!plans[1].bands.is_empty() && other[1].bands.is_empty());
        // The cost bands do not depend on the basis.
        assert_eq!(plans[2].bands, other[2].bands);
        // On one day: the start, then each year's end; the plan's targets count users, so none
        // is marked on the other basis.
        let last = p.years.last().unwrap();
        assert_eq!(other[1].series[0].values.len(), p.years.len() + 1);
        assert_eq!(
            *other[1].series[0].values.last().unwrap(),
            last.shares_pct.family
        );
        assert!(other[1].markers.is_empty() && !plans[1].markers.is_empty());
        let table = chart_table_on(
            ChartId::Shares,
            &s,
            &p,
            Some(&mc),
            CountingBasis::Stock,
            Lang::Nl,
        );
        assert!(table.rows.iter().all(|r| r.len() == table.headers.len()));
        assert_eq!(
            table.rows.last().unwrap()[2],
            format_pct(last.shares_pct.residential, Lang::Nl)
        );
    }

    #[test]
    fn places_needed_and_under_12_where_the_plan_has_them() {
        for preset in all() {
            let s = preset.scenario();
            let p = project(&s);
            let charts = all_charts(&s, &p, None, Lang::Nl);
            assert_eq!(charts.len(), chart_count(&p), "{}", preset.id);
            for i in charts.iter().map(|c| c.id) {
                let table = chart_table(i, &s, &p, None, Lang::Nl);
                assert!(!table.rows.is_empty(), "{} {i:?}", preset.id);
                assert!(
                    table.rows.iter().all(|r| r.len() == table.headers.len()),
                    "{} {i:?}",
                    preset.id
                );
            }
        }
        // Flevoland plans its residential places: occupancy at the busiest month, the plan's
        // places and the shortfall, as the projection has them.
        let s = crate::presets::by_id("flevoland").unwrap().scenario();
        let p = project(&s);
        let places = places_chart(&p, Lang::Nl).unwrap();
        let y = &p.years[1];
        assert_eq!(places.series[0].values[1], y.residential_peak);
        assert_eq!(places.series[1].values[1], y.residential_shortfall.unwrap());
        assert_eq!(
            places.series[2].values[1],
            y.residential_capacity_plan.unwrap()
        );
        assert!(y.residential_shortfall.unwrap() > 0.0);
        let table = chart_table(ChartId::Places, &s, &p, None, Lang::Nl);
        assert_eq!(table.rows[1][1], format_count(y.residential_peak, Lang::Nl));
        // Gooi has the under-12 band and targets on it; Zuid-Limburg has neither chart.
        let s = crate::presets::by_id("gooi-en-vechtstreek")
            .unwrap()
            .scenario();
        let p = project(&s);
        assert!(places_chart(&p, Lang::Nl).is_none());
        let u = under12_chart(&p, Lang::Nl).unwrap();
        let last = p.years.last().unwrap().under12.unwrap();
        assert_eq!(*u.series[0].values.last().unwrap(), last.stock.residential);
        assert_eq!(
            *u.series[1].values.last().unwrap(),
            last.residential_admissions
        );
        assert!(
            !u.markers.is_empty(),
            "the plan's under-12 targets are marked"
        );
        let s = crate::presets::by_id("zuid-limburg").unwrap().scenario();
        assert_eq!(chart_count(&project(&s)), 4);
    }

    #[test]
    fn every_preset_has_four_drawable_charts() {
        for preset in all() {
            let s = preset.scenario();
            let p = project(&s);
            for chart in all_charts(&s, &p, None, Lang::Nl) {
                assert!(
                    y_max(&chart) > y_min(&chart),
                    "{}: {}",
                    preset.id,
                    chart.title
                );
                assert!(chart
                    .series
                    .iter()
                    .all(|s| s.values.len() == chart.categories.len()));
            }
        }
    }

    #[test]
    fn axis_range_is_sticky_while_the_data_fits() {
        let s = crate::presets::gooi_v1();
        let p = project(&s);
        let chart = budget_chart(&p, Lang::Nl);
        let own = (y_min(&chart), y_max(&chart));
        assert_eq!(stable_y_range(None, &chart), own);
        // A slightly larger previous range is kept; a far larger one is dropped.
        assert_eq!(
            stable_y_range(Some((own.0, own.1 * 1.2)), &chart),
            (own.0, own.1 * 1.2)
        );
        assert_eq!(stable_y_range(Some((own.0, own.1 * 100.0)), &chart), own);
        // A range the data does not fit in is dropped.
        assert_eq!(stable_y_range(Some((own.0, own.1 * 0.1)), &chart), own);
        // Shares keep their fixed 0–100 %.
        let shares = shares_chart(&s, &p, Lang::Nl);
        assert_eq!(stable_y_range(Some((0.0, 50.0)), &shares), (0.0, 100.0));
    }

    #[test]
    fn bands_come_from_the_monte_carlo_and_only_when_they_fit() {
        let s = crate::presets::gooi_v1();
        let p = project(&s);
        let mc = crate::analysis::montecarlo::monte_carlo(&s, 200, 1);
        let charts = all_charts(&s, &p, Some(&mc), Lang::Nl);
        let shares = &charts[1];
        assert_eq!(shares.bands.len(), 2);
        let family = &shares.bands[0];
        assert_eq!(family.low.len(), shares.categories.len());
        // The start is known: the band starts as a point on the line.
        assert_eq!(family.low[0], shares.series[0].values[0]);
        assert_eq!(family.high[0], shares.series[0].values[0]);
        assert_eq!(family.low[4], mc.years[3].family_share_pct.p10);
        assert!(family.low[4] < family.high[4]);
        let cost = &charts[2];
        assert_eq!(cost.bands[0].high.len(), 4);
        assert!(y_max(cost) >= cost.bands[0].high[3]);
        assert!(charts[0].bands.is_empty() && charts[3].bands.is_empty());
        // Tables gain a P10–P90 column with the exact amounts.
        let table = chart_table(ChartId::Cost, &s, &p, Some(&mc), Lang::Nl);
        assert_eq!(
            table.headers[2],
            "Dit scenario: 8 van de 10 doorrekeningen (laag / midden / hoog)"
        );
        let b = mc.years[3].care_cost;
        assert_eq!(
            table.rows[3][2],
            format!(
                "{} / {} / {}",
                format_euro(b.p10, Lang::Nl),
                format_euro(b.p50, Lang::Nl),
                format_euro(b.p90, Lang::Nl)
            )
        );
        assert_eq!(family.mid[4], mc.years[3].family_share_pct.p50);
        let table = chart_table(ChartId::Shares, &s, &p, Some(&mc), Lang::Nl);
        assert_eq!(table.rows[0][2], "—");
        // A result for another horizon is not drawn.
        let mut longer = s.clone();
        longer.years = 5;
        let p5 = project(&longer);
        let charts = all_charts(&longer, &p5, Some(&mc), Lang::Nl);
        assert!(charts[1].bands.is_empty());
        assert_eq!(
            chart_table(ChartId::Cost, &longer, &p5, Some(&mc), Lang::Nl)
                .headers
                .len(),
            4
        );
    }

    #[test]
    fn nice_axis_ends() {
        assert_eq!(nice_ceiling(463.0), 500.0);
        assert_eq!(nice_ceiling(27_882_647.0), 50_000_000.0);
        assert_eq!(nice_ceiling(180.0), 200.0);
        assert_eq!(nice_ceiling(2.2), 2.5);
        assert_eq!(nice_ceiling(100.0), 100.0);
    }

    #[test]
    fn an_empty_money_chart_still_has_a_readable_axis() {
        let s = crate::presets::v1("gelderland-jeugdzorgplus");
        let p = crate::engine::project(&s);
        assert_eq!(p.total_programme_cost, crate::money::Euro::ZERO);
        let chart = budget_chart(&p, Lang::Nl);
        assert_eq!(y_max(&chart), 1000.0);
    }

    #[test]
    fn charts_that_do_not_apply_say_why() {
        let at = |id: &str| crate::presets::by_id(id).unwrap().scenario();
        let jeugdzorgplus = at("gelderland-jeugdzorgplus");
        let p = crate::engine::project(&jeugdzorgplus);
        assert!(shares_not_applicable(&p, Lang::Nl)
            .unwrap()
            .starts_with("Niet van toepassing"));
        assert!(!tornado_moves_share(
            &crate::analysis::sensitivity::sensitivity(&jeugdzorgplus)
        ));
        let gooi = at("gooi-en-vechtstreek");
        assert_eq!(
            shares_not_applicable(&crate::engine::project(&gooi), Lang::Nl),
            None
        );
        assert!(tornado_moves_share(
            &crate::analysis::sensitivity::sensitivity(&gooi)
        ));
    }

    #[test]
    fn the_cost_chart_shows_the_saving_and_a_plan_without_budget_no_balance() {
        let gooi = crate::engine::project(
            &crate::presets::by_id("gooi-en-vechtstreek")
                .unwrap()
                .scenario(),
        );
        let cost = cost_chart(&gooi, Lang::Nl);
        let saving = cost
            .series
            .iter()
            .find(|s| s.label == "Besparing t.o.v. de status quo")
            .unwrap();
        assert_eq!(saving.values[0], gooi.years[0].savings.to_f64_lossy());
        let ijssel = crate::engine::project(
            &crate::presets::by_id("gelderland-jeugdzorgplus")
                .unwrap()
                .scenario(),
        );
        assert!(!ijssel.budget_known());
        let chart = budget_chart(&ijssel, Lang::Nl);
        assert_eq!(chart.series.len(), 1);
        assert_eq!(
            chart.title,
            "Programmakosten (geen transformatiebudget bekend)"
        );
        let s = crate::presets::by_id("gelderland-jeugdzorgplus")
            .unwrap()
            .scenario();
        let table = chart_table(ChartId::Budget, &s, &ijssel, None, Lang::Nl);
        assert_eq!(table.headers.len(), 3);
        assert!(table.rows.iter().all(|r| r.len() == 3));
        assert_eq!(budget_chart(&gooi, Lang::Nl).series.len(), 3);
    }
}
