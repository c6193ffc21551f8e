#!/usr/bin/env bash
# Configures and builds EditScope in ./build (Release, Ninja, ccache when present).
# Extra CMake arguments pass through, e.g. scripts/build.sh -DEDITSCOPE_BUILD_GUI=OFF
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${EDITSCOPE_BUILD_DIR:-$here/build}"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
jobs="$(nproc)"
cmake --build "$build" -j "$jobs"
