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
