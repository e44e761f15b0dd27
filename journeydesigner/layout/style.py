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


VOTE_BAND = 16.0
"""Room at the bottom of a voted card for its dot stickers."""
VOTE_DOT = 9.0
"""Diameter of one vote dot, in units."""
VOTE_DOTS_SHOWN = 8
"""More votes than this show as this many dots and the number (a card is only so wide)."""
VOTE_INK = "#C2185B"
"""Dot stickers: a deep magenta that reads on every sticky tint (its count is written too)."""


@dataclass(frozen=True)
class Palette:
    """The colours a map is painted in: the editor's, or a projection theme's.

    One palette per look, shared by every item of a scene, so the projection themes repaint the
    same layout rather than fork the renderer.
    """

    name: str
    canvas: str = CANVAS
    ink: str = INK
    ink_secondary: str = INK_SECONDARY
    ink_tertiary: str = INK_TERTIARY
    rule: str = RULE
    rule_faint: str = RULE_FAINT
    header_fill: str = HEADER_FILL
    stage_fill: str = STAGE_FILL
    stage_text: str = STAGE_TEXT
    stage_subtext: str = STAGE_SUBTEXT
    stage_number: str = STAGE_NUMBER
    step_fill: str = STEP_FILL
    selection: str = SELECTION
    fail: str = FAIL
    fail_on_pink: str = FAIL_ON_PINK
    on_target: str = ON_TARGET
    neutral_line: str = NEUTRAL_LINE
    card_ink: str = INK
    """Text on cards: cards keep light tints in every theme, so this stays dark."""
    card_ink_secondary: str = INK_SECONDARY
    chip_fill: str = "#FFFFFF"
    vote: str = VOTE_INK
    line_scale: float = 1.0
    """Curves, arrows and blueprint lines are drawn this much thicker."""
    dark: bool = False
    card_fills: tuple[tuple[str, str], ...] = ()
    """Lane tint fill → the fill used instead (stronger tints that hold up on a projector)."""
    curve_inks: tuple[tuple[str, str], ...] = ()
    """Curve colour → the colour used instead (a dark blue is lost on a dark screen)."""

    def tint(self, tint: CardTint) -> CardTint:
        """A card's tint in this palette."""
        fill = dict(self.card_fills).get(tint.fill)
        if fill is None:
            return tint
        return CardTint(fill, darker(fill, 0.78))

    def curve(self, colour: str) -> str:
        """A curve's colour in this palette."""
        return dict(self.curve_inks).get(colour, colour)


EDITOR_PALETTE = Palette("editor")

_PROJECTION_FILLS = (
    ("#FFF0B3", "#FFE58A"),  # doing, customer actions
    ("#FBDDDD", "#FFC2C2"),  # pain points
    ("#D7EFE2", "#B5E8CC"),  # opportunities
    ("#EEF2F8", "#DCE5F2"),  # thoughts
    ("#FCE8F3", "#F7CFE5"),  # feelings
    ("#E3F1FA", "#C6E4F6"),  # ideas
    ("#DDEFFA", "#BFE1F6"),  # frontstage
    ("#D9E6F2", "#C0D5EA"),  # backstage
)

PROJECTION_DARK = Palette(
    "projection-dark",
    canvas="#0D1117",
    ink="#F2F4F7",
    ink_secondary="#C9D1DB",
    ink_tertiary="#AEB6C2",
    rule="#3A4556",
    rule_faint="#262F3C",
    header_fill="#0D1117",
    stage_fill="#1F3A5F",
    stage_text="#FFFFFF",
    stage_subtext="#C9D6E6",
    stage_number="#8FC7F0",
    step_fill="#161C25",
    selection="#56B4E9",
    fail="#FF7A2F",
    fail_on_pink="#C24F00",
    on_target="#2BC48E",
    neutral_line="#8B95A5",
    card_ink="#10141A",
    card_ink_secondary="#2E3745",
    chip_fill="#161C25",
    vote="#AD1457",
    line_scale=1.25,
    dark=True,
    card_fills=_PROJECTION_FILLS,
    curve_inks=(("#0072B2", "#56B4E9"), ("#000000", "#F2F4F7"), ("#D55E00", "#FF8A3D")),
)
"""Projection, dark: the design's navy-black room theme (body text over 13:1)."""

PROJECTION_LIGHT = Palette(
    "projection-light",
    canvas="#FFFFFF",
    ink="#0B0F14",
    ink_secondary="#2A3240",
    ink_tertiary="#3D4654",
    rule="#8A93A3",
    rule_faint="#C3C9D2",
    header_fill="#FFFFFF",
    stage_fill="#1F3A5F",
    step_fill="#E4E9F1",
    selection="#0072B2",
    neutral_line="#4A5363",
    card_ink="#0B0F14",
    card_ink_secondary="#2A3240",
    line_scale=1.25,
    card_fills=_PROJECTION_FILLS,
)
"""Projection, light: black on white for bright rooms and weak projectors."""
