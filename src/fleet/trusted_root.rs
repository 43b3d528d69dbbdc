//! Which root.json an update check starts from: the newest one this kiosk has
//! verified (tough keeps it in the datastore after following a key rotation),
//! never an older one than it was installed with. Starting from the installed
//! root instead would trust a retired key again: a server that hides the new
//! root files could then serve metadata signed with the old key.

use std::path::Path;

use super::failure::{Failure, Reason};

/// The bytes of the root to start from.
pub fn newest(installed: &Path, datastore: &Path) -> Result<Vec<u8>, Failure> {
    let shipped = std::fs::read(installed)
        .map_err(|e| Failure::new(Reason::Other, format!("cannot read {}: {e}", installed.display())))?;
    let shipped_version = version(&shipped).ok_or_else(|| {
        Failure::new(Reason::Other, format!("{} is not a TUF root.json (no signed.version)", installed.display()))
    })?;
    let Ok(stored) = std::fs::read(datastore.join("root.json")) else { return Ok(shipped) };
    // tough verifies whichever it gets against its own signatures before using it.
    match version(&stored) {
        Some(v) if v >= shipped_version => Ok(stored),
        _ => Ok(shipped),
    }
}

/// `signed.version` of a root.json, if it is one.
pub fn version(bytes: &[u8]) -> Option<u64> {
    let json: serde_json::Value = serde_json::from_slice(bytes).ok()?;
    json.get("signed")?.get("version")?.as_u64()
}
