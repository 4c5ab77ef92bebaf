//! Scenario files and exports: save the scenario as JSON (the CLI's format), open a JSON file,
//! and download the yearly table as CSV. Everything stays in the browser.

use super::context::Screen;
use crate::app::state::Action;
use crate::formats::csv::{file_stem, projection_csv};
use crate::i18n::Text;
use wasm_bindgen::JsCast;
use web_sys::{HtmlAnchorElement, HtmlInputElement};
use yew::prelude::*;

/// Offers `text` as a download named `file_name`.
pub(super) fn download(file_name: &str, mime: &str, text: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    // The object URL is revoked when `url` is dropped, after the click has started the download.
    let url = gloo_file::ObjectUrl::from(gloo_file::Blob::new_with_options(text, Some(mime)));
    if let Some(anchor) = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<HtmlAnchorElement>().ok())
    {
        anchor.set_href(&url);
        anchor.set_download(file_name);
        anchor.click();
    }
}

/// The toolbar: save as JSON, table as CSV, open a file.
pub fn files_toolbar(
    ctx: &Screen,
    open_comparison: Callback<Vec<crate::formats::comparison::Entry>>,
) -> Html {
    let state = &ctx.state.0;
    let lang = state.lang;
    // Named after the scenario as the memo names it ("ambitieus.json"; a changed plan
    // "gooi-en-vechtstreek-gewijzigd.json", not "…-plan.json"), worked out on click.
    let stem = {
        let (scenario, plan) = (state.scenario.clone(), state.plan);
        move || file_stem(&crate::app::memo::file_name(&scenario, plan, lang))
    };
    let save = {
        let (scenario, plan, stem) = (state.scenario.clone(), state.plan, stem.clone());
        Callback::from(move |_| {
            let based_on = plan.map(|p| p.based_on());
            download(
                &format!("{}.json", stem()),
                "application/json",
                &(crate::scenario::to_file_json_based_on(&scenario, based_on.as_ref()) + "\n"),
            );
        })
    };
    let csv = {
        let projection = ctx.projection.0.clone();
        Callback::from(move |_| {
            download(
                &format!("{}.csv", stem()),
                "text/csv",
                &projection_csv(&projection, lang.csv_dialect()),
            );
        })
    };
    let open = {
        let dispatch = ctx.dispatch.clone();
        Callback::from(move |e: Event| {
            let open_comparison = open_comparison.clone();
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            let name = file.name();
            let dispatch = dispatch.clone();
            // The same file can be chosen again after it is fixed.
            input.set_value("");
            // Far larger than any scenario: refused before it is read (a 94 MB file ran the
            // page out of memory).
            let bytes = file.size() as usize;
            if bytes > crate::scenario::MAX_FILE_BYTES {
                dispatch.emit(Action::FileTooLarge { name, bytes });
                return;
            }
            wasm_bindgen_futures::spawn_local(async move {
                // An unreadable file reads as empty text, which the scenario reader refuses with
                // its own message.
                let text = gloo_file::futures::read_as_text(&gloo_file::File::from(file))
                    .await
                    .unwrap_or_default();
                // A comparison file opens its scenarios: the first on screen, the rest pinned.
                match crate::formats::comparison::from_file(&text) {
                    Ok(entries) => open_comparison.emit(entries),
                    Err(crate::formats::comparison::ComparisonError::NotAComparison) => {
                        dispatch.emit(Action::OpenFile { name, text })
                    }
                    Err(error) => dispatch.emit(Action::ComparisonRefused(error)),
                }
            });
        })
    };
    html! {
        <div class="toolbar" role="group" aria-label={Text::Files.get(lang)}>
            <button type="button" class="small" id="save-json" onclick={save}>{ Text::SaveJson.get(lang) }</button>
            <button type="button" class="small" id="save-csv" onclick={csv}>{ Text::SaveCsv.get(lang) }</button>
            <label for="open-file" class="file-label">{ Text::OpenFile.get(lang) }</label>
            <input id="open-file" type="file" accept=".json,application/json" onchange={open} />
        </div>
    }
}
