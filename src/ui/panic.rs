//! A panic hook that shows a friendly message instead of a dead page.
//!
//! No input reaches it (bad input gets a message at its field); it is the last line of defence
//! against a defect, and logs the details to the console for the developers.

use crate::i18n::{Lang, Text};
use wasm_bindgen::JsValue;

pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&format!("zothuis panicked: {info}")));
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let lang = document
            .document_element()
            .and_then(|e| e.get_attribute("lang"))
            .and_then(|code| Lang::from_code(&code))
            .unwrap_or_default();
        if let Ok(banner) = document.create_element("div") {
            banner.set_class_name("panic-banner");
            let _ = banner.set_attribute("role", "alert");
            banner.set_text_content(Some(Text::PanicMessage.get(lang)));
            if let Some(body) = document.body() {
                let _ = body.prepend_with_node_1(&banner);
            }
        }
    }));
}
