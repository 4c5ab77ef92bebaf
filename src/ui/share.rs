//! Share links in the browser: open the link in the address bar, react when it changes, and the
//! "Deel" panel that writes the link, copies it and says what it changes.

use super::context::{use_env, ByPtr, Screen};
use super::controls::{fixed, fixed_class, list_item};
use crate::app::changes::describe_changes;
use crate::app::state::{Action, Notice};
use crate::formats::link::encode;
use crate::i18n::Text;
use crate::presets::PlanRef;
use crate::scenario::Scenario;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The fragment of the address bar (with its `#`), or empty.
pub fn current_fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Where a change written as the page was left is kept for the next load of this tab.
const LEFT_KEY: &str = "zothuis.address.v1";

/// The fragment to open on load: the address bar's, or, when this tab was reloaded right after
/// a change (issue 22), the change's. A reload takes its address before the page hears that it
/// is being left, so the change written then reaches the address too late for it; it is kept
/// in session storage beside the address it replaced, and used only when the page opens with
/// that same address (the tab was reloaded, not sent elsewhere).
pub fn opening_fragment() -> String {
    use gloo_storage::Storage;
    let now = current_fragment();
    let Ok([from, to]) = gloo_storage::SessionStorage::get::<[String; 2]>(LEFT_KEY) else {
        return now;
    };
    gloo_storage::SessionStorage::delete(LEFT_KEY);
    if from != now || to == now {
        return now;
    }
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&to));
    }
    to
}

/// The page's own address without its fragment (origin and path), to put a link's fragment
/// after: the share link, the memo's link, a comparison link.
pub fn page_address() -> String {
    web_sys::window()
        .map(|w| w.location())
        .map(|l| {
            format!(
                "{}{}",
                l.origin().unwrap_or_default(),
                l.pathname().unwrap_or_default()
            )
        })
        .unwrap_or_default()
}

/// Selects a read-only link box's text when it takes the focus, ready to copy.
pub fn select_on_focus() -> Callback<FocusEvent> {
    Callback::from(|e: FocusEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        input.select();
    })
}

/// Opens the scenario of a link pasted into the address bar of an open page.
#[hook]
pub fn use_hash_links(
    dispatch: Callback<Action>,
    open_comparison: Callback<Vec<crate::formats::comparison::Entry>>,
) {
    super::events::use_listener(
        super::events::On::Window,
        "hashchange",
        Callback::from(move |_| {
            let fragment = current_fragment();
            if crate::formats::comparison::is_comparison(&fragment) {
                match crate::formats::comparison::decode(&fragment) {
                    Ok(entries) => open_comparison.emit(entries),
                    Err(error) => dispatch.emit(Action::ComparisonRefused(error)),
                }
            } else if !fragment.trim_start_matches('#').is_empty() {
                dispatch.emit(Action::OpenLink(fragment));
            }
        }),
    );
}

/// The address bar follows the scenario: once the levers have been still for a moment, its
/// link replaces the address (no history entry per slider step), so a reload or a bookmark
/// keeps the scenario. The address a page was opened with stays until the first change (a
/// broken link stays visible beside the notice that explains it). A change still waiting for
/// that moment is written at once when the page is hidden or left (issue 22: an edit made just
/// before a reload was lost).
#[hook]
pub fn use_address_follows(
    scenario: super::context::ByPtr<crate::scenario::Scenario>,
    plan: Option<PlanRef>,
) {
    // The change not yet in the address, if any.
    let pending = use_mut_ref(|| None::<(super::context::ByPtr<Scenario>, Option<PlanRef>)>);
    let generation = use_mut_ref(|| 0u64);
    let first = use_mut_ref(|| true);
    {
        let flush = {
            let pending = pending.clone();
            Callback::from(move |_: Event| {
                use gloo_storage::Storage;
                if let Some((scenario, plan)) = pending.borrow_mut().take() {
                    let from = current_fragment();
                    if let Some(to) = write_address(&scenario.0, plan) {
                        let _ = gloo_storage::SessionStorage::set(LEFT_KEY, [from, to]);
                    }
                }
            })
        };
        // `beforeunload` comes before a reload takes the address (what `pagehide` cannot, for
        // the navigation has begun by then); `pagehide` and a hidden page cover the rest (a tab
        // closed on a phone, the browser put away).
        super::events::use_listener(super::events::On::Window, "beforeunload", flush.clone());
        super::events::use_listener(super::events::On::Window, "pagehide", flush.clone());
        super::events::use_listener(
            super::events::On::Document,
            "visibilitychange",
            Callback::from(move |e: Event| {
                let hidden = web_sys::window()
                    .and_then(|w| w.document())
                    .is_some_and(|d| d.hidden());
                if hidden {
                    flush.emit(e);
                }
            }),
        );
    }
    use_effect_with((scenario, plan), move |(scenario, plan)| {
        let mine = {
            let mut g = generation.borrow_mut();
            *g += 1;
            *g
        };
        if std::mem::replace(&mut *first.borrow_mut(), false) {
            return;
        }
        *pending.borrow_mut() = Some((scenario.clone(), *plan));
        let (pending, generation) = (pending.clone(), generation.clone());
        wasm_bindgen_futures::spawn_local(async move {
            gloo_timers::future::TimeoutFuture::new(400).await;
            if *generation.borrow() != mine {
                return;
            }
            if let Some((scenario, plan)) = pending.borrow_mut().take() {
                write_address(&scenario.0, plan);
            }
        });
    });
}

/// Replaces the address with the link of `scenario` (no new history entry); the fragment
/// written, if it changed.
fn write_address(scenario: &Scenario, plan: Option<PlanRef>) -> Option<String> {
    let fragment = encode(scenario, plan).ok()?;
    let hash = format!("#{fragment}");
    if current_fragment() == hash {
        return None;
    }
    let history = web_sys::window().and_then(|w| w.history().ok())?;
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash))
        .ok()?;
    Some(hash)
}

/// A notice for the whole page (a link or file that could not be opened), with a close button.
pub fn notice_view(ctx: &Screen) -> Html {
    let state = &ctx.state.0;
    let Some(notice) = &state.notice else {
        return html! {};
    };
    let lang = state.lang;
    let close = super::context::send(&ctx.dispatch, Action::DismissNotice);
    let details = notice.details(lang);
    html! {
        // A link that opened but was made under an earlier model is information, not an error.
        <div class={classes!("notice", matches!(notice, Notice::OlderModel { .. }).then_some("info"))}
            role={if matches!(notice, Notice::OlderModel { .. }) { "status" } else { "alert" }} id="notice">
            <div>
                <p><strong>{ notice.title(lang) }</strong></p>
                if let Notice::Link(_) = notice {
                    <p>{ details.join(" ") }{ " " }{ Text::DefaultShown.get(lang) }</p>
                } else {
                    <ul>{ for details.into_iter().map(list_item) }</ul>
                }
            </div>
            <button type="button" class="small" onclick={close}>{ Text::Close.get(lang) }</button>
        </div>
    }
}

#[derive(Clone, Copy, PartialEq)]
enum CopyStatus {
    Idle,
    Copied,
    Failed,
    /// The link could not be written (the field whose value does not fit).
    NoLink(&'static str),
}

#[derive(Properties, PartialEq)]
pub struct ShareButtonProps {
    pub scenario: ByPtr<Scenario>,
    pub plan: Option<PlanRef>,
}

/// "Deel": writes the link into the address bar, copies it, and shows it with what it changes.
#[component]
pub fn ShareButton(props: &ShareButtonProps) -> Html {
    let open = use_state(|| false);
    let button = use_node_ref();
    let status = use_state(|| CopyStatus::Idle);
    let link = use_state(String::new);
    let lang = use_env().lang;
    let (scenario, plan) = (&props.scenario.0, &props.plan);
    let onclick = {
        let (open, status, link) = (open.clone(), status.clone(), link.clone());
        let (scenario, plan) = (scenario.clone(), *plan);
        Callback::from(move |_| {
            let fragment = match encode(&scenario, plan) {
                Ok(fragment) => fragment,
                Err(error) => {
                    link.set(String::new());
                    open.set(true);
                    status.set(CopyStatus::NoLink(error.path));
                    return;
                }
            };
            let Some(window) = web_sys::window() else {
                return;
            };
            let url = format!("{}#{fragment}", page_address());
            // The address bar shows the link too, without a reload or a history entry.
            if let Ok(history) = window.history() {
                let _ =
                    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
            }
            link.set(url.clone());
            open.set(true);
            status.set(CopyStatus::Idle);
            let promise = window.navigator().clipboard().write_text(&url);
            let status = status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match wasm_bindgen_futures::JsFuture::from(promise).await {
                    Ok(_) => status.set(CopyStatus::Copied),
                    Err(_) => status.set(CopyStatus::Failed),
                }
            });
        })
    };
    let close = {
        let open = open.clone();
        Callback::from(move |_| open.set(false))
    };
    // Esc closes the panel, and the focus goes back to the button that opened it.
    let on_key = {
        let (open, button) = (open.clone(), button.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                open.set(false);
                if let Some(b) = button.cast::<web_sys::HtmlElement>() {
                    let _ = b.focus();
                }
            }
        })
    };
    let select_all = select_on_focus();
    // Only when the panel is open: it reads the preset, which a slider move should not pay for.
    let changes = if *open {
        describe_changes(scenario, *plan, lang)
    } else {
        Vec::new()
    };
    html! {
        <div class="share">
            <button type="button" class="share-button" aria-expanded={(*open).to_string()}
                aria-controls="share-panel" ref={button} {onclick}>{ Text::Share.get(lang) }</button>
            if *open {
                <section class="share-panel" id="share-panel" aria-labelledby="share-title" onkeydown={on_key}>
                    <h2 id="share-title">{ Text::ShareTitle.get(lang) }</h2>
                    { fixed_class("p", "intro", Text::ShareIntro.get(lang)) }
                    <label for="share-link">{ Text::ShareLinkLabel.get(lang) }</label>
                    <input id="share-link" type="text" readonly=true value={(*link).clone()} onfocus={select_all} />
                    <p class="share-status" role="status">
                        { match *status {
                            CopyStatus::Idle => String::new(),
                            CopyStatus::Copied => Text::ShareCopied.get(lang).to_string(),
                            CopyStatus::Failed => Text::ShareCopyFailed.get(lang).to_string(),
                            CopyStatus::NoLink(path) => format!("{} ({})",
                                Text::LinkEncodeFailed.get(lang), crate::i18n::field_label(path, lang)),
                        } }
                    </p>
                    if plan.is_none() {
                        { fixed("p", Text::ShareNoPreset.get(lang)) }
                    } else if changes.is_empty() {
                        { fixed("p", Text::ShareNoChanges.get(lang)) }
                    } else {
                        { fixed("p", Text::ShareChanges.get(lang)) }
                        <ul class="share-changes">{ for changes.into_iter().map(list_item) }</ul>
                    }
                    <button type="button" class="small" onclick={close}>{ Text::Close.get(lang) }</button>
                </section>
            }
        </div>
    }
}
