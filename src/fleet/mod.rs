//! Content from head office for a fleet of kiosks: installed versions on disk,
//! switched atomically (`store.rs`).

pub mod store;

pub use store::{Installed, Store};
