#!/usr/bin/env bash
# Installs the Debian packages CrossbarSpice needs (only those missing), then builds the solution.
#   tools/setup.sh            install what is missing, build
#   tools/setup.sh --check    exit 0 if nothing is missing, 1 otherwise (installs nothing)
#   tools/setup.sh --no-build install what is missing, do not build
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mode="${1:-}"

mapfile -t wanted < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$root/tools/debian-packages.txt" | awk '{print $1}')
missing=()
for package in "${wanted[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ "$mode" = "--check" ]; then
  [ "${#missing[@]}" -eq 0 ] && exit 0
  echo "missing Debian packages: ${missing[*]}" >&2
  exit 1
fi

if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}" >&2
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup: need root (or sudo) to install ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq >&2
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

command -v dotnet >/dev/null || { echo "setup: the .NET SDK (dotnet) is not on PATH; install .NET 10" >&2; exit 1; }

if [ "$mode" != "--no-build" ]; then
  echo "setup: building CrossbarSpice.sln" >&2
  dotnet build "$root/CrossbarSpice.sln" -c Release --nologo -v q -tl:off "-clp:ErrorsOnly;NoSummary" >&2
fi
