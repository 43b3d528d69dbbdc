#!/usr/bin/env bash
# Benchmark of the real app on a GPU-less virtual screen (Xvfb, Mesa llvmpipe), for
# both renderers: frame times, tap → screen, start → screen, memory, idle CPU.
#   scripts/measure.sh   (needs xvfb and matchbox-window-manager: ./x test installs them)
set -euo pipefail
cd "$(dirname "$0")/.."
exec cargo bench --bench renderers
