#!/usr/bin/env bash
# Rewrites the golden files under golden/ from the current code. Run only after deciding that a
# difference is a real improvement, and say in the commit why each file changed.
#
#   tools/update-golden.sh [dotnet test options]   the golden files the tests compare (simulate, compile-weights,
#                                                  characterize): the golden tests run with CROSSBARSPICE_UPDATE_GOLDEN=1
#   tools/update-golden.sh --only NAME [options]   the same, narrowed to the golden tests whose full name contains NAME
#                                                  (one new golden case recorded without rewriting the others)
#   tools/update-golden.sh cosim [--case NAME]     the golden co-simulation cases (golden/cosim/<case>/outputs.csv):
#                                                  ./crossbar golden update, which refuses a recording whose levels
#                                                  sit closer together than the case's tolerances can tell apart
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if [ "${1:-}" = "cosim" ]; then
  shift
  ./crossbar golden update "$@"
else
  filter="FullyQualifiedName~Golden|FullyQualifiedName~MatchesGolden"
  if [ "${1:-}" = "--only" ]; then
    [ -n "${2:-}" ] || { echo "Error: --only needs a test name fragment" >&2; exit 1; }
    filter="(${filter})&FullyQualifiedName~$2"
    shift 2
  fi
  CROSSBARSPICE_UPDATE_GOLDEN=1 dotnet test CrossbarSpice.sln -c Release --nologo --filter "$filter" "$@"
fi
git status --short golden
