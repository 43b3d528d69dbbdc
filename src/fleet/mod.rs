//! Content from head office for a fleet of kiosks: checked updates over TUF
//! (`update.rs`) into installed versions on disk, switched atomically
//! (`store.rs`), by a thread that checks every few minutes (`sync.rs`).

pub mod store;
pub mod sync;
pub mod update;

pub use store::{Installed, Store};
pub use sync::{Status, Sync};
pub use update::{Outcome, Source, check};
