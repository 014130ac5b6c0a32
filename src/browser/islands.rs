//! When the prerendered page's islands hydrate: each as it comes within about a screen of
//! the viewport, or when the browser is idle, whichever is first; one per task, so no task
//! grows with the page.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::Element;

/// How far outside the viewport an island starts hydrating: about a screen.
const AHEAD: &str = "100% 0px 100% 0px";

/// Calls `hydrate` once for each element of `islands`, nearest the reader first, each in
/// a task of its own. Lives as long as the page.
pub fn hydrate_lazily(islands: Vec<Element>, hydrate: impl Fn(&Element) + 'static) {
    let queue = Rc::new(Queue {
        waiting: RefCell::new(islands),
        hydrate: Box::new(hydrate),
        scheduled: std::cell::Cell::new(false),
        observer: RefCell::new(None),
    });
    observe(&queue);
    idle(queue);
}

struct Queue {
    waiting: RefCell<Vec<Element>>,
    hydrate: Box<dyn Fn(&Element)>,
    scheduled: std::cell::Cell<bool>,
    observer: RefCell<Option<web_sys::IntersectionObserver>>,
}

impl Queue {
    /// Hydrates `el` now, if it still waits.
    fn take(&self, el: &Element) {
        let found = {
            let mut waiting = self.waiting.borrow_mut();
            let at = waiting.iter().position(|w| w == el);
            at.map(|i| waiting.remove(i))
        };
        if let Some(el) = found {
            if let Some(o) = self.observer.borrow().as_ref() {
                o.unobserve(&el);
            }
            (self.hydrate)(&el);
        }
    }

    fn first(&self) -> Option<Element> {
        self.waiting.borrow().first().cloned()
    }
}

/// Islands near the viewport go next, one task each.
fn observe(queue: &Rc<Queue>) {
    let near: Rc<RefCell<Vec<Element>>> = Rc::new(RefCell::new(Vec::new()));
    let weak = Rc::downgrade(queue);
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let Some(queue) = weak.upgrade() else { return };
        for entry in entries.iter() {
            if let Ok(entry) = entry.dyn_into::<web_sys::IntersectionObserverEntry>()
                && entry.is_intersecting()
            {
                near.borrow_mut().push(entry.target());
            }
        }
        run_near(&queue, &near);
    });
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin(AHEAD);
    let Ok(observer) = web_sys::IntersectionObserver::new_with_options(
        callback.as_ref().unchecked_ref(),
        &options,
    ) else {
        return;
    };
    callback.forget();
    for el in queue.waiting.borrow().iter() {
        observer.observe(el);
    }
    *queue.observer.borrow_mut() = Some(observer);
}

/// Hydrates the islands that came near, one per task.
fn run_near(queue: &Rc<Queue>, near: &Rc<RefCell<Vec<Element>>>) {
    if queue.scheduled.replace(true) {
        return;
    }
    let queue = queue.clone();
    let near = near.clone();
    super::after(0, move || {
        queue.scheduled.set(false);
        let next = {
            let mut n = near.borrow_mut();
            if n.is_empty() {
                None
            } else {
                Some(n.remove(0))
            }
        };
        if let Some(el) = next {
            queue.take(&el);
            if !near.borrow().is_empty() {
                run_near(&queue, &near);
            }
        }
    })
    .forget();
}

/// The rest, one per idle period (or every 200 ms where the browser has no idle callback).
fn idle(queue: Rc<Queue>) {
    if queue.waiting.borrow().is_empty() {
        return;
    }
    let next = queue.clone();
    let step = Closure::once_into_js(move || {
        if let Some(el) = next.first() {
            next.take(&el);
        }
        idle(next);
    });
    super::when_idle_js(&step);
}
