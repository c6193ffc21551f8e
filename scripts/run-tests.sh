#!/usr/bin/env bash
# The README's test command: install what is missing, build, run the whole CTest suite.
# Extra arguments go to ctest (e.g. -L unit, -LE slow, -R tokenizer).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/setup.sh"
"$here/scripts/build.sh"
cd "${EDITSCOPE_BUILD_DIR:-$here/build}"
ctest --output-on-failure --timeout 900 "$@"
