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
# Branch staff who edit the content are members of kiosk-staff; the kiosk itself only reads it.
getent group kiosk-staff >/dev/null || groupadd kiosk-staff
# The folders the hardened unit lets the kiosk write (settings; PIN lock, counts, versions).
install -d -m 0700 -o kiosk -g kiosk /home/kiosk/.config /home/kiosk/.config/elder-kiosk \
  /home/kiosk/.local /home/kiosk/.local/share /home/kiosk/.local/share/elder-kiosk
install -d /opt/elder-kiosk
install -m 0755 target/release/kiosk /opt/elder-kiosk/kiosk
cp -r locales assets /opt/elder-kiosk/
if [ ! -d /srv/elder-kiosk/content ]; then
  install -d /srv/elder-kiosk
  cp -r assets/content /srv/elder-kiosk/content
fi
# Branch staff edit the content (group kiosk-staff, new files stay in the group); the
# kiosk reads it and reloads it by itself, but cannot change it.
chown -R root:kiosk-staff /srv/elder-kiosk
chmod -R u=rwX,g=rwX,o=rX /srv/elder-kiosk
find /srv/elder-kiosk -type d -exec chmod g+s {} +
# Content from head office (README "For head office"): FLEET_REPOSITORY=https://… and
# FLEET_ROOT=path/to/root.json install the trust file and root.json, owned by root and
# writable by nobody else (the kiosk refuses them otherwise).
if [ -n "${FLEET_REPOSITORY:-}" ] && [ -n "${FLEET_ROOT:-}" ]; then
  install -d -m 0755 -o root -g root /etc/elder-kiosk
  install -m 0644 -o root -g root "$FLEET_ROOT" /etc/elder-kiosk/root.json
  printf 'repository = "%s"\nroot = "/etc/elder-kiosk/root.json"\n' "$FLEET_REPOSITORY" > /etc/elder-kiosk/fleet.toml
  chown root:root /etc/elder-kiosk/fleet.toml
  chmod 0644 /etc/elder-kiosk/fleet.toml
fi
# No way out with a keyboard: no SysRq, the power and sleep keys do nothing, and
# Ctrl+Alt+Del does not reboot (cage runs without VT switching: see the unit).
install -d /etc/sysctl.d /etc/systemd/logind.conf.d
echo 'kernel.sysrq = 0' > /etc/sysctl.d/90-elder-kiosk.conf
sysctl -q --load /etc/sysctl.d/90-elder-kiosk.conf || true
printf '[Login]\nHandlePowerKey=ignore\nHandlePowerKeyLongPress=ignore\nHandleRebootKey=ignore\nHandleSuspendKey=ignore\nHandleHibernateKey=ignore\nHandleLidSwitch=ignore\n' \
  > /etc/systemd/logind.conf.d/90-elder-kiosk.conf
systemctl mask ctrl-alt-del.target
systemctl reload systemd-logind 2>/dev/null || true
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
