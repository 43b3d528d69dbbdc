//! Test TUF repositories, made the way head office would with `tough`'s
//! editor: an Ed25519 key per set-up, a signed root.json, and content
//! folders published as signed targets.
#![allow(dead_code)] // each test file uses a part

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

/// The key files `keys(dir, name)` made, as key sources again.
pub fn sources(dir: &Path, names: &[&str]) -> Vec<Box<dyn KeySource>> {
    names
        .iter()
        .map(|n| Box::new(LocalKeySource { path: dir.join(format!("{n}.pk8")) }) as Box<dyn KeySource>)
        .collect()
}

pub fn in_days(days: i64) -> jiff::Timestamp {
    jiff::Timestamp::now() + jiff::SignedDuration::from_hours(24 * days)
}

/// Root metadata (`version`) trusting `keys` for every role.
async fn trusting(keys: &[Box<dyn KeySource>], version: u64) -> Root {
    let key = keys[0].as_sign().await.expect("sign").tuf_key();
    let id = key.key_id().expect("key id");
    let role = RoleKeys { keyids: vec![id.clone()], threshold: NonZeroU64::MIN, _extra: HashMap::new() };
    let roles = [RoleType::Root, RoleType::Snapshot, RoleType::Targets, RoleType::Timestamp]
        .into_iter()
        .map(|r| (r, role.clone()))
        .collect();
    Root {
        spec_version: "1.0.0".into(),
        consistent_snapshot: true,
        version: NonZeroU64::new(version).expect("version"),
        expires: in_days(365),
        keys: HashMap::from([(id, key)]),
        roles,
        _extra: HashMap::new(),
    }
}

/// A root.json that needs two signatures for every role, from the keys made
/// by `keys(dir, a)` and `keys(dir, b)`.
pub async fn root_needing_two(path: &Path, dir: &Path, a: &str, b: &str) {
    let source =
        |name: &str| -> Box<dyn KeySource> { Box::new(LocalKeySource { path: dir.join(format!("{name}.pk8")) }) };
    let both = vec![source(a), source(b)];
    let mut root = trusting(&both[..1], 1).await;
    let key_b = both[1].as_sign().await.expect("sign").tuf_key();
    let id_b = key_b.key_id().expect("key id");
    root.keys.insert(id_b.clone(), key_b);
    for role in root.roles.values_mut() {
        role.keyids.push(id_b.clone());
        role.threshold = NonZeroU64::new(2).expect("two");
    }
    let signed =
        SignedRole::new(root.clone(), &KeyHolder::Root(root), &both, &SystemRandom::new()).await.expect("sign root");
    std::fs::write(path, signed.buffer()).expect("write root");
}

/// A root.json trusting `keys` for every role, signed by them.
pub async fn root(path: &Path, keys: &[Box<dyn KeySource>]) {
    let root = trusting(keys, 1).await;
    let signed =
        SignedRole::new(root.clone(), &KeyHolder::Root(root), keys, &SystemRandom::new()).await.expect("sign root");
    std::fs::write(path, signed.buffer()).expect("write root");
}

/// Key rotation: root version 2 trusts only `new` keys, signed by them and,
/// so that kiosks trusting version 1 accept it, by the `old` ones. Written to
/// `path` (for the editor) and as `repo/metadata/2.root.json` (for kiosks).
pub async fn rotate(old_root: &Path, old: &[Box<dyn KeySource>], new: &[Box<dyn KeySource>], path: &Path) -> Vec<u8> {
    rotate_to(old_root, old, new, path, 2).await
}

/// `rotate`, to root `version` (one above the old root's).
pub async fn rotate_to(
    old_root: &Path,
    old: &[Box<dyn KeySource>],
    new: &[Box<dyn KeySource>],
    path: &Path,
    version: u64,
) -> Vec<u8> {
    let v1: Signed<Root> = serde_json::from_slice(&std::fs::read(old_root).expect("read root")).expect("root");
    let v2 = trusting(new, version).await;
    let rng = SystemRandom::new();
    let by_new = SignedRole::new(v2.clone(), &KeyHolder::Root(v2.clone()), new, &rng).await.expect("sign new");
    let by_old = SignedRole::new(v2, &KeyHolder::Root(v1.signed), old, &rng).await.expect("sign old");
    let both = by_new.add_old_signatures(by_old.signed().signatures.clone()).expect("cross-sign");
    std::fs::write(path, both.buffer()).expect("write root 2");
    both.buffer().clone()
}

/// Publishes `content` (every file, named without its folder as tuftool does) as `version`,
/// into `repo/metadata` and `repo/targets`, the timestamp expiring at `expires`.
pub async fn publish(
    root: &Path,
    keys: &[Box<dyn KeySource>],
    content: &Path,
    repo: &Path,
    version: u64,
    expires: jiff::Timestamp,
) {
    publish_extra(root, keys, content, repo, version, expires, Vec::new()).await;
}

/// A target added by hand: its name, its signed description, and the bytes
/// served for it (`None`: nothing is served).
pub type Extra = (String, Target, Option<Vec<u8>>);

/// `publish`, plus `extra` targets (odd names, lengths that are not true).
pub async fn publish_extra(
    root: &Path,
    keys: &[Box<dyn KeySource>],
    content: &Path,
    repo: &Path,
    version: u64,
    expires: jiff::Timestamp,
    extra: Vec<Extra>,
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
        // As `tuftool create --add-targets` names them: the file name alone.
        let name = file.file_name().expect("name").to_string_lossy().into_owned();
        let target = Target::from_path(&file).await.expect("target");
        // Consistent snapshots: each target is served as `<sha256>.<name>`.
        let served = repo.join("targets").join(format!("{}.{name}", hex(&target.hashes.sha256)));
        std::fs::create_dir_all(served.parent().expect("parent")).expect("mkdir");
        std::fs::copy(&file, served).expect("copy target");
        editor.add_target(name.as_str(), target).expect("add");
    }
    for (name, target, bytes) in extra {
        if let Some(bytes) = bytes {
            let served = repo.join("targets").join(format!("{}.{name}", hex(&target.hashes.sha256)));
            std::fs::write(served, bytes).expect("serve extra");
        }
        editor.add_target(name.as_str(), target).expect("add extra");
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
