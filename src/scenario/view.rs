//! A scenario's JSON form read by field path (`inflow.change_pct[2]`), for the editor, the
//! share link and the panels that show fields by path.

use super::model::Scenario;
use serde_json::Value;

/// One step of a path: an object key or an array index.
#[derive(Debug, PartialEq)]
pub enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

pub fn steps(path: &str) -> Option<Vec<Step<'_>>> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let (key, mut rest) = match part.find('[') {
            Some(i) => (&part[..i], &part[i..]),
            None => (part, ""),
        };
        if !key.is_empty() {
            out.push(Step::Key(key));
        }
        while let Some(stripped) = rest.strip_prefix('[') {
            let close = stripped.find(']')?;
            out.push(Step::Index(stripped[..close].parse().ok()?));
            rest = &stripped[close + 1..];
        }
        if !rest.is_empty() {
            return None;
        }
    }
    Some(out)
}

/// A scenario's JSON form, made once and read by path many times: a render reads dozens of
/// fields, and serialising the scenario for each would dominate a slider move.
#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioView {
    root: Value,
    pub years: usize,
}

impl ScenarioView {
    pub fn new(scenario: &Scenario) -> Self {
        ScenarioView {
            root: serde_json::to_value(scenario.without_sources()).unwrap_or(Value::Null),
            years: scenario.years as usize,
        }
    }

    /// A view of a JSON value as it stands (for tests of what a scenario can never hold).
    #[cfg(test)]
    pub(crate) fn from_value(root: Value, years: usize) -> Self {
        ScenarioView { root, years }
    }

    /// The value at `path`, if the scenario has one there.
    pub fn get(&self, path: &str) -> Option<&Value> {
        let mut here = &self.root;
        for step in steps(path)? {
            here = match step {
                Step::Key(key) => here.get(key)?,
                Step::Index(i) => here.get(i)?,
            };
        }
        Some(here)
    }
}

/// The value at `path` in the scenario's JSON form, if any.
pub fn value_at(scenario: &Scenario, path: &str) -> Option<Value> {
    ScenarioView::new(scenario).get(path).cloned()
}
