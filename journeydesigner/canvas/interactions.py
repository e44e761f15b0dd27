"""Gestures on headers: drag a stage header sideways or a lane header up and down to reorder.

A gesture moves only items while it lasts; on release it ends in one editor call, and Esc or a
drop where nothing would change puts the header back.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsLineItem

from journeydesigner.layout.grid import MapLayout

DRAG_THRESHOLD = 4.0


@dataclass
class HeaderDrag:
    """A stage or lane header being dragged to a new position."""

    kind: str
    """"stage", "step" or "lane"."""
    item_id: str
    item: QGraphicsItem
    press: QPointF
    origin: QPointF
    active: bool = False

    def move(self, position: QPointF, layout: MapLayout, indicator: QGraphicsLineItem) -> None:
        """Follow the pointer along the header's axis and show where it would land."""
        delta = position - self.press
        if not self.active and delta.manhattanLength() < DRAG_THRESHOLD:
            return
        self.active = True
        self.item.setOpacity(0.75)
        if self.kind in ("stage", "step"):
            self.item.setX(self.origin.x() + delta.x())
            x = self._boundary(layout, position)
            indicator.setLine(QLineF(x, 0, x, layout.height))
        else:
            self.item.setY(self.origin.y() + delta.y())
            y = self._boundary(layout, position)
            indicator.setLine(QLineF(0, y, layout.width, y))
        indicator.show()

    def step_target(self, layout: MapLayout, position: QPointF) -> tuple[str, int] | None:
        """(stage id, index among its other steps) where a dragged step lands."""
        stage = next((s for s in layout.stages if s.rect.x <= position.x() <= s.rect.right), None)
        if stage is None:
            stage = (
                layout.stages[0] if position.x() < layout.stages[0].rect.x else layout.stages[-1]
            )
        centres = [
            c.x + c.width / 2
            for c in layout.columns
            if c.stage_id == stage.stage_id and c.step_id != self.item_id
        ]
        return stage.stage_id, sum(1 for c in centres if c < position.x())

    def target_index(self, layout: MapLayout, position: QPointF) -> int:
        """The index the dragged stage, step or lane gets, counted among the others."""
        if self.kind == "step":
            centres = [c.x + c.width / 2 for c in layout.columns if c.step_id != self.item_id]
            return sum(1 for c in centres if c < position.x())
        if self.kind == "stage":
            centres = [s.rect.center_x for s in layout.stages if s.stage_id != self.item_id]
            return sum(1 for c in centres if c < position.x())
        centres = [r.y + r.height / 2 for r in layout.rows if r.lane_id != self.item_id]
        return sum(1 for c in centres if c < position.y())

    def current_index(self, layout: MapLayout) -> int:
        """The index of the dragged stage, step or lane now."""
        if self.kind == "step":
            return next(i for i, c in enumerate(layout.columns) if c.step_id == self.item_id)
        if self.kind == "stage":
            return next(i for i, s in enumerate(layout.stages) if s.stage_id == self.item_id)
        return next(i for i, r in enumerate(layout.rows) if r.lane_id == self.item_id)

    def cancel(self) -> None:
        """Put the header back."""
        self.item.setPos(self.origin)
        self.item.setOpacity(1.0)

    def _boundary(self, layout: MapLayout, position: QPointF) -> float:
        index = self.target_index(layout, position)
        if self.kind == "step":
            columns = [c for c in layout.columns if c.step_id != self.item_id]
            return columns[index].x if index < len(columns) else layout.width
        if self.kind == "stage":
            others = [s.rect for s in layout.stages if s.stage_id != self.item_id]
            return others[index].x if index < len(others) else layout.width
        rows = [r for r in layout.rows if r.lane_id != self.item_id]
        return rows[index].y if index < len(rows) else layout.height


MIN_STEP_WIDTH = 80.0
MIN_LANE_HEIGHT = 40.0
BORDER_GRIP = 4.0
"""How close (in scene units) to a header border the pointer must be to resize."""


@dataclass
class ResizeDrag:
    """The border between two step headers or two lane headers, dragged to resize."""

    kind: str
    """"step" (width) or "lane" (height)."""
    item_id: str
    start: float
    """The size when the drag began."""
    press: QPointF

    def size_at(self, position: QPointF) -> float:
        """The size the border's position gives."""
        if self.kind == "step":
            return max(MIN_STEP_WIDTH, self.start + position.x() - self.press.x())
        return max(MIN_LANE_HEIGHT, self.start + position.y() - self.press.y())


def border_at(
    layout: MapLayout, position: QPointF, frozen: QPointF
) -> tuple[str, str, float] | None:
    """("step" | "lane", id, current size) when the point is on a header border."""
    x, y = position.x(), position.y()
    if frozen.y() <= y <= frozen.y() + layout.header_height:
        for column in layout.columns:
            if abs(x - (column.x + column.width)) <= BORDER_GRIP:
                return "step", column.step_id, column.width
    if frozen.x() <= x <= frozen.x() + layout.lane_header_width:
        for row in layout.rows:
            if abs(y - (row.y + row.height)) <= BORDER_GRIP:
                return "lane", row.lane_id, row.height
    return None
