"""JourneyDocument: the open project and the only way to change it.

Every mutation goes through a method here and is announced to subscribers as a change record, so
the canvas, the inspector and the map list update what changed and nothing else. The document is
Qt-free; undo lives in the commands, which call these methods both ways.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from journeydesigner.model.elements import (
    Card,
    Connector,
    EmotionPoint,
    Lane,
    Persona,
    PointKey,
    Stage,
)
from journeydesigner.model.ids import IdMaker
from journeydesigner.model.project import JourneyMap, Project

_T = TypeVar("_T", Stage, Lane)

Placement = tuple[str, str, int]
"""Where a card sits: (step id, lane id, order within the cell)."""


@dataclass(frozen=True)
class MapChanged:
    """Something in one map changed; `card_ids` names the cards whose content changed."""

    map_id: str
    card_ids: frozenset[str] = frozenset()
    structure: bool = False
    """Stages, steps or lanes changed (the grid itself moves)."""


@dataclass(frozen=True)
class ProjectChanged:
    """The project's own fields, its maps list or its personas changed."""


@dataclass(frozen=True)
class PersonasChanged:
    """Fields of these personas changed (names show in map headers and curve keys)."""

    persona_ids: frozenset[str]


Change = MapChanged | ProjectChanged | PersonasChanged
Listener = Callable[[Change], None]


class _CardIndex:
    """One map's cards by id and by cell, kept in step with the document's own edits, so that
    moving a few cards of a 20,000-card map costs a few cards, not a walk over all of them."""

    def __init__(self, cards: list[Card]) -> None:
        self.cards = cards
        self.size = len(cards)
        self.by_id = {card.id: card for card in cards}
        self.position = {card.id: i for i, card in enumerate(cards)}
        self.by_cell: dict[tuple[str, str], list[Card]] = {}
        for card in cards:
            self.by_cell.setdefault((card.step_id, card.lane_id), []).append(card)

    def fits(self, cards: list[Card]) -> bool:
        """Whether this index still describes this list (the same list, not grown or shrunk)."""
        return cards is self.cards and len(cards) == self.size

    def in_cell(self, step_id: str, lane_id: str) -> list[Card]:
        """A cell's cards in order, ties in list order (as JourneyMap.cards_in gives them)."""
        cell = self.by_cell.get((step_id, lane_id), [])
        return sorted(cell, key=lambda card: (card.order, self.position[card.id]))

    def moved(self, card: Card, before: tuple[str, str]) -> None:
        """Follow a card that left the cell `before`."""
        after = (card.step_id, card.lane_id)
        if after != before:
            cell = self.by_cell[before]
            del cell[next(i for i, other in enumerate(cell) if other is card)]
            self.by_cell.setdefault(after, []).append(card)


class JourneyDocument:
    """Owns a Project and applies every edit to it."""

    def __init__(self, project: Project, path: Path | None = None) -> None:
        self.project = project
        self.path = path
        self._listeners: list[Listener] = []
        self._ids = IdMaker(random_ids=True)
        self._indexes: dict[str, _CardIndex] = {}

    def _index(self, map_id: str) -> _CardIndex:
        journey_map = self.map(map_id)
        index = self._indexes.get(map_id)
        if index is None or not index.fits(journey_map.cards):
            index = self._indexes[map_id] = _CardIndex(journey_map.cards)
        return index

    # -- observers -------------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        """Call `listener` with every change from now on."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        """Stop calling `listener`."""
        self._listeners.remove(listener)

    def _emit(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    # -- queries ---------------------------------------------------------------------------------

    def map(self, map_id: str) -> JourneyMap:
        """The map with this id; KeyError if there is none."""
        found = self.project.map(map_id)
        if found is None:
            raise KeyError(map_id)
        return found

    def card(self, map_id: str, card_id: str) -> Card:
        """A card of a map; KeyError if there is none."""
        return self._index(map_id).by_id[card_id]

    def cards_in(self, map_id: str, step_id: str, lane_id: str) -> list[Card]:
        """The cards of one cell, in their order (JourneyMap.cards_in without the walk)."""
        return self._index(map_id).in_cell(step_id, lane_id)

    def new_id(self, prefix: str) -> str:
        """A fresh random id, unlikely to clash even after copy and paste between projects."""
        return self._ids.make(prefix)

    def placements(self, map_id: str, card_ids: Iterable[str]) -> dict[str, Placement]:
        """Where each of these cards sits now."""
        by_id = self._index(map_id).by_id
        found = (by_id[cid] for cid in dict.fromkeys(card_ids) if cid in by_id)
        return {c.id: (c.step_id, c.lane_id, c.order) for c in found}

    # -- cards -----------------------------------------------------------------------------------

    def place_cards(self, map_id: str, placements: Mapping[str, Placement]) -> None:
        """Put cards in cells at given orders (moves and reorders are both this)."""
        index = self._index(map_id)
        for card_id, placement in placements.items():
            card = index.by_id.get(card_id)
            if card is not None:
                before = (card.step_id, card.lane_id)
                card.step_id, card.lane_id, card.order = placement
                index.moved(card, before)
        self._emit(MapChanged(map_id, frozenset(placements)))

    def set_card_fields(
        self, map_id: str, card_id: str, fields: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Change some fields of a card; returns their previous values."""
        card = self.card(map_id, card_id)
        before = {name: getattr(card, name) for name in fields}
        cell = (card.step_id, card.lane_id)
        for name, value in fields.items():
            setattr(card, name, value)
        self._index(map_id).moved(card, cell)
        self._emit(MapChanged(map_id, frozenset({card_id})))
        return before

    def set_cards_fields(self, map_id: str, fields: Mapping[str, Mapping[str, Any]]) -> None:
        """Change fields of several cards at once (votes, for one); one change record."""
        by_id = {card.id: card for card in self.map(map_id).cards}
        for card_id, values in fields.items():
            for name, value in values.items():
                setattr(by_id[card_id], name, value)
        self._emit(MapChanged(map_id, frozenset(fields)))

    def insert_cards(self, map_id: str, cards: Iterable[tuple[int, Card]]) -> None:
        """Insert cards at positions of the map's card list (positions in ascending order)."""
        journey_map = self.map(map_id)
        inserted = []
        for index, card in cards:
            journey_map.cards.insert(index, card)
            inserted.append(card.id)
        self._emit(MapChanged(map_id, frozenset(inserted)))

    def remove_cards(self, map_id: str, card_ids: Iterable[str]) -> list[tuple[int, Card]]:
        """Remove cards; returns them with their former list positions, for undo."""
        wanted = set(card_ids)
        journey_map = self.map(map_id)
        removed = [(i, c) for i, c in enumerate(journey_map.cards) if c.id in wanted]
        journey_map.cards = [c for c in journey_map.cards if c.id not in wanted]
        self._emit(MapChanged(map_id, frozenset(wanted)))
        return removed

    def remove_connectors(
        self, map_id: str, connector_ids: Iterable[str]
    ) -> list[tuple[int, Connector]]:
        """Remove connectors; returns them with their former positions, for undo."""
        wanted = set(connector_ids)
        journey_map = self.map(map_id)
        removed = [(i, c) for i, c in enumerate(journey_map.connectors) if c.id in wanted]
        journey_map.connectors = [c for c in journey_map.connectors if c.id not in wanted]
        self._emit(MapChanged(map_id))
        return removed

    def set_connector_fields(
        self, map_id: str, connector_id: str, fields: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Change fields of a connector (label, two_way, its ends); returns the previous values."""
        connector = next(c for c in self.map(map_id).connectors if c.id == connector_id)
        before = {name: getattr(connector, name) for name in fields}
        for name, value in fields.items():
            setattr(connector, name, value)
        self._emit(MapChanged(map_id))
        return before

    def insert_connectors(self, map_id: str, connectors: Iterable[tuple[int, Connector]]) -> None:
        """Put connectors back at their positions (ascending)."""
        journey_map = self.map(map_id)
        for index, connector in connectors:
            journey_map.connectors.insert(index, connector)
        self._emit(MapChanged(map_id))

    # -- stages, lanes, emotion ------------------------------------------------------------------

    def set_stage_fields(
        self, map_id: str, stage_id: str, fields: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Change fields of a stage; returns the previous values."""
        stage = _find(self.map(map_id).stages, stage_id)
        before = {name: getattr(stage, name) for name in fields}
        for name, value in fields.items():
            setattr(stage, name, value)
        self._emit(MapChanged(map_id, structure=True))
        return before

    def set_lane_fields(
        self, map_id: str, lane_id: str, fields: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Change fields of a lane; returns the previous values."""
        lane = _find(self.map(map_id).lanes, lane_id)
        before = {name: getattr(lane, name) for name in fields}
        for name, value in fields.items():
            setattr(lane, name, value)
        self._emit(MapChanged(map_id, structure=True))
        return before

    def move_stage(self, map_id: str, stage_id: str, index: int) -> int:
        """Move a stage (with its steps and cards) to a new position; returns the old one."""
        stages = self.map(map_id).stages
        old = next(i for i, s in enumerate(stages) if s.id == stage_id)
        stages.insert(index, stages.pop(old))
        self._emit(MapChanged(map_id, structure=True))
        return old

    def move_lane(self, map_id: str, lane_id: str, index: int) -> int:
        """Move a lane to a new position; returns the old one."""
        lanes = self.map(map_id).lanes
        old = next(i for i, lane in enumerate(lanes) if lane.id == lane_id)
        lanes.insert(index, lanes.pop(old))
        self._emit(MapChanged(map_id, structure=True))
        return old

    def set_emotion_point(
        self,
        map_id: str,
        key: PointKey,
        point: EmotionPoint | None,
    ) -> tuple[int, EmotionPoint] | None:
        """Set (or with None remove) a curve's point on a step; returns the old one and its index.

        `key` is (lane id, step id, persona id, variant).
        """
        points = self.map(map_id).emotion_points
        index = next(
            (i for i, p in enumerate(points) if p.key == key),
            None,
        )
        old = (index, points[index]) if index is not None else None
        if index is not None:
            if point is None:
                del points[index]
            else:
                points[index] = point
        elif point is not None:
            points.append(point)
        self._emit(MapChanged(map_id))
        return old

    def restore_emotion_point(
        self,
        map_id: str,
        key: PointKey,
        old: tuple[int, EmotionPoint] | None,
    ) -> None:
        """Undo `set_emotion_point`: put the old point back at its index, or remove the new one."""
        points = self.map(map_id).emotion_points
        current = next(
            (i for i, p in enumerate(points) if p.key == key),
            None,
        )
        if current is not None:
            del points[current]
        if old is not None:
            points.insert(old[0], old[1])
        self._emit(MapChanged(map_id))

    def replace_map(self, map_id: str, journey_map: JourneyMap) -> None:
        """Put a whole new version of a map in place (structural edits and their undo)."""
        maps = self.project.maps
        index = next(i for i, m in enumerate(maps) if m.id == map_id)
        maps[index] = journey_map
        self._emit(MapChanged(journey_map.id, structure=True))

    def set_maps(self, maps: list[JourneyMap], personas: list[Persona] | None = None) -> None:
        """Replace the list of maps (adding, removing, reordering maps), and the personas."""
        self.project.maps = maps
        if personas is not None:
            self.project.personas = personas
        self._emit(ProjectChanged())

    def set_persona_fields(self, persona_id: str, fields: Mapping[str, Any]) -> dict[str, Any]:
        """Change fields of a persona; returns their previous values."""
        persona = self.project.persona(persona_id)
        if persona is None:
            raise KeyError(persona_id)
        before = {name: getattr(persona, name) for name in fields}
        for name, value in fields.items():
            setattr(persona, name, value)
        self._emit(PersonasChanged(frozenset({persona_id})))
        return before

    def touch(self) -> None:
        """Tell listeners the whole project may have changed (after loading or reverting)."""
        self._emit(ProjectChanged())


def _find(items: list[_T], item_id: str) -> _T:
    for item in items:
        if item.id == item_id:
            return item
    raise KeyError(item_id)


def plan_move(
    journey_map: JourneyMap,
    card_ids: list[str],
    step_id: str,
    lane_id: str,
    index: int,
    document: JourneyDocument | None = None,
) -> dict[str, Placement]:
    """The placements that move `card_ids` (in this order) into a cell before position `index`.

    Every card of the source and target cells is renumbered 0, 1, 2... so orders stay dense;
    the result covers all of them, so undo can restore them exactly. With the `document` holding
    the map, its index finds the cards and cells without walking the map.
    """
    moving = set(card_ids)
    if document is not None:
        now = document.placements(journey_map.id, card_ids)
        source_cells = {(p[0], p[1]) for p in now.values()}
        wanted = source_cells | {(step_id, lane_id)}
        cells = {cell: document.cards_in(journey_map.id, *cell) for cell in wanted}
    else:
        by_id = {card.id: card for card in journey_map.cards if card.id in moving}
        source_cells = {(by_id[cid].step_id, by_id[cid].lane_id) for cid in card_ids}
        wanted = source_cells | {(step_id, lane_id)}
        cells = {cell: journey_map.cards_in(*cell) for cell in wanted}
    target = [c.id for c in cells[(step_id, lane_id)] if c.id not in moving]
    index = max(0, min(index, len(target)))
    target[index:index] = card_ids
    placements: dict[str, Placement] = {
        cid: (step_id, lane_id, order) for order, cid in enumerate(target)
    }
    for cell_step, cell_lane in source_cells - {(step_id, lane_id)}:
        remaining = [c.id for c in cells[(cell_step, cell_lane)] if c.id not in moving]
        for order, cid in enumerate(remaining):
            placements[cid] = (cell_step, cell_lane, order)
    return placements
