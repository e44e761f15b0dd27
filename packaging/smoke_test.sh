#!/usr/bin/env bash
# Smoke-test the PyInstaller bundle that packaging/build.sh made, without a display:
# --version, validate and export a bundled example, then start the GUI on it for a few seconds.
#
#   bash packaging/smoke_test.sh [BUNDLE_DIR]     (default dist/JourneyDesigner)
set -euo pipefail
cd "$(dirname "$0")/.."

bundle=${1:-dist/JourneyDesigner}
exe="$bundle/journeydesigner"
[ -x "$exe" ] || exe="$bundle/journeydesigner.exe"
[ -x "$exe" ] || { echo "no bundle at $bundle: run 'bash packaging/build.sh' first" >&2; exit 1; }

export QT_QPA_PLATFORM=offscreen
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Keep the GUI's settings, autosaves and locks away from the user's own.
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export XDG_CACHE_HOME="$work/cache" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# The examples inside the bundle, not the checkout's: proves the resources were packaged.
example=$(find "$bundle" -path '*resources/examples/guitar-purchase.journey' | head -1)
[ -n "$example" ] || { echo "FAIL: the bundle has no resources/examples" >&2; exit 1; }

echo "== --version"
version=$("$exe" --version)
echo "$version"
[[ "$version" == journeydesigner\ * ]] || { echo "FAIL: unexpected version line" >&2; exit 1; }

echo "== validate"
"$exe" validate "$example"

echo "== export to PDF"
"$exe" export "$example" --all -o "$work/sample.pdf"
head -c 5 "$work/sample.pdf" | grep -q '%PDF-' || { echo "FAIL: no PDF written" >&2; exit 1; }
echo "wrote $(wc -c <"$work/sample.pdf") bytes"

# Without a file the app opens its bundled sample as an untitled copy: nothing in the bundle
# is locked or written, and it proves the bundle finds its own resources.
echo "== GUI on the bundled sample (offscreen, 5 s)"
"$exe" >"$work/gui.log" 2>&1 &
gui=$!
sleep 5
if kill -0 "$gui" 2>/dev/null; then
  kill "$gui"
  wait "$gui" 2>/dev/null || true
  echo "still running after 5 s: OK"
  if find "$bundle" -name '.~*.lock' | grep -q .; then
    echo "FAIL: the GUI left a lock file inside the bundle" >&2
    exit 1
  fi
else
  status=0
  wait "$gui" || status=$?
  echo "FAIL: the GUI exited early (status $status):" >&2
  cat "$work/gui.log" >&2
  exit 1
fi
echo "Smoke test passed"
