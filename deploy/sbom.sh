#!/usr/bin/env bash
# The software bill of materials of a built package (README "Building the package"):
#   sbom.sh elder-kiosk_<version>_amd64.deb OUT.cdx.json
# writes CycloneDX 1.5 JSON listing
# - every crate built into the program for x86_64 Linux, build-time crates
#   included, with its version, checksum and licence expression (cargo-cyclonedx,
#   narrowed to what `cargo tree` says the program is built from);
# - every Debian package the .deb depends on, at the version apt installs on a
#   lobby PC set up as the README says (Debian 12 with espeak-ng from
#   bookworm-backports), with the .deb's checksum and the licences its
#   copyright file names.
# Needs cargo-cyclonedx (setup-debian.sh package), jq, and apt lists that are
# up to date. Fails rather than guess a licence.
set -euo pipefail

deb=$(realpath "$1")
out=$(realpath -m "$2")
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "sbom: $*" >&2; exit 1; }

# The same bytes for the same commit: the time is the commit's.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git -C "$repo" log -1 --format=%ct 2>/dev/null || date +%s)}

# --- The crates -------------------------------------------------------------
(cd "$repo" && cargo cyclonedx --quiet --format json --spec-version 1.5 \
  --target x86_64-unknown-linux-gnu --override-filename elder-kiosk-crates)
mv "$repo/elder-kiosk-crates.json" "$work/crates.json"
# The build folder is not part of what was built.
sed -i "s#file://$repo#file://.#g" "$work/crates.json"
# cargo-cyclonedx reads `cargo metadata`, whose features are resolved together
# with the test-only dependencies (egui_kittest brings wgpu, for one). Keep the
# crates cargo builds into the program: `cargo tree` without dev-dependencies.
(cd "$repo" && cargo tree --locked --quiet -e normal,build --target x86_64-unknown-linux-gnu --prefix none -f '{p}') \
  | awk '{print $1 "@" substr($2, 2)}' | sort -u | jq -R . | jq -s . > "$work/built.json"
jq --slurpfile built "$work/built.json" '
  ($built[0] | map({key: ., value: true}) | from_entries) as $keep
  | .components |= map(select($keep["\(.name)@\(.version)"]))
  | ([.metadata.component."bom-ref"] + (.components | map(."bom-ref"))) as $refs
  | ($refs | map({key: ., value: true}) | from_entries) as $known
  | .dependencies |= map(select($known[.ref]) | if .dependsOn then .dependsOn |= map(select($known[.])) else . end)
  ' "$work/crates.json" > "$work/crates.kept.json"
mv "$work/crates.kept.json" "$work/crates.json"

# --- The Debian packages ------------------------------------------------------
# Licences of the few copyright files that are not machine-readable, read by
# hand. Keyed by the file's sha256 (first 16 digits): a changed file stops the
# build until someone reads it again.
declare -A read_by_hand=(
  [espeak-ng:bf721eede49d50f8]="GPL-3+; BSD-2-clause (getopt.c); ieee80.c: permissive (Apple)"
  [libc6:40c7e1f2118531f0]="LGPL-2.1+; GPL-2 (some utilities); BSD-3-clause and ISC (some files)"
  [libxkbcommon0:5eeaeb1b6e029a02]="MIT; X11-style permissive licences (HPND)"
)

# What apt installs on a lobby PC: the candidate under the README's policy
# (deploy/espeak-ng-backports.pref), not this machine's own pins.
mkdir "$work/preferences.d"
apt_policy=(-o Dir::Etc::Preferences="$repo/deploy/espeak-ng-backports.pref" -o Dir::Etc::PreferencesParts="$work/preferences.d")
candidate() { # package relation version → the version apt installs, if it meets the relation
  local v
  v=$(apt-cache "${apt_policy[@]}" policy "$1" | awk '/Candidate:/ {print $2}')
  if [ -z "$v" ] || [ "$v" = "(none)" ]; then return; fi
  if [ -n "$2" ] && ! dpkg --compare-versions "$v" "$2" "$3"; then
    fail "apt would install $1 $v, which does not meet ($2 $3): is bookworm-backports in the apt sources?"
  fi
  echo "$v"
}

licences() { # package copyright-file → one licence per line
  # Debian's machine-readable format (a few files use its stanzas without the Format line).
  if grep -q '^Files:' "$2" && grep -q '^License:' "$2"; then
    sed -n 's/^License:[[:space:]]*//p' "$2" | sed 's/[[:space:]]*$//' | sort -u
  else
    local key
    key="$1:$(sha256sum "$2" | cut -c1-16)"
    [ -n "${read_by_hand[$key]:-}" ] || fail "$1's copyright file is not machine-readable and not read by hand (key $key): read it and add it to read_by_hand"
    echo "${read_by_hand[$key]}"
  fi
}

: > "$work/debian.jsonl"
IFS=',' read -ra depends <<< "$(dpkg-deb -f "$deb" Depends)"
for dep in "${depends[@]}"; do
  dep=${dep%%|*} # of alternatives, the first is what apt installs
  name=$(awk '{print $1}' <<< "$dep")
  op=$(sed -n 's/.*(\([<>=]*\) *\([^)]*\)).*/\1/p' <<< "$dep")
  want=$(sed -n 's/.*(\([<>=]*\) *\([^)]*\)).*/\2/p' <<< "$dep")
  case "$op" in ">=") op=ge ;; "<=") op=le ;; "=") op=eq ;; ">>") op=gt ;; "<<") op=lt ;; "") ;; *) fail "$dep: unknown relation" ;; esac
  version=$(candidate "$name" "$op" "$want")
  [ -n "$version" ] || fail "no version of $name meets '$dep' in the apt lists (apt-get update?)"
  (cd "$work" && apt-get download -qq "$name=$version" 2>/dev/null) || fail "apt-get download $name=$version"
  file=$(ls "$work/${name}_"*.deb)
  dpkg-deb --fsys-tarfile "$file" | tar -xO "./usr/share/doc/$name/copyright" > "$work/copyright" \
    || fail "$name has no /usr/share/doc/$name/copyright"
  licences "$name" "$work/copyright" | jq -R . | jq -s -c \
    --arg name "$name" --arg version "$version" --arg sha "$(sha256sum "$file" | cut -d' ' -f1)" \
    --arg arch "$(dpkg-deb -f "$file" Architecture)" '{
      type: "library", "bom-ref": "deb:\($name)@\($version)", name: $name, version: $version,
      scope: "required",
      hashes: [{alg: "SHA-256", content: $sha}],
      licenses: map({license: {name: .}}),
      purl: "pkg:deb/debian/\($name)@\($version)?arch=\($arch)&distro=debian-12"
    }' >> "$work/debian.jsonl"
  rm -f "$file"
done

# --- One document: the package, its crates and its Debian dependencies ----------
package=$(dpkg-deb -f "$deb" Package)
version=$(dpkg-deb -f "$deb" Version)
jq -s --slurpfile crates "$work/crates.json" \
  --arg package "$package" --arg version "$version" \
  --arg sha "$(sha256sum "$deb" | cut -d' ' -f1)" '
  . as $debian | $crates[0] as $c
  | ($c.metadata.component."bom-ref") as $program
  | $c
  | .metadata.component = {
      type: "application", "bom-ref": "deb:\($package)@\($version)",
      name: $package, version: $version,
      hashes: [{alg: "SHA-256", content: $sha}],
      licenses: $c.metadata.component.licenses,
      purl: "pkg:deb/\($package)@\($version)?arch=amd64"
    }
  | .components = [$c.metadata.component] + $c.components + $debian
  | .dependencies += [{ref: "deb:\($package)@\($version)", dependsOn: ([$program] + ($debian | map(."bom-ref")))}]
  ' "$work/debian.jsonl" > "$out"
echo "sbom: $out: $(jq '[.components[] | select(.purl | startswith("pkg:cargo"))] | length' "$out") crates, $(jq '[.components[] | select(.purl | startswith("pkg:deb/debian"))] | length' "$out") Debian packages"
