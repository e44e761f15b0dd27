"""A save that fails says why, leaves the old file as it was and keeps the work marked unsaved."""

from __future__ import annotations

import errno
import shutil

import pytest
from builders import small_project
from gui.conftest import open_project

from journeydesigner.app import locking
from journeydesigner.io import save as save_module


@pytest.fixture
def edited(window, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    folder = tmp_path / "work"
    folder.mkdir()
    path = folder / "plan.journey"
    open_project(window, small_project(), path)
    window.editor.set_card_text("map-1", "c1", "Work worth keeping")
    shown: list[str] = []
    monkeypatch.setattr(window, "show_error", lambda title, error: shown.append(str(error)))
    return path, path.read_bytes(), shown


def test_a_full_disk_keeps_the_old_file_and_the_unsaved_work(window, edited, monkeypatch):
    path, before, shown = edited

    def full(source, target):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(save_module.os, "replace", full)
    assert not window.save()
    assert len(shown) == 1
    assert "plan.journey" in shown[0]
    assert "not enough disk space" in shown[0]
    assert path.read_bytes() == before
    assert not window.stack.isClean()
    assert window.isWindowModified()
    assert window.document.card("map-1", "c1").text == "Work worth keeping"
    assert sorted(p.name for p in path.parent.iterdir() if not p.name.endswith(".lock")) == [
        "plan.journey"
    ], "no temporary file is left behind"


def test_a_removed_folder_is_reported_and_nothing_is_lost(window, edited, monkeypatch):
    path, _before, shown = edited
    shutil.rmtree(path.parent)
    monkeypatch.setattr(locking, "ask_changed_on_disk", lambda *_args: "overwrite")
    assert not window.save()
    assert len(shown) == 1
    assert "does not exist" in shown[0]
    assert not window.stack.isClean()
    assert window.document.card("map-1", "c1").text == "Work worth keeping"
    assert not path.parent.exists(), "the folder is not silently created again"
