//! Browser events as hooks: listeners on the window or the document (one hook, through
//! gloo-events, removed when the component goes away), the undo keys, element sizes through a
//! `ResizeObserver`, and whether a `<details>` is open.

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Where a listener listens.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum On {
    Window,
    Document,
}

/// Calls `on_event` whenever `target` fires `event` (`keydown`, `hashchange`, `fullscreenchange`,
/// the service worker's `zothuis-updated`), for as long as the component lives. The listener is
/// added once and calls the callback of the latest render, so it sees the current state.
#[hook]
pub fn use_listener(target: On, event: &'static str, on_event: Callback<Event>) {
    let latest = use_mut_ref(|| on_event.clone());
    *latest.borrow_mut() = on_event;
    use_effect_with((target, event), move |&(target, event)| {
        let window = web_sys::window();
        let node: Option<web_sys::EventTarget> = match target {
            On::Window => window.map(Into::into),
            On::Document => window.and_then(|w| w.document()).map(Into::into),
        };
        // Dropping the listener removes it. Not passive: the keys' handlers prevent the
        // browser's default (Ctrl+Z in the page, arrows in the presentation).
        let options = EventListenerOptions::enable_prevent_default();
        let listener = node.map(|node| {
            EventListener::new_with_options(&node, event, options, move |e| {
                // Out of the cell before it runs: the callback may render, which sets the cell.
                let on_event = latest.borrow().clone();
                on_event.emit(e.clone());
            })
        });
        move || drop(listener)
    });
}

/// A key pressed anywhere in the window, for as long as the component lives.
#[hook]
pub fn use_window_key(on_key: Callback<web_sys::KeyboardEvent>) {
    use_listener(
        On::Window,
        "keydown",
        Callback::from(move |e: Event| {
            if let Ok(key) = e.dyn_into::<web_sys::KeyboardEvent>() {
                on_key.emit(key);
            }
        }),
    );
}

/// Ctrl+Z undoes, Ctrl+Y and Ctrl+Shift+Z redo (⌘ on a Mac), anywhere but in a text box, where
/// the browser's own undo of the typing applies (and the app takes the result as an edit).
#[hook]
pub fn use_undo_keys(dispatch: Callback<crate::app::state::Action>) {
    use_window_key(Callback::from(move |e: web_sys::KeyboardEvent| {
        if !(e.ctrl_key() || e.meta_key()) || e.alt_key() {
            return;
        }
        let key = e.key().to_ascii_lowercase();
        let undo = key == "z" && !e.shift_key();
        let redo = key == "y" || (key == "z" && e.shift_key());
        if !undo && !redo {
            return;
        }
        let in_text_box = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .is_some_and(|input| input.type_() != "range");
        if in_text_box {
            return;
        }
        e.prevent_default();
        dispatch.emit(if undo {
            crate::app::state::Action::Undo
        } else {
            crate::app::state::Action::Redo
        });
    }));
}

/// Observed CSS sizes, one per element, shared with the effects that draw.
pub type Sizes = std::rc::Rc<std::cell::RefCell<Vec<(i32, i32)>>>;

/// Counts size changes, so that effects which draw can depend on it.
#[derive(Default, PartialEq)]
struct Generation(u32);

impl Reducible for Generation {
    type Action = ();

    fn reduce(self: std::rc::Rc<Self>, _: ()) -> std::rc::Rc<Self> {
        std::rc::Rc::new(Generation(self.0.wrapping_add(1)))
    }
}

/// The CSS size (width, height in px) of each referenced element, kept up to date by a
/// `ResizeObserver`, and a generation number that changes whenever one of them changes.
///
/// Charts read their canvas size here instead of asking the element (`clientWidth`) while
/// drawing: asking forces the browser to lay out the page at once, inside every slider input.
/// The observer hears of every size change the window listener would miss too (a scrollbar
/// appearing, a panel opening, zoom). A size of (0, 0) means not known yet, or hidden.
#[hook]
pub fn use_element_sizes(refs: Vec<NodeRef>) -> (Sizes, u32) {
    let sizes = use_mut_ref(|| vec![(0, 0); refs.len()]);
    let generation = use_reducer(Generation::default);
    {
        let sizes = sizes.clone();
        let bump = generation.dispatcher();
        use_effect_with((), move |_| {
            let observed = refs.clone();
            let callback = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
                let mut changed = false;
                for entry in entries.iter() {
                    let entry: web_sys::ResizeObserverEntry = entry.unchecked_into();
                    let target: web_sys::Node = entry.target().into();
                    let Some(i) = observed
                        .iter()
                        .position(|r| r.get().as_ref() == Some(&target))
                    else {
                        continue;
                    };
                    let rect = entry.content_rect();
                    let size = (rect.width().round() as i32, rect.height().round() as i32);
                    let mut known = sizes.borrow_mut();
                    if known[i] != size {
                        known[i] = size;
                        changed = true;
                    }
                }
                if changed {
                    bump.dispatch(());
                }
            });
            let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
            if let Some(o) = &observer {
                for r in &refs {
                    if let Some(e) = r.cast::<web_sys::Element>() {
                        o.observe(&e);
                    }
                }
            }
            move || {
                if let Some(o) = observer {
                    o.disconnect();
                }
                drop(callback);
            }
        });
    }
    (sizes, generation.0)
}

/// The size to draw `canvas` at: the observed one, or (once, before the observer has
/// reported) the element's own, which is then remembered. `None` when it is not visible.
pub fn canvas_size(
    canvas: &web_sys::HtmlCanvasElement,
    known: &mut (i32, i32),
) -> Option<(i32, i32)> {
    if known.0 <= 0 {
        *known = (canvas.client_width(), canvas.client_height());
    }
    (known.0 > 0).then_some(*known)
}

/// Whether a `<details>` element is open, and the `ontoggle` handler that keeps it known.
/// Panels render their content only while open, so a lever move does not diff a closed table.
#[hook]
pub fn use_details_open() -> (bool, Callback<Event>) {
    let open = use_state(|| false);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let details: web_sys::HtmlElement = e.target_unchecked_into();
            open.set(details.has_attribute("open"));
        })
    };
    (*open, ontoggle)
}
