"""Exports of maps to other formats: PDF (reportlab) for printing and sharing.

Nothing here imports reportlab: `journeydesigner.export.pdf` loads it only when someone exports,
so the command line and the editor start without it.
"""

from __future__ import annotations

from journeydesigner.errors import JourneyError


class ExportError(JourneyError):
    """A map cannot be exported as asked (too small a page, fonts missing...); names the file."""
