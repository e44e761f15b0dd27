"""Dot voting, Qt-free: where a card's dots go, and the counts per stage and across a map."""

from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter

from journeydesigner.layout.style import VOTE_BAND, VOTE_DOT, VOTE_DOTS_SHOWN
from journeydesigner.model.elements import Card
from journeydesigner.model.project import JourneyMap


@dataclass(frozen=True)
class VoteDots:
    """The dot stickers of one card: their centres (relative to the card) and the count."""

    centres: tuple[tuple[float, float], ...]
    radius: float
    label: str
    """The count written after the dots ("" when every vote has its own dot)."""
    label_x: float
    band_top: float


def vote_dots(votes: int, width: float, height: float, padding: float, footer: float) -> VoteDots:
    """Dots in the band above a card's footer line (`footer` is that line's height, or 0)."""
    top = height - padding - footer - VOTE_BAND + 2
    centre_y = top + VOTE_BAND / 2 - 1
    step = VOTE_DOT + 3
    room = max(1, int((width - 2 * padding - 28) // step))
    shown = min(votes, VOTE_DOTS_SHOWN, room)
    centres = tuple((padding + VOTE_DOT / 2 + i * step, centre_y) for i in range(shown))
    # The number is written whenever the dots alone would need counting (over three).
    label = str(votes) if votes > shown or votes > 3 else ""
    return VoteDots(centres, VOTE_DOT / 2, label, padding + shown * step + 2, top)


def stage_votes(journey_map: JourneyMap) -> dict[str, int]:
    """Votes of every stage (its steps' cards together), zero included."""
    stage_of = {step.id: stage.id for stage in journey_map.stages for step in stage.steps}
    totals = dict.fromkeys((stage.id for stage in journey_map.stages), 0)
    for card in journey_map.cards:
        stage_id = stage_of.get(card.step_id)
        if stage_id is not None:
            totals[stage_id] += card.votes
    return totals


_VOTES = attrgetter("votes")


def total_votes(journey_map: JourneyMap) -> int:
    """Every vote on a map."""
    return sum(map(_VOTES, journey_map.cards))


def top_voted(journey_map: JourneyMap, limit: int | None = None) -> list[Card]:
    """Cards with votes, most first; ties keep reading order (stage by stage, lane by lane)."""
    steps = [step.id for stage in journey_map.stages for step in stage.steps]
    lanes = [lane.id for lane in journey_map.lanes]

    def reading(card: Card) -> tuple[int, int, int]:
        step = steps.index(card.step_id) if card.step_id in steps else len(steps)
        lane = lanes.index(card.lane_id) if card.lane_id in lanes else len(lanes)
        return step, lane, card.order

    ranked = sorted(
        (c for c in journey_map.cards if c.votes > 0), key=lambda c: (-c.votes, reading(c))
    )
    return ranked if limit is None else ranked[:limit]
