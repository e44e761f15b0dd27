"""PNG and SVG pictures of a map, from the command line (drawn offscreen by the canvas)."""

from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path

import pytest

from journeydesigner.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "guitar-purchase.journey"


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_png_size_follows_the_resolution(tmp_path: Path):
    low, high = tmp_path / "low.png", tmp_path / "high.png"
    assert main(["export", str(EXAMPLE), "-o", str(low), "--dpi", "96"]) == 0
    assert main(["export", str(EXAMPLE), "-o", str(high), "--dpi", "192"]) == 0
    (w1, h1), (w2, h2) = _png_size(low), _png_size(high)
    assert w1 > 1000
    assert abs(w2 - 2 * w1) <= 2
    assert abs(h2 - 2 * h1) <= 2


def test_svg_keeps_text_as_text(tmp_path: Path):
    out = tmp_path / "map.svg"
    assert main(["export", str(EXAMPLE), "-o", str(out)]) == 0
    svg = out.read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml")
    assert "<title>Buying a guitar online</title>" in svg
    assert "Awareness" in svg
    assert "Pain points" in svg


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--all"], "holds one map"),
        (["--dpi", "5000"], "24 to 1200 dpi"),
    ],
)
def test_bad_image_requests_are_one_clear_line(tmp_path, capsys, extra, message):
    out = tmp_path / "map.png"
    assert main(["export", str(EXAMPLE), "-o", str(out), *extra]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert message in err[0]
    assert not out.exists()


def test_the_command_line_draws_images_without_a_display(tmp_path: Path):
    out = tmp_path / "map.png"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}  # no DISPLAY, no QT_QPA_PLATFORM
    result = subprocess.run(
        [sys.executable, "-m", "journeydesigner", "export", str(EXAMPLE), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert _png_size(out)[0] > 1000
