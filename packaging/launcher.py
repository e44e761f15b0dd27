"""Entry point of the PyInstaller bundle: the same command line as `journeydesigner`."""

from __future__ import annotations

import sys

from journeydesigner.cli import main

if __name__ == "__main__":
    sys.exit(main())
