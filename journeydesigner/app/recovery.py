"""Autosave and crash recovery: snapshots of unsaved work in the app's data folder.

A few seconds after each change, while the document is dirty, the whole project is written with
the normal serialiser and atomic writer to `<AppLocalData>/recovery/<session>-<n>.journey`, with a
small `.meta.json` sidecar (original path, title, time, app version). The user's own file is
never touched. A successful save or a clean close removes the snapshot.

Each process holds `recovery/session-<id>.lock` (a QLockFile with stale time 0). At start-up a
snapshot whose session lock can be taken belongs to a process that died; it is offered back.
A snapshot of a live session (another open window of the app) is left alone.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
import uuid
import weakref
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QLockFile,
    QObject,
    QStandardPaths,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journeydesigner import APP_NAME, __version__
from journeydesigner.errors import JourneyError
from journeydesigner.i18n import translate
from journeydesigner.io.load import read_project
from journeydesigner.io.save import atomic_write, serialise_project
from journeydesigner.io.stamp import FileStamp, changed_on_disk
from journeydesigner.model.project import Project

if TYPE_CHECKING:
    from journeydesigner.document import JourneyDocument

AUTOSAVE_DELAY_MS = 3000
"""How long after the last change a snapshot is written (debounced)."""
SNAPSHOT_SUFFIX = ".journey"
META_SUFFIX = ".meta.json"
TRASH_DAYS = 7
"""Discarded snapshots stay this long in `recovery/trash/`, so a wrong click can be undone."""

Choice = Literal["restore", "discard", "later"]


def recovery_folder() -> Path:
    """`<AppLocalDataLocation>/recovery`: local to this machine, never the user's documents."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base) / "recovery"


# -- the session ---------------------------------------------------------------------------------


class Session:
    """This process's identity in a recovery folder, held by a lock file while it lives."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.id = uuid.uuid4().hex
        folder.mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(session_lock_path(folder, self.id)))
        self._lock.setStaleLockTime(0)
        # A fresh uuid: nobody else can hold it. If the folder refuses a lock file, snapshots
        # still work; a later start simply sees this session as dead, which it then is.
        self._lock.tryLock(0)

    def release(self) -> None:
        """Give up the session lock (at a normal exit)."""
        self._lock.unlock()


_sessions: dict[Path, Session] = {}


def session_for(folder: Path) -> Session:
    """The session of this process in `folder`, started on first use."""
    session = _sessions.get(folder)
    if session is None:
        session = _sessions[folder] = Session(folder)
    return session


def own_session_ids() -> set[str]:
    """Ids of this process's sessions: their snapshots are never offered for recovery."""
    return {session.id for session in _sessions.values()}


def release_sessions() -> None:
    """Release every session lock of this process (at a normal exit)."""
    for session in _sessions.values():
        session.release()
    _sessions.clear()


def session_lock_path(folder: Path, session_id: str) -> Path:
    """The lock file a live session holds."""
    return folder / f"session-{session_id}.lock"


# -- snapshots -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Snapshot:
    """One recovery snapshot on disk and what its sidecar says about it."""

    path: Path
    meta_path: Path
    session: str
    original: Path | None
    title: str
    saved_at: datetime
    app_version: str
    original_stamp: FileStamp | None = None
    """The original file as the session last read or saved it."""

    @property
    def name(self) -> str:
        """What to call it in a list: the original file name, or the project title."""
        return self.original.name if self.original else self.title

    def original_changed_since(self) -> bool:
        """True when the original file changed on disk after the session read or saved it."""
        if self.original is None:
            return False
        if self.original_stamp is not None:
            return changed_on_disk(self.original, self.original_stamp)
        try:
            modified = self.original.stat().st_mtime
        except OSError:
            return False
        return modified > self.saved_at.timestamp()


@dataclass(frozen=True)
class SerialisedProject:
    """A project already turned into file bytes (on the UI thread), ready to be written."""

    title: str
    data: bytes


def write_snapshot(
    folder: Path,
    stem: str,
    project: Project | SerialisedProject,
    original: Path | None,
    *,
    session: str,
    original_stamp: FileStamp | None = None,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> Snapshot:
    """Write `project` and its sidecar atomically; raise SaveError when that fails."""
    if isinstance(project, Project):
        project = SerialisedProject(project.title, serialise_project(project))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{stem}{SNAPSHOT_SUFFIX}"
    meta_path = folder / f"{stem}{META_SUFFIX}"
    saved_at = clock()
    meta = {
        "session": session,
        "original": str(original) if original else None,
        "title": project.title,
        "saved_at": saved_at.isoformat(),
        "app_version": __version__,
        "original_stamp": asdict(original_stamp) if original_stamp else None,
    }
    atomic_write(path, project.data)
    # The sidecar last: a snapshot without one is ignored, so a half-done pair is never offered.
    atomic_write(meta_path, json.dumps(meta, indent=2).encode("utf-8"))
    return Snapshot(
        path, meta_path, session, original, project.title, saved_at, __version__, original_stamp
    )


def remove_snapshot(snapshot_path: Path) -> None:
    """Delete a snapshot and its sidecar, if they are there."""
    stem = snapshot_path.name.removesuffix(SNAPSHOT_SUFFIX)
    for path in (snapshot_path, snapshot_path.with_name(stem + META_SUFFIX)):
        with contextlib.suppress(OSError):
            path.unlink()


def read_snapshot_meta(meta_path: Path) -> Snapshot | None:
    """The snapshot a sidecar describes, or None when either file is missing or unreadable."""
    try:
        meta = json.loads(meta_path.read_text("utf-8"))
        session = str(meta["session"])
        original = Path(meta["original"]) if meta.get("original") else None
        saved_at = datetime.fromisoformat(str(meta["saved_at"]))
        title = str(meta.get("title") or translate("recovery", "Untitled project"))
        app_version = str(meta.get("app_version") or "")
        stamp = meta.get("original_stamp")
        original_stamp = (
            FileStamp(int(stamp["size"]), int(stamp["mtime_ns"]), str(stamp["sha256"]))
            if isinstance(stamp, dict)
            else None
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
    stem = meta_path.name.removesuffix(META_SUFFIX)
    path = meta_path.with_name(stem + SNAPSHOT_SUFFIX)
    if not path.is_file():
        return None
    return Snapshot(
        path, meta_path, session, original, title, saved_at, app_version, original_stamp
    )


def session_is_alive(folder: Path, session_id: str) -> bool:
    """True when another live process holds the session's lock."""
    if session_id in own_session_ids():
        return True
    lock = QLockFile(str(session_lock_path(folder, session_id)))
    lock.setStaleLockTime(0)  # a dead owner's lock is stale at once (QLockFile checks the pid)
    if lock.tryLock(0):
        lock.unlock()  # removes the dead session's lock file
        return False
    return lock.error() == QLockFile.LockError.LockFailedError


def find_orphans(folder: Path | None = None) -> list[Snapshot]:
    """Snapshots left by sessions that died (crashed or killed), newest first."""
    folder = folder if folder is not None else recovery_folder()
    if not folder.is_dir():
        return []
    found: list[Snapshot] = []
    alive: dict[str, bool] = {}
    for meta_path in sorted(folder.glob(f"*{META_SUFFIX}")):
        snapshot = read_snapshot_meta(meta_path)
        if snapshot is None:
            continue
        if snapshot.session not in alive:
            alive[snapshot.session] = session_is_alive(folder, snapshot.session)
        if not alive[snapshot.session]:
            found.append(snapshot)
    # Dead sessions that left no snapshot: their lock files go too.
    for lock_file in folder.glob("session-*.lock"):
        session_id = lock_file.name.removeprefix("session-").removesuffix(".lock")
        if session_id not in alive:
            session_is_alive(folder, session_id)
    empty_trash(folder)
    found.sort(key=lambda s: s.saved_at, reverse=True)
    return found


def move_to_trash(snapshot: Snapshot) -> None:
    """Set a discarded snapshot aside in `recovery/trash/` (emptied after TRASH_DAYS)."""
    trash = snapshot.path.parent / "trash"
    try:
        trash.mkdir(exist_ok=True)
        for path in (snapshot.path, snapshot.meta_path):
            path.replace(trash / path.name)
            os.utime(trash / path.name)  # the week starts now
    except OSError:
        remove_snapshot(snapshot.path)


def empty_trash(folder: Path, *, now: float | None = None) -> None:
    """Delete discarded snapshots older than TRASH_DAYS."""
    cutoff = (time.time() if now is None else now) - TRASH_DAYS * 86400
    for path in (folder / "trash").glob("*"):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < cutoff:
                path.unlink()


def load_snapshot(snapshot: Snapshot) -> Project:
    """The project a snapshot holds; raises ProjectFileError when it cannot be read."""
    return read_project(snapshot.path)


# -- autosave ------------------------------------------------------------------------------------


class Autosaver(QObject):
    """Writes a snapshot a few seconds after the last change while the document is dirty.

    The project is serialised on the UI thread (it is the only one that may read the model) and
    written by one background thread, so a slow or network disk never freezes editing. Writes and
    removals go through that one thread in the order they were asked for.
    """

    _counter = 0
    _written = Signal(int, object)
    """(generation, Snapshot or error message), from the writer thread."""

    def __init__(
        self,
        stack: QUndoStack,
        document: Callable[[], JourneyDocument],
        parent: QObject | None = None,
        on_failure: Callable[[str], None] | None = None,
        stamp: Callable[[], FileStamp | None] = lambda: None,
        typing: Callable[[], contextlib.AbstractContextManager[bool]] = lambda: (
            contextlib.nullcontext(False)
        ),
    ) -> None:
        super().__init__(parent)
        _autosavers.add(self)
        Autosaver._counter += 1
        self._number = Autosaver._counter
        self._stack = stack
        self._document = document
        self._on_failure = on_failure
        self._stamp = stamp
        self._typing = typing
        self._warned = False
        self._generation = 0
        self._pending: list[Future[None]] = []
        self._target: Path | None = None
        """Where this window's snapshot is written."""
        self.snapshot_path: Path | None = None
        """The snapshot on disk, once written."""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_DELAY_MS)
        self.timer.timeout.connect(self.save_now)
        self._written.connect(self._finished)
        stack.indexChanged.connect(self._changed)
        stack.cleanChanged.connect(self._changed)

    def set_delay(self, milliseconds: int) -> None:
        """Change the debounce delay (tests use a short one)."""
        self.timer.setInterval(milliseconds)

    def _changed(self, *_args: object) -> None:
        self.timer.start()  # restarts: the snapshot waits for a pause in the editing

    def touch(self) -> None:
        """A change not on the undo stack yet (text being typed): snapshot after a pause."""
        self.timer.start()

    def save_now(self, *, wait: bool = False) -> None:
        """Write the snapshot now if there are unsaved changes; forget it if there are none.

        Text still being typed in the canvas counts as a change: the snapshot holds the project
        as if it had been committed, so a crash in the middle of a long note loses nothing.
        With `wait`, return only once it is on disk (before a crash is allowed to happen).
        """
        self.timer.stop()
        document = self._document()
        with self._typing() as typed:
            if self._stack.isClean() and not typed:
                self.discard()
                if wait:
                    self.flush()
                return
            serialised = SerialisedProject(
                document.project.title, serialise_project(document.project)
            )
        folder = recovery_folder()
        self._generation += 1
        generation = self._generation
        original, stamp = document.path, self._stamp()
        try:
            session = session_for(folder)
        except OSError as error:
            self._finished(generation, str(error))
            return
        stem = f"{session.id}-{self._number}"
        self._target = folder / f"{stem}{SNAPSHOT_SUFFIX}"

        def write() -> None:
            try:
                snapshot = write_snapshot(
                    folder, stem, serialised, original, session=session.id, original_stamp=stamp
                )
            except (JourneyError, OSError) as error:
                self._written.emit(generation, str(error))
                return
            self._written.emit(generation, snapshot)

        self._submit(write)
        if wait:
            self.flush()

    def _finished(self, generation: int, result: object) -> None:
        if generation != self._generation:
            return  # discarded or superseded meanwhile
        if isinstance(result, str):
            # Editing goes on; say so once, not after every change.
            if not self._warned and self._on_failure is not None:
                self._on_failure(self.tr("Autosave failed: {error}").format(error=result))
            self._warned = True
            return
        assert isinstance(result, Snapshot)
        self._warned = False
        self.snapshot_path = result.path

    def discard(self) -> None:
        """Remove this window's snapshot (after a save, a clean close, or Discard)."""
        self.timer.stop()
        self._generation += 1  # a write still on its way is removed right after it lands
        self.snapshot_path = None
        target = self._target
        if target is not None:
            self._submit(lambda: remove_snapshot(target))

    def flush(self) -> None:
        """Wait until every write and removal asked for so far is done, and report them."""
        pending, self._pending = self._pending, []
        for future in pending:
            future.result()
        QCoreApplication.sendPostedEvents(self)  # deliver the results now, not later

    def _submit(self, job: Callable[[], None]) -> None:
        self._pending = [f for f in self._pending if not f.done()]
        self._pending.append(_writer().submit(job))


_writer_pool: ThreadPoolExecutor | None = None


def _writer() -> ThreadPoolExecutor:
    """The one thread that writes snapshots, in order, for every window."""
    global _writer_pool
    if _writer_pool is None:
        _writer_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
    return _writer_pool


_autosavers: weakref.WeakSet[Autosaver] = weakref.WeakSet()
_in_emergency = False


def emergency_snapshots() -> None:
    """Snapshot every window's unsaved work now (an uncaught error may be followed by a crash)."""
    global _in_emergency
    if _in_emergency:
        return  # an error while saving must not recurse
    _in_emergency = True
    try:
        for autosaver in list(_autosavers):
            with contextlib.suppress(Exception):
                autosaver.save_now(wait=True)
    finally:
        _in_emergency = False


def install_emergency_hook() -> None:
    """On an uncaught Python error, snapshot unsaved work first, then report it as before."""
    previous = sys.excepthook

    def hook(
        kind: type[BaseException], value: BaseException, traceback: TracebackType | None
    ) -> None:
        emergency_snapshots()
        previous(kind, value, traceback)

    sys.excepthook = hook


# -- offering the snapshots back -----------------------------------------------------------------


class RecoveryDialog(QDialog):
    """Lists the snapshots of crashed sessions: Restore the chosen one, Discard it, or Later."""

    def __init__(self, snapshots: list[Snapshot], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{app} — recover unsaved work").format(app=APP_NAME))
        self.choice: Choice = "later"
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "{app} was closed without saving these changes. "
                    "Restore one to continue where you left off."
                ).format(app=APP_NAME)
            )
        )
        self.list = QListWidget()
        for snapshot in snapshots:
            item = QListWidgetItem(describe(snapshot))
            item.setToolTip(str(snapshot.original) if snapshot.original else self.tr("never saved"))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox()
        for label, choice, role in (
            (self.tr("Restore"), "restore", QDialogButtonBox.ButtonRole.AcceptRole),
            (self.tr("Discard"), "discard", QDialogButtonBox.ButtonRole.DestructiveRole),
            (self.tr("Later"), "later", QDialogButtonBox.ButtonRole.RejectRole),
        ):
            button = QPushButton(label)
            button.clicked.connect(lambda _checked=False, c=choice: self._finish(c))
            buttons.addButton(button, role)
        layout.addWidget(buttons)

    def _finish(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()


def describe(snapshot: Snapshot) -> str:
    """One line for the list: name, local time, and a warning when the original is newer."""
    moment = snapshot.saved_at.astimezone()
    when = QLocale().toString(
        QDateTime(
            QDate(moment.year, moment.month, moment.day),
            QTime(moment.hour, moment.minute, moment.second),
        ),
        QLocale.FormatType.ShortFormat,
    )
    line = f"{snapshot.name} — {when}"
    if snapshot.original is None:
        line += translate("recovery", " (never saved)")
    elif snapshot.original_changed_since():
        line += translate("recovery", " (the file was changed after this snapshot)")
    return line


def ask_recovery(
    parent: QWidget | None, snapshots: list[Snapshot]
) -> tuple[Choice, Snapshot | None]:
    """Show the recovery dialog; tests replace this function to answer without a dialog."""
    dialog = RecoveryDialog(snapshots, parent)
    dialog.exec()
    row = dialog.list.currentRow()
    chosen = snapshots[row] if 0 <= row < len(snapshots) else None
    return dialog.choice, chosen


def offer_recovery(
    parent: QWidget | None,
    snapshots: list[Snapshot],
    restore: Callable[[Snapshot], bool],
) -> bool:
    """Ask what to do with crashed sessions' snapshots; True when one was restored."""
    if not snapshots:
        return False
    choice, chosen = ask_recovery(parent, snapshots)
    if chosen is None:
        return False
    if choice == "restore":
        return restore(chosen)
    if choice == "discard":
        move_to_trash(chosen)
    return False
