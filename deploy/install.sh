#!/usr/bin/env bash
# The developer's path to a lobby PC (a branch installs the package from the
# bank's repository instead: README "Setting up a lobby PC"). Run as root from a
# clone of the repository on Debian 12: builds the Debian package here with
# cargo-deb and installs it with apt, which brings cage, speech-dispatcher,
# espeak-ng and the fonts. Everything else (the kiosk user, the staff group, the
# folders, the unit, the keys that do nothing) is the package's postinst.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh package
export PATH="$HOME/.cargo/bin:$PATH"
cargo deb --locked
apt-get install -y --no-install-recommends "./target/debian/elder-kiosk_$(cargo pkgid | sed 's/.*[#@]//')-1_amd64.deb"
# Content from head office (README "For head office"): FLEET_REPOSITORY=https://… and
# FLEET_ROOT=path/to/root.json install the trust file and root.json, owned by root and
# writable by nobody else (the kiosk refuses them otherwise).
if [ -n "${FLEET_REPOSITORY:-}" ] && [ -n "${FLEET_ROOT:-}" ]; then
  install -m 0644 -o root -g root "$FLEET_ROOT" /etc/elder-kiosk/root.json
  printf 'repository = "%s"\nroot = "/etc/elder-kiosk/root.json"\n' "$FLEET_REPOSITORY" > /etc/elder-kiosk/fleet.toml
  chown root:root /etc/elder-kiosk/fleet.toml
  chmod 0644 /etc/elder-kiosk/fleet.toml
fi
