#!/usr/bin/env bash
# Fuzzes the content loader (one target per content file kind) and the picture
# decoder with libFuzzer: `scripts/fuzz.sh SECONDS` runs each target that long
# and prints executions and crashes per target. Installs the nightly toolchain
# and cargo-fuzz if they are missing; the normal build never needs them.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
export PATH="$HOME/.cargo/bin:$PATH"
rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked

# Seed corpus: the bundled files and the test fixtures, one folder per target.
for kind in branch fraud facilities rights quiz; do
  mkdir -p "fuzz/corpus/$kind"
  for f in assets/content/$kind.toml tests/fixtures/*/$kind.toml; do
    [ -f "$f" ] && cp "$f" "fuzz/corpus/$kind/$(echo "$f" | tr / _)"
  done
done
mkdir -p fuzz/corpus/picture
find assets tests/fixtures -name '*.png' -o -name '*.jpg' -o -name '*.jpeg' | while read -r f; do
  cp "$f" "fuzz/corpus/picture/$(echo "$f" | tr / _)"
done

cargo +nightly fuzz build -O
status=0
for target in branch fraud facilities rights quiz picture; do
  log="fuzz/artifacts/$target.log"
  mkdir -p fuzz/artifacts
  if cargo +nightly fuzz run -O "$target" "fuzz/corpus/$target" -- \
      -max_total_time="$seconds" -print_final_stats=1 -rss_limit_mb=2048 -max_len=262144 >"$log" 2>&1; then
    result="0 crashes"
  else
    result="CRASH (see fuzz/artifacts/$target/ and $log)"
    status=1
  fi
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
  echo "$target: $execs executions in ${seconds}s, $result"
done
exit "$status"
