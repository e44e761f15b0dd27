"""A row of exclusive toggle buttons that takes one Tab stop; arrow keys move between them."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QGridLayout, QSizePolicy, QWidget

from journeydesigner.widgets.flow import FlowLayout

_NEXT = (Qt.Key.Key_Right, Qt.Key.Key_Down)
_PREVIOUS = (Qt.Key.Key_Left, Qt.Key.Key_Up)


class ChoiceRow(QWidget):
    """Exclusive toggle buttons, one of which (or none, for a mixed selection) is checked.

    Emits `chosen(value)` only when the user picks a button, never when `set_value` shows one,
    so showing the model never writes back to it. Only one button is a Tab stop at a time (the
    checked one, or the last focused), so a row of nine swatches does not take nine Tab presses.
    """

    chosen = Signal(object)

    def __init__(self, name: str, spacing: int = 6, columns: int = 0) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self._columns = columns
        # Either equal columns (a few wide buttons) or a flow that wraps (many small swatches).
        self._layout: FlowLayout | QGridLayout
        if columns:
            self._layout = QGridLayout(self)
            self._layout.setContentsMargins(0, 0, 0, 0)
            self._layout.setSpacing(spacing)
        else:
            self._layout = FlowLayout(self, spacing)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._values: list[tuple[QAbstractButton, object]] = []

    def add(self, button: QAbstractButton, value: object) -> None:
        """Add a button standing for `value`."""
        button.setCheckable(True)
        button.setAutoExclusive(False)
        button.installEventFilter(self)
        button.clicked.connect(lambda _checked=False, b=button: self.chosen.emit(self.value_of(b)))
        self._group.addButton(button)
        if isinstance(self._layout, QGridLayout):
            row, column = divmod(len(self._values), self._columns)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self._layout.addWidget(button, row, column)
        else:
            self._layout.addWidget(button)
        self._values.append((button, value))
        self._update_tab_stop()

    def buttons(self) -> list[QAbstractButton]:
        """The buttons, in order."""
        return [button for button, _ in self._values]

    def button_for(self, value: object) -> QAbstractButton | None:
        """The button standing for `value`."""
        return next((b for b, v in self._values if v == value), None)

    def value_of(self, button: QAbstractButton) -> object:
        """The value a button stands for."""
        return next(v for b, v in self._values if b is button)

    def value(self) -> object:
        """The value of the checked button, or None when none is checked."""
        return next((v for b, v in self._values if b.isChecked()), None)

    def set_value(self, value: object, *, mixed: bool = False) -> None:
        """Check the button for `value`; with `mixed`, check none (the selection disagrees)."""
        target = None if mixed else self.button_for(value)
        # An exclusive group refuses to uncheck its last checked button; lift that briefly.
        self._group.setExclusive(False)
        for button, _ in self._values:
            button.setChecked(button is target)
        self._group.setExclusive(True)
        self._update_tab_stop()

    def _update_tab_stop(self, focused: QAbstractButton | None = None) -> None:
        visible = [b for b, _ in self._values if not b.isHidden()]
        if not visible:
            return
        # Keep the stop where the keyboard is (a refresh must not pull it away), else checked.
        stop = (
            focused
            or next((b for b in visible if b.hasFocus()), None)
            or next((b for b in visible if b.isChecked()), visible[0])
        )
        for button, _ in self._values:
            button.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if button is stop else Qt.FocusPolicy.ClickFocus
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self._update_tab_stop(cast(QAbstractButton, watched))
        elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            visible = [b for b, _ in self._values if not b.isHidden()]
            if watched in visible:
                index = visible.index(watched)
                target = None
                if event.key() in _NEXT:
                    target = visible[min(index + 1, len(visible) - 1)]
                elif event.key() in _PREVIOUS:
                    target = visible[max(index - 1, 0)]
                elif event.key() == Qt.Key.Key_Home:
                    target = visible[0]
                elif event.key() == Qt.Key.Key_End:
                    target = visible[-1]
                if target is not None:
                    target.setFocus(Qt.FocusReason.TabFocusReason)
                    return True
        return super().eventFilter(watched, event)
