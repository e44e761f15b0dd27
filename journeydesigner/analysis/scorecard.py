"""The journey scorecard: what a map's emotion curves, cards and metrics say about each stage.

Per stage it counts pain points (cards in pain-point lanes), opportunities (cards in opportunity
lanes), fail points (cards marked as one, in any lane) and votes (the dots on every card of the
stage's steps); it averages every emotion point of every curve on the stage's steps, also per
persona and variant; and it counts the stage's metrics on and off target (a metric without a
target or without a value counts in neither).

Across stages it names the stage with the lowest average emotion (the first one on a tie), the
largest drop of the average between two consecutive stages that both have one (a "moment of
truth"), and the funnel: the value of the map's funnel metric at each stage, the conversion
from each stage to the next, and the biggest drop-off (the lowest conversion).

Two scores, both from 0 to 100:

journey score
    The share of metrics on target: on / (on + off) × 100; None when no metric has both a value
    and a target.

overall score
    A weighted mean of three parts, each from 0 to 1:

    - metrics (weight 0.5): the journey score / 100. Measured outcomes weigh most.
    - emotion (weight 0.3): the mean of every emotion point, each first placed on its lane's
      scale from 0 (the scale's minimum) to 1 (its maximum), so maps on -2..+2 and 1..10 compare.
    - friction (weight 0.2): 1 − min(1, (pain points + fail points) / (2 × steps)). Two problems
      per step, or more, count as no room left. A count grows with how thoroughly a team mapped,
      not only with how bad the journey is, so it weighs least.

    A part the map cannot give (no metric with a target, no emotion point) drops out and the
    other weights are scaled up to sum to 1; a map without steps has no overall score.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import pairwise

from journeydesigner.model.elements import Card, EmotionPoint, Metric, Variant
from journeydesigner.model.project import JourneyMap

WEIGHTS: dict[str, float] = {"metrics": 0.5, "emotion": 0.3, "friction": 0.2}
"""The weights of the overall score's parts (see the module docstring)."""

PROBLEMS_PER_STEP_AT_ZERO = 2.0
"""Pain and fail points per step at which the friction part reaches 0."""


@dataclass(frozen=True)
class CurveAverage:
    """The average emotion of one persona's curve (None: the unnamed curve) in one variant."""

    persona_id: str | None
    persona_name: str
    variant: Variant
    average: float


@dataclass(frozen=True)
class StageScore:
    """The figures of one stage."""

    stage_id: str
    name: str
    emotion_avg: float | None
    curves: list[CurveAverage]
    pain_points: int
    opportunities: int
    fail_points: int
    votes: int
    metrics_on_target: int
    metrics_off_target: int
    metrics_without_status: int


@dataclass(frozen=True)
class Drop:
    """A fall of the average emotion from one stage to the next."""

    from_stage: str
    to_stage: str
    change: float
    """Negative: how far the average fell."""


@dataclass(frozen=True)
class FunnelStep:
    """The funnel metric at one stage, and the conversion to the next stage that has it."""

    stage_id: str
    name: str
    value: float | None
    conversion: float | None = None
    """The next stage's value / this one's, from 0 to 1 (or above); None at the end or unknown."""


@dataclass(frozen=True)
class Funnel:
    """The funnel view: the funnel metric per stage and where most people are lost."""

    metric: str
    steps: list[FunnelStep]
    biggest_drop_off: str | None
    """The stage id whose conversion to the next stage is the lowest (below 1)."""


@dataclass(frozen=True)
class Scorecard:
    """Everything the scorecard panel, the CLI and the PDF page show for one map."""

    map_id: str
    title: str
    stages: list[StageScore]
    lowest_emotion_stage: str | None
    """The stage id with the lowest average emotion."""
    drops: list[Drop]
    """Every fall between consecutive stages, largest first."""
    funnel: Funnel | None
    journey_score: float | None
    overall_score: float | None
    parts: dict[str, float] = field(default_factory=dict)
    """The overall score's parts that the map could give, each from 0 to 1."""

    @property
    def largest_drop(self) -> Drop | None:
        """The largest fall of the average emotion between consecutive stages."""
        return self.drops[0] if self.drops else None

    def curves(self) -> list[tuple[str | None, str, str]]:
        """Every curve with points on some stage, as (persona id, variant, persona name), in
        the order they first appear."""
        found: list[tuple[str | None, str, str]] = []
        for stage in self.stages:
            for curve in stage.curves:
                key = (curve.persona_id, curve.variant, curve.persona_name)
                if key not in found:
                    found.append(key)
        return found

    def stage(self, stage_id: str) -> StageScore | None:
        """The figures of one stage."""
        return next((s for s in self.stages if s.stage_id == stage_id), None)

    def stage_name(self, stage_id: str | None) -> str | None:
        """The name of a stage by id, or None."""
        found = self.stage(stage_id) if stage_id else None
        return found.name if found else None


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def compute_scorecard(journey_map: JourneyMap, persona_names: dict[str, str]) -> Scorecard:
    """The scorecard of a map; `persona_names` names the personas of its curves."""
    lanes = {lane.id: lane for lane in journey_map.lanes}
    stage_of_step = {step.id: stage.id for stage in journey_map.stages for step in stage.steps}
    stages: list[StageScore] = []
    normalised: list[float] = []
    for point in journey_map.emotion_points:
        lane = lanes.get(point.lane_id)
        if lane is not None and point.step_id in stage_of_step:
            scale = lane.effective_scale
            normalised.append((point.score - scale.min) / (scale.max - scale.min))
    # Grouped once by stage, so a big map costs one pass over its cards, not one per stage.
    points_of: dict[str, list[EmotionPoint]] = defaultdict(list)
    for point in journey_map.emotion_points:
        if point.step_id in stage_of_step:
            points_of[stage_of_step[point.step_id]].append(point)
    cards_of: dict[str, list[Card]] = defaultdict(list)
    for card_ in journey_map.cards:
        if card_.step_id in stage_of_step:
            cards_of[stage_of_step[card_.step_id]].append(card_)
    metrics_of: dict[str, list[Metric]] = defaultdict(list)
    for metric in journey_map.metrics:
        metrics_of[metric.stage_id].append(metric)
    for stage in journey_map.stages:
        points = points_of[stage.id]
        per_curve: dict[tuple[str | None, Variant], list[float]] = {}
        for point in points:
            per_curve.setdefault((point.persona_id, point.variant), []).append(point.score)
        curves = [
            CurveAverage(
                persona_id,
                persona_names.get(persona_id, persona_id) if persona_id else "",
                variant,
                sum(scores) / len(scores),
            )
            for (persona_id, variant), scores in per_curve.items()
        ]
        cards = cards_of[stage.id]
        kinds = [lanes[c.lane_id].kind for c in cards if c.lane_id in lanes]

        statuses = [m.on_target for m in metrics_of[stage.id]]
        stages.append(
            StageScore(
                stage_id=stage.id,
                name=stage.name,
                emotion_avg=_mean([p.score for p in points]),
                curves=curves,
                pain_points=kinds.count("pain_points"),
                opportunities=kinds.count("opportunities"),
                fail_points=sum(1 for c in cards if c.fail_point),
                votes=sum(c.votes for c in cards),
                metrics_on_target=statuses.count(True),
                metrics_off_target=statuses.count(False),
                metrics_without_status=statuses.count(None),
            )
        )

    with_emotion = [s for s in stages if s.emotion_avg is not None]
    lowest = min(with_emotion, key=lambda s: s.emotion_avg or 0.0) if with_emotion else None
    drops = [
        Drop(a.stage_id, b.stage_id, b.emotion_avg - a.emotion_avg)
        for a, b in pairwise(stages)
        if a.emotion_avg is not None and b.emotion_avg is not None and b.emotion_avg < a.emotion_avg
    ]
    drops.sort(key=lambda d: d.change)  # stable: the earlier of equal drops first

    on = sum(s.metrics_on_target for s in stages)
    off = sum(s.metrics_off_target for s in stages)
    journey_score = 100.0 * on / (on + off) if on + off else None
    parts: dict[str, float] = {}
    if journey_score is not None:
        parts["metrics"] = journey_score / 100.0
    if normalised:
        parts["emotion"] = sum(normalised) / len(normalised)
    step_count = len(stage_of_step)
    if step_count:
        problems = sum(s.pain_points + s.fail_points for s in stages)
        parts["friction"] = 1.0 - min(1.0, problems / (PROBLEMS_PER_STEP_AT_ZERO * step_count))
    overall = None
    if step_count:
        weight = sum(WEIGHTS[name] for name in parts)
        overall = 100.0 * sum(WEIGHTS[name] * value for name, value in parts.items()) / weight
    return Scorecard(
        map_id=journey_map.id,
        title=journey_map.title,
        stages=stages,
        lowest_emotion_stage=lowest.stage_id if lowest else None,
        drops=drops,
        funnel=_funnel(journey_map),
        journey_score=journey_score,
        overall_score=overall,
        parts=parts,
    )


def funnel_values(journey_map: JourneyMap, metric_name: str) -> dict[str, float | None]:
    """The value of the metric named `metric_name` (any case) at each stage, by stage id."""
    wanted = metric_name.strip().casefold()
    values: dict[str, float | None] = {}
    for metric in journey_map.metrics:
        if metric.name.strip().casefold() == wanted and metric.stage_id not in values:
            values[metric.stage_id] = metric.value
    return values


def _funnel(journey_map: JourneyMap) -> Funnel | None:
    name = journey_map.funnel_metric
    if not name:
        return None
    values = funnel_values(journey_map, name)
    stages = journey_map.stages
    steps: list[FunnelStep] = []
    for index, stage in enumerate(stages):
        value = values.get(stage.id)
        following = values.get(stages[index + 1].id) if index + 1 < len(stages) else None
        conversion = (
            following / value if value is not None and following is not None and value > 0 else None
        )
        steps.append(FunnelStep(stage.id, stage.name, value, conversion))
    falling = [s for s in steps if s.conversion is not None and s.conversion < 1]
    worst = min(falling, key=lambda s: s.conversion or 0.0) if falling else None
    return Funnel(name, steps, worst.stage_id if worst else None)
