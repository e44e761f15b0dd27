"""Names people read for the kinds in the model, in the interface's language."""

from __future__ import annotations

from journeydesigner.i18n import translate
from journeydesigner.layout.labels import QT_TRANSLATE_NOOP
from journeydesigner.model.elements import LaneKind, MapKind

MAP_KIND_NAMES: dict[MapKind, str] = {
    "current_state": QT_TRANSLATE_NOOP("names", "Current state"),
    "future_state": QT_TRANSLATE_NOOP("names", "Future state"),
    "day_in_the_life": QT_TRANSLATE_NOOP("names", "Day in the life"),
    "service_blueprint": QT_TRANSLATE_NOOP("names", "Service blueprint"),
}

LANE_KIND_NAMES: dict[LaneKind, str] = {
    "actions": QT_TRANSLATE_NOOP("names", "Doing"),
    "thoughts": QT_TRANSLATE_NOOP("names", "Thinking"),
    "feelings": QT_TRANSLATE_NOOP("names", "Feelings"),
    "touchpoints": QT_TRANSLATE_NOOP("names", "Touchpoints"),
    "channels": QT_TRANSLATE_NOOP("names", "Channels"),
    "pain_points": QT_TRANSLATE_NOOP("names", "Pain points"),
    "opportunities": QT_TRANSLATE_NOOP("names", "Opportunities"),
    "ideas": QT_TRANSLATE_NOOP("names", "Ideas"),
    "text": QT_TRANSLATE_NOOP("names", "Notes"),
    "image": QT_TRANSLATE_NOOP("names", "Storyboard"),
    "emotion": QT_TRANSLATE_NOOP("names", "Emotion curve"),
    "metrics": QT_TRANSLATE_NOOP("names", "Metrics"),
    "evidence": QT_TRANSLATE_NOOP("names", "Physical evidence"),
    "customer_actions": QT_TRANSLATE_NOOP("names", "Customer actions"),
    "frontstage": QT_TRANSLATE_NOOP("names", "Frontstage"),
    "backstage": QT_TRANSLATE_NOOP("names", "Backstage"),
    "support": QT_TRANSLATE_NOOP("names", "Support processes"),
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


def map_kind_name(kind: MapKind) -> str:
    """A map kind's name in the interface's language ("Current state")."""
    return translate("names", MAP_KIND_NAMES[kind])


def lane_kind_name(kind: LaneKind) -> str:
    """A lane kind's name in the interface's language ("Pain points")."""
    return translate("names", LANE_KIND_NAMES[kind])
