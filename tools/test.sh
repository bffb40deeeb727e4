#!/usr/bin/env bash
# Runs every test of the solution (installing missing Debian packages first) and ends with one line
# "N passed, N failed, N skipped" summed over all test projects.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
tools/setup.sh --no-build

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
dotnet test CrossbarSpice.sln -c Release --nologo "$@" 2>&1 | tee "$log" || status=$?

# vstest prints one line per test assembly: "Passed!  - Failed: 0, Passed: 12, Skipped: 0, Total: 12, ..."
awk '/(Passed|Failed)! +- +Failed:/ {
       for (i = 1; i <= NF; i++) {
         gsub(",", "", $(i+1));
         if ($i == "Failed:") f += $(i+1);
         if ($i == "Passed:") p += $(i+1);
         if ($i == "Skipped:") s += $(i+1);
       }
       n++
     }
     END { if (n == 0) { print "0 passed, 0 failed"; exit 1 } printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log" || status=1
[ "$status" -eq 0 ] || echo "tools/test.sh: dotnet test or the summary failed (exit $status); see the output above" >&2
exit "$status"
