#!/usr/bin/env bash
# Portico's developer commands. Each one installs what is missing (and skips what is present),
# so that a fresh Debian machine with rustup, node/npm and apt needs nothing else.
#
#   ./dev.sh run     build (release) and serve Portico on SQLite at http://127.0.0.1:3000
#   ./dev.sh test    unit and integration tests (SQLite, and PostgreSQL when PORTICO_TEST_POSTGRES_URL
#                    is set), then the Playwright suite in Chromium with JavaScript on and off
#   ./dev.sh bench   serve a release build and measure it with wrk (see the README)
#   ./dev.sh fuzz    run each fuzz target (fuzz/) for PORTICO_FUZZ_SECONDS (60) seconds; a crash
#                    stops it, with the input saved under fuzz/artifacts/<target>/
set -euo pipefail
cd "$(dirname "$0")"

CARGO_LEPTOS_VERSION=0.3.10
BINARYEN_VERSION=132.0.0
# Tools outside the repository, shared by every clone on this machine (CI clones afresh).
TOOLS="${PORTICO_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/portico/tools}"
export PATH="$TOOLS/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\n==> %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() { # package, command it provides
  if ! command -v "$2" >/dev/null 2>&1; then
    say "installing $1 (apt)"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1"
  fi
}

build_tools() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  if ! cargo leptos --version 2>/dev/null | grep -q " $CARGO_LEPTOS_VERSION"; then
    say "installing cargo-leptos $CARGO_LEPTOS_VERSION (once per machine, about 15 minutes)"
    cargo install "cargo-leptos@$CARGO_LEPTOS_VERSION" --locked --features no_downloads
  fi
  # The wasm-bindgen CLI must be exactly the library version that Cargo.lock pins.
  local wb
  wb=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
  if ! wasm-bindgen --version 2>/dev/null | grep -q " $wb\$"; then
    say "installing wasm-bindgen-cli $wb"
    cargo install wasm-bindgen-cli --version "$wb"
  fi
  # Debian's binaryen 108 produces WASM that breaks hydration; npm's 132 goes first on PATH.
  if ! "$TOOLS/node_modules/.bin/wasm-opt" --version 2>/dev/null | grep -q "version ${BINARYEN_VERSION%%.*}"; then
    say "installing binaryen $BINARYEN_VERSION (wasm-opt) into $TOOLS"
    mkdir -p "$TOOLS"
    npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error "binaryen@$BINARYEN_VERSION"
  fi
}

test_tools() {
  apt_install chromium chromium
  if [ ! -d end2end/node_modules/@playwright/test ] || [ end2end/package-lock.json -nt end2end/node_modules/.package-lock.json ]; then
    say "installing the end-to-end test packages (npm ci)"
    # Playwright must never download its own browsers: we use Debian's Chromium.
    (cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
  fi
}

cmd_run() {
  build_tools
  say "building and serving Portico at http://${LEPTOS_SITE_ADDR:-127.0.0.1:3000} (SQLite: ${DATABASE_URL:-sqlite:portico.db})"
  # Plain http on localhost: a Secure cookie would never come back.
  export PORTICO_SECURE_COOKIES="${PORTICO_SECURE_COOKIES:-false}"
  # A local run is for trying Portico out and translating: live reload and pseudo-locales.
  export PORTICO_DEV="${PORTICO_DEV:-true}"
  exec cargo leptos serve --release
}

# Stage timings, printed at the end of `test` (and when it stops early), so that the next person
# sees where the time goes.
STAGES=()
stage() { # name, command...
  local name=$1 start=$SECONDS
  shift
  say "$name"
  "$@"
  STAGES+=("$(printf '%-58s %3dm %02ds' "$name" $(((SECONDS - start) / 60)) $(((SECONDS - start) % 60)))")
}
print_stages() {
  [ ${#STAGES[@]} -gt 0 ] || return 0
  printf '\n==> stage times\n'
  printf '  %s\n' "${STAGES[@]}"
  printf '  %-58s %3dm %02ds\n' "total" $((SECONDS / 60)) $((SECONDS % 60))
}

# The WASM bundle, stylesheet and assets (cargo-leptos, in its own target folder target/front).
build_site() {
  cargo leptos build --frontend-only
}

# Every Rust test binary and the server binary, in one build: the end-to-end tests run the very
# binary that the integration tests were built with (same features, same environment), so the
# server is compiled once.
build_tests() {
  # The JSON messages name each test binary; the PostgreSQL run below starts the api one directly.
  cargo test --features ssr --no-run --message-format=json-render-diagnostics >"$TEST_BINARIES"
}

# The integration tests on PostgreSQL, run straight from their binary (as `cargo test` would run
# it: from this folder), so that they need no cargo lock and can run beside the SQLite run. They
# mostly wait for PostgreSQL to create and drop each test's database.
postgres_tests() {
  local binary
  binary=$(grep -o '"executable":"[^"]*/deps/api-[^"]*"' "$TEST_BINARIES" | tail -n 1 | cut -d'"' -f4)
  if [ -z "$binary" ]; then
    echo "no api test binary in $TEST_BINARIES" >&2
    return 1
  fi
  PORTICO_TEST_POSTGRES_URL="$1" "$binary"
}

# SQLite (every Rust test) and PostgreSQL (the integration tests) at the same time; each one's
# output is shown whole once both have finished.
rust_tests() { # postgres url, or empty
  local log pid status=0
  log=$(mktemp)
  if [ -n "$1" ]; then
    postgres_tests "$1" >"$log" 2>&1 &
    pid=$!
  else
    echo "PORTICO_TEST_POSTGRES_URL is not set: skipping the PostgreSQL run" >"$log"
  fi
  # The SQLite run must not see the PostgreSQL URL, or it would run on PostgreSQL too.
  env -u PORTICO_TEST_POSTGRES_URL cargo test --features ssr || status=1
  if [ -n "$1" ] && ! wait "$pid"; then status=1; fi
  printf '\n==> the integration tests on PostgreSQL\n'
  cat "$log"
  rm -f "$log"
  return $status
}

# Builds the site and the tests at the same time: they use different target folders, so neither
# waits for the other's lock, and one fills the cores while the other links.
build_all() {
  local log pid
  log=$(mktemp)
  build_site >"$log" 2>&1 &
  pid=$!
  if ! build_tests; then
    kill "$pid" 2>/dev/null || true
    return 1
  fi
  if ! wait "$pid"; then
    cat "$log" >&2
    echo "the site build (cargo leptos build --frontend-only) failed" >&2
    return 1
  fi
  tail -n 3 "$log"
  rm -f "$log"
}

cmd_test() {
  trap print_stages EXIT
  stage "installing what is missing (tools, browser, npm packages)" build_tools
  test_tools
  # A fresh clone builds from nothing: incremental compilation would only write caches nobody reads.
  if [ -n "${CI:-}" ]; then export CARGO_INCREMENTAL=0; fi
  local target="${CARGO_TARGET_DIR:-$PWD/target}"
  case "$target" in /*) ;; *) target="$PWD/$target" ;; esac
  local postgres="${PORTICO_TEST_POSTGRES_URL:-}"
  TEST_BINARIES="$target/test-binaries.json"
  mkdir -p "$target"
  stage "building the server, the tests and the site (at once)" build_all
  stage "checking the translations (portico l10n check)" "$target/debug/portico" l10n check
  stage "Rust tests on SQLite, and integration tests on PostgreSQL (at once)" rust_tests "$postgres"
  stage "end-to-end tests in Chromium, JavaScript on and off" \
    env -C end2end CI="${CI:-}" PORTICO_BIN="$target/debug/portico" npx playwright test
}

cmd_bench() {
  build_tools
  apt_install wrk wrk
  say "building a release"
  cargo leptos build --release
  local port=${PORTICO_BENCH_PORT:-3200} duration=${PORTICO_BENCH_SECONDS:-10} connections=${PORTICO_BENCH_CONNECTIONS:-64}
  # Global, not local: the EXIT trap runs after this function has returned.
  BENCH_DIR=$(mktemp -d)
  local dir=$BENCH_DIR
  LEPTOS_SITE_ADDR="127.0.0.1:$port" LEPTOS_SITE_ROOT=target/site DATABASE_URL="sqlite:$dir/bench.db" \
    PORTICO_SECURE_COOKIES=false PORTICO_LOG=warn target/release/portico &
  BENCH_PID=$!
  local pid=$BENCH_PID
  trap 'kill "$BENCH_PID" 2>/dev/null; rm -rf "$BENCH_DIR"' EXIT
  for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
  if ! kill -0 "$pid" 2>/dev/null || ! curl -fs "http://127.0.0.1:$port/healthz" >/dev/null; then
    echo "the server did not start on port $port (is something else listening there?)" >&2
    exit 1
  fi
  local page="http://127.0.0.1:$port/" asset="http://127.0.0.1:$port/pkg/portico.css"
  say "wrk: $connections connections, 2 threads, ${duration}s each, after a 2 s warm-up"
  wrk -t2 -c"$connections" -d2s "$page" >/dev/null
  wrk -t2 -c"$connections" -d"${duration}s" --latency "$page" >"$dir/page.txt"
  wrk -t2 -c"$connections" -d"${duration}s" --latency "$asset" >"$dir/asset.txt"
  local rss
  rss=$(awk '/VmHWM/ { print $2 }' "/proc/$pid/status")
  summarise() { # name, file
    awk -v name="$1" '
      /Requests\/sec/ { rps = $2 }
      /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
      /Non-2xx/ { errors = $NF }
      END { printf "%-28s %12.0f %10s %10s %8s\n", name, rps, p50, p99, (errors ? errors : 0) }' "$2"
  }
  printf '\n%-28s %12s %10s %10s %8s\n' "target" "requests/s" "p50" "p99" "non-2xx"
  summarise "home page (/)" "$dir/page.txt"
  summarise "static asset (portico.css)" "$dir/asset.txt"
  awk '/Requests\/sec/ { r[NR > 0 ? n++ : 0] = $2 } END { if (r[1] > 0) printf "\nhome page / static asset throughput: %.2f\n", r[0] / r[1] }' \
    "$dir/page.txt" "$dir/asset.txt"
  echo "peak server memory (VmHWM): $((rss / 1024)) MiB"

  # The caseworkers' queue with many requests: keyset pages keep the first page fast.
  local count=${PORTICO_BENCH_REQUESTS:-100000}
  say "seeding $count requests, then measuring the queue's first page"
  local env=(LEPTOS_SITE_ROOT=target/site DATABASE_URL="sqlite:$dir/bench.db" PORTICO_LOG=warn)
  env "${env[@]}" target/release/portico seed --requests "$count" --confirm
  echo "a bench passphrase" | env "${env[@]}" target/release/portico staff add --email bench@seed.portico.invalid --name Bench --role admin >/dev/null
  local jar="$dir/cookies" token
  token=$(curl -fs -c "$jar" "http://127.0.0.1:$port/staff/sign-in" | sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -b "$jar" -c "$jar" -o /dev/null --data-urlencode "csrf_token=$token" --data-urlencode "email=bench@seed.portico.invalid" \
    --data-urlencode "password=a bench passphrase" "http://127.0.0.1:$port/staff/sign-in"
  local session
  session=$(awk '$6 == "portico_session" { print $7 }' "$jar")
  local queue="http://127.0.0.1:$port/staff/requests" filtered="http://127.0.0.1:$port/staff/requests?status=in_review&sort=due"
  wrk -t2 -c8 -d"${duration}s" --latency -H "Cookie: portico_session=$session" "$queue" >"$dir/queue.txt"
  wrk -t2 -c8 -d"${duration}s" --latency -H "Cookie: portico_session=$session" "$filtered" >"$dir/filtered.txt"
  printf '\n%-28s %12s %10s %10s %8s\n' "target ($count requests)" "requests/s" "p50" "p99" "non-2xx"
  summarise "queue, first page" "$dir/queue.txt"
  summarise "queue, in review by due" "$dir/filtered.txt"
}

# The fuzz targets (fuzz/fuzz_targets/, see the README), one after another, each for a bounded time.
# Without a sanitizer: Portico has no unsafe code for one to watch, and AddressSanitizer cannot
# link the crate's cdylib build. Debug assertions are on, so an arithmetic overflow is a crash too.
cmd_fuzz() {
  if ! rustup toolchain list | grep -q '^nightly'; then
    say "installing the nightly toolchain (libFuzzer's instrumentation needs it)"
    rustup toolchain install nightly --profile minimal
  fi
  if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
    say "installing cargo-fuzz (once per machine, about 3 minutes)"
    cargo install cargo-fuzz --locked
  fi
  local seconds=${PORTICO_FUZZ_SECONDS:-60} target
  for target in $(cargo +nightly fuzz list); do
    say "fuzzing $target for ${seconds}s (new inputs go to fuzz/corpus/$target/, crashes to fuzz/artifacts/$target/)"
    # -timeout: an input that takes 10 s is a finding too (a definition or form that hangs a page).
    cargo +nightly fuzz run -O -a -s none "$target" -- -max_total_time="$seconds" -timeout=10
  done
}

case "${1:-}" in
  run) cmd_run ;;
  test) cmd_test ;;
  bench) cmd_bench ;;
  fuzz) cmd_fuzz ;;
  *) sed -n '2,10p' "$0"; exit 2 ;;
esac
