//! Content from head office for a fleet of kiosks: checked updates over TUF
//! (`update.rs`) into installed versions on disk, switched atomically
//! (`store.rs`), by a thread that checks every few minutes (`sync.rs`).

pub mod branch_merge;
pub mod failure;
pub mod store;
pub mod sync;
mod targets;
mod transport;
pub mod trust;
mod trusted_root;
pub mod update;

pub use failure::{Failure, Reason};
pub use store::{Installed, Store};
pub use sync::{Status, Sync};
pub use targets::MAX_BYTES;
pub use update::{IDLE_TIMEOUT, Outcome, Report, Source, check, check_report};
