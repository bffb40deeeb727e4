#!/usr/bin/env bash
# Fault runs beyond the CI budget: SIGINT and SIGKILL at POINTS seeded points (default 10) per verb (compile-weights,
# cosim, sweep on bcu-small), each followed by a rerun that must write the uninterrupted run's bytes, and the disk-full
# cases (a 64 KiB tmpfs as --out; root needed, else they are reported as skipped). SEED defaults to today's date, so
# each night lands the signals elsewhere; a failure prints the verb, signal and point to replay with the same SEED.
#   tools/fault/run.sh [POINTS] [SEED]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
export CROSSBARSPICE_FAULT_POINTS="${1:-10}"
export CROSSBARSPICE_FAULT_SEED="${2:-$(date +%Y%m%d)}"
echo "fault: $CROSSBARSPICE_FAULT_POINTS point(s) per verb and signal from seed $CROSSBARSPICE_FAULT_SEED" >&2
dotnet test tests/CrossbarSpice.Cli.Tests -c Release --nologo -tl:off --filter "FullyQualifiedName~.Faults." \
  --logger "console;verbosity=detailed" 2>&1 \
  | grep -E " point [0-9]+:|Skipped|\[FAIL\]|Passed!|Failed!|Total tests|Passed:|Failed:|error" | sed 's/^\[xUnit[^]]*\] *//' | awk '!seen[$0]++'
exit "${PIPESTATUS[0]}"
