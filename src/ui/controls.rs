//! Form controls: a lever (slider + typed value, optionally per year), a typed field, and the
//! badge that says where a figure comes from.

use super::context::{AppContext, StateRef};
use super::timing;
use crate::app::levers::{lever_value, uniform_value, Lever};
use crate::app::state::{display_text, draft_message, is_numeric, Action, Origin};
use crate::i18n::{field_label, Lang, Text};
use crate::scenario::SourceKind;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// A DOM id from a scenario path: `inflow.change_pct[2]` → `f-inflow-change_pct-2`.
pub fn dom_id(path: &str) -> String {
    let mut id = String::from("f-");
    for c in path.chars() {
        match c {
            '.' | '[' => id.push('-'),
            ']' => {}
            c if c.is_ascii_alphanumeric() || c == '_' => id.push(c),
            _ => id.push('_'),
        }
    }
    id
}

/// "uit het plan" / "aanname", with the source note on hover and keyboard focus.
///
/// A plain function rather than a component: there are dozens on the page, and a component
/// per badge costs render time on every slider move and code size for nothing.
/// A wide table in a box of its own that scrolls sideways on a narrow screen, never the page;
/// labelled and focusable, so a keyboard user can scroll it too.
pub fn table_box(label: String, table: Html) -> Html {
    html! {
        <div class="table-scroll" role="region" aria-label={label} tabindex="0">{ table }</div>
    }
}

pub fn source_badge(ctx: &AppContext, path: &str) -> Html {
    let lang = ctx.state.0.lang;
    let source = ctx.state.0.scenario.source_of(path);
    // A figure the user changed is no longer the plan's, whatever its note says.
    let changed = crate::app::changes::changed_from_plan(
        &ctx.view.0,
        ctx.plan.0.as_ref().as_ref(),
        path,
        lang,
    );
    let (class, text) = match (&changed, source.map(|s| s.kind)) {
        (Some(was), _) => (
            "source source-changed",
            crate::i18n::messages::changed_badge(was, lang),
        ),
        (None, Some(SourceKind::Plan))
            if source.is_some_and(crate::app::own_region::is_own_input) =>
        {
            ("source source-plan", Text::SourceOwn.get(lang).to_string())
        }
        (None, Some(SourceKind::Plan)) => {
            ("source source-plan", Text::SourcePlan.get(lang).to_string())
        }
        (None, Some(SourceKind::Assumption)) => (
            "source source-assumption",
            Text::SourceAssumption.get(lang).to_string(),
        ),
        (None, None) => return html! {},
    };
    let tip_id = format!("{}-src", dom_id(path));
    html! {
        <span class="source-wrap">
            <button type="button" class={class} aria-describedby={tip_id.clone()}>
                <span>{ text }</span>
            </button>
            <span role="tooltip" id={tip_id} class="tip">
                if let Some(source) = source {
                    // The plans' notes are Dutch: in English the label says so.
                    <strong>{ if ctx.state.0.preset_id.is_some() { Text::SourceLabelInDutch } else { Text::SourceLabel }.get(lang) }{ ": " }</strong>
                    <span lang={ctx.state.0.preset_id.as_ref().map(|_| "nl")}>{ source.note.clone() }</span>
                }
            </span>
        </span>
    }
}

pub fn error_view(state: &StateRef, path: &str) -> Html {
    let lang = state.0.lang;
    match state.0.draft(path).and_then(|d| d.error.as_ref()) {
        Some(error) => html! {
            <p class="field-error" id={format!("{}-err", dom_id(path))} role="alert">
                { draft_message(path, error, lang) }
            </p>
        },
        None => html! {},
    }
}

pub fn described_by(state: &StateRef, path: &str) -> Option<String> {
    state
        .0
        .draft(path)
        .and_then(|d| d.error.as_ref())
        .map(|_| format!("{}-err", dom_id(path)))
}

/// What a typed field shows: its path, and optionally a label, a unit and more.
#[derive(Clone, Debug, Default)]
pub struct FieldSpec {
    pub path: String,
    /// Shown label; defaults to the field's plain-language name.
    pub label: Option<String>,
    pub unit: Option<&'static str>,
    /// For the per-year "all years" box of a lever.
    pub all_years: bool,
    pub hide_label: bool,
    pub show_source: bool,
}

impl FieldSpec {
    pub fn new(path: impl Into<String>) -> Self {
        FieldSpec {
            path: path.into(),
            ..FieldSpec::default()
        }
    }
    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }
    pub fn unit(mut self, unit: &'static str) -> Self {
        self.unit = Some(unit);
        self
    }
    pub fn all_years(mut self) -> Self {
        self.all_years = true;
        self
    }
    pub fn hide_label(mut self) -> Self {
        self.hide_label = true;
        self
    }
    pub fn with_source(mut self) -> Self {
        self.show_source = true;
        self
    }
}

/// A typed value: label, input, unit, source badge and, if refused, the message.
/// A plain function for the same reason as [`source_badge`].
pub fn text_field(ctx: &AppContext, spec: FieldSpec) -> Html {
    let state = &ctx.state;
    let view = &ctx.view.0;
    let lang = state.0.lang;
    let path = spec.path;
    let id = dom_id(&path);
    let text = match state.0.draft(&path) {
        Some(d) => d.text.clone(),
        None if spec.all_years => uniform_value(view, &path)
            .map(|_| display_text(view, &format!("{path}[0]"), lang))
            .unwrap_or_default(),
        None => display_text(view, &path, lang),
    };
    let label = spec.label.unwrap_or_else(|| field_label(&path, lang));
    let invalid = state.0.draft(&path).is_some_and(|d| d.error.is_some());
    let oninput = {
        let path = path.clone();
        let all_years = spec.all_years;
        let dispatch = ctx.dispatch.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            timing::input_event(e.time_stamp());
            let text = input.value();
            dispatch.emit(Action::edit(path.clone(), text, Origin::Typed, all_years));
        })
    };
    html! {
        <div class={classes!("field", invalid.then_some("invalid"))}>
            <label for={id.clone()} class={classes!(spec.hide_label.then_some("visually-hidden"))}>{ label }</label>
            <span class="field-input">
                <input id={id} type="text" value={text}
                    inputmode={is_numeric(&path).then_some("decimal")}
                    aria-invalid={invalid.then_some("true")}
                    aria-describedby={described_by(state, &path)}
                    {oninput} />
                if let Some(unit) = spec.unit { <span class="unit">{ unit }</span> }
                if spec.show_source { { source_badge(ctx, &path) } }
            </span>
            { error_view(state, &path) }
        </div>
    }
}

#[derive(Properties)]
pub struct LeverControlProps {
    pub lever: Lever,
    pub ctx: AppContext,
}

impl PartialEq for LeverControlProps {
    /// Equal when everything the control shows is equal: its values, its drafts, its source, the
    /// language and the years. Then Yew skips it, so a slider move renders one lever, not all.
    /// The callbacks it made capture only its path and the dispatcher, which forwards to the one
    /// reducer in every render, so a control kept from an earlier render edits the current
    /// scenario all the same.
    fn eq(&self, other: &Self) -> bool {
        let path = self.lever.path;
        let (a, b) = (&self.ctx, &other.ctx);
        let (sa, sb) = (&a.state.0, &b.state.0);
        self.lever == other.lever
            && sa.lang == sb.lang
            && sa.scenario.years == sb.scenario.years
            && sa.scenario.start_year == sb.scenario.start_year
            && a.view.0.get(path) == b.view.0.get(path)
            && sa.drafts_of(path).eq(sb.drafts_of(path))
            && sa.scenario.source_of(path) == sb.scenario.source_of(path)
            && a.plan == b.plan
    }
}

/// A lever: slider and typed value side by side; per-year levers expand to one box per year.
#[component]
pub fn LeverControl(props: &LeverControlProps) -> Html {
    let ctx = &props.ctx;
    let state = &ctx.state;
    let dispatch = ctx.dispatch.clone();
    let view = &ctx.view.0;
    let expanded = use_state(|| false);
    let lang = state.0.lang;
    let lever = props.lever;
    let s = &state.0.scenario;
    let id = dom_id(lever.path);
    let uniform = if lever.per_year {
        uniform_value(view, lever.path)
    } else {
        None
    };
    let current = if lever.per_year {
        uniform.unwrap_or_else(|| lever_value(view, lever.path, Some(0)))
    } else {
        lever_value(view, lever.path, None)
    };
    let differs = lever.per_year && uniform.is_none();
    let on_slide = {
        let path = lever.path.to_string();
        let per_year = lever.per_year;
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            timing::input_event(e.time_stamp());
            let text = input.value();
            dispatch.emit(Action::edit(path.clone(), text, Origin::Slider, per_year));
        })
    };
    let toggle = {
        let expanded = expanded.clone();
        Callback::from(move |_| expanded.set(!*expanded))
    };
    let unit = lever.unit.get(lang);
    let years_panel_id = format!("{id}-years");
    html! {
        <div class="lever">
            <div class="lever-head">
                <label for={format!("{id}-slider")} class="lever-label">{ lever.label.get(lang) }</label>
                { source_badge(ctx, lever.path) }
            </div>
            <div class="lever-row">
                <input id={format!("{id}-slider")} class="slider" type="range"
                    min={lever.min.to_string()} max={lever.max.to_string()} step={lever.step.to_string()}
                    value={current.clamp(lever.min, lever.max).to_string()}
                    aria-valuetext={format!("{} {}", crate::i18n::format::format_plain_number(current, lang), unit)}
                    oninput={on_slide} />
                { text_field(ctx, {
                    let spec = FieldSpec::new(lever.path)
                        .label(format!("{} ({})", lever.label.get(lang), unit))
                        .hide_label()
                        .unit(unit);
                    if lever.per_year { spec.all_years() } else { spec }
                }) }
            </div>
            if differs {
                <p class="hint">{ Text::DiffersPerYear.get(lang) }{ ": " }
                    { (0..s.years as usize)
                        .map(|y| crate::i18n::format::format_plain_number(lever_value(view, lever.path, Some(y)), lang))
                        .collect::<Vec<_>>()
                        .join(" · ") }
                </p>
            }
            if lever.per_year {
                <button type="button" class="link-button" aria-expanded={(*expanded).to_string()}
                    aria-controls={years_panel_id.clone()} onclick={toggle}>
                    { if *expanded { Text::HidePerYear.get(lang) } else { Text::SetPerYear.get(lang) } }
                </button>
                if *expanded {
                    <div class="per-year" id={years_panel_id}>
                        { for (0..s.years as usize).map(|y| text_field(ctx,
                            FieldSpec::new(format!("{}[{y}]", lever.path))
                                .label((s.start_year + y as i32).to_string())
                                .unit(unit))) }
                    </div>
                }
            }
        </div>
    }
}

/// The language switch: a button naming the other language.
pub fn language_switch(ctx: &AppContext) -> Html {
    let lang = ctx.state.0.lang;
    let dispatch = ctx.dispatch.clone();
    let other = match lang {
        Lang::Nl => Lang::En,
        Lang::En => Lang::Nl,
    };
    let onclick = Callback::from(move |_| dispatch.emit(Action::SetLang(other)));
    html! {
        <button type="button" class="lang-switch" lang={other.code()}
            aria-label={Text::LanguageSwitchLabel.get(lang)} {onclick}>
            { Text::LanguageSwitch.get(lang) }
        </button>
    }
}
