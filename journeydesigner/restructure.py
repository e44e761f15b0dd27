"""Structural edits of a map as pure functions on a copy: stages, steps and lanes with cascades.

Each function changes the map it is given so that it stays consistent: removing a stage removes
the cards, curve points and metrics on it and the connectors of those cards. The editor applies
them to a copy and keeps before and after for undo.
"""

from __future__ import annotations

from journeydesigner.model.elements import Lane, Stage, Step
from journeydesigner.model.project import JourneyMap


class RestructureError(ValueError):
    """The edit would leave the map without something it needs (e.g. a stage's last step)."""


def add_stage(journey_map: JourneyMap, index: int, stage: Stage) -> None:
    """Insert a stage (with its steps) at a position."""
    index = max(0, min(index, len(journey_map.stages)))
    journey_map.stages.insert(index, stage)


def remove_stage(journey_map: JourneyMap, stage_id: str) -> None:
    """Remove a stage and everything on its steps."""
    stage = _stage(journey_map, stage_id)
    _drop_steps(journey_map, {step.id for step in stage.steps})
    journey_map.metrics = [m for m in journey_map.metrics if m.stage_id != stage_id]
    journey_map.stages = [s for s in journey_map.stages if s.id != stage_id]


def add_step(journey_map: JourneyMap, stage_id: str, index: int, step: Step) -> None:
    """Split a stage: insert a step into it."""
    steps = _stage(journey_map, stage_id).steps
    steps.insert(max(0, min(index, len(steps))), step)


def remove_step(journey_map: JourneyMap, step_id: str) -> None:
    """Remove a step and everything on it; a stage keeps at least one step."""
    stage = next((s for s in journey_map.stages if any(t.id == step_id for t in s.steps)), None)
    if stage is None:
        raise RestructureError(f"there is no step '{step_id}'")
    if len(stage.steps) == 1:
        raise RestructureError(f"the stage '{stage.name}' needs at least one step")
    _drop_steps(journey_map, {step_id})
    stage.steps = [t for t in stage.steps if t.id != step_id]


def move_step(journey_map: JourneyMap, step_id: str, stage_id: str, index: int) -> None:
    """Move a step to a position in a stage (its own or another); a stage keeps one step."""
    source = next((s for s in journey_map.stages if any(t.id == step_id for t in s.steps)), None)
    target = _stage(journey_map, stage_id)
    if source is None:
        raise RestructureError(f"there is no step '{step_id}'")
    if source is not target and len(source.steps) == 1:
        raise RestructureError(f"the stage '{source.name}' needs at least one step")
    step = next(t for t in source.steps if t.id == step_id)
    source.steps = [t for t in source.steps if t.id != step_id]
    target.steps.insert(max(0, min(index, len(target.steps))), step)


def merge_steps(journey_map: JourneyMap, into_id: str, from_id: str) -> None:
    """Merge one step into another of the same stage: its cards follow the target's cards."""
    stage = next((s for s in journey_map.stages if any(t.id == into_id for t in s.steps)), None)
    if stage is None or not any(t.id == from_id for t in stage.steps) or into_id == from_id:
        raise RestructureError("only two different steps of one stage can be merged")
    next_order: dict[str, int] = {}
    for card in journey_map.cards:
        if card.step_id == into_id:
            next_order[card.lane_id] = max(next_order.get(card.lane_id, 0), card.order + 1)
    for card in sorted(journey_map.cards, key=lambda c: c.order):
        if card.step_id == from_id:
            card.order = next_order.get(card.lane_id, 0)
            next_order[card.lane_id] = card.order + 1
            card.step_id = into_id
    taken = {
        (p.lane_id, p.persona_id, p.variant)
        for p in journey_map.emotion_points
        if p.step_id == into_id
    }
    # A curve has one point per step: the target's point wins where both have one.
    journey_map.emotion_points = [
        p
        for p in journey_map.emotion_points
        if p.step_id != from_id or (p.lane_id, p.persona_id, p.variant) not in taken
    ]
    for point in journey_map.emotion_points:
        if point.step_id == from_id:
            point.step_id = into_id
    stage.steps = [t for t in stage.steps if t.id != from_id]


def add_lane(journey_map: JourneyMap, index: int, lane: Lane) -> None:
    """Insert a lane at a position."""
    journey_map.lanes.insert(max(0, min(index, len(journey_map.lanes))), lane)


def remove_lane(journey_map: JourneyMap, lane_id: str) -> None:
    """Remove a lane with its cards, curve points and metrics."""
    removed = {c.id for c in journey_map.cards if c.lane_id == lane_id}
    journey_map.cards = [c for c in journey_map.cards if c.lane_id != lane_id]
    journey_map.emotion_points = [p for p in journey_map.emotion_points if p.lane_id != lane_id]
    journey_map.metrics = [m for m in journey_map.metrics if m.lane_id != lane_id]
    _drop_connectors(journey_map, removed)
    journey_map.lanes = [lane for lane in journey_map.lanes if lane.id != lane_id]


def _stage(journey_map: JourneyMap, stage_id: str) -> Stage:
    for stage in journey_map.stages:
        if stage.id == stage_id:
            return stage
    raise RestructureError(f"there is no stage '{stage_id}'")


def _drop_steps(journey_map: JourneyMap, step_ids: set[str]) -> None:
    removed = {c.id for c in journey_map.cards if c.step_id in step_ids}
    journey_map.cards = [c for c in journey_map.cards if c.step_id not in step_ids]
    journey_map.emotion_points = [
        p for p in journey_map.emotion_points if p.step_id not in step_ids
    ]
    _drop_connectors(journey_map, removed)


def _drop_connectors(journey_map: JourneyMap, card_ids: set[str]) -> None:
    if card_ids:
        journey_map.connectors = [
            k
            for k in journey_map.connectors
            if k.from_card not in card_ids and k.to_card not in card_ids
        ]
