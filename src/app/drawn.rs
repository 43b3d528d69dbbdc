//! What the last frame drew that the next steps need.

use crate::ui::{Audit, Item};

#[derive(Default)]
pub struct Drawn {
    pub audit: Audit,
    pub pages: usize,
    /// What can be read or focused, in screen order.
    pub items: Vec<Item>,
    /// What a new page says when it opens.
    pub announce: Option<String>,
}
