//! Content from head office for a fleet of kiosks: checked updates over TUF
//! (`update.rs`) into installed versions on disk, switched atomically
//! (`store.rs`).

pub mod store;
pub mod update;

pub use store::{Installed, Store};
pub use update::{Outcome, Source, check};
