"""Making new ids that do not clash with the ones a project already has."""

from __future__ import annotations

import secrets
from collections.abc import Iterable


class IdMaker:
    """Hands out ids `prefix-1`, `prefix-2`, ... skipping any already taken.

    Sequential ids keep generated files (imports, templates, tests) stable and readable;
    `random_ids=True` gives short random ids instead, for edits that may be pasted into
    another project.
    """

    def __init__(self, taken: Iterable[str] = (), *, random_ids: bool = False) -> None:
        self._taken = set(taken)
        self._counters: dict[str, int] = {}
        self._random = random_ids

    def make(self, prefix: str) -> str:
        """A new id starting with `prefix`."""
        while True:
            if self._random:
                candidate = f"{prefix}-{secrets.token_hex(4)}"
            else:
                self._counters[prefix] = self._counters.get(prefix, 0) + 1
                candidate = f"{prefix}-{self._counters[prefix]}"
            if candidate not in self._taken:
                self._taken.add(candidate)
                return candidate

    def reserve(self, ids: Iterable[str]) -> None:
        """Mark ids as taken."""
        self._taken.update(ids)
