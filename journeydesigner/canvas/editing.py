"""Editing a card's text in place, over the card, like writing on a sticky note."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QRectF, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFocusEvent, QKeyEvent, QPainter, QPen, QTextOption
from PySide6.QtWidgets import QGraphicsTextItem, QStyleOptionGraphicsItem, QWidget

from journeydesigner.canvas.fonts import qfont
from journeydesigner.layout.style import DEFAULT_METRICS, SELECTION

Z_EDITOR = 200.0


class CardTextEditor(QGraphicsTextItem):
    """An editable text box over a card. Enter commits, Shift+Enter breaks the line, Esc cancels.

    Leaving the box (clicking elsewhere) commits too, as on paper: what you wrote stays.
    """

    is_text_editor = True

    def __init__(
        self,
        rect: QRectF,
        text: str,
        on_commit: Callable[[str], None],
        on_cancel: Callable[[], None],
        *,
        single_line: bool = False,
        on_tab: Callable[[bool], None] | None = None,
    ) -> None:
        super().__init__(text)
        self._single_line = single_line
        self._on_tab = on_tab
        self.ended_with_enter = False
        self.setZValue(Z_EDITOR)
        self.setFont(qfont(DEFAULT_METRICS.card_text))
        self.setDefaultTextColor(QColor("#1B2330"))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setTextWidth(rect.width() - 8)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self.document().setDocumentMargin(4)
        self.setPos(rect.x() + 4, rect.y() + 4)
        self._min_height = rect.height() - 8
        self._on_commit = on_commit
        self._on_cancel = on_cancel
        self._done = False

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        box = self.boundingRect()
        box.setHeight(max(box.height(), self._min_height))
        painter.setPen(QPen(QColor(SELECTION), 2.0))
        painter.setBrush(QBrush(QColor("#FFFFFF")))
        painter.drawRoundedRect(box, 4, 4)
        super().paint(painter, option, widget)  # type: ignore[arg-type]

    def start(self, *, select_all: bool = True) -> None:
        """Take the keyboard focus, with all text selected or the cursor at the end."""
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        cursor = self.textCursor()
        if select_all:
            cursor.select(cursor.SelectionType.Document)
        else:
            cursor.movePosition(cursor.MoveOperation.End)
        self.setTextCursor(cursor)

    def text(self) -> str:
        """What was typed."""
        return self.toPlainText()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.finish(commit=False)
            event.accept()
            return
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (self._single_line or not shift):
            self.ended_with_enter = True
            self.finish(commit=True)
            event.accept()
            return
        super().keyPressEvent(event)

    def sceneEvent(self, event: QEvent) -> bool:
        # QGraphicsTextItem types Tab into the text before keyPressEvent sees it; a note that
        # takes part in quick capture keeps its text and moves on to the next cell instead.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                if self.tab(not (key == Qt.Key.Key_Backtab or shift)):
                    event.accept()
                    return True
        return super().sceneEvent(event)

    def tab(self, forward: bool) -> bool:
        """Tab or Shift+Tab while writing: keep the text and hand over; False when not ours."""
        if self._on_tab is None or self._done:
            return False
        on_tab = self._on_tab
        self.finish(commit=True)
        on_tab(forward)
        return True

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.finish(commit=True)

    def finish(self, *, commit: bool) -> None:
        """End editing once: hand the text over (or cancel) and leave the scene."""
        if self._done:
            return
        self._done = True
        text = self.text()
        self.hide()
        # Removing the item inside its own key or focus event would crash Qt: do it right after.
        QTimer.singleShot(0, self._leave_scene)
        if commit:
            self._on_commit(text)
        else:
            self._on_cancel()

    def _leave_scene(self) -> None:
        scene = self.scene()
        if scene is not None:
            scene.removeItem(self)

    def boundingRect(self) -> QRectF:
        rect = super().boundingRect()
        rect.setHeight(max(rect.height(), self._min_height))
        return rect
