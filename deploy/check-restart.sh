#!/usr/bin/env bash
# How fast a crashed or frozen kiosk is back on screen, with the restart policy
# of deploy/elder-kiosk.service (RestartSec, WatchdogSec, WatchdogSignal=SIGKILL):
#   kill -9     → the process is gone → restarted after RestartSec
#   kill -STOP  → the watchdog pings stop → killed after WatchdogSec → restarted
# "Back" is the new process's READY=1, sent after its first frame is drawn.
#
# With systemd as PID 1 the kiosk runs as a transient unit with those settings
# and the times come from systemd itself. Without systemd (a build machine or
# container) the same policy is applied by a small supervisor here, so the
# figure still includes the kiosk's own start-up. Needs Xvfb and python3.
# Usage: deploy/check-restart.sh [path/to/kiosk] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
kiosk=$(realpath "${1:-target/release/kiosk}")
rounds=${2:-5}
unit=deploy/elder-kiosk.service
restart_sec=$(sed -n 's/^RestartSec=//p' "$unit")
watchdog_sec=$(sed -n 's/^WatchdogSec=//p' "$unit")
dir=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$dir"' EXIT
Xvfb :96 -screen 0 1920x1080x24 >/dev/null 2>&1 &
sleep 1
args=(--kiosk --state "$dir/state" --settings "$dir/settings.toml")

if [ "$(ps -p 1 -o comm=)" = systemd ]; then
  name=elder-kiosk-restart-check
  systemd-run --unit="$name" --setenv=DISPLAY=:96 -p Type=notify -p NotifyAccess=all \
    -p WatchdogSec="$watchdog_sec" -p WatchdogSignal=SIGKILL -p Restart=always -p RestartSec="$restart_sec" \
    "$kiosk" "${args[@]}" >/dev/null
  trap 'systemctl stop "$name" 2>/dev/null || true; kill $(jobs -p) 2>/dev/null || true; rm -rf "$dir"' EXIT
  back() { # waits for a new, active main process; prints seconds since $1
    local t0=$1 old=$2
    while :; do
      read -r pid state < <(systemctl show -p MainPID -p ActiveState --value "$name" | paste -sd' ')
      if [ "$state" = active ] && [ "$pid" != 0 ] && [ "$pid" != "$old" ]; then
        echo "$(( ($(date +%s%N) - t0) / 1000000 ))"; return
      fi
      sleep 0.05
    done
  }
  until [ "$(systemctl show -p ActiveState --value "$name")" = active ]; do sleep 0.1; done
  for signal in KILL STOP; do
    for _ in $(seq "$rounds"); do
      pid=$(systemctl show -p MainPID --value "$name")
      t0=$(date +%s%N); kill -"$signal" "$pid"
      echo "systemd kill -$signal: back in $(back "$t0" "$pid") ms"
      sleep 2
    done
  done
  exit 0
fi

# No systemd: the unit's policy, applied by a supervisor that listens on the
# notify socket exactly as systemd would.
python3 - "$kiosk" "$restart_sec" "$watchdog_sec" "$rounds" "$dir" "${args[@]}" <<'PY'
import os, signal, socket, subprocess, sys, time
kiosk, restart, watchdog, rounds, tmp = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
args = sys.argv[6:]
sock_path = os.path.join(tmp, "notify.sock")
sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
sock.bind(sock_path)
env = dict(os.environ, DISPLAY=":96", NOTIFY_SOCKET=sock_path, WATCHDOG_USEC=str(int(watchdog * 1e6)))

def start():
    return subprocess.Popen([kiosk, *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def wait_ready(proc, since):
    """Supervises until READY=1 from a live process; restarts what dies or freezes."""
    last_ping = time.monotonic()
    while True:
        sock.settimeout(0.05)
        try:
            msg = sock.recv(4096).decode()
        except socket.timeout:
            msg = ""
        now = time.monotonic()
        if "READY=1" in msg:
            return proc, now - since
        if "WATCHDOG=1" in msg:
            last_ping = now
        if proc.poll() is not None or now - last_ping > watchdog:
            if proc.poll() is None:
                proc.kill()  # WatchdogSignal=SIGKILL
            proc.wait()
            time.sleep(restart)  # RestartSec
            proc, last_ping = start(), time.monotonic()

proc, took = wait_ready(start(), time.monotonic())
print(f"first start: READY after {took * 1000:.0f} ms")
for sig in (signal.SIGKILL, signal.SIGSTOP):
    for _ in range(rounds):
        time.sleep(2)
        t0 = time.monotonic()
        os.kill(proc.pid, sig)
        proc, took = wait_ready(proc, t0)
        print(f"kill -{sig.name[3:]}: back (READY) in {took * 1000:.0f} ms")
proc.kill()
PY
