//! Why an update check changed nothing, sorted the way head office's alerts
//! need it: a bad signature or expired metadata may be an attack and pages
//! someone; a slow line or a full disk is the branch's to fix.

use std::fmt;

use tough::error::Error as Tuf;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Reason {
    /// Not signed as the trusted root requires (wrong key, too few signatures, changed file).
    Signature,
    /// Metadata past its expiry date: a freeze attack, or head office forgot to re-sign.
    Expired,
    /// Metadata older than what this kiosk already trusts.
    Rollback,
    /// The server could not be reached, stopped sending, or sent too much.
    Download,
    /// This PC's disk: full, unwritable, or the download would not fit.
    Disk,
    /// The update thread itself failed (a bug); the next check runs anyway.
    Panic,
    /// Anything else (a bad URL, a broken root file).
    Other,
}

impl Reason {
    pub const ALL: [Reason; 7] = [
        Reason::Signature,
        Reason::Expired,
        Reason::Rollback,
        Reason::Download,
        Reason::Disk,
        Reason::Panic,
        Reason::Other,
    ];

    /// The `reason` label in `/metrics`.
    pub fn label(self) -> &'static str {
        match self {
            Reason::Signature => "signature",
            Reason::Expired => "expired",
            Reason::Rollback => "rollback",
            Reason::Download => "download",
            Reason::Disk => "disk",
            Reason::Panic => "panic",
            Reason::Other => "other",
        }
    }

    /// Sorts one of tough's errors.
    pub fn of(e: &Tuf) -> Self {
        match e {
            Tuf::VerifyMetadata { .. }
            | Tuf::VerifyRoleMetadata { .. }
            | Tuf::VerifyTrustedMetadata { .. }
            | Tuf::HashMismatch { .. }
            | Tuf::KeysNotFoundInRoot { .. }
            | Tuf::NoRoleKeysinRoot { .. } => Reason::Signature,
            Tuf::ExpiredMetadata { .. } => Reason::Expired,
            Tuf::OlderMetadata { .. }
            | Tuf::OlderSnapshotInTimestamp { .. }
            | Tuf::SnapshotRoleRollback { .. }
            | Tuf::VersionMismatch { .. } => Reason::Rollback,
            Tuf::Transport { .. } | Tuf::MaxSizeExceeded { .. } | Tuf::MaxUpdatesExceeded { .. } => Reason::Download,
            Tuf::DatastoreCreate { .. }
            | Tuf::DatastoreInit { .. }
            | Tuf::DatastoreRemove { .. }
            | Tuf::DirCreate { .. }
            | Tuf::FileWrite { .. }
            | Tuf::NamedTempFileCreate { .. }
            | Tuf::NamedTempFilePersist { .. } => Reason::Disk,
            _ => Reason::Other,
        }
    }
}

/// A failed check: why (for alerts) and what happened (for staff).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    pub reason: Reason,
    pub message: String,
}

impl Failure {
    pub fn new(reason: Reason, message: impl Into<String>) -> Self {
        Self { reason, message: message.into() }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// An error with its causes, on one line, for staff.
pub fn chain(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        out.push_str(": ");
        out.push_str(&c.to_string());
        cause = c.source();
    }
    out
}
