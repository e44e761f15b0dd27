"""The editor façade: the one place widgets ask for changes; each call pushes one undo command."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from journeydesigner.commands.cards import AddCards, EditCard, MoveCards, RemoveCards
from journeydesigner.commands.structure import (
    MoveLane,
    MoveStage,
    SetEmotionPoint,
    SetLaneFields,
    SetStageFields,
)
from journeydesigner.document import JourneyDocument, plan_move
from journeydesigner.model.elements import Card, EmotionPoint, Variant


class Editor:
    """Turns user intentions into undoable commands on a document."""

    def __init__(self, document: JourneyDocument, stack: QUndoStack | None = None) -> None:
        self.document = document
        self.stack = stack if stack is not None else QUndoStack()

    def move_cards(
        self, map_id: str, card_ids: list[str], step_id: str, lane_id: str, index: int
    ) -> bool:
        """Move cards into a cell before position `index`; False when nothing would change."""
        journey_map = self.document.map(map_id)
        lane = journey_map.lane(lane_id)
        if lane is None or not lane.holds_cards or not card_ids:
            return False
        placements = plan_move(journey_map, card_ids, step_id, lane_id, index)
        if placements == self.document.placements(map_id, placements):
            return False
        count = len(card_ids)
        same_cell = all(
            (c.step_id, c.lane_id) == (step_id, lane_id)
            for c in journey_map.cards
            if c.id in set(card_ids)
        )
        name = ("Reorder" if same_cell else "Move") + (" card" if count == 1 else f" {count} cards")
        self.stack.push(MoveCards(self.document, map_id, placements, name))
        return True

    def set_card_text(self, map_id: str, card_id: str, text: str) -> None:
        """Change a card's text (typing into one card merges into one undo step)."""
        if self.document.card(map_id, card_id).text != text:
            self.stack.push(
                EditCard(self.document, map_id, card_id, {"text": text}, "Edit card text")
            )

    def set_card_fields(self, map_id: str, card_id: str, label: str, /, **fields: object) -> None:
        """Change fields of a card (colour, evidence, ...); `label` names the undo step."""
        card = self.document.card(map_id, card_id)
        if any(getattr(card, key) != value for key, value in fields.items()):
            self.stack.push(EditCard(self.document, map_id, card_id, dict(fields), label))

    def add_card(self, map_id: str, step_id: str, lane_id: str, index: int, text: str = "") -> str:
        """Add a new card to a cell at `index`; returns its id."""
        journey_map = self.document.map(map_id)
        card = Card(id=self.document.new_id("card"), step_id=step_id, lane_id=lane_id, text=text)
        cell = [c.id for c in journey_map.cards_in(step_id, lane_id)]
        index = max(0, min(index, len(cell)))
        cell.insert(index, card.id)
        placements = {cid: (step_id, lane_id, order) for order, cid in enumerate(cell)}
        self.stack.push(AddCards(self.document, map_id, [card], placements, "Add card"))
        return card.id

    def remove_cards(self, map_id: str, card_ids: list[str]) -> None:
        """Delete cards (and connectors ending at them)."""
        if card_ids:
            name = "Delete card" if len(card_ids) == 1 else f"Delete {len(card_ids)} cards"
            self.stack.push(RemoveCards(self.document, map_id, list(card_ids), name))

    def set_emotion_score(
        self,
        map_id: str,
        lane_id: str,
        step_id: str,
        persona_id: str | None,
        variant: Variant,
        score: float,
    ) -> None:
        """Set the score of a curve on a step (adding the point if there is none)."""
        journey_map = self.document.map(map_id)
        key = (lane_id, step_id, persona_id, variant)
        current = next(
            (
                p
                for p in journey_map.emotion_points
                if (p.lane_id, p.step_id, p.persona_id, p.variant) == key
            ),
            None,
        )
        if current is not None and current.score == score:
            return
        note = current.note if current is not None else ""
        point = EmotionPoint(
            lane_id=lane_id,
            step_id=step_id,
            persona_id=persona_id,
            variant=variant,
            score=score,
            note=note,
        )
        self.stack.push(SetEmotionPoint(self.document, map_id, key, point, "Change emotion"))

    def rename_stage(self, map_id: str, stage_id: str, name: str) -> None:
        """Rename a stage."""
        self.set_stage_fields(map_id, stage_id, "Rename stage", name=name)

    def rename_lane(self, map_id: str, lane_id: str, title: str) -> None:
        """Rename a lane."""
        self.set_lane_fields(map_id, lane_id, "Rename lane", title=title)

    def set_stage_fields(self, map_id: str, stage_id: str, label: str, /, **fields: object) -> None:
        """Change fields of a stage (name, description, ...); `label` names the undo step."""
        stage = next(s for s in self.document.map(map_id).stages if s.id == stage_id)
        if any(getattr(stage, key) != value for key, value in fields.items()):
            self.stack.push(SetStageFields(self.document, map_id, stage_id, dict(fields), label))

    def set_lane_fields(self, map_id: str, lane_id: str, label: str, /, **fields: object) -> None:
        """Change fields of a lane (title, colour, ...); `label` names the undo step."""
        lane = self.document.map(map_id).lane(lane_id)
        if lane is None:
            raise KeyError(lane_id)
        if any(getattr(lane, key) != value for key, value in fields.items()):
            self.stack.push(SetLaneFields(self.document, map_id, lane_id, dict(fields), label))

    def move_stage(self, map_id: str, stage_id: str, index: int) -> None:
        """Move a stage, with its steps and cards, to a new position."""
        self.stack.push(MoveStage(self.document, map_id, stage_id, index))

    def move_lane(self, map_id: str, lane_id: str, index: int) -> None:
        """Move a lane to a new position."""
        self.stack.push(MoveLane(self.document, map_id, lane_id, index))
