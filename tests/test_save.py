"""Saving: the file on disk is always the whole old version or the whole new one."""

from __future__ import annotations

import contextlib
import errno
import os
import random
import signal
import stat
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest
from builders import small_project

from journeydesigner.errors import SaveError
from journeydesigner.io import atomic_write, read_project, serialise_project, write_project
from journeydesigner.io import save as save_module

OLD = b"the old version\n"
NEW = b"the new version, a little longer\n"
ROOT = Path(__file__).resolve().parent.parent


def names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def make_old(path: Path, mtime: float | None = None) -> None:
    path.write_bytes(b"left over")
    if mtime is not None:
        os.utime(path, (mtime, mtime))


# --- writing -------------------------------------------------------------------------------------


def test_writes_the_bytes_to_a_new_file(tmp_path):
    target = tmp_path / "project.journey"
    data = bytes(range(256)) * 10
    atomic_write(target, data)
    assert target.read_bytes() == data
    assert names(tmp_path) == ["project.journey"]


def test_replaces_an_existing_file(tmp_path):
    target = tmp_path / "project.journey"
    target.write_bytes(b"x" * 10_000)
    atomic_write(target, NEW)
    assert target.read_bytes() == NEW
    assert names(tmp_path) == ["project.journey"]


def test_writes_an_empty_file(tmp_path):
    target = tmp_path / "empty.txt"
    target.write_bytes(OLD)
    atomic_write(str(target), b"")
    assert target.read_bytes() == b""


def test_write_project_and_read_project_round_trip(tmp_path):
    target = tmp_path / "shop.journey"
    project = small_project()
    write_project(project, target)
    assert target.read_bytes() == serialise_project(project)
    assert read_project(target) == project
    project.title = "Renamed"
    write_project(project, target)
    assert read_project(target).title == "Renamed"


# --- failures leave the old file -----------------------------------------------------------------


class _FullDisk:
    """A file object whose writes fail as on a full disk."""

    def __init__(self, stream):
        self._stream = stream

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._stream.close()

    def write(self, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    def flush(self):
        self._stream.flush()

    def fileno(self):
        return self._stream.fileno()


def _fail_fsync(monkeypatch):
    def fsync(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", fsync)


def _fail_write(monkeypatch):
    real_fdopen = os.fdopen
    monkeypatch.setattr(
        os, "fdopen", lambda fd, *args, **kwargs: _FullDisk(real_fdopen(fd, *args, **kwargs))
    )


@pytest.mark.parametrize("fail", [_fail_fsync, _fail_write], ids=["fsync", "write"])
def test_a_full_disk_leaves_the_old_file_and_no_temp_file(tmp_path, monkeypatch, fail):
    target = tmp_path / "project.journey"
    target.write_bytes(OLD)
    fail(monkeypatch)
    with pytest.raises(SaveError) as info:
        atomic_write(target, NEW * 1000)
    assert "not enough disk space" in str(info.value)
    assert "the previous version is untouched" in str(info.value)
    assert "project.journey" in str(info.value)
    monkeypatch.undo()
    assert target.read_bytes() == OLD
    assert names(tmp_path) == ["project.journey"]


def test_a_full_disk_on_a_new_file_leaves_nothing(tmp_path, monkeypatch):
    _fail_fsync(monkeypatch)
    with pytest.raises(SaveError, match="disk space"):
        atomic_write(tmp_path / "new.journey", NEW)
    monkeypatch.undo()
    assert names(tmp_path) == []


def test_a_read_only_folder_is_reported(tmp_path, monkeypatch):
    target = tmp_path / "project.journey"
    target.write_bytes(OLD)

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(SaveError, match="permission denied") as info:
        atomic_write(target, NEW)
    assert "project.journey" in str(info.value)
    monkeypatch.undo()
    assert target.read_bytes() == OLD
    assert names(tmp_path) == ["project.journey"]


@pytest.mark.parametrize(
    ("code", "message"),
    [
        (errno.EROFS, "the disk is read-only"),
        (errno.ENAMETOOLONG, "the file name is too long"),
        (errno.EIO, "could not be saved (Input/output error); the previous version is untouched"),
    ],
)
def test_a_failed_rename_leaves_the_old_file(tmp_path, monkeypatch, code, message):
    target = tmp_path / "project.journey"
    target.write_bytes(OLD)

    def fail(source, destination):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(SaveError) as info:
        atomic_write(target, NEW)
    assert message in str(info.value)
    monkeypatch.undo()
    assert target.read_bytes() == OLD
    assert names(tmp_path) == ["project.journey"]


def test_an_interrupt_while_writing_removes_the_temp_file(tmp_path, monkeypatch):
    target = tmp_path / "project.journey"
    target.write_bytes(OLD)

    def interrupt(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(target, NEW)
    monkeypatch.undo()
    assert target.read_bytes() == OLD
    assert names(tmp_path) == ["project.journey"]


def test_a_folder_as_target_is_refused(tmp_path):
    folder = tmp_path / "project.journey"
    folder.mkdir()
    (folder / "inside").write_bytes(OLD)
    with pytest.raises(SaveError, match="is a folder; choose a file name"):
        atomic_write(folder, NEW)
    assert names(folder) == ["inside"]


def test_a_missing_folder_is_reported_and_not_created(tmp_path):
    target = tmp_path / "missing" / "project.journey"
    with pytest.raises(SaveError, match=r"the folder .*missing does not exist") as info:
        atomic_write(target, NEW)
    assert "project.journey" in str(info.value)
    assert not (tmp_path / "missing").exists()


def test_a_file_where_the_folder_should_be_is_reported(tmp_path):
    (tmp_path / "not-a-folder").write_bytes(OLD)
    with pytest.raises(SaveError, match="does not exist"):
        atomic_write(tmp_path / "not-a-folder" / "project.journey", NEW)


# --- what is kept: mode, links -------------------------------------------------------------------


@pytest.mark.parametrize("mode", [0o640, 0o600, 0o644, 0o666])
def test_the_mode_of_an_existing_file_is_kept(tmp_path, mode):
    target = tmp_path / "project.journey"
    target.write_bytes(OLD)
    target.chmod(mode)
    atomic_write(target, NEW)
    assert stat.S_IMODE(target.stat().st_mode) == mode
    assert target.read_bytes() == NEW


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_new_file_gets_the_mode_the_umask_allows(tmp_path, umask, mode):
    previous = os.umask(umask)
    try:
        atomic_write(tmp_path / "new.journey", NEW)
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "new.journey").stat().st_mode) == mode


def test_saving_through_a_symlink_keeps_the_link(tmp_path):
    real_folder = tmp_path / "real"
    real_folder.mkdir()
    real = real_folder / "project.journey"
    real.write_bytes(OLD)
    link = tmp_path / "link.journey"
    link.symlink_to(Path("real") / "project.journey")
    atomic_write(link, NEW)
    assert link.is_symlink()
    assert os.readlink(link) == str(Path("real") / "project.journey")
    assert real.read_bytes() == NEW
    assert names(tmp_path) == ["link.journey", "real"]
    assert names(real_folder) == ["project.journey"]


def test_saving_through_a_chain_of_symlinks_writes_the_last_file(tmp_path):
    real = tmp_path / "real.journey"
    real.write_bytes(OLD)
    (tmp_path / "one.journey").symlink_to(real)
    (tmp_path / "two.journey").symlink_to(tmp_path / "one.journey")
    atomic_write(tmp_path / "two.journey", NEW)
    assert real.read_bytes() == NEW
    assert (tmp_path / "one.journey").is_symlink()
    assert (tmp_path / "two.journey").is_symlink()


def test_a_dangling_symlink_creates_its_target(tmp_path):
    link = tmp_path / "link.journey"
    link.symlink_to(tmp_path / "later.journey")
    atomic_write(link, NEW)
    assert link.is_symlink()
    assert (tmp_path / "later.journey").read_bytes() == NEW


# --- stale temp files ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["project.journey", "plan [draft].journey", "a*b?.journey"])
def test_temp_files_left_by_killed_saves_are_removed_and_live_ones_kept(tmp_path, name):
    target = tmp_path / name
    target.write_bytes(OLD)
    two_hours_ago = time.time() - 7200
    make_old(tmp_path / f".{name}.abc123.tmp", two_hours_ago)
    make_old(tmp_path / f".{name}.def456.tmp")  # a save killed a moment ago
    live = tmp_path / f".{name}.ghi789.tmp"
    make_old(live)
    make_old(tmp_path / f".{name}.backup", two_hours_ago)  # not one of ours
    make_old(tmp_path / ".other.journey.abc.tmp", two_hours_ago)  # another file's
    make_old(tmp_path / ".aXbY.journey.abc.tmp", two_hours_ago)  # would match an unescaped glob
    make_old(tmp_path / f"{name}.abc.tmp", two_hours_ago)  # not hidden: not one of ours
    # A save in progress in another process holds its temporary file locked.
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(live)], stdout=subprocess.PIPE, stdin=subprocess.PIPE
    )
    try:
        assert holder.stdout.readline() == b"locked\n"
        atomic_write(target, NEW)
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)
    assert names(tmp_path) == sorted(
        [
            name,
            f".{name}.ghi789.tmp",
            f".{name}.backup",
            ".other.journey.abc.tmp",
            ".aXbY.journey.abc.tmp",
            f"{name}.abc.tmp",
        ]
    )
    assert target.read_bytes() == NEW


_HOLDER = textwrap.dedent(
    """
    import fcntl, sys
    with open(sys.argv[1], "ab") as stream:
        fcntl.flock(stream.fileno(), fcntl.LOCK_EX)
        print("locked", flush=True)
        sys.stdin.read()
    """
)


def test_without_advisory_locks_only_old_leftovers_count_as_abandoned(tmp_path, monkeypatch):
    monkeypatch.setattr(save_module, "fcntl", None)
    target = tmp_path / "plan.journey"
    make_old(tmp_path / ".plan.journey.old.tmp", time.time() - 7200)
    make_old(tmp_path / ".plan.journey.new.tmp")
    atomic_write(target, NEW)
    assert names(tmp_path) == [".plan.journey.new.tmp", "plan.journey"]


def test_a_failed_save_does_not_clean_up_stale_files(tmp_path, monkeypatch):
    target = tmp_path / "project.journey"
    target.write_bytes(OLD)
    make_old(tmp_path / ".project.journey.abc.tmp", time.time() - 7200)
    _fail_fsync(monkeypatch)
    with pytest.raises(SaveError):
        atomic_write(target, NEW)
    monkeypatch.undo()
    assert names(tmp_path) == [".project.journey.abc.tmp", "project.journey"]


# --- killed while saving -------------------------------------------------------------------------

# One interpreter imports the package once, then forks a fresh writer for every round, so the
# rounds cost milliseconds instead of an interpreter start each.
_WRITER = textwrap.dedent(
    """
    import os
    import sys

    from journeydesigner.io.save import atomic_write, keep_backup

    path = sys.argv[1]
    payloads = (b"A" * 2_000_000, b"B" * 2_100_000)
    for line in sys.stdin:
        first = int(line)
        pid = os.fork()
        if pid == 0:
            try:
                index = first
                while True:
                    keep_backup(path, keep=2)  # as the editor saves: rotate, back up, replace
                    atomic_write(path, payloads[index % 2])
                    index += 1
            finally:
                os._exit(3)
        print(pid, flush=True)
        print(os.waitpid(pid, 0)[1], flush=True)
    """
)
PAYLOADS = (b"A" * 2_000_000, b"B" * 2_100_000)
ROUNDS = 200


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")
def test_a_save_killed_at_any_moment_leaves_one_whole_version(tmp_path):
    target = tmp_path / "project.journey"
    atomic_write(target, PAYLOADS[0])
    rng = random.Random()
    seed = rng.randrange(2**32)
    rng.seed(seed)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    writer = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(target)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        env=env,
    )
    seen = set()
    child = None
    started = time.monotonic()
    try:
        for round_ in range(ROUNDS):
            writer.stdin.write(f"{round_ % 2}\n")
            writer.stdin.flush()
            line = writer.stdout.readline()
            assert line, "the writer process died"
            child = int(line)
            time.sleep(rng.uniform(0.0, 0.08))
            os.kill(child, signal.SIGKILL)
            status = int(writer.stdout.readline())
            child = None
            assert os.WIFSIGNALED(status), f"the writer stopped by itself (status {status})"
            assert os.WTERMSIG(status) == signal.SIGKILL
            content = target.read_bytes()
            assert content in PAYLOADS, (
                f"seed {seed}, round {round_}: {len(content)} bytes, "
                f"starting {content[:1]!r}, ending {content[-1:]!r}"
            )
            for backup in (f"{target}.bak", f"{target}.bak.2"):
                if os.path.exists(backup):
                    kept = Path(backup).read_bytes()
                    assert kept in PAYLOADS, f"seed {seed}, round {round_}: {backup} is partial"
            seen.add(content)
            assert time.monotonic() - started < 120
    finally:
        if child is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(child, signal.SIGKILL)
        writer.stdin.close()
        try:
            writer.wait(timeout=10)
        except subprocess.TimeoutExpired:
            writer.kill()
            writer.wait()
    assert writer.returncode == 0
    assert seen == set(PAYLOADS), f"seed {seed}: the writer never finished a save of both"
    # Killed saves may leave fresh temp files behind, but nothing else.
    backups = {"project.journey", "project.journey.bak", "project.journey.bak.2"}
    leftovers = [name for name in names(tmp_path) if name not in backups]
    assert all(
        name.startswith((".project.journey.", ".project.journey.bak")) and name.endswith(".tmp")
        for name in leftovers
    )
