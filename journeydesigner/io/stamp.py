"""What a file on disk looked like when we last read or wrote it, to notice changes made by others.

Size and modification time are cheap but not enough (a rewrite with the same size within the
clock's resolution, or a restored mtime, looks unchanged), so the content hash decides.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class FileStamp:
    """Size, modification time and SHA-256 of a file's bytes."""

    size: int
    mtime_ns: int
    sha256: str


def stamp_of_bytes(path: str | Path, data: bytes) -> FileStamp | None:
    """The stamp of `path` whose content we already hold as `data` (just read or written)."""
    try:
        info = Path(path).stat()
    except OSError:
        return None
    return FileStamp(len(data), info.st_mtime_ns, hashlib.sha256(data).hexdigest())


def stamp_of(path: str | Path) -> FileStamp | None:
    """The stamp of `path` now, or None when it does not exist or cannot be read."""
    try:
        data = Path(path).read_bytes()
    except OSError:
        return None
    return stamp_of_bytes(path, data)


def changed_on_disk(path: str | Path, known: FileStamp | None) -> bool:
    """True when `path` no longer holds the bytes `known` describes (changed, gone, replaced).

    With no `known` stamp there is nothing to compare, so nothing counts as a change.
    """
    if known is None:
        return False
    try:
        info = Path(path).stat()
    except OSError:
        return True  # deleted or renamed away since
    if info.st_size != known.size:
        return True
    # Same size and time can still hide an edit (A16); the bytes decide.
    current = stamp_of(path)
    return current is None or current.sha256 != known.sha256
