"""Keyboard-only map building: a cell cursor, moving between cells and cards, typing to add.

- Arrows move between cards of a cell and between cells; Tab / Shift+Tab to the next cell.
- Enter edits the selected card, or starts a new card in the current cell; typing any text
  starts a new card with it (quick capture).
- Alt+arrows move the selected cards: left and right to the neighbouring cell, up and down
  within the cell.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from journeydesigner.layout.grid import CellKey, MapLayout


@dataclass(frozen=True)
class Navigation:
    """What a key asks for: select these cards in this cell, edit, add, or move cards."""

    action: str
    """"focus", "edit", "new", "move" or "reorder"."""
    cell: CellKey | None = None
    card_ids: tuple[str, ...] = ()
    text: str = ""
    index: int = 0


def card_cells(layout: MapLayout, holds_cards: set[str]) -> list[CellKey]:
    """Every cell that can hold cards, in reading order (lane by lane, left to right)."""
    return [
        (column.step_id, row.lane_id)
        for row in layout.rows
        if row.lane_id in holds_cards
        for column in layout.columns
    ]


def navigate(
    event: QKeyEvent,
    layout: MapLayout,
    holds_cards: set[str],
    current: CellKey | None,
    selected: list[str],
) -> Navigation | None:
    """Turn a key press into a navigation, or None when the key is not ours."""
    cells = card_cells(layout, holds_cards)
    if not cells:
        return None
    key = event.key()
    modifiers = event.modifiers()
    alt = bool(modifiers & Qt.KeyboardModifier.AltModifier)
    ctrl = bool(
        modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier)
    )
    if selected and selected[-1] in layout.cards:
        # A selected card is more specific than the cell cursor: keys act from its cell.
        box = layout.cards[selected[-1]]
        current = (box.step_id, box.lane_id)
    if current not in cells:
        current = None
    if alt and selected and current is not None:
        return _move(key, layout, cells, current, selected)
    if ctrl:
        return None
    if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        if selected:
            return Navigation("edit", current, (selected[0],))
        return Navigation("new", current or cells[0])
    if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
        backwards = key == Qt.Key.Key_Backtab or bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        if current is None:
            target = cells[-1 if backwards else 0]
        else:
            target = cells[(cells.index(current) + (-1 if backwards else 1)) % len(cells)]
        return _focus(layout, target, first=True)
    if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
        if current is None:
            return _focus(layout, cells[0], first=True)
        return _arrow(key, layout, cells, current, selected)
    text = event.text()
    if text and text.isprintable() and not text.isspace():
        return Navigation("new", current or cells[0], text=text)
    return None


def _focus(layout: MapLayout, cell: CellKey, *, first: bool) -> Navigation:
    cards = layout.cells.get(cell, [])
    chosen = (cards[0],) if cards and first else (cards[-1],) if cards else ()
    return Navigation("focus", cell, chosen)


def _arrow(
    key: int, layout: MapLayout, cells: list[CellKey], current: CellKey, selected: list[str]
) -> Navigation:
    step_ids = [c.step_id for c in layout.columns]
    lane_ids = [r.lane_id for r in layout.rows if (step_ids[0], r.lane_id) in cells]
    column, row = step_ids.index(current[0]), lane_ids.index(current[1])
    cards = layout.cells.get(current, [])
    position = cards.index(selected[-1]) if selected and selected[-1] in cards else None
    if key == Qt.Key.Key_Left:
        return _focus(layout, (step_ids[max(column - 1, 0)], current[1]), first=True)
    if key == Qt.Key.Key_Right:
        return _focus(
            layout, (step_ids[min(column + 1, len(step_ids) - 1)], current[1]), first=True
        )
    if key == Qt.Key.Key_Up:
        if position is not None and position > 0:
            return Navigation("focus", current, (cards[position - 1],))
        return _focus(layout, (current[0], lane_ids[max(row - 1, 0)]), first=False)
    if position is not None and position < len(cards) - 1:
        return Navigation("focus", current, (cards[position + 1],))
    return _focus(layout, (current[0], lane_ids[min(row + 1, len(lane_ids) - 1)]), first=True)


def _move(
    key: int, layout: MapLayout, cells: list[CellKey], current: CellKey, selected: list[str]
) -> Navigation | None:
    step_ids = [c.step_id for c in layout.columns]
    column = step_ids.index(current[0])
    cards = layout.cells.get(current, [])
    if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
        offset = -1 if key == Qt.Key.Key_Left else 1
        target_column = column + offset
        if not 0 <= target_column < len(step_ids):
            return None
        target = (step_ids[target_column], current[1])
        return Navigation("move", target, tuple(selected), index=len(layout.cells.get(target, [])))
    if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
        positions = [cards.index(cid) for cid in selected if cid in cards]
        if not positions:
            return None
        if key == Qt.Key.Key_Up:
            if min(positions) == 0:
                return None
            index = min(positions) - 1
        else:
            if max(positions) == len(cards) - 1:
                return None
            # counted among the cards that stay: after the one that followed the selection
            index = max(positions) + 2 - len(positions)
        return Navigation("reorder", current, tuple(selected), index=index)
    return None
