//! What branch staff need: settings, the PIN lock, usage counts, the
//! call-staff alert. Files are written atomically; nothing about a customer is
//! ever stored.

pub mod alert;
pub mod atomic;
pub mod disk;
pub mod files;
pub mod pin;
mod pin_policy;
pub mod setting_table;
pub mod settings;
pub mod stats;

pub use disk::{AtomicDisk, Disk};
pub use files::StaffFiles;
pub use settings::{Settings, SettingsFile};
