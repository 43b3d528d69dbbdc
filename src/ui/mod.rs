//! The screens. The UI reads the session and content, draws, and emits msgs;
//! it does no file or network I/O.

mod block;
mod buttons;
mod cards;
pub mod catalogue;
mod chrome;
mod columns;
mod controls;
pub mod egui_style;
mod focus;
pub mod fonts;
mod frame;
pub mod icons;
mod item;
mod laid;
pub mod layout_cache;
pub mod narration;
mod overlays;
pub mod page;
mod paginate;
mod poster;
pub mod preview;
mod screens;
pub mod sections;
pub mod staff;
pub mod staff_view;
pub mod theme;
mod touch_to_hear;
mod view;
pub mod widgets;

pub use frame::{Frame, show};
pub use item::{Item, Role};
pub use staff_view::{SettingButton, StaffView};
pub use theme::Style;
pub use view::{Output, Sources as ViewSources, View};
pub use widgets::Audit;
