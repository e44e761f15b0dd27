"""The Linux desktop integration files and the icons are valid and agree with each other."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from journeydesigner import __version__

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.github.journeydesigner.JourneyDesigner"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / "journeydesigner.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _run(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed (packaging/dev.sh installs it)")
    return subprocess.run([path, *args], capture_output=True, text=True, timeout=60, check=False)


def test_the_desktop_file_is_valid():
    result = _run("desktop-file-validate", str(DESKTOP))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


def test_the_metainfo_is_valid():
    result = _run("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_desktop_file_opens_journey_files_with_the_app():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] == "journeydesigner %f"
    assert section["MimeType"] == "application/x-journeydesigner;"
    assert section["Icon"] == APP_ID


def test_the_metainfo_names_the_release_licences_and_screenshots():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("launchable") == DESKTOP.name
    releases = root.findall("releases/release")
    assert releases[0].get("version") == __version__
    images = [image.text or "" for image in root.iter("image")]
    for name in ("editor.png", "blueprint.png"):
        assert any(image.endswith(f"/resources/screenshots/{name}") for image in images)
        assert (ROOT / "resources" / "screenshots" / name).is_file()
    assert root.find("content_rating") is not None


def test_the_mime_type_registers_journey_files_as_json():
    root = ET.parse(MIME).getroot()
    (mime_type,) = root.findall(f"{MIME_NS}mime-type")
    assert mime_type.get("type") == "application/x-journeydesigner"
    assert [glob.get("pattern") for glob in mime_type.findall(f"{MIME_NS}glob")] == ["*.journey"]
    assert mime_type.find(f"{MIME_NS}sub-class-of").get("type") == "application/json"  # type: ignore[union-attr]
    match = mime_type.find(f"{MIME_NS}magic/{MIME_NS}match")
    assert match is not None
    sample = (ROOT / "resources" / "examples" / "guitar-purchase.journey").read_text("utf-8")
    assert match.get("value", "") in sample[:256]


def test_the_mime_database_accepts_the_mime_type(tmp_path: Path):
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME, packages)
    result = _run("update-mime-database", str(tmp_path / "mime"))
    assert result.returncode == 0, result.stdout + result.stderr
    globs = (tmp_path / "mime" / "globs2").read_text("utf-8")
    assert "application/x-journeydesigner:*.journey" in globs


def test_every_icon_size_is_there():
    icons = ROOT / "resources" / "icons"
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert (icons / f"journeydesigner-{size}.png").is_file()
    for name in ("journeydesigner.svg", "journeydesigner.ico", "journeydesigner.icns"):
        assert (icons / name).stat().st_size > 0
