#!/bin/sh
# Step responses of ohmic N×N tiles with the wire card's 2 Ω and 0.693 fF per segment (docs/timing-arrays.md):
# ngspice's .tran vs the exact array solver's transient mode on the same deck, both times in one run, the largest
# |ΔV| over every wire node and |ΔI| over every column current at ngspice's time points, the Elmore estimate beside
# the measured first moment and 0.1 % settling time. ngspice runs up to 64×64; larger tiles: the solver alone.
# Usage: tools/bench/rc-transient.sh [sizes] [out.md] [plot.png]
set -eu
cd "$(dirname "$0")/../.."
sizes="${1:-32,64,128}"
out="${2:-}"
plot="${3:-}"
set -- rc-transient --sizes "$sizes"
[ -n "$out" ] && set -- "$@" --out "$out"
[ -n "$plot" ] && set -- "$@" --plot "$plot"
exec dotnet run -c Release --project tools/CrossbarSpice.Benchmarks -- "$@"
