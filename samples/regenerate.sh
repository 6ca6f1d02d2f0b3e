#!/usr/bin/env bash
# Regenerates the example outputs next to each sample notice. The tests compare these approved
# files with what the parser produces, so review `git diff samples/` after running this.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/PolicyParse.Cli -c Release -v quiet -nologo >/dev/null
cli=src/PolicyParse.Cli/bin/Release/net10.0/policyparse
for notice in samples/*.txt; do
  stem="${notice%.txt}"
  for format in json csv yaml; do
    # Exit code 6 (no task table) still writes metadata and sections: keep those outputs too.
    "$cli" extract "$notice" --format "$format" --output "$stem.$format" || [ $? -eq 6 ]
  done
done
