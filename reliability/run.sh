#!/usr/bin/env bash
# Reruns the whole reliability harness of issue 9 (see RELIABILITY.md):
# the long runs (kills, concurrency, migration, backup, corrupt and bad
# files), the large proptest run and the fuzz targets.
#
#   reliability/run.sh            full counts (1,000 import kills, 4 x 1,000
#                                 changes, ...; fuzz 10 min per target)
#   reliability/run.sh --quick    reduced counts, fuzz 1 min per target
#
# Environment: FUZZ_SECONDS (per target), PROPTEST_CASES, SEED,
# SKIP_FUZZ=1, HARNESS_ARGS (extra flags for examples/reliability.rs, e.g.
# "--only import-kills --import-kills 50").
# The figures go to stdout and to target/reliability/<date>/.
set -euo pipefail
cd "$(dirname "$0")/.."

quick=0
[[ "${1:-}" == "--quick" ]] && quick=1

# tools the harness needs, installed with apt when missing
need() {
    command -v "$1" >/dev/null 2>&1 && return
    local sudo=""
    [[ $(id -u) -ne 0 ]] && sudo="sudo"
    $sudo apt-get update -qq && $sudo apt-get install -y -qq "$2"
}
need sqlite3 sqlite3
need tmux tmux
need cc build-essential
command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --locked

out="target/reliability/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
seed="${SEED:-$(date +%s)}"

if [[ $quick -eq 1 ]]; then
    counts="--import-kills 100 --stage-kills 50 --changes 250 --migrate-rounds 10 --backups 30 --flips 100"
    fuzz_seconds="${FUZZ_SECONDS:-60}"
    proptest_cases="${PROPTEST_CASES:-2000}"
else
    counts=""
    fuzz_seconds="${FUZZ_SECONDS:-600}"
    proptest_cases="${PROPTEST_CASES:-20000}"
fi

echo "== build (release)"
cargo build --release --bin tenderdesk --example reliability

echo "== fixtures are current (reliability/make_fixtures.sh recreates them)"
cargo test --release --test reliability_fast committed_fixtures

echo "== long runs (seed $seed)"
# shellcheck disable=SC2086
target/release/examples/reliability --bin target/release/tenderdesk --seed "$seed" \
    $counts ${HARNESS_ARGS:-} | tee "$out/figures.md"

echo "== proptest: $proptest_cases cases"
PROPTEST_CASES="$proptest_cases" cargo test --release --test parse_never_panics 2>&1 | tee "$out/proptest.log"

if [[ "${SKIP_FUZZ:-0}" != 1 ]]; then
    echo "== fuzz: $fuzz_seconds s per target"
    fx=tests/fixtures/formats
    declare -A seeds=(
        [parse]="data/postings" [dates]="data/postings" [amounts]="data/postings"
        [decode]="data/postings $fx/broken" [document]="data/postings $fx/eml $fx/html $fx/pdf-fpdf2 $fx/broken"
        [pdf]="$fx/pdf-fpdf2 $fx/pdf-libreoffice" [email]="$fx/eml $fx/alert" [html]="$fx/html"
    )
    for t in parse decode dates amounts document pdf email html; do
        mkdir -p "fuzz/corpus/$t"
        # the seed directories are read, never written (libFuzzer adds new
        # inputs to the first directory only)
        seed_dirs=""
        for s in ${seeds[$t]}; do [[ -d "$s" ]] && seed_dirs="$seed_dirs ../$s"; done
        # shellcheck disable=SC2086
        (cd fuzz && cargo fuzz run -s none --release "$t" "corpus/$t" $seed_dirs -- \
            -max_total_time="$fuzz_seconds" -timeout=2 -rss_limit_mb=2048 -print_final_stats=1) \
            > "$out/fuzz-$t.log" 2>&1 || { echo "fuzz $t FOUND A CRASH: $out/fuzz-$t.log"; tail -40 "$out/fuzz-$t.log"; exit 1; }
        runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$out/fuzz-$t.log" | grep -Eo '[0-9]+$' || echo "?")
        echo "fuzz $t: $runs executions in $fuzz_seconds s, no crash" | tee -a "$out/figures.md"
        # every input slower than 100 ms becomes a regression test
        target/release/examples/reliability slow-inputs "$t" "fuzz/corpus/$t" | tee -a "$out/figures.md"
    done
fi

echo "== done: $out"
