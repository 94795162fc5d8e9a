#!/usr/bin/env bash
# Whole-process benchmark of `chorus summarize --clusters` for every method: wall time and peak
# memory (max RSS) per method, measured by GNU time. Prints a Markdown table row per method.
#
#   bench/summarize-all.sh [CLUSTERS_FILE] [WORDS] [METHODS...]
#
# Defaults: ../shared/datasets/multinews/multinews.val.jsonl.gz, 300 words, every method.
# REPEAT=N runs each method N times (default 1) and reports the best and the median wall time and
# the load average (1 min) before each run; every run writes into a new, empty directory under
# $TMPDIR (default /tmp; TMPDIR=/dev/shm puts the output in memory, which takes the file system's
# cost of creating thousands of files out of the measurement).
# Needs GNU time (Debian package `time`).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
clusters="${1:-$root/../shared/datasets/multinews/multinews.val.jsonl.gz}"
words="${2:-300}"
repeat="${REPEAT:-1}"
shift $(( $# > 2 ? 2 : $# ))
methods=("$@")
if [ ${#methods[@]} -eq 0 ]; then
  mapfile -t methods < <("$root/chorus" methods)
fi
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }
"$root/chorus" methods >/dev/null # builds first if needed, outside the timings
out="$(mktemp -d -p "${TMPDIR:-/tmp}")"
trap 'rm -rf "$out"' EXIT
echo "| method | clusters done | skipped | best wall (s) | median wall (s) | peak RSS (MiB) | load |"
echo "|---|---:|---:|---:|---:|---:|---|"
for method in "${methods[@]}"; do
  walls=()
  loads=()
  rss=0
  for run in $(seq "$repeat"); do
    log="$out/$method.log"
    rm -rf "$out/$method"
    loads+=("$(cut -d' ' -f1 /proc/loadavg)")
    /usr/bin/time -f 'WALL %e RSS %M' "$root/chorus" summarize --clusters "$clusters" \
      --out "$out/$method" --words "$words" --method "$method" 2>"$log" || true
    done_line=$(grep -E 'clusters done' "$log" | tail -1)
    walls+=("$(awk '/^WALL/ {print $2}' "$log")")
    rss=$(awk -v r="$rss" '/^WALL/ {m = $4 / 1024; printf "%.0f", (m > r ? m : r)}' "$log")
  done
  sorted=$(printf '%s\n' "${walls[@]}" | sort -g)
  best=$(head -1 <<<"$sorted")
  median=$(awk '{a[NR] = $1} END {print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2)}' <<<"$sorted")
  done_n=$(sed -E 's/.* ([0-9]+) clusters done.*/\1/' <<<"$done_line")
  skipped=$(sed -E 's/.*done, ([0-9]+) skipped.*/\1/' <<<"$done_line")
  echo "| $method | $done_n | $skipped | $best | $median | $rss | ${loads[*]} |"
done
