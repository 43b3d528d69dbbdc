#!/usr/bin/env bash
# Installs the kiosk on a lobby PC (Debian 12, run as root from a clone of the
# repository after `./x demo` has built it once): a `kiosk` user, the program
# and its bundled files in /opt/elder-kiosk, the branch content in
# /srv/elder-kiosk/content (kept if it exists), and the systemd unit.
set -euo pipefail
cd "$(dirname "$0")/.."
apt-get install -y --no-install-recommends cage alsa-utils
cargo build --release --locked
id kiosk >/dev/null 2>&1 || useradd --create-home --groups audio,video,input,render kiosk
install -d /opt/elder-kiosk
install -m 0755 target/release/kiosk /opt/elder-kiosk/kiosk
cp -r locales assets /opt/elder-kiosk/
if [ ! -d /srv/elder-kiosk/content ]; then
  install -d /srv/elder-kiosk
  cp -r assets/content /srv/elder-kiosk/content
fi
# Branch staff edit the content; the kiosk reloads it by itself.
chown -R kiosk:kiosk /srv/elder-kiosk
# Content from head office (README "For head office"): FLEET_REPOSITORY=https://… and
# FLEET_ROOT=path/to/root.json install the trusted root and write the [fleet] section
# into the kiosk's settings (only when it has none yet).
if [ -n "${FLEET_REPOSITORY:-}" ] && [ -n "${FLEET_ROOT:-}" ]; then
  install -D -m 0644 "$FLEET_ROOT" /etc/elder-kiosk/root.json
  settings=/home/kiosk/.config/elder-kiosk/settings.toml
  install -d -o kiosk -g kiosk "$(dirname "$settings")"
  if ! grep -qs '^\[fleet\]' "$settings"; then
    printf '\n[fleet]\nrepository = "%s"\nroot = "/etc/elder-kiosk/root.json"\n' "$FLEET_REPOSITORY" >> "$settings"
    chown kiosk:kiosk "$settings"
  fi
fi
install -m 0644 deploy/elder-kiosk.service /etc/systemd/system/elder-kiosk.service
systemctl daemon-reload
systemctl set-default graphical.target
systemctl enable elder-kiosk.service
# The demo content has sample phone numbers: say so before customers see the kiosk
# (it hides them on screen until they are replaced).
/opt/elder-kiosk/kiosk check --kiosk /srv/elder-kiosk/content \
  || echo "Fix the content above (real phone numbers for this branch) before opening the kiosk."
echo "Now set the staff PIN:  sudo -u kiosk /opt/elder-kiosk/kiosk set-pin"
echo "Then start it:          systemctl start elder-kiosk"
