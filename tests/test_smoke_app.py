"""The real application, started as a user starts it, on a virtual X screen (xcb, not offscreen)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Xvfb is Linux-only")

GRAB = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
image = QGuiApplication.primaryScreen().grabWindow(0).toImage()
image.save(sys.argv[1])
"""


def _free_display() -> str:
    for number in range(90, 140):
        if not Path(f"/tmp/.X{number}-lock").exists():
            return f":{number}"
    raise RuntimeError("no free X display number")


def test_the_app_starts_on_the_sample_and_shows_the_map(tmp_path: Path):
    xvfb = shutil.which("Xvfb")
    assert xvfb, "Xvfb is needed for this test (packaging/dev.sh installs it)"
    display = _free_display()
    server = subprocess.Popen([xvfb, display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"])
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    app = None
    try:
        time.sleep(0.5)
        app = subprocess.Popen(
            [sys.executable, "-m", "journeydesigner"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        shot = tmp_path / "screen.png"
        deadline = time.monotonic() + 30
        colours = 0
        while time.monotonic() < deadline:
            time.sleep(1.0)
            assert app.poll() is None, (
                app.stderr.read().decode(errors="replace") if app.stderr else ""
            )
            subprocess.run([sys.executable, "-c", GRAB, str(shot)], env=env, timeout=30, check=True)
            colours = _navy_pixels(shot)
            if colours > 2000:
                break
        assert colours > 2000, "the stage headers (navy) never appeared on screen"
    finally:
        if app is not None:
            app.terminate()
            app.wait(10)
        server.terminate()
        server.wait(10)


def _navy_pixels(path: Path) -> int:
    """Pixels in the colour of the stage chevrons: proof that the map, not a blank window, shows."""
    code = (
        "import sys\n"
        "from PySide6.QtGui import QImage, QColor\n"
        "img = QImage(sys.argv[1])\n"
        "n = 0\n"
        "for y in range(0, img.height(), 4):\n"
        "    for x in range(0, img.width(), 4):\n"
        "        c = QColor(img.pixel(x, y))\n"
        "        navy = (0x1F, 0x3A, 0x5F)\n"
        "        n += all(abs(a - b) < 6 for a, b in zip((c.red(), c.green(), c.blue()), navy))\n"
        "print(n * 16)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=True,
    )
    return int(result.stdout.strip())
