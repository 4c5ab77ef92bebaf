//! Performance marks for the benchmark script: the time from a lever's input event to the end
//! of the chart redraw, and the first complete render. Stored on `window.__zothuis` for the
//! browser tests to read; costs nothing the user notices.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

fn store() -> Option<Object> {
    let window = web_sys::window()?;
    let key = JsValue::from_str("__zothuis");
    let existing = Reflect::get(&window, &key).ok().filter(|v| v.is_object());
    match existing {
        Some(v) => Some(Object::from(v)),
        None => {
            let obj = Object::new();
            Reflect::set(&obj, &JsValue::from_str("timings"), &Array::new()).ok()?;
            Reflect::set(&window, &key, &obj).ok()?;
            Some(obj)
        }
    }
}

pub fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// Remembers the time stamp of the latest lever input event.
pub fn input_event(time_stamp: f64) {
    if let Some(obj) = store() {
        let _ = Reflect::set(
            &obj,
            &JsValue::from_str("pendingInput"),
            &JsValue::from_f64(time_stamp),
        );
    }
}

/// Marks the start of the root component's render (for the benchmark's breakdown): records the
/// time since the pending input event.
pub fn render_started() {
    let Some(obj) = store() else { return };
    let now = now();
    let _ = Reflect::set(
        &obj,
        &JsValue::from_str("renderStart"),
        &JsValue::from_f64(now),
    );
    if let Some(start) = Reflect::get(&obj, &JsValue::from_str("pendingInput"))
        .ok()
        .and_then(|v| v.as_f64())
    {
        record("scheduleTimes", now - start);
    }
}

/// Appends a duration to the named list on `window.__zothuis` (for the benchmark's breakdown).
pub fn record(list: &str, ms: f64) {
    let Some(obj) = store() else { return };
    let key = JsValue::from_str(list);
    let values = match Reflect::get(&obj, &key)
        .ok()
        .and_then(|v| v.dyn_into::<Array>().ok())
    {
        Some(a) => a,
        None => {
            let a = Array::new();
            let _ = Reflect::set(&obj, &key, &a);
            a
        }
    };
    values.push(&JsValue::from_f64(ms));
}

/// Called when the charts have been redrawn (which took `draw_ms`): records input → redraw,
/// the drawing time itself, and the first render.
pub fn charts_drawn(draw_ms: f64) {
    record("drawTimes", draw_ms);
    let Some(obj) = store() else { return };
    let now = now();
    let render_start = Reflect::get(&obj, &JsValue::from_str("renderStart"))
        .ok()
        .and_then(|v| v.as_f64());
    if let Some(start) = render_start {
        record("renderTimes", now - draw_ms - start);
    }
    let pending = Reflect::get(&obj, &JsValue::from_str("pendingInput"))
        .ok()
        .and_then(|v| v.as_f64());
    if let Some(start) = pending {
        if let Ok(timings) = Reflect::get(&obj, &JsValue::from_str("timings")) {
            // `Array::from` would copy; the stored array is the one the benchmark reads.
            if let Ok(timings) = timings.dyn_into::<Array>() {
                timings.push(&JsValue::from_f64(now - start));
            }
        }
        let _ = Reflect::set(
            &obj,
            &JsValue::from_str("pendingInput"),
            &JsValue::UNDEFINED,
        );
    }
    let ready = JsValue::from_str("firstRender");
    if Reflect::get(&obj, &ready)
        .map(|v| v.is_undefined())
        .unwrap_or(true)
    {
        let _ = Reflect::set(&obj, &ready, &JsValue::from_f64(now));
    }
    let _ = Reflect::set(
        &obj,
        &JsValue::from_str("draws"),
        &JsValue::from_f64(
            Reflect::get(&obj, &JsValue::from_str("draws"))
                .ok()
                .and_then(|v| v.as_f64())
                .unwrap_or(0.0)
                + 1.0,
        ),
    );
}
