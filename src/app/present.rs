//! Presentation mode ("Presentatie"): one answer at a time for a room. The slides of a scenario
//! are its answer (headline and key figures), each chart, and its targets; the arrow keys and
//! space move through them, up and down move between the scenario on screen and the pinned
//! ones, Escape closes. The keys are plain data here so that they are tested natively.

/// One screen of the presentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slide {
    /// The headline figure, its verdict and chance, and the key money figures.
    Answer,
    /// The chart at this position of `chart_data::all_charts`.
    Chart(usize),
    /// The targets table.
    Targets,
}

/// The slides of a scenario with `charts` charts and (when it has any) targets.
pub fn slides(charts: usize, has_targets: bool) -> Vec<Slide> {
    let mut all = vec![Slide::Answer];
    all.extend((0..charts).map(Slide::Chart));
    if has_targets {
        all.push(Slide::Targets);
    }
    all
}

/// Where the presentation stands: which scenario (0 = the one on screen, then the pinned ones)
/// and which slide of it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    pub scenario: usize,
    pub slide: usize,
}

/// What a key does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    Go(Position),
    Close,
}

/// The move for `key` (a `KeyboardEvent.key`) from `at`, with `slide_count` slides and
/// `scenario_count` scenarios; `None` for a key the presentation leaves alone. Moving to another
/// scenario keeps the slide where that scenario has it (the same chart side by side), and the
/// ends stay put rather than wrap, so a presenter never jumps back to the start by accident.
pub fn navigate(
    key: &str,
    shift: bool,
    at: Position,
    slide_count: usize,
    scenario_count: usize,
) -> Option<Move> {
    let last_slide = slide_count.saturating_sub(1);
    let last_scenario = scenario_count.saturating_sub(1);
    let slide = |slide: usize| {
        Some(Move::Go(Position {
            slide: slide.min(last_slide),
            ..at
        }))
    };
    let scenario = |scenario: usize| {
        Some(Move::Go(Position {
            scenario: scenario.min(last_scenario),
            slide: at.slide.min(last_slide),
        }))
    };
    match key {
        "Escape" => Some(Move::Close),
        " " | "Spacebar" if shift => slide(at.slide.saturating_sub(1)),
        "ArrowRight" | "PageDown" | " " | "Spacebar" | "Enter" => slide(at.slide + 1),
        "ArrowLeft" | "PageUp" | "Backspace" => slide(at.slide.saturating_sub(1)),
        "Home" => slide(0),
        "End" => slide(last_slide),
        "ArrowDown" => scenario(at.scenario + 1),
        "ArrowUp" => scenario(at.scenario.saturating_sub(1)),
        _ => None,
    }
}

/// The one or two levers on the answer slide of the scenario on screen ("en als we 60
/// werven?", issue 24): recruitment and substitution where the plan has foster care, else the
/// inflow and substitution; only levers of groups that apply to the plan.
pub fn live_levers(s: &crate::scenario::Scenario) -> Vec<crate::app::levers::Lever> {
    use crate::scenario::fields::FieldId;
    let levers: Vec<crate::app::levers::Lever> = crate::app::levers::lever_groups(s)
        .into_iter()
        .filter(|g| g.not_applicable.is_none())
        .flat_map(|g| g.levers)
        .collect();
    [
        FieldId::Recruit,
        FieldId::InflowSubstitution,
        FieldId::InflowChange,
    ]
    .iter()
    .filter_map(|id| levers.iter().find(|l| l.id == *id).copied())
    .take(2)
    .collect()
}

/// The zoom of a chart's lettering and lines for a screen `width` CSS pixels wide: readable
/// from the back of a room on a projector (2× at 1920 px), never smaller than on the page.
pub fn chart_zoom(width: i32) -> f64 {
    (f64::from(width) / 900.0).clamp(1.0, 2.4)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(scenario: usize, slide: usize) -> Position {
        Position { scenario, slide }
    }

    #[test]
    fn a_scenario_is_its_answer_its_charts_and_its_targets() {
        assert_eq!(
            slides(2, true),
            vec![
                Slide::Answer,
                Slide::Chart(0),
                Slide::Chart(1),
                Slide::Targets
            ]
        );
        assert_eq!(slides(0, false), vec![Slide::Answer]);
    }

    #[test]
    fn arrows_and_space_move_through_the_slides_and_stop_at_the_ends() {
        let go = |p| Some(Move::Go(p));
        assert_eq!(navigate("ArrowRight", false, at(0, 0), 6, 1), go(at(0, 1)));
        assert_eq!(navigate(" ", false, at(0, 4), 6, 1), go(at(0, 5)));
        assert_eq!(navigate(" ", false, at(0, 5), 6, 1), go(at(0, 5)));
        assert_eq!(navigate(" ", true, at(0, 3), 6, 1), go(at(0, 2)));
        assert_eq!(navigate("ArrowLeft", false, at(0, 0), 6, 1), go(at(0, 0)));
        assert_eq!(navigate("End", false, at(0, 1), 6, 1), go(at(0, 5)));
        assert_eq!(navigate("Home", false, at(0, 4), 6, 1), go(at(0, 0)));
    }

    #[test]
    fn up_and_down_change_scenario_and_keep_the_slide() {
        let go = |p| Some(Move::Go(p));
        assert_eq!(navigate("ArrowDown", false, at(0, 2), 6, 3), go(at(1, 2)));
        assert_eq!(navigate("ArrowDown", false, at(2, 2), 6, 3), go(at(2, 2)));
        assert_eq!(navigate("ArrowUp", false, at(1, 3), 6, 3), go(at(0, 3)));
        // Another scenario with fewer slides (no targets): its last one.
        assert_eq!(navigate("ArrowDown", false, at(0, 5), 5, 2), go(at(1, 4)));
    }

    #[test]
    fn escape_closes_and_other_keys_are_left_alone() {
        assert_eq!(navigate("Escape", false, at(1, 1), 6, 2), Some(Move::Close));
        assert_eq!(navigate("a", false, at(0, 0), 6, 1), None);
        assert_eq!(navigate("Tab", false, at(0, 0), 6, 1), None);
    }

    #[test]
    fn the_answer_slide_has_two_live_levers_that_apply() {
        use crate::scenario::fields::FieldId;
        let ids = |id: &str| -> Vec<FieldId> {
            live_levers(&crate::presets::by_id(id).unwrap().scenario())
                .iter()
                .map(|l| l.id)
                .collect()
        };
        assert_eq!(
            ids("gooi-en-vechtstreek"),
            vec![FieldId::Recruit, FieldId::InflowSubstitution]
        );
        // JeugdzorgPlus has no foster care: no recruitment lever on the slide.
        assert!(!ids("gelderland-jeugdzorgplus").contains(&FieldId::Recruit));
        assert_eq!(ids("gelderland-jeugdzorgplus").len(), 2);
    }

    #[test]
    fn the_zoom_grows_with_the_screen_within_bounds() {
        assert_eq!(chart_zoom(320), 1.0);
        assert!((chart_zoom(1920) - 2.133).abs() < 0.01);
        assert_eq!(chart_zoom(4000), 2.4);
    }
}
