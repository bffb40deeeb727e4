#!/usr/bin/env bash
# Packs the CLI as a .NET tool, installs it into an empty folder and runs it from another empty folder on the bundled
# examples (issue 23): compile-weights on tiny-mlp (device card and example found inside the package), then a short
# cosim of bcu-small at the wired level (libklu.so.1) with provenance naming the ngspice library (libngspice.so.0).
#   tools/pack/test.sh [folder to keep the .nupkg in]      exit 0 when everything worked
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d /tmp/crossbarspice-pack.XXXXXX)"
trap 'rm -rf "$work"' EXIT
feed="${1:-$work/feed}"
mkdir -p "$feed" "$work/tool" "$work/run"

echo "pack: dotnet pack src/CrossbarSpice.Cli -> $feed" >&2
dotnet pack "$root/src/CrossbarSpice.Cli/CrossbarSpice.Cli.csproj" -c Release -o "$feed" --nologo -v q -tl:off "-clp:ErrorsOnly;NoSummary" >&2
ls -l "$feed"/CrossbarSpice.Cli.*.nupkg >&2

echo "pack: dotnet tool install --tool-path (empty folder) --add-source $feed CrossbarSpice.Cli" >&2
# A private package cache: the user-wide one may hold an older build of the same version.
NUGET_PACKAGES="$work/packages" dotnet tool install --tool-path "$work/tool" --add-source "$feed" CrossbarSpice.Cli >&2

cd "$work/run"   # an empty folder: nothing of the repository is reachable by relative paths
crossbar="$work/tool/crossbar"
"$crossbar" --version | head -1
"$crossbar" compile-weights --arch netlists/examples/tiny-mlp/architecture.json --weights netlists/examples/tiny-mlp/weights.npz \
  --device device-cards/ti-alox-taox-pt.json --out tiny-mlp
test -f tiny-mlp/manifest.json
test -f tiny-mlp/lib/periphery.sub
grep -q '"ngspice": "ngspice-' tiny-mlp/provenance.json
"$crossbar" compile-weights --arch netlists/examples/bcu-small/architecture.json --weights netlists/examples/bcu-small/weights.npz \
  --device device-cards/ti-alox-taox-pt.json --cell passive --output-volts 0.2 --out bcu-small > /dev/null
"$crossbar" cosim --design bcu-small --samples 3 --levels ideal,wired --out cosim | head -4
test -f cosim/accuracy.csv
echo "pack: the installed tool compiled tiny-mlp and co-simulated bcu-small from an empty folder" >&2
