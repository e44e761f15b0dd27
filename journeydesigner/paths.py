"""Where the bundled resources (templates, examples, fonts, translations) live."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def resource_dir() -> Path:
    """The folder holding templates/, examples/, fonts/ ...

    Looked up, in order: $JOURNEYDESIGNER_RESOURCES, a PyInstaller bundle, the source checkout
    (and editable installs), and the copy a wheel installs as `journeydesigner/_resources`.
    """
    candidates = []
    if override := os.environ.get("JOURNEYDESIGNER_RESOURCES"):
        candidates.append(Path(override))
    if bundle := getattr(sys, "_MEIPASS", None):
        candidates.append(Path(bundle) / "resources")
    candidates += [_PACKAGE.parent / "resources", _PACKAGE / "_resources"]
    for candidate in candidates:
        if (candidate / "templates").is_dir():
            return candidate
    raise FileNotFoundError(
        "the Journey Designer resources folder was not found; reinstall the app"
    )


def templates_dir() -> Path:
    """Bundled templates, one `.journey` file each."""
    return resource_dir() / "templates"


def examples_dir() -> Path:
    """Bundled example projects."""
    return resource_dir() / "examples"


def sample_project() -> Path:
    """The example the app opens when started without a file."""
    return examples_dir() / "guitar-purchase.journey"
