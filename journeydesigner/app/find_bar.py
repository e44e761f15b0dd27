"""Find: a bar over the canvas that selects the cards whose text, tags, channel or owner match."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from journeydesigner.model.project import JourneyMap


def matching_cards(journey_map: JourneyMap, query: str) -> list[str]:
    """Ids of the cards matching every word of `query` (case-insensitive), in reading order."""
    words = query.casefold().split()
    if not words:
        return []
    column = {step.id: i for i, step in enumerate(journey_map.steps())}
    row = {lane.id: i for i, lane in enumerate(journey_map.lanes)}
    found = []
    for card in journey_map.cards:
        haystack = " ".join(
            [card.text, *card.tags, card.channel or "", card.owner or "", card.recovery]
        ).casefold()
        if all(word in haystack for word in words):
            found.append(card)
    found.sort(key=lambda c: (column.get(c.step_id, 0), row.get(c.lane_id, 0), c.order))
    return [card.id for card in found]


class FindBar(QWidget):
    """Type to find; Enter or F3 goes to the next match, Shift+Enter back, Esc closes."""

    closed = Signal()

    def __init__(
        self, current_map: Callable[[], JourneyMap | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._current_map = current_map
        self.matches: list[str] = []
        self.position = -1
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Find cards, tags, channels, owners…"))
        self.field.setAccessibleName(self.tr("Find"))
        self.field.setClearButtonEnabled(True)
        self.count = QLabel()
        previous = QPushButton(self.tr("Previous"))
        following = QPushButton(self.tr("Next"))
        close = QPushButton(self.tr("Close"))
        for widget in (self.field, self.count, previous, following, close):
            layout.addWidget(widget)
        layout.setStretch(0, 1)
        self.field.textChanged.connect(self._search)
        self.field.returnPressed.connect(self.next)
        previous.clicked.connect(self.previous)
        following.clicked.connect(self.next)
        close.clicked.connect(self.close_bar)
        self.on_match: Callable[[list[str], str | None], None] = lambda _all, _one: None

    def open_bar(self) -> None:
        """Show the bar and put the cursor in it."""
        self.show()
        self.field.setFocus()
        self.field.selectAll()
        self._search(self.field.text())

    def close_bar(self) -> None:
        """Hide the bar; the canvas gets the focus back."""
        self.hide()
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.previous()
            return
        super().keyPressEvent(event)

    def _search(self, text: str) -> None:
        journey_map = self._current_map()
        self.matches = matching_cards(journey_map, text) if journey_map is not None else []
        self.position = 0 if self.matches else -1
        self._report()

    def next(self) -> None:
        """Go to the next match (wrapping around)."""
        if self.matches:
            self.position = (self.position + 1) % len(self.matches)
            self._report()

    def previous(self) -> None:
        """Go to the previous match (wrapping around)."""
        if self.matches:
            self.position = (self.position - 1) % len(self.matches)
            self._report()

    def _report(self) -> None:
        if not self.field.text().strip():
            self.count.setText("")
        elif not self.matches:
            self.count.setText(self.tr("No cards found"))
        else:
            self.count.setText(
                self.tr("{current} of {total}").format(
                    current=self.position + 1, total=len(self.matches)
                )
            )
        current = self.matches[self.position] if self.matches else None
        self.on_match(self.matches, current)
