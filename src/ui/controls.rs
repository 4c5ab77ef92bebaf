//! Form controls: a lever (slider + typed value, optionally per year), a typed field, and the
//! badge that says where a figure comes from.

use super::context::{use_env, Env, Screen, ShowsFields};
use super::timing;
use crate::app::levers::Lever;
use crate::app::shown::{Badge, BadgeKind, FieldShown, LeverShown};
use crate::app::state::{Action, Origin};
use crate::i18n::{field_label, Lang, Text};
use crate::scenario::fields::FieldPath;
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

/// A wide table in a box of its own that scrolls sideways on a narrow screen, never the page;
/// labelled and focusable, so a keyboard user can scroll it too.
pub fn table_box(label: String, table: Html) -> Html {
    html! {
        <div class="table-scroll" role="region" aria-label={label} tabindex="0">{ table }</div>
    }
}

/// "uit het plan" / "aanname" / "gewijzigd — plan: …" for the figure at `path`.
pub fn source_badge(on: &impl ShowsFields, path: &str) -> Html {
    let (badge, lang) = (on.badge(path), on.state().lang);
    html! {
        <span class="badge-with-details">
            { badge_view(badge.as_ref(), path, lang) }
            { badge_details(badge.as_ref(), path, lang) }
        </span>
    }
}

/// A badge: a word or two of a fixed size beside the figure's label. Its source note and the
/// plan's value are [`badge_details`], on lines of their own below the control, so that
/// neither covers a control nor moves it (issue 24).
///
/// A plain function rather than a component: there are dozens on the page, and a component
/// per badge costs render time on every slider move and code size for nothing.
pub fn badge_view(badge: Option<&Badge>, path: &str, lang: Lang) -> Html {
    let Some(badge) = badge else {
        return html! {};
    };
    let class = match badge.kind {
        BadgeKind::Changed => "source source-changed",
        BadgeKind::Own | BadgeKind::Plan => "source source-plan",
        BadgeKind::File => "source source-file",
        BadgeKind::Assumption => "source source-assumption",
    };
    let tip_id = format!("{}-src", dom_id(path));
    // To a screen reader the badge says what it marks: "Werving pleeggezinnen: gewijzigd —
    // plan: 34 …" (the visible word is in it, as WCAG 2.5.3 asks).
    let spoken = match &badge.plan {
        Some(plan) => format!("{}: {} — {plan}", field_label(path, lang), badge.text),
        None => format!("{}: {}", field_label(path, lang), badge.text),
    };
    html! {
        // A click gives the badge the focus, which opens its note (Safari does not focus a
        // clicked button by itself).
        <button type="button" class={class} aria-describedby={badge.note.is_some().then_some(tip_id)}
            aria-label={spoken} onclick={Callback::from(focus_target)}>
            <span>{ badge.text.clone() }</span>
        </button>
    }
}

fn focus_target(e: MouseEvent) {
    use wasm_bindgen::JsCast;
    if let Some(button) = e
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = button.focus();
    }
}

/// Below a control: the plan's value of a changed figure, and the source note, which opens
/// when its badge is clicked or has the keyboard focus (never on hover, never over a control).
pub fn badge_details(badge: Option<&Badge>, path: &str, lang: Lang) -> Html {
    let Some(badge) = badge else {
        return html! {};
    };
    let id = dom_id(path);
    html! {
        <>
            if let Some(plan) = &badge.plan {
                <span class="plan-value" id={format!("{id}-plan")}>{ plan.clone() }</span>
            }
            if let Some(note) = &badge.note {
                <span role="tooltip" id={format!("{id}-src")} class="tip">
                    // The plans' notes are Dutch: in English the label says so.
                    <strong>{ if badge.note_in_dutch { Text::SourceLabelInDutch } else { Text::SourceLabel }.get(lang) }{ ": " }</strong>
                    <span lang={badge.note_in_dutch.then_some("nl")}>{ note.clone() }</span>
                </span>
            }
        </>
    }
}

/// The message under a refused field.
pub fn error_view(shown: &FieldShown) -> Html {
    match &shown.error {
        Some(message) => html! {
            <p class="field-error" id={format!("{}-err", dom_id(&shown.path))} role="alert">
                { message.clone() }
            </p>
        },
        None => html! {},
    }
}

/// The id of a refused field's message, for `aria-describedby`.
pub fn described_by(shown: &FieldShown) -> Option<String> {
    shown
        .error
        .as_ref()
        .map(|_| format!("{}-err", dom_id(&shown.path)))
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
/// A plain function for the same reason as [`badge_view`].
pub fn text_field(on: &impl ShowsFields, dispatch: &Callback<Action>, spec: FieldSpec) -> Html {
    let shown = on.field(&spec.path, spec.all_years);
    let badge = spec.show_source.then(|| on.badge(&spec.path)).flatten();
    field_box(&shown, &spec, badge.as_ref(), dispatch, on.state().lang)
}

/// The box of a field as `shown` says, sending what is typed as an edit.
fn field_box(
    shown: &FieldShown,
    spec: &FieldSpec,
    badge: Option<&Badge>,
    dispatch: &Callback<Action>,
    lang: Lang,
) -> Html {
    let path = &shown.path;
    let id = dom_id(path);
    let label = spec
        .label
        .clone()
        .unwrap_or_else(|| field_label(path, lang));
    let invalid = shown.error.is_some();
    // A field of a few words (who pays the unit costs) is a choice, not a text box.
    if let Some(field) = FieldPath::parse(path.clone()) {
        if let crate::scenario::fields::Kind::Choice(words) = field.field().kind {
            let current = if shown.text.is_empty() {
                words[0]
            } else {
                shown.text.as_str()
            };
            let onchange = {
                let dispatch = dispatch.clone();
                Callback::from(move |e: Event| {
                    let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
                    dispatch.emit(Action::edit(
                        field.clone(),
                        select.value(),
                        Origin::Chosen,
                        false,
                    ));
                })
            };
            return html! {
                <div class="field">
                    <label for={id.clone()}>{ label }</label>
                    <span class="field-input">
                        <select {id} {onchange}>
                            { for words.iter().map(|w| html! {
                                <option value={*w} selected={*w == current}>{ crate::i18n::choice_text(w, lang) }</option>
                            }) }
                        </select>
                        if spec.show_source { { badge_view(badge, path, lang) } }
                    </span>
                    if spec.show_source { { badge_details(badge, path, lang) } }
                </div>
            };
        }
    }
    // The path is read against the field table once, here, not on every keystroke.
    let oninput = FieldPath::parse(path.clone()).map(|field| {
        let (all_years, dispatch) = (spec.all_years, dispatch.clone());
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            timing::input_event(e.time_stamp());
            dispatch.emit(Action::edit(
                field.clone(),
                input.value(),
                Origin::Typed,
                all_years,
            ));
        })
    });
    html! {
        <div class={classes!("field", invalid.then_some("invalid"))}>
            <label for={id.clone()} class={classes!(spec.hide_label.then_some("visually-hidden"))}>{ label }</label>
            <span class="field-input">
                <input id={id} type="text" value={shown.text.clone()}
                    inputmode={shown.numeric.then_some("decimal")}
                    aria-invalid={invalid.then_some("true")}
                    aria-describedby={described_by(shown)}
                    {oninput} />
                if let Some(unit) = spec.unit { <span class="unit">{ unit }</span> }
                if spec.show_source { { badge_view(badge, path, lang) } }
            </span>
            { error_view(shown) }
            if spec.show_source { { badge_details(badge, path, lang) } }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct LeverControlProps {
    pub lever: Lever,
    /// Everything the control shows ([`crate::app::shown::lever`]): Yew skips the control when it
    /// is unchanged, so a slider move renders one lever, not all.
    pub shown: LeverShown,
}

/// A lever: slider and typed value side by side; per-year levers expand to one box per year.
#[component]
pub fn LeverControl(props: &LeverControlProps) -> Html {
    let Env { lang, dispatch } = use_env();
    let expanded = use_state(|| false);
    let (lever, shown) = (props.lever, &props.shown);
    let id = dom_id(lever.path());
    let on_slide = FieldPath::parse(lever.path()).map(|field| {
        let (per_year, dispatch) = (lever.per_year(), dispatch.clone());
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            timing::input_event(e.time_stamp());
            dispatch.emit(Action::edit(
                field.clone(),
                input.value(),
                Origin::Slider,
                per_year,
            ));
        })
    });
    let toggle = {
        let expanded = expanded.clone();
        Callback::from(move |_| expanded.set(!*expanded))
    };
    let unit = lever.unit().map_or("", |u| u.get(lang));
    let years_panel_id = format!("{id}-years");
    let main = FieldSpec::new(lever.path())
        .label(format!("{} ({})", lever.label.get(lang), unit))
        .hide_label()
        .unit(unit);
    let main = if lever.per_year() {
        main.all_years()
    } else {
        main
    };
    html! {
        <div class="lever">
            <div class="lever-head">
                <label for={format!("{id}-slider")} class="lever-label">{ lever.label.get(lang) }</label>
                { badge_view(shown.badge.as_ref(), lever.path(), lang) }
            </div>
            <div class="lever-row">
                <input id={format!("{id}-slider")} class="slider" type="range"
                    min={lever.min().to_string()} max={lever.max().to_string()} step={lever.step.to_string()}
                    value={shown.current.clamp(lever.min(), lever.max()).to_string()}
                    aria-valuetext={shown.value_text.clone()}
                    oninput={on_slide} />
                { field_box(&shown.main, &main, None, &dispatch, lang) }
            </div>
            { badge_details(shown.badge.as_ref(), lever.path(), lang) }
            if let Some(values) = &shown.differs {
                <p class="hint">{ Text::DiffersPerYear.get(lang) }{ ": " }{ values.clone() }</p>
            }
            if let Some((unusual, note)) = &shown.plausibility {
                // The ⚠ of an unusual setting is the style's (`.warn`, not read out).
                <p class={if *unusual { "hint unusual warn" } else { "hint" }}>{ note.clone() }</p>
            }
            if let Some(note) = &shown.unbudgeted {
                <p class="hint unbudgeted warn" id={format!("{id}-unbudgeted")}>{ note.clone() }</p>
            }
            if lever.per_year() {
                <button type="button" class="link-button" aria-expanded={(*expanded).to_string()}
                    aria-controls={years_panel_id.clone()} onclick={toggle}>
                    { if *expanded { Text::HidePerYear.get(lang) } else { Text::SetPerYear.get(lang) } }
                </button>
                if *expanded {
                    <div class="per-year" id={years_panel_id}>
                        { for shown.years.iter().map(|(year, field)| field_box(field,
                            &FieldSpec::new(field.path.clone()).label(year.to_string()).unit(unit),
                            None, &dispatch, lang)) }
                    </div>
                }
            }
        </div>
    }
}

/// A lever's control with what it shows ([`crate::app::shown::lever`]), in the levers panel
/// and on the presentation's answer slide.
pub fn lever_control(
    fields: &super::context::Fields,
    unbudgeted: &[crate::app::unbudgeted::Unbudgeted],
    lever: &crate::app::levers::Lever,
) -> Html {
    let shown = crate::app::shown::lever(
        &fields.state.0,
        &fields.view.0,
        fields.plan.0.as_ref().as_ref(),
        lever,
        unbudgeted,
    );
    html! { <LeverControl lever={*lever} {shown} /> }
}

/// The language switch: a button naming the other language.
pub fn language_switch(ctx: &Screen) -> Html {
    let lang = ctx.state.0.lang;
    let dispatch = ctx.dispatch.clone();
    let other = match lang {
        Lang::Nl => Lang::En,
        Lang::En => Lang::Nl,
    };
    let onclick = super::context::send(&dispatch, Action::SetLang(other));
    html! {
        <button type="button" class="lang-switch" lang={other.code()}
            aria-label={Text::LanguageSwitchLabel.get(lang)} {onclick}>
            { Text::LanguageSwitch.get(lang) }
        </button>
    }
}

/// An element holding one fixed text, `<h2>Wat het oplevert</h2>`: one function for the many such
/// elements, where each written out in `html!` is its own code in the app.
pub fn fixed(tag: &'static str, text: &'static str) -> Html {
    element(tag, None, text)
}

/// [`fixed`] with a class: `<p class="intro">…</p>`.
pub fn fixed_class(tag: &'static str, class: &'static str, text: &'static str) -> Html {
    element(tag, Some(class), text)
}

fn element(tag: &'static str, class: Option<&'static str>, text: &'static str) -> Html {
    html! { <@{tag} {class}>{ text }</@> }
}

/// A list item of text, for `{ for lines.into_iter().map(list_item) }`.
pub fn list_item(text: String) -> Html {
    html! { <li>{ text }</li> }
}

/// A table's column heading: `<th scope="col">Jaar</th>`.
pub fn col_head(text: &'static str) -> Html {
    html! { <th scope="col">{ text }</th> }
}
