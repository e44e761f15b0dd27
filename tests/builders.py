"""Small projects for tests, built in code so each test shows what it relies on."""

from __future__ import annotations

from datetime import UTC, datetime

from journeydesigner.model import (
    Card,
    Connector,
    EmotionPoint,
    EmotionScale,
    JourneyMap,
    Lane,
    Metric,
    Persona,
    Project,
    Stage,
    Step,
)

FIXED_TIME = datetime(2026, 11, 1, 9, 30, tzinfo=UTC)


def small_map(map_id: str = "map-1") -> JourneyMap:
    """Two stages (the second split into two steps), five lanes, a few of everything."""
    return JourneyMap(
        id=map_id,
        title="Buying a guitar",
        kind="current_state",
        description="From the first ad to the first review",
        persona_ids=["anna"],
        stages=[
            Stage(id="awareness", name="Awareness", steps=[Step(id="aw")]),
            Stage(
                id="purchase",
                name="Purchase",
                moment_of_truth=True,
                steps=[Step(id="order", name="Order"), Step(id="pay", name="Card payment fails")],
            ),
        ],
        lanes=[
            Lane(id="doing", title="Doing", kind="actions"),
            Lane(id="thinking", title="Thinking", kind="thoughts"),
            Lane(id="feeling", title="Feeling", kind="emotion", scale=EmotionScale(min=-2, max=2)),
            Lane(id="pains", title="Pain points", kind="pain_points"),
            Lane(id="kpis", title="Metrics", kind="metrics"),
        ],
        cards=[
            Card(id="c1", step_id="aw", lane_id="doing", text="Sees an ad on YouTube"),
            Card(id="c2", step_id="aw", lane_id="doing", order=1, text="Watches a review"),
            Card(
                id="c3",
                step_id="order",
                lane_id="doing",
                text="Orders a guitar",
                evidence="observed",
            ),
            Card(
                id="c4",
                step_id="pay",
                lane_id="pains",
                text="Płatność kartą odrzucona — 付款失敗",
                fail_point=True,
                tags=["payment"],
                duration_minutes=5,
            ),
        ],
        emotion_points=[
            EmotionPoint(
                lane_id="feeling", step_id="aw", persona_id="anna", score=1, note="curious"
            ),
            EmotionPoint(lane_id="feeling", step_id="pay", persona_id="anna", score=-2),
        ],
        metrics=[
            Metric(
                id="m1",
                stage_id="purchase",
                lane_id="kpis",
                name="Conversion",
                value=2.5,
                unit="%",
                target=3,
            ),
        ],
        connectors=[Connector(id="k1", from_card="c3", to_card="c4", label="then")],
    )


def small_project() -> Project:
    """A project with one persona and the small map, at a fixed time."""
    project = Project.new("Guitar shop", at=FIXED_TIME)
    project.personas = [
        Persona(id="anna", name="Anna", role="Hobby guitarist", goals=["A good first guitar"])
    ]
    project.maps = [small_map()]
    return project
