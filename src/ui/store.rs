//! The page's one store (`core::store`) as Yew sees it: a handle compared by pointer, the
//! context every island root provides, and the hook components read the state through.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::core::state::{Action, AppState};
use crate::core::store::Store;

/// The store, compared by pointer (one store per page, or per script embed).
#[derive(Clone)]
pub struct StoreHandle(pub Rc<Store>);

impl PartialEq for StoreHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl StoreHandle {
    pub fn new(state: AppState) -> StoreHandle {
        StoreHandle(Store::new(state))
    }

    pub fn dispatch(&self, action: Action) {
        self.0.dispatch(action);
    }
}

/// What an island root provides to its components: the store, and whether the root is
/// still hydrating. Hydration must reproduce the server's markup, which shows the default
/// state in the page's language; components first render that, and catch up with the
/// store's state right after (the reader's address, or a tap made before the wasm ran).
#[derive(Clone, PartialEq)]
pub struct StoreContext {
    pub store: StoreHandle,
    /// The state the server rendered, while the root hydrates; `None` once it has.
    hydrating: Rc<Cell<Option<Locale>>>,
}

use crate::core::locale::Locale;

impl StoreContext {
    /// `hydrating`: the page's language when the root adopts server-rendered markup.
    pub fn new(store: StoreHandle, hydrating: Option<Locale>) -> StoreContext {
        StoreContext {
            store,
            hydrating: Rc::new(Cell::new(hydrating)),
        }
    }

    /// The state a component renders first.
    fn first_state(&self) -> Rc<AppState> {
        match self.hydrating.get() {
            Some(locale) => Rc::new(AppState {
                locale,
                ..AppState::default()
            }),
            None => self.store.0.state(),
        }
    }

    /// True while the root adopts the server's markup: what a component renders now must
    /// be what the server rendered (the default state, the default chart width).
    pub fn is_hydrating(&self) -> bool {
        self.hydrating.get().is_some()
    }

    /// Called by the root once its first render is committed: components made from now
    /// on start from the store's state.
    pub fn hydrated(&self) {
        self.hydrating.set(None);
    }
}

/// The state as a component reads it, and the way to change it.
#[derive(Clone, PartialEq)]
pub struct View {
    state: Rc<AppState>,
    store: StoreHandle,
}

impl View {
    pub fn dispatch(&self, action: Action) {
        self.store.dispatch(action);
    }

    pub fn store(&self) -> &StoreHandle {
        &self.store
    }
}

impl std::ops::Deref for View {
    type Target = AppState;
    fn deref(&self) -> &AppState {
        &self.state
    }
}

/// The state trimmed by `trim`; the component re-renders only when the trimmed state
/// changes (so the charts do not re-render on a county click, which only the map and its
/// panel show). `None` outside an island.
#[hook]
pub fn use_view(trim: fn(&AppState) -> AppState) -> Option<View> {
    let ctx = use_context::<StoreContext>();
    let snapshot = {
        let ctx = ctx.clone();
        use_state_eq(move || ctx.map(|c| Rc::new(trim(&c.first_state()))))
    };
    {
        let snapshot = snapshot.clone();
        use_effect_with(ctx.clone(), move |ctx| {
            let subscription = ctx.as_ref().map(|c| {
                // Catch up with what changed since (or instead of) the first render.
                snapshot.set(Some(Rc::new(trim(&c.store.0.state()))));
                let snapshot = snapshot.clone();
                c.store
                    .0
                    .subscribe(move |s| snapshot.set(Some(Rc::new(trim(s)))))
            });
            move || drop(subscription)
        });
    }
    let store = ctx?.store;
    let state = (*snapshot).clone()?;
    Some(View { state, store })
}

/// The whole state (the map's county panel, the embed dialog).
pub fn whole(s: &AppState) -> AppState {
    s.clone()
}

/// The state without the selected county and the map layer, which only the map and its
/// panel show: what the charts and the comparison read.
pub fn story(s: &AppState) -> AppState {
    AppState {
        selected: None,
        layer: Default::default(),
        ..s.clone()
    }
}

/// Fetches both files again (fresh), keeping what is shown until they arrive. Given to the
/// graphic through a context, so the map area can offer Retry when only the geometry failed.
#[derive(Clone, PartialEq)]
pub struct Reload(pub Callback<()>);
