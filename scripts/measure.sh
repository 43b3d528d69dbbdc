#!/usr/bin/env bash
# Benchmark of the real app on a GPU-less display (Xvfb + Mesa llvmpipe, glow):
# start-up to first frame, ms per 1080p frame, memory (PSS) and CPU while idle.
#   scripts/measure.sh   (needs xvfb and matchbox-window-manager; builds the release binary)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=target/release/kiosk
display=:97
Xvfb $display -screen 0 1920x1080x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
export DISPLAY=$display LIBGL_ALWAYS_SOFTWARE=1
# A window manager, so the kiosk's full-screen request is honoured.
matchbox-window-manager -use_titlebar no >/dev/null 2>&1 &
trap 'kill $xvfb $! 2>/dev/null || true' EXIT
sleep 0.5

echo "== frames (1920x1080 window, 300 frames switching home / scam page)"
for run in 1 2 3; do
  "$bin" --kiosk --bench-frames 300 2>/dev/null | grep '^bench:'
done

echo "== idle: memory and CPU of a kiosk left alone for 20 s"
"$bin" --kiosk >/dev/null 2>&1 &
pid=$!
# Speech set-up (voice list, voice choice) takes a few CPU seconds at start.
sleep 15
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
t0=$(ticks)
sleep 20
t1=$(ticks)
hz=$(getconf CLK_TCK)
pss=$(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup")
echo "pss_mib=$((pss / 1024)) idle_cpu_percent=$(awk -v a="$t0" -v b="$t1" -v hz="$hz" 'BEGIN {printf "%.2f", (b - a) / hz / 20 * 100}')"
kill $pid
