//! The notice that a new version of the app is ready. The service worker (web/sw.js, registered
//! by the start-up script that scripts/finish-dist.mjs writes) caches each build under a name of
//! its own; when a new build has been installed while this page runs, the start-up script fires
//! `zothuis-updated` and sets `window.__zothuisUpdated`. The page keeps running the version it
//! loaded; the next load is the new one. The address holds the scenario, so reloading loses
//! nothing.

use super::controls::fixed;
use crate::i18n::Text;
use yew::prelude::*;

fn update_flagged() -> bool {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"__zothuisUpdated".into()).ok())
        .is_some_and(|v| v.is_truthy())
}

#[component]
pub fn UpdateNotice() -> Html {
    let lang = super::context::use_env().lang;
    let ready = use_state(update_flagged);
    let dismissed = use_state(|| false);
    {
        let ready = ready.clone();
        super::events::use_listener(
            super::events::On::Window,
            "zothuis-updated",
            Callback::from(move |_| ready.set(true)),
        );
    }
    if !*ready || *dismissed {
        return html! {};
    }
    let reload = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    let close = Callback::from(move |_| dismissed.set(true));
    html! {
        <div class="update-notice" role="status" id="update-notice">
            { fixed("p", Text::UpdateReady.get(lang)) }
            <button type="button" class="small" id="update-reload" onclick={reload}>{ Text::ReloadNow.get(lang) }</button>
            <button type="button" class="small" onclick={close}>{ Text::Later.get(lang) }</button>
        </div>
    }
}
