"""Commands that change cards: move, edit, add, remove."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from journeydesigner.document import JourneyDocument, Placement
from journeydesigner.i18n import translate
from journeydesigner.model.elements import Card, Connector


class MoveCards(QUndoCommand):
    """Move or reorder cards; `after` covers every card whose place changes."""

    def __init__(
        self, document: JourneyDocument, map_id: str, after: dict[str, Placement], text: str
    ) -> None:
        super().__init__(text)
        self._document = document
        self._map_id = map_id
        self._after = dict(after)
        self._before = document.placements(map_id, after)

    def redo(self) -> None:
        self._document.place_cards(self._map_id, self._after)

    def undo(self) -> None:
        self._document.place_cards(self._map_id, self._before)


class EditCard(QUndoCommand):
    """Change fields of one card.

    Text is committed once per editing session (leaving the field, Enter), so each command is
    already one user edit; merging consecutive ones would fold separate sessions into one step.
    """

    def __init__(
        self,
        document: JourneyDocument,
        map_id: str,
        card_id: str,
        fields: dict[str, Any],
        text: str,
    ) -> None:
        super().__init__(text)
        self._document = document
        self._map_id = map_id
        self.card_id = card_id
        self._after = dict(fields)
        card = document.card(map_id, card_id)
        self._before = {name: getattr(card, name) for name in fields}

    def redo(self) -> None:
        self._document.set_card_fields(self._map_id, self.card_id, self._after)

    def undo(self) -> None:
        self._document.set_card_fields(self._map_id, self.card_id, self._before)


class AddCards(QUndoCommand):
    """Add new cards (and renumber the cells they join)."""

    def __init__(
        self,
        document: JourneyDocument,
        map_id: str,
        cards: list[Card],
        placements: dict[str, Placement],
        text: str,
    ) -> None:
        super().__init__(text)
        self._document = document
        self._map_id = map_id
        self._cards = cards
        journey_map = document.map(map_id)
        start = len(journey_map.cards)
        self._positions = list(range(start, start + len(cards)))
        others = {cid: p for cid, p in placements.items() if cid not in {c.id for c in cards}}
        self._others_after = others
        self._others_before = document.placements(map_id, others)
        self._placements = placements

    def redo(self) -> None:
        for card in self._cards:
            card.step_id, card.lane_id, card.order = self._placements[card.id]
        self._document.place_cards(self._map_id, self._others_after)
        self._document.insert_cards(self._map_id, zip(self._positions, self._cards, strict=True))

    def undo(self) -> None:
        self._document.remove_cards(self._map_id, [card.id for card in self._cards])
        self._document.place_cards(self._map_id, self._others_before)


class RemoveCards(QUndoCommand):
    """Delete cards, and the connectors that end at them; undo puts all back where they were."""

    def __init__(
        self, document: JourneyDocument, map_id: str, card_ids: list[str], text: str
    ) -> None:
        super().__init__(text)
        self._document = document
        self._map_id = map_id
        self._card_ids = card_ids
        self._removed: list[tuple[int, Card]] = []
        self._connectors: list[tuple[int, Connector]] = []

    def redo(self) -> None:
        wanted = set(self._card_ids)
        attached = [
            c.id
            for c in self._document.map(self._map_id).connectors
            if {c.from_card, c.to_card} & wanted
        ]
        self._connectors = (
            self._document.remove_connectors(self._map_id, attached) if attached else []
        )
        self._removed = self._document.remove_cards(self._map_id, self._card_ids)

    def undo(self) -> None:
        self._document.insert_cards(self._map_id, self._removed)
        if self._connectors:
            self._document.insert_connectors(self._map_id, self._connectors)


class AddConnector(QUndoCommand):
    """Draw an arrow from one card to another."""

    def __init__(self, document: JourneyDocument, map_id: str, connector: Connector) -> None:
        super().__init__(translate("AddConnector", "Add connector"))
        self._document, self._map_id, self._connector = document, map_id, connector
        self._index = len(document.map(map_id).connectors)

    def redo(self) -> None:
        self._document.insert_connectors(self._map_id, [(self._index, self._connector)])

    def undo(self) -> None:
        self._document.remove_connectors(self._map_id, [self._connector.id])


class RemoveConnectors(QUndoCommand):
    """Delete arrows; undo puts them back where they were."""

    def __init__(
        self, document: JourneyDocument, map_id: str, connector_ids: list[str], name: str
    ) -> None:
        super().__init__(name)
        self._document, self._map_id, self._ids = document, map_id, connector_ids
        self._removed: list[tuple[int, Connector]] = []

    def redo(self) -> None:
        self._removed = self._document.remove_connectors(self._map_id, self._ids)

    def undo(self) -> None:
        self._document.insert_connectors(self._map_id, self._removed)


class EditConnector(QUndoCommand):
    """Relabel, reverse or make two-way an arrow."""

    def __init__(
        self,
        document: JourneyDocument,
        map_id: str,
        connector_id: str,
        fields: dict[str, Any],
        text: str,
    ) -> None:
        super().__init__(text)
        self._document, self._map_id, self._id = document, map_id, connector_id
        self._after = dict(fields)
        connector = next(c for c in document.map(map_id).connectors if c.id == connector_id)
        self._before = {name: getattr(connector, name) for name in fields}

    def redo(self) -> None:
        self._document.set_connector_fields(self._map_id, self._id, self._after)

    def undo(self) -> None:
        self._document.set_connector_fields(self._map_id, self._id, self._before)
