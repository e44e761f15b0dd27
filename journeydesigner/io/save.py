"""Write files so that a crash, a full disk or a kill never leaves a half-written one.

Everything is serialised in memory first, then written to a temporary file in the same folder,
flushed and fsynced, and only then renamed over the target; the folder is fsynced after. The
target is always either the complete old file or the complete new one.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

from journeydesigner.errors import SaveError
from journeydesigner.messages import QT_TRANSLATE_NOOP
from journeydesigner.model.project import Project

fcntl: ModuleType | None
try:
    import fcntl
except ImportError:  # Windows
    fcntl = None

_TEMP_SUFFIX = ".tmp"
_REPLACE_RETRIES = 5
"""On Windows an antivirus or sync client may hold the target for a moment; retry the rename."""


def serialise_project(project: Project) -> bytes:
    """The canonical bytes of a project: UTF-8 JSON, fields in model order, two-space indent.

    Defaults are left out so the files stay small and diffs show only what someone set.
    """
    return project.model_dump_json(indent=2, exclude_defaults=True).encode("utf-8") + b"\n"


BACKUP_SUFFIX = ".bak"
MAX_BACKUPS = 20
"""Most previous versions a save keeps next to the file."""


def write_project(project: Project, path: str | Path, *, backups: int = 0) -> None:
    """Save a project atomically, keeping the `backups` versions it replaces.

    The newest previous version is `NAME.bak`, older ones `NAME.bak.2`, `NAME.bak.3`, ...
    """
    data = serialise_project(project)
    if backups > 0:
        keep_backup(path, keep=backups)
    atomic_write(path, data)


def backup_path(path: str | Path, number: int = 1) -> Path:
    """Where a previous version of `path` is kept: `plan.journey` -> `plan.journey.bak`, and
    the older ones (number 2 and up) `plan.journey.bak.2`, ..."""
    target = Path(path)
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    suffix = BACKUP_SUFFIX if number <= 1 else f"{BACKUP_SUFFIX}.{number}"
    return target.with_name(target.name + suffix)


def keep_backup(path: str | Path, *, keep: int = 1) -> Path | None:
    """Copy the current bytes of `path` to its backup, atomically; None when there is no file.

    With `keep` above 1 the older backups move one number up first and the oldest beyond `keep`
    is deleted. The original is copied, never moved: until the new version is in place, the old
    one stays where it was. Raises SaveError when the backup cannot be written, so no save goes
    ahead without it.
    """
    keep = max(1, min(keep, MAX_BACKUPS))
    source = Path(path)
    try:
        data = source.read_bytes()
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise SaveError(
            path, QT_TRANSLATE_NOOP("save", "is a folder; choose a file name")
        ) from None
    except OSError as error:
        raise SaveError(
            path,
            QT_TRANSLATE_NOOP(
                "save", "the current version could not be read to keep a backup ({reason})"
            ).format(reason=_reason(error)),
        ) from None
    target = backup_path(source)
    try:
        _rotate_backups(source, keep)
        atomic_write(target, data)
    except SaveError as error:
        raise SaveError(
            path,
            QT_TRANSLATE_NOOP("save", "no backup could be kept in {name}: {reason}").format(
                name=target.name, reason=error.reason
            ),
        ) from None
    return target


def _rotate_backups(source: Path, keep: int) -> None:
    # Renames only: a kill half-way leaves every version somewhere (at worst one number off),
    # and the newest backup is rewritten from the file itself right after.
    for number in range(keep + 1, MAX_BACKUPS + 1):  # kept when the setting was higher
        with contextlib.suppress(FileNotFoundError):
            backup_path(source, number).unlink()
    for number in range(keep - 1, 0, -1):
        older = backup_path(source, number)
        if older.exists():
            try:
                os.replace(older, backup_path(source, number + 1))
            except OSError as error:
                raise SaveError(older, _reason(error)) from None


def atomic_write(path: str | Path, data: bytes) -> None:
    """Replace `path` with `data` in one step, or leave it untouched and raise SaveError."""
    target = Path(path)
    # Write through a symlink to the file it points to, keeping the link.
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    if target.is_dir():
        raise SaveError(path, QT_TRANSLATE_NOOP("save", "is a folder; choose a file name"))
    folder = target.parent
    if not folder.is_dir():
        raise SaveError(
            path,
            QT_TRANSLATE_NOOP("save", "cannot be saved: the folder {folder} does not exist").format(
                folder=str(folder)
            ),
        )
    try:
        fd, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=_TEMP_SUFFIX)
    except OSError as error:
        raise SaveError(path, _reason(error)) from None
    temp = Path(temp_name)
    _hold(fd)
    try:
        # Kept open (and so locked) until the rename: another save's clean-up must never take
        # this file for a leftover.
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
            if target.exists():
                with contextlib.suppress(OSError):
                    os.chmod(temp, target.stat().st_mode & 0o7777)
            else:
                _apply_umask(temp)
            if sys.platform == "win32":
                stream.close()  # Windows cannot rename a file that is open
            _replace(temp, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise SaveError(path, _reason(error)) from None
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_folder(folder)
    _remove_stale_temps(target)


def _replace(source: Path, target: Path) -> None:
    for attempt in range(_REPLACE_RETRIES):
        try:
            os.replace(source, target)
            return
        except PermissionError as error:
            sharing_violation = getattr(error, "winerror", None) in (5, 32)
            if not sharing_violation or attempt == _REPLACE_RETRIES - 1:
                raise
            time.sleep(0.06)


def _apply_umask(path: Path) -> None:
    # mkstemp creates 0600; a new file should get the same mode as any other the user creates.
    if sys.platform == "win32":
        return
    mask = os.umask(0)
    os.umask(mask)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o666 & ~mask)


def _fsync_folder(folder: Path) -> None:
    if sys.platform == "win32":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the data itself is already synced
    finally:
        os.close(fd)


def _hold(fd: int) -> None:
    """Mark a temporary file as being written: the lock dies with this process, not the file."""
    if fcntl is not None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _abandoned(leftover: Path, older_than_s: float) -> bool:
    """Tell whether no live save is writing this temporary file any more."""
    if fcntl is None:  # Windows: no advisory locks to ask; only an old file is surely abandoned
        return leftover.stat().st_mtime < time.time() - older_than_s
    fd = os.open(leftover, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False  # a save in another process holds it
    finally:
        os.close(fd)
    return True


def _remove_stale_temps(target: Path, older_than_s: float = 3600.0) -> None:
    """Delete the temporary files that killed saves of `target` left behind.

    A save holds an advisory lock on its temporary file while writing; the lock goes when the
    process dies, so a leftover nobody holds is abandoned, however recent. Without such locks
    (Windows), only leftovers older than `older_than_s` are taken for abandoned.
    """
    # Escaped: a name such as `plan [draft].journey` must match itself, not other files.
    for leftover in target.parent.glob(f".{glob.escape(target.name)}.*{_TEMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            if _abandoned(leftover, older_than_s):
                leftover.unlink()


def _reason(error: OSError) -> str:
    if error.errno == errno.ENOSPC:
        return QT_TRANSLATE_NOOP(
            "save", "not enough disk space to save; the previous version is untouched"
        )
    if error.errno in (errno.EACCES, errno.EPERM):
        return QT_TRANSLATE_NOOP(
            "save",
            "permission denied (the file or its folder is read-only); "
            "the previous version is untouched",
        )
    if error.errno == errno.EROFS:
        return QT_TRANSLATE_NOOP("save", "the disk is read-only")
    if error.errno == errno.ENAMETOOLONG:
        return QT_TRANSLATE_NOOP("save", "the file name is too long")
    return QT_TRANSLATE_NOOP(
        "save", "could not be saved ({reason}); the previous version is untouched"
    ).format(reason=error.strerror or str(error))
