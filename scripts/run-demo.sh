#!/usr/bin/env bash
# The README's main command: install what is missing, build, and start the desktop workbench on the demo
# world in ./demo-world. If the world is not built yet, the window appears at once and builds it in the
# background (about 10 minutes on 2 cores, with phases, progress and ETA), then offers a New run
# pre-filled with the demo model, its facts, the ROME demo hparams and its statistics (computed on
# request). Extra arguments go to `editscope` (e.g. --lang de, --theme dark, a run file to open).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/setup.sh"
"$here/scripts/build.sh"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "run-demo: no display found; to try it without one: xvfb-run -a -s '-screen 0 1600x1000x24' bash scripts/run-demo.sh" >&2
fi
exec "${EDITSCOPE_BUILD_DIR:-$here/build}/app/editscope" --demo-world "$here/demo-world" "$@"
