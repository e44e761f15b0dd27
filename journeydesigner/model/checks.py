"""Rules that span several objects: unique ids and references that must point somewhere.

pydantic checks each object on its own; these checks look across the project. They return every
problem with its path in the file instead of stopping at the first, so `validate` can list them all.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from journeydesigner.model.elements import DEFAULT_SCALE
from journeydesigner.model.project import JourneyMap, Project


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a project, where it is and what it is."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


def _duplicates(prefix: str, ids: Iterable[str], what: str) -> list[Problem]:
    ids = list(ids)
    if len(set(ids)) == len(ids):
        return []  # the usual case, found without building anything per item
    seen: dict[str, int] = {}
    problems = []
    for index, item_id in enumerate(ids):
        if item_id in seen:
            problems.append(
                Problem(
                    f"{prefix}[{index}].id",
                    f"{what} id '{item_id}' is already used by {prefix}[{seen[item_id]}]",
                )
            )
        else:
            seen[item_id] = index
    return problems


def _a(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


def project_problems(project: Project) -> list[Problem]:
    """Every cross-reference problem in the project; empty when it is consistent."""
    problems = _duplicates("personas", (p.id for p in project.personas), "persona")
    problems += _duplicates("maps", (m.id for m in project.maps), "map")
    persona_ids = {p.id for p in project.personas}
    map_ids = {m.id for m in project.maps}
    for index, journey_map in enumerate(project.maps):
        problems += map_problems(journey_map, f"maps[{index}]", persona_ids)
        linked = journey_map.linked_map_id
        if linked is not None and (linked not in map_ids or linked == journey_map.id):
            problems.append(
                Problem(f"maps[{index}].linked_map_id", f"map '{linked}' is not another map here")
            )
    return problems


def map_problems(journey_map: JourneyMap, where: str, persona_ids: set[str]) -> list[Problem]:
    """Every cross-reference problem inside one map."""
    problems: list[Problem] = []
    problems += _duplicates(f"{where}.stages", (s.id for s in journey_map.stages), "stage")
    problems += _duplicates(f"{where}.lanes", (lane.id for lane in journey_map.lanes), "lane")
    problems += _duplicates(f"{where}.cards", (c.id for c in journey_map.cards), "card")
    problems += _duplicates(f"{where}.metrics", (m.id for m in journey_map.metrics), "metric")
    problems += _duplicates(
        f"{where}.connectors", (c.id for c in journey_map.connectors), "connector"
    )

    step_owner: dict[str, str] = {}
    for s_index, stage in enumerate(journey_map.stages):
        for t_index, step in enumerate(stage.steps):
            path = f"{where}.stages[{s_index}].steps[{t_index}].id"
            if step.id in step_owner:
                problems.append(
                    Problem(path, f"step id '{step.id}' is already used by {step_owner[step.id]}")
                )
            else:
                step_owner[step.id] = f"{where}.stages[{s_index}].steps[{t_index}]"

    for p_index, persona_id in enumerate(journey_map.persona_ids):
        if persona_id not in persona_ids:
            problems.append(
                Problem(f"{where}.persona_ids[{p_index}]", f"persona '{persona_id}' does not exist")
            )

    lanes = {lane.id: lane for lane in journey_map.lanes}
    stage_ids = {stage.id for stage in journey_map.stages}
    card_ids = {card.id for card in journey_map.cards}
    holding = {lane.id for lane in journey_map.lanes if lane.holds_cards}
    for c_index, card in enumerate(journey_map.cards):
        if card.step_id in step_owner and card.lane_id in holding:
            continue  # the usual case, checked without building a path per card
        path = f"{where}.cards[{c_index}]"
        if card.step_id not in step_owner:
            problems.append(Problem(f"{path}.step_id", f"step '{card.step_id}' does not exist"))
        lane = lanes.get(card.lane_id)
        if lane is None:
            problems.append(Problem(f"{path}.lane_id", f"lane '{card.lane_id}' does not exist"))
        elif not lane.holds_cards:
            problems.append(
                Problem(
                    f"{path}.lane_id",
                    f"lane '{lane.id}' is {_a(lane.kind)} {lane.kind} lane and holds no cards",
                )
            )

    seen_points: dict[tuple[str, str, str | None, str], int] = {}
    for e_index, point in enumerate(journey_map.emotion_points):
        path = f"{where}.emotion_points[{e_index}]"
        lane = lanes.get(point.lane_id)
        if lane is None:
            problems.append(Problem(f"{path}.lane_id", f"lane '{point.lane_id}' does not exist"))
        elif lane.kind != "emotion":
            problems.append(Problem(f"{path}.lane_id", f"lane '{lane.id}' is not an emotion lane"))
        if point.step_id not in step_owner:
            problems.append(Problem(f"{path}.step_id", f"step '{point.step_id}' does not exist"))
        if point.persona_id is not None and point.persona_id not in persona_ids:
            problems.append(
                Problem(f"{path}.persona_id", f"persona '{point.persona_id}' does not exist")
            )
        scale = lane.effective_scale if lane is not None else DEFAULT_SCALE
        if not scale.contains(point.score):
            problems.append(
                Problem(
                    f"{path}.score",
                    f"score {point.score:g} is outside the lane's scale {scale.min}..{scale.max}",
                )
            )
        key = point.key
        if key in seen_points:
            problems.append(
                Problem(
                    path,
                    f"the curve already has a point on step '{point.step_id}' "
                    f"at {where}.emotion_points[{seen_points[key]}]",
                )
            )
        else:
            seen_points[key] = e_index

    for m_index, metric in enumerate(journey_map.metrics):
        path = f"{where}.metrics[{m_index}]"
        if metric.stage_id not in stage_ids:
            problems.append(
                Problem(f"{path}.stage_id", f"stage '{metric.stage_id}' does not exist")
            )
        lane = lanes.get(metric.lane_id)
        if lane is None:
            problems.append(Problem(f"{path}.lane_id", f"lane '{metric.lane_id}' does not exist"))
        elif lane.kind != "metrics":
            problems.append(Problem(f"{path}.lane_id", f"lane '{lane.id}' is not a metrics lane"))

    for h_index, curve in enumerate(journey_map.hidden_curves):
        path = f"{where}.hidden_curves[{h_index}]"
        lane = lanes.get(curve.lane_id)
        if lane is None or lane.kind != "emotion":
            problems.append(Problem(f"{path}.lane_id", f"'{curve.lane_id}' is not an emotion lane"))
        if curve.persona_id is not None and curve.persona_id not in persona_ids:
            problems.append(
                Problem(f"{path}.persona_id", f"persona '{curve.persona_id}' does not exist")
            )

    for k_index, connector in enumerate(journey_map.connectors):
        path = f"{where}.connectors[{k_index}]"
        for end in ("from_card", "to_card"):
            card_id = getattr(connector, end)
            if card_id not in card_ids:
                problems.append(Problem(f"{path}.{end}", f"card '{card_id}' does not exist"))
        if connector.from_card == connector.to_card:
            problems.append(Problem(f"{path}.to_card", "a connector cannot join a card to itself"))
    return problems
