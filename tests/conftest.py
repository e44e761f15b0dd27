"""Test set-up: headless Qt, isolated settings, and shared project builders."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Qt aborts the process without a display unless a platform is chosen before it starts.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
