"""Cards on the clipboard: our own format for pasting into any map, and plain text for others."""

from __future__ import annotations

import json

from pydantic import ValidationError
from PySide6.QtCore import QMimeData

from journeydesigner.model.elements import Card

CARDS_MIME = "application/x-journeydesigner-cards"
MAX_PASTED_CARDS = 1000


def cards_to_mime(cards: list[Card]) -> QMimeData:
    """Cards as our own format plus plain text (one card per paragraph) for other apps."""
    data = QMimeData()
    payload = [card.model_dump(mode="json", exclude_defaults=True) for card in cards]
    data.setData(CARDS_MIME, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    data.setText("\n\n".join(card.text for card in cards))
    return data


def cards_from_mime(data: QMimeData) -> list[Card]:
    """Cards from the clipboard: ours when present, else one card per line of plain text.

    Whatever another program put there is validated like a file would be; what does not
    validate is ignored rather than pasted half-way.
    """
    if data.hasFormat(CARDS_MIME):
        try:
            payload = json.loads(bytes(data.data(CARDS_MIME).data()).decode("utf-8"))
            if isinstance(payload, list):
                return [Card.model_validate(item) for item in payload[:MAX_PASTED_CARDS]]
        except (ValueError, ValidationError, UnicodeDecodeError, RecursionError):
            pass
    if data.hasText():
        lines = [" ".join(line.split()) for line in data.text().splitlines()]
        texts = [line for line in lines if line][:MAX_PASTED_CARDS]
        return [Card(id="pasted", step_id="x", lane_id="x", text=text[:10_000]) for text in texts]
    return []


def release_clipboard() -> None:
    """Swap what this app put on the clipboard for its plain text before the application ends.

    Other programs keep the text; and Qt's offscreen platform crashes at exit when it still
    holds a QMimeData made in Python.
    """
    from PySide6.QtWidgets import QApplication

    clipboard = QApplication.clipboard()
    data = clipboard.mimeData()
    # The offscreen platform's clipboard lives in this process and never reports ownership.
    ours = clipboard.ownsClipboard() or QApplication.platformName() == "offscreen"
    if data is not None and ours:
        clipboard.setText(data.text())
