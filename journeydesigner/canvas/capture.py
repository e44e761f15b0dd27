"""Quick capture: a room's ideas typed straight into cells, one sticky note after another.

Typing in a focused cell starts a note (keyboard.py turns keys into that); Enter keeps it and
starts the next in the same cell; Tab keeps it and moves to the next cell, Shift+Tab to the one
before; Esc ends. Text from an input method (Polish diacritics, Chinese) starts a note as well.
"""

from __future__ import annotations

from journeydesigner.canvas.keyboard import card_cells
from journeydesigner.layout.grid import CellKey, MapLayout


def next_cell(
    layout: MapLayout, holds_cards: set[str], current: CellKey | None, forward: bool
) -> CellKey | None:
    """The cell Tab (or Shift+Tab) goes to from `current`, in reading order, wrapping round."""
    cells = card_cells(layout, holds_cards)
    if not cells:
        return None
    if current not in cells:
        return cells[0 if forward else -1]
    return cells[(cells.index(current) + (1 if forward else -1)) % len(cells)]


def capture_cell(
    layout: MapLayout, holds_cards: set[str], current: CellKey | None, selected: list[str]
) -> CellKey | None:
    """Where typed text lands: the selected card's cell, else the cell cursor, else the first."""
    cells = card_cells(layout, holds_cards)
    if selected and selected[-1] in layout.cards:
        box = layout.cards[selected[-1]]
        current = (box.step_id, box.lane_id)
    if current in cells:
        return current
    return cells[0] if cells else None
