#!/usr/bin/env bash
# Nightly-style fuzzing of the file readers (npz, npy, safetensors, CSV weights, IDX, architecture JSON, device cards,
# SPICE netlists) and of ONNX models through compile-weights --model: CASES mutated inputs per reader (default 5000;
# CASES/3 compiles of onnx-cnn, CASES/25 runs of the CLI) from SEED (default: today's date, so each night explores new
# cases; a failure prints the case seed to replay with the same SEED).
#   tools/fuzz.sh [CASES] [SEED]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export CROSSBARSPICE_FUZZ_CASES="${1:-5000}"
export CROSSBARSPICE_FUZZ_SEED="${2:-$(date +%Y%m%d)}"
echo "fuzz: $CROSSBARSPICE_FUZZ_CASES case(s) per reader from seed $CROSSBARSPICE_FUZZ_SEED" >&2
dotnet test tests/CrossbarSpice.Fuzz.Tests -c Release --nologo -tl:off --logger "console;verbosity=detailed" 2>&1 \
  | grep -E "case\(s\) from seed|case seed|Passed!|Failed!|error" | sed 's/^\[xUnit[^]]*\] *//' | awk '!seen[$0]++'
exit "${PIPESTATUS[0]}"
