"""Where everything of a map goes: the one geometry the canvas, presentation and PDF all draw.

`layout_map` turns a JourneyMap into boxes in layout units: stage and step headers across the top,
lane headers down the left, a cell per step × lane whose height grows to fit its cards, emotion
curves through the step centres, and metric chips per stage.
"""

from __future__ import annotations

import bisect
import operator
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from journeydesigner.layout.chips import chip_height
from journeydesigner.layout.labels import ENGLISH, QT_TRANSLATE_NOOP, Labels
from journeydesigner.layout.style import (
    CURVE_COLOURS,
    CURVE_MARKERS,
    DEFAULT_METRICS,
    VOTE_BAND,
    CardTint,
    Metrics,
    card_tint,
)
from journeydesigner.layout.text import CachedMeasure, TextMeasure, wrap
from journeydesigner.model.elements import Card, EmotionScale, Lane, Variant
from journeydesigner.model.images import ImageError, sniff_image
from journeydesigner.model.project import JourneyMap, Project


@dataclass(frozen=True)
class Rect:
    """An axis-aligned box."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    @property
    def center_x(self) -> float:
        return self.x + self.width / 2

    @property
    def center_y(self) -> float:
        return self.y + self.height / 2

    def contains(self, x: float, y: float) -> bool:
        """Tell whether a point lies inside (edges included)."""
        return self.x <= x <= self.right and self.y <= y <= self.bottom


@dataclass(frozen=True)
class Column:
    """One step's column of the grid."""

    step_id: str
    stage_id: str
    index: int
    x: float
    width: float


@dataclass(frozen=True)
class StageHeader:
    """A stage's header, spanning its steps."""

    stage_id: str
    number: int
    rect: Rect


@dataclass(frozen=True)
class StepHeader:
    """A step's header under its stage (only when the map names or splits steps)."""

    step_id: str
    rect: Rect


@dataclass(frozen=True)
class Row:
    """One lane's row of the grid, including its header at the left."""

    lane_id: str
    index: int
    y: float
    height: float


@dataclass(frozen=True)
class CardBox:
    """A card's place, its wrapped text and its colours."""

    card_id: str
    step_id: str
    lane_id: str
    rect: Rect
    lines: tuple[str, ...]
    tint: CardTint
    meta: str
    """One line of channel · owner · duration, or empty."""
    image_rect: Rect | None = None


@dataclass(frozen=True)
class CurvePoint:
    """One point of a drawn emotion curve."""

    step_id: str
    x: float
    y: float
    score: float
    note: str


@dataclass(frozen=True)
class Curve:
    """One emotion curve: a persona's as-is or to-be line through one emotion lane."""

    lane_id: str
    persona_id: str | None
    variant: Variant
    label: str
    colour: str
    marker: str
    dashed: bool
    hollow: bool
    points: tuple[CurvePoint, ...]


@dataclass(frozen=True)
class ScaleTick:
    """A level of an emotion lane's scale: its value, label and height."""

    lane_id: str
    value: int
    label: str
    y: float


@dataclass(frozen=True)
class MetricChip:
    """A metric's chip in a metrics lane."""

    metric_id: str
    rect: Rect


@dataclass(frozen=True)
class BlueprintLine:
    """One of a service blueprint's three lines, drawn across the grid between two lanes."""

    kind: str
    """"interaction", "visibility" or "internal"."""
    label: str
    y: float


@dataclass(frozen=True)
class ConnectorPath:
    """An arrow between two cards, routed at right angles through the gutter between columns."""

    connector_id: str
    points: tuple[tuple[float, float], ...]
    two_way: bool
    label: str


BLUEPRINT_LINE_LABELS = {
    "interaction": QT_TRANSLATE_NOOP("grid", "Line of interaction"),
    "visibility": QT_TRANSLATE_NOOP("grid", "Line of visibility"),
    "internal": QT_TRANSLATE_NOOP("grid", "Line of internal interaction"),
}
_ZONES = {"evidence": 0, "customer_actions": 0, "frontstage": 1, "backstage": 2, "support": 3}
_LINE_AT_ZONE = {1: "interaction", 2: "visibility", 3: "internal"}

CellKey = tuple[str, str]
"""(step id, lane id)."""


@dataclass
class MapLayout:
    """The whole geometry of one map."""

    width: float
    height: float
    header_height: float
    lane_header_width: float
    stage_header_height: float
    columns: list[Column]
    stages: list[StageHeader]
    steps: list[StepHeader]
    rows: list[Row]
    cards: Mapping[str, CardBox]
    """Every laid-out card's box (a CardBoxes: each is placed when first asked for)."""
    cells: dict[CellKey, list[str]]
    """Card ids of each cell, top to bottom."""
    curves: list[Curve]
    ticks: list[ScaleTick]
    chips: dict[str, MetricChip]
    metrics: Metrics = field(default_factory=Metrics)
    lines: list[BlueprintLine] = field(default_factory=list)
    connectors: list[ConnectorPath] = field(default_factory=list)
    hidden_curves: list[Curve] = field(default_factory=list)
    """Curves the map hides: not drawn, but still named in the canvas's key."""
    cell_layouts: dict[CellKey, CellLayout] = field(default_factory=dict, compare=False)
    """Each filled cell's cards relative to the cell's corner; the same object while unchanged."""
    lane_cells: dict[str, LaneCells] = field(default_factory=dict, compare=False)
    """The filled cells of each card lane; the same object while none of them changed."""

    def card_markers(self) -> frozenset[str]:
        """The evidence levels laid-out cards show, and "fail" if one is a fail point."""
        return frozenset().union(*(lane.markers for lane in self.lane_cells.values()))

    def origin_y(self, lane_id: str) -> float:
        """The top of a lane's row."""
        if isinstance(self.cards, CardBoxes):
            return self.cards.row_top(lane_id)
        row = self.row(lane_id)
        assert row is not None
        return row.y

    def origin(self, cell: CellKey) -> tuple[float, float]:
        """The top-left corner of a cell."""
        if isinstance(self.cards, CardBoxes):
            return self.cards.origin(cell)
        rect = self.cell_rect(*cell)
        assert rect is not None
        return rect.x, rect.y

    def column(self, step_id: str) -> Column | None:
        """The column of a step."""
        return next((c for c in self.columns if c.step_id == step_id), None)

    def row(self, lane_id: str) -> Row | None:
        """The row of a lane."""
        return next((r for r in self.rows if r.lane_id == lane_id), None)

    def cell_rect(self, step_id: str, lane_id: str) -> Rect | None:
        """The box of one cell."""
        column, row = self.column(step_id), self.row(lane_id)
        if column is None or row is None:
            return None
        return Rect(column.x, row.y, column.width, row.height)

    def cell_at(self, x: float, y: float) -> CellKey | None:
        """The cell under a point, or None over the headers or outside the grid."""
        if x < self.lane_header_width or y < self.header_height:
            return None
        starts = [c.x for c in self.columns]
        column_index = bisect.bisect_right(starts, x) - 1
        row_index = bisect.bisect_right([r.y for r in self.rows], y) - 1
        if column_index < 0 or row_index < 0:
            return None
        column, row = self.columns[column_index], self.rows[row_index]
        if x > column.x + column.width or y > row.y + row.height:
            return None
        return column.step_id, row.lane_id

    def insertion_index(
        self, step_id: str, lane_id: str, y: float, moving: set[str] | None = None
    ) -> int:
        """Where a card dropped at height `y` lands among a cell's other cards."""
        others = [
            cid for cid in self.cells.get((step_id, lane_id), []) if cid not in (moving or set())
        ]
        for index, card_id in enumerate(others):
            if y < self.cards[card_id].rect.center_y:
                return index
        return len(others)


def layout_map(
    journey_map: JourneyMap,
    measure: TextMeasure,
    *,
    project: Project | None = None,
    metrics: Metrics = DEFAULT_METRICS,
    labels: Labels = ENGLISH,
    cache: LayoutCache | None = None,
) -> MapLayout:
    """Compute the geometry of a map with the renderer's text measure, in `labels`' language.

    With a `cache` (one per map, told which cards changed) only the changed cells are laid out
    again; the result is the same as without one.
    """
    measure = measure if isinstance(measure, CachedMeasure) else CachedMeasure(measure)
    m = metrics
    split_steps = any(len(s.steps) > 1 or any(t.name for t in s.steps) for s in journey_map.stages)
    header_height = m.stage_header_height + (m.step_header_height if split_steps else 0.0)

    columns: list[Column] = []
    stages: list[StageHeader] = []
    steps: list[StepHeader] = []
    x = m.lane_header_width
    for number, stage in enumerate(journey_map.stages, start=1):
        stage_x = x
        for step in stage.steps:
            width = step.width or m.step_width
            columns.append(Column(step.id, stage.id, len(columns), x, width))
            if split_steps:
                steps.append(
                    StepHeader(step.id, Rect(x, m.stage_header_height, width, m.step_header_height))
                )
            x += width
        stages.append(
            StageHeader(stage.id, number, Rect(stage_x, 0.0, x - stage_x, m.stage_header_height))
        )
    width = x

    lane_of = (cache or LayoutCache()).lanes_of(journey_map, measure, m, columns, labels)
    rows: list[Row] = []
    cell_layouts: dict[CellKey, CellLayout] = {}
    lane_cells: dict[str, LaneCells] = {}
    cells: dict[CellKey, list[str]] = {}
    curves: list[Curve] = []
    hidden_curves: list[Curve] = []
    ticks: list[ScaleTick] = []
    chips: dict[str, MetricChip] = {}
    y = header_height
    crossings = lines_before(journey_map)
    lines: list[BlueprintLine] = []
    for lane_index, lane in enumerate(journey_map.lanes):
        for offset, kind in enumerate(crossings.get(lane.id, [])):
            # The line sits low in its band, its label above it, clear of the cards.
            line_y = y + LINE_BAND - 6.0 + offset * LINE_STACK
            custom = getattr(journey_map.line_labels, kind)
            default = labels.translate("grid", BLUEPRINT_LINE_LABELS[kind])
            lines.append(BlueprintLine(kind, custom or default, line_y))
        if lane.id in crossings:
            y += LINE_BAND + LINE_STACK * (len(crossings[lane.id]) - 1)
        if lane.kind == "emotion":
            height = max(lane.height or 0.0, m.emotion_lane_height)
            row = Row(lane.id, lane_index, y, height)
            rows.append(row)
            lane_curves, lane_ticks = _curves(journey_map, lane, row, columns, project, m, labels)
            hidden = {
                (h.persona_id, h.variant) for h in journey_map.hidden_curves if h.lane_id == lane.id
            }
            curves += [c for c in lane_curves if (c.persona_id, c.variant) not in hidden]
            hidden_curves += [c for c in lane_curves if (c.persona_id, c.variant) in hidden]
            ticks += lane_ticks
        elif lane.kind == "metrics":
            height = _metric_chips(journey_map, lane, y, columns, chips, m)
            height = max(height, lane.height or 0.0, m.min_lane_height)
            rows.append(Row(lane.id, lane_index, y, height))
        else:
            filled = lane_cells[lane.id] = lane_of(lane)
            cell_layouts.update(filled.layouts)
            cells.update(filled.ids)
            content = filled.content
            height = max(content, lane.height or 0.0, m.min_lane_height)
            rows.append(Row(lane.id, lane_index, y, height))
        y += height
    cards = CardBoxes(cell_layouts, columns, rows)
    paths = [
        path
        for connector in journey_map.connectors
        if (
            path := _route(
                connector.id,
                cards.get(connector.from_card),
                cards.get(connector.to_card),
                columns,
                connector.two_way,
                connector.label,
                _column_cards(cards, cells, connector.from_card),
            )
        )
    ]
    return MapLayout(
        hidden_curves=hidden_curves,
        lines=lines,
        connectors=paths,
        width=width,
        height=y,
        header_height=header_height,
        lane_header_width=m.lane_header_width,
        stage_header_height=m.stage_header_height,
        columns=columns,
        stages=stages,
        steps=steps,
        rows=rows,
        cards=cards,
        cells=cells,
        curves=curves,
        ticks=ticks,
        chips=chips,
        metrics=m,
        cell_layouts=cell_layouts,
        lane_cells=lane_cells,
    )


LINE_BAND = 22.0
"""Room a blueprint line takes between two lanes: its label above it, arrows crossing it."""
LINE_STACK = 6.0
"""Extra room for each further line at the same boundary (a zone with no lane)."""


def lines_before(journey_map: JourneyMap) -> dict[str, list[str]]:
    """The blueprint lines (interaction, visibility, internal) drawn above each lane.

    A line goes above the first lane of the zone below it; lanes that are not blueprint rows (a
    journey map above a blueprint) are passed over. When a zone has no lane (no frontstage,
    say), the lines it would have had stack at the same boundary.
    """
    before: dict[str, list[str]] = {}
    zone: int | None = None
    for lane in journey_map.lanes:
        lane_zone = _ZONES.get(lane.kind)
        if lane_zone is None:
            continue
        if zone is not None and lane_zone > zone:
            before[lane.id] = [_LINE_AT_ZONE[z] for z in range(zone + 1, lane_zone + 1)]
        zone = lane_zone if zone is None else max(zone, lane_zone)
    return before


def _route(
    connector_id: str,
    source: CardBox | None,
    target: CardBox | None,
    columns: list[Column],
    two_way: bool,
    label: str,
    cards: dict[str, CardBox] | None = None,
) -> ConnectorPath | None:
    if source is None or target is None:
        return None
    s, t = source.rect, target.rect
    top, bottom = min(s.bottom, t.bottom), max(s.y, t.y)
    in_the_way = source.step_id == target.step_id and any(
        box.step_id == source.step_id
        and box.card_id not in (source.card_id, target.card_id)
        and box.rect.bottom > top
        and box.rect.y < bottom
        for box in (cards or {}).values()
    )
    if in_the_way:
        # Same column with cards between: round them through the gutter on the right.
        column = next(c for c in columns if c.step_id == source.step_id)
        gutter = column.x + column.width
        points: tuple[tuple[float, float], ...] = (
            (s.right, s.center_y),
            (gutter, s.center_y),
            (gutter, t.center_y),
            (t.right, t.center_y),
        )
    elif source.step_id == target.step_id:
        # Same column: straight up or down between the cards.
        x = (max(s.x, t.x) + min(s.right, t.right)) / 2
        start, end = (s.bottom, t.y) if t.y >= s.bottom else (s.y, t.bottom)
        points = ((x, start), (x, end))
    else:
        rightwards = t.x > s.x
        column = next(c for c in columns if c.step_id == source.step_id)
        gutter = column.x + column.width if rightwards else column.x
        sx = s.right if rightwards else s.x
        tx = t.x if rightwards else t.right
        sy, ty = s.center_y, t.center_y
        points = (
            ((sx, sy), (gutter, sy), (gutter, ty), (tx, ty)) if sy != ty else ((sx, sy), (tx, ty))
        )
    return ConnectorPath(connector_id, points, two_way, label)


def card_meta(card: Card, labels: Labels = ENGLISH) -> str:
    """The small line under a card's text: channel, owner and duration."""
    parts = [part for part in (card.channel, card.owner) if part]
    if card.duration_minutes is not None:
        parts.append(format_duration(card.duration_minutes, labels))
    return " · ".join(parts)


def format_duration(minutes: float, labels: Labels = ENGLISH) -> str:
    """A duration as people write it: 30 s, 5 min, 1.5 h, 2 d."""
    if minutes < 1:
        amount, unit = float(round(minutes * 60)), labels.translate("grid", "{amount} s")
    elif minutes < 60:
        amount, unit = minutes, labels.translate("grid", "{amount} min")
    elif minutes < 24 * 60:
        amount, unit = float(f"{minutes / 60:.3g}"), labels.translate("grid", "{amount} h")
    else:
        amount, unit = float(f"{minutes / (24 * 60):.3g}"), labels.translate("grid", "{amount} d")
    return unit.format(amount=labels.number(amount))


def _card_box(
    card: Card,
    lane: Lane,
    column: Column,
    y: float,
    measure: TextMeasure,
    m: Metrics,
    labels: Labels,
) -> CardBox:
    card_width = column.width - 2 * m.cell_padding
    markers = card.evidence is not None or card.fail_point or card.votes > 0
    text_width = card_width - 2 * m.card_padding - (14.0 if markers else 0.0)
    lines = wrap(card.text, max(text_width, 10.0), m.card_text, measure) if card.text else []
    height = 2 * m.card_padding + max(len(lines), 1) * m.card_text.line_height
    meta = card_meta(card, labels)
    if meta or card.tags:
        height += m.card_meta.line_height + 2
    if card.votes:
        height += VOTE_BAND  # the dot stickers get their own band, clear of the text
    image_rect = None
    if card.image is not None:
        image_height = _image_height(card, card_width - 2 * m.card_padding)
        image_rect = Rect(
            column.x + m.cell_padding + m.card_padding,
            y + m.card_padding,
            card_width - 2 * m.card_padding,
            image_height,
        )
        height += image_height + m.card_padding
    rect = Rect(column.x + m.cell_padding, y, card_width, height)
    return CardBox(
        card.id,
        card.step_id,
        card.lane_id,
        rect,
        tuple(lines),
        card_tint(lane.kind, card.colour or lane.colour),
        meta,
        image_rect,
    )


def _image_height(card: Card, width: float) -> float:
    assert card.image is not None
    try:
        info = sniff_image(card.image.raw_bytes()[:65536])
    except ImageError:
        return width * 0.5
    return min(width * info.height / info.width, 160.0)


def _curves(
    journey_map: JourneyMap,
    lane: Lane,
    row: Row,
    columns: list[Column],
    project: Project | None,
    m: Metrics,
    labels: Labels = ENGLISH,
) -> tuple[list[Curve], list[ScaleTick]]:
    scale = lane.effective_scale
    top, bottom = curve_band(row)
    ticks = [
        ScaleTick(lane.id, level, scale.label_for(level), score_y(level, scale, top, bottom))
        for level in range(scale.min, scale.max + 1)
    ]
    centre = {c.step_id: c.x + c.width / 2 for c in columns}
    order = {c.step_id: c.index for c in columns}
    grouped: dict[tuple[str | None, Variant], list[CurvePoint]] = {}
    for point in journey_map.emotion_points:
        if point.lane_id != lane.id or point.step_id not in centre:
            continue
        y = score_y(point.score, scale, top, bottom)
        grouped.setdefault((point.persona_id, point.variant), []).append(
            CurvePoint(point.step_id, centre[point.step_id], y, point.score, point.note)
        )
    personas = _curve_personas(journey_map, grouped)
    several = len(personas) > 1
    names = {p.id: p.name for p in project.personas} if project else {}
    colours = {p.id: p.colour for p in project.personas if p.colour} if project else {}
    curves = []
    for (persona_id, variant), points in sorted(
        grouped.items(), key=lambda item: (personas.index(item[0][0]), item[0][1])
    ):
        index = personas.index(persona_id)
        to_be = variant == "to_be"
        if several:
            colour = colours.get(persona_id or "", CURVE_COLOURS[index % len(CURVE_COLOURS)])
            marker = CURVE_MARKERS[index % len(CURVE_MARKERS)]
        else:
            colour = colours.get(persona_id or "", CURVE_COLOURS[1 if to_be else 0])
            marker = "diamond" if to_be else "circle"
        name = names.get(persona_id or "", persona_id or "")
        state = labels.translate("grid", "to-be") if to_be else labels.translate("grid", "as-is")
        label = " · ".join(filter(None, [name, state]))
        curves.append(
            Curve(
                lane.id,
                persona_id,
                variant,
                label,
                colour,
                marker,
                dashed=to_be,
                hollow=to_be,
                points=tuple(sorted(points, key=lambda p: order[p.step_id])),
            )
        )
    return curves, ticks


def _curve_personas(
    journey_map: JourneyMap, grouped: dict[tuple[str | None, Variant], list[CurvePoint]]
) -> list[str | None]:
    present = {persona_id for persona_id, _ in grouped}
    ordered: list[str | None] = [pid for pid in journey_map.persona_ids if pid in present]
    ordered += sorted(pid for pid in present if pid is not None and pid not in ordered)
    if None in present:
        ordered.insert(0, None)
    return ordered


CURVE_INSET = 18.0
"""Room above the highest and below the lowest level of an emotion lane."""


def curve_band(row: Row) -> tuple[float, float]:
    """The top and bottom of the band in which an emotion lane draws its scale."""
    return row.y + CURVE_INSET, row.y + row.height - CURVE_INSET


def score_y(score: float, scale: EmotionScale, top: float, bottom: float) -> float:
    """The height of a score within an emotion lane: max at the top, min at the bottom."""
    fraction = (scale.max - score) / (scale.max - scale.min)
    return top + fraction * (bottom - top)


def score_at(y: float, scale: EmotionScale, top: float, bottom: float, snap: bool = True) -> float:
    """The score at a height of an emotion lane, clamped to the scale (and snapped to levels)."""
    fraction = (y - top) / (bottom - top) if bottom > top else 0.0
    score = scale.max - fraction * (scale.max - scale.min)
    score = min(max(score, scale.min), scale.max)
    return float(round(score)) if snap else score


def _metric_chips(
    journey_map: JourneyMap,
    lane: Lane,
    y: float,
    columns: list[Column],
    chips: dict[str, MetricChip],
    m: Metrics,
) -> float:
    span: dict[str, tuple[float, float]] = {}
    for column in columns:
        start, end = span.get(column.stage_id, (column.x, column.x))
        span[column.stage_id] = (min(start, column.x), max(end, column.x + column.width))
    stacked: dict[str, float] = defaultdict(lambda: y + m.cell_padding)
    for metric in journey_map.metrics:
        if metric.lane_id != lane.id or metric.stage_id not in span:
            continue
        start, end = span[metric.stage_id]
        chip_y = stacked[metric.stage_id]
        height = chip_height(metric, m)
        chips[metric.id] = MetricChip(
            metric.id,
            Rect(start + m.cell_padding, chip_y, end - start - 2 * m.cell_padding, height),
        )
        stacked[metric.stage_id] = chip_y + height + m.card_gap
    if not stacked:
        return 0.0
    return max(stacked.values()) - m.card_gap + m.cell_padding - y


# -- laying out cell by cell -------------------------------------------------------------------
# A card's box depends only on its own cell (the column's width, the lane's kind and colour, the
# cards above it), so cells are laid out from their own corner and placed afterwards. A change to
# one card then lays out its one or two cells again, and moves the rest by their corners.


@dataclass(frozen=True, eq=False)
class CellLayout:
    """One cell's cards laid out from the cell's top-left corner (compared by identity)."""

    boxes: tuple[CardBox, ...]
    content: float
    """The height the cards need, paddings included."""
    ids: tuple[str, ...]
    index: dict[str, int]
    """Where each card's box is in `boxes`."""
    markers: frozenset[str] = frozenset()
    """The evidence levels its cards show, and "fail" if one is a fail point (for the key)."""
    votes: int = 0
    """Its cards' votes together."""


def lay_out_cell(
    cards: list[Card],
    lane: Lane,
    width: float,
    measure: TextMeasure,
    m: Metrics,
    labels: Labels = ENGLISH,
) -> CellLayout:
    """The boxes of a cell's cards (in order), relative to the cell's top-left corner."""
    column = Column("", "", 0, 0.0, width)
    boxes: list[CardBox] = []
    y = m.cell_padding
    for card in cards:
        box = _card_box(card, lane, column, y, measure, m, labels)
        boxes.append(box)
        y = box.rect.bottom + m.card_gap
    ids = tuple(box.card_id for box in boxes)
    content = y - m.card_gap + m.cell_padding if boxes else 0.0
    markers: set[str] = {card.evidence for card in cards if card.evidence}
    if any(card.fail_point for card in cards):
        markers.add("fail")
    index = {cid: i for i, cid in enumerate(ids)}
    votes = sum(card.votes for card in cards)
    return CellLayout(tuple(boxes), content, ids, index, frozenset(markers), votes)


def placed(box: CardBox, x: float, y: float) -> CardBox:
    """A cell-relative box moved to a cell whose corner is at (x, y)."""
    r, image = box.rect, box.image_rect
    return CardBox(
        box.card_id,
        box.step_id,
        box.lane_id,
        Rect(r.x + x, r.y + y, r.width, r.height),
        box.lines,
        box.tint,
        box.meta,
        None if image is None else Rect(image.x + x, image.y + y, image.width, image.height),
    )


class CardBoxes(Mapping[str, CardBox]):
    """The boxes of all laid-out cards, in reading order, each placed when first asked for."""

    def __init__(
        self, cells: dict[CellKey, CellLayout], columns: list[Column], rows: list[Row]
    ) -> None:
        self._cells = cells
        self._xs = {column.step_id: column.x for column in columns}
        self._ys = {row.lane_id: row.y for row in rows}
        self._placed: dict[str, CardBox] = {}
        self._where: dict[str, CellKey] | None = None

    def __getitem__(self, card_id: str) -> CardBox:
        box = self._placed.get(card_id)
        if box is not None:
            return box
        if self._where is None:
            self._where = {cid: cell for cell, layout in self._cells.items() for cid in layout.ids}
        cell = self._where[card_id]
        layout = self._cells[cell]
        box = placed(layout.boxes[layout.index[card_id]], self._xs[cell[0]], self._ys[cell[1]])
        self._placed[card_id] = box
        return box

    def origin(self, cell: CellKey) -> tuple[float, float]:
        """The top-left corner of a cell."""
        return self._xs[cell[0]], self._ys[cell[1]]

    def row_top(self, lane_id: str) -> float:
        """The top of a lane's row."""
        return self._ys[lane_id]

    def __iter__(self) -> Iterator[str]:
        for layout in self._cells.values():
            yield from layout.ids

    def __len__(self) -> int:
        return sum(len(layout.ids) for layout in self._cells.values())

    def __contains__(self, card_id: object) -> bool:
        if card_id in self._placed:
            return True
        if self._where is None:
            self._where = {cid: cell for cell, layout in self._cells.items() for cid in layout.ids}
        return card_id in self._where


def _column_cards(
    cards: Mapping[str, CardBox], cells: dict[CellKey, list[str]], card_id: str
) -> dict[str, CardBox]:
    """The boxes of the cards in the same column as `card_id` (what an arrow may have to avoid)."""
    box = cards.get(card_id)
    if box is None:
        return {}
    return {
        cid: cards[cid]
        for (step_id, _), ids in cells.items()
        if step_id == box.step_id
        for cid in ids
    }


class LayoutCache:
    """Cells of one map laid out before, kept so the next layout redoes only changed cells.

    The owner says which cards changed (`forget`), as the document's change records name them;
    anything else that could change a cell (the column's width, the lane's kind or colour, the
    measure, the metrics, cards added, removed or replaced) is checked here on every layout.
    """

    def __init__(self) -> None:
        self._cards: list[Card] = []
        self._position: dict[str, int] = {}
        self._by_id: dict[str, Card] = {}
        self._groups: dict[CellKey, list[Card]] = {}
        self._where: dict[str, CellKey] = {}
        self._laid: dict[CellKey, tuple[tuple[object, ...], CellLayout]] = {}
        self._lanes: dict[str, tuple[tuple[object, ...], LaneCells]] = {}
        self._dirty: set[str] | None = None
        self._tools: tuple[object, ...] = ()

    def forget(self, card_ids: Iterable[str] | None = None) -> None:
        """These cards changed (None: anything may have changed); their cells are redone."""
        if card_ids is None:
            self._dirty = None
        elif self._dirty is not None:
            self._dirty.update(card_ids)

    def card(self, card_id: str) -> Card | None:
        """A card of the map as last laid out."""
        return self._by_id.get(card_id)

    def lanes_of(
        self,
        journey_map: JourneyMap,
        measure: TextMeasure,
        m: Metrics,
        columns: list[Column],
        labels: Labels = ENGLISH,
    ) -> Callable[[Lane], LaneCells]:
        """A function giving a lane's filled cells, laid out afresh only where they changed."""
        cards = journey_map.cards
        same_list = len(cards) == len(self._cards) and all(map(operator.is_, cards, self._cards))
        tools = (measure, m, labels)
        if self._dirty is None or not same_list or tools != self._tools:
            self._regroup(cards)
            self._laid = {}
            self._lanes = {}
            self._tools = tools
        else:
            self._update(self._dirty)
        self._dirty = set()
        widths = tuple((column.step_id, column.width) for column in columns)

        def lane_of(lane: Lane) -> LaneCells:
            key = (lane.kind, lane.colour, widths)
            found = self._lanes.get(lane.id)
            if found is not None and found[0] == key:
                return found[1]
            filled = self._lay_out_lane(lane, columns, measure, m, labels)
            self._lanes[lane.id] = (key, filled)
            return filled

        return lane_of

    def _lay_out_lane(
        self,
        lane: Lane,
        columns: list[Column],
        measure: TextMeasure,
        m: Metrics,
        labels: Labels,
    ) -> LaneCells:
        layouts: dict[CellKey, CellLayout] = {}
        for column in columns:
            cell = (column.step_id, lane.id)
            group = self._groups.get(cell)
            if not group:
                continue
            key = (column.width, lane.kind, lane.colour)
            found = self._laid.get(cell)
            if found is None or found[0] != key:
                found = self._laid[cell] = (
                    key,
                    lay_out_cell(group, lane, column.width, measure, m),
                )
            layouts[cell] = found[1]
        content = max((layout.content for layout in layouts.values()), default=0.0)
        ids = {cell: list(layout.ids) for cell, layout in layouts.items()}
        markers = frozenset().union(*(layout.markers for layout in layouts.values()))
        return LaneCells(layouts, ids, content, markers)

    def _regroup(self, cards: list[Card]) -> None:
        self._cards = list(cards)
        self._position = {card.id: i for i, card in enumerate(cards)}
        self._by_id = {card.id: card for card in cards}
        groups: dict[CellKey, list[Card]] = defaultdict(list)
        for card in cards:
            groups[(card.step_id, card.lane_id)].append(card)
        for group in groups.values():
            group.sort(key=lambda card: card.order)
        self._groups = dict(groups)
        self._where = {card.id: cell for cell, group in self._groups.items() for card in group}

    def _update(self, changed: set[str]) -> None:
        touched: set[CellKey] = set()
        for card_id in changed:
            card = self._by_id.get(card_id)
            if card is None:
                continue
            old = self._where.get(card_id)
            new = (card.step_id, card.lane_id)
            touched.add(new)
            if old is not None:
                touched.add(old)
                if old != new:
                    self._groups[old].remove(card)
                    self._groups.setdefault(new, []).append(card)
            self._where[card_id] = new
        position = self._position
        for cell in touched:
            # The same order a full layout gives: by order, ties in the map's card order.
            group = self._groups.get(cell)
            if group is not None:
                group.sort(key=lambda card: (card.order, position[card.id]))
                if not group:
                    del self._groups[cell]
            self._laid.pop(cell, None)
            self._lanes.pop(cell[1], None)


@dataclass(frozen=True, eq=False)
class LaneCells:
    """The filled cells of one card lane (compared by identity)."""

    layouts: dict[CellKey, CellLayout]
    ids: dict[CellKey, list[str]]
    content: float
    """The height the fullest cell needs."""
    markers: frozenset[str] = frozenset()
    """The markers its cards show (see CellLayout.markers)."""
