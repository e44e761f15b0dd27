"""Hypothesis strategies that build whole, valid projects: any shape the model allows.

Every reference points somewhere (cards to steps and card lanes, points to emotion lanes and
personas, metrics to stages and metrics lanes, connectors to two different cards), so the
projects pass `project_problems`; everything else (text, numbers, counts, optional fields) is left
to Hypothesis.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from hypothesis import strategies as st

from journeydesigner.model import limits
from journeydesigner.model.elements import (
    EVIDENCE_LEVELS,
    LANE_KINDS,
    MAP_KINDS,
    VARIANTS,
    Card,
    Connector,
    CurveRef,
    EmotionPoint,
    EmotionScale,
    Lane,
    LineLabels,
    Metric,
    MetricReading,
    Persona,
    Stage,
    Step,
)
from journeydesigner.model.project import FORMAT_NAME, FORMAT_VERSION, JourneyMap, Project

# Scripts the users write in, and the characters that break naive code.
SAMPLES = [
    "Świadomość — zażółć gęślą jaźń",
    "認知 考慮 購買 保留 宣傳",
    "认知阶段：顾客第一次听说",
    'quotes " and \\ backslash',
    "<b>not markup</b> & {braces} %s",
    "tab\tnew\nline\r\n",
    "\u2028\u2029\ufeff\uffff",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𐍈 👩🏽‍💻",
]
ANY_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
TEXTS = st.one_of(st.sampled_from(SAMPLES), ANY_TEXT)
NAMES = TEXTS.map(lambda text: text[: limits.TITLE_LENGTH]).filter(bool)
TITLES = TEXTS.map(lambda text: text[: limits.TITLE_LENGTH])
IDS = st.text(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-", min_size=1, max_size=12
)
COLOURS = st.none() | st.from_regex(r"\A#[0-9A-Fa-f]{6}\Z")
NUMBERS = st.floats(-limits.NUMBER_MAX, limits.NUMBER_MAX, allow_nan=False)
DATES = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))
TIMES = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
)


def unique_ids(draw: Any, count: int) -> list[str]:
    """`count` different ids."""
    return list(draw(st.lists(IDS, min_size=count, max_size=count, unique=True)))


@st.composite
def personas(draw: Any, persona_id: str) -> Persona:
    return Persona(
        id=persona_id,
        name=draw(NAMES),
        role=draw(TITLES),
        quote=draw(TEXTS),
        goals=draw(st.lists(TEXTS, max_size=3)),
        colour=draw(COLOURS),
    )


@st.composite
def scales(draw: Any) -> EmotionScale | None:
    if draw(st.booleans()):
        return None
    low = draw(st.integers(-limits.SCALE_BOUND, limits.SCALE_BOUND - 1))
    high = draw(st.integers(low + 1, min(limits.SCALE_BOUND, low + 10)))
    labels = draw(st.lists(TITLES, min_size=high - low + 1, max_size=high - low + 1))
    return EmotionScale(min=low, max=high, labels=labels if draw(st.booleans()) else [])


@st.composite
def journey_maps(draw: Any, map_id: str, persona_ids: list[str]) -> JourneyMap:
    stage_count = draw(st.integers(0, 4))
    step_counts = [draw(st.integers(1, 3)) for _ in range(stage_count)]
    stage_ids = unique_ids(draw, stage_count)
    step_ids = unique_ids(draw, sum(step_counts))
    steps = iter(step_ids)
    stages = [
        Stage(
            id=stage_id,
            name=draw(NAMES),
            description=draw(TEXTS),
            moment_of_truth=draw(st.booleans()),
            colour=draw(COLOURS),
            steps=[Step(id=next(steps), name=draw(TITLES)) for _ in range(count)],
        )
        for stage_id, count in zip(stage_ids, step_counts, strict=True)
    ]
    kinds = draw(st.lists(st.sampled_from(LANE_KINDS), max_size=6))
    lanes = [
        Lane(
            id=lane_id,
            title=draw(NAMES),
            kind=kind,
            colour=draw(COLOURS),
            hint=draw(TITLES),
            scale=draw(scales()) if kind == "emotion" else None,
        )
        for lane_id, kind in zip(unique_ids(draw, len(kinds)), kinds, strict=True)
    ]
    card_lanes = [lane for lane in lanes if lane.holds_cards]
    cards: list[Card] = []
    if step_ids and card_lanes:
        count = draw(st.integers(0, 12))
        for order, card_id in enumerate(unique_ids(draw, count)):
            cards.append(
                Card(
                    id=card_id,
                    step_id=draw(st.sampled_from(step_ids)),
                    lane_id=draw(st.sampled_from(card_lanes)).id,
                    order=order,
                    text=draw(TEXTS),
                    colour=draw(COLOURS),
                    tags=draw(st.lists(NAMES.map(lambda t: t[: limits.TAG_LENGTH]), max_size=3)),
                    channel=draw(st.none() | TITLES),
                    owner=draw(st.none() | TITLES),
                    duration_minutes=draw(
                        st.none() | st.floats(0, limits.DURATION_MAX_MINUTES, allow_nan=False)
                    ),
                    evidence=draw(st.none() | st.sampled_from(EVIDENCE_LEVELS)),
                    fail_point=draw(st.booleans()),
                    recovery=draw(TEXTS),
                    votes=draw(st.integers(0, 1_000_000)),
                )
            )
    points: dict[tuple[str, str, str | None, str], EmotionPoint] = {}
    emotion_lanes = [lane for lane in lanes if lane.kind == "emotion"]
    if step_ids and emotion_lanes:
        for _ in range(draw(st.integers(0, 10))):
            lane = draw(st.sampled_from(emotion_lanes))
            scale = lane.effective_scale
            point = EmotionPoint(
                lane_id=lane.id,
                step_id=draw(st.sampled_from(step_ids)),
                persona_id=draw(st.none() | st.sampled_from(persona_ids or [None])),
                variant=draw(st.sampled_from(VARIANTS)),
                score=draw(st.floats(scale.min, scale.max, allow_nan=False)),
                note=draw(TEXTS),
            )
            points.setdefault(point.key, point)  # one point per curve and step
    metrics_lanes = [lane for lane in lanes if lane.kind == "metrics"]
    metrics: list[Metric] = []
    if stage_ids and metrics_lanes:
        for metric_id in unique_ids(draw, draw(st.integers(0, 6))):
            metrics.append(
                Metric(
                    id=metric_id,
                    stage_id=draw(st.sampled_from(stage_ids)),
                    lane_id=draw(st.sampled_from(metrics_lanes)).id,
                    name=draw(NAMES),
                    value=draw(st.none() | NUMBERS),
                    unit=draw(TITLES.map(lambda t: t[:20])),
                    target=draw(st.none() | NUMBERS),
                    higher_is_better=draw(st.booleans()),
                    readings=[
                        MetricReading(date=day.isoformat(), value=draw(NUMBERS))
                        for day in draw(st.lists(DATES, max_size=3, unique=True))
                    ],
                )
            )
    connectors: list[Connector] = []
    if len(cards) >= 2:
        for connector_id in unique_ids(draw, draw(st.integers(0, 4))):
            ends = draw(
                st.lists(
                    st.sampled_from([c.id for c in cards]), min_size=2, max_size=2, unique=True
                )
            )
            connectors.append(
                Connector(
                    id=connector_id,
                    from_card=ends[0],
                    to_card=ends[1],
                    label=draw(TITLES),
                    two_way=draw(st.booleans()),
                )
            )
    hidden = [
        CurveRef(
            lane_id=lane.id, persona_id=draw(st.none() | st.sampled_from(persona_ids or [None]))
        )
        for lane in emotion_lanes
        if draw(st.booleans())
    ]
    return JourneyMap(
        id=map_id,
        title=draw(NAMES),
        kind=draw(st.sampled_from(MAP_KINDS)),
        description=draw(TEXTS),
        persona_ids=draw(st.lists(st.sampled_from(persona_ids), unique=True))
        if persona_ids
        else [],
        stages=stages,
        lanes=lanes,
        cards=cards,
        emotion_points=list(points.values()),
        metrics=metrics,
        connectors=connectors,
        line_labels=LineLabels(interaction=draw(TITLES), visibility=draw(TITLES)),
        hidden_curves=hidden,
        funnel_metric=draw(st.none() | st.sampled_from([m.name for m in metrics] or [None])),
    )


@st.composite
def projects(draw: Any) -> Project:
    """A valid project of up to three maps and three personas."""
    persona_ids = unique_ids(draw, draw(st.integers(0, 3)))
    map_ids = unique_ids(draw, draw(st.integers(0, 3)))
    maps = [draw(journey_maps(map_id, persona_ids)) for map_id in map_ids]
    if len(maps) >= 2 and draw(st.booleans()):
        maps[0].linked_map_id = maps[1].id
    created = draw(TIMES)
    return Project(
        format=FORMAT_NAME,
        version=FORMAT_VERSION,
        title=draw(NAMES),
        created=created,
        modified=draw(
            st.datetimes(
                min_value=created.replace(tzinfo=None),
                max_value=datetime(2100, 1, 1),
                timezones=st.just(UTC),
            )
        ),
        personas=[draw(personas(persona_id)) for persona_id in persona_ids],
        maps=maps,
    )
