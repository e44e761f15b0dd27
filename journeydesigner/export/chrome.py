"""What surrounds the grid on paper: title block, legend, footer, tile labels, persona pages.

Drawn in chrome units: one unit is half a point on A3 and grows with the page (a quarter more on
A2, double on A1 and so on), so an A3 title is 27 pt as the design asks and an A1 poster reads
from twice as far. Every user text is drawn with `Painter.text`: no markup is ever interpreted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from journeydesigner.export.images import readable_image
from journeydesigner.export.mapdraw import (
    CURVE_WIDTH,
    WHITE,
    MapDrawing,
    curve_marker,
    evidence_marker,
    fail_marker,
    kind_name,
    note_ink,
    status_marker,
)
from journeydesigner.export.painter import Painter
from journeydesigner.layout.grid import Curve
from journeydesigner.layout.labels import ENGLISH, Labels
from journeydesigner.layout.style import (
    FAIL_ON_PINK,
    INK,
    INK_SECONDARY,
    INK_TERTIARY,
    RULE,
    RULE_FAINT,
    STAGE_FILL,
    TextStyle,
)
from journeydesigner.layout.text import wrap
from journeydesigner.model.elements import EmbeddedImage, Persona
from journeydesigner.model.project import JourneyMap, Project

LABEL = TextStyle(12, bold=True)
"""Micro-labels (PERSONA, LEGEND...): 6 pt bold tracked capitals at A3."""
LABEL_TRACKING = 1.3
TITLE = TextStyle(54, bold=True)
SUMMARY = TextStyle(20)
BODY = TextStyle(16)
BODY_BOLD = TextStyle(16, bold=True)
SMALL = TextStyle(14)
SMALL_BOLD = TextStyle(14, bold=True)
NAME = TextStyle(22, bold=True)
QUOTE = TextStyle(17, italic=True)
CHIP = TextStyle(11, bold=True)
HEADING = TextStyle(36, bold=True)

QUOTE_MARK = "#E69F00"
AVATAR_FILL = "#DDE5EE"
LEGEND_FILL = "#FBFCFD"


def family_name(journey_map: JourneyMap, labels: Labels = ENGLISH) -> str:
    """What kind of document this is, for the micro-label above the title."""
    if journey_map.kind == "service_blueprint":
        return labels.translate("pdf", "SERVICE BLUEPRINT")
    return labels.translate("pdf", "CUSTOMER JOURNEY MAP")


def project_date(project: Project | None, labels: Labels = ENGLISH) -> str:
    """The date the project was last changed (ISO 8601 in English, the locale's form otherwise)."""
    return labels.date(project.modified.date()) if project is not None else ""


def label(
    painter: Painter,
    text: str,
    x: float,
    y: float,
    width: float,
    ink: str = INK_TERTIARY,
    align: str = "left",
) -> float:
    """A tracked capital micro-label in a 16-unit band at `y`; returns its width."""
    return painter.text_in_box(
        text.upper(), x, y, width, 16, LABEL, ink, align=align, tracking=LABEL_TRACKING
    )


def clamp_lines(
    painter: Painter, text: str, width: float, style: TextStyle, max_lines: int
) -> list[str]:
    """`text` wrapped to `width`, cut to `max_lines` with an ellipsis on the last one."""
    lines = wrap(text, width, style, painter.measure)
    while lines and not lines[-1]:
        lines.pop()
    if len(lines) <= max_lines:
        return lines
    kept = lines[:max_lines]
    kept[-1] = kept[-1] + " " + lines[max_lines]
    from journeydesigner.layout.text import elide

    kept[-1] = elide(kept[-1] + "…", width, style, painter.measure)
    if not kept[-1].endswith("…"):
        kept[-1] += "…"
    return kept


def chip(
    painter: Painter, text: str, x: float, y: float, fill: str = STAGE_FILL, ink: str = WHITE
) -> float:
    """A pill with a tracked capital label; returns its width."""
    width = painter.text_width(text.upper(), CHIP, LABEL_TRACKING) + 20
    painter.rect(x, y, width, 18, fill=fill, radius=9)
    painter.text_in_box(
        text.upper(), x + 10, y, width - 20 + 2, 18, CHIP, ink, tracking=LABEL_TRACKING
    )
    return width


# -- the title block -------------------------------------------------------------------------------


@dataclass
class TitleBlock:
    """The block above a map's grid; `height` is known before drawing."""

    drawing: MapDrawing
    width: float
    height: float = 0.0

    def measure_and_draw(self, painter: Painter, draw: bool) -> float:
        """Lay the block out (and draw it when `draw`); returns its height in chrome units."""
        jm = self.drawing.journey_map
        labels = self.drawing.labels
        width = self.width
        y = 0.0
        meta_width = min(width * 0.3, 420.0)
        text_width = width - meta_width - 30
        if draw:
            used = label(painter, family_name(jm, labels), 0, y, text_width)
            if jm.kind != "service_blueprint":
                chip(painter, kind_name(jm, labels), used + 12, y - 1)
            self._meta(painter, width - meta_width, meta_width)
        y += 24
        if draw:
            painter.text_in_box(jm.title, 0, y, text_width, TITLE.line_height, TITLE, INK)
        y += TITLE.line_height
        if jm.description:
            lines = clamp_lines(painter, jm.description, text_width, SUMMARY, 2)
            if draw:
                painter.lines(lines, 0, y, SUMMARY, INK_SECONDARY)
            y += len(lines) * SUMMARY.line_height
        y = max(y, 3 * 22.0)
        y += 14
        if draw:
            painter.line(0, y, width, y, RULE, 1.0)
        y += 18
        y += self._details(painter, y, draw)
        self.height = y
        return y

    def _meta(self, painter: Painter, x: float, width: float) -> None:
        jm = self.drawing.journey_map
        project = self.drawing.project
        layout = self.drawing.layout
        labels = self.drawing.labels
        steps = len(layout.columns)
        rows = []
        if project is not None:
            rows.append((labels.translate("pdf", "PROJECT"), project.title))
            rows.append((labels.translate("pdf", "UPDATED"), project_date(project, labels)))
        rows.append(
            (
                labels.translate("pdf", "CONTENT"),
                " · ".join(
                    [
                        labels.count("stages", len(jm.stages)),
                        labels.count("steps", steps),
                        labels.count("cards", len(jm.cards)),
                    ]
                ),
            )
        )
        for index, (name, value) in enumerate(rows):
            top = index * 22.0
            used = painter.text_in_box(
                value, x + 90, top, width - 90, 22, BODY, INK_SECONDARY, align="right"
            )
            label(painter, name, x, top + 3, width - used - 12, align="right")

    def _details(self, painter: Painter, top: float, draw: bool) -> float:
        """Persona, scenario, expectations and legend in columns; returns their height."""
        jm = self.drawing.journey_map
        width = self.width
        gap = 56.0
        labels = self.drawing.labels
        legend = Legend(self.drawing.layout.curves, labels)
        legend_width = min(380.0, width * 0.3)
        personas = self._personas()
        blocks: list[tuple[str, float]] = []
        if personas:
            blocks.append(("persona", 1.5))
        if jm.scenario.strip():
            blocks.append(("scenario", 1.0))
        if jm.expectations.strip():
            blocks.append(("expectations", 1.0))
        free = width - legend_width - gap * len(blocks)
        weights = sum(weight for _, weight in blocks) or 1.0
        x = 0.0
        height = legend.height
        for name, weight in blocks:
            column = free * weight / weights
            if name == "persona":
                used = self._persona_column(painter, personas, x, top, column, draw)
            elif name == "scenario":
                used = self._text_column(
                    painter, labels.translate("pdf", "SCENARIO"), jm.scenario, x, top, column, draw
                )
            else:
                used = self._list_column(
                    painter,
                    labels.translate("pdf", "EXPECTATIONS"),
                    jm.expectations,
                    x,
                    top,
                    column,
                    draw,
                )
            if draw and x > 0:
                painter.line(x - gap / 2, top, x - gap / 2, top + max(used, 60), RULE_FAINT)
            height = max(height, used)
            x += column + gap
        if draw:
            legend.draw(painter, width - legend_width, top, legend_width)
        return height

    def _personas(self) -> list[Persona]:
        project = self.drawing.project
        if project is None:
            return []
        found = [project.persona(pid) for pid in self.drawing.journey_map.persona_ids]
        return [p for p in found if p is not None]

    def _persona_column(
        self,
        painter: Painter,
        personas: list[Persona],
        x: float,
        top: float,
        width: float,
        draw: bool,
    ) -> float:
        labels = self.drawing.labels
        if draw:
            heading = (
                labels.translate("pdf", "PERSONA")
                if len(personas) == 1
                else labels.translate("pdf", "PERSONAS")
            )
            label(painter, heading, x, top, width)
        y = top + 24
        shown = personas[:2]
        for persona in shown:
            y += persona_summary(painter, persona, x, y, width, draw, quote_lines=2) + 10
        if len(personas) > len(shown):
            rest = ", ".join(p.name for p in personas[len(shown) :])
            if draw:
                painter.text_in_box(
                    labels.translate("pdf", "and {names}").format(names=rest),
                    x,
                    y,
                    width,
                    20,
                    SMALL,
                    INK_TERTIARY,
                )
            y += 20
        return y - top

    def _text_column(
        self,
        painter: Painter,
        name: str,
        text: str,
        x: float,
        top: float,
        width: float,
        draw: bool,
    ) -> float:
        lines = clamp_lines(painter, text, width, BODY, 7)
        if draw:
            label(painter, name, x, top, width)
            painter.lines(lines, x, top + 24, BODY, INK)
        return 24 + len(lines) * BODY.line_height

    def _list_column(
        self,
        painter: Painter,
        name: str,
        text: str,
        x: float,
        top: float,
        width: float,
        draw: bool,
    ) -> float:
        items = [item.strip(" -•*\t") for item in text.splitlines() if item.strip(" -•*\t")]
        if len(items) <= 1:
            return self._text_column(painter, name, text, x, top, width, draw)
        if draw:
            label(painter, name, x, top, width)
        y = top + 24
        budget = 7
        for item in items:
            if budget <= 0:
                break
            lines = clamp_lines(painter, item, width - 16, BODY, min(2, budget))
            budget -= len(lines)
            if draw:
                painter.circle(
                    x + 4,
                    painter.baseline_in(y, BODY.line_height, BODY) - 4,
                    2.2,
                    fill=INK_TERTIARY,
                )
                painter.lines(lines, x + 16, y, BODY, INK)
            y += len(lines) * BODY.line_height + 2
        return y - top


def persona_summary(
    painter: Painter,
    persona: Persona,
    x: float,
    y: float,
    width: float,
    draw: bool,
    quote_lines: int = 2,
    avatar: float = 64.0,
) -> float:
    """Avatar, name, role and quote of a persona; returns the height used."""
    if draw:
        draw_avatar(painter, persona, x + avatar / 2, y + avatar / 2, avatar / 2)
    text_x = x + avatar + 16
    text_width = width - avatar - 16
    line_y = y
    if draw:
        used = painter.text_in_box(persona.name, text_x, line_y, text_width, 28, NAME, INK)
        if persona.role:
            role_lines = clamp_lines(painter, persona.role, text_width, SMALL, 2)
        else:
            role_lines = []
        painter.lines(role_lines, text_x, line_y + 28, SMALL, INK_SECONDARY)
        del used
    line_y += 28
    if persona.role:
        line_y += len(clamp_lines(painter, persona.role, text_width, SMALL, 2)) * SMALL.line_height
    if persona.quote:
        line_y += 4
        quote = clamp_lines(painter, persona.quote, text_width - 14, QUOTE, quote_lines)
        if draw:
            painter.text(
                text_x,
                painter.baseline_in(line_y, QUOTE.line_height, QUOTE) + 6,
                "“",
                TextStyle(30, bold=True),
                QUOTE_MARK,
            )
            painter.lines(quote, text_x + 14, line_y, QUOTE, INK)
        line_y += len(quote) * QUOTE.line_height
    return max(line_y - y, avatar)


def draw_avatar(painter: Painter, persona: Persona, cx: float, cy: float, radius: float) -> None:
    """The persona's photo in a circle, or a disc with initials."""
    if persona.photo is not None and _draw_photo(painter, persona.photo, cx, cy, radius):
        painter.circle(cx, cy, radius, stroke=RULE, line_width=1.0)
        return
    painter.circle(cx, cy, radius, fill=AVATAR_FILL)
    initials = "".join(word[0] for word in persona.name.split()[:2]).upper() or "?"
    style = TextStyle(max(8, round(radius * 0.8)), bold=True)
    painter.text_in_box(
        initials,
        cx - radius,
        cy - radius,
        2 * radius,
        2 * radius,
        style,
        INK_SECONDARY,
        align="center",
    )


def _draw_photo(
    painter: Painter, image: EmbeddedImage, cx: float, cy: float, radius: float
) -> bool:
    readable = readable_image(image.raw_bytes())
    if readable is None:
        return False
    info, reader = readable
    # Cover the circle: scale the shorter side to the diameter and crop the rest.
    scale = 2 * radius / min(info.width, info.height)
    width, height = info.width * scale, info.height * scale
    canvas = painter.canvas
    canvas.saveState()
    path = canvas.beginPath()
    path.circle(cx, -cy, radius)
    canvas.clipPath(path, stroke=0, fill=0)
    canvas.drawImage(reader, cx - width / 2, -(cy + height / 2), width, height, mask="auto")
    canvas.restoreState()
    return True


# -- the legend ------------------------------------------------------------------------------------


class Legend:
    """Evidence markers, fail point, curve styles (with persona names) and metric status."""

    ROW = 22.0
    MAX_CURVES = 6

    def __init__(self, curves: Sequence[Curve], labels: Labels = ENGLISH) -> None:
        self.labels = labels
        self.curves = list(curves)[: self.MAX_CURVES]
        self.more = max(0, len(curves) - self.MAX_CURVES)
        left_rows = 4 + 1 + 1  # evidence heading and three markers, fail point, spacing
        right_rows = 1 + len(self.curves) + (1 if self.more else 0) + 1 if self.curves else 0
        right_rows += 4  # the METRICS heading, on target, off target, no target
        self.height = 28 + max(left_rows, right_rows) * self.ROW + 12

    def draw(self, painter: Painter, x: float, y: float, width: float) -> None:
        """Draw the legend box at (x, y)."""
        painter.rect(x, y, width, self.height, fill=LEGEND_FILL, stroke=RULE, radius=8)
        labels = self.labels
        label(painter, labels.translate("pdf", "LEGEND"), x + 16, y + 10, width - 32, ink=INK)
        row = self.ROW
        column = (width - 32) / 2
        left, right = x + 16, x + 16 + column + 8
        top = y + 34
        label(painter, labels.translate("pdf", "EVIDENCE"), left, top, column)
        for index, (evidence, name) in enumerate(
            [
                ("observed", labels.translate("pdf", "Observed")),
                ("assumed", labels.translate("pdf", "Assumed")),
                ("proposed", labels.translate("pdf", "Proposed")),
            ]
        ):
            cy = top + row * (index + 1) + 8
            evidence_marker(painter, left + 7, cy, 5.5, evidence, INK_SECONDARY)  # type: ignore[arg-type]
            painter.text_in_box(name, left + 22, cy - 10, column - 22, 20, SMALL, INK)
        cy = top + row * 4 + 14
        fail_marker(painter, left + 7, cy, 15, FAIL_ON_PINK)
        painter.text_in_box(
            labels.translate("pdf", "Fail point"), left + 22, cy - 10, column - 22, 20, SMALL, INK
        )
        y2 = top
        if self.curves:
            label(painter, labels.translate("pdf", "EMOTION CURVE"), right, y2, column)
            for curve in self.curves:
                y2 += row
                cy = y2 + 8
                dash = (4 * CURVE_WIDTH * 0.9, 2 * CURVE_WIDTH * 0.9) if curve.dashed else None
                painter.line(right, cy, right + 30, cy, curve.colour, CURVE_WIDTH * 0.9, dash=dash)
                curve_marker(painter, right + 15, cy, 11, curve.marker, curve.colour, curve.hollow)
                painter.text_in_box(
                    _curve_name(curve, labels),
                    right + 38,
                    cy - 10,
                    column - 38,
                    20,
                    SMALL,
                    note_ink(curve) if curve.hollow else INK,
                )
            if self.more:
                y2 += row
                painter.text_in_box(
                    labels.count("more", self.more),
                    right + 38,
                    y2,
                    column - 38,
                    20,
                    SMALL,
                    INK_TERTIARY,
                )
            y2 += row + 6
        label(painter, labels.translate("pdf", "METRICS"), right, y2, column)
        statuses: list[tuple[bool | None, str]] = [
            (True, labels.translate("pdf", "On target")),
            (False, labels.translate("pdf", "Off target")),
            (None, labels.translate("pdf", "No target")),
        ]
        for index, (status, name) in enumerate(statuses):
            cy = y2 + row * (index + 1) + 8
            status_marker(painter, right + 8, cy, status, scale=1.0)
            painter.text_in_box(name, right + 22, cy - 10, column - 22, 20, SMALL, INK)


def _curve_name(curve: Curve, labels: Labels) -> str:
    if curve.label:
        return curve.label
    if curve.variant == "to_be":
        return labels.translate("pdf", "To-be")
    return labels.translate("pdf", "As-is")


# -- footer, tile marks and notes ------------------------------------------------------------------

FOOTER_HEIGHT = 26.0


def draw_footer(
    painter: Painter, width: float, y: float, left: str, centre: str, right: str
) -> None:
    """The footer band: brand and map at the left, a note in the middle, page at the right."""
    painter.line(0, y, width, y, RULE, 1.0)
    base = y + 6
    used = painter.text_in_box("Journey Designer", 0, base, width * 0.2, 20, SMALL_BOLD, INK)
    left_width = width * 0.42 - used - 12
    painter.text_in_box(left, used + 12, base, left_width, 20, SMALL, INK_SECONDARY)
    right_width = painter.text_width(right, SMALL)
    painter.text_in_box(
        right,
        width - right_width - 2,
        base,
        right_width + 2,
        20,
        SMALL,
        INK_SECONDARY,
        align="right",
    )
    if centre:
        centre_x = width * 0.42
        painter.text_in_box(
            centre,
            centre_x,
            base,
            width - centre_x - right_width - 30,
            20,
            SMALL,
            INK_TERTIARY,
            align="center",
        )


def crop_marks(
    painter: Painter, x: float, y: float, width: float, height: float, length: float, gap: float
) -> None:
    """Light marks outside the corners of a box, to trim and tape tiled pages together."""
    ink = "#9AA3B0"
    for cx, sx in ((x, -1), (x + width, 1)):
        for cy, sy in ((y, -1), (y + height, 1)):
            painter.line(cx + sx * gap, cy, cx + sx * (gap + length), cy, ink, 0.6)
            painter.line(cx, cy + sy * gap, cx, cy + sy * (gap + length), ink, 0.6)


def draw_note(painter: Painter, width: float, y: float, heading: str, text: str) -> None:
    """A centred note on an otherwise empty page or grid."""
    painter.text_in_box(heading, 0, y, width, 44, HEADING, INK_SECONDARY, align="center")
    for index, line in enumerate(clamp_lines(painter, text, width * 0.7, SUMMARY, 4)):
        painter.text_in_box(
            line,
            0,
            y + 52 + index * SUMMARY.line_height,
            width,
            SUMMARY.line_height,
            SUMMARY,
            INK_TERTIARY,
            align="center",
        )
