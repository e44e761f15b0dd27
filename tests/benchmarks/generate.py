"""Deterministic big maps for the benchmark: the same N always gives the same project."""

from __future__ import annotations

import random
from datetime import UTC, datetime

from journeydesigner.model import (
    Card,
    EmotionPoint,
    JourneyMap,
    Lane,
    Metric,
    Persona,
    Project,
    Stage,
    Step,
)

# Latin, Polish and Chinese words, so text measuring meets all three scripts.
_PHRASES = (
    "customer compares prices reads reviews asks friends waits for delivery pays by card",
    "opens the app calls support gets a refund shares a photo writes a review zamawia",
    "porównuje ceny czeka na kuriera 顧客 比較 價格 付款 評論 配送 客服",
)
WORDS = tuple(word for phrase in _PHRASES for word in phrase.split())
CARD_LANES = (
    ("actions", "Doing"),
    ("thoughts", "Thinking"),
    ("touchpoints", "Touchpoints"),
    ("pain_points", "Pain points"),
    ("opportunities", "Opportunities"),
    ("ideas", "Ideas"),
    ("customer_actions", "Customer actions"),
    ("frontstage", "Frontstage"),
    ("backstage", "Backstage"),
    ("support", "Support"),
)


def big_project(cards: int, stages: int = 30, steps_per_stage: int = 2) -> Project:
    """A project with one map of `cards` cards over stages × steps × ten card lanes."""
    rng = random.Random(cards)
    project = Project.new("Benchmark", at=datetime(2026, 11, 25, tzinfo=UTC))
    project.personas = [Persona(id="p1", name="Ada"), Persona(id="p2", name="Bo")]
    stage_list = [
        Stage(
            id=f"s{i}",
            name=f"Stage {i + 1}",
            steps=[Step(id=f"s{i}t{j}", name=f"Step {j + 1}") for j in range(steps_per_stage)],
        )
        for i in range(stages)
    ]
    lanes = [Lane(id=f"l{i}", title=title, kind=kind) for i, (kind, title) in enumerate(CARD_LANES)]
    lanes.insert(2, Lane(id="feel", title="Feeling", kind="emotion"))
    lanes.append(Lane(id="kpi", title="Metrics", kind="metrics"))
    steps = [step.id for stage in stage_list for step in stage.steps]
    card_lanes = [lane.id for lane in lanes if lane.holds_cards]
    cells = [(step, lane) for step in steps for lane in card_lanes]
    card_list = []
    orders: dict[tuple[str, str], int] = {}
    for index in range(cards):
        step, lane = cells[index % len(cells)]
        order = orders.get((step, lane), 0)
        orders[(step, lane)] = order + 1
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 14)))
        card_list.append(
            Card(id=f"c{index}", step_id=step, lane_id=lane, order=order, text=text.capitalize())
        )
    points = [
        EmotionPoint(lane_id="feel", step_id=step, persona_id=persona, score=rng.randint(-2, 2))
        for step in steps
        for persona in ("p1", "p2")
    ]
    metrics = [
        Metric(
            id=f"m{i}",
            stage_id=stage.id,
            lane_id="kpi",
            name="Conversion",
            value=round(rng.uniform(0, 5), 2),
            unit="%",
            target=3,
        )
        for i, stage in enumerate(stage_list)
    ]
    project.maps = [
        JourneyMap(
            id="big",
            title=f"{cards} cards",
            kind="current_state",
            persona_ids=["p1", "p2"],
            stages=stage_list,
            lanes=lanes,
            cards=card_list,
            emotion_points=points,
            metrics=metrics,
        )
    ]
    return project
