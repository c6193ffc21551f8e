#!/usr/bin/env bash
# The README's main command: install what is missing, build, and build the demo world (facts,
# skills, tokenizer, a trained GPT-2) in ./demo-world, printing what the model knows.
# Until the desktop workbench lands, the CLI is the front end; arguments go to `demo-world`.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/setup.sh"
"$here/scripts/build.sh"
exec "${EDITSCOPE_BUILD_DIR:-$here/build}/app/editscope-cli" demo-world --out "$here/demo-world" "$@"
