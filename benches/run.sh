#!/usr/bin/env bash
# Reruns every tenderdesk benchmark and prints the figures for BENCHMARKS.md.
#   benches/run.sh            # 10,000 and 100,000 postings
#   COUNTS="10000" benches/run.sh   # a quicker run
#   benches/quick.sh                # issue 16's quick check: import/parse and fzf at 10,000
# Work files go to $BENCH_DIR (default target/bench-data); nothing runs in CI.
set -euo pipefail
cd "$(dirname "$0")/.."
COUNTS=${COUNTS:-"10000 100000"}
DIR=${BENCH_DIR:-target/bench-data}
RUNS=${RUNS:-5}

need() { # tool, apt package
    command -v "$1" >/dev/null || { echo "installing $2"; sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo; $sudo apt-get install -y "$2" >/dev/null; }
}
need fzf fzf; need rg ripgrep; need hyperfine hyperfine
[ -x /usr/bin/time ] || need time time

cargo build --release --quiet
cargo bench --bench bench --no-run --quiet 2>/dev/null || cargo bench --bench bench --no-run
B=$(ls -t target/release/deps/bench-* | grep -v '\.d$' | head -1)
TD=target/release/tenderdesk
mkdir -p "$DIR"
echo "machine: $(nproc) cores, $(uname -sr); $(rustc --version)"
$B parse 10000

for N in $COUNTS; do
    echo; echo "=== $N postings ==="
    P=$DIR/p$N; DB=$DIR/$N.db
    [ -d "$P" ] && [ "$(ls "$P" | wc -l)" = "$N" ] || { rm -rf "$P"; $B gen "$P" "$N"; }
    MB=$(du -sm --apparent-size "$P" | cut -f1)
    # parsing alone on the same files and cores, for the import/parse ratio
    PARSE=$($B parse-dir "$P"); echo "$PARSE"
    PRATE=$(echo "$PARSE" | sed -E 's/.*cores: ([0-9]+) postings.*/\1/')
    # import, end to end (read + parse + store), into a fresh database each
    # run, timed with its peak memory in the same run; three runs at 10,000,
    # one at 100,000 (each takes minutes there)
    RUNS_IMPORT=${IMPORT_RUNS:-$([ "$N" -le 20000 ] && echo 3 || echo 1)}
    S=""; PEAK=0
    for _ in $(seq "$RUNS_IMPORT"); do
        rm -f "$DB" "$DB-wal" "$DB-shm" "$DB.lock"
        OUT=$(/usr/bin/time -f "%e %M" "$TD" --db "$DB" import "$P" 2>&1 >/dev/null | tail -1)
        T=${OUT% *}; M=${OUT#* }
        S=$(python3 -c "print(min(x for x in [$T, ${S:-$T}]))"); [ "$M" -gt "$PEAK" ] && PEAK=$M
    done
    python3 -c "print(f'import: {$N/$S:.0f} postings/s, {$MB/$S:.1f} MB/s ($N postings, $MB MB, {$S:.2f} s, best of $RUNS_IMPORT); import/parse {$N/$S/$PRATE:.2f} (goal >= 0.50)')"
    echo "import peak memory: $PEAK KB"
    echo "database size: $(du -m "$DB" | cut -f1) MB (+ $(du -m "$DB-wal" 2>/dev/null | cut -f1 || echo 0) MB WAL)"
    $B startup "$DB"
    /usr/bin/time -v "$TD" --db "$DB" list --stage open 2>&1 >/dev/null | grep -E "Maximum resident" | sed 's/^\s*/list (every posting loaded) peak memory: /'
    /usr/bin/time -v "$TD" --db "$DB" list --search klantmgr 2>&1 >/dev/null | grep -E "Maximum resident" | sed 's/^\s*/list --search peak memory: /'
    # the interface with every posting loaded: run it in tmux until the
    # header shows the whole list, then read its peak resident size
    if command -v tmux >/dev/null; then
        tmux kill-session -t td-bench 2>/dev/null || true
        tmux new-session -d -s td-bench -x 120 -y 40 "$TD --db $DB"
        for _ in $(seq 1 300); do
            sleep 0.1
            tmux capture-pane -t td-bench -p | grep -q "postings · sorted" && break
        done
        pid=$(pgrep -f -n "$TD --db $DB$" || true)
        [ -n "$pid" ] && grep VmHWM "/proc/$pid/status" | sed 's/^/interface, every posting loaded, peak: /'
        tmux kill-session -t td-bench
    fi
    $B filters "$DB"
    $B typing "$DB"
    $B typing-app "$DB" 3
    $B fts "$DB"
    # side by side: whole-process fuzzy search vs fzf --filter over the same keys
    $B keys "$DB" "$DIR/keys-$N.txt"
    hyperfine --runs "$RUNS" --warmup 1 \
        "$TD --db $DB list --search klantmgr > /dev/null" \
        "fzf --filter klantmgr -i < $DIR/keys-$N.txt > /dev/null" \
        "fzf --filter klantmgr -i < $DIR/keys-$N.txt.full > /dev/null" \
        --export-markdown "$DIR/fuzzy-$N.md" >/dev/null
    cat "$DIR/fuzzy-$N.md"
    # side by side: full-text search vs rg -l over the files
    hyperfine --runs "$RUNS" --warmup 1 -i \
        "$TD --db $DB search-text opvang > /dev/null" \
        "rg -l -i opvang $P > /dev/null" \
        "$TD --db $DB search-text '\"huisvesting van vergunninghouders\"' > /dev/null" \
        "rg -l -i -F 'huisvesting van vergunninghouders' $P > /dev/null" \
        --export-markdown "$DIR/fts-$N.md" >/dev/null
    cat "$DIR/fts-$N.md"
done

# inputs of odd shapes (issue 16): each at its full size through parse --json
# and import, wall time and peak; the goal (1 s/MB, peak at most 20x the
# input above a one-page posting's) is checked by the reliability harness
echo; echo "=== inputs of odd shapes ==="
cargo build --release --quiet --example reliability
target/release/examples/reliability make-shapes "$DIR/shapes" >/dev/null
for F in data/postings/hilversum-30828-coordinator-vluchtelingenopvang.txt "$DIR"/shapes/*; do
    rm -f "$DIR/shape.db"*
    for CMD in "parse --json" "import"; do
        # shellcheck disable=SC2086
        /usr/bin/time -v "$TD" --db "$DIR/shape.db" $CMD "$F" 2>&1 >/dev/null \
            | awk -v f="$(basename "$F") ($(du -k --apparent-size "$F" | cut -f1) KB), $CMD" \
                '/Elapsed/{t=$NF} /Maximum resident/{m=$NF} END{printf "%s: %s, peak %d MB\n", f, t, m/1024}'
    done
done
# the harness fails when a limit is passed; its message names each figure
target/release/examples/reliability --bin "$TD" --only odd-inputs 2>&1 \
    | grep -E "passed|s CPU|ok" || true
