#!/bin/sh
# The spice level's tiles in ngspice, full subcircuit vs exact port equivalent (docs/spice-arrays.md): ohmic N×N
# tiles with 2 Ω wire segments, times of both ngspice .op runs and of the KLU reduction in one run, and the largest
# |ΔV| between them at every node outside the tile. Usage: tools/bench/spice-arrays.sh [sizes] [out.md]
set -eu
cd "$(dirname "$0")/../.."
sizes="${1:-32,64}"
out="${2:-}"
set -- --mode spice-arrays --sizes "$sizes" --segment-ohms 2
[ -n "$out" ] && set -- "$@" --out "$out"
exec dotnet run -c Release --project tools/CrossbarSpice.Benchmarks -- "$@"
