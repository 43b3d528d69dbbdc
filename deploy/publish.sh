#!/usr/bin/env bash
# Head office: checks a content folder exactly as a lobby kiosk will, and only
# if it has no error signs it as the next version of the TUF repository with
# tuftool (https://crates.io/crates/tuftool). Upload repo/metadata and
# repo/targets to the web server afterwards.
#
# Usage: deploy/publish.sh CONTENT_DIR ROOT_JSON TARGETS_KEY ONLINE_KEY REPO_DIR VERSION
#   TARGETS_KEY: the key of the targets role (signs what the content is).
#   ONLINE_KEY:  the key of the snapshot and timestamp roles (re-signs often).
#   The root key is never given here: it stays offline (README, "Key ceremony").
#   VERSION: above the last published one (the version kiosks show).
set -euo pipefail
[ $# -eq 6 ] || { sed -n '7,11p' "$0" >&2; exit 2; }
content=$1 root=$2 targets_key=$3 online_key=$4 repo=$5 version=$6
kiosk=${KIOSK:-target/release/kiosk}
refuse() { echo "not published: $*" >&2; exit 1; }

[[ "$version" =~ ^[1-9][0-9]*$ ]] || refuse "version \"$version\" is not a whole number above 0"
# Versions never go down: a kiosk would refuse it (and a typo far above would need key rotation).
if [ -f "$repo/metadata/timestamp.json" ]; then
  command -v jq >/dev/null || refuse "jq is missing (apt-get install jq)"
  last=$(jq -er '.signed.version' "$repo/metadata/timestamp.json") || refuse "cannot read the last version from $repo/metadata/timestamp.json"
  [ "$version" -gt "$last" ] || refuse "version $version is not above the last published version $last"
  [ "$version" -le $((last + 1000)) ] || refuse "version $version is far above the last ($last): a typo? kiosks could not go back"
fi
# Only what a kiosk uses is signed: no links (they could point anywhere on this PC), no
# stray files (editor backups, .DS_Store, notes with passwords).
links=$(find "$content" -type l)
[ -z "$links" ] || refuse "links are not published; copy the files themselves: $links"
stray=$(find "$content" -mindepth 1 \
  ! \( -type f \( -name branch.toml -o -name fraud.toml -o -name facilities.toml -o -name rights.toml \
                 -o -name quiz.toml -o -name transfer-check.toml -o -name avoid-terms.toml \) -path "$content/*" ! -path "$content/*/*" \) \
  ! \( -type d \( -path "$content/images" -o -path "$content/schema" -o -path "$content/narration" \) \) \
  ! \( -type f -path "$content/images/*" \( -iname '*.png' -o -iname '*.jpg' -o -iname '*.jpeg' \) ! -path "$content/images/*/*" \) \
  ! \( -type f -path "$content/narration/*" -iname '*.wav' ! -path "$content/narration/*/*" \) \
  ! \( -type f -path "$content/schema/*.schema.json" \) -print)
[ -z "$stray" ] || refuse "these files are not content; move them out of $content: $stray"
[ "$(realpath "$targets_key")" != "$(realpath "$online_key")" ] || refuse "the targets key and the online key must be different keys"

"$kiosk" check --kiosk "$content" || refuse "fix the problems above first"
command -v tuftool >/dev/null || refuse "tuftool is missing: cargo install --locked tuftool"
args=(--root "$root" --key "$targets_key" --key "$online_key" --add-targets "$content"
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
