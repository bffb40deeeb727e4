#!/usr/bin/env bash
# Runs every test of the solution (installing missing Debian packages first), then the Slurm scale-out test
# (tools/slurm/test.sh: the job-array examples on a one-node Slurm it starts; needs root), and ends with one line
# "N passed, N failed, N skipped" summed over all test projects and the Slurm test's checks.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
tools/setup.sh --no-build

log="$(mktemp)"
slurm_log="$(mktemp)"
trap 'rm -f "$log" "$slurm_log"' EXIT
status=0
dotnet test CrossbarSpice.sln -c Release --nologo "$@" 2>&1 | tee "$log" || status=$?
echo "tools/test.sh: Slurm scale-out test (tools/slurm/test.sh)"
tools/slurm/test.sh 2>&1 | tee "$slurm_log" || status=1

# vstest prints one line per test assembly: "Passed!  - Failed: 0, Passed: 12, Skipped: 0, Total: 12, ..."; the Slurm
# test ends with "slurm checks: N passed, N failed" (missing when it crashed: counted as one failure).
awk 'FILENAME == ARGV[2] && /^slurm checks: [0-9]+ passed, [0-9]+ failed$/ { p += $3; f += $5; slurm = 1; next }
     FILENAME == ARGV[1] && /(Passed|Failed)! +- +Failed:/ {
       for (i = 1; i <= NF; i++) {
         gsub(",", "", $(i+1));
         if ($i == "Failed:") f += $(i+1);
         if ($i == "Passed:") p += $(i+1);
         if ($i == "Skipped:") s += $(i+1);
       }
       n++
     }
     END { if (!slurm) f++
           if (n == 0) { printf "%d passed, %d failed\n", p, f; exit 1 }
           printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log" "$slurm_log" || status=1
[ "$status" -eq 0 ] || echo "tools/test.sh: dotnet test, the Slurm test or the summary failed (exit $status); see the output above" >&2
exit "$status"
