//! Compact element builders for the views.
//!
//! Yew's `html!` expands every element inline into the component's render function (it says
//! so: for instruction parallelism). With this app's many panels that inline code was most of
//! the wasm. These builders do the same work out of line: an element costs a few calls with
//! constant arguments instead of an expanded constructor. Static attributes stay static data
//! (`Attributes::Static`, compared by pointer when Yew diffs), exactly as `html!` makes them.
//!
//! ```ignore
//! el("p", attrs!("class" => "memo-summary")).t("Samenvatting").s(text).h()
//! ```

use std::rc::Rc;
use yew::html::{onchange, onclick, oninput, onkeydown, ontoggle};
use yew::prelude::*;
use yew::virtual_dom::{
    AttrValue, AttributeOrProperty, Attributes, Key, Listener, Listeners, VNode, VTag, VText,
};

/// Static attributes for [`el`]: `attrs!("class" => "memo", "id" => "memo")`. They compile
/// to a constant table, no code.
macro_rules! attrs {
    ($($k:literal => $v:expr),* $(,)?) => {
        &[$(($k, ::yew::virtual_dom::AttributeOrProperty::Static($v))),*]
    };
}
pub(crate) use attrs;

/// A table of static attributes.
pub type StaticAttrs = &'static [(&'static str, AttributeOrProperty)];

/// An element under construction.
pub struct E(VTag);

/// An element with static attributes (`attrs!(…)`, or `&[]` for none).
#[inline(never)]
pub fn el(tag: &'static str, attrs: StaticAttrs) -> E {
    E(VTag::__new_other(
        AttrValue::Static(tag),
        NodeRef::default(),
        None,
        Attributes::Static(attrs),
        Listeners::None,
        VNode::default(),
    ))
}

/// A text node from a static string.
#[inline(never)]
pub fn t(text: &'static str) -> Html {
    VNode::VText(VText::new(AttrValue::Static(text)))
}

/// A text node from a computed string.
#[inline(never)]
pub fn s(text: String) -> Html {
    VNode::VText(VText::new(AttrValue::from(text)))
}

impl E {
    /// Adds (or replaces) a computed attribute.
    #[inline(never)]
    pub fn attr(mut self, key: &'static str, value: AttrValue) -> E {
        self.0.add_attribute(key, value);
        self
    }

    /// Adds a computed attribute from a string.
    pub fn attr_s(self, key: &'static str, value: String) -> E {
        self.attr(key, AttrValue::from(value))
    }

    /// Adds a constant attribute only when `on` holds (e.g. `disabled`, `open`, `aria-invalid`).
    #[inline(never)]
    pub fn attr_if(self, on: bool, key: &'static str, value: &'static str) -> E {
        if on {
            self.attr(key, AttrValue::Static(value))
        } else {
            self
        }
    }

    /// Adds a computed attribute when there is one.
    #[inline(never)]
    pub fn attr_opt(self, key: &'static str, value: Option<AttrValue>) -> E {
        match value {
            Some(v) => self.attr(key, v),
            None => self,
        }
    }

    /// Appends a child node.
    #[inline(never)]
    pub fn c(mut self, child: Html) -> E {
        self.0.add_child(child);
        self
    }

    /// Appends a child element.
    pub fn e(self, child: E) -> E {
        self.c(child.h())
    }

    /// Appends a child when there is one.
    #[inline(never)]
    pub fn opt(self, child: Option<Html>) -> E {
        match child {
            Some(c) => self.c(c),
            None => self,
        }
    }

    /// Appends child nodes.
    #[inline(never)]
    pub fn cs(mut self, children: Vec<Html>) -> E {
        self.0.add_children(children);
        self
    }

    /// Appends a static text.
    pub fn t(self, text: &'static str) -> E {
        self.c(t(text))
    }

    /// Appends a computed text.
    pub fn s(self, text: String) -> E {
        self.c(s(text))
    }

    /// Appends a shared text (cheap to clone, e.g. from the scenario).
    #[inline(never)]
    pub fn a(self, text: AttrValue) -> E {
        self.c(VNode::VText(VText::new(text)))
    }

    #[inline(never)]
    fn on(mut self, listener: Rc<dyn Listener>) -> E {
        self.0.add_listener(listener);
        self
    }

    pub fn click(self, cb: Callback<MouseEvent>) -> E {
        self.on(Rc::new(onclick::Wrapper::new(cb)))
    }

    pub fn input(self, cb: Callback<InputEvent>) -> E {
        self.on(Rc::new(oninput::Wrapper::new(cb)))
    }

    pub fn change(self, cb: Callback<Event>) -> E {
        self.on(Rc::new(onchange::Wrapper::new(cb)))
    }

    pub fn keydown(self, cb: Callback<KeyboardEvent>) -> E {
        self.on(Rc::new(onkeydown::Wrapper::new(cb)))
    }

    pub fn toggle(self, cb: Callback<Event>) -> E {
        self.on(Rc::new(ontoggle::Wrapper::new(cb)))
    }

    /// Sets an `<input>`'s value (as the property, so typing and redraws agree).
    #[inline(never)]
    pub fn value(mut self, value: AttrValue) -> E {
        self.0.set_value(value);
        self
    }

    /// Sets a checkbox's or radio button's checked state.
    #[inline(never)]
    pub fn checked(mut self, on: bool) -> E {
        self.0.set_checked(on);
        self
    }

    /// Sets a node reference.
    #[inline(never)]
    pub fn node_ref(mut self, r: NodeRef) -> E {
        self.0.node_ref = r;
        self
    }

    /// Sets the key that keeps this element's identity in a list.
    #[inline(never)]
    pub fn key(mut self, key: Key) -> E {
        self.0.key = Some(key);
        self
    }

    /// The finished node.
    #[inline(never)]
    pub fn h(self) -> Html {
        VNode::VTag(Rc::new(self.0))
    }
}

impl From<E> for Html {
    fn from(e: E) -> Html {
        e.h()
    }
}
