#!/usr/bin/env bash
# Issue 16's quick check at 10,000 postings, one command, under five minutes
# on the 2-core machine once built (see BENCHMARKS.md, "Import (issue 16)"):
#   1. import end to end against parsing alone, same files, same cores: the
#      import/parse ratio (goal: at least 0.5);
#   2. `list --search` as a whole process against `fzf --filter` on the same
#      short keys (goal: no slower).
#   benches/quick.sh                          # 10,000 postings
#   N=2000 benches/quick.sh                   # fewer
#   TD_BEFORE=/tmp/td-old benches/quick.sh    # an older binary in the same rounds
# Work files go to $BENCH_DIR (default target/bench-data); nothing runs in CI.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-10000}
DIR=${BENCH_DIR:-target/bench-data}
RUNS=${RUNS:-3}

need() { # tool, apt package
    command -v "$1" >/dev/null || { echo "installing $2"; sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo; $sudo apt-get install -y "$2" >/dev/null; }
}
need fzf fzf; need hyperfine hyperfine

cargo build --release --quiet
cargo bench --bench bench --no-run --quiet 2>/dev/null || cargo bench --bench bench --no-run
B=$(ls -t target/release/deps/bench-* | grep -v '\.d$' | head -1)
TD=target/release/tenderdesk
mkdir -p "$DIR"
P=$DIR/p$N; DB=$DIR/quick-$N.db
[ -d "$P" ] && [ "$(ls "$P" | wc -l)" = "$N" ] || { rm -rf "$P"; $B gen "$P" "$N"; }
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(rustc --version)"

# 1. import/parse on the same files and cores: rounds of one parse pass
#    (every core) then each binary's import into a fresh database, so both
#    see about the same load on a shared machine (`bench ratio`)
$B ratio "$P" "$RUNS" "$TD" ${TD_BEFORE:+"$TD_BEFORE"}

# 2. whole-process fuzzy search against fzf on the same short keys
rm -f "$DB" "$DB-wal" "$DB-shm" "$DB.lock"
$TD --db "$DB" import "$P" >/dev/null
$B keys "$DB" "$DIR/quick-keys-$N.txt" >/dev/null
hyperfine --runs 20 --warmup 2 \
    "$TD --db $DB list --search klantmgr > /dev/null" \
    "fzf --filter klantmgr -i < $DIR/quick-keys-$N.txt > /dev/null" \
    --export-markdown "$DIR/quick-fuzzy.md" >/dev/null
cat "$DIR/quick-fuzzy.md"
