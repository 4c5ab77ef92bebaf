//! A window event listener as a hook, removed again when the component goes away.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Calls `on_event` whenever the window fires `event` (e.g. `resize`, `hashchange`).
#[hook]
pub fn use_window_event(event: &'static str, on_event: Callback<()>) {
    use_effect_with((), move |_| {
        let listener = Closure::<dyn Fn()>::new(move || on_event.emit(()));
        let window = web_sys::window();
        if let Some(w) = &window {
            let _ = w.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
        }
        move || {
            if let Some(w) = window {
                let _ =
                    w.remove_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
            }
        }
    });
}
