"""Guards on the platform: the Qt pin, the Qt-free core, and the package list."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_many_calls_of_void_qt_methods_do_not_abort_the_interpreter():
    # PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a method that
    # returns nothing, and the interpreter aborts after ~5,000 calls (none_dealloc).
    code = (
        "from PySide6.QtWidgets import QApplication, QGraphicsRectItem\n"
        "app = QApplication([])\n"
        "item = QGraphicsRectItem(0, 0, 10, 10)\n"
        "for i in range(20_000):\n"
        "    item.setPos(i, i)\n"
        "    item.setZValue(i)\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"


def test_the_command_line_and_the_core_load_without_qt():
    code = (
        "import sys\n"
        "import journeydesigner.cli, journeydesigner.io, journeydesigner.interop.csv_grid\n"
        "import journeydesigner.layout.grid, journeydesigner.document, journeydesigner.templates\n"
        "qt = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not qt, 'Qt was imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr


def test_every_package_is_listed_for_installation():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "journeydesigner").rglob("__init__.py")
    }
    assert found - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"
    assert "journeydesigner._resources" in listed


def test_the_app_exits_cleanly_after_copying_cards(tmp_path):
    # Qt's offscreen platform crashed at exit (exit 139) while the clipboard held cards copied
    # from Python; the window hands the clipboard over as plain text when it closes.
    code = (
        "import sys\n"
        "sys.path.insert(0, 'tests')\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from builders import small_project\n"
        "from journeydesigner.app.window import MainWindow\n"
        "from journeydesigner.document import JourneyDocument\n"
        "window = MainWindow()\n"
        "window._set_document(JourneyDocument(small_project()))\n"
        "window.current_scene().select_cards(['c1'])\n"
        "window.copy()\n"
        "window.close()\n"
        "print(QApplication.clipboard().text())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "Sees an ad on YouTube"
