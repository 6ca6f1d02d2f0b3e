#!/usr/bin/env bash
# Scale test for `policyparse batch`: generates N notices (renamed variants and copies of the
# samples in every supported format: UTF-8, GB18030 and UTF-16 text, Word), converts them with one
# `batch` run under /usr/bin/time -v, re-runs it with --incremental, and for comparison runs
# `extract` once per file over the first SUBSET files (extrapolated to N). Release build.
#
#   benchmarks/batch-scale.sh [N=3000] [SUBSET=200] [JOBS=$(nproc)]
#   CLI=dist/policyparse benchmarks/batch-scale.sh ...   # measure a published (native AOT) binary
#
# Prints notices/second and peak RSS for each; leaves the work folder (printed) for inspection
# unless KEEP=0. RUNS picks the measurements (default all): "json all3 incremental jobs1 extract".
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-3000}
SUBSET=${2:-200}
JOBS=${3:-$(nproc)}
RUNS=${RUNS:-json all3 incremental jobs1 extract}
wants() { [[ " $RUNS " == *" $1 "* ]]; }
export CI=true DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# CLI=path runs another build, e.g. the native one: CLI=dist/policyparse benchmarks/batch-scale.sh
if [ -n "${CLI:-}" ]; then cli=$(realpath "$CLI")
else
  dotnet build src/PolicyParse.Cli -c Release -v quiet -nologo >/dev/null
  cli="$PWD/src/PolicyParse.Cli/bin/Release/net10.0/policyparse"
fi
work=$(mktemp -d /tmp/policyparse-scale-XXXXXX)
pool="$work/pool" in="$work/in"
mkdir -p "$pool" "$in"

# A pool of distinct notices: the 2021 text notice with another district and year (so no two
# differ only by name), re-encoded; Word copies; the 2022 notice whose text table cannot be
# rebuilt (a warning-level outcome); and junk (a failure).
districts=(涪陵 长寿 江津 合川 永川 南川 綦江 大足 璧山 铜梁)
fuling=samples/2021-fuling-zhengwu-yaodian.txt
for i in "${!districts[@]}"; do
  for year in 2019 2020 2021 2022 2023; do
    v="$pool/${i}-${year}"
    sed -e "s/涪陵/${districts[$i]}/g" -e "s/2021/${year}/g" "$fuling" > "$v.utf8.txt"
    iconv -f UTF-8 -t GB18030 "$v.utf8.txt" > "$v.gb18030.txt"
    iconv -f UTF-8 -t UTF-16 "$v.utf8.txt" > "$v.utf16.txt"
    sed -e "s/2022/${year}/g" samples/2022-chongqing-zhengwu-yaodian.txt > "$v.notable.txt"
  done
done
cp samples/2021-fuling-zhengwu-yaodian.docx "$pool/fuling.docx"
cp samples/2022-chongqing-zhengwu-yaodian.docx "$pool/chongqing.docx"
head -c 8192 /dev/urandom > "$pool/junk.bin" && printf '\001' | dd of="$pool/junk.bin" conv=notrunc status=none

# N inputs in folders of 100: per 10 files 4 UTF-8, 1 GB18030, 1 UTF-16, 3 Word, 1 no-table; every 500th is junk.
mapfile -t variants < <(cd "$pool" && ls *.utf8.txt | sed 's/\.utf8\.txt$//')
for ((k = 0; k < N; k++)); do
  dir="$in/$(printf 'batch-%03d' $((k / 100)))"
  [ $((k % 100)) -eq 0 ] && mkdir -p "$dir"
  v=${variants[$((k % ${#variants[@]}))]}
  name=$(printf 'notice-%05d' "$k")
  if [ $((k % 500)) -eq 499 ]; then src="$pool/junk.bin" ext=txt
  else case $((k % 10)) in
    0|1|2|3) src="$pool/$v.utf8.txt" ext=txt ;;
    4) src="$pool/$v.gb18030.txt" ext=txt ;;
    5) src="$pool/$v.utf16.txt" ext=txt ;;
    6|7) src="$pool/fuling.docx" ext=docx ;;
    8) src="$pool/chongqing.docx" ext=docx ;;
    9) src="$pool/$v.notable.txt" ext=txt ;;
  esac; fi
  cp "$src" "$dir/$name.$ext"
done
echo "generated $N notices in $in ($(du -sh "$in" | cut -f1))"

measure() { # label, log, command...: runs under /usr/bin/time -v; prints wall seconds and peak RSS (MiB)
  local label=$1 log=$2; shift 2
  /usr/bin/time -v "$@" >"$log.out" 2>"$log.time" || true
  local wall rss cpu
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$log.time")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$log.time")
  cpu=$(awk -F': ' '/Percent of CPU/ { print $2 }' "$log.time")
  echo "$label|$wall|$rss MiB, CPU $cpu"
}

echo
echo "jobs=$JOBS, $(nproc) cores, $(dotnet --version) SDK, load average $(cut -d' ' -f1-3 /proc/loadavg) before the runs"
if wants json; then
r=$(measure "batch json" "$work/batch" "$cli" batch "$in" -o "$work/out" --jobs "$JOBS")
IFS='|' read -r _ wall rss <<<"$r"
echo "batch -f json:            $N notices in ${wall}s = $(awk -v n="$N" -v s="$wall" 'BEGIN { printf "%.0f", n / s }') notices/s, peak RSS ${rss}"
grep -E '^\| (files|ok|with warnings|failed|tasks) ' "$work/batch.out" | tr -s ' '
fi

if wants all3; then
r=$(measure "batch json,csv,yaml" "$work/batch3" "$cli" batch "$in" -o "$work/out3" -f json,csv,yaml --jobs "$JOBS")
IFS='|' read -r _ wall rss <<<"$r"
echo "batch -f json,csv,yaml:   $N notices in ${wall}s = $(awk -v n="$N" -v s="$wall" 'BEGIN { printf "%.0f", n / s }') notices/s, peak RSS ${rss}"
fi

if wants incremental; then
wants json || "$cli" batch "$in" -o "$work/out" --jobs "$JOBS" >/dev/null || true
r=$(measure "incremental" "$work/incr" "$cli" batch "$in" -o "$work/out" --jobs "$JOBS" --incremental)
IFS='|' read -r _ wall rss <<<"$r"
echo "batch --incremental (all unchanged): ${wall}s, peak RSS ${rss} ($(grep -c '] skipped ' "$work/incr.out") skipped)"
fi

if wants jobs1; then
r=$(measure "batch jobs 1" "$work/batch1" "$cli" batch "$in" -o "$work/out1" --jobs 1)
IFS='|' read -r _ wall rss <<<"$r"
echo "batch -f json --jobs 1:   $N notices in ${wall}s = $(awk -v n="$N" -v s="$wall" 'BEGIN { printf "%.0f", n / s }') notices/s, peak RSS ${rss}"
fi

if wants extract; then
# One process per file, as a shell loop over the first SUBSET inputs in batch order.
find "$in" -type f | LC_ALL=C sort > "$work/all"
head -n "$SUBSET" "$work/all" > "$work/subset" # not a pipe: head closing early would fail pipefail
mkdir -p "$work/per-file"
r=$(measure "extract loop" "$work/extract" bash -c 'i=0; while read -r f; do i=$((i+1)); "$0" extract "$f" -o "$1/$i.json" || true; done < "$2"' "$cli" "$work/per-file" "$work/subset")
IFS='|' read -r _ wall rss <<<"$r"
echo "extract per file:         $SUBSET notices in ${wall}s = $(awk -v n="$SUBSET" -v s="$wall" 'BEGIN { printf "%.1f", n / s }') notices/s, peak RSS ${rss} (largest process); extrapolated to $N: $(awk -v n="$N" -v m="$SUBSET" -v s="$wall" 'BEGIN { printf "%.0f", s * n / m }')s"
fi

if [ "${KEEP:-1}" = 0 ]; then rm -rf "$work"; else echo "work folder: $work"; fi
