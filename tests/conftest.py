"""Test set-up: headless Qt, isolated settings, and shared project builders."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Qt aborts the process without a display unless a platform is chosen before it starts.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

# CI runs the property tests on a fixed sequence of examples, so a green run stays green;
# local runs keep exploring new ones (and remember failures in .hypothesis/).
try:
    from hypothesis import settings as _hypothesis_settings

    _hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
    if os.environ.get("CI"):
        _hypothesis_settings.load_profile("ci")
except ImportError:  # hypothesis is a test extra; conftest must not need it to import
    pass
