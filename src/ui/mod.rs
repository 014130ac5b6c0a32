//! Yew components. They read the pure core and render; they compute nothing of their own
//! beyond picking strings and formatting numbers. Most of the page is static markup; the
//! parts a reader operates are islands (`islands`) that read one store (`store`).

pub mod app;
pub mod cards;
pub mod chart;
pub mod chart_frame;
pub mod compare;
pub mod embed_dialog;
pub mod figures;
pub mod graphic;
pub mod hooks;
pub mod islands;
pub mod map;
pub mod map_legend;
pub mod map_projects;
pub mod map_shapes;
pub mod positioned;
pub mod refs;
pub mod store;
pub mod story;
pub mod svg;

use std::ops::Deref;
use std::rc::Rc;

/// An `Rc` compared by pointer, so Yew skips a subtree whose shared data did not change
/// without comparing its contents.
#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> From<T> for Shared<T> {
    fn from(v: T) -> Self {
        Shared(Rc::new(v))
    }
}
