#!/usr/bin/env bash
# Rewrites the golden files under golden/ from the current code. Run only after deciding that a
# difference is a real improvement, and say in the commit why each file changed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
CROSSBARSPICE_UPDATE_GOLDEN=1 dotnet test CrossbarSpice.sln -c Release --nologo --filter "FullyQualifiedName~Golden|FullyQualifiedName~MatchesGolden" "$@"
git status --short golden
