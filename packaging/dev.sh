#!/usr/bin/env bash
# Set up a development copy of Journey Designer and run it or its checks.
#
#   bash packaging/dev.sh run [FILE]   start the app (on the bundled sample without FILE)
#   bash packaging/dev.sh test [ARGS]  run the checks and tests (ARGS go to pytest)
#
# On Debian/Ubuntu it installs the system libraries Qt needs (with sudo when not root), makes a
# virtual environment in .venv and installs the package into it; both steps are skipped when
# already done. Elsewhere, install the equivalents of APT_PACKAGES by hand.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  # Qt offscreen and under any display
  libgl1 libegl1 libxkbcommon0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3
  # Qt's xcb platform: a real window on X11 (and the Xvfb smoke tests)
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-render-util0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxcb-randr0 libxcb-xfixes0
  libxcb-xinerama0 libxcb-sync1 libxcb-shm0 libx11-xcb1
  # tests: a virtual screen, and PDF inspection
  xvfb xauth poppler-utils
  # tests: the validators of the Linux desktop, AppStream and MIME files in packaging/linux
  desktop-file-utils appstream shared-mime-info
  # fonts, so the UI shows Polish and Chinese text out of the box
  fonts-dejavu-core fonts-wqy-microhei
)

install_system_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0
  local missing=()
  for package in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
  done
  if ! python3 -c "import venv, ensurepip" >/dev/null 2>&1; then missing+=(python3-venv); fi
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing system packages: ${missing[*]}" >&2
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_python_packages() {
  local stamp=.venv/.installed
  if [ ! -x .venv/bin/python ]; then
    python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
      || { echo "Journey Designer needs Python 3.11 or newer" >&2; exit 1; }
    python3 -m venv .venv
  fi
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
    touch "$stamp"
  fi
}

command=${1:-run}
shift || true
install_system_packages
install_python_packages

case "$command" in
  run)
    exec .venv/bin/journeydesigner "$@"
    ;;
  test)
    export QT_QPA_PLATFORM=offscreen
    # One command per line: `set -e` does not stop on a failure inside an `a && b` chain.
    echo "== ruff"
    .venv/bin/ruff check .
    .venv/bin/ruff format --check .
    echo "== mypy"
    .venv/bin/mypy journeydesigner
    echo "== import contracts"
    .venv/bin/lint-imports
    echo "== pytest"
    exec .venv/bin/python -m pytest "$@"
    ;;
  *)
    echo "usage: bash packaging/dev.sh run [FILE] | test [PYTEST ARGS]" >&2
    exit 2
    ;;
esac
