#!/usr/bin/env bash
# Shows, without systemd, what systemd's watchdog sees: the kiosk says READY=1
# after its first frame and WATCHDOG=1 from its UI loop; when the process is
# frozen (kill -STOP) the pings stop, and they resume after kill -CONT.
# Needs Xvfb and python3. Usage: deploy/check-watchdog.sh [path/to/kiosk]
set -euo pipefail
kiosk=${1:-target/release/kiosk}
dir=$(mktemp -d)
sock="$dir/notify.sock"
python3 - "$sock" > "$dir/log" <<'PY' &
import socket, sys, time
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(sys.argv[1])
start = time.time()
while True:
    msg = s.recv(4096).decode()
    print(f"{time.time() - start:6.1f}s {msg.strip()}", flush=True)
PY
listener=$!
sleep 0.5
Xvfb :95 -screen 0 1920x1080x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
# 3 s watchdog: a ping at least every second.
DISPLAY=:95 NOTIFY_SOCKET="$sock" WATCHDOG_USEC=3000000 "$kiosk" --kiosk --state "$dir/state" --settings "$dir/settings.toml" >/dev/null 2>&1 &
app=$!
sleep 5
echo "--- kill -STOP (frozen) at +5s" >&2
kill -STOP "$app"
sleep 6
echo "--- kill -CONT at +11s" >&2
kill -CONT "$app"
sleep 4
kill "$app" "$xvfb" "$listener" 2>/dev/null || true
cat "$dir/log"
rm -rf "$dir"
