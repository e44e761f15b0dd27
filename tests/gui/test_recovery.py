"""Autosave and crash recovery: unsaved work is snapshotted, cleaned up, and offered back after a
crash, even one as hard as SIGKILL."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from builders import small_project
from gui.conftest import open_project
from PySide6.QtWidgets import QMessageBox

from journeydesigner.app import locking, recovery
from journeydesigner.errors import SaveError
from journeydesigner.io.load import read_project
from journeydesigner.io.save import write_project
from journeydesigner.io.stamp import stamp_of

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture(autouse=True)
def recovery_dir(tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    folder = tmp_path / "recovery"
    monkeypatch.setattr(recovery, "recovery_folder", lambda: folder)
    yield folder
    recovery.release_sessions()


def _snapshots(folder: Path) -> list[str]:
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(".lock"))


def _edit(window, text: str = "Changed in the test") -> None:  # type: ignore[no-untyped-def]
    window.editor.set_card_text("map-1", "c1", text)


def _text(project) -> str:  # type: ignore[no-untyped-def]
    return next(c.text for c in project.maps[0].cards if c.id == "c1")


def _opened(window, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / "shop.journey"
    open_project(window, small_project(), path)
    window.autosaver.set_delay(50)
    return path


# -- autosave --------------------------------------------------------------------------------------


def test_a_dirty_edit_is_snapshotted_after_a_pause(window, qtbot, tmp_path, recovery_dir):
    path = _opened(window, tmp_path)
    _edit(window)
    assert _snapshots(recovery_dir) == [], "debounced: nothing is written at once"
    qtbot.waitUntil(lambda: window.autosaver.snapshot_path is not None, timeout=3000)
    snapshot = window.autosaver.snapshot_path
    assert read_project(snapshot).model_dump() == window.document.project.model_dump()
    meta = json.loads(snapshot.with_name(snapshot.stem + ".meta.json").read_text("utf-8"))
    assert meta["original"] == str(path.resolve())
    assert meta["title"] == "Guitar shop"
    assert meta["app_version"]
    assert path.read_bytes() == (tmp_path / "shop.journey").read_bytes()
    assert _text(read_project(path)) == "Sees an ad on YouTube", (
        "autosave never touches the user's file"
    )


def test_the_default_delay_is_a_few_seconds(window):
    assert 1000 <= recovery.AUTOSAVE_DELAY_MS <= 10000
    assert window.autosaver.timer.interval() == recovery.AUTOSAVE_DELAY_MS


def test_saving_removes_the_snapshot_and_keeps_a_backup(window, qtbot, tmp_path, recovery_dir):
    path = _opened(window, tmp_path)
    before = path.read_bytes()
    _edit(window)
    qtbot.waitUntil(lambda: window.autosaver.snapshot_path is not None, timeout=3000)
    assert window.save()
    window.autosaver.flush()  # the removal runs on the writer thread
    assert _snapshots(recovery_dir) == []
    assert (tmp_path / "shop.journey.bak").read_bytes() == before
    assert _text(read_project(path)) == "Changed in the test"


def test_a_clean_close_after_discard_removes_the_snapshot(
    window, qtbot, tmp_path, monkeypatch, recovery_dir
):
    _opened(window, tmp_path)
    _edit(window)
    qtbot.waitUntil(lambda: window.autosaver.snapshot_path is not None, timeout=3000)
    monkeypatch.setattr(QMessageBox, "warning", lambda *_args: QMessageBox.StandardButton.Discard)
    assert window.close()
    assert _snapshots(recovery_dir) == []


def test_cancelling_the_close_keeps_the_snapshot(
    window, qtbot, tmp_path, monkeypatch, recovery_dir
):
    _opened(window, tmp_path)
    _edit(window)
    qtbot.waitUntil(lambda: window.autosaver.snapshot_path is not None, timeout=3000)
    monkeypatch.setattr(QMessageBox, "warning", lambda *_args: QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert len(_snapshots(recovery_dir)) == 2


def test_undoing_back_to_the_saved_state_removes_the_snapshot(
    window, qtbot, tmp_path, recovery_dir
):
    _opened(window, tmp_path)
    _edit(window)
    qtbot.waitUntil(lambda: window.autosaver.snapshot_path is not None, timeout=3000)
    window.stack.undo()
    qtbot.waitUntil(lambda: window.autosaver.snapshot_path is None, timeout=3000)
    window.autosaver.flush()  # the removal runs on the writer thread
    assert _snapshots(recovery_dir) == []


def test_a_failing_autosave_warns_once_and_editing_goes_on(window, qtbot, tmp_path, monkeypatch):
    _opened(window, tmp_path)
    messages: list[str] = []
    monkeypatch.setattr(window.autosaver, "_on_failure", messages.append)

    def refuse(path, data):  # type: ignore[no-untyped-def]
        raise SaveError(path, "the disk is read-only")

    monkeypatch.setattr(recovery, "atomic_write", refuse)
    _edit(window, "one")
    qtbot.waitUntil(lambda: len(messages) == 1, timeout=3000)
    _edit(window, "two")
    window.autosaver.save_now(wait=True)
    assert len(messages) == 1, "no spam"
    assert "read-only" in messages[0]
    assert window.document.card("map-1", "c1").text == "two"


# -- finding and restoring -------------------------------------------------------------------------


def test_a_dead_sessions_snapshot_is_found_and_a_live_one_is_not(tmp_path, recovery_dir):
    folder = recovery_dir
    original = tmp_path / "shop.journey"
    dead = recovery.write_snapshot(folder, "dead-1", small_project(), original, session="dead")
    own = recovery.session_for(folder)
    recovery.write_snapshot(folder, f"{own.id}-1", small_project(), None, session=own.id)
    with _lock_held_by_another_process(recovery.session_lock_path(folder, "live")):
        recovery.write_snapshot(folder, "live-1", small_project(), None, session="live")
        found = recovery.find_orphans(folder)
    assert [s.path for s in found] == [dead.path]
    assert found[0].original == original
    assert found[0].name == "shop.journey"


def test_a_snapshot_without_its_sidecar_or_with_a_broken_one_is_ignored(recovery_dir):
    folder = recovery_dir
    folder.mkdir()
    (folder / "x-1.journey").write_bytes(b"{}")
    (folder / "y-1.journey").write_bytes(b"{}")
    (folder / "y-1.meta.json").write_text("not json", "utf-8")
    (folder / "z-1.meta.json").write_text('{"session": "z", "saved_at": "2026-01-01"}', "utf-8")
    assert recovery.find_orphans(folder) == []


def test_restoring_gives_the_same_project_marked_unsaved_with_its_original_path(
    window, tmp_path, monkeypatch, recovery_dir
):
    original = tmp_path / "shop.journey"
    write_project(small_project(), original)
    edited = small_project()
    next(c for c in edited.maps[0].cards if c.id == "c1").text = "Unsaved before the crash"
    snapshot = recovery.write_snapshot(recovery_dir, "dead-1", edited, original, session="dead")
    monkeypatch.setattr(recovery, "ask_recovery", lambda _parent, snaps: ("restore", snaps[0]))

    orphans = recovery.find_orphans()
    assert recovery.offer_recovery(window, orphans, window.restore_snapshot)

    assert window.document.project.model_dump() == edited.model_dump()
    assert window.isWindowModified()
    assert not window.stack.isClean()
    assert window.document.path == original
    assert not snapshot.path.exists(), "the dead session's copy is replaced by this session's"
    assert window.autosaver.snapshot_path is not None
    assert window.autosaver.snapshot_path.exists()
    assert recovery.find_orphans() == [], "this session's snapshot is not offered again"
    # Save writes the original file, and the work is safe: no snapshot is left.
    assert window.save()
    assert _text(read_project(original)) == "Unsaved before the crash"
    window.autosaver.flush()
    assert _snapshots(recovery_dir) == []


@pytest.mark.parametrize(("choice", "kept"), [("discard", False), ("later", True)])
def test_discard_removes_the_snapshot_and_later_keeps_it(
    window, monkeypatch, recovery_dir, choice, kept
):
    snapshot = recovery.write_snapshot(
        recovery_dir, "dead-1", small_project(), None, session="dead"
    )
    monkeypatch.setattr(recovery, "ask_recovery", lambda _parent, snaps: (choice, snaps[0]))
    assert not recovery.offer_recovery(window, recovery.find_orphans(), window.restore_snapshot)
    assert snapshot.path.exists() is kept
    assert snapshot.meta_path.exists() is kept
    assert window.document.project.title == "Untitled project"
    assert (recovery_dir / "trash" / "dead-1.journey").exists() is not kept
    assert len(recovery.find_orphans()) == kept, "a discarded snapshot is not offered again"


def test_the_trash_is_emptied_after_a_week(recovery_dir):
    snapshot = recovery.write_snapshot(recovery_dir, "dead-1", small_project(), None, session="d")
    recovery.move_to_trash(snapshot)
    trashed = recovery_dir / "trash" / "dead-1.journey"
    recovery.empty_trash(recovery_dir, now=time.time() + 6 * 86400)
    assert trashed.exists()
    recovery.empty_trash(recovery_dir, now=time.time() + 8 * 86400)
    assert not trashed.exists()
    assert not (recovery_dir / "trash" / "dead-1.meta.json").exists()


def test_lock_files_of_dead_sessions_without_snapshots_are_cleaned_up(recovery_dir):
    recovery_dir.mkdir()
    dead_lock = recovery.session_lock_path(recovery_dir, "gone")
    with _lock_held_by_another_process(dead_lock) as process:
        process.kill()
        process.wait(10)
    assert dead_lock.exists(), "a killed session leaves its lock file"
    own = recovery.session_for(recovery_dir)
    assert recovery.find_orphans(recovery_dir) == []
    assert not dead_lock.exists()
    assert recovery.session_lock_path(recovery_dir, own.id).exists(), "the live one stays"


def test_the_dialog_lists_name_and_time_and_warns_about_a_newer_original(qtbot, tmp_path):
    original = tmp_path / "shop.journey"
    folder = tmp_path / "recovery"
    snapshot = recovery.write_snapshot(folder, "a-1", small_project(), original, session="a")
    write_project(small_project(), original)
    os.utime(original, (snapshot.saved_at.timestamp() + 60,) * 2)
    untitled = recovery.write_snapshot(folder, "b-1", small_project(), None, session="b")
    dialog = recovery.RecoveryDialog([snapshot, untitled])
    qtbot.addWidget(dialog)
    first = dialog.list.item(0).text()
    assert first.startswith("shop.journey — ")
    assert "changed after this snapshot" in first
    assert dialog.list.item(1).text().startswith("Guitar shop — ")
    assert "never saved" in dialog.list.item(1).text()


def test_the_snapshot_remembers_the_original_as_it_was_read(window, qtbot, tmp_path):
    path = _opened(window, tmp_path)
    _edit(window)
    qtbot.waitUntil(lambda: window.autosaver.snapshot_path is not None, timeout=3000)
    [meta_path] = window.autosaver.snapshot_path.parent.glob("*.meta.json")
    snapshot = recovery.read_snapshot_meta(meta_path)
    assert snapshot is not None
    assert snapshot.original_stamp == window.disk_stamp
    assert not snapshot.original_changed_since()
    path.write_bytes(path.read_bytes().replace(b"YouTube", b"YouTubx"))  # same size
    assert snapshot.original_changed_since()


@pytest.mark.parametrize("changed", [False, True])
def test_saving_restored_work_checks_the_original_for_changes_made_since(
    window, tmp_path, monkeypatch, recovery_dir, changed
):
    original = tmp_path / "shop.journey"
    write_project(small_project(), original)
    known = stamp_of(original)
    edited = small_project()
    next(c for c in edited.maps[0].cards if c.id == "c1").text = "Unsaved before the crash"
    recovery.write_snapshot(
        recovery_dir, "dead-1", edited, original, session="dead", original_stamp=known
    )
    if changed:
        other = small_project()
        other.title = "Changed by someone else after the crash"
        write_project(other, original)
    asked: list[Path] = []
    monkeypatch.setattr(
        locking, "ask_changed_on_disk", lambda _p, path, _e: asked.append(path) or "cancel"
    )
    monkeypatch.setattr(recovery, "ask_recovery", lambda _parent, snaps: ("restore", snaps[0]))
    assert recovery.offer_recovery(window, recovery.find_orphans(), window.restore_snapshot)
    assert window.save() is not changed
    assert asked == ([original] if changed else [])
    assert (_text(read_project(original)) == "Unsaved before the crash") is not changed


def test_start_up_offers_the_snapshot_and_restores_it_instead_of_the_sample(
    tmp_path, monkeypatch, recovery_dir
):
    from PySide6.QtGui import QImageReader
    from PySide6.QtWidgets import QApplication

    from journeydesigner.app import main

    original = tmp_path / "shop.journey"
    write_project(small_project(), original)
    edited = small_project()
    edited.title = "Restored at start-up"
    recovery.write_snapshot(recovery_dir, "dead-1", edited, original, session="dead")
    offered: list[list[str]] = []

    def answer(_parent, snapshots):  # type: ignore[no-untyped-def]
        offered.append([s.name for s in snapshots])
        return "restore", snapshots[0]

    monkeypatch.setattr(recovery, "ask_recovery", answer)
    shown: list[object] = []

    def exec_(self):  # type: ignore[no-untyped-def]
        windows = [w for w in QApplication.topLevelWidgets() if hasattr(w, "autosaver")]
        shown.extend(w.document.project.title for w in windows if w.isVisible())
        for w in windows:
            w.stack.setClean()
            w.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own
    limit = QImageReader.allocationLimit()
    organisation, name = QApplication.organizationName(), QApplication.applicationName()
    try:
        assert main.run(None) == 0
    finally:
        QImageReader.setAllocationLimit(limit)
        QApplication.setOrganizationName(organisation)
        QApplication.setApplicationName(name)
    assert offered == [["shop.journey"]]
    assert shown == ["Restored at start-up"]


def test_an_uncaught_error_snapshots_unsaved_work_at_once(window, tmp_path, monkeypatch):
    _opened(window, tmp_path)
    window.autosaver.set_delay(60_000)
    reported: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, _value, _tb: reported.append(kind))
    recovery.install_emergency_hook()
    _edit(window)
    assert window.autosaver.snapshot_path is None, "the debounce has not fired yet"
    sys.excepthook(ValueError, ValueError("a bug"), None)
    assert window.autosaver.snapshot_path is not None
    assert _text(read_project(window.autosaver.snapshot_path)) == "Changed in the test"
    assert reported == [ValueError], "the error is still reported as before"


# -- a real crash ----------------------------------------------------------------------------------

CRASHING_APP = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("journeydesigner")
    app.setApplicationName("journeydesigner")
    from journeydesigner.app.recovery import recovery_folder
    from journeydesigner.app.window import MainWindow
    window = MainWindow()
    window.autosaver.set_delay(200)
    window.show()
    assert window.open_path(Path(sys.argv[1]))
    window.editor.set_card_text("map-1", "c1", "Typed just before the crash")
    deadline = time.monotonic() + 20
    while window.autosaver.snapshot_path is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    print(recovery_folder(), flush=True)
    print("ready" if window.autosaver.snapshot_path else "no snapshot", flush=True)
    app.exec()
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_work_survives_a_sigkill_and_is_offered_at_the_next_start(tmp_path):
    original = tmp_path / "shop.journey"
    write_project(small_project(), original)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path / "home"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    app = subprocess.Popen(
        [sys.executable, "-c", CRASHING_APP, str(original)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert app.stdout is not None
        folder = Path(app.stdout.readline().strip())
        status = app.stdout.readline().strip()
        assert status == "ready", app.stderr.read() if app.stderr else ""
        assert folder.is_relative_to(tmp_path / "data"), "isolated from the user's data"
        assert recovery.find_orphans(folder) == [], "a live session's snapshot is not offered"
    finally:
        app.send_signal(signal.SIGKILL)
        app.wait(10)
        if app.stdout:
            app.stdout.close()
        if app.stderr:
            app.stderr.close()
    assert app.returncode == -signal.SIGKILL

    found = recovery.find_orphans(folder)

    assert len(found) == 1
    assert found[0].original == original.resolve()
    project = recovery.load_snapshot(found[0])
    assert _text(project) == "Typed just before the crash"
    assert _text(read_project(original)) == "Sees an ad on YouTube"


# -- helpers ---------------------------------------------------------------------------------------

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


class _lock_held_by_another_process:
    """Runs a process that holds a QLockFile until the block ends."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> subprocess.Popen[str]:
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLD_LOCK, str(self.path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "locked"
        return self.process

    def __exit__(self, *_exc: object) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(10)
        if self.process.stdout:
            self.process.stdout.close()


# -- text still being typed ------------------------------------------------------------------------


def _centre_of(window, card_id: str):  # type: ignore[no-untyped-def]
    from gui.conftest import view_point

    box = window.current_scene().cards[card_id].box.rect
    return view_point(window, box.center_x, box.center_y)


def test_text_still_being_typed_is_in_the_snapshot_without_an_undo_step(
    window, qtbot, tmp_path, recovery_dir
):
    from gui.conftest import type_text
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    _opened(window, tmp_path)
    viewport = window.view.viewport()
    QTest.mouseDClick(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        _centre_of(window, "c1"),
    )
    type_text(viewport, "Długa notatka 還沒寫完")
    qtbot.waitUntil(lambda: window.autosaver.snapshot_path is not None, timeout=3000)
    assert _text(read_project(window.autosaver.snapshot_path)) == "Długa notatka 還沒寫完"
    assert window.stack.count() == 0, "a snapshot never commits what is being typed"
    assert _text(window.document.project) == "Sees an ad on YouTube"

    QTest.keyClick(viewport, Qt.Key.Key_Escape)  # cancelled: nothing left to recover
    window.autosaver.save_now(wait=True)
    assert _snapshots(recovery_dir) == []


def test_a_new_card_being_typed_is_in_the_snapshot(window, qtbot, tmp_path, recovery_dir):
    from gui.conftest import type_text
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    _opened(window, tmp_path)
    viewport = window.view.viewport()
    QTest.mouseClick(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        _centre_of(window, "c1"),
    )
    QTest.keyClick(viewport, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    type_text(viewport, "Pomysł z warsztatu")
    qtbot.waitUntil(lambda: window.autosaver.snapshot_path is not None, timeout=3000)
    saved = read_project(window.autosaver.snapshot_path).maps[0]
    card = next(c for c in saved.cards if c.text == "Pomysł z warsztatu")
    first = next(c for c in saved.cards if c.id == "c1")
    assert (card.step_id, card.lane_id) == (first.step_id, first.lane_id)
    assert window.stack.count() == 0
    QTest.keyClick(viewport, Qt.Key.Key_Escape)


# -- the writer thread -----------------------------------------------------------------------------


def test_snapshots_are_written_off_the_ui_thread(window, tmp_path, recovery_dir, monkeypatch):
    import threading

    threads: list[str] = []
    real_write = recovery.atomic_write

    def write(path, data):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        real_write(path, data)

    monkeypatch.setattr(recovery, "atomic_write", write)
    _opened(window, tmp_path)
    _edit(window)
    window.autosaver.save_now(wait=True)
    assert threads, "nothing was written"
    assert all(name != threading.main_thread().name for name in threads)
    assert _text(read_project(window.autosaver.snapshot_path)) == "Changed in the test"


def test_a_slow_write_never_blocks_editing_and_a_discard_still_wins(
    window, tmp_path, recovery_dir, monkeypatch
):
    import threading

    release = threading.Event()
    real_write = recovery.atomic_write

    def slow_write(path, data):  # type: ignore[no-untyped-def]
        release.wait(5)  # a disk that takes its time
        real_write(path, data)

    monkeypatch.setattr(recovery, "atomic_write", slow_write)
    _opened(window, tmp_path)
    _edit(window)
    started = time.monotonic()
    window.autosaver.save_now()
    assert time.monotonic() - started < 1.0, "the UI thread waited for the disk"
    _edit(window, "still editing")  # the window is responsive meanwhile
    window.stack.undo()
    window.stack.undo()  # back at the saved state: the snapshot must go, even one in flight
    window.autosaver.save_now()  # what the timer does after the undo: nothing to keep
    release.set()
    window.autosaver.flush()
    assert _snapshots(recovery_dir) == []
    assert window.autosaver.snapshot_path is None
