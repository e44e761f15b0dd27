"""Reading and writing `.journey` project files."""

from __future__ import annotations

from journeydesigner.io.load import parse_project, read_project
from journeydesigner.io.save import (
    atomic_write,
    backup_path,
    keep_backup,
    serialise_project,
    write_project,
)

__all__ = [
    "atomic_write",
    "backup_path",
    "keep_backup",
    "parse_project",
    "read_project",
    "serialise_project",
    "write_project",
]
