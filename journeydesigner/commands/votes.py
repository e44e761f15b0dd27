"""Dot voting as undoable edits: add or take away votes, clear a map's votes."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from journeydesigner.document import JourneyDocument


class SetVotes(QUndoCommand):
    """Set the votes of several cards in one step (the before values are kept for undo)."""

    def __init__(
        self, document: JourneyDocument, map_id: str, votes: dict[str, int], text: str
    ) -> None:
        super().__init__(text)
        self._document = document
        self._map_id = map_id
        cards = {card.id: card for card in document.map(map_id).cards}
        self._after = {card_id: {"votes": count} for card_id, count in votes.items()}
        self._before = {card_id: {"votes": cards[card_id].votes} for card_id in votes}

    def redo(self) -> None:
        self._document.set_cards_fields(self._map_id, self._after)

    def undo(self) -> None:
        self._document.set_cards_fields(self._map_id, self._before)
