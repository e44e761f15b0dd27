"""Names people read for the kinds in the model (one place, ready for translation)."""

from __future__ import annotations

from journeydesigner.model.elements import LaneKind, MapKind

MAP_KIND_NAMES: dict[MapKind, str] = {
    "current_state": "Current state",
    "future_state": "Future state",
    "day_in_the_life": "Day in the life",
    "service_blueprint": "Service blueprint",
}

LANE_KIND_NAMES: dict[LaneKind, str] = {
    "actions": "Doing",
    "thoughts": "Thinking",
    "feelings": "Feelings",
    "touchpoints": "Touchpoints",
    "channels": "Channels",
    "pain_points": "Pain points",
    "opportunities": "Opportunities",
    "ideas": "Ideas",
    "text": "Notes",
    "image": "Storyboard",
    "emotion": "Emotion curve",
    "metrics": "Metrics",
    "evidence": "Physical evidence",
    "customer_actions": "Customer actions",
    "frontstage": "Frontstage",
    "backstage": "Backstage",
    "support": "Support processes",
}

JOURNEY_LANE_KINDS: tuple[LaneKind, ...] = (
    "actions",
    "thoughts",
    "feelings",
    "emotion",
    "touchpoints",
    "channels",
    "pain_points",
    "opportunities",
    "ideas",
    "metrics",
    "text",
    "image",
)
BLUEPRINT_LANE_ORDER: tuple[LaneKind, ...] = (
    "evidence",
    "customer_actions",
    "frontstage",
    "backstage",
    "support",
)
