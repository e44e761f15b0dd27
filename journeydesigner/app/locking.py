"""Guards on the open document: a lock file, so a second instance does not silently edit it too,
and noticing (by a file watcher, and always before a save) that the file changed on disk since
it was opened.

`plan.journey` is guarded by `.~plan.journey.lock` (a QLockFile with stale time 0: a lock whose
process has died is taken over at once). It is taken after a successful load and released when
the window closes or opens another file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, QSysInfo, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from journeydesigner import APP_NAME
from journeydesigner.i18n import translate
from journeydesigner.io.stamp import FileStamp, changed_on_disk, stamp_of

LockChoice = Literal["read_only", "take_over", "cancel"]
ChangedChoice = Literal["overwrite", "save_as", "cancel"]


def lock_path(path: Path) -> Path:
    """Where the lock of `path` lives: `.~<name>.lock` in the same folder."""
    return path.parent / f".~{path.name}.lock"


@dataclass(frozen=True)
class LockOwner:
    """Who holds a lock, as far as its lock file says."""

    pid: int
    host: str
    app: str

    @property
    def elsewhere(self) -> bool:
        """True when the lock was made on another computer: whether that app still runs cannot
        be checked from here (a shared or synced folder), so the user may take the lock over."""
        return bool(self.host) and self.host != QSysInfo.machineHostName()

    def describe(self) -> str:
        """`another Journey Designer (process 123 on laptop)`, or less when the file says less."""
        if not self.pid:
            return translate("locking", "another program")
        if self.host:
            return translate("locking", "another {app} (process {pid} on {host})").format(
                app=APP_NAME, pid=self.pid, host=self.host
            )
        return translate("locking", "another {app} (process {pid})").format(
            app=APP_NAME, pid=self.pid
        )


class DocumentLock:
    """The lock on one document file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = QLockFile(str(lock_path(path)))
        self._lock.setStaleLockTime(0)

    def acquire(self) -> Literal["locked", "held", "unavailable"]:
        """`locked` when ours now, `held` by another live process, `unavailable` when no lock file
        can be made here (a read-only folder or medium)."""
        if self._lock.tryLock(100):
            return "locked"
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            return "held"
        return "unavailable"

    def owner(self) -> LockOwner:
        """Who holds the lock (after `acquire` returned `held`)."""
        info = self._lock.getLockInfo()
        if isinstance(info, tuple) and len(info) == 3:
            pid, host, app = info
            return LockOwner(int(pid or 0), str(host or ""), str(app or ""))
        return LockOwner(0, "", "")

    def take_over(self) -> bool:
        """Remove another computer's lock (the user said it is left over) and take it."""
        self._lock.removeStaleLockFile()
        return self._lock.tryLock(100)

    def release(self) -> None:
        """Remove the lock file if it is ours."""
        self._lock.unlock()


def ask_locked(parent: QWidget | None, path: Path, owner: LockOwner) -> LockChoice:
    """Ask what to do with a file another instance has open; tests replace this function."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        APP_NAME,
        translate("locking", "“{name}” is open in {owner}.").format(
            name=path.name, owner=owner.describe()
        ),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setInformativeText(
        translate(
            "locking",
            "Changes saved there and here would overwrite each other. Open it read-only "
            "(to save your changes you choose another file name)?",
        )
    )
    read_only = box.addButton(
        translate("locking", "Open read-only"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(read_only)
    take_over = None
    if owner.elsewhere:
        # A lock from another computer outlives a crash there; only the user can tell.
        box.setInformativeText(
            box.informativeText()
            + "\n\n"
            + translate(
                "locking",
                "If {host} is no longer using it (for example it crashed), you can edit it here.",
            ).format(host=owner.host)
        )
        take_over = box.addButton(
            translate("locking", "Edit Here Anyway"), QMessageBox.ButtonRole.DestructiveRole
        )
    box.exec()
    clicked = box.clickedButton()
    if take_over is not None and clicked is take_over:
        return "take_over"
    return "read_only" if clicked is read_only else "cancel"


def lock_document(
    parent: QWidget | None, path: Path, current: DocumentLock | None = None
) -> tuple[DocumentLock | None, bool] | None:
    """Lock `path` for editing: (lock or None, read-only), or None when the user cancelled.

    `current` is the lock the window already holds; reopening the same file keeps it.
    """
    if current is not None and current.path == path:
        return current, False
    lock = DocumentLock(path)
    state = lock.acquire()
    if state == "locked":
        return lock, False
    if state == "unavailable":
        # No lock can be made here (read-only media); a save would fail with its own message.
        return None, False
    owner = lock.owner()
    choice = ask_locked(parent, path, owner)
    if choice == "take_over" and owner.elsewhere and lock.take_over():
        return lock, False
    if choice in ("read_only", "take_over"):
        return None, True  # a lock that could not be taken over still leaves read-only
    return None


def ask_changed_on_disk(parent: QWidget | None, path: Path, exists: bool) -> ChangedChoice:
    """Ask before saving over a file someone else changed; tests replace this function."""
    text = (
        translate("locking", "“{name}” was changed on disk since you opened it.")
        if exists
        else translate("locking", "“{name}” no longer exists (it was moved, renamed or deleted).")
    ).format(name=path.name)
    box = QMessageBox(
        QMessageBox.Icon.Warning, APP_NAME, text, QMessageBox.StandardButton.Cancel, parent
    )
    box.setInformativeText(
        translate(
            "locking", "Overwrite it with your version, or save your version under another name?"
        )
        if exists
        else translate("locking", "Save your version there again, or under another name?")
    )
    overwrite = box.addButton(
        translate("locking", "Overwrite") if exists else translate("locking", "Save here"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    save_as = box.addButton(translate("locking", "Save As…"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(save_as)
    box.exec()
    clicked = box.clickedButton()
    if clicked is overwrite:
        return "overwrite"
    return "save_as" if clicked is save_as else "cancel"


class DiskWatcher(QObject):
    """Watches the open file and reports, once per outside version, that someone changed it."""

    def __init__(
        self,
        parent: QObject,
        current: Callable[[], tuple[Path | None, FileStamp | None]],
        on_changed: Callable[[Path], None],
    ) -> None:
        super().__init__(parent)
        self._current = current
        self._on_changed = on_changed
        self._reported: FileStamp | None = None
        # Editors and sync clients write in bursts; look once things settle.
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(300)
        self.timer.timeout.connect(self.check)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(lambda _name: self.timer.start())

    def watch(self, path: Path | None) -> None:
        """Watch `path` (the file just opened or saved), or nothing."""
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        self._reported = None
        if path is not None and path.exists():
            self.watcher.addPath(str(path))

    def check(self) -> None:
        """Report the file if its bytes differ from what we last read or wrote."""
        path, known = self._current()
        if path is None or known is None or not path.exists():
            return  # a deleted file is dealt with when saving
        if str(path) not in self.watcher.files():
            self.watcher.addPath(str(path))  # replaced by a rename: watch the new file
        if not changed_on_disk(path, known):
            return
        now = stamp_of(path)
        if now is None or (self._reported is not None and now.sha256 == self._reported.sha256):
            return
        self._reported = now
        self._on_changed(path)


def ask_reload(
    parent: QWidget | None, path: Path, dirty: bool, answer: Callable[[bool], None]
) -> None:
    """Offer to reload a file changed on disk, without blocking; tests replace this function."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        APP_NAME,
        translate("locking", "“{name}” was changed on disk by another program.").format(
            name=path.name
        ),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setInformativeText(
        translate(
            "locking",
            "Reload it? Your unsaved changes here would be lost (or keep yours; saving will "
            "then ask before overwriting).",
        )
        if dirty
        else translate("locking", "Reload it to see the changes?")
    )
    reload = box.addButton(translate("locking", "Reload"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(
        translate("locking", "Keep mine") if dirty else translate("locking", "Ignore"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _result: answer(box.clickedButton() is reload))
    box.open()
