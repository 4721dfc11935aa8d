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
#   ./dev.sh api-fuzz  Schemathesis against the served OpenAPI document of a debug build (the
#                    stage of `test`; build first with `cargo build --features ssr`)
set -euo pipefail
cd "$(dirname "$0")"

CARGO_LEPTOS_VERSION=0.3.10
BINARYEN_VERSION=132.0.0
CARGO_DENY_VERSION=0.20.2
SCHEMATHESIS_VERSION=4.32.5
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
  # The Nu Html Checker (npm vnu-jar) after the end-to-end tests is a Java program.
  apt_install default-jre-headless java
  if ! cargo deny --version 2>/dev/null | grep -q " $CARGO_DENY_VERSION\$"; then
    say "installing cargo-deny $CARGO_DENY_VERSION (once per machine, a few minutes)"
    cargo install "cargo-deny@$CARGO_DENY_VERSION" --locked
  fi
  # Schemathesis (PyPI) for the API stage, in a virtual environment of its own beside the other tools.
  if ! "$TOOLS/schemathesis/bin/st" --version 2>/dev/null | grep -q "$SCHEMATHESIS_VERSION"; then
    say "installing schemathesis $SCHEMATHESIS_VERSION (pip, into $TOOLS/schemathesis)"
    if ! python3 -m venv --help >/dev/null 2>&1; then apt_install python3-venv pyvenv; fi
    mkdir -p "$TOOLS"
    python3 -m venv --clear "$TOOLS/schemathesis"
    "$TOOLS/schemathesis/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
  fi
  if [ ! -d end2end/node_modules/@playwright/test ] || [ end2end/package-lock.json -nt end2end/node_modules/.package-lock.json ]; then
    say "installing the end-to-end test packages (npm ci)"
    # Playwright must never download its own browsers: we use Debian's Chromium.
    (cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
  fi
  # The real OpenID provider the identity tests sign in through (npm oidc-provider, pinned by
  # tests/oidc/package-lock.json; pure JavaScript, no install scripts, nothing downloaded).
  if [ ! -d tests/oidc/node_modules/oidc-provider ] || [ tests/oidc/package-lock.json -nt tests/oidc/node_modules/.package-lock.json ]; then
    say "installing the test identity provider (npm ci in tests/oidc)"
    (cd tests/oidc && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
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

# Where cargo-deny keeps its clone of the RustSec advisory database: a folder named after the
# database's address (cargo-deny's `url_to_db_path`), under its default db-path.
ADVISORY_DB="${CARGO_HOME:-$HOME/.cargo}/advisory-dbs/advisory-db-3157b0e258782691"

# Advisories, licences, duplicate crates and sources, as deny.toml says. The advisory database
# (and any crate the lockfile names that is not downloaded yet) is fetched first; where that
# fails, say on a machine without github.com, and a copy of the database is already here, the
# check runs on that copy and says how old it is. The check itself never touches the network.
dependency_checks() {
  local log
  log=$(mktemp)
  if ! cargo deny --locked fetch db index >"$log" 2>&1; then
    if [ ! -d "$ADVISORY_DB/.git" ] || ! git -C "$ADVISORY_DB" rev-parse -q --verify HEAD >/dev/null 2>&1; then
      cat "$log" >&2
      rm -f "$log"
      echo "cannot fetch the advisory database, and there is no copy in $ADVISORY_DB (see the README)" >&2
      return 1
    fi
    sed 's/^/  /' "$log" >&2
    echo "warning: could not fetch; checking against the advisory database of $(git -C "$ADVISORY_DB" log -1 --format=%cs) in $ADVISORY_DB" >&2
  fi
  rm -f "$log"
  cargo deny --locked --offline check
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
  # Eight at a time: these tests spend most of their time waiting for PostgreSQL (each copies a
  # database for itself and drops it after), not on the cores.
  PORTICO_TEST_POSTGRES_URL="$1" "$binary" --test-threads="${PORTICO_POSTGRES_TEST_THREADS:-8}"
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
  # Eight at a time as well: most tests wait (on a server, a provider, a retry), not compute
  # (measured: 124 s against 199 s four at a time, with less CPU in all).
  env -u PORTICO_TEST_POSTGRES_URL cargo test --features ssr -- --test-threads="${PORTICO_TEST_THREADS:-8}" || status=1
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

# Schemathesis against the OpenAPI document a real server serves: a fresh SQLite database with
# seeded requests over every service and team, a read-and-update key of every team, and a bounded
# number of cases per operation (PORTICO_API_FUZZ_EXAMPLES, 20). It fails on any server error and
# any answer (status, content type, headers, body) the document does not describe.
api_fuzz() { # portico binary
  local bin=$1 dir port key pid status=0
  dir=$(mktemp -d)
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  (
    export DATABASE_URL="sqlite:$dir/portico.db" LEPTOS_SITE_ADDR="127.0.0.1:$port" LEPTOS_SITE_ROOT="$dir/site" \
      PORTICO_PUBLIC_URL="http://127.0.0.1:$port" PORTICO_SECURE_COOKIES=false PORTICO_LOG=warn \
      PORTICO_OUTBOX_DIR="$dir/outbox" PORTICO_UPLOADS_DIR="$dir/uploads"
    "$bin" seed --requests 40 --confirm >/dev/null
    key=$("$bin" api-keys add --name schemathesis --team waste --team parking --team blue-badge --scope read-write --days 1 --per-minute 1000000)
    "$bin" serve &
    pid=$!
    trap 'kill "$pid" 2>/dev/null || true' EXIT
    for _ in $(seq 1 100); do
      curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break
      sleep 0.2
    done
    # From the scratch folder: Schemathesis keeps a cache (.schemathesis/) where it runs.
    cd "$dir"
    "$TOOLS/schemathesis/bin/st" run "http://127.0.0.1:$port/api/v1/openapi.json" \
      --header "Authorization: Bearer $key" \
      --checks not_a_server_error,status_code_conformance,content_type_conformance,response_headers_conformance,response_schema_conformance \
      --phases "${PORTICO_API_FUZZ_PHASES:-examples,coverage,fuzzing,stateful}" --max-examples "${PORTICO_API_FUZZ_EXAMPLES:-20}" --seed 13 --workers 2 \
      --report junit --report-dir "$dir/report"
  ) || status=1
  rm -rf "$dir"
  return $status
}

cmd_api_fuzz() {
  local target="${CARGO_TARGET_DIR:-$PWD/target}"
  "$TOOLS/schemathesis/bin/st" --version >/dev/null 2>&1 || test_tools
  api_fuzz "$target/debug/portico"
}

# CI's target folder, outside the fresh clone, one per toolchain: the dependencies compiled by
# the last run on this machine are reused (cargo rebuilds any whose version, features or flags
# changed), and Portico's own crates are always compiled afresh, from the clone: their artifacts
# from earlier runs are removed here, so that nothing of an earlier commit is tested and the
# folder does not grow with every run. A cold folder (a new machine) just builds everything.
ci_target_dir() {
  local dir
  dir="${XDG_CACHE_HOME:-$HOME/.cache}/portico/ci-target-$(rustc -vV | sha256sum | cut -c1-12)"
  mkdir -p "$dir"
  find "$dir" -maxdepth 5 \( -path '*/deps/*' -o -path '*/.fingerprint/*' -o -path '*/build/*' -o -path '*/examples/*' \) \
    \( -name 'portico-*' -o -name 'libportico-*' -o -name 'api-*' -o -name 'load-*' \) -prune -exec rm -rf {} + 2>/dev/null || true
  rm -rf "$dir"/*/incremental "$dir"/*/*/*/incremental "$dir/site" "$dir/test-binaries.json"
  echo "$dir"
}

cmd_test() {
  trap print_stages EXIT
  stage "installing what is missing (tools, browser, npm packages)" build_tools
  test_tools
  # A fresh clone builds Portico from nothing: incremental compilation would only write caches
  # nobody reads. Its compiled dependencies are kept between runs on one machine, as CI services'
  # Rust caches keep them (see ci_target_dir).
  if [ -n "${CI:-}" ]; then
    export CARGO_INCREMENTAL=0
    if [ -z "${CARGO_TARGET_DIR:-}" ]; then
      CARGO_TARGET_DIR=$(ci_target_dir)
      export CARGO_TARGET_DIR
    fi
  fi
  local target="${CARGO_TARGET_DIR:-$PWD/target}"
  case "$target" in /*) ;; *) target="$PWD/$target" ;; esac
  local postgres="${PORTICO_TEST_POSTGRES_URL:-}"
  TEST_BINARIES="$target/test-binaries.json"
  mkdir -p "$target"
  stage "checking the dependencies (cargo deny)" dependency_checks
  stage "building the server, the tests and the site (at once)" build_all
  stage "checking the translations (portico l10n check)" "$target/debug/portico" l10n check
  stage "Rust tests on SQLite, and integration tests on PostgreSQL (at once)" rust_tests "$postgres"
  stage "the API against its OpenAPI document (schemathesis)" api_fuzz "$target/debug/portico"
  stage "end-to-end tests in Chromium, JavaScript on and off" \
    env -C end2end CI="${CI:-}" PORTICO_BIN="$target/debug/portico" npx playwright test
}

# One server under wrk, on one store (sqlite or postgres): every figure the README reports.
BENCH_PIDS=()
bench_cleanup() {
  for pid in "${BENCH_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$BENCH_DIR"
}

# wrk's report as one line: name, requests/s, p50, p99, non-2xx, and the ratios to the static
# asset and the anonymous home page (their throughput is kept in ASSET_RPS and HOME_RPS).
summarise() { # name, file
  awk -v name="$1" -v asset="${ASSET_RPS:-0}" -v home="${HOME_RPS:-0}" '
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
    /Non-2xx/ { errors = $NF }
    END {
      printf "  %-40s %10.0f %9s %9s %8s", name, rps, p50, p99, (errors ? errors : 0)
      printf " %8s %8s\n", (asset > 0 ? sprintf("%.3f", rps / asset) : "-"), (home > 0 ? sprintf("%.2f", rps / home) : "-")
    }' "$2"
}
rps_of() { awk '/Requests\/sec/ { printf "%.0f", $2 }' "$1"; }

bench_store() { # sqlite | postgres
  local store=$1 port=$((${PORTICO_BENCH_PORT:-3200} + ${#BENCH_PIDS[@]}))
  local duration=${PORTICO_BENCH_SECONDS:-10} connections=${PORTICO_BENCH_CONNECTIONS:-64}
  local count=${PORTICO_BENCH_REQUESTS:-1000000} submissions=${PORTICO_BENCH_SUBMISSIONS:-3000}
  local dir="$BENCH_DIR/$store" base="http://127.0.0.1:$port" url
  mkdir -p "$dir"
  if [ "$store" = postgres ]; then
    local admin=${PORTICO_BENCH_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/test}
    psql -q "$admin" -c "DROP DATABASE IF EXISTS portico_bench WITH (FORCE)" -c "CREATE DATABASE portico_bench" >/dev/null
    url="${admin%/*}/portico_bench"
  else
    url="sqlite:$dir/bench.db"
  fi
  local env=(LEPTOS_SITE_ROOT=target/site DATABASE_URL="$url" PORTICO_LOG=warn PORTICO_OUTBOX_DIR="$dir/outbox" PORTICO_SECURE_COOKIES=false)
  env "${env[@]}" LEPTOS_SITE_ADDR="127.0.0.1:$port" target/release/portico &
  local pid=$!
  BENCH_PIDS+=("$pid")
  for _ in $(seq 100); do curl -fs "$base/healthz" >/dev/null && break; sleep 0.1; done
  if ! kill -0 "$pid" 2>/dev/null || ! curl -fs "$base/healthz" >/dev/null; then
    echo "the server did not start on port $port (is something else listening there?)" >&2
    return 1
  fi
  run_wrk() { # file, url, connections, extra wrk arguments...
    local file=$1 target=$2 c=$3
    shift 3
    wrk -t2 -c"$c" -d"${duration}s" --latency "$@" "$target" >"$dir/$file.txt"
  }

  say "$store: wrk, $connections connections, 2 threads, ${duration}s each, after a 2 s warm-up"
  local session
  session=$(target/release/examples/load citizen "$base" "$dir/outbox")
  wrk -t2 -c"$connections" -d2s "$base/" >/dev/null
  run_wrk asset "$base/pkg/portico.css" "$connections"
  run_wrk home "$base/" "$connections"
  run_wrk question "$base/services/parking-permit/address" "$connections" -H "Cookie: portico_session=$session"
  run_wrk check "$base/services/bulky-waste/check-answers" "$connections" -H "Cookie: portico_session=$session"
  ASSET_RPS=$(rps_of "$dir/asset.txt") HOME_RPS=$(rps_of "$dir/home.txt")

  say "$store: $submissions guests' drafts prepared, then sent $connections at a time"
  target/release/examples/load submissions "$base" "$submissions" "$connections" | tee "$dir/submissions.txt"
  local stored receipts
  if [ "$store" = postgres ]; then
    stored=$(psql -qtA "$url" -c "SELECT count(*) FROM requests WHERE service = 'bulky-waste'")
    receipts=$(psql -qtA "$url" -c "SELECT count(*) FROM outbox WHERE kind = 'receipt'")
  else
    stored=$(sqlite3 "$dir/bench.db" "SELECT count(*) FROM requests WHERE service = 'bulky-waste'")
    receipts=$(sqlite3 "$dir/bench.db" "SELECT count(*) FROM outbox WHERE kind = 'receipt'")
  fi
  echo "  stored: $stored requests, $receipts receipts in the outbox"

  say "$store: seeding $count requests, then the caseworkers' pages"
  local seeded=$SECONDS
  env "${env[@]}" target/release/portico seed --requests "$count" --confirm
  echo "  seeded in $((SECONDS - seeded)) s"
  echo "a bench passphrase" | env "${env[@]}" target/release/portico staff add --email bench@seed.portico.invalid --name Bench --role admin >/dev/null
  local jar="$dir/cookies" token staff
  token=$(curl -fs -c "$jar" "$base/staff/sign-in" | sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -b "$jar" -c "$jar" -o /dev/null --data-urlencode "csrf_token=$token" --data-urlencode "email=bench@seed.portico.invalid" \
    --data-urlencode "password=a bench passphrase" -H "Origin: $base" "$base/staff/sign-in"
  staff=$(awk '$6 == "portico_session" { print $7 }' "$jar")
  run_wrk queue "$base/staff/requests" 8 -H "Cookie: portico_session=$staff"
  run_wrk filtered "$base/staff/requests?status=in_review&sort=due" 8 -H "Cookie: portico_session=$staff"
  run_wrk dashboard "$base/staff" 8 -H "Cookie: portico_session=$staff"

  printf '\n==> %s: results\n  %-40s %10s %9s %9s %8s %8s %8s\n' "$store" "page" "req/s" "p50" "p99" "non-2xx" "/asset" "/home"
  summarise "static asset (/pkg/portico.css)" "$dir/asset.txt"
  summarise "home page, anonymous" "$dir/home.txt"
  summarise "question page, signed in, with a draft" "$dir/question.txt"
  summarise "check your answers, signed in" "$dir/check.txt"
  summarise "queue, first page ($count requests, c=8)" "$dir/queue.txt"
  summarise "queue, in review by due date (c=8)" "$dir/filtered.txt"
  summarise "dashboard (c=8)" "$dir/dashboard.txt"
  sed 's/^/  completed /' "$dir/submissions.txt"
  echo "  peak server memory (VmHWM): $(($(awk '/VmHWM/ { print $2 }' "/proc/$pid/status") / 1024)) MiB"
  if [ "$store" = sqlite ]; then page_weight "$session" "$base"; fi
  kill "$pid"
}

# What a question page weighs, gzipped as it crosses the network: its HTML, the stylesheet, the
# island script and the WASM bundle.
page_weight() {
  local site=target/site/pkg html js wasm css
  html=$(curl -fs -H "Cookie: portico_session=$1" "$2/services/parking-permit/address" | gzip -9 | wc -c)
  css=$(gzip -9 <"$site/portico.css" | wc -c)
  js=$(gzip -9 <"$site/portico.js" | wc -c)
  wasm=$(gzip -9 <"$site/portico.wasm" | wc -c)
  printf '\n==> a question page, gzipped\n  HTML %d B + CSS %d B = %d B; JS %d B + WASM %d B = %d B\n' \
    "$html" "$css" $((html + css)) "$js" "$wasm" $((js + wasm))
}

cmd_bench() {
  build_tools
  apt_install wrk wrk
  apt_install sqlite3 sqlite3
  say "building a release, and the load tool"
  cargo leptos build --release
  cargo build --release --features ssr --example load
  BENCH_DIR=$(mktemp -d)
  trap bench_cleanup EXIT
  bench_store sqlite
  if [ "${PORTICO_BENCH_POSTGRES:-yes}" != no ] && psql -q "${PORTICO_BENCH_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/test}" -c 'SELECT 1' >/dev/null 2>&1; then
    bench_store postgres
  else
    echo "no PostgreSQL at ${PORTICO_BENCH_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/test}: skipping it"
  fi
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
  api-fuzz) cmd_api_fuzz ;;
  *) sed -n '2,10p' "$0"; exit 2 ;;
esac
