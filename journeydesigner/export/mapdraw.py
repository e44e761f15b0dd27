"""A map's grid on paper: the same boxes, order, colours and markers as the canvas items.

Everything is drawn in layout units through a Painter, from `layout_map` boxes. A `View` picks the
part of the grid a page shows (all of it when fitting, one tile or one stage otherwise); lane and
stage headers are drawn for whatever rows and columns the view holds, so they repeat per page.
Stacking follows the canvas: grid, cards and metric chips, curves, points and notes, then the
lane headers, the stage and step headers and the corner in front.
"""

from __future__ import annotations

from dataclasses import dataclass

from journeydesigner.export.images import readable_image
from journeydesigner.export.painter import Painter
from journeydesigner.layout.arrows import arrow_head, label_origin
from journeydesigner.layout.chips import Sparkline, Status, chip_face, target_text, value_text
from journeydesigner.layout.curves import smooth_segments
from journeydesigner.layout.grid import (
    BlueprintLine,
    CardBox,
    ConnectorPath,
    Curve,
    MapLayout,
    Rect,
    StageHeader,
)
from journeydesigner.layout.labels import ENGLISH, QT_TRANSLATE_NOOP, Labels
from journeydesigner.layout.style import (
    ACCENT,
    BLUEPRINT_LINE_STYLES,
    CANVAS,
    DEFAULT_METRICS,
    FAIL,
    FAIL_ON_PINK,
    HEADER_FILL,
    INK,
    INK_SECONDARY,
    INK_TERTIARY,
    LANE_TINTS,
    NEUTRAL_LINE,
    NO_STATUS,
    ON_TARGET,
    RULE,
    RULE_FAINT,
    STAGE_FILL,
    STAGE_NUMBER,
    STAGE_SUBTEXT,
    STAGE_TEXT,
    STEP_FILL,
    VOTE_INK,
    TextStyle,
    darker,
)
from journeydesigner.layout.text import wrap
from journeydesigner.layout.votes import stage_votes, vote_dots
from journeydesigner.model.elements import Card, Evidence, Lane, Metric, Stage, Step
from journeydesigner.model.project import JourneyMap, Project

WHITE = "#FFFFFF"
TO_BE_NOTE = "#8F6200"
"""The to-be orange is too light for text on white; its darker shade carries notes."""
CURVE_WIDTH = 2.6
MARKER_SIZE = 12.0
m = DEFAULT_METRICS


@dataclass(frozen=True)
class View:
    """The part of the grid body a page shows, in layout units: x0..x1 by y0..y1."""

    x0: float
    x1: float
    y0: float
    y1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    def shows(self, rect: Rect) -> bool:
        """Tell whether any of `rect` lies in the view."""
        return (
            rect.right > self.x0
            and rect.x < self.x1
            and rect.bottom > self.y0
            and (rect.y < self.y1)
        )


def whole_view(layout: MapLayout) -> View:
    """The whole grid body."""
    return View(layout.lane_header_width, layout.width, layout.header_height, layout.height)


def page_extent(layout: MapLayout, view: View) -> tuple[float, float]:
    """Width and height in units of a page's grid: headers plus the view."""
    return layout.lane_header_width + view.width, layout.header_height + view.height


@dataclass
class MapDrawing:
    """A map with its layout and the lookups drawing needs."""

    journey_map: JourneyMap
    project: Project | None
    layout: MapLayout
    labels: Labels = ENGLISH

    def __post_init__(self) -> None:
        jm = self.journey_map
        self.cards: dict[str, Card] = {card.id: card for card in jm.cards}
        self.stages: dict[str, Stage] = {stage.id: stage for stage in jm.stages}
        self.steps: dict[str, Step] = {step.id: step for stage in jm.stages for step in stage.steps}
        self.lanes: dict[str, Lane] = {lane.id: lane for lane in jm.lanes}
        self.metrics: dict[str, Metric] = {metric.id: metric for metric in jm.metrics}
        # As on the canvas, stage totals show once dot voting has started on this map.
        voted = any(card.votes for card in jm.cards)
        self.stage_votes: dict[str, int] = stage_votes(jm) if voted else {}

    def persona_names(self) -> list[str]:
        """Names of the map's personas, in the map's order."""
        if self.project is None:
            return []
        names = []
        for persona_id in self.journey_map.persona_ids:
            persona = self.project.persona(persona_id)
            if persona is not None:
                names.append(persona.name)
        return names


KIND_NAMES = {
    "current_state": QT_TRANSLATE_NOOP("pdf", "Current state"),
    "future_state": QT_TRANSLATE_NOOP("pdf", "Future state"),
    "day_in_the_life": QT_TRANSLATE_NOOP("pdf", "Day in the life"),
    "service_blueprint": QT_TRANSLATE_NOOP("pdf", "Service blueprint"),
}


def kind_name(journey_map: JourneyMap, labels: Labels = ENGLISH) -> str:
    """The map kind in words."""
    name = KIND_NAMES.get(journey_map.kind)
    return labels.translate("pdf", name) if name else journey_map.kind.replace("_", " ")


def draw_map(painter: Painter, drawing: MapDrawing, view: View) -> None:
    """Draw the view of the grid with its headers; the painter's origin is the grid's top left."""
    layout = drawing.layout
    left, top = layout.lane_header_width, layout.header_height
    dx, dy = left - view.x0, top - view.y0
    with painter.clipped(left, top, view.width, view.height), painter.shifted(dx, dy):
        _draw_body(painter, drawing, view)
    with painter.clipped(0, top, left, view.height), painter.shifted(0, dy):
        for row in layout.rows:
            if row.y < view.y1 and row.y + row.height > view.y0:
                _draw_lane_header(painter, drawing, row.lane_id, row.y, row.height, view)
    with painter.clipped(left, 0, view.width, top), painter.shifted(dx, 0):
        for header in layout.stages:
            if header.rect.right > view.x0 and header.rect.x < view.x1:
                _draw_stage_header(painter, drawing, header, view)
        for step_header in layout.steps:
            rect = step_header.rect
            if rect.right > view.x0 and rect.x < view.x1:
                _draw_step_header(painter, drawing.steps[step_header.step_id], rect)
    _draw_corner(painter, drawing)


# -- the body --------------------------------------------------------------------------------------


def _draw_body(painter: Painter, drawing: MapDrawing, view: View) -> None:
    layout = drawing.layout
    _draw_grid(painter, layout, view)
    for box in layout.cards.values():
        if view.shows(box.rect):
            _draw_card(painter, box, drawing.cards[box.card_id])
    for chip in layout.chips.values():
        if view.shows(chip.rect):
            draw_metric_chip(painter, drawing.metrics[chip.metric_id], chip.rect, drawing.labels)
    for line in layout.lines:
        if view.y0 - 20 <= line.y <= view.y1 + 20:
            _draw_blueprint_line(painter, line, layout, view)
    for path in layout.connectors:
        _draw_connector(painter, path)
    # A tiled page draws only what reaches it (a note runs up to 160 units right of its point).
    near = View(view.x0 - 170, view.x1 + 20, view.y0 - 30, view.y1 + 30)
    for curve in layout.curves:
        _draw_curve(painter, curve, near)
    # Hollow markers first: where an as-is and a to-be point coincide, the hollow diamond
    # frames the filled circle and both stay visible.
    for curve in sorted(layout.curves, key=lambda c: not c.hollow):
        for point in curve.points:
            if near.x0 <= point.x <= near.x1 and near.y0 <= point.y <= near.y1:
                curve_marker(
                    painter,
                    point.x,
                    point.y,
                    MARKER_SIZE,
                    curve.marker,
                    curve.colour,
                    curve.hollow,
                )
    for curve in layout.curves:
        for point in curve.points:
            if point.note and near.x0 <= point.x <= near.x1 and near.y0 <= point.y <= near.y1:
                painter.text_in_box(
                    point.note, point.x + 10, point.y + 6, 150, 16, m.note, note_ink(curve)
                )


def note_ink(curve: Curve) -> str:
    """The colour of a curve's notes: its own, darkened when too light to read on white."""
    if curve.colour.upper() == "#E69F00":
        return TO_BE_NOTE
    red, green, blue = (int(curve.colour[i : i + 2], 16) for i in (1, 3, 5))
    luminance = 0.2126 * red + 0.7152 * green + 0.0722 * blue
    return darker(curve.colour, 0.62) if luminance > 140 else curve.colour


def _draw_grid(painter: Painter, layout: MapLayout, view: View) -> None:
    left, top = layout.lane_header_width, layout.header_height
    x0, x1 = max(left, view.x0 - 1), min(layout.width, view.x1 + 1)
    y0, y1 = max(top, view.y0 - 1), min(layout.height, view.y1 + 1)
    painter.rect(x0, y0, x1 - x0, y1 - y0, fill=CANVAS)
    for row in layout.rows:
        y = row.y + row.height
        if y0 <= y <= y1:
            painter.line(x0, y, x1, y, RULE)
    stage_starts = {header.rect.x for header in layout.stages}
    for column in layout.columns:
        if x0 <= column.x <= x1:
            strong = column.x in stage_starts
            painter.line(column.x, y0, column.x, y1, RULE if strong else RULE_FAINT)
    if x0 <= layout.width <= x1:
        painter.line(layout.width, y0, layout.width, y1, RULE)
    for tick in layout.ticks:
        if not y0 <= tick.y <= y1:
            continue
        if tick.value == 0:
            painter.line(x0, tick.y, x1, tick.y, NEUTRAL_LINE, dash=(4, 2))
        else:
            painter.line(x0, tick.y, x1, tick.y, RULE_FAINT)


def _draw_card(painter: Painter, box: CardBox, card: Card) -> None:
    m_pad = 8.0
    rect = box.rect
    x, y, width, height = rect.x, rect.y, rect.width, rect.height
    edge = FAIL if card.fail_point else box.tint.edge
    painter.rect(
        x + 0.5,
        y + 0.5,
        width - 1,
        height - 1,
        fill=box.tint.fill,
        stroke=edge,
        line_width=1.6 if card.fail_point else 1.0,
        radius=6,
    )
    text_top = y + m_pad
    if box.image_rect is not None:
        _draw_card_image(painter, card, box.image_rect)
        text_top = box.image_rect.bottom + m_pad
    painter.lines(box.lines, x + m_pad, text_top, m.card_text, INK)
    marker_x = rect.right - 9
    if card.fail_point:
        fail_marker(painter, marker_x, y + 11, 11, FAIL_ON_PINK)
        marker_x -= 15
    if card.evidence is not None:
        evidence_marker(painter, marker_x, y + 10, 3.6, card.evidence, INK_SECONDARY)
    footer = " ".join([f"#{tag}" for tag in card.tags] + ([box.meta] if box.meta else []))
    line = m.card_meta.line_height
    if card.votes:
        # Dot stickers, as on the canvas: the same band and places (layout.votes).
        dots = vote_dots(card.votes, width, rect.height, m_pad, line + 2 if footer else 0.0)
        for dot_x, dot_y in dots.centres:
            painter.circle(x + dot_x, y + dot_y, dots.radius, fill=VOTE_INK)
        if dots.label:
            bold = TextStyle(m.card_meta.size, bold=True)
            painter.text_in_box(
                dots.label,
                x + dots.label_x,
                y + dots.band_top,
                60,
                2 * dots.radius + 4,
                bold,
                VOTE_INK,
            )
    if footer:
        painter.text_in_box(
            footer,
            x + m_pad,
            rect.bottom - m_pad - line,
            width - 2 * m_pad,
            line,
            m.card_meta,
            INK_TERTIARY,
        )


def _draw_card_image(painter: Painter, card: Card, target: Rect) -> None:
    image = card.image
    assert image is not None
    readable = readable_image(image.raw_bytes())
    if readable is None:
        painter.rect(target.x, target.y, target.width, target.height, fill=RULE_FAINT)
        painter.text_in_box(
            "image cannot be shown",
            target.x,
            target.y,
            target.width,
            target.height,
            m.card_meta,
            INK_TERTIARY,
            align="center",
        )
        return
    info, reader = readable
    scale = min(target.width / info.width, target.height / info.height)
    width, height = info.width * scale, info.height * scale
    x = target.x + (target.width - width) / 2
    painter.canvas.drawImage(reader, x, -(target.y + height), width, height, mask="auto")


def _draw_curve(painter: Painter, curve: Curve, view: View) -> None:
    points = [(p.x, p.y) for p in curve.points]
    if len(points) < 2:
        return
    segments = [
        segment
        for segment in smooth_segments(points)
        if segment[3][0] >= view.x0 and segment[0][0] <= view.x1
    ]
    if not segments:
        return
    dash = (4 * CURVE_WIDTH, 2 * CURVE_WIDTH) if curve.dashed else None
    painter.curve(segments[0][0], segments, curve.colour, CURVE_WIDTH, dash)


# -- markers ---------------------------------------------------------------------------------------


def evidence_marker(
    painter: Painter, cx: float, cy: float, radius: float, evidence: Evidence, ink: str
) -> None:
    """Observed: a filled disc; assumed: half filled; proposed: a dashed ring (shape, no colour)."""
    if evidence == "proposed":
        painter.circle(cx, cy, radius, stroke=ink, line_width=1.2, dash=(2.4, 1.9))
        return
    if evidence == "assumed":
        painter.half_disc(cx, cy, radius, ink)
        painter.circle(cx, cy, radius, stroke=ink, line_width=1.2)
        return
    painter.circle(cx, cy, radius, fill=ink, stroke=ink, line_width=1.2)


def fail_marker(painter: Painter, cx: float, cy: float, size: float, fill: str) -> None:
    """A warning triangle with an exclamation mark."""
    half = size / 2
    painter.polygon(
        [(cx, cy - half), (cx + half, cy + half * 0.85), (cx - half, cy + half * 0.85)], fill=fill
    )
    painter.line(cx, cy - half * 0.35, cx, cy + half * 0.3, WHITE, max(1.0, size / 8))
    painter.circle(cx, cy + half * 0.6, max(1.0, size / 8) * 0.6, fill=WHITE)


def curve_marker(
    painter: Painter, x: float, y: float, size: float, shape: str, ink: str, hollow: bool
) -> None:
    """A curve's point marker; the shape tells curves apart without colour."""
    half = size / 2
    fill = WHITE if hollow else ink
    if shape == "diamond":
        painter.polygon(
            [(x, y - half), (x + half, y), (x, y + half), (x - half, y)],
            fill=fill,
            stroke=ink,
            line_width=2.0,
        )
    elif shape == "square":
        side = size * 0.8
        painter.rect(x - side / 2, y - side / 2, side, side, fill=fill, stroke=ink, line_width=2.0)
    elif shape == "triangle":
        painter.polygon(
            [(x, y - half), (x + half, y + half * 0.8), (x - half, y + half * 0.8)],
            fill=fill,
            stroke=ink,
            line_width=2.0,
        )
    elif shape == "cross":
        painter.line(x - half, y - half, x + half, y + half, ink, 2.0)
        painter.line(x - half, y + half, x + half, y - half, ink, 2.0)
    else:
        painter.circle(x, y, half * 0.8, fill=fill, stroke=ink, line_width=2.0)


def status_marker(
    painter: Painter, cx: float, cy: float, status: bool | Status | None, scale: float = 1.0
) -> None:
    """On target: a green disc with a tick; off target: a vermillion diamond with a cross; no
    target or no value: a grey ring with a dash. The shapes say it without colour."""
    if status is True or status == "on":
        painter.circle(cx, cy, 7 * scale, fill=ON_TARGET)
        painter.polygon(
            [
                (cx - 3.5 * scale, cy),
                (cx - 1 * scale, cy + 2.5 * scale),
                (cx + 3.5 * scale, cy - 2.5 * scale),
            ],
            stroke=WHITE,
            line_width=1.8 * scale,
            closed=False,
            round_join=True,
        )
        return
    if status is False or status == "off":
        r = 7.5 * scale
        painter.polygon([(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)], fill=FAIL)
        d = 2.5 * scale
        painter.line(cx - d, cy - d, cx + d, cy + d, WHITE, 1.8 * scale, round_cap=True)
        painter.line(cx - d, cy + d, cx + d, cy - d, WHITE, 1.8 * scale, round_cap=True)
        return
    painter.circle(cx, cy, 6.25 * scale, stroke=NO_STATUS, line_width=1.5 * scale)
    d = 3.0 * scale
    painter.line(cx - d, cy, cx + d, cy, NO_STATUS, 1.8 * scale, round_cap=True)


# -- metric chips ----------------------------------------------------------------------------------


def metric_value(metric: Metric, labels: Labels = ENGLISH) -> str:
    """A metric's value with its unit, or a dash when unknown."""
    return value_text(metric, labels)


def metric_target(metric: Metric, labels: Labels = ENGLISH) -> str:
    """`target ≥ 15,000`, or empty without a target."""
    return target_text(metric, labels)


def format_number(value: float) -> str:
    """A number with thousands separators and at most two decimals (English)."""
    return ENGLISH.number(value)


def draw_metric_chip(
    painter: Painter, metric: Metric, rect: Rect, labels: Labels = ENGLISH
) -> None:
    """A metric: name, value with unit, target, a status symbol and, with readings, a trend."""
    face = chip_face(metric, rect.width, labels=labels)
    x, y, width = rect.x, rect.y, rect.width
    painter.rect(x + 0.5, y + 0.5, width - 1, rect.height - 1, fill=WHITE, stroke=RULE, radius=5)
    bx, by, bw, bh = face.name_box
    painter.text_in_box(
        face.name, x + bx, y + by, bw, bh, m.metric_name, INK_TERTIARY, tracking=0.4
    )
    bx, by, bw, bh = face.value_box
    value_width = painter.text_in_box(face.value, x + bx, y + by, bw, bh, m.metric_value, INK)
    if face.target:
        # Right-aligned like the screen, but free to use all the room the value leaves.
        start = x + bx + value_width + 8
        room = x + width - 26 - start
        style = painter.shrunk(face.target, room, m.card_meta, steps=1)
        _, ty, _, th = face.target_box
        painter.text_in_box(
            face.target, start, y + ty, room, th, style, INK_SECONDARY, align="right"
        )
    cx, cy = face.status_centre
    status_marker(painter, x + cx, y + cy, face.status)
    if face.spark is not None:
        draw_sparkline(painter, face.spark, x, y)


def draw_sparkline(painter: Painter, spark: Sparkline, x: float, y: float) -> None:
    """A metric's readings as a line, the target dashed, the latest reading a dot."""
    points = [(x + px, y + py) for px, py in spark.points]
    if spark.target_y is not None:
        painter.line(
            points[0][0],
            y + spark.target_y,
            points[-1][0],
            y + spark.target_y,
            NEUTRAL_LINE,
            0.8,
            dash=(2.0, 2.0),
        )
    painter.polygon(points, stroke=ACCENT, line_width=1.5, closed=False, round_join=True)
    painter.circle(points[-1][0], points[-1][1], 2.6, fill=ACCENT)
    bx, by, bw, bh = spark.label_box
    text = f"{spark.first_date[:7]} → {spark.last_date[:7]}"
    style = painter.shrunk(text, bw, m.card_meta, steps=2)
    painter.text_in_box(text, x + bx, y + by, bw, bh, style, INK_TERTIARY, align="right")


# -- headers ---------------------------------------------------------------------------------------


def _draw_lane_header(
    painter: Painter, drawing: MapDrawing, lane_id: str, row_y: float, row_height: float, view: View
) -> None:
    lane = drawing.lanes[lane_id]
    width = drawing.layout.lane_header_width
    # A row cut by a page edge shows its title at the top of the part this page holds.
    y = max(row_y, view.y0)
    height = min(row_y + row_height, view.y1) - y
    painter.rect(0, y, width, height, fill=HEADER_FILL)
    painter.line(0, row_y + row_height, width, row_y + row_height, RULE)
    painter.line(width, y, width, y + height, RULE)
    tint = LANE_TINTS.get(lane.kind)
    painter.rect(
        12,
        y + 14,
        10,
        10,
        fill=lane.colour or (tint.fill if tint else HEADER_FILL),
        stroke=tint.edge if tint else RULE,
        radius=2,
    )
    ticks = [t for t in drawing.layout.ticks if t.lane_id == lane_id]
    text_width = width - 34 - (66 if ticks else 0)
    title_style = painter.shrunk(lane.title, text_width, m.lane_title, steps=2)
    painter.text_in_box(lane.title, 28, y + 9, text_width, 20, title_style, INK)
    if lane.description:
        # Paper has room the frozen screen header lacks: wrap the description over a few lines.
        room = height - 28 - 6
        style = m.lane_subtitle
        max_lines = max(1, min(4, int(room // style.line_height)))
        lines = wrap(lane.description, text_width, style, painter.measure)
        if len(lines) > max_lines:
            rest = " ".join(lines[max_lines - 1 :])
            lines = [*lines[: max_lines - 1], rest]
        for index, line in enumerate(lines):
            painter.text_in_box(
                line,
                28,
                y + 28 + index * style.line_height,
                text_width,
                style.line_height,
                style,
                INK_TERTIARY,
            )
    for tick in ticks:
        painter.text_in_box(
            tick.label,
            width - 76,
            tick.y - 8,
            70,
            16,
            m.lane_subtitle,
            INK_TERTIARY,
            align="right",
        )


def _draw_stage_header(
    painter: Painter, drawing: MapDrawing, header: StageHeader, view: View
) -> None:
    stage = drawing.stages[header.stage_id]
    # A stage cut by a page edge is drawn for the part this page holds, title included.
    x0 = max(header.rect.x, view.x0)
    x1 = min(header.rect.right, view.x1)
    continued = x0 > header.rect.x
    last = header is drawing.layout.stages[-1] or x1 < header.rect.right
    width, height = x1 - x0, header.rect.height
    painter.rect(x0, 0, width, height, fill=CANVAS)
    tip = 0.0 if last else 12.0
    inset = 4.0
    notch = 12.0 if header.number > 1 and not continued else 0.0
    painter.polygon(
        [
            (x0 + 1, inset),
            (x0 + width - 2 - tip * 0.3, inset),
            (x0 + width - 2 + tip * 0.7, height / 2),
            (x0 + width - 2 - tip * 0.3, height - inset),
            (x0 + 1, height - inset),
            (x0 + 1 + notch * 0.7, height / 2),
        ],
        fill=stage.colour or STAGE_FILL,
    )
    left = x0 + (14.0 if notch else 10.0)
    painter.text_in_box(
        f"{header.number:02d}", left, inset + 6, 24, 20, m.stage_subtitle, STAGE_NUMBER
    )
    title = stage.name + ("  ★" if stage.moment_of_truth else "")
    if continued:
        title += drawing.labels.translate("pdf", " (continued)")
    votes = drawing.stage_votes.get(stage.id, 0)
    badge = _stage_votes_width(painter, votes) if votes else 0.0
    room = width - (left - x0) - 40 - (badge + 4 if votes else 0.0)
    style = painter.shrunk(title, room, m.stage_title)
    painter.text_in_box(title, left + 24, inset + 4, room, 22, style, STAGE_TEXT)
    if votes:
        _draw_stage_votes(painter, votes, badge, x0 + width - tip * 0.3 - 8, inset + 6)
    if stage.description:
        painter.text_in_box(
            stage.description,
            left,
            inset + 26,
            width - (left - x0) - 24,
            18,
            m.stage_subtitle,
            STAGE_SUBTEXT,
        )


_VOTES_STYLE = TextStyle(m.stage_subtitle.size, bold=True)


def _stage_votes_width(painter: Painter, votes: int) -> float:
    return painter.text_width(str(votes), _VOTES_STYLE) + 24


def _draw_stage_votes(painter: Painter, votes: int, width: float, right: float, top: float) -> None:
    """The canvas's badge: a white pill with a dot sticker and the stage's number of votes."""
    x = right - width
    painter.rect(x, top, width, 18, fill="#FFFFFF", radius=9)
    painter.circle(x + 9, top + 9, 4.5, fill=VOTE_INK)
    painter.text_in_box(str(votes), x + 17, top, width - 21, 18, _VOTES_STYLE, VOTE_INK)


def _draw_step_header(painter: Painter, step: Step, rect: Rect) -> None:
    painter.rect(rect.x, rect.y, rect.width, rect.height, fill=STEP_FILL)
    painter.line(rect.x, rect.y, rect.x, rect.bottom, RULE)
    painter.line(rect.x, rect.bottom, rect.right, rect.bottom, RULE)
    painter.text_in_box(
        step.name, rect.x + 8, rect.y, rect.width - 16, rect.height, m.step_title, INK_SECONDARY
    )


def _draw_corner(painter: Painter, drawing: MapDrawing) -> None:
    layout = drawing.layout
    width, height = layout.lane_header_width, layout.header_height
    painter.rect(0, 0, width, height, fill=HEADER_FILL)
    painter.line(width, 0, width, height, RULE)
    painter.line(0, height, width, height, RULE)
    kind = kind_name(drawing.journey_map, drawing.labels).upper()
    painter.text_in_box(kind, 12, 10, width - 20, 16, m.metric_name, INK_TERTIARY, tracking=0.5)
    who = ", ".join(drawing.persona_names())
    if who:
        painter.text_in_box(who, 12, 28, width - 20, 18, m.lane_subtitle, INK_SECONDARY)


def _draw_blueprint_line(
    painter: Painter, line: BlueprintLine, layout: MapLayout, view: View
) -> None:
    """A blueprint line across the grid, named at the left edge of what this page shows."""
    width, dash = BLUEPRINT_LINE_STYLES[line.kind]
    painter.line(layout.lane_header_width, line.y, layout.width, line.y, INK_SECONDARY, width, dash)
    label = line.label.upper()
    left = max(layout.lane_header_width, view.x0) + 6
    text_width = painter.text_width(label, m.metric_name) + 10
    painter.rect(left, line.y - 15, text_width, 13, fill=CANVAS)
    painter.text_in_box(label, left + 5, line.y - 15, text_width, 13, m.metric_name, INK_SECONDARY)


def _draw_connector(painter: Painter, path: ConnectorPath) -> None:
    """An arrow between two cards: a dot where it starts, a head (two when two-way)."""
    painter.polygon(
        list(path.points), stroke=INK_SECONDARY, line_width=1.6, closed=False, round_join=True
    )
    ends = [(path.points[-2], path.points[-1])]
    if path.two_way:
        ends.append((path.points[1], path.points[0]))
    else:
        painter.circle(path.points[0][0], path.points[0][1], 2.6, fill=INK_SECONDARY)
    for tail, tip in ends:
        painter.polygon(list(arrow_head(tail, tip)), fill=INK_SECONDARY)
    if path.label:
        width = painter.text_width(path.label, m.card_meta) + 8
        x, y = label_origin(path.points, width, 14)
        painter.rect(x, y, width, 14, fill=CANVAS)
        painter.text_in_box(path.label, x, y, width, 14, m.card_meta, INK_SECONDARY, align="center")
