"""The pieces a journey map is made of: stages, steps, lanes, cards, curves, metrics, connectors."""

from __future__ import annotations

import base64
import binascii
from datetime import date
from typing import Annotated, Literal, get_args

from pydantic import AfterValidator, Field, StringConstraints, field_validator, model_validator

from journeydesigner.model import limits
from journeydesigner.model.base import Colour, Id, Name, Persisted, ShortList, Tag, Text, Title
from journeydesigner.model.images import ImageError, MediaType, sniff_image

MapKind = Literal["current_state", "future_state", "day_in_the_life", "service_blueprint"]
MAP_KINDS: tuple[MapKind, ...] = get_args(MapKind)

LaneKind = Literal[
    "actions",
    "thoughts",
    "feelings",
    "touchpoints",
    "channels",
    "pain_points",
    "opportunities",
    "ideas",
    "text",
    "image",
    "emotion",
    "metrics",
    "evidence",
    "customer_actions",
    "frontstage",
    "backstage",
    "support",
]
LANE_KINDS: tuple[LaneKind, ...] = get_args(LaneKind)
BLUEPRINT_LANE_KINDS: frozenset[LaneKind] = frozenset(
    {"evidence", "customer_actions", "frontstage", "backstage", "support"}
)
CARDLESS_LANE_KINDS: frozenset[LaneKind] = frozenset({"emotion", "metrics"})
"""Lanes that hold a curve or metric chips instead of sticky notes."""

Evidence = Literal["observed", "assumed", "proposed"]
EVIDENCE_LEVELS: tuple[Evidence, ...] = get_args(Evidence)

Variant = Literal["as_is", "to_be"]
VARIANTS: tuple[Variant, ...] = get_args(Variant)

PointKey = tuple[str, str, str | None, Variant]
"""A curve point's place: (lane id, step id, persona id, variant); one point per key."""

Size = Annotated[float, Field(gt=0, le=limits.SIZE_MAX)]
Number = Annotated[float, Field(ge=-limits.NUMBER_MAX, le=limits.NUMBER_MAX)]
ScaleBound = Annotated[int, Field(ge=-limits.SCALE_BOUND, le=limits.SCALE_BOUND)]
Base64Data = Annotated[
    str, StringConstraints(min_length=1, max_length=(limits.IMAGE_BYTES * 4) // 3 + 4)
]


class EmbeddedImage(Persisted):
    """A PNG or JPEG picture stored inside the project file as base64."""

    media_type: MediaType
    data: Base64Data
    description: Text = ""
    """Alternative text for screen readers and exports."""

    @model_validator(mode="after")
    def _check_bytes(self) -> EmbeddedImage:
        try:
            raw = base64.b64decode(self.data, validate=True)
        except (binascii.Error, ValueError):
            raise ValueError("the image data is not valid base64") from None
        if len(raw) > limits.IMAGE_BYTES:
            raise ValueError(f"the image is larger than {limits.IMAGE_BYTES // (1024 * 1024)} MiB")
        try:
            info = sniff_image(raw)
        except ImageError as error:
            raise ValueError(str(error)) from None
        if info.media_type != self.media_type:
            raise ValueError(f"the data is {info.media_type}, not {self.media_type}")
        if info.width * info.height > limits.IMAGE_PIXELS:
            raise ValueError(
                f"the image is {info.width}×{info.height} pixels, more than the "
                f"{limits.IMAGE_PIXELS // 1_000_000} megapixels allowed"
            )
        return self

    def raw_bytes(self) -> bytes:
        """The decoded picture."""
        return base64.b64decode(self.data)


class Persona(Persisted):
    """Someone the journey is about."""

    id: Id
    name: Name
    role: Title = ""
    quote: Text = ""
    goals: ShortList = []
    needs: ShortList = []
    pain_points: ShortList = []
    scenario: Text = ""
    expectations: Text = ""
    colour: Colour | None = None
    """Colour of this persona's emotion curves; None picks one from the palette."""
    photo: EmbeddedImage | None = None


class Step(Persisted):
    """A sub-column of a stage: one column of the grid."""

    id: Id
    name: Title = ""
    """Most stages have a single unnamed step."""
    width: Size | None = None
    """Preferred width in layout points; None lets the layout decide."""


class Stage(Persisted):
    """A phase of the journey, spanning one or more steps."""

    id: Id
    name: Name
    description: Text = ""
    moment_of_truth: bool = False
    """A stage that decides whether the customer stays or leaves."""
    colour: Colour | None = None
    steps: Annotated[list[Step], Field(min_length=1, max_length=limits.STEPS_PER_STAGE)]


class EmotionScale(Persisted):
    """The range of an emotion lane, e.g. -2..+2 or 1..10, with optional level labels."""

    min: ScaleBound = -2
    max: ScaleBound = 2
    labels: Annotated[list[Title], Field(max_length=2 * limits.SCALE_BOUND + 1)] = []
    """Either empty or one label per whole level from min to max, lowest first."""

    @model_validator(mode="after")
    def _check_range(self) -> EmotionScale:
        if self.min >= self.max:
            raise ValueError(f"min ({self.min}) must be below max ({self.max})")
        levels = self.max - self.min + 1
        if self.labels and len(self.labels) != levels:
            raise ValueError(
                f"labels must name all {levels} levels from {self.min} to {self.max}, "
                f"not {len(self.labels)}"
            )
        return self

    def contains(self, score: float) -> bool:
        """Tell whether a score lies on this scale."""
        return self.min <= score <= self.max

    def label_for(self, level: int) -> str:
        """The label of a whole level, or the number itself when the scale has no labels."""
        if self.labels and self.min <= level <= self.max:
            return self.labels[level - self.min]
        return f"{level:+d}" if self.min < 0 and level != 0 else str(level)


DEFAULT_SCALE = EmotionScale()


class Lane(Persisted):
    """A row of the grid: what the customer does, thinks, feels, ... or a blueprint row."""

    id: Id
    title: Name
    kind: LaneKind
    description: Text = ""
    colour: Colour | None = None
    """Fill of this lane's cards; None uses the colour of the lane kind."""
    height: Size | None = None
    """Minimum height in layout points; cells still grow to fit their cards."""
    scale: EmotionScale | None = None
    """The scale of an emotion lane; None means the default -2..+2."""
    hint: Title = ""
    """A prompt shown faintly in this lane's empty cells on the canvas, never printed
    (since format 2)."""

    @model_validator(mode="after")
    def _scale_only_on_emotion(self) -> Lane:
        if self.scale is not None and self.kind != "emotion":
            raise ValueError(f"only an emotion lane has a scale, not a {self.kind} lane")
        return self

    @property
    def effective_scale(self) -> EmotionScale:
        """The scale this lane uses."""
        return self.scale or DEFAULT_SCALE

    @property
    def holds_cards(self) -> bool:
        """Tell whether sticky-note cards live in this lane."""
        return self.kind not in CARDLESS_LANE_KINDS


class Card(Persisted):
    """A sticky note in one cell of the grid (a step × a lane)."""

    id: Id
    step_id: Id
    lane_id: Id
    order: Annotated[int, Field(ge=0, le=limits.CARDS)] = 0
    """Position within the cell, lowest first."""
    text: Text = ""
    colour: Colour | None = None
    # A factory, not `= []`: pydantic deep-copies a list default for every card loaded, which
    # was a quarter of the time to load a 20,000-card file. The schema still says "default": [].
    tags: Annotated[
        list[Tag], Field(max_length=limits.LIST_ITEMS, json_schema_extra={"default": []})
    ] = Field(default_factory=list)
    channel: Title | None = None
    owner: Title | None = None
    duration_minutes: Annotated[float, Field(ge=0, le=limits.DURATION_MAX_MINUTES)] | None = None
    """How long this step takes, for blueprints."""
    evidence: Evidence | None = None
    """Whether research backs this card: observed, assumed or proposed."""
    fail_point: bool = False
    recovery: Text = ""
    """How the service recovers when this fail point fails."""
    votes: Annotated[int, Field(ge=0, le=1_000_000)] = 0
    image: EmbeddedImage | None = None


class EmotionPoint(Persisted):
    """One point of an emotion curve: a score on one step, for one persona and variant."""

    lane_id: Id
    step_id: Id
    persona_id: Id | None = None
    """None is the map's unnamed curve."""
    variant: Variant = "as_is"
    score: float
    note: Text = ""

    @property
    def key(self) -> PointKey:
        """Which curve and step this point belongs to: (lane, step, persona, variant)."""
        return (self.lane_id, self.step_id, self.persona_id, self.variant)

    @field_validator("score")
    @classmethod
    def _bounded(cls, value: float) -> float:
        if abs(value) > limits.SCALE_BOUND:
            raise ValueError(f"score must lie within ±{limits.SCALE_BOUND}")
        return value


def _real_date(value: str) -> str:
    # The pattern alone would let 2026-02-30 through; a date people cannot have meant is refused.
    try:
        date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a real date (write YYYY-MM-DD)") from None
    return value


IsoDate = Annotated[
    str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}$"), AfterValidator(_real_date)
]
"""A calendar date written as ISO 8601 text, e.g. `2026-10-01`."""


class MetricReading(Persisted):
    """One dated value of a metric (since format 3)."""

    date: IsoDate
    value: Number


class Metric(Persisted):
    """A measure of one stage, shown as a chip in a metrics lane."""

    id: Id
    stage_id: Id
    lane_id: Id
    name: Name
    value: Number | None = None
    """The value shown; with readings, always the latest reading's value."""
    unit: Annotated[str, StringConstraints(max_length=20)] = ""
    target: Number | None = None
    higher_is_better: bool = True
    readings: Annotated[list[MetricReading], Field(max_length=limits.READINGS)] = []
    """Dated values, for a trend (since format 3); the latest sets `value`."""

    @model_validator(mode="after")
    def _value_follows_readings(self) -> Metric:
        latest = self.latest_reading
        if latest is not None and self.value != latest.value:
            # Written straight to __dict__: assignment would validate again, and recurse.
            self.__dict__["value"] = latest.value
        return self

    @property
    def latest_reading(self) -> MetricReading | None:
        """The reading with the latest date (the later one in the list on a tie)."""
        latest: MetricReading | None = None
        for reading in self.readings:
            if latest is None or reading.date >= latest.date:
                latest = reading
        return latest

    @property
    def on_target(self) -> bool | None:
        """True or False against the target; None when there is no target or no value."""
        if self.target is None or self.value is None:
            return None
        return self.value >= self.target if self.higher_is_better else self.value <= self.target


class LineLabels(Persisted):
    """Names of a service blueprint's three lines; empty means the app's default (translated)."""

    interaction: Title = ""
    visibility: Title = ""
    internal: Title = ""


class CurveRef(Persisted):
    """One emotion curve: an emotion lane, a persona (None: the unnamed curve) and a variant."""

    lane_id: Id
    persona_id: Id | None = None
    variant: Variant = "as_is"


class Connector(Persisted):
    """An arrow from one card to another, e.g. a flow in a service blueprint."""

    id: Id
    from_card: Id
    to_card: Id
    label: Title = ""
    two_way: bool = False
