#!/bin/sh
# The BCU (netlists/examples/bcu, 128x128 tiles, 2 ohm wire segments, the README's compile) at the spice level:
# compiles it once into .build/bench/bcu-2ohm, then times `cosim --levels wired,spice` on N images with
# /usr/bin/time -v (wall, user + system CPU seconds, peak RSS) and prints the load average before and after, the
# spice level's per-stage wall times and the spice-vs-wired |dV| per layer (docs/cosim-bcu.md "How long").
# Usage: tools/bench/bcu-spice.sh [images (default 1)] [extra cosim options, e.g. --spice-arrays full]
set -eu
cd "$(dirname "$0")/../.."
n="${1:-1}"
[ $# -gt 0 ] && shift
design=.build/bench/bcu-2ohm
out=.build/bench/bcu-2ohm-spice-$n
if [ ! -f "$design/manifest.json" ]; then
  ./crossbar compile-weights --arch netlists/examples/bcu/architecture.json --weights netlists/examples/bcu/weights.npz \
    --device device-cards/ti-alox-taox-pt.json --cell passive --rwire 2 --output-volts 0.5 --out "$design" >/dev/null
fi
./crossbar --help >/dev/null 2>&1 || true   # builds the CLI first, outside the timed run
rm -rf "$out"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) core(s)"
/usr/bin/time -v ./crossbar cosim --design "$design" --samples "$n" --levels wired,spice --save-outputs --out "$out" "$@" 2>"$out.time" \
  | grep -E "spice arrays|deck, wall|deck.cir,|correct|wired |spice "
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -E "Elapsed|User time|System time|Maximum resident" "$out.time"
echo "spice vs wired per layer (layer-deltas.csv):"
cat "$out/layer-deltas.csv"
