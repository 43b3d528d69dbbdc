//! Test TUF repositories, made the way head office would with `tough`'s
//! editor: an Ed25519 key per set-up, a signed root.json, and content
//! folders published as signed targets.

use std::collections::HashMap;
use std::num::NonZeroU64;
use std::path::{Path, PathBuf};

use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::signature::Ed25519KeyPair;
use tough::editor::RepositoryEditor;
use tough::editor::signed::SignedRole;
use tough::key_source::{KeySource, LocalKeySource};
use tough::schema::{KeyHolder, RoleKeys, RoleType, Root, Signed, Target};

pub fn keys(dir: &Path, name: &str) -> Vec<Box<dyn KeySource>> {
    let pkcs8 = Ed25519KeyPair::generate_pkcs8(&SystemRandom::new()).expect("key");
    let path = dir.join(format!("{name}.pk8"));
    std::fs::write(&path, pkcs8.as_ref()).expect("write key");
    vec![Box::new(LocalKeySource { path })]
}

pub fn in_days(days: i64) -> jiff::Timestamp {
    jiff::Timestamp::now() + jiff::SignedDuration::from_hours(24 * days)
}

/// A root.json trusting `keys` for every role, signed by them.
pub async fn root(path: &Path, keys: &[Box<dyn KeySource>]) {
    let key = keys[0].as_sign().await.expect("sign").tuf_key();
    let id = key.key_id().expect("key id");
    let role = RoleKeys { keyids: vec![id.clone()], threshold: NonZeroU64::MIN, _extra: HashMap::new() };
    let roles = [RoleType::Root, RoleType::Snapshot, RoleType::Targets, RoleType::Timestamp]
        .into_iter()
        .map(|r| (r, role.clone()))
        .collect();
    let root = Root {
        spec_version: "1.0.0".into(),
        consistent_snapshot: true,
        version: NonZeroU64::MIN,
        expires: in_days(365),
        keys: HashMap::from([(id, key)]),
        roles,
        _extra: HashMap::new(),
    };
    let unsigned = Signed { signed: root.clone(), signatures: Vec::new() };
    let signed = SignedRole::new(unsigned.signed.clone(), &KeyHolder::Root(root), keys, &SystemRandom::new())
        .await
        .expect("sign root");
    std::fs::write(path, signed.buffer()).expect("write root");
}

/// Publishes `content` (every file, pictures under images/) as `version`,
/// into `repo/metadata` and `repo/targets`, the timestamp expiring at `expires`.
pub async fn publish(
    root: &Path,
    keys: &[Box<dyn KeySource>],
    content: &Path,
    repo: &Path,
    version: u64,
    expires: jiff::Timestamp,
) {
    let v = NonZeroU64::new(version).expect("version");
    let mut editor = RepositoryEditor::new(root).await.expect("editor");
    editor
        .snapshot_version(v)
        .snapshot_expires(in_days(30))
        .timestamp_version(v)
        .timestamp_expires(expires)
        .targets_version(v)
        .expect("targets version")
        .targets_expires(in_days(30))
        .expect("targets expiry");
    for file in files(content) {
        let name = file.strip_prefix(content).expect("inside").to_string_lossy().into_owned();
        let target = Target::from_path(&file).await.expect("target");
        // Consistent snapshots: each target is served as `<sha256>.<name>`.
        let served = repo.join("targets").join(format!("{}.{name}", hex(&target.hashes.sha256)));
        std::fs::create_dir_all(served.parent().expect("parent")).expect("mkdir");
        std::fs::copy(&file, served).expect("copy target");
        editor.add_target(name.as_str(), target).expect("add");
    }
    let signed = editor.sign(keys).await.expect("sign");
    signed.write(repo.join("metadata")).await.expect("write metadata");
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read").flatten() {
        if entry.path().is_dir() {
            out.extend(files(&entry.path()));
        } else {
            out.push(entry.path());
        }
    }
    out
}
