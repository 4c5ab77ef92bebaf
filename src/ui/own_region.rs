//! "Eigen regio": the guided form that builds a scenario from a region's own figures
//! ([`crate::app::own_region`]). A wrong entry is said at its field; nothing typed is lost.

use super::context::{use_env, Env};
use super::controls::{fixed, fixed_class};
use crate::app::own_region::{build, Counting, OwnField, OwnRegion};
use crate::app::state::Action;
use crate::i18n::Text;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OwnRegionProps {
    pub on_close: Callback<()>,
}

#[component]
pub fn OwnRegionForm(props: &OwnRegionProps) -> Html {
    let Env { lang, dispatch } = use_env();
    let form = use_state(|| OwnRegion::new(lang));
    let errors = use_state(Vec::<(OwnField, String)>::new);
    // The first field has the focus, so that the form is usable with the keyboard at once.
    {
        use_effect_with((), |_| {
            if let Some(el) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id("own-region"))
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
            {
                let _ = el.focus();
            }
        });
    }
    let field = |f: OwnField| -> Html {
        let id = format!("own-{}", f.key());
        let error = errors.iter().find(|(e, _)| *e == f).map(|(_, m)| m.clone());
        let error_id = format!("{id}-error");
        let hint = match f {
            OwnField::Inflow => Some(Text::OwnHintInflow),
            OwnField::Families => Some(Text::OwnHintFamilies),
            OwnField::Homes => Some(Text::OwnHintHomes),
            OwnField::Budget => Some(Text::OwnHintBudget),
            OwnField::Target => Some(Text::OwnHintTarget),
            OwnField::TargetYear => Some(Text::OwnHintTargetYear),
            OwnField::Programme => Some(Text::OwnHintProgramme),
            _ => None,
        };
        let oninput = {
            let form = form.clone();
            Callback::from(move |e: InputEvent| {
                let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                let mut next = (*form).clone();
                next.set(f, input.value());
                form.set(next);
            })
        };
        let numeric = !matches!(f, OwnField::Region);
        html! {
            <div class={classes!("field", error.is_some().then_some("invalid"))}>
                <label for={id.clone()}>{ f.label().get(lang) }</label>
                <span class="field-input">
                    <input type="text" id={id} value={form.text(f).to_string()} {oninput}
                        inputmode={numeric.then_some("decimal")}
                        aria-invalid={error.is_some().then_some("true")}
                        aria-describedby={error.as_ref().map(|_| error_id.clone())} />
                    if let Some(unit) = f.unit() { { fixed_class("span", "unit", unit.get(lang)) } }
                </span>
                if let Some(hint) = hint { { fixed_class("p", "hint", hint.get(lang)) } }
                if let Some(message) = error { <p class="field-error" id={error_id}>{ message }</p> }
            </div>
        }
    };
    let counting = |c: Counting, label: Text| {
        let form = form.clone();
        let id = match c {
            Counting::DuringYear => "own-count-year",
            Counting::OnOneDay => "own-count-day",
        };
        html! {
            <label class="radio" for={id}>
                <input type="radio" name="own-counting" id={id} checked={form.counting == c}
                    onchange={Callback::from(move |_| {
                        let mut next = (*form).clone();
                        next.counting = c;
                        form.set(next);
                    })} />
                { " " }{ label.get(lang) }
            </label>
        }
    };
    let submit = {
        let (form, errors, dispatch, on_close) = (
            form.clone(),
            errors.clone(),
            dispatch.clone(),
            props.on_close.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match build(&form, lang) {
                Ok(scenario) => {
                    // Kept for the plan picker where the browser allows it (the scenario
                    // opens either way).
                    super::saved::keep_region(&scenario);
                    dispatch.emit(Action::OwnRegion(Box::new(scenario)));
                    on_close.emit(());
                }
                Err(found) => {
                    // The first wrong field gets the focus (and scrolls into view).
                    let first = found.first().map(|(f, _)| format!("own-{}", f.key()));
                    errors.set(found);
                    if let Some(el) = first
                        .and_then(|id| web_sys::window()?.document()?.get_element_by_id(&id))
                        .and_then(|e| {
                            wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok()
                        })
                    {
                        let _ = el.focus();
                    }
                }
            }
        })
    };
    let cancel = {
        let on_close = props.on_close.clone();
        Callback::from(move |_| on_close.emit(()))
    };
    html! {
        <main class="own-region" id="own-region-form" tabindex="-1" aria-labelledby="own-region-title">
            <h1 id="own-region-title">{ Text::OwnRegionTitle.get(lang) }</h1>
            { fixed_class("p", "intro", Text::OwnRegionIntro.get(lang)) }
            if !errors.is_empty() {
                <p class="own-errors" role="alert">{ Text::OwnErrorsTitle.get(lang) }</p>
            }
            <form onsubmit={submit} novalidate=true>
                <fieldset>
                    { fixed("legend", Text::Region.get(lang)) }
                    { field(OwnField::Region) }
                    { field(OwnField::StartYear) }
                    { field(OwnField::Years) }
                </fieldset>
                <fieldset>
                    { fixed("legend", Text::OwnChildrenTitle.get(lang)) }
                    <div class="own-counting" role="radiogroup" aria-label={Text::OwnChildrenTitle.get(lang)}>
                        { counting(Counting::DuringYear, Text::OwnCountDuringYear) }
                        { counting(Counting::OnOneDay, Text::OwnCountOnOneDay) }
                    </div>
                    { field(OwnField::Foster) }
                    { field(OwnField::FamilyHome) }
                    { field(OwnField::Residential) }
                    { field(OwnField::Other) }
                </fieldset>
                <fieldset>
                    { fixed("legend", Text::OwnMoreTitle.get(lang)) }
                    { field(OwnField::Inflow) }
                    { field(OwnField::Families) }
                    { field(OwnField::Homes) }
                    { field(OwnField::PlacesPerHome) }
                    { field(OwnField::Budget) }
                </fieldset>
                <fieldset>
                    { fixed("legend", Text::OwnPricesTitle.get(lang)) }
                    { field(OwnField::PriceFoster) }
                    { field(OwnField::PriceFamilyHome) }
                    { field(OwnField::PriceResidential) }
                    { field(OwnField::PriceOther) }
                </fieldset>
                <fieldset>
                    { fixed("legend", Text::OwnAimTitle.get(lang)) }
                    { field(OwnField::Target) }
                    { field(OwnField::TargetYear) }
                    { field(OwnField::Programme) }
                </fieldset>
                <div class="own-actions">
                    <button type="submit" id="own-build">{ Text::OwnBuild.get(lang) }</button>
                    <button type="button" class="small" id="own-cancel" onclick={cancel}>{ Text::OwnCancel.get(lang) }</button>
                </div>
            </form>
        </main>
    }
}
