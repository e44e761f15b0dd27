"""Errors meant for people: each names the file and says what is wrong, in one line each.

The CLI prints them, the GUI shows them in a dialog; no traceback ever reaches a user.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from journeydesigner.model.checks import Problem


class JourneyError(Exception):
    """Base of every error Journey Designer reports to a person."""

    def __init__(self, source: str | Path, reason: str) -> None:
        self.source = str(source)
        self.reason = reason
        super().__init__(f"{self.source}: {reason}")

    def lines(self) -> list[str]:
        """The error as lines for a terminal or a dialog."""
        return [str(self)]


class ProjectFileError(JourneyError):
    """A project file could not be read or written at all (missing, a folder, no permission...)."""


class ProjectFormatError(ProjectFileError):
    """A file was read but is not a valid project; `problems` says where and what."""

    def __init__(self, source: str | Path, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        first = str(self.problems[0]) if self.problems else "not a valid project"
        more = len(self.problems) - 1
        reason = first if more == 0 else f"{first} (and {more} more problem{'s' * (more > 1)})"
        super().__init__(source, reason)

    def lines(self) -> list[str]:
        return [f"{self.source}: {problem}" for problem in self.problems]


class NewerVersionError(ProjectFormatError):
    """The file was written by a newer Journey Designer; it is refused, never half-read."""


class SaveError(JourneyError):
    """Writing a file failed; the file on disk is as it was before."""


class InputFormatError(JourneyError):
    """An imported file (CSV, Mermaid, ...) is not in the expected form; names the line."""
