"""The lock on the open document: a second live instance is noticed, a dead one's lock is not."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from builders import small_project
from gui.conftest import open_project
from PySide6.QtWidgets import QFileDialog, QMessageBox

from journeydesigner.app import locking, recovery
from journeydesigner.app.locking import DocumentLock, lock_path
from journeydesigner.io.load import read_project
from journeydesigner.io.save import write_project

HOLD_LOCK = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QLockFile
    lock = QLockFile(sys.argv[1])
    lock.setStaleLockTime(0)
    print("locked" if lock.tryLock(1000) else "busy", flush=True)
    sys.stdin.read()
    """
)


@pytest.fixture(autouse=True)
def recovery_dir(tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(recovery, "recovery_folder", lambda: tmp_path / "recovery")
    yield
    recovery.release_sessions()


@pytest.fixture
def other_instance(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Another live process holding the lock of `tmp_path/shop.journey`."""
    path = tmp_path / "shop.journey"
    write_project(small_project(), path)
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(lock_path(path.resolve()))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "locked"
    yield path
    assert process.stdin is not None
    process.stdin.close()
    process.wait(10)
    process.stdout.close()


def _never_asked(*_args: object) -> str:
    raise AssertionError("no question expected")


def test_opening_takes_the_lock_and_closing_releases_it(window, tmp_path, monkeypatch):
    monkeypatch.setattr(locking, "ask_locked", _never_asked)
    path = tmp_path / "shop.journey"
    open_project(window, small_project(), path)
    assert lock_path(path).exists()
    assert not window.read_only
    assert DocumentLock(path.resolve()).acquire() == "held", "held against everyone else"
    assert window.close()
    assert not lock_path(path).exists()


def test_opening_another_file_releases_the_first_and_reopening_keeps_it(
    window, tmp_path, monkeypatch
):
    monkeypatch.setattr(locking, "ask_locked", _never_asked)
    first, second = tmp_path / "one.journey", tmp_path / "two.journey"
    open_project(window, small_project(), first)
    assert window.open_path(first), "reopening the same file keeps its own lock"
    assert lock_path(first).exists()
    open_project(window, small_project(), second)
    assert not lock_path(first).exists()
    assert lock_path(second).exists()


def test_a_file_open_in_another_instance_opens_read_only(
    window, other_instance, tmp_path, monkeypatch
):
    asked: list[str] = []

    def answer(_parent, path, owner):  # type: ignore[no-untyped-def]
        asked.append(owner.describe())
        return "read_only"

    monkeypatch.setattr(locking, "ask_locked", answer)
    before = other_instance.read_bytes()
    assert window.open_path(other_instance)
    assert len(asked) == 1
    assert "process" in asked[0]
    assert window.read_only
    assert "(read-only)" in window.windowTitle()
    window.editor.set_card_text("map-1", "c1", "Mine")
    # Save asks for another name; the other instance's file stays as it was.
    copy = tmp_path / "mine.journey"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(copy), ""))
    assert window.save()
    assert other_instance.read_bytes() == before
    assert read_project(copy).title == "Guitar shop"
    assert not window.read_only
    assert window.document.path == copy.resolve()
    assert lock_path(copy).exists()


def test_save_as_onto_the_locked_file_is_refused(window, other_instance, monkeypatch):
    monkeypatch.setattr(locking, "ask_locked", lambda *_args: "read_only")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))
    before = other_instance.read_bytes()
    assert window.open_path(other_instance)
    window.editor.set_card_text("map-1", "c1", "Mine")
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(other_instance), "")
    )
    assert not window.save()
    assert len(warnings) == 1
    assert other_instance.read_bytes() == before
    assert window.isWindowModified()


def test_cancel_keeps_what_was_open(window, other_instance, tmp_path, monkeypatch):
    monkeypatch.setattr(locking, "ask_locked", lambda *_args: "cancel")
    assert not window.open_path(other_instance)
    assert window.document.path is None
    assert not window.read_only


def test_a_killed_instances_lock_is_ignored(window, tmp_path, monkeypatch):
    monkeypatch.setattr(locking, "ask_locked", _never_asked)
    path = tmp_path / "shop.journey"
    write_project(small_project(), path)
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(lock_path(path.resolve()))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "locked"
    os.kill(process.pid, signal.SIGKILL)
    process.wait(10)
    process.stdout.close()
    if process.stdin:
        process.stdin.close()
    assert lock_path(path).exists(), "the dead process left its lock file behind"
    assert window.open_path(path)
    assert not window.read_only
    assert window.document_lock is not None


def test_a_folder_without_room_for_a_lock_still_opens(window, tmp_path, monkeypatch):
    monkeypatch.setattr(locking, "ask_locked", _never_asked)
    monkeypatch.setattr(DocumentLock, "acquire", lambda _self: "unavailable")
    path = tmp_path / "shop.journey"
    open_project(window, small_project(), path)
    assert window.document_lock is None
    assert not window.read_only


def _foreign_lock(path: Path, host: str = "colleagues-laptop") -> None:
    """A lock file as another computer's Journey Designer leaves it (pid, app, host)."""
    lock_path(path).write_text(f"4242\njourneydesigner\n{host}\n", encoding="utf-8")


def test_a_lock_from_another_computer_can_be_taken_over(window, tmp_path, monkeypatch):
    path = tmp_path / "shared.journey"
    write_project(small_project(), path)
    _foreign_lock(path)
    offered: list[tuple[str, bool]] = []

    def answer(_parent, _path, owner):  # type: ignore[no-untyped-def]
        offered.append((owner.host, owner.elsewhere))
        return "take_over"

    monkeypatch.setattr(locking, "ask_locked", answer)
    assert window.open_path(path)
    assert offered == [("colleagues-laptop", True)]
    assert not window.read_only
    assert DocumentLock(path.resolve()).acquire() == "held", "the lock is ours now"
    window.editor.set_card_text("map-1", "c1", "Edited here")
    assert window.save()
    assert read_project(path).maps[0].cards[0].text == "Edited here"


def test_a_lock_of_this_computer_is_never_taken_over(window, other_instance, monkeypatch):
    monkeypatch.setattr(locking, "ask_locked", lambda *_args: "take_over")
    assert window.open_path(other_instance)
    assert window.read_only, "a live process here holds it: read-only, whatever was answered"


def test_the_question_offers_taking_over_only_for_another_computer(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QSysInfo, QTimer
    from PySide6.QtWidgets import QApplication

    seen: list[list[str]] = []

    def answer_when_shown() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer_when_shown)
            return
        seen.append([button.text() for button in box.buttons()])
        box.reject()

    for host in ("colleagues-laptop", QSysInfo.machineHostName()):
        QTimer.singleShot(20, answer_when_shown)
        owner = locking.LockOwner(4242, host, "journeydesigner")
        assert locking.ask_locked(None, tmp_path / "x.journey", owner) == "cancel"
    assert any("Anyway" in text for text in seen[0])
    assert not any("Anyway" in text for text in seen[1])


def test_a_read_only_file_shows_a_bar_whose_save_as_keeps_the_work(
    window, other_instance, tmp_path, monkeypatch
):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    monkeypatch.setattr(locking, "ask_locked", lambda *_args: "read_only")
    assert not window.read_only_bar.isVisible()
    assert window.open_path(other_instance)
    assert window.read_only_bar.isVisible()
    assert other_instance.name in window.read_only_bar.message.text()
    window.editor.set_card_text("map-1", "c1", "Mine")
    copy = tmp_path / "mine.journey"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(copy), ""))
    QTest.mouseClick(window.read_only_bar.save_as_button, Qt.MouseButton.LeftButton)
    assert read_project(copy).maps[0].cards[0].text == "Mine"
    assert not window.read_only
    assert not window.read_only_bar.isVisible()
