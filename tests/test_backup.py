"""Backups: a save keeps the version it replaces as `NAME.journey.bak`, and never moves it away."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from builders import small_project

from journeydesigner.errors import SaveError
from journeydesigner.io import backup_path, keep_backup, read_project, write_project
from journeydesigner.io import save as save_module


def names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_the_backup_holds_the_previous_bytes(tmp_path):
    target = tmp_path / "plan.journey"
    first = small_project()
    write_project(first, target, backups=1)
    assert names(tmp_path) == ["plan.journey"], "a new file has nothing to back up"
    old_bytes = target.read_bytes()
    second = small_project()
    second.title = "Second version"
    write_project(second, target, backups=1)
    assert (tmp_path / "plan.journey.bak").read_bytes() == old_bytes
    assert read_project(target).title == "Second version"
    assert names(tmp_path) == ["plan.journey", "plan.journey.bak"]


def test_only_the_last_previous_version_is_kept(tmp_path):
    target = tmp_path / "plan.journey"
    for title in ("one", "two", "three"):
        project = small_project()
        project.title = title
        write_project(project, target, backups=1)
    assert read_project(tmp_path / "plan.journey.bak").title == "two"
    assert read_project(target).title == "three"


def test_without_the_option_no_backup_is_written(tmp_path):
    target = tmp_path / "plan.journey"
    write_project(small_project(), target)
    write_project(small_project(), target)
    assert names(tmp_path) == ["plan.journey"]


def test_a_failing_save_leaves_the_file_and_its_backup_intact(tmp_path, monkeypatch):
    target = tmp_path / "plan.journey"
    write_project(small_project(), target, backups=1)
    write_project(small_project(), target, backups=1)
    original = target.read_bytes()
    real_replace = os.replace

    def replace(source, destination):  # type: ignore[no-untyped-def]
        # The backup goes through; the save itself hits a full disk.
        if Path(destination).name == "plan.journey":
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(source, destination)

    monkeypatch.setattr(save_module.os, "replace", replace)
    changed = small_project()
    changed.title = "Never written"
    with pytest.raises(SaveError, match="disk space"):
        write_project(changed, target, backups=1)
    assert target.read_bytes() == original
    # The backup now holds the current version, which is also still the file itself.
    assert (tmp_path / "plan.journey.bak").read_bytes() == original
    assert names(tmp_path) == ["plan.journey", "plan.journey.bak"], "no temporary file is left"


def test_a_backup_that_cannot_be_written_stops_the_save(tmp_path, monkeypatch):
    target = tmp_path / "plan.journey"
    write_project(small_project(), target)
    original = target.read_bytes()
    real_replace = os.replace

    def replace(source, destination):  # type: ignore[no-untyped-def]
        if Path(destination).name.endswith(".bak"):
            raise OSError(errno.EACCES, "Permission denied")
        real_replace(source, destination)

    monkeypatch.setattr(save_module.os, "replace", replace)
    changed = small_project()
    changed.title = "Never written"
    with pytest.raises(SaveError, match=r"no backup could be kept in plan\.journey\.bak"):
        write_project(changed, target, backups=1)
    assert target.read_bytes() == original
    assert names(tmp_path) == ["plan.journey"]


def test_the_original_is_never_moved_away(tmp_path, monkeypatch):
    # Each moment the target exists with complete bytes: a copy, then an atomic replace.
    target = tmp_path / "plan.journey"
    write_project(small_project(), target)
    seen: list[bytes] = []
    real_replace = os.replace

    def replace(source, destination):  # type: ignore[no-untyped-def]
        seen.append(target.read_bytes())
        assert Path(source).name != "plan.journey", "the original must not be renamed"
        real_replace(source, destination)

    monkeypatch.setattr(save_module.os, "replace", replace)
    original = target.read_bytes()
    write_project(small_project(), target, backups=1)
    assert seen == [original, original]


def test_a_symlink_is_backed_up_next_to_the_file_it_points_to(tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    write_project(small_project(), real / "plan.journey")
    link = tmp_path / "link.journey"
    link.symlink_to(real / "plan.journey")
    old = link.read_bytes()
    assert backup_path(link) == real / "plan.journey.bak"
    write_project(small_project(), link, backups=1)
    assert link.is_symlink()
    assert (real / "plan.journey.bak").read_bytes() == old


def test_keep_backup_of_a_missing_file_does_nothing(tmp_path):
    assert keep_backup(tmp_path / "nothing.journey") is None
    assert names(tmp_path) == []


def _titled(title: str):  # type: ignore[no-untyped-def]
    project = small_project()
    project.title = title
    return project


def test_several_numbered_versions_are_kept_newest_first(tmp_path):
    target = tmp_path / "plan.journey"
    for title in ("one", "two", "three", "four", "five"):
        write_project(_titled(title), target, backups=3)
    assert names(tmp_path) == [
        "plan.journey",
        "plan.journey.bak",
        "plan.journey.bak.2",
        "plan.journey.bak.3",
    ]
    assert read_project(target).title == "five"
    assert [read_project(backup_path(target, n)).title for n in (1, 2, 3)] == [
        "four",
        "three",
        "two",
    ]


def test_lowering_the_number_of_backups_removes_the_extra_old_ones(tmp_path):
    target = tmp_path / "plan.journey"
    for title in ("one", "two", "three", "four"):
        write_project(_titled(title), target, backups=3)
    write_project(_titled("five"), target, backups=1)
    assert names(tmp_path) == ["plan.journey", "plan.journey.bak"]
    assert read_project(tmp_path / "plan.journey.bak").title == "four"


def test_a_failed_rotation_stops_the_save_and_keeps_every_version(tmp_path, monkeypatch):
    target = tmp_path / "plan.journey"
    for title in ("one", "two", "three"):
        write_project(_titled(title), target, backups=2)
    before = {name: (tmp_path / name).read_bytes() for name in names(tmp_path)}
    real_replace = os.replace

    def replace(source, destination):  # type: ignore[no-untyped-def]
        if str(destination).endswith(".bak.2"):
            raise OSError(errno.EACCES, "Permission denied")
        return real_replace(source, destination)

    monkeypatch.setattr(save_module.os, "replace", replace)
    with pytest.raises(SaveError, match="permission denied"):
        write_project(_titled("four"), target, backups=2)
    assert {name: (tmp_path / name).read_bytes() for name in names(tmp_path)} == before
