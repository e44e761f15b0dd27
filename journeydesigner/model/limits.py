"""Documented ceilings on what a project may hold.

They keep a hostile or broken file from freezing the app or eating the machine's memory, while
leaving plenty of room for real work (a big B2B map has a few thousand cards). A file just under
each limit opens; one over it is refused with the path of the offending value.
"""

from __future__ import annotations

FILE_BYTES = 100 * 1024 * 1024
"""Largest project file read (100 MiB); checked before reading."""

ID_LENGTH = 64
TITLE_LENGTH = 200
TEXT_LENGTH = 10_000
TAG_LENGTH = 50
LIST_ITEMS = 100
"""Items in a persona's goals, needs or pain points, and tags on a card."""

MAPS = 100
PERSONAS = 100
STAGES = 200
STEPS_PER_STAGE = 50
LANES = 50
CARDS = 100_000
EMOTION_POINTS = 20_000
METRICS = 5_000
READINGS = 1_000
"""Dated values of one metric: twenty years of weekly figures."""
CONNECTORS = 20_000

SCALE_BOUND = 100
"""Emotion scales live within -100..+100."""

SIZE_MAX = 10_000.0
"""Largest width or height (layout points) a step or lane may ask for."""

NUMBER_MAX = 1e15
"""Largest magnitude of a metric value or target."""

DURATION_MAX_MINUTES = 10 * 366 * 24 * 60.0
"""Ten years: longer than any step of a service."""

IMAGE_BYTES = 10 * 1024 * 1024
"""Largest embedded image, encoded (10 MiB)."""

IMAGE_PIXELS = 40_000_000
"""Largest embedded image, decoded (40 megapixels)."""
