"""A journey map and the project that holds maps and personas."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Final, Literal

from pydantic import AwareDatetime, BeforeValidator, Field

from journeydesigner.model import limits
from journeydesigner.model.base import Id, Name, Persisted, Text, Title
from journeydesigner.model.elements import (
    Card,
    Connector,
    CurveRef,
    EmotionPoint,
    Lane,
    LineLabels,
    MapKind,
    Metric,
    Persona,
    Stage,
    Step,
)

FORMAT_NAME: Final = "journeydesigner"
FORMAT_VERSION: Final = 3
"""The version of the file format this code writes; see journeydesigner/io/history.py."""


def _iso_text(value: object) -> object:
    # Files hold timestamps as ISO 8601 text; strict mode alone would refuse text, lax mode
    # would also take a bare number as seconds since 1970. Accept text and datetimes only.
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{value[:40]!r} is not an ISO 8601 date and time") from None
    if isinstance(value, datetime):
        return value
    raise ValueError("must be a date and time written as ISO 8601 text")


Timestamp = Annotated[AwareDatetime, BeforeValidator(_iso_text)]


def now() -> datetime:
    """The current time, in UTC, to the second (files need no more)."""
    return datetime.now(UTC).replace(microsecond=0)


class JourneyMap(Persisted):
    """One journey map or service blueprint: a grid of steps (columns) by lanes (rows)."""

    id: Id
    title: Name
    kind: MapKind
    description: Text = ""
    scenario: Text = ""
    expectations: Text = ""
    accessible_title: Title = ""
    accessible_description: Text = ""
    persona_ids: Annotated[list[Id], Field(max_length=limits.PERSONAS)] = []
    stages: Annotated[list[Stage], Field(max_length=limits.STAGES)] = []
    lanes: Annotated[list[Lane], Field(max_length=limits.LANES)] = []
    cards: Annotated[list[Card], Field(max_length=limits.CARDS)] = []
    emotion_points: Annotated[list[EmotionPoint], Field(max_length=limits.EMOTION_POINTS)] = []
    metrics: Annotated[list[Metric], Field(max_length=limits.METRICS)] = []
    connectors: Annotated[list[Connector], Field(max_length=limits.CONNECTORS)] = []
    line_labels: LineLabels = LineLabels()
    """Custom names of the blueprint lines (since format 2)."""
    hidden_curves: Annotated[list[CurveRef], Field(max_length=limits.EMOTION_POINTS)] = []
    """Emotion curves not drawn on the canvas or in exports (since format 2)."""
    linked_map_id: Id | None = None
    """The journey map or blueprint this map belongs with, e.g. a blueprint's journey (format 2)."""
    funnel_metric: Name | None = None
    """The name of the metric that counts people at each stage, for the scorecard's funnel
    (since format 3); matched to each stage's metrics by name, ignoring case."""

    def steps(self) -> list[Step]:
        """All steps, left to right."""
        return [step for stage in self.stages for step in stage.steps]

    def stage_of_step(self, step_id: str) -> Stage | None:
        """The stage that holds a step."""
        for stage in self.stages:
            if any(step.id == step_id for step in stage.steps):
                return stage
        return None

    def lane(self, lane_id: str) -> Lane | None:
        """The lane with this id."""
        return next((lane for lane in self.lanes if lane.id == lane_id), None)

    def cards_in(self, step_id: str, lane_id: str) -> list[Card]:
        """The cards of one cell, in their order."""
        cell = [c for c in self.cards if c.step_id == step_id and c.lane_id == lane_id]
        return sorted(cell, key=lambda card: card.order)


class Project(Persisted):
    """Everything one `.journey` file holds."""

    format: Literal["journeydesigner"]
    version: Literal[3]
    title: Name
    created: Timestamp
    modified: Timestamp
    personas: Annotated[list[Persona], Field(max_length=limits.PERSONAS)] = []
    maps: Annotated[list[JourneyMap], Field(max_length=limits.MAPS)] = []

    @classmethod
    def new(cls, title: str, *, at: datetime | None = None) -> Project:
        """An empty project stamped with the current format version and time."""
        stamp = at or now()
        return cls(
            format=FORMAT_NAME, version=FORMAT_VERSION, title=title, created=stamp, modified=stamp
        )

    def map(self, map_id: str) -> JourneyMap | None:
        """The map with this id."""
        return next((m for m in self.maps if m.id == map_id), None)

    def persona(self, persona_id: str) -> Persona | None:
        """The persona with this id."""
        return next((p for p in self.personas if p.id == persona_id), None)
