"""Commands that change the grid: stages, lanes and emotion points."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from journeydesigner.document import JourneyDocument
from journeydesigner.i18n import translate
from journeydesigner.model.elements import EmotionPoint, Persona, PointKey
from journeydesigner.model.project import JourneyMap


class SetStageFields(QUndoCommand):
    """Change fields of a stage (name, description, ...)."""

    def __init__(
        self,
        document: JourneyDocument,
        map_id: str,
        stage_id: str,
        fields: dict[str, Any],
        text: str,
    ) -> None:
        super().__init__(text)
        self._document, self._map_id, self._stage_id = document, map_id, stage_id
        self._after = dict(fields)
        stage = next(s for s in document.map(map_id).stages if s.id == stage_id)
        self._before = {name: getattr(stage, name) for name in fields}

    def redo(self) -> None:
        self._document.set_stage_fields(self._map_id, self._stage_id, self._after)

    def undo(self) -> None:
        self._document.set_stage_fields(self._map_id, self._stage_id, self._before)


class SetLaneFields(QUndoCommand):
    """Change fields of a lane (title, colour, scale, ...)."""

    def __init__(
        self,
        document: JourneyDocument,
        map_id: str,
        lane_id: str,
        fields: dict[str, Any],
        text: str,
    ) -> None:
        super().__init__(text)
        self._document, self._map_id, self._lane_id = document, map_id, lane_id
        self._after = dict(fields)
        lane = next(lane for lane in document.map(map_id).lanes if lane.id == lane_id)
        self._before = {name: getattr(lane, name) for name in fields}

    def redo(self) -> None:
        self._document.set_lane_fields(self._map_id, self._lane_id, self._after)

    def undo(self) -> None:
        self._document.set_lane_fields(self._map_id, self._lane_id, self._before)


class MoveStage(QUndoCommand):
    """Move a stage to another position."""

    def __init__(self, document: JourneyDocument, map_id: str, stage_id: str, index: int) -> None:
        super().__init__(translate("MoveStage", "Move stage"))
        self._document, self._map_id, self._stage_id, self._index = (
            document,
            map_id,
            stage_id,
            index,
        )
        self._old = 0

    def redo(self) -> None:
        self._old = self._document.move_stage(self._map_id, self._stage_id, self._index)

    def undo(self) -> None:
        self._document.move_stage(self._map_id, self._stage_id, self._old)


class MoveLane(QUndoCommand):
    """Move a lane to another position."""

    def __init__(self, document: JourneyDocument, map_id: str, lane_id: str, index: int) -> None:
        super().__init__(translate("MoveLane", "Move lane"))
        self._document, self._map_id, self._lane_id, self._index = document, map_id, lane_id, index
        self._old = 0

    def redo(self) -> None:
        self._old = self._document.move_lane(self._map_id, self._lane_id, self._index)

    def undo(self) -> None:
        self._document.move_lane(self._map_id, self._lane_id, self._old)


class SetEmotionPoint(QUndoCommand):
    """Set, add or remove the point of a curve on a step."""

    def __init__(
        self,
        document: JourneyDocument,
        map_id: str,
        key: PointKey,
        point: EmotionPoint | None,
        text: str,
    ) -> None:
        super().__init__(text)
        self._document, self._map_id, self._key, self._point = document, map_id, key, point
        self._old: tuple[int, EmotionPoint] | None = None

    def redo(self) -> None:
        self._old = self._document.set_emotion_point(self._map_id, self._key, self._point)

    def undo(self) -> None:
        self._document.restore_emotion_point(self._map_id, self._key, self._old)


class ReplaceMap(QUndoCommand):
    """A structural edit of one map, kept as before and after copies.

    Adding or removing stages, steps and lanes cascades into cards, curve points, metrics and
    connectors; keeping whole copies makes undo exact without a command per cascade.
    """

    def __init__(
        self, document: JourneyDocument, before: JourneyMap, after: JourneyMap, text: str
    ) -> None:
        super().__init__(text)
        self._document = document
        self._before = before
        self._after = after

    def redo(self) -> None:
        self._document.replace_map(self._before.id, self._after.model_copy(deep=True))

    def undo(self) -> None:
        self._document.replace_map(self._after.id, self._before.model_copy(deep=True))


class ReplaceMaps(QUndoCommand):
    """Add, remove, duplicate or reorder maps (and add the personas a new map brings along)."""

    def __init__(
        self,
        document: JourneyDocument,
        after: list[JourneyMap],
        text: str,
        personas: list[Persona] | None = None,
    ) -> None:
        super().__init__(text)
        self._document = document
        self._before = list(document.project.maps)
        self._after = after
        self._personas_before = list(document.project.personas)
        self._personas_after = personas if personas is not None else list(document.project.personas)

    def redo(self) -> None:
        self._document.set_maps(list(self._after), list(self._personas_after))

    def undo(self) -> None:
        self._document.set_maps(list(self._before), list(self._personas_before))


class SetPersonaFields(QUndoCommand):
    """Change fields of a persona (name, role, quote, goals, photo...)."""

    def __init__(
        self, document: JourneyDocument, persona_id: str, fields: dict[str, Any], text: str
    ) -> None:
        super().__init__(text)
        self._document, self._persona_id = document, persona_id
        self._after = dict(fields)
        persona = document.project.persona(persona_id)
        if persona is None:
            raise KeyError(persona_id)
        self._before = {name: getattr(persona, name) for name in fields}

    def redo(self) -> None:
        self._document.set_persona_fields(self._persona_id, self._after)

    def undo(self) -> None:
        self._document.set_persona_fields(self._persona_id, self._before)
