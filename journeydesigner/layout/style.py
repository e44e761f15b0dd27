"""The look shared by the canvas and the exports: sizes in layout units, and the palette.

One layout unit is one pixel at 100 % zoom on screen and is scaled to the page in a PDF, so the
two always agree. Colours are `#RRGGBB` strings (the layout is Qt-free).
"""

from __future__ import annotations

from dataclasses import dataclass

from journeydesigner.model.elements import LaneKind


@dataclass(frozen=True)
class TextStyle:
    """A size and weight of text; the family is chosen by the renderer (with script fallback)."""

    size: int
    """Size in layout units (pixels at 100 % zoom); whole numbers so Qt can use pixel sizes."""
    bold: bool = False
    italic: bool = False

    @property
    def line_height(self) -> float:
        """Distance between baselines."""
        return round(self.size * 1.3, 2)


INK = "#1B2330"
INK_SECONDARY = "#4A5363"
INK_TERTIARY = "#636C7B"
RULE = "#D5DAE1"
RULE_FAINT = "#E9ECF0"
HEADER_FILL = "#F5F6F8"
CANVAS = "#FFFFFF"
STAGE_FILL = "#1F3A5F"
STAGE_TEXT = "#FFFFFF"
STAGE_SUBTEXT = "#B8C7DA"
STAGE_NUMBER = "#8FB3DA"
STEP_FILL = "#EEF2F8"
ACCENT = "#0072B2"
SELECTION = "#0072B2"
FAIL = "#D55E00"
FAIL_ON_PINK = "#C24F00"
ON_TARGET = "#009E73"
NO_STATUS = "#8A93A3"
"""The ring-and-dash of a metric without a target or value: grey, the shape says it."""
NEUTRAL_LINE = "#8A93A3"

# Okabe–Ito: distinguishable with any colour-vision deficiency; shapes carry the meaning too.
CURVE_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#000000")
CURVE_MARKERS = ("circle", "diamond", "square", "triangle", "cross")


BLUEPRINT_LINE_STYLES: dict[str, tuple[float, tuple[float, ...] | None]] = {
    "interaction": (1.4, None),
    "visibility": (2.2, (15.0, 7.0)),
    "internal": (1.4, (1.4, 3.6)),
}
"""Width and dash (in units) of each blueprint line: solid, heavier long dash, dotted, so they
differ by shape and are named in words, never by colour alone."""


@dataclass(frozen=True)
class CardTint:
    """Fill and edge of a lane kind's cards."""

    fill: str
    edge: str


_NEUTRAL = CardTint("#F3F4F6", "#D5DAE1")
LANE_TINTS: dict[LaneKind, CardTint] = {
    "actions": CardTint("#FFF0B3", "#E8D07A"),
    "thoughts": CardTint("#EEF2F8", "#C9D3E3"),
    "feelings": CardTint("#FCE8F3", "#E6BCD5"),
    "touchpoints": CardTint("#EDF0F4", "#C9D0DA"),
    "channels": CardTint("#EDF0F4", "#C9D0DA"),
    "pain_points": CardTint("#FBDDDD", "#E9B3B3"),
    "opportunities": CardTint("#D7EFE2", "#A6D6BC"),
    "ideas": CardTint("#E3F1FA", "#A9D0EA"),
    "text": _NEUTRAL,
    "image": _NEUTRAL,
    "emotion": _NEUTRAL,
    "metrics": _NEUTRAL,
    "evidence": CardTint("#F1ECE2", "#D9CCB3"),
    "customer_actions": CardTint("#FFF0B3", "#E8D07A"),
    "frontstage": CardTint("#DDEFFA", "#8CC8EC"),
    "backstage": CardTint("#D9E6F2", "#7FA6CC"),
    "support": CardTint("#E8EAEE", "#B4BAC5"),
}


def card_tint(kind: LaneKind, colour: str | None = None) -> CardTint:
    """The tint of a card: its own colour when set, otherwise its lane kind's."""
    if colour:
        return CardTint(colour, darker(colour, 0.82))
    return LANE_TINTS.get(kind, _NEUTRAL)


def darker(colour: str, factor: float) -> str:
    """The same hue, each channel scaled by `factor` (below 1 is darker)."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#{:02X}{:02X}{:02X}".format(
        *(max(0, min(255, round(c * factor))) for c in (red, green, blue))
    )


@dataclass(frozen=True)
class Metrics:
    """Every size of the grid, in layout units."""

    lane_header_width: float = 176.0
    stage_header_height: float = 58.0
    step_header_height: float = 26.0
    step_width: float = 188.0
    min_lane_height: float = 64.0
    emotion_lane_height: float = 176.0
    cell_padding: float = 8.0
    card_gap: float = 6.0
    card_padding: float = 8.0
    card_radius: float = 6.0
    marker_band: float = 14.0
    """Room at the bottom of a card for its markers (evidence, fail point, tags, channel)."""
    metric_chip_height: float = 50.0
    metric_spark_height: float = 24.0
    """Extra height of a chip whose metric has dated readings, for its sparkline."""
    card_text: TextStyle = TextStyle(12)
    card_meta: TextStyle = TextStyle(10)
    stage_title: TextStyle = TextStyle(14, bold=True)
    stage_subtitle: TextStyle = TextStyle(10)
    step_title: TextStyle = TextStyle(11, bold=True)
    lane_title: TextStyle = TextStyle(13, bold=True)
    lane_subtitle: TextStyle = TextStyle(10)
    note: TextStyle = TextStyle(10, italic=True)
    metric_value: TextStyle = TextStyle(16, bold=True)
    metric_name: TextStyle = TextStyle(9, bold=True)


DEFAULT_METRICS = Metrics()
