//! The app state shared through a context, as in Yew's `contexts` example.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::state::{Action, AppState};

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.apply(action);
        // Returning the same Rc tells Yew 0.23 that nothing changed: no re-render.
        if next == *self { self } else { Rc::new(next) }
    }
}

/// The handle components use to read the state and dispatch actions.
pub type StateHandle = UseReducerHandle<AppState>;

/// The state as the parts of the page outside the map read it: without the selected county
/// and the map layer, which only the map and the county panel show. Those parts subscribe
/// to this context rather than to [`StateHandle`], so a county click or a layer switch
/// re-renders the map and its panel, not the whole story (the context notifies only when
/// this trimmed state changes). Actions go to the one reducer, as before.
#[derive(Clone, PartialEq)]
pub struct StoryHandle {
    state: Rc<AppState>,
    dispatcher: UseReducerDispatcher<AppState>,
}

impl StoryHandle {
    pub fn new(state: &StateHandle) -> StoryHandle {
        StoryHandle {
            state: Rc::new(AppState {
                selected: None,
                layer: Default::default(),
                ..(**state).clone()
            }),
            dispatcher: state.dispatcher(),
        }
    }

    pub fn dispatch(&self, action: Action) {
        self.dispatcher.dispatch(action);
    }
}

impl std::ops::Deref for StoryHandle {
    type Target = AppState;
    fn deref(&self) -> &AppState {
        &self.state
    }
}
