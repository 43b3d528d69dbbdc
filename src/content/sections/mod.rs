//! Each home section's own content file, declared once in its own module:
//! its types (what staff write), how it is read, and its checks. The loader,
//! `kiosk check`, the schemas and the fleet's version digest all read `PARTS`,
//! so a new section's file is a module here and one line in that list.
//! (The screens that show it are in `ui::sections`; `branch.toml`, which every
//! section uses, is not a section.)

pub mod facilities;
pub mod fraud;
pub mod quiz;
pub mod rights;
pub mod transfer_check;

pub use facilities::*;
pub use fraud::*;
pub use quiz::*;
pub use rights::*;
pub use transfer_check::*;

use super::part::PartKind;

/// The sections' files, in the order problems are reported.
pub static PARTS: &[PartKind] = &[
    PartKind::of::<FraudFile>(),
    PartKind::of::<FacilitiesFile>(),
    PartKind::of::<RightsFile>(),
    PartKind::of::<QuizFile>(),
    PartKind::of::<TransferCheckFile>(),
];
