"""The items of the map scene. Each paints itself from a layout box; none holds model state."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeydesigner.canvas.fonts import qfont
from journeydesigner.canvas.painting import (
    colour,
    curve_marker,
    draw_lines,
    draw_text_line,
    evidence_marker,
    fail_marker,
    paint_votes,
    palette_of,
    status_marker,
)
from journeydesigner.i18n import QtLabels, translate
from journeydesigner.layout.arrows import arrow_head, label_origin
from journeydesigner.layout.chips import (
    chip_face,
    status_of,
    target_text,
    value_text,
)
from journeydesigner.layout.curves import smooth_segments
from journeydesigner.layout.grid import (
    BlueprintLine,
    CardBox,
    CellLayout,
    ConnectorPath,
    Curve,
    CurvePoint,
    MapLayout,
    Rect,
    placed,
)
from journeydesigner.layout.style import (
    BLUEPRINT_LINE_STYLES,
    DEFAULT_METRICS,
    EDITOR_PALETTE,
    INK_TERTIARY,
    LANE_TINTS,
    TextStyle,
)
from journeydesigner.model.elements import Card, Lane, Metric, Stage, Step
from journeydesigner.model.project import JourneyMap
from journeydesigner.names import map_kind_name

# Stacking order: the grid at the back, then cards, curves, and the frozen headers in front.
Z_GRID = 0.0
Z_CARD = 10.0
Z_CURVE = 20.0
Z_DRAGGED = 50.0
Z_INDICATOR = 60.0
Z_LANE_HEADER = 100.0
Z_STAGE_HEADER = 110.0
Z_CORNER = 120.0

m = DEFAULT_METRICS
HANDLE_RADIUS = 6.0
LOD_TEXT = 0.4
"""Below this scale card text (12 units) would be under 5 pixels: cards are drawn as blocks."""
HINT_INK = "#A3AAB6"
"""Lighter than any real text: a hint must never be mistaken for a card."""
LEGEND_TOP = 52.0
LEGEND_ROW = 17.0


def qrect(rect: Rect) -> QRectF:
    """A layout Rect as a QRectF."""
    return QRectF(rect.x, rect.y, rect.width, rect.height)


class GridItem(QGraphicsItem):
    """The grid behind the cards: rows, column rules, stage boundaries and emotion scale lines."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(Z_GRID)
        self._layout: MapLayout | None = None
        self._map: JourneyMap | None = None

    def set_layout(self, layout: MapLayout, journey_map: JourneyMap) -> None:
        """Show a new layout."""
        self.prepareGeometryChange()
        self._layout = layout
        self._map = journey_map
        self.update()

    def boundingRect(self) -> QRectF:
        if self._layout is None:
            return QRectF()
        return QRectF(0, 0, self._layout.width, self._layout.height)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        p = palette_of(self)
        layout = self._layout
        if layout is None or self._map is None:
            return
        left, top = layout.lane_header_width, layout.header_height
        painter.fillRect(
            QRectF(left, top, layout.width - left, layout.height - top), colour(p.canvas)
        )
        painter.setPen(QPen(colour(p.rule), 1.0))
        for row in layout.rows:
            painter.drawLine(
                QPointF(left, row.y + row.height), QPointF(layout.width, row.y + row.height)
            )
        stage_starts = {header.rect.x for header in layout.stages}
        for column in layout.columns:
            strong = column.x in stage_starts
            painter.setPen(QPen(colour(p.rule if strong else p.rule_faint), 1.0))
            painter.drawLine(QPointF(column.x, top), QPointF(column.x, layout.height))
        painter.setPen(QPen(colour(p.rule), 1.0))
        painter.drawLine(QPointF(layout.width, top), QPointF(layout.width, layout.height))
        faint = QPen(colour(p.rule_faint), 1.0)
        neutral = QPen(colour(p.neutral_line), 1.0, Qt.PenStyle.DashLine)
        for tick in layout.ticks:
            painter.setPen(neutral if tick.value == 0 else faint)
            painter.drawLine(QPointF(left, tick.y), QPointF(layout.width, tick.y))
        self._paint_hints(painter, layout)

    def _paint_hints(self, painter: QPainter, layout: MapLayout) -> None:
        """A lane's prompt, faint, in each of its empty cells (a template's invitation)."""
        p = palette_of(self)
        assert self._map is not None
        hints = {lane.id: lane.hint for lane in self._map.lanes if lane.hint and lane.holds_cards}
        if not hints:
            return
        pad = layout.metrics.cell_padding
        for row in layout.rows:
            hint = hints.get(row.lane_id)
            if not hint:
                continue
            for column in layout.columns:
                if (column.step_id, row.lane_id) in layout.cells:
                    continue
                box = QRectF(column.x + pad, row.y + pad, column.width - 2 * pad, 18)
                ink = HINT_INK if p is EDITOR_PALETTE else p.rule
                draw_text_line(painter, hint, box, m.note, ink, Qt.AlignmentFlag.AlignLeft)


def card_bounds(box: CardBox) -> QRectF:
    """What a card item paints, from its own corner: its selection outline and, on the right,
    the connect handle a selected card shows."""
    return QRectF(-3, -3, box.rect.width + 3 + HANDLE_RADIUS * 2, box.rect.height + 6)


class CardItem(QGraphicsItem):
    """A sticky note: wrapped text, markers for evidence, fail point, tags and channel."""

    def __init__(self, box: CardBox, card: Card) -> None:
        """`box` is relative to the item's parent (its cell), or to the scene without one."""
        super().__init__()
        self.card_id = box.card_id
        self.setZValue(Z_CARD)
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        )
        self.setAcceptHoverEvents(True)
        self._box = box
        self._card = card
        self._image: QImage | None = None
        self._bounds = card_bounds(box)
        self.setPos(box.rect.x, box.rect.y)

    @property
    def box(self) -> CardBox:
        """The layout box this item shows, in scene coordinates."""
        parent = self.parentItem()
        if parent is None:
            return self._box
        corner = parent.scenePos()
        return placed(self._box, corner.x(), corner.y())

    def set_blocks(self, blocks: bool) -> None:
        """Zoomed far out its cell draws it (it paints nothing); closer, it paints itself once
        per zoom level into a pixmap that later frames only copy."""
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, blocks)
        self.setCacheMode(
            QGraphicsItem.CacheMode.NoCache
            if blocks
            else QGraphicsItem.CacheMode.DeviceCoordinateCache
        )

    def snap(self) -> None:
        """Go back to the place of the box (after a drag that changed nothing)."""
        self.setPos(self._box.rect.x, self._box.rect.y)

    def set_box(self, box: CardBox, card: Card) -> None:
        """Show a new box (relative to the parent); only what changed is redrawn."""
        if box.rect.width != self._box.rect.width or box.rect.height != self._box.rect.height:
            self.prepareGeometryChange()
            self._bounds = card_bounds(box)
        if card.image is not self._card.image:
            self._image = None
        self._box = box
        self._card = card
        self.setPos(box.rect.x, box.rect.y)
        self.update()

    def boundingRect(self) -> QRectF:
        # Asked for thousands of times a frame: made once per box, not per call.
        return self._bounds

    def handle_centre(self) -> QPointF:
        """Where the connect handle sits, in scene coordinates (on the right edge)."""
        return self.mapToScene(QPointF(self._box.rect.width, self._box.rect.height / 2))

    def on_handle(self, scene_point: QPointF) -> bool:
        """Whether a point is on this card's connect handle (only shown when selected)."""
        if not self.isSelected():
            return False
        delta = scene_point - self.handle_centre()
        return delta.x() ** 2 + delta.y() ** 2 <= (HANDLE_RADIUS + 2) ** 2

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(QRectF(0, 0, self._box.rect.width, self._box.rect.height))
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        p = palette_of(self)
        box, card = self._box, self._card
        tint = p.tint(box.tint)
        rect = QRectF(0, 0, box.rect.width, box.rect.height)
        metrics_pad = 8.0
        if option.levelOfDetailFromTransform(painter.worldTransform()) < LOD_TEXT:
            self.paint_block(painter, QPointF(0, 0))
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        edge = p.fail if card.fail_point else tint.edge
        painter.setPen(QPen(colour(edge), 1.6 if card.fail_point else 1.0))
        painter.setBrush(colour(tint.fill))
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        y = metrics_pad
        if box.image_rect is not None:
            image_box = QRectF(
                box.image_rect.x - box.rect.x,
                box.image_rect.y - box.rect.y,
                box.image_rect.width,
                box.image_rect.height,
            )
            self._paint_image(painter, image_box)
            y = image_box.bottom() + metrics_pad

        draw_lines(painter, box.lines, metrics_pad, y, m.card_text, p.card_ink)
        marker_x = rect.right() - 9
        if card.fail_point:
            fail_marker(painter, QPointF(marker_x, 11), 11, p.fail_on_pink)
            marker_x -= 15
        if card.evidence is not None:
            evidence_marker(
                painter, QPointF(marker_x, 10), 3.6, card.evidence, p.card_ink_secondary
            )
        footer = " ".join([f"#{tag}" for tag in card.tags] + ([box.meta] if box.meta else []))
        line = m.card_meta.line_height
        if card.votes:
            footer_height = line + 2 if footer else 0.0
            paint_votes(painter, card.votes, rect, metrics_pad, footer_height, p)
        if footer:
            draw_text_line(
                painter,
                footer,
                QRectF(
                    metrics_pad,
                    rect.bottom() - metrics_pad - line,
                    rect.width() - 2 * metrics_pad,
                    line,
                ),
                m.card_meta,
                p.card_ink_secondary,
                Qt.AlignmentFlag.AlignLeft,
            )
        if self.isSelected():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(colour(p.selection), 2.0))
            painter.drawRoundedRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5), 7, 7)
            # The connect handle: drag it to another card to draw an arrow.
            centre = QPointF(rect.right(), rect.center().y())
            painter.setPen(QPen(QColor("#FFFFFF"), 1.5))
            painter.setBrush(colour(p.selection))
            painter.drawEllipse(centre, HANDLE_RADIUS, HANDLE_RADIUS)
            painter.drawLine(centre + QPointF(-2.5, 0), centre + QPointF(2.5, 0))
            painter.drawLine(centre + QPointF(0, -2.5), centre + QPointF(0, 2.5))

    def paint_block(self, painter: QPainter, at: QPointF) -> None:
        """The card zoomed far out, its text a few pixels high: a block of its colour (a fail
        point keeps its outline), which reads as the map's shape."""
        by_colour: dict[str, list[QRectF]] = {}
        self.add_block(by_colour, at)
        for ink, rects in by_colour.items():
            for rect in rects:
                painter.fillRect(rect, colour(ink))

    def add_block(self, by_colour: dict[str, list[QRectF]], at: QPointF) -> None:
        """The rectangles of `paint_block`, added to lists by colour (drawn in that order)."""
        p = palette_of(self)
        tint = p.tint(self._box.tint)
        rect = QRectF(at.x(), at.y(), self._box.rect.width, self._box.rect.height)
        edge = p.fail if self._card.fail_point else tint.edge
        by_colour.setdefault(edge, []).append(rect)
        by_colour.setdefault(tint.fill, []).append(rect.adjusted(1, 1, -1, -1))

    def _paint_image(self, painter: QPainter, target: QRectF) -> None:
        if self._image is None and self._card.image is not None:
            self._image = load_image(self._card.image.raw_bytes(), self._card.image.media_type)
        if self._image is None or self._image.isNull():
            painter.fillRect(target, QColor("#E9ECF0"))
            draw_text_line(
                painter,
                translate("items", "image cannot be shown"),
                target,
                m.card_meta,
                INK_TERTIARY,
                Qt.AlignmentFlag.AlignCenter,
            )
            return
        scaled = self._image.size().scaled(
            target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio
        )
        x = target.x() + (target.width() - scaled.width()) / 2
        painter.drawImage(QRectF(x, target.y(), scaled.width(), scaled.height()), self._image)


class CardLaneItem(QGraphicsItem):
    """The cells of one card lane: when a lane above grows, the lane moves as one item."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(Z_CARD)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)

    def boundingRect(self) -> QRectF:
        return QRectF()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        pass


class CellItem(QGraphicsItem):
    """The cards of one cell: they move with it, and it draws them as blocks when zoomed out.

    Zoomed far out a map shows thousands of cards a few pixels big. Then the cards keep their
    items (they can still be clicked, selected and dragged) but paint nothing, and each cell draws
    its cards as blocks of their colours from one recorded picture: a frame paints a few hundred
    cells instead of thousands of cards.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(Z_CARD)
        self.layout: CellLayout | None = None
        self._items: list[CardItem] = []
        self._bounds = QRectF()
        self._blocks_by_colour: list[tuple[str, list[QRectF]]] | None = None
        self._blocks = False
        # A cell out of sight is passed over with its cards: without this Qt would still ask
        # every card of a lane for its bounds in every frame. The bounds hold all a card paints.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemClipsChildrenToShape)

    def set_layout(self, layout: CellLayout, items: list[CardItem]) -> None:
        """Show a newly laid-out cell whose cards are these items (already its children)."""
        self.prepareGeometryChange()
        self.layout = layout
        self._items = items
        self._bounds = QRectF()
        for box in layout.boxes:
            self._bounds = self._bounds.united(card_bounds(box).translated(box.rect.x, box.rect.y))
        self._blocks_by_colour = None
        self.update()

    def forget_blocks(self) -> None:
        """The colours changed (another theme): make the blocks afresh."""
        self._blocks_by_colour = None
        self.update()

    def set_blocks(self, blocks: bool) -> None:
        """Draw the cards as blocks (True) or let each card draw itself."""
        if blocks == self._blocks:
            return
        self._blocks = blocks
        for item in self._items:
            item.set_blocks(blocks)
        # Its cards paint nothing now: a clip per cell would cost more than visiting them.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemClipsChildrenToShape, not blocks)
        # Zoomed out, a frame blits each cell's pixmap; close up the cell draws nothing itself
        # and a pixmap of its size would only cost memory.
        self.setCacheMode(
            QGraphicsItem.CacheMode.DeviceCoordinateCache
            if blocks
            else QGraphicsItem.CacheMode.NoCache
        )
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if not self._blocks:
            return
        if self._blocks_by_colour is None:
            by_colour: dict[str, list[QRectF]] = {}
            for item in self._items:
                item.add_block(by_colour, item.pos())
            self._blocks_by_colour = list(by_colour.items())
        painter.setPen(Qt.PenStyle.NoPen)
        for ink, rects in self._blocks_by_colour:
            painter.setBrush(colour(ink))
            painter.drawRects(rects)


def load_image(data: bytes, media_type: str) -> QImage | None:
    """Decode an embedded PNG or JPEG, refusing anything else and anything huge."""
    from PySide6.QtCore import QBuffer, QByteArray
    from PySide6.QtGui import QImageReader

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    reader = QImageReader(buffer, b"png" if media_type == "image/png" else b"jpeg")
    reader.setAutoDetectImageFormat(False)
    size = reader.size()
    if size.isValid() and size.width() * size.height() > 40_000_000:
        return None
    image = reader.read()
    return None if image.isNull() else image


class LaneColumnItem(QGraphicsItem):
    """The lane-header column's ground, frozen with the headers: it also covers the bands
    between lanes (where blueprint lines run), so nothing scrolls through under the names."""

    def __init__(self, width: float, top: float, height: float) -> None:
        super().__init__()
        self.setZValue(Z_LANE_HEADER - 1)
        self._rect = QRectF(0, top, width, height)

    def boundingRect(self) -> QRectF:
        return self._rect

    def set_height(self, height: float) -> None:
        """Follow the grid to a new height."""
        if height != self._rect.height():
            self.prepareGeometryChange()
            self._rect.setHeight(height)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.fillRect(self._rect, colour(palette_of(self).header_fill))


class StageHeaderItem(QGraphicsItem):
    """A stage's navy chevron with its number, name and description; frozen at the top."""

    def __init__(self, stage: Stage, number: int, rect: Rect, last: bool, votes: int = 0) -> None:
        super().__init__()
        self.stage_id = stage.id
        self.votes = votes
        """The stage's votes, shown as a badge when dot voting has started."""
        self.setZValue(Z_STAGE_HEADER)
        self._stage = stage
        self._number = number
        self._rect = rect
        self._last = last
        self.setPos(rect.x, 0)
        self.setToolTip("\n".join(filter(None, [stage.name, stage.description])))

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self._rect.width + 12, self._rect.height)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        p = palette_of(self)
        width, height = self._rect.width, self._rect.height
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(QRectF(0, 0, width, height), colour(p.canvas))
        tip = 0.0 if self._last else 12.0
        inset = 4.0
        shape = QPolygonF(
            [
                QPointF(1, inset),
                QPointF(width - 2 - tip * 0.3, inset),
                QPointF(width - 2 + tip * 0.7, height / 2),
                QPointF(width - 2 - tip * 0.3, height - inset),
                QPointF(1, height - inset),
                QPointF(1 + (12.0 if self._number > 1 else 0.0) * 0.7, height / 2),
            ]
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour(self._stage.colour or p.stage_fill))
        painter.drawPolygon(shape)
        left = 14.0 if self._number > 1 else 10.0
        draw_text_line(
            painter,
            f"{self._number:02d}",
            QRectF(left, inset + 6, 24, 20),
            m.stage_subtitle,
            p.stage_number,
            Qt.AlignmentFlag.AlignLeft,
        )
        title = self._stage.name + ("  ★" if self._stage.moment_of_truth else "")
        draw_text_line(
            painter,
            title,
            QRectF(left + 24, inset + 4, width - left - 40 - (44 if self.votes else 0), 22),
            m.stage_title,
            p.stage_text,
            Qt.AlignmentFlag.AlignLeft,
        )
        if self._stage.description:
            draw_text_line(
                painter,
                self._stage.description,
                QRectF(left, inset + 26, width - left - 24, 18),
                m.stage_subtitle,
                p.stage_subtext,
                Qt.AlignmentFlag.AlignLeft,
            )
        if self.votes:
            self._paint_votes(painter, p.vote, width - tip * 0.3 - 8, inset + 6)

    def _paint_votes(self, painter: QPainter, ink: str, right: float, top: float) -> None:
        """A white pill at the top right: a dot sticker and the stage's number of votes."""
        label = str(self.votes)
        style = TextStyle(m.stage_subtitle.size, bold=True)
        width = _metrics_width(label, style) + 24
        badge = QRectF(right - width, top, width, 18)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawRoundedRect(badge, 9, 9)
        painter.setBrush(colour(ink))
        painter.drawEllipse(QPointF(badge.x() + 9, badge.center().y()), 4.5, 4.5)
        draw_text_line(
            painter, label, badge.adjusted(17, 0, -4, 0), style, ink, Qt.AlignmentFlag.AlignLeft
        )


class StepHeaderItem(QGraphicsItem):
    """A step's name under its stage; frozen with the stage headers."""

    def __init__(self, step: Step, rect: Rect) -> None:
        super().__init__()
        self.step_id = step.id
        self.setZValue(Z_STAGE_HEADER)
        self._step = step
        self._rect = rect
        self.setPos(rect.x, rect.y)
        if step.name:
            self.setToolTip(step.name)

    @property
    def offset_y(self) -> float:
        """Height of this header below the top of the frozen band."""
        return self._rect.y

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self._rect.width, self._rect.height)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        p = palette_of(self)
        rect = QRectF(0, 0, self._rect.width, self._rect.height)
        painter.fillRect(rect, colour(p.step_fill))
        painter.setPen(QPen(colour(p.rule), 1.0))
        painter.drawLine(rect.topLeft(), rect.bottomLeft())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        draw_text_line(
            painter,
            self._step.name,
            rect.adjusted(8, 0, -8, 0),
            m.step_title,
            p.ink_secondary,
            Qt.AlignmentFlag.AlignLeft,
        )


class LaneHeaderItem(QGraphicsItem):
    """A lane's title and description at the left (with the scale of an emotion lane); frozen."""

    def __init__(
        self,
        lane: Lane,
        y: float,
        width: float,
        height: float,
        ticks: list[tuple[float, str]],
        curves: list[Curve] | None = None,
        hidden: list[Curve] | None = None,
    ) -> None:
        super().__init__()
        self.lane_id = lane.id
        self.setZValue(Z_LANE_HEADER)
        self._lane = lane
        self._width = width
        self._height = height
        self._ticks = ticks
        self._curves = [(c, False) for c in curves or []] + [(c, True) for c in hidden or []]
        self._curves.sort(key=lambda entry: (entry[0].persona_id or "", entry[0].variant))
        self.setPos(0, y)
        self.setToolTip("\n".join(filter(None, [lane.title, lane.description])))

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self._width + 4, self._height)

    def set_geometry(self, y: float, height: float) -> None:
        """Follow the lane's row to a new top and height."""
        if height != self._height:
            self.prepareGeometryChange()
            self._height = height
        self.setY(y)

    def curve_at(self, scene_point: QPointF) -> tuple[Curve, bool] | None:
        """The key entry (curve, hidden) under a point, if any."""
        local = self.mapFromScene(scene_point)
        if not 8 <= local.x() <= self._width - 70:
            return None
        index = int((local.y() - LEGEND_TOP) // LEGEND_ROW)
        if local.y() < LEGEND_TOP or index >= min(len(self._curves), 6):
            return None
        return self._curves[index]

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        p = palette_of(self)
        width, height = self._width, self._height
        painter.fillRect(QRectF(0, 0, width, height), colour(p.header_fill))
        painter.setPen(QPen(colour(p.rule), 1.0))
        painter.drawLine(QPointF(0, height), QPointF(width, height))
        painter.drawLine(QPointF(width, 0), QPointF(width, height))
        tint = LANE_TINTS.get(self._lane.kind)
        swatch = QRectF(12, 14, 10, 10)
        painter.setPen(QPen(colour(tint.edge if tint else p.rule), 1.0))
        painter.setBrush(colour(self._lane.colour or (tint.fill if tint else p.header_fill)))
        painter.drawRoundedRect(swatch, 2, 2)
        text_width = width - 34 - (66 if self._ticks else 0)
        draw_text_line(
            painter,
            self._lane.title,
            QRectF(28, 9, text_width, 20),
            m.lane_title,
            p.ink,
            Qt.AlignmentFlag.AlignLeft,
        )
        if self._lane.description:
            draw_text_line(
                painter,
                self._lane.description,
                QRectF(28, 28, text_width, 16),
                m.lane_subtitle,
                p.ink_tertiary,
                Qt.AlignmentFlag.AlignLeft,
            )
        # The curves' key: a marker and a dash per curve, so it reads without colour. A click
        # on an entry hides or shows that curve; hidden ones stay listed, faded and struck out.
        for index, (curve, hidden) in enumerate(self._curves[:6]):
            top = LEGEND_TOP + index * LEGEND_ROW
            if top + 14 > height:
                break
            painter.setOpacity(0.35 if hidden else 1.0)
            pen = QPen(colour(p.curve(curve.colour)), 2.0 * p.line_scale)
            if curve.dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(12, top + 7), QPointF(30, top + 7))
            curve_marker(
                painter,
                QPointF(21, top + 7),
                8,
                curve.marker,
                p.curve(curve.colour),
                curve.hollow,
                p.header_fill,
            )
            label = (curve.label or translate("items", "curve")) + (
                translate("items", "  (hidden)") if hidden else ""
            )
            draw_text_line(
                painter,
                label,
                QRectF(36, top, text_width - 8, 14),
                m.card_meta,
                p.ink_secondary,
                Qt.AlignmentFlag.AlignLeft,
            )
            painter.setOpacity(1.0)
        for y, label in self._ticks:
            draw_text_line(
                painter,
                label,
                QRectF(width - 76, y - 8, 70, 16),
                m.lane_subtitle,
                p.ink_tertiary,
                Qt.AlignmentFlag.AlignRight,
            )


class CornerItem(QGraphicsItem):
    """The top-left corner: the map's kind and its personas; frozen in both directions."""

    def __init__(
        self, journey_map: JourneyMap, persona_names: list[str], width: float, height: float
    ) -> None:
        super().__init__()
        self.setZValue(Z_CORNER)
        self._kind = map_kind_name(journey_map.kind).upper()
        self._who = ", ".join(persona_names)
        self._width = width
        self._height = height

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self._width, self._height)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        p = palette_of(self)
        rect = QRectF(0, 0, self._width, self._height)
        painter.fillRect(rect, colour(p.header_fill))
        painter.setPen(QPen(colour(p.rule), 1.0))
        painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        draw_text_line(
            painter,
            self._kind,
            QRectF(12, 10, self._width - 20, 16),
            m.metric_name,
            p.ink_tertiary,
            Qt.AlignmentFlag.AlignLeft,
        )
        if self._who:
            draw_text_line(
                painter,
                self._who,
                QRectF(12, 28, self._width - 20, 18),
                m.lane_subtitle,
                p.ink_secondary,
                Qt.AlignmentFlag.AlignLeft,
            )


class CurveItem(QGraphicsItem):
    """One emotion curve: a smooth line that never overshoots, solid (as-is) or dashed (to-be)."""

    def __init__(self, curve: Curve) -> None:
        super().__init__()
        self.setZValue(Z_CURVE)
        self.curve = curve
        self._path = QPainterPath()
        points = [(p.x, p.y) for p in curve.points]
        if points:
            self._path.moveTo(*points[0])
            for _, c1, c2, end in smooth_segments(points):
                self._path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))

    def boundingRect(self) -> QRectF:
        return self._path.boundingRect().adjusted(-4, -4, 4, 4)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        p = palette_of(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(colour(p.curve(self.curve.colour)), 2.6 * p.line_scale)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        if self.curve.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)


class EmotionPointItem(QGraphicsItem):
    """A draggable point of an emotion curve, with its note."""

    def __init__(
        self, curve: Curve, point: CurvePoint, on_release: Callable[[EmotionPointItem], None]
    ) -> None:
        super().__init__()
        self.setZValue(Z_CURVE + 1)
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        )
        self.setCursor(Qt.CursorShape.SizeVerCursor)
        self.curve = curve
        self.point = point
        self._on_release = on_release
        self._press_y: float | None = None
        self.setPos(point.x, point.y)

    def boundingRect(self) -> QRectF:
        return QRectF(-9, -9, 18, 18)

    def shift(self, dy: float) -> None:
        """Move down by `dy` with the lane (the score stays)."""
        p = self.point
        self.point = CurvePoint(p.step_id, p.x, p.y + dy, p.score, p.note)
        self.moveBy(0, dy)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        p = palette_of(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        curve_marker(
            painter,
            QPointF(0, 0),
            12,
            self.curve.marker,
            p.curve(self.curve.colour),
            self.curve.hollow,
            p.canvas,
        )
        if self.isSelected():
            painter.setPen(QPen(colour(p.selection), 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), 9, 9)

    def mousePressEvent(self, event):  # type: ignore[no-untyped-def]
        self._press_y = self.pos().y()
        super().mousePressEvent(event)
        event.accept()

    def mouseMoveEvent(self, event):  # type: ignore[no-untyped-def]
        if self._press_y is not None:
            self.setPos(self.pos().x(), event.scenePos().y())

    def mouseReleaseEvent(self, event):  # type: ignore[no-untyped-def]
        super().mouseReleaseEvent(event)
        if self._press_y is not None and abs(self.pos().y() - self._press_y) > 1:
            self._on_release(self)
        self._press_y = None


class NoteItem(QGraphicsItem):
    """A curve point's note, beside the point."""

    def __init__(self, text: str, x: float, y: float, ink: str) -> None:
        super().__init__()
        self.setZValue(Z_CURVE)
        self._text = text
        self._ink = ink
        self.setPos(x, y)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, 150, 16)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        p = palette_of(self)
        draw_text_line(
            painter,
            self._text,
            QRectF(0, 0, 150, 16),
            m.note,
            p.curve(self._ink),
            Qt.AlignmentFlag.AlignLeft,
        )


class MetricChipItem(QGraphicsItem):
    """A metric: name, value with unit, target, a status symbol and, with readings, a trend."""

    def __init__(self, metric: Metric, rect: Rect) -> None:
        super().__init__()
        self.metric_id = metric.id
        self.setZValue(Z_CARD)
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self._metric = metric
        self._rect = rect
        self.face = chip_face(metric, rect.width, labels=_labels())
        self.setPos(rect.x, rect.y)
        self.setToolTip(_chip_tooltip(metric))

    def boundingRect(self) -> QRectF:
        return QRectF(-2, -2, self._rect.width + 4, self._rect.height + 4)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        p = palette_of(self)
        face = self.face
        rect = QRectF(0, 0, self._rect.width, self._rect.height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(
            QPen(
                colour(p.selection if self.isSelected() else p.rule),
                2.0 if self.isSelected() else 1.0,
            )
        )
        painter.setBrush(QBrush(colour(p.chip_fill)))
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 5, 5)
        draw_text_line(
            painter,
            face.name,
            QRectF(*face.name_box),
            m.metric_name,
            p.ink_tertiary,
            Qt.AlignmentFlag.AlignLeft,
        )
        draw_text_line(
            painter,
            face.value,
            QRectF(*face.value_box),
            m.metric_value,
            p.ink,
            Qt.AlignmentFlag.AlignLeft,
        )
        if face.target:
            draw_text_line(
                painter,
                face.target,
                QRectF(*face.target_box),
                m.card_meta,
                p.ink_secondary,
                Qt.AlignmentFlag.AlignRight,
            )
        status_marker(painter, QPointF(*face.status_centre), face.status, 1.0, p)
        if face.spark is not None:
            spark = face.spark
            points = [QPointF(x, y) for x, y in spark.points]
            if spark.target_y is not None:
                pen = QPen(colour(p.neutral_line), 0.8)
                pen.setDashPattern([2.5, 2.5])
                painter.setPen(pen)
                painter.drawLine(
                    QPointF(points[0].x(), spark.target_y), QPointF(points[-1].x(), spark.target_y)
                )
            # The selection blue is the accent of every palette, dark projection themes included.
            pen = QPen(colour(p.selection), 1.5 * p.line_scale)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline(QPolygonF(points))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour(p.selection))
            painter.drawEllipse(points[-1], 2.6, 2.6)
            draw_text_line(
                painter,
                f"{spark.first_date[:7]} → {spark.last_date[:7]}",
                QRectF(*spark.label_box),
                m.card_meta,
                p.ink_tertiary,
                Qt.AlignmentFlag.AlignRight,
            )


def _chip_tooltip(metric: Metric) -> str:
    status = {
        "on": translate("items", "On target"),
        "off": translate("items", "Off target"),
        "none": translate("items", "No target"),
    }[status_of(metric)]
    lines = [metric.name, f"{value_text(metric, _labels())} · {status}"]
    if metric.target is not None:
        lines.append(target_text(metric, _labels()))
    lines += [f"{r.date}: {_labels().number(r.value)}" for r in metric.readings[-12:]]
    return "\n".join(lines)


_LABELS: list[QtLabels] = []


def _labels() -> QtLabels:
    """The interface's words and numbers for chips (made once, when first drawn)."""
    if not _LABELS:
        _LABELS.append(QtLabels())
    return _LABELS[0]


class BlueprintLineItem(QGraphicsItem):
    """A line of interaction, visibility or internal interaction, labelled at its left end."""

    def __init__(self, line: BlueprintLine, left: float, right: float) -> None:
        super().__init__()
        self.setZValue(Z_CURVE)
        self.line = line
        self._left = left
        self._right = right
        self._label_left = left
        self.setToolTip(line.label)

    def boundingRect(self) -> QRectF:
        return QRectF(self._left, self.line.y - 16, self._right - self._left, 20)

    def follow(self, visible_left: float) -> None:
        """Keep the name beside the frozen lane headers, as stage names stick while scrolling."""
        label_left = max(self._left, visible_left)
        if label_left != self._label_left:
            self._label_left = label_left
            self.update()

    def label_rect(self) -> QRectF:
        """The box of the line's name (double-click it to rename the line)."""
        width = _metrics_width(self.line.label.upper(), m.metric_name) + 10
        return QRectF(self._label_left + 6, self.line.y - 15, width, 13)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        p = palette_of(self)
        width, dash = BLUEPRINT_LINE_STYLES[self.line.kind]
        pen = QPen(colour(p.ink_secondary), width * p.line_scale)
        if dash:
            # Qt counts dashes in pen widths, the layout in units.
            pen.setDashPattern([length / pen.widthF() for length in dash])
        painter.setPen(pen)
        painter.drawLine(QPointF(self._left, self.line.y), QPointF(self._right, self.line.y))
        label = self.line.label.upper()
        box = self.label_rect()
        painter.fillRect(box, colour(p.canvas))
        draw_text_line(
            painter,
            label,
            box.adjusted(5, 0, 0, 0),
            m.metric_name,
            p.ink_secondary,
            Qt.AlignmentFlag.AlignLeft,
        )


class ConnectorItem(QGraphicsItem):
    """An arrow between two cards, routed at right angles; two heads when two-way."""

    def __init__(self, path: ConnectorPath) -> None:
        super().__init__()
        self.setZValue(Z_CURVE + 2)
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.path = path
        self.connector_id = path.connector_id
        line = QPainterPath(QPointF(*path.points[0]))
        for x, y in path.points[1:]:
            line.lineTo(x, y)
        stroker = QPainterPathStroker()
        stroker.setWidth(9.0)  # easy to click, not only on the 1.6-unit line
        self._hit = stroker.createStroke(line)
        xs = [p[0] for p in path.points]
        ys = [p[1] for p in path.points]
        self._bounds = QRectF(
            min(xs) - 10, min(ys) - 10, max(xs) - min(xs) + 20, max(ys) - min(ys) + 20
        )
        if path.label:
            self._bounds = self._bounds.united(self._label_rect())
        if path.label:
            self.setToolTip(path.label)

    def _label_rect(self) -> QRectF:
        width = _metrics_width(self.path.label, m.card_meta) + 8
        x, y = label_origin(self.path.points, width, 14)
        return QRectF(x, y, width, 14)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._hit

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        p = palette_of(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = colour(p.selection if self.isSelected() else p.ink_secondary)
        pen = QPen(ink, (2.6 if self.isSelected() else 1.6) * p.line_scale)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        points = [QPointF(x, y) for x, y in self.path.points]
        painter.drawPolyline(QPolygonF(points))
        painter.setBrush(ink)
        painter.setPen(Qt.PenStyle.NoPen)
        ends = [(self.path.points[-2], self.path.points[-1])]
        if self.path.two_way:
            ends.append((self.path.points[1], self.path.points[0]))
        else:
            painter.drawEllipse(points[0], 2.6, 2.6)  # a dot marks where the handoff starts
        for tail, tip in ends:
            painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in arrow_head(tail, tip)]))
        if self.path.label:
            box = self._label_rect()
            painter.fillRect(box, colour(p.canvas))
            draw_text_line(
                painter,
                self.path.label,
                box,
                m.card_meta,
                p.ink_secondary,
                Qt.AlignmentFlag.AlignCenter,
            )


def _metrics_width(text: str, style: TextStyle) -> float:
    return QFontMetricsF(qfont(style)).horizontalAdvance(text)


class LegendItem(QGraphicsItem):
    """Below the grid: what the markers used on this map mean (only those it uses)."""

    def __init__(
        self,
        journey_map: JourneyMap,
        x: float,
        y: float,
        markers: frozenset[str] | None = None,
    ) -> None:
        """`markers`: the evidence levels and "fail" the cards show, if already known."""
        super().__init__()
        self.setZValue(Z_CARD)
        if markers is None:
            markers = frozenset(card.evidence for card in journey_map.cards if card.evidence)
            if any(card.fail_point for card in journey_map.cards):
                markers |= {"fail"}
        used = markers
        self._evidence = [level for level in ("observed", "assumed", "proposed") if level in used]
        self._fail = "fail" in markers
        statuses = {metric.on_target for metric in journey_map.metrics}
        self._on, self._off = True in statuses, False in statuses
        self._none = None in statuses
        self.setPos(x, y)

    @property
    def empty(self) -> bool:
        """Whether the map uses no marker that needs explaining."""
        return not (self._evidence or self._fail or self._on or self._off or self._none)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, 760, 22)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        p = palette_of(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        x = 0.0
        key = translate("items", "KEY")
        # Measured: the word is longer in some languages ("LEGENDA").
        key_width = max(30.0, _metrics_width(key, m.metric_name) + 2)
        draw_text_line(
            painter,
            key,
            QRectF(x, 4, key_width, 14),
            m.metric_name,
            p.ink_tertiary,
            Qt.AlignmentFlag.AlignLeft,
        )
        x += key_width + 4
        names = {
            "observed": translate("items", "Observed"),
            "assumed": translate("items", "Assumed"),
            "proposed": translate("items", "Proposed (idea)"),
        }
        for level in self._evidence:
            evidence_marker(painter, QPointF(x + 5, 11), 4.0, level, p.ink_secondary)
            x += 14
            x += self._label(painter, names[level], x) + 16
        if self._fail:
            fail_marker(painter, QPointF(x + 6, 11), 11, p.fail_on_pink)
            x += 16
            x += self._label(painter, translate("items", "Fail point"), x) + 16
        for shown, text, status in (
            (self._on, translate("items", "On target"), "on"),
            (self._off, translate("items", "Off target"), "off"),
            (self._none, translate("items", "No target"), "none"),
        ):
            if shown:
                # The same shapes as on the chips.
                status_marker(painter, QPointF(x + 5, 11), status, 0.8, p)
                x += 14
                x += self._label(painter, text, x) + 16

    def _label(self, painter: QPainter, text: str, x: float) -> float:
        p = palette_of(self)
        width = _metrics_width(text, m.card_meta) + 2
        draw_text_line(
            painter,
            text,
            QRectF(x, 4, width, 14),
            m.card_meta,
            p.ink_secondary,
            Qt.AlignmentFlag.AlignLeft,
        )
        return width
