//! A panic hook that shows a friendly message instead of a dead page.
//!
//! No input should reach it (bad input gets a message at its field); it is the last line of
//! defence against a defect. It is set through Yew (`set_custom_panic_hook`), which would
//! otherwise put its own hook in place when the app renders. It logs the details to the console,
//! puts a banner that says what to do at the top of the page with a button that reloads, and
//! makes the rest of the page inert: after a panic nothing recomputes, so no lever may look as if
//! it still works.

use crate::i18n::{Lang, Text};
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;

pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&format!("zothuis panicked: {info}")));
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let lang = document
            .document_element()
            .and_then(|e| e.get_attribute("lang"))
            .and_then(|code| Lang::from_code(&code))
            .unwrap_or_default();
        let Some(body) = document.body() else {
            return;
        };
        // Everything on the page stops taking input (and is hidden from screen readers).
        let children = body.children();
        for i in 0..children.length() {
            if let Some(child) = children.item(i) {
                let _ = child.set_attribute("inert", "");
            }
        }
        let Ok(banner) = document.create_element("div") else {
            return;
        };
        banner.set_class_name("panic-banner");
        banner.set_id("panic-banner");
        let _ = banner.set_attribute("role", "alert");
        if let Ok(text) = document.create_element("p") {
            text.set_text_content(Some(Text::PanicMessage.get(lang)));
            let _ = banner.append_child(&text);
        }
        if let Ok(button) = document.create_element("button") {
            let _ = button.set_attribute("type", "button");
            button.set_id("panic-reload");
            button.set_text_content(Some(Text::PanicReload.get(lang)));
            let reload = wasm_bindgen::closure::Closure::<dyn Fn()>::new(|| {
                if let Some(w) = web_sys::window() {
                    let _ = w.location().reload();
                }
            });
            let _ =
                button.add_event_listener_with_callback("click", reload.as_ref().unchecked_ref());
            // The page lives until the reload: the listener may too.
            reload.forget();
            let _ = banner.append_child(&button);
        }
        let _ = body.prepend_with_node_1(&banner);
        // On screen wherever the page was scrolled to (fixed at the top), with the focus on the
        // reload button.
        if let Some(button) = document
            .get_element_by_id("panic-reload")
            .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = button.focus();
        }
    }));
    expose_test_trigger();
}

/// `window.__zothuisPanicForTest()` panics inside the app, so that the browser test can check
/// that this hook, not Yew's, is in force once the app has rendered. No input reaches a panic
/// (that is the point), so the test needs a door of its own; whoever can call it can already run
/// any script on the page, so it opens nothing.
fn expose_test_trigger() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let trigger = wasm_bindgen::closure::Closure::<dyn Fn()>::new(|| {
        panic!("panic requested by __zothuisPanicForTest");
    });
    let _ = js_sys::Reflect::set(
        &window,
        &JsValue::from_str("__zothuisPanicForTest"),
        trigger.as_ref(),
    );
    trigger.forget();
}
