//! The one store of the page: the reader's [`AppState`], the reducer that changes it, and
//! who is listening. Every part of the page that the reader can operate (the map, the
//! county panel, each chart, the comparison) reads this one store, whether they are one
//! Yew tree (a page rendered in the browser, the script embed) or several roots hydrated
//! at different times (the prerendered page's islands). So a county picked on the map is
//! the county the comparison shows, and the address bar, written from here, stays the
//! single source of a shared view.
//!
//! Pure: no browser, no Yew. Listeners are plain closures; the UI layer turns them into
//! re-renders, the browser layer into address writes.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

use super::state::{Action, AppState};

type Listener = Rc<dyn Fn(&Rc<AppState>)>;

pub struct Store {
    state: RefCell<Rc<AppState>>,
    listeners: RefCell<Vec<(u64, Listener)>>,
    next_id: Cell<u64>,
    /// Actions dispatched by a listener while the store is notifying: applied after, in
    /// order, so every listener sees every state in the same order.
    queued: RefCell<VecDeque<Action>>,
    notifying: Cell<bool>,
}

/// Keeps a listener registered; dropping it unsubscribes.
pub struct Subscription {
    store: Weak<Store>,
    id: u64,
}

impl Drop for Subscription {
    fn drop(&mut self) {
        if let Some(store) = self.store.upgrade()
            && let Ok(mut listeners) = store.listeners.try_borrow_mut()
        {
            listeners.retain(|(id, _)| *id != self.id);
        }
    }
}

impl Store {
    pub fn new(state: AppState) -> Rc<Store> {
        Rc::new(Store {
            state: RefCell::new(Rc::new(state)),
            listeners: RefCell::new(Vec::new()),
            next_id: Cell::new(0),
            queued: RefCell::new(VecDeque::new()),
            notifying: Cell::new(false),
        })
    }

    /// The current state.
    pub fn state(&self) -> Rc<AppState> {
        self.state.borrow().clone()
    }

    /// Applies `action`; listeners hear of it only when the state changed.
    pub fn dispatch(&self, action: Action) {
        self.queued.borrow_mut().push_back(action);
        if self.notifying.get() {
            return;
        }
        self.notifying.set(true);
        loop {
            let next = self.queued.borrow_mut().pop_front();
            let Some(action) = next else { break };
            let current = self.state();
            let next = current.apply(action);
            if next == *current {
                continue;
            }
            let next = Rc::new(next);
            *self.state.borrow_mut() = next.clone();
            let listeners: Vec<Listener> = self
                .listeners
                .borrow()
                .iter()
                .map(|(_, l)| l.clone())
                .collect();
            for listener in listeners {
                listener(&next);
            }
        }
        self.notifying.set(false);
    }

    /// Calls `f` with every new state until the returned subscription is dropped.
    pub fn subscribe(self: &Rc<Self>, f: impl Fn(&Rc<AppState>) + 'static) -> Subscription {
        let id = self.next_id.get();
        self.next_id.set(id + 1);
        self.listeners.borrow_mut().push((id, Rc::new(f)));
        Subscription {
            store: Rc::downgrade(self),
            id,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::state::CompareMode;

    #[test]
    fn notifies_only_on_change_and_until_dropped() {
        let store = Store::new(AppState::default());
        let seen = Rc::new(RefCell::new(Vec::new()));
        let sub = {
            let seen = seen.clone();
            store.subscribe(move |s| seen.borrow_mut().push(s.selected.clone()))
        };
        store.dispatch(Action::Select("130722".into()));
        store.dispatch(Action::Select("130722".into()));
        store.dispatch(Action::Clear);
        drop(sub);
        store.dispatch(Action::Select("130723".into()));
        assert_eq!(*seen.borrow(), vec![Some("130722".to_owned()), None]);
        assert_eq!(store.state().selected.as_deref(), Some("130723"));
    }

    #[test]
    fn a_listener_that_dispatches_is_heard_in_order() {
        let store = Store::new(AppState::default());
        let seen = Rc::new(RefCell::new(Vec::new()));
        let _first = {
            let store2 = Rc::downgrade(&store);
            store.subscribe(move |s| {
                // Picking a county switches the comparison to counties, as the map does.
                if !s.picked.is_empty()
                    && s.mode != CompareMode::Counties
                    && let Some(st) = store2.upgrade()
                {
                    st.dispatch(Action::SetMode(CompareMode::Counties));
                }
            })
        };
        let _second = {
            let seen = seen.clone();
            store.subscribe(move |s| seen.borrow_mut().push((s.picked.len(), s.mode)))
        };
        store.dispatch(Action::Pick("130722".into()));
        assert_eq!(
            *seen.borrow(),
            vec![(1, CompareMode::Partners), (1, CompareMode::Counties)]
        );
    }
}
