#!/usr/bin/env bash
# Build the Journey Designer one-folder bundle with PyInstaller and archive it.
#
#   bash packaging/build.sh
#
# Result: dist/JourneyDesigner/ (run dist/JourneyDesigner/journeydesigner) and
# dist/JourneyDesigner-VERSION-PLATFORM-ARCH.tar.gz. Needs the development venv (.venv, made by
# `bash packaging/dev.sh test`); installs PyInstaller into it when missing. Not run in CI.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-.venv/bin/python}
[ -x "$PYTHON" ] || { echo "no $PYTHON: run 'bash packaging/dev.sh test' first" >&2; exit 1; }
if ! "$PYTHON" -c "import PyInstaller" >/dev/null 2>&1; then
  echo "Installing PyInstaller into the venv" >&2
  "$PYTHON" -m pip install --quiet --disable-pip-version-check pyinstaller
fi

"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/journeydesigner.spec

version=$("$PYTHON" -c "import journeydesigner; print(journeydesigner.__version__)")
platform=$("$PYTHON" -c "import sys; print(sys.platform)")
arch=$(uname -m)
archive="dist/JourneyDesigner-${version}-${platform}-${arch}.tar.gz"
tar -C dist -czf "$archive" JourneyDesigner
echo "Built dist/JourneyDesigner/ and $archive"
