#!/usr/bin/env bash
# Head office: checks a content folder exactly as a lobby kiosk will, and only
# if it has no error signs it as the next version of the TUF repository with
# tuftool (https://crates.io/crates/tuftool). Upload repo/metadata and
# repo/targets to the web server afterwards.
#
# Usage: deploy/publish.sh CONTENT_DIR ROOT_JSON KEY_PEM REPO_DIR VERSION
#   VERSION: one higher than the last published (the version kiosks show).
set -euo pipefail
content=$1 root=$2 key=$3 repo=$4 version=$5
kiosk=${KIOSK:-target/release/kiosk}
"$kiosk" check --kiosk "$content" || { echo "not published: fix the problems above first" >&2; exit 1; }
command -v tuftool >/dev/null || { echo "tuftool is missing: cargo install --locked tuftool" >&2; exit 1; }
args=(--root "$root" --key "$key" --add-targets "$content"
  --targets-version "$version" --targets-expires 'in 4 weeks'
  --snapshot-version "$version" --snapshot-expires 'in 4 weeks'
  --timestamp-version "$version" --timestamp-expires 'in 1 week'
  --outdir "$repo")
if [ -f "$repo/metadata/timestamp.json" ]; then
  tuftool update "${args[@]}" --metadata-url "file://$(realpath "$repo")/metadata"
else
  tuftool create "${args[@]}"
fi
echo "version $version signed in $repo: upload $repo/metadata and $repo/targets"
