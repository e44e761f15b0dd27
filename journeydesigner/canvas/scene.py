"""MapScene: the projection of one map onto a QGraphicsScene, keyed by ids.

The scene never changes the model. It lays the map out, keeps one item per card (by id), and
after each document change updates only the items whose box or content changed. Gestures end in
one call to the editor façade: a drag of cards becomes one MoveCards command on release.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QInputMethodEvent, QKeyEvent, QPen, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneMouseEvent,
)

from journeydesigner.canvas.capture import capture_cell
from journeydesigner.canvas.fonts import QtTextMeasure
from journeydesigner.canvas.image_import import ImageImportError, import_image
from journeydesigner.canvas.interactions import HeaderDrag, ResizeDrag, border_at
from journeydesigner.canvas.items import (
    LOD_TEXT,
    Z_CARD,
    Z_DRAGGED,
    Z_INDICATOR,
    BlueprintLineItem,
    CardItem,
    CardLaneItem,
    CellItem,
    ConnectorItem,
    CornerItem,
    CurveItem,
    EmotionPointItem,
    GridItem,
    LaneColumnItem,
    LaneHeaderItem,
    LegendItem,
    MetricChipItem,
    NoteItem,
    StageHeaderItem,
    StepHeaderItem,
)
from journeydesigner.canvas.keyboard import navigate
from journeydesigner.commands.editor import Editor
from journeydesigner.document import Change, MapChanged, ProjectChanged
from journeydesigner.i18n import QtLabels
from journeydesigner.layout.grid import (
    CellKey,
    CellLayout,
    LaneCells,
    LayoutCache,
    MapLayout,
    curve_band,
    layout_map,
    score_at,
)
from journeydesigner.layout.style import EDITOR_PALETTE, LANE_TINTS, SELECTION, Palette
from journeydesigner.layout.text import CachedMeasure
from journeydesigner.layout.votes import stage_votes
from journeydesigner.model.elements import Card, LaneKind
from journeydesigner.names import lane_kind_name

_DRAG_THRESHOLD = 4.0


class MapScene(QGraphicsScene):
    """Shows one map of the editor's document and turns gestures into edits."""

    card_edit_requested = Signal(str)
    """A card was double-clicked: edit its text in place."""
    cell_activated = Signal(str, str)
    """An empty spot of a card cell was double-clicked: (step id, lane id)."""
    new_card_requested = Signal(str, str, str)
    """Keyboard: start a new card in (step id, lane id) with this text already typed."""
    cell_focused = Signal(QRectF)
    """The cell cursor moved to this rectangle (the view scrolls it into sight)."""
    refused = Signal(str)
    """A gesture could not be carried out; the text says why (for the status bar)."""
    border_hovered = Signal(str)
    """The pointer is over a step ("step") or lane ("lane") border, or over neither ("")."""
    line_edit_requested = Signal(str)
    """A blueprint line's name was double-clicked: its kind."""
    header_selected = Signal(str, str)
    """A header was clicked (not dragged): ("stage" | "step" | "lane", id)."""
    header_edit_requested = Signal(str, str)
    """A header was double-clicked: ("stage" | "step" | "lane", id)."""
    context_requested = Signal(str, str, str, QPoint)
    """Right click: (what, id, second id, screen position); what: card, stage, step, lane, cell."""

    def __init__(self, editor: Editor, map_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.map_id = map_id
        self._measure = CachedMeasure(QtTextMeasure())
        self._cell_cache = LayoutCache()
        self._labels = QtLabels()
        self.layout: MapLayout | None = None
        self.cards: dict[str, CardItem] = {}
        self._cell_items: dict[CellKey, CellItem] = {}
        self._lane_items: dict[str, CardLaneItem] = {}
        self._shown_lanes: dict[str, tuple[LaneCells, float]] = {}
        self._raised: list[QGraphicsItem] = []
        self._dragged_items: list[CardItem] = []
        self._blocks = False
        self._grid = GridItem()
        self.addItem(self._grid)
        self._decor: list[QGraphicsItem] = []
        self._stage_headers: list[QGraphicsItem] = []
        self._lane_headers: list[QGraphicsItem] = []
        self._lines: list[BlueprintLineItem] = []
        self._corner: CornerItem | None = None
        self._frozen_at = QPointF(0, 0)
        self._press: QPointF | None = None
        self._header_drag: HeaderDrag | None = None
        self._resize: ResizeDrag | None = None
        self._connect_from: str | None = None
        self._rubber_line = QGraphicsLineItem()
        rubber_pen = QPen(QColor(SELECTION), 2.0, Qt.PenStyle.DashLine)
        self._rubber_line.setPen(rubber_pen)
        self._rubber_line.setZValue(Z_INDICATOR)
        self._rubber_line.hide()
        self.addItem(self._rubber_line)
        self._drag_start: dict[str, QPointF] = {}
        self._dragging = False
        self._indicator = QGraphicsLineItem()
        self._indicator.setPen(QPen(QColor(SELECTION), 3.0))
        self._indicator.setZValue(Z_INDICATOR)
        self._indicator.hide()
        self.addItem(self._indicator)
        self.current_cell: CellKey | None = None
        self._cursor = QGraphicsRectItem()
        cursor_pen = QPen(QColor(SELECTION), 1.5, Qt.PenStyle.DashLine)
        self._cursor.setPen(cursor_pen)
        self._cursor.setZValue(Z_INDICATOR)
        self._cursor.hide()
        self.addItem(self._cursor)
        self.vote_clicks: Callable[[str, bool], None] | None = None
        """While dot voting, called with (card id, take away) for a click on a card."""
        self.theme_palette: Palette = EDITOR_PALETTE
        """The colours every item paints in (the projection themes swap it)."""
        self.setBackgroundBrush(QColor(self.theme_palette.canvas))
        # No BSP tree: a card edit moves whole lanes of cards, which the tree would re-index item
        # by item; cells clip their cards, so a frame or a click only visits cells in reach.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        editor.document.subscribe(self._on_change)
        self.relayout(rebuild_all=True)

    def set_theme(self, palette: Palette) -> None:
        """Paint the map in another palette (same layout, same items)."""
        self.theme_palette = palette
        self.setBackgroundBrush(QColor(palette.canvas))
        # Items keep pixmaps of themselves (and cells their blocks): each is told to repaint.
        for item in self.items():
            if isinstance(item, CellItem):
                item.forget_blocks()
            item.update()
        self.update()

    def detach(self) -> None:
        """Stop following the document (before the scene is dropped)."""
        self.editor.document.unsubscribe(self._on_change)

    # -- following the document ------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if isinstance(change, MapChanged) and change.map_id != self.map_id:
            return
        if self.editor.document.project.map(self.map_id) is None:
            return
        cards_only = False
        if isinstance(change, MapChanged) and not change.structure:
            self._cell_cache.forget(change.card_ids)  # only these cards' cells are laid out
            cards_only = bool(change.card_ids)
        else:
            self._cell_cache.forget()
        # A persona edit changes names in headers and keys only: the cards keep their items.
        self.relayout(rebuild_all=isinstance(change, ProjectChanged), cards_only=cards_only)

    def relayout(self, *, rebuild_all: bool = False, cards_only: bool = False) -> None:
        """Lay the map out again and bring the items in line with it.

        `cards_only`: only cards changed, so headers, curves and chips can be moved, not rebuilt.
        """
        document = self.editor.document
        journey_map = document.map(self.map_id)
        layout = layout_map(
            journey_map,
            self._measure,
            project=document.project,
            labels=self._labels,
            cache=self._cell_cache,
        )
        before, self.layout = self.layout, layout
        self._grid.set_layout(layout, journey_map)
        if rebuild_all:
            for lane_item in self._lane_items.values():
                self.removeItem(lane_item)
            self._lane_items.clear()
            self._cell_items.clear()
            self._shown_lanes.clear()
            self.cards.clear()
        self._place_cards(layout)
        if not (cards_only and before is not None and self._shift_decor(before, layout)):
            self._rebuild_decor(layout)
        margin = 40.0
        self.setSceneRect(QRectF(0, 0, layout.width + margin, layout.height + margin))
        self.freeze_headers(self._frozen_at)
        if self.current_cell is not None:
            still_there = layout.cell_rect(*self.current_cell) is not None
            self.set_current_cell(self.current_cell if still_there else None)

    def _place_cards(self, layout: MapLayout) -> None:
        """Move each lane's cells to their corners; give cells laid out afresh their cards' boxes.

        A lane whose cells are the same objects at the same height is passed over, so a change to
        one card costs its cells and the lanes below, not every card.
        """
        for raised in self._raised:
            raised.setZValue(Z_CARD)
        self._raised = []
        gone: set[str] = set()
        placed: set[str] = set()
        dropped: list[CellItem] = []
        shown: dict[str, tuple[LaneCells, float]] = {}
        for lane_id, filled in layout.lane_cells.items():
            y = layout.origin_y(lane_id)
            shown[lane_id] = (filled, y)
            lane_item = self._lane_items.get(lane_id)
            if lane_item is None:
                lane_item = self._lane_items[lane_id] = CardLaneItem()
                self.addItem(lane_item)
            if lane_item.y() != y:
                lane_item.setY(y)  # the lane's cells and cards move with it
            before = self._shown_lanes.get(lane_id)
            if before is not None and before[0] is filled:
                continue
            for cell, cell_layout in filled.layouts.items():
                cell_item = self._cell_items.get(cell)
                if cell_item is None:
                    cell_item = self._cell_items[cell] = CellItem()
                    cell_item.set_blocks(self._blocks)
                    cell_item.setParentItem(lane_item)
                x = layout.origin(cell)[0]
                if cell_item.x() != x:
                    cell_item.setX(x)
                if cell_item.layout is cell_layout:
                    continue
                if cell_item.layout is not None:
                    gone.update(cell_item.layout.ids)
                cell_item.set_layout(cell_layout, self._card_items(cell_item, cell_layout))
                placed.update(cell_layout.ids)
            if before is not None:
                dropped += self._emptied(before[0], filled)
        for lane_id, (filled, _) in self._shown_lanes.items():
            if lane_id not in shown:
                dropped += self._emptied(filled, None)
        self._shown_lanes = shown
        lanes_gone = [
            self._lane_items.pop(lane) for lane in list(self._lane_items) if lane not in shown
        ]
        for cell_item in dropped:
            if cell_item.layout is not None:
                gone.update(cell_item.layout.ids)
        # Cards that left the map go first: removing an emptied cell takes its children along.
        for card_id in gone - placed:
            if item := self.cards.pop(card_id, None):
                self.removeItem(item)
        for cell_item in dropped:
            self.removeItem(cell_item)
        for lane_item in lanes_gone:
            self.removeItem(lane_item)
        for item in self._dragged_items:
            if item.scene() is self:
                item.snap()  # a drag that ended without an edit leaves nothing behind
        self._dragged_items = []

    def _card_items(self, cell_item: CellItem, cell_layout: CellLayout) -> list[CardItem]:
        """The items of a cell's cards, made or moved into the cell, showing their new boxes."""
        items = []
        for box in cell_layout.boxes:
            card = self._cell_cache.card(box.card_id)
            assert card is not None
            item = self.cards.get(box.card_id)
            if item is None:
                item = self.cards[box.card_id] = CardItem(box, card)
                item.setParentItem(cell_item)
            elif item.parentItem() is not cell_item:
                item.setParentItem(cell_item)
            item.set_box(box, card)
            item.set_blocks(self._blocks)
            items.append(item)
        return items

    def _emptied(self, before: LaneCells, now: LaneCells | None) -> list[CellItem]:
        """The items of a lane's cells that held cards before and hold none now."""
        return [
            self._cell_items.pop(cell)
            for cell in before.layouts
            if (now is None or cell not in now.layouts) and cell in self._cell_items
        ]

    def set_detail(self, zoom: float) -> None:
        """Follow the view's zoom: below LOD_TEXT cells draw their cards as blocks."""
        blocks = zoom < LOD_TEXT
        if blocks == self._blocks:
            return
        self._blocks = blocks
        for cell_item in self._cell_items.values():
            cell_item.set_blocks(blocks)
        self._cache_decor([*self._decor, self._grid])

    def _cache_decor(self, items: list[QGraphicsItem]) -> None:
        """Zoomed out, headers, curves and chips are drawn once and then blitted each frame."""
        mode = (
            QGraphicsItem.CacheMode.DeviceCoordinateCache
            if self._blocks
            else QGraphicsItem.CacheMode.NoCache
        )
        for item in items:
            item.setCacheMode(mode)

    def _rebuild_decor(self, layout: MapLayout) -> None:
        """Headers, curves and chips: a few dozen items, rebuilt with every layout."""
        # A selected metric chip stays selected across the rebuild (its edit in the inspector
        # rebuilds it); the scene says nothing unless the selection really changed.
        chosen = set(self.selected_metric_ids())
        blocked = self.blockSignals(True)
        try:
            self._replace_decor(layout, chosen)
        finally:
            self.blockSignals(blocked)
        if chosen - set(self.selected_metric_ids()):
            self.selectionChanged.emit()

    def _replace_decor(self, layout: MapLayout, chosen: set[str]) -> None:
        for item in self._decor:
            self.removeItem(item)
        self._decor.clear()
        self._stage_headers.clear()
        self._lane_headers.clear()
        self._lines.clear()
        document = self.editor.document
        journey_map = document.map(self.map_id)
        stages = {stage.id: stage for stage in journey_map.stages}
        votes = stage_votes(journey_map)
        for header in layout.stages:
            item = StageHeaderItem(
                stages[header.stage_id],
                header.number,
                header.rect,
                header is layout.stages[-1],
                votes.get(header.stage_id, 0),
            )
            self._stage_headers.append(item)
        steps = {step.id: step for stage in journey_map.stages for step in stage.steps}
        for step_header in layout.steps:
            self._stage_headers.append(StepHeaderItem(steps[step_header.step_id], step_header.rect))
        lanes = {lane.id: lane for lane in journey_map.lanes}
        for row in layout.rows:
            ticks = [(t.y - row.y, t.label) for t in layout.ticks if t.lane_id == row.lane_id]
            self._lane_headers.append(
                LaneHeaderItem(
                    lanes[row.lane_id],
                    row.y,
                    layout.lane_header_width,
                    row.height,
                    ticks,
                    [c for c in layout.curves if c.lane_id == row.lane_id],
                    [c for c in layout.hidden_curves if c.lane_id == row.lane_id],
                )
            )
        names = [p.name for pid in journey_map.persona_ids if (p := document.project.persona(pid))]
        self._corner = CornerItem(
            journey_map, names, layout.lane_header_width, layout.header_height
        )
        self._lane_headers.append(
            LaneColumnItem(layout.lane_header_width, layout.header_height, layout.height)
        )
        self._decor += [*self._stage_headers, *self._lane_headers, self._corner]
        for curve in layout.curves:
            self._decor.append(CurveItem(curve))
            for point in curve.points:
                self._decor.append(EmotionPointItem(curve, point, self._point_released))
                if point.note:
                    self._decor.append(
                        NoteItem(point.note, point.x + 10, point.y + 6, curve.colour)
                    )
        self._decor += self._card_bound_decor(layout)
        metrics = {metric.id: metric for metric in journey_map.metrics}
        for chip in layout.chips.values():
            self._decor.append(MetricChipItem(metrics[chip.metric_id], chip.rect))
        for item in self._decor:
            self.addItem(item)
            if isinstance(item, MetricChipItem) and item.metric_id in chosen:
                item.setSelected(True)
        if self._blocks:
            self._cache_decor(self._decor)

    def _card_bound_decor(self, layout: MapLayout) -> list[QGraphicsItem]:
        """Blueprint lines, arrows and the key: what a change to cards alone can change."""
        self._lines = [
            BlueprintLineItem(line, layout.lane_header_width, layout.width) for line in layout.lines
        ]
        items: list[QGraphicsItem] = [*self._lines]
        items += [ConnectorItem(path) for path in layout.connectors]
        journey_map = self.editor.document.map(self.map_id)
        legend = LegendItem(
            journey_map, layout.lane_header_width, layout.height + 10, layout.card_markers()
        )
        if not legend.empty:
            items.append(legend)
        return items

    def _shift_decor(self, before: MapLayout, after: MapLayout) -> bool:
        """After a change to cards alone: move the decor of lanes that moved, not rebuild it.

        Headers stay; curves, points, notes and chips move with their lane (whose height a card
        cannot change); lane headers take their row's new height; lines, arrows and the key are
        made again. False (and nothing done) when anything else differs.
        """
        shape = (before.columns, before.stages, before.steps, before.width, before.header_height)
        if shape != (after.columns, after.stages, after.steps, after.width, after.header_height):
            return False
        if [row.lane_id for row in before.rows] != [row.lane_id for row in after.rows]:
            return False
        rigid = {c.lane_id for c in after.curves} | {t.lane_id for t in after.ticks}
        rigid |= {row.lane_id for row in after.rows if row.lane_id not in after.lane_cells}
        shifts = []
        for old, new in zip(before.rows, after.rows, strict=True):
            if old.height != new.height and new.lane_id in rigid:
                return False
            shifts.append(new.y - old.y)
        movable = (CurveItem, EmotionPointItem, NoteItem, MetricChipItem)
        kept = (StageHeaderItem, StepHeaderItem, CornerItem, LaneHeaderItem, LaneColumnItem)
        remade = (BlueprintLineItem, ConnectorItem, LegendItem)
        known = movable + kept + remade
        if not all(isinstance(item, known) for item in self._decor):
            return False
        # Stage vote badges from the cells' own counts (stage_votes would walk every card).
        stage_of = {column.step_id: column.stage_id for column in after.columns}
        votes: dict[str, int] = {}
        for (step_id, _), cell in after.cell_layouts.items():
            if cell.votes and step_id in stage_of:
                votes[stage_of[step_id]] = votes.get(stage_of[step_id], 0) + cell.votes
        if any(
            isinstance(item, StageHeaderItem) and item.votes != votes.get(item.stage_id, 0)
            for item in self._stage_headers
        ):
            return False  # a stage's vote badge changed: its header is made again
        tops = [row.y for row in before.rows]
        lane_index = {row.lane_id: i for i, row in enumerate(before.rows)}
        rows = {row.lane_id: row for row in after.rows}
        decor: list[QGraphicsItem] = []
        for item in self._decor:
            if isinstance(item, remade):
                self.removeItem(item)
                continue
            decor.append(item)
            if isinstance(item, LaneHeaderItem):
                row = rows[item.lane_id]
                item.set_geometry(row.y, row.height)
            elif isinstance(item, LaneColumnItem):
                item.set_height(after.height)
            elif isinstance(item, movable):
                if isinstance(item, (CurveItem, EmotionPointItem)):
                    index = lane_index[item.curve.lane_id]
                else:  # notes and chips: the lane they sit in
                    y = item.sceneBoundingRect().center().y()
                    index = bisect.bisect_right(tops, y) - 1
                dy = shifts[max(index, 0)]
                if dy and isinstance(item, EmotionPointItem):
                    item.shift(dy)
                elif dy:
                    item.moveBy(0, dy)
        added = self._card_bound_decor(after)
        for item in added:
            self.addItem(item)
        if self._blocks:
            self._cache_decor(added)
        self._decor = decor + added
        return True

    def freeze_headers(self, top_left: QPointF) -> None:
        """Keep stage headers at the top and lane headers at the left of the visible area."""
        self._frozen_at = top_left
        x, y = max(0.0, top_left.x()), max(0.0, top_left.y())
        for item in self._stage_headers:
            offset = item.offset_y if isinstance(item, StepHeaderItem) else 0.0
            item.setY(y + offset)
        for item in self._lane_headers:
            item.setX(x)
        if self.layout is not None:
            for line in self._lines:
                line.follow(x + self.layout.lane_header_width)
        if self._corner is not None:
            self._corner.setPos(x, y)

    # -- selection -------------------------------------------------------------------------------

    def selected_card_ids(self) -> list[str]:
        """Selected cards, in reading order (left to right, top to bottom)."""
        items = [item for item in self.selectedItems() if isinstance(item, CardItem)]
        items.sort(key=lambda item: (item.box.rect.x, item.box.rect.y))
        return [item.card_id for item in items]

    def selected_metric_ids(self) -> list[str]:
        """Selected metric chips."""
        return [item.metric_id for item in self.selectedItems() if isinstance(item, MetricChipItem)]

    def select_metric(self, metric_id: str) -> None:
        """Select exactly one metric chip."""
        self.clearSelection()
        for item in self._decor:
            if isinstance(item, MetricChipItem) and item.metric_id == metric_id:
                item.setSelected(True)

    def select_cards(self, card_ids: list[str]) -> None:
        """Select exactly these cards."""
        self.clearSelection()
        for card_id in card_ids:
            if item := self.cards.get(card_id):
                item.setSelected(True)

    # -- gestures --------------------------------------------------------------------------------

    def header_at(self, position: QPointF) -> tuple[str, str] | None:
        """("stage" | "step" | "lane", id) of the header under a point."""
        item = self._item_at(position)
        if isinstance(item, StageHeaderItem):
            return "stage", item.stage_id
        if isinstance(item, StepHeaderItem):
            return "step", item.step_id
        if isinstance(item, LaneHeaderItem):
            return "lane", item.lane_id
        return None

    def _vote_click(self, event: QGraphicsSceneMouseEvent) -> bool:
        """While dot voting, a click on a card is a dot sticker (Shift takes one off)."""
        vote = self.vote_clicks
        if vote is None or event.button() != Qt.MouseButton.LeftButton:
            return False
        clicked = self._item_at(event.scenePos())
        if not isinstance(clicked, CardItem):
            return False
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        card_id = clicked.card_id
        # The vote relayouts the cards: not inside this item's own event.
        QTimer.singleShot(0, lambda: vote(card_id, shift))
        event.accept()
        return True

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._vote_click(event):
            return
        self._header_drag = None
        self._resize = None
        self._connect_from = None
        if event.button() == Qt.MouseButton.LeftButton:
            source = next(
                (
                    item
                    for item in self.selectedItems()
                    if isinstance(item, CardItem) and item.on_handle(event.scenePos())
                ),
                None,
            )
            if source is not None:
                self._connect_from = source.card_id
                start = source.handle_centre()
                self._rubber_line.setLine(start.x(), start.y(), start.x(), start.y())
                self._rubber_line.show()
                event.accept()
                return
        border = (
            border_at(self.layout, event.scenePos(), self._frozen_origin())
            if self.layout is not None and event.button() == Qt.MouseButton.LeftButton
            else None
        )
        if border is not None:
            self._resize = ResizeDrag(border[0], border[1], border[2], event.scenePos())
            event.accept()
            return
        item = self._item_at(event.scenePos())
        header = self.header_at(event.scenePos())
        if event.button() == Qt.MouseButton.LeftButton and header is not None and item is not None:
            kind, item_id = header
            self._header_drag = HeaderDrag(kind, item_id, item, event.scenePos(), item.pos())
            self.clearSelection()
            event.accept()
            return
        super().mousePressEvent(event)
        self._press = None
        self._dragging = False
        if event.button() != Qt.MouseButton.LeftButton:
            return
        clicked = self._item_at(event.scenePos())
        if self.layout is not None:
            if isinstance(clicked, CardItem):
                self.set_current_cell((clicked.box.step_id, clicked.box.lane_id))
            elif clicked is None or isinstance(clicked, GridItem):
                position = event.scenePos()
                self.set_current_cell(self.layout.cell_at(position.x(), position.y()))
        if isinstance(clicked, CardItem):
            self._press = event.scenePos()
            self._drag_start = {cid: self.cards[cid].pos() for cid in self.selected_card_ids()}

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._connect_from is not None:
            line = self._rubber_line.line()
            self._rubber_line.setLine(
                line.x1(), line.y1(), event.scenePos().x(), event.scenePos().y()
            )
            event.accept()
            return
        if self._resize is not None and self.layout is not None:
            self._show_resize(event.scenePos())
            event.accept()
            return
        if not event.buttons() and self.layout is not None:
            border = border_at(self.layout, event.scenePos(), self._frozen_origin())
            self.border_hovered.emit("" if border is None else border[0])
        if self._header_drag is not None and self.layout is not None:
            self._header_drag.move(event.scenePos(), self.layout, self._indicator)
            event.accept()
            return
        super().mouseMoveEvent(event)
        if self._press is None:
            return
        if (
            not self._dragging
            and (event.scenePos() - self._press).manhattanLength() >= _DRAG_THRESHOLD
        ):
            self._dragging = True
            for card_id in self._drag_start:
                item = self.cards[card_id]
                cell = item.parentItem()
                lane = cell.parentItem() if cell is not None else None
                # Above the other cells' and lanes' cards too: stacking is among siblings.
                for raised in (item, cell, lane):
                    if raised is not None:
                        raised.setZValue(Z_DRAGGED)
                        self._raised.append(raised)
        if self._dragging:
            self._show_drop_indicator(event.scenePos())

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._connect_from is not None:
            source, self._connect_from = self._connect_from, None
            self._rubber_line.hide()
            target = self._item_at(event.scenePos())
            if isinstance(target, CardItem) and target.card_id != source:
                target_id = target.card_id
                # Adding rebuilds the arrows: not while Qt still delivers this event.
                QTimer.singleShot(
                    0, lambda: self.editor.add_connector(self.map_id, source, target_id)
                )
            event.accept()
            return
        if self._resize is not None:
            resize, self._resize = self._resize, None
            self._indicator.hide()
            size = round(resize.size_at(event.scenePos()))
            if abs(size - resize.start) >= 1:
                if resize.kind == "step":
                    self.editor.set_step_width(self.map_id, resize.item_id, float(size))
                else:
                    self.editor.set_lane_height(self.map_id, resize.item_id, float(size))
            event.accept()
            return
        if self._header_drag is not None:
            self._end_header_drag(event.scenePos())
            event.accept()
            return
        super().mouseReleaseEvent(event)
        if self._press is None:
            return
        dragged, self._press = self._dragging, None
        self._dragging = False
        self._indicator.hide()
        if not dragged:
            return
        if not self._drop(event.scenePos()):
            self.cancel_drag()

    def _frozen_origin(self) -> QPointF:
        return QPointF(max(0.0, self._frozen_at.x()), max(0.0, self._frozen_at.y()))

    def _show_resize(self, position: QPointF) -> None:
        layout, resize = self.layout, self._resize
        if layout is None or resize is None:
            return
        size = resize.size_at(position)
        if resize.kind == "step":
            column = layout.column(resize.item_id)
            if column is not None:
                x = column.x + size
                self._indicator.setLine(x, 0, x, layout.height)
        else:
            row = layout.row(resize.item_id)
            if row is not None:
                y = row.y + size
                self._indicator.setLine(0, y, layout.width, y)
        self._indicator.show()

    def _end_step_drag(self, drag: HeaderDrag, position: QPointF) -> None:
        layout = self.layout
        target = drag.step_target(layout, position) if layout is not None else None
        journey_map = self.editor.document.map(self.map_id)
        source = journey_map.stage_of_step(drag.item_id)
        if target is None or source is None:
            drag.cancel()
            return
        stage_id, index = target
        now = [t.id for t in source.steps].index(drag.item_id)
        if (stage_id, index) == (source.id, now):
            drag.cancel()
            return
        if stage_id != source.id and len(source.steps) == 1:
            drag.cancel()
            self.refused.emit(
                self.tr("The stage “{name}” needs at least one step.").format(name=source.name)
            )
            return
        QTimer.singleShot(
            0, lambda: self.editor.move_step(self.map_id, drag.item_id, stage_id, index)
        )

    def _end_header_drag(self, position: QPointF) -> None:
        drag, self._header_drag = self._header_drag, None
        self._indicator.hide()
        if drag is None or self.layout is None:
            return
        if not drag.active:
            entry = drag.item.curve_at(position) if isinstance(drag.item, LaneHeaderItem) else None
            if entry is not None:
                curve, hidden = entry
                QTimer.singleShot(
                    0,
                    lambda: self.editor.set_curve_hidden(
                        self.map_id, curve.lane_id, curve.persona_id, curve.variant, not hidden
                    ),
                )
                return
            self.header_selected.emit(drag.kind, drag.item_id)
            return
        if drag.kind == "step":
            self._end_step_drag(drag, position)
            return
        index = drag.target_index(self.layout, position)
        if index == drag.current_index(self.layout):
            drag.cancel()
            return
        move = self.editor.move_stage if drag.kind == "stage" else self.editor.move_lane
        # The move rebuilds the header items: not while Qt is still delivering this event.
        QTimer.singleShot(0, lambda: move(self.map_id, drag.item_id, index))

    def set_current_cell(self, cell: CellKey | None) -> None:
        """Move the cell cursor (the dashed frame keyboard input goes to)."""
        self.current_cell = cell
        rect = self.layout.cell_rect(*cell) if cell is not None and self.layout else None
        if rect is None:
            self._cursor.hide()
            return
        self._cursor.setRect(QRectF(rect.x + 2, rect.y + 2, rect.width - 4, rect.height - 4))
        self._cursor.show()
        self.cell_focused.emit(QRectF(rect.x, rect.y, rect.width, rect.height))

    def _navigate(self, event: QKeyEvent) -> bool:
        if self.layout is None or self._dragging or self._header_drag is not None:
            return False
        journey_map = self.editor.document.map(self.map_id)
        holds = {lane.id for lane in journey_map.lanes if lane.holds_cards}
        step = navigate(event, self.layout, holds, self.current_cell, self.selected_card_ids())
        if step is None:
            return False
        if step.action == "focus":
            self.select_cards(list(step.card_ids))
            self.set_current_cell(step.cell)
        elif step.action == "edit":
            self.card_edit_requested.emit(step.card_ids[0])
        elif step.action == "new" and step.cell is not None:
            self.set_current_cell(step.cell)
            self.new_card_requested.emit(step.cell[0], step.cell[1], step.text)
        elif step.action in ("move", "reorder") and step.cell is not None:
            cards = list(step.card_ids)
            self.editor.move_cards(self.map_id, cards, step.cell[0], step.cell[1], step.index)
            self.select_cards(cards)
            self.set_current_cell(step.cell)
        return True

    def focusNextPrevChild(self, next: bool) -> bool:
        # Qt routes Tab here, not to keyPressEvent, when no item has the focus: Tab walks cells.
        # (While a quick-capture note is open, the note itself takes Tab: see CardTextEditor.)
        key = Qt.Key.Key_Tab if next else Qt.Key.Key_Backtab
        event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)
        return self._navigate(event) or super().focusNextPrevChild(next)

    def selected_connector_ids(self) -> list[str]:
        """Selected arrows."""
        return [i.connector_id for i in self.selectedItems() if isinstance(i, ConnectorItem)]

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        # Text from an input method (Chinese, or Polish letters on some layouts) starts a note
        # in the current cell, as typed letters do; once a note is open it goes to the note.
        text = event.commitString()
        if self.focusItem() is None and text.strip() and self.layout is not None:
            journey_map = self.editor.document.map(self.map_id)
            holds = {lane.id for lane in journey_map.lanes if lane.holds_cards}
            cell = capture_cell(self.layout, holds, self.current_cell, self.selected_card_ids())
            if cell is not None:
                self.set_current_cell(cell)
                self.new_card_requested.emit(cell[0], cell[1], text)
                event.accept()
                return
        super().inputMethodEvent(event)

    def inputMethodQuery(self, query: Qt.InputMethodQuery) -> object:
        if self.focusItem() is None:
            # No note open: the input method may compose; its candidates show by the cell.
            if query == Qt.InputMethodQuery.ImEnabled:
                return True
            if query == Qt.InputMethodQuery.ImCursorRectangle and self._cursor.isVisible():
                return self._cursor.rect()
        return super().inputMethodQuery(query)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._connect_from is not None:
            self._connect_from = None
            self._rubber_line.hide()
            event.accept()
            return
        if self.focusItem() is None and self._navigate(event):
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and self._header_drag is not None:
            self._header_drag.cancel()
            self._header_drag = None
            self._indicator.hide()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and self._dragging:
            self._press = None
            self._dragging = False
            self._indicator.hide()
            self.cancel_drag()
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._vote_click(event):  # two quick dots, not an edit
            return
        line = next(
            (i for i in self.items(event.scenePos()) if isinstance(i, BlueprintLineItem)), None
        )
        if line is not None and line.label_rect().contains(event.scenePos()):
            self.line_edit_requested.emit(line.line.kind)
            event.accept()
            return
        border = (
            border_at(self.layout, event.scenePos(), self._frozen_origin()) if self.layout else None
        )
        if border is not None:  # a double-click on a border gives the size back to the layout
            if border[0] == "step":
                self.editor.set_step_width(self.map_id, border[1], None)
            else:
                self.editor.set_lane_height(self.map_id, border[1], None)
            event.accept()
            return
        header = self.header_at(event.scenePos())
        if header is not None:
            self.header_edit_requested.emit(*header)
            event.accept()
            return
        item = self._item_at(event.scenePos())
        if isinstance(item, CardItem):
            self.card_edit_requested.emit(item.card_id)
            event.accept()
            return
        if self.layout is not None and (item is None or isinstance(item, GridItem)):
            cell = self.layout.cell_at(event.scenePos().x(), event.scenePos().y())
            if cell is not None:
                lane = self.editor.document.map(self.map_id).lane(cell[1])
                if lane is not None and lane.holds_cards:
                    self.cell_activated.emit(*cell)
                    event.accept()
                    return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        position = event.scenePos()
        header = self.header_at(position)
        item = self._item_at(position)
        if header is not None:
            self.context_requested.emit(header[0], header[1], "", event.screenPos())
        elif isinstance(item, CardItem):
            if not item.isSelected():
                self.select_cards([item.card_id])
            self.context_requested.emit("card", item.card_id, "", event.screenPos())
        elif isinstance(item, ConnectorItem):
            self.clearSelection()
            item.setSelected(True)
            self.context_requested.emit("connector", item.connector_id, "", event.screenPos())
        elif self.layout is not None and (cell := self.layout.cell_at(position.x(), position.y())):
            self.context_requested.emit("cell", cell[0], cell[1], event.screenPos())
        else:
            return
        event.accept()

    def _item_at(self, position: QPointF) -> QGraphicsItem | None:
        """The topmost item under a point, looking through the cursor and drop indicator."""
        views = self.views()
        transform = views[0].transform() if views else QTransform()
        for item in self.items(
            position,
            Qt.ItemSelectionMode.IntersectsItemShape,
            Qt.SortOrder.DescendingOrder,
            transform,
        ):
            if item not in (self._cursor, self._indicator, self._rubber_line):
                return item
        return None

    def cancel_drag(self) -> None:
        """Put dragged cards back where the (unchanged) document says they are."""
        for card_id, position in self._drag_start.items():
            if item := self.cards.get(card_id):
                item.setPos(position)
        for raised in self._raised:
            raised.setZValue(Z_CARD)
        self._raised = []
        self._drag_start = {}

    def _drop_target(self, position: QPointF) -> tuple[str, str, int] | None:
        return self._card_target(position, set(self._drag_start))

    def _card_target(self, position: QPointF, moving: set[str]) -> tuple[str, str, int] | None:
        """(step, lane, index) where cards dropped at `position` land, or None off a card lane."""
        layout = self.layout
        if layout is None:
            return None
        cell = layout.cell_at(position.x(), position.y())
        if cell is None:
            return None
        lane = self.editor.document.map(self.map_id).lane(cell[1])
        if lane is None or not lane.holds_cards:
            return None
        return cell[0], cell[1], layout.insertion_index(cell[0], cell[1], position.y(), moving)

    def _drop(self, position: QPointF) -> bool:
        target = self._drop_target(position)
        if target is None:
            return False
        card_ids = list(self._drag_start)
        self._dragged_items = [self.cards[cid] for cid in card_ids if cid in self.cards]
        self._drag_start = {}
        # Keep the dragged cards' reading order within the target cell.
        moved = self.editor.move_cards(self.map_id, card_ids, *target)
        if not moved:
            self.relayout()
        return True

    def _show_drop_indicator(self, position: QPointF) -> None:
        target = self._drop_target(position)
        layout = self.layout
        if target is None or layout is None:
            self._indicator.hide()
            return
        step_id, lane_id, index = target
        rect = layout.cell_rect(step_id, lane_id)
        assert rect is not None
        others = [
            cid for cid in layout.cells.get((step_id, lane_id), []) if cid not in self._drag_start
        ]
        m = layout.metrics
        if index < len(others):
            y = layout.cards[others[index]].rect.y - m.card_gap / 2
        elif others:
            y = layout.cards[others[-1]].rect.bottom + m.card_gap / 2
        else:
            y = rect.y + m.cell_padding / 2
        self._indicator.setLine(rect.x + m.cell_padding, y, rect.right - m.cell_padding, y)
        self._indicator.show()

    # -- drops from the palette -----------------------------------------------------------------

    def _palette_target(self, what: str, position: QPointF) -> tuple[str, str, int] | int | None:
        """Where a palette drop lands: (step, lane, index) for a card, a lane index for a lane."""
        layout = self.layout
        if layout is None or not layout.columns:
            return None
        if what == "lane":
            if (
                position.x() < 0
                or position.x() > layout.width
                or position.y() < layout.header_height
            ):
                return None
            return sum(1 for row in layout.rows if row.y + row.height / 2 < position.y())
        return self._card_target(position, set())

    def show_palette_target(self, what: str, kind: LaneKind, position: QPointF) -> bool:
        """Show where a palette drop would land; False when it cannot land there."""
        target = self._palette_target(what, position)
        layout = self.layout
        if target is None or layout is None:
            self._indicator.hide()
            return False
        if isinstance(target, int):
            y = layout.rows[target].y if target < len(layout.rows) else layout.height
            self._indicator.setLine(0, y, layout.width, y)
            self._indicator.show()
        else:
            self._show_drop_indicator(position)
        return True

    def hide_palette_target(self) -> None:
        """Hide the drop indicator (the drag left or ended)."""
        self._indicator.hide()

    def drop_from_palette(self, what: str, kind: LaneKind, position: QPointF) -> bool:
        """Create a card (then edit its text) or a lane (then name it) where it was dropped."""
        target = self._palette_target(what, position)
        self._indicator.hide()
        if target is None:
            return False
        if isinstance(target, int):
            lane_id = self.editor.add_lane(self.map_id, target, kind, lane_kind_name(kind))
            QTimer.singleShot(0, lambda: self.header_edit_requested.emit("lane", lane_id))
            return True
        step_id, lane_id, index = target
        lane = self.editor.document.map(self.map_id).lane(lane_id)
        colour = LANE_TINTS[kind].fill if lane is not None and lane.kind != kind else None
        card = Card(id="new", step_id=step_id, lane_id=lane_id, colour=colour)
        card_ids = self.editor.add_cards(
            self.map_id, [card], step_id, lane_id, index, self.tr("Add card")
        )
        if card_ids:
            self.select_cards(card_ids)
            QTimer.singleShot(0, lambda: self.card_edit_requested.emit(card_ids[0]))
        return bool(card_ids)

    def drop_images(self, paths: list[Path], position: QPointF) -> list[str]:
        """Add dropped pictures as image cards in the cell under `position`; returns refusals."""
        target = self._palette_target("card", position)
        if target is None or isinstance(target, int):
            return [
                self.tr("Drop pictures on a cell of a card lane (for example a storyboard lane).")
            ]
        step_id, lane_id, index = target
        cards, problems = [], []
        for path in paths:
            try:
                image = import_image(path, description=path.stem)
            except ImageImportError as error:
                problems.append(str(error))
                continue
            cards.append(Card(id="new", step_id=step_id, lane_id=lane_id, image=image))
        if cards:
            label = (
                self.tr("Add picture")
                if len(cards) == 1
                else self.tr("Add %n pictures", None, len(cards))
            )
            self.select_cards(
                self.editor.add_cards(self.map_id, cards, step_id, lane_id, index, label)
            )
        return problems

    def _point_released(self, item: EmotionPointItem) -> None:
        layout = self.layout
        if layout is None:
            return
        row = layout.row(item.curve.lane_id)
        lane = self.editor.document.map(self.map_id).lane(item.curve.lane_id)
        if row is None or lane is None:
            return
        score = score_at(item.pos().y(), lane.effective_scale, *curve_band(row))
        if score == item.point.score:
            item.setPos(item.point.x, item.point.y)
            return
        curve, step_id = item.curve, item.point.step_id
        # The edit rebuilds the curve items, this one included: not inside its own event handler.
        QTimer.singleShot(
            0,
            lambda: self.editor.set_emotion_score(
                self.map_id, curve.lane_id, step_id, curve.persona_id, curve.variant, score
            ),
        )
