"""What a drag from the palette carries: the MIME type and how to read it."""

from __future__ import annotations

from PySide6.QtCore import QMimeData

from journeydesigner.model.elements import LANE_KINDS, LaneKind

PALETTE_MIME = "application/x-journeydesigner-palette"
"""Payload: `card:KIND` or `lane:KIND`, KIND being a lane kind."""


def palette_payload(what: str, kind: LaneKind) -> QMimeData:
    """The drag data for a card type or lane type."""
    data = QMimeData()
    data.setData(PALETTE_MIME, f"{what}:{kind}".encode())
    return data


def parse_payload(data: QMimeData) -> tuple[str, LaneKind] | None:
    """What a palette drag carries: ("card" | "lane", kind), or None for anything else."""
    if not data.hasFormat(PALETTE_MIME):
        return None
    text = bytes(data.data(PALETTE_MIME).data()).decode("utf-8", errors="replace")
    what, _, name = text.partition(":")
    kind = next((k for k in LANE_KINDS if k == name), None)
    if what not in ("card", "lane") or kind is None:
        return None
    return what, kind
