#!/usr/bin/env bash
# Instruction counts (valgrind callgrind) of the native binary: repeatable to a fraction of a
# percent whatever else the machine runs, unlike wall-clock times on a shared 2-core box.
#   benchmarks/instructions.sh /tmp/pp-aot/policyparse        # after dotnet publish … -o /tmp/pp-aot
# Prints one line per command: the instructions executed by the whole process.
set -euo pipefail
bin=${1:?usage: instructions.sh path/to/native/policyparse}
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# valgrind 3.19 cannot read the DWARF 5 of policyparse.dbg; a copy with the symbol table only
# (and a debug link that matches it) gives function names to callgrind_annotate.
cp "$bin" "$work/policyparse"
if [ -f "$bin.dbg" ]; then
  objcopy --strip-debug "$bin.dbg" "$work/policyparse.dbg"
  objcopy --remove-section=.gnu_debuglink "$work/policyparse"
  (cd "$work" && objcopy --add-gnu-debuglink=policyparse.dbg policyparse)
fi

count() { # label, command…
  local label=$1; shift
  local ir
  ir=$(valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$@" 2>&1 >/dev/null | awk '/refs:/ {print $NF}')
  printf '%-44s %s\n' "$label" "$ir"
  [ -n "${KEEP_PROFILES:-}" ] && cp "$work/cg.out" "${KEEP_PROFILES}/$(echo "$label" | tr ' /' '__').callgrind" || true
}

count "--version" "$work/policyparse" --version
for f in samples/2021-fuling-zhengwu-yaodian.txt samples/2022-chongqing-zhengwu-yaodian.txt \
         tests/fixtures/docx/2021-fuling.docx tests/fixtures/docx/2022-chongqing.docx; do
  count "extract $(basename "$f")" "$work/policyparse" extract "$f" -o "$work/out.json"
done
mkdir -p "$work/in"
for k in $(seq 0 9); do
  cp samples/2021-fuling-zhengwu-yaodian.txt "$work/in/a$k.txt"
  cp samples/2022-chongqing-zhengwu-yaodian.txt "$work/in/b$k.txt"
  cp tests/fixtures/docx/2021-fuling.docx "$work/in/c$k.docx"
  cp tests/fixtures/docx/2022-chongqing.docx "$work/in/e$k.docx"
done
count "batch of 40 (10 of each above), --jobs 2" "$work/policyparse" batch "$work/in" -o "$work/out" --jobs 2
