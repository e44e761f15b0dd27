"""Where a presentation is: which stage is spotlighted, the overview, a blacked-out screen.

Clicker keys map onto `next`, `previous`, `first`, `last` and `overview`; the window turns the
state into a camera (`stage_camera`) and a spotlight. Qt-free, like the layout it reads.
"""

from __future__ import annotations

from dataclasses import dataclass

from journeydesigner.layout.grid import MapLayout

CARD_TEXT_PX = 26.0
"""Card text on a 1080-line screen (the design asks for 26 px, never under 24 px)."""
REFERENCE_HEIGHT = 1080.0


@dataclass
class Stepper:
    """The stage on show (an index into the map's stages), or the overview when None."""

    stage_count: int
    index: int | None = 0
    blank: str = ""
    """"black" or "white" while the screen is blanked (B / W), else ""."""

    def __post_init__(self) -> None:
        if self.stage_count == 0:
            self.index = None

    def next(self) -> bool:
        """The next stage (from the overview: the first); False at the end."""
        if self.stage_count == 0:
            return False
        if self.index is None:
            self.index = 0
            return True
        if self.index + 1 >= self.stage_count:
            return False
        self.index += 1
        return True

    def previous(self) -> bool:
        """The stage before (from the overview: the last); False at the start."""
        if self.stage_count == 0:
            return False
        if self.index is None:
            self.index = self.stage_count - 1
            return True
        if self.index == 0:
            return False
        self.index -= 1
        return True

    def first(self) -> bool:
        """The first stage."""
        return self._go(0)

    def last(self) -> bool:
        """The last stage."""
        return self._go(self.stage_count - 1)

    def toggle_overview(self, remembered: int | None) -> None:
        """The whole map, or back to `remembered` (the stage shown before the overview)."""
        if self.index is not None:
            self.index = None
        elif self.stage_count:
            self.index = min(remembered or 0, self.stage_count - 1)

    def toggle_blank(self, colour: str) -> None:
        """Blank the screen in `colour`, or show it again (the same key twice)."""
        self.blank = "" if self.blank == colour else colour

    def resize(self, stage_count: int) -> None:
        """Follow edits that add or remove stages while presenting."""
        self.stage_count = stage_count
        if stage_count == 0:
            self.index = None
        elif self.index is not None:
            self.index = min(self.index, stage_count - 1)

    def _go(self, index: int) -> bool:
        if self.stage_count == 0 or index == self.index:
            return False
        self.index = index
        return True


@dataclass(frozen=True)
class Camera:
    """What the view shows: its zoom and the scene point at the viewport's top-left corner."""

    zoom: float
    left: float
    top: float

    def blend(self, other: Camera, t: float) -> Camera:
        """Part of the way from this camera to another (0 is here, 1 is there)."""
        return Camera(
            self.zoom + (other.zoom - self.zoom) * t,
            self.left + (other.left - self.left) * t,
            self.top + (other.top - self.top) * t,
        )


def presentation_zoom(viewport_height: float, card_text_size: float) -> float:
    """The default presenting zoom: card text at 26 px per 1080 lines of screen."""
    return CARD_TEXT_PX / card_text_size * max(viewport_height, 1.0) / REFERENCE_HEIGHT


def stage_camera(
    layout: MapLayout, index: int, zoom: float, viewport: tuple[float, float], top: float = 0.0
) -> Camera:
    """Centre a stage between the frozen lane headers and the right edge (left-aligned if wide).

    The camera never goes left of the map's start or past its end, so the first and last stages
    sit against the edges rather than in empty space.
    """
    header = layout.stages[index].rect
    visible_width = viewport[0] / zoom
    room = visible_width - layout.lane_header_width
    if header.width <= room:
        left = header.center_x - layout.lane_header_width - room / 2
    else:
        left = header.x - layout.lane_header_width
    left = max(0.0, min(left, layout.width - visible_width))
    return Camera(zoom, max(0.0, left), top)


def overview_camera(layout: MapLayout, viewport: tuple[float, float]) -> Camera:
    """The whole map in view."""
    zoom = min(viewport[0] / max(layout.width, 1.0), viewport[1] / max(layout.height, 1.0)) * 0.98
    return Camera(zoom, 0.0, 0.0)
