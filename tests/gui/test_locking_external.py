"""Changes made on disk by someone else are noticed before a save, never overwritten silently."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from builders import small_project
from gui.conftest import open_project
from PySide6.QtWidgets import QFileDialog

from journeydesigner.app import locking, recovery
from journeydesigner.io.load import read_project
from journeydesigner.io.save import serialise_project, write_project
from journeydesigner.io.stamp import changed_on_disk, stamp_of


@pytest.fixture(autouse=True)
def recovery_dir(tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(recovery, "recovery_folder", lambda: tmp_path / "recovery")
    yield
    recovery.release_sessions()


def _text(path: Path) -> str:
    return next(c.text for c in read_project(path).maps[0].cards if c.id == "c1")


def _change_behind_our_back(path: Path, keep_time: bool = False) -> bytes:
    info = path.stat()
    other = small_project()
    other.maps[0].cards[0].text = "Written by someone else"  # same length would not matter
    data = serialise_project(other)
    path.write_bytes(data)
    if keep_time:
        os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    return data


# -- the stamp (Qt-free) ---------------------------------------------------------------------------


def test_an_untouched_file_is_not_reported(tmp_path):
    path = tmp_path / "a.journey"
    path.write_bytes(b"one")
    assert not changed_on_disk(path, stamp_of(path))


def test_same_size_and_same_time_are_still_caught_by_the_hash(tmp_path):
    path = tmp_path / "a.journey"
    path.write_bytes(b"one")
    stamp = stamp_of(path)
    info = path.stat()
    path.write_bytes(b"two")
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert path.stat().st_size == stamp.size
    assert changed_on_disk(path, stamp)


def test_a_deleted_file_counts_as_changed_and_no_stamp_as_unchanged(tmp_path):
    path = tmp_path / "a.journey"
    path.write_bytes(b"one")
    stamp = stamp_of(path)
    path.unlink()
    assert changed_on_disk(path, stamp)
    assert not changed_on_disk(path, None)
    assert stamp_of(path) is None


# -- the window ------------------------------------------------------------------------------------


def test_saving_our_own_saves_asks_nothing(window, tmp_path, monkeypatch):
    monkeypatch.setattr(locking, "ask_changed_on_disk", lambda *_a: pytest.fail("not asked"))
    path = tmp_path / "shop.journey"
    open_project(window, small_project(), path)
    for text in ("one", "two"):
        window.editor.set_card_text("map-1", "c1", text)
        assert window.save()
    assert _text(path) == "two"


@pytest.mark.parametrize("keep_time", [False, True])
def test_a_file_changed_on_disk_is_not_overwritten_on_cancel(
    window, tmp_path, monkeypatch, keep_time
):
    asked: list[bool] = []
    monkeypatch.setattr(
        locking, "ask_changed_on_disk", lambda _p, _path, exists: asked.append(exists) or "cancel"
    )
    path = tmp_path / "shop.journey"
    open_project(window, small_project(), path)
    window.editor.set_card_text("map-1", "c1", "Mine")
    theirs = _change_behind_our_back(path, keep_time)
    assert not window.save()
    assert asked == [True]
    assert path.read_bytes() == theirs
    assert window.isWindowModified(), "my changes are still unsaved, not lost"


def test_overwrite_writes_mine_and_keeps_theirs_as_the_backup(window, tmp_path, monkeypatch):
    monkeypatch.setattr(locking, "ask_changed_on_disk", lambda *_a: "overwrite")
    path = tmp_path / "shop.journey"
    open_project(window, small_project(), path)
    window.editor.set_card_text("map-1", "c1", "Mine")
    theirs = _change_behind_our_back(path)
    assert window.save()
    assert _text(path) == "Mine"
    assert (tmp_path / "shop.journey.bak").read_bytes() == theirs
    # Now the file is ours again: the next save asks nothing.
    monkeypatch.setattr(locking, "ask_changed_on_disk", lambda *_a: pytest.fail("not asked"))
    window.editor.set_card_text("map-1", "c1", "Mine again")
    assert window.save()


def test_save_as_keeps_theirs_and_writes_mine_elsewhere(window, tmp_path, monkeypatch):
    monkeypatch.setattr(locking, "ask_changed_on_disk", lambda *_a: "save_as")
    copy = tmp_path / "mine.journey"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(copy), ""))
    path = tmp_path / "shop.journey"
    open_project(window, small_project(), path)
    window.editor.set_card_text("map-1", "c1", "Mine")
    theirs = _change_behind_our_back(path)
    assert window.save()
    assert path.read_bytes() == theirs
    assert _text(copy) == "Mine"
    assert window.document.path == copy.resolve()


def test_a_deleted_file_is_asked_about_and_can_be_recreated(window, tmp_path, monkeypatch):
    asked: list[bool] = []
    monkeypatch.setattr(
        locking,
        "ask_changed_on_disk",
        lambda _p, _path, exists: asked.append(exists) or "overwrite",
    )
    path = tmp_path / "shop.journey"
    open_project(window, small_project(), path)
    window.editor.set_card_text("map-1", "c1", "Mine")
    path.unlink()
    assert window.save()
    assert asked == [False]
    assert _text(path) == "Mine"


def test_a_project_without_a_file_yet_is_not_checked(window, tmp_path, monkeypatch):
    monkeypatch.setattr(locking, "ask_changed_on_disk", lambda *_a: pytest.fail("not asked"))
    target = tmp_path / "new.journey"
    write_project(small_project(), target)  # Save As confirms overwriting in its own dialog
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    assert window.save()
    assert read_project(target).title == "Untitled project"


# -- watching the file -----------------------------------------------------------------------------


def test_a_change_on_disk_offers_a_reload_that_shows_theirs(window, qtbot, tmp_path, monkeypatch):
    asked: list[bool] = []

    def ask(_parent, _path, dirty, answer):  # type: ignore[no-untyped-def]
        asked.append(dirty)
        answer(True)

    monkeypatch.setattr(locking, "ask_reload", ask)
    path = tmp_path / "shop.journey"
    open_project(window, small_project(), path)
    _change_behind_our_back(path)
    qtbot.waitUntil(lambda: asked == [False], timeout=5000)
    assert window.document.map("map-1").cards[0].text == "Written by someone else"
    assert not window.isWindowModified()
    # The reloaded file is ours to save again without a question.
    monkeypatch.setattr(locking, "ask_changed_on_disk", lambda *_a: pytest.fail("not asked"))
    window.editor.set_card_text("map-1", "c1", "Mine")
    assert window.save()


def test_keeping_mine_asks_once_per_outside_version_and_saving_still_asks(
    window, qtbot, tmp_path, monkeypatch
):
    asked: list[bool] = []

    def ask(_parent, _path, dirty, answer):  # type: ignore[no-untyped-def]
        asked.append(dirty)
        answer(False)

    monkeypatch.setattr(locking, "ask_reload", ask)
    path = tmp_path / "shop.journey"
    open_project(window, small_project(), path)
    window.editor.set_card_text("map-1", "c1", "Mine")
    theirs = _change_behind_our_back(path)
    qtbot.waitUntil(lambda: asked == [True], timeout=5000)
    window.disk_watcher.check()
    assert asked == [True], "the same outside version is not asked about twice"
    assert window.document.card("map-1", "c1").text == "Mine"
    monkeypatch.setattr(locking, "ask_changed_on_disk", lambda *_a: "cancel")
    assert not window.save()
    assert path.read_bytes() == theirs


def test_our_own_saves_are_not_reported(window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(locking, "ask_reload", lambda *_a: pytest.fail("not asked"))
    path = tmp_path / "shop.journey"
    open_project(window, small_project(), path)
    for text in ("one", "two"):
        window.editor.set_card_text("map-1", "c1", text)
        assert window.save()
    qtbot.wait(500)
    window.disk_watcher.check()
    assert str(path.resolve()) in window.disk_watcher.watcher.files(), "still watched after saves"
