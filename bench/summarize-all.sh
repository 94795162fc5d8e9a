#!/usr/bin/env bash
# Whole-process benchmark of `chorus summarize --clusters` for every method: wall time and peak
# memory (max RSS) per method, measured by GNU time. Prints a Markdown table row per method.
#
#   bench/summarize-all.sh [CLUSTERS_FILE] [WORDS] [METHODS...]
#
# Defaults: ../shared/datasets/multinews/multinews.val.jsonl.gz, 300 words, every method.
# Needs GNU time (Debian package `time`).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
clusters="${1:-$root/../shared/datasets/multinews/multinews.val.jsonl.gz}"
words="${2:-300}"
shift $(( $# > 2 ? 2 : $# ))
methods=("$@")
if [ ${#methods[@]} -eq 0 ]; then
  mapfile -t methods < <("$root/chorus" methods)
fi
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
echo "| method | clusters done | skipped | wall time (s) | peak RSS (MiB) |"
echo "|---|---:|---:|---:|---:|"
for method in "${methods[@]}"; do
  log="$out/$method.log"
  /usr/bin/time -f 'WALL %e RSS %M' "$root/chorus" summarize --clusters "$clusters" \
    --out "$out/$method" --words "$words" --method "$method" 2>"$log" || true
  done_line=$(grep -E 'clusters done' "$log" | tail -1)
  wall=$(awk '/^WALL/ {print $2}' "$log")
  rss=$(awk '/^WALL/ {printf "%.0f", $4/1024}' "$log")
  done_n=$(sed -E 's/.* ([0-9]+) clusters done.*/\1/' <<<"$done_line")
  skipped=$(sed -E 's/.*done, ([0-9]+) skipped.*/\1/' <<<"$done_line")
  echo "| $method | $done_n | $skipped | $wall | $rss |"
done
