#!/usr/bin/env bash
# Whole-process scaling of `chorus summarize` on ONE story of N articles: wall time and peak memory
# (max RSS, GNU time) per story size and method, with the story's sentence counts. The stories are
# the first N articles of Multi-News train pooled into one (dev.chorus.bench.PooledStories), written
# to a temporary directory under /tmp (never into the repository: the articles are licensed data).
#
#   bench/scaling.sh [N...]          default: 10 100 1000 10000
#
# Environment: METHODS (default "lead mmr lexrank klsum textrank submodular"), WORDS (default 300),
# TRAIN (default ../shared/datasets/multinews/multinews.train.jsonl.gz), REPEAT (runs per cell, the
# best wall time is printed; default 1), KEEP=1 keeps the temporary directory. Needs GNU time.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
train="${TRAIN:-$root/../shared/datasets/multinews/multinews.train.jsonl.gz}"
words="${WORDS:-300}"
repeat="${REPEAT:-1}"
read -r -a methods <<<"${METHODS:-lead mmr lexrank klsum textrank submodular}"
sizes=("$@")
if [ ${#sizes[@]} -eq 0 ]; then
  sizes=(10 100 1000 10000)
fi
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }
[ -f "$train" ] || { echo "no such file: $train (set TRAIN)" >&2; exit 2; }

work="$(mktemp -d /tmp/chorus-scaling.XXXXXX)"
if [ -z "${KEEP:-}" ]; then
  trap 'rm -rf "$work"' EXIT
else
  echo "keeping $work" >&2
fi

bench_jar="$root/chorus-bench/target/benchmarks.jar"
if [ ! -f "$bench_jar" ]; then
  (cd "$root" && mvn -q -B -ntp -DskipTests -pl chorus-bench -am package) >&2
fi
java -cp "$bench_jar" dev.chorus.bench.PooledStories "$train" "$work" "${sizes[@]}" >/dev/null
"$root/chorus" methods >/dev/null # builds the command line first, outside the timings

echo "| articles | sentences | kept after cleaning | method | wall (s) | peak RSS (MiB) |"
echo "|---:|---:|---:|---|---:|---:|"
for n in "${sizes[@]}"; do
  file="$work/pooled-$n.jsonl"
  # Sentence counts from the cleaning report (untimed): split = kept + dropped by cleaning.
  summary=$("$root/chorus" summarize --clusters "$file" --out "$work/count-$n" --words "$words" \
    --method lead --explain-cleaning 2>&1 >/dev/null | grep -m1 '^cleaning-summary' || true)
  kept=$(sed -E 's/.*kept=([0-9]+).*/\1/' <<<"$summary")
  dropped=$(sed -E 's/.*dropped=([0-9]+).*/\1/' <<<"$summary")
  for method in "${methods[@]}"; do
    best_wall=""
    best_rss=""
    for _ in $(seq "$repeat"); do
      log="$work/$method-$n.log"
      /usr/bin/time -f 'WALL %e RSS %M' "$root/chorus" summarize --clusters "$file" \
        --out "$work/out-$method-$n" --words "$words" --method "$method" 2>"$log" || true
      wall=$(awk '/^WALL/ {print $2}' "$log")
      rss=$(awk '/^WALL/ {printf "%.0f", $4/1024}' "$log")
      if ! grep -q '1 clusters done, 0 skipped' "$log"; then
        wall="failed: $(grep -m1 'chorus:' "$log" || echo see log)"
      fi
      if [ -z "$best_wall" ] || awk -v a="$wall" -v b="$best_wall" 'BEGIN {exit !(a < b)}'; then
        best_wall="$wall"
        best_rss="$rss"
      fi
    done
    echo "| $n | $((kept + dropped)) | $kept | $method | $best_wall | $best_rss |"
  done
done
