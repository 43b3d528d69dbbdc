#!/usr/bin/env bash
# Installs the Debian package on a clean Debian 12 root, as a branch would meet
# it, and checks what it promises (README "Setting up a lobby PC"):
#   check-package.sh OLD.deb NEW.deb [OLD.cdx.json]
# - `apt install ./OLD.deb` on a minimal debootstrap root pulls in everything;
# - `elder-kiosk check` passes on the installed content; `systemd-analyze
#   verify` accepts the unit, which is enabled; the staff PIN is set as the README says;
# - the kiosk user, the staff group, the folders and their modes are as documented;
# - an upgrade to NEW.deb keeps a changed settings file, changed content and a
#   changed conffile;
# - with OLD's bill of materials (deploy/sbom.sh): every Debian package it lists
#   is installed at the version it says;
# - a purge removes what the package created and nothing else (the file list of
#   the root before the install and after the purge is the same).
# Needs root, debootstrap and a Debian mirror. Prints "package check passed".
set -euo pipefail

old=$(realpath "$1")
new=$(realpath "$2")
sbom=${3:+$(realpath "$3")}
mirror=${DEBIAN_MIRROR:-$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)}
mirror=${mirror:-http://deb.debian.org/debian}
root=$(mktemp -d /tmp/elder-kiosk-root.XXXXXX)
chmod 755 "$root"
cleanup() {
  for m in proc sys dev/pts dev; do umount -l "$root/$m" 2>/dev/null || true; done
  rm -rf --one-file-system "$root"
}
# KEEP_ROOT=1 leaves the root for a look after a failure.
[ -n "${KEEP_ROOT:-}" ] || trap cleanup EXIT
fail() { echo "package check FAILED: $*" >&2; exit 1; }
in_root() { chroot "$root" env DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 "$@"; }

echo "== debootstrap (minbase) from $mirror"
debootstrap --variant=minbase bookworm "$root" "$mirror" >/dev/null
printf 'Types: deb\nURIs: %s\nSuites: bookworm bookworm-updates bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
  "$mirror" > "$root/etc/apt/sources.list.d/debian.sources"
rm -f "$root/etc/apt/sources.list"
# espeak-ng 1.52 comes from backports: let apt take it from there when asked.
cp "$(dirname "$0")/espeak-ng-backports.pref" "$root/etc/apt/preferences.d/espeak-ng"
# Nothing starts services inside the root.
printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
in_root apt-get update -qq

# The package's dependencies first, so that the snapshot below holds them and
# the comparison after the purge sees only what the package itself did.
deps=$(dpkg-deb -f "$old" Depends | sed 's/([^)]*)//g; s/|[^,]*//g; s/,/ /g')
echo "== dependencies: $deps"
# shellcheck disable=SC2086
in_root apt-get install -y -qq --no-install-recommends $deps >/dev/null
# Every path in the root but the package manager's own state, logs and caches,
# and the user tools' backups of the account files (passwd-, subuid-, …).
snapshot() {
  (cd "$root" && find . -xdev \( -path ./proc -o -path ./dev -o -path ./tmp -o -path ./var/lib/dpkg \
     -o -path ./var/lib/apt -o -path ./var/cache -o -path ./var/log -o -path ./run -o -path ./var/lib/systemd/deb-systemd-helper-enabled \
     -o -path ./var/lib/systemd/deb-systemd-helper-masked \) -prune -o -print | sort \
     | grep -Ev '^\./etc/(passwd|group|shadow|gshadow|subuid|subgid)-$')
}
snapshot > "$root/tmp/before"

echo "== apt install ./$(basename "$old")"
cp "$old" "$root/tmp/old.deb"
in_root apt-get install -y -qq --no-install-recommends /tmp/old.deb > "$root/tmp/install.log" 2>&1 \
  || { cat "$root/tmp/install.log" >&2; fail "apt install"; }
in_root elder-kiosk check /srv/elder-kiosk/content || fail "kiosk check on the installed content"
in_root systemd-analyze verify /usr/lib/systemd/system/elder-kiosk.service || fail "systemd-analyze verify"
[ -L "$root/etc/systemd/system/graphical.target.wants/elder-kiosk.service" ] || fail "the unit is not enabled"
[ "$(readlink "$root/etc/systemd/system/ctrl-alt-del.target")" = /dev/null ] || fail "Ctrl+Alt+Del is not masked"

if [ -n "$sbom" ]; then
  listed=0
  while read -r name version; do
    got=$(in_root dpkg-query -W -f='${Version}' "$name" 2>/dev/null || echo "not installed")
    [ "$got" = "$version" ] || fail "the bill of materials lists $name $version, the root has $got"
    listed=$((listed + 1))
  done < <(jq -r '.components[] | select(.purl | startswith("pkg:deb/debian/")) | "\(.name) \(.version)"' "$sbom")
  [ "$listed" -eq "$(echo "$deps" | wc -w)" ] || fail "the bill of materials lists $listed of the $(echo "$deps" | wc -w) dependencies"
  echo "== the bill of materials names the $listed Debian packages at the versions installed"
fi

expect_mode() { # path owner:group mode
  local got
  got=$(chroot "$root" stat -c '%U:%G %a' "$1")
  [ "$got" = "$2 $3" ] || fail "$1 is $got, expected $2 $3"
}
in_root id -nG kiosk | grep -qw kiosk || fail "no kiosk user"
in_root getent group kiosk-staff >/dev/null || fail "no kiosk-staff group"
[ "$(in_root getent passwd kiosk | cut -d: -f7)" = /usr/sbin/nologin ] || fail "the kiosk user can log in"
expect_mode /usr/bin/elder-kiosk root:root 755
expect_mode /srv/elder-kiosk/content root:kiosk-staff 2775
expect_mode /srv/elder-kiosk/content/branch.toml root:kiosk-staff 664
expect_mode /home/kiosk/.config/elder-kiosk kiosk:kiosk 700
expect_mode /home/kiosk/.local/share/elder-kiosk kiosk:kiosk 700
expect_mode /etc/elder-kiosk root:root 755
expect_mode /etc/systemd/logind.conf.d/90-elder-kiosk.conf root:root 644

# The README's next step, as root on the PC: the staff PIN, kept as a hash in the
# kiosk user's settings (in its 0700 folder).
echo 274915 | in_root runuser -u kiosk -- env HOME=/home/kiosk elder-kiosk set-pin >/dev/null \
  || fail "set-pin as the README says"
grep -q 'argon2' "$root/home/kiosk/.config/elder-kiosk/settings.toml" || fail "no PIN hash in the settings"
grep -q 274915 "$root/home/kiosk/.config/elder-kiosk/settings.toml" && fail "the PIN is stored in clear"

echo "== the branch changes its content, settings and logind drop-in; upgrade to ./$(basename "$new")"
echo '# edited by the branch' >> "$root/srv/elder-kiosk/content/branch.toml"
echo 'kiosk_id = "branch-edit"' >> "$root/home/kiosk/.config/elder-kiosk/settings.toml"
echo '# edited by the branch' >> "$root/etc/systemd/logind.conf.d/90-elder-kiosk.conf"
cp "$new" "$root/tmp/new.deb"
in_root apt-get install -y -qq --no-install-recommends -o Dpkg::Options::=--force-confold /tmp/new.deb \
  > "$root/tmp/upgrade.log" 2>&1 || { cat "$root/tmp/upgrade.log" >&2; fail "the upgrade"; }
[ "$(in_root dpkg-query -W -f='${Version}' elder-kiosk)" = "$(dpkg-deb -f "$new" Version)" ] || fail "not upgraded"
grep -q 'edited by the branch' "$root/srv/elder-kiosk/content/branch.toml" || fail "the upgrade replaced the content"
grep -q 'branch-edit' "$root/home/kiosk/.config/elder-kiosk/settings.toml" || fail "the upgrade replaced the settings"
grep -q 'edited by the branch' "$root/etc/systemd/logind.conf.d/90-elder-kiosk.conf" || fail "the upgrade replaced a conffile"
in_root elder-kiosk check /srv/elder-kiosk/content >/dev/null || fail "kiosk check after the upgrade"

echo "== apt purge"
in_root apt-get purge -y -qq elder-kiosk > "$root/tmp/purge.log" 2>&1 \
  || { cat "$root/tmp/purge.log" >&2; fail "apt purge"; }
snapshot > "$root/tmp/after"
if ! diff "$root/tmp/before" "$root/tmp/after" > "$root/tmp/diff"; then
  cat "$root/tmp/diff" >&2
  fail "the purge left or removed files (< removed, > left)"
fi
in_root getent passwd kiosk >/dev/null && fail "the purge left the kiosk user"
in_root getent group kiosk-staff >/dev/null && fail "the purge left the kiosk-staff group"
echo "package check passed"
