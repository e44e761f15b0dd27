"""Building blocks of the inspector's forms: labels, inline messages and fields that commit once.

The text fields here hold what the user is typing until they are done with it (focus leaves, or
Ctrl+Enter), then emit `committed` once. They remember the model value they last showed, so a
refresh after the user's own edit leaves their cursor alone and only a change made elsewhere (undo,
the canvas) replaces what they see.
"""

from __future__ import annotations

from collections.abc import Mapping

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QEvent, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from journeydesigner.canvas.fonts import FAMILIES
from journeydesigner.canvas.painting import evidence_marker, fail_marker
from journeydesigner.i18n import translate
from journeydesigner.layout.labels import QT_TRANSLATE_NOOP
from journeydesigner.layout.style import FAIL, INK, INK_SECONDARY, INK_TERTIARY
from journeydesigner.model.elements import Evidence

FIELD_HEIGHT = 34
"""Height of one-line fields and buttons (design README: editor fields are 34 px high)."""

UI_TEXT_PX = 13
SECTION_LABEL_PX = 11
ERROR_INK = "#A84300"
"""Vermillion darkened to 6:1 on white: the plain fail colour is too light for small text."""


def ui_font(pixels: int = UI_TEXT_PX, *, bold: bool = False) -> QFont:
    """The editor's UI font at a pixel size."""
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def section_label(text: str, buddy: QWidget | None = None) -> QLabel:
    """A field's label in tracked small capitals, tied to the field for mnemonics and readers."""
    label = QLabel(text)
    label.setObjectName("sectionLabel")
    font = ui_font(SECTION_LABEL_PX, bold=True)
    font.setCapitalization(QFont.Capitalization.AllUppercase)
    font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 0.7)
    label.setFont(font)
    label.setStyleSheet(f"color: {INK_TERTIARY};")
    if buddy is not None:
        label.setBuddy(buddy)
    return label


def secondary_label(text: str = "") -> QLabel:
    """Small grey text under a heading or beside a field."""
    label = QLabel(text)
    label.setFont(ui_font(12))
    label.setStyleSheet(f"color: {INK_SECONDARY};")
    label.setWordWrap(True)
    return label


class MessageLabel(QLabel):
    """An inline message under a field saying why a value was refused; hidden when empty."""

    def __init__(self, field: QWidget | None = None) -> None:
        super().__init__()
        self._field = field
        self.setObjectName("fieldMessage")
        self.setFont(ui_font(12))
        self.setStyleSheet(f"color: {ERROR_INK};")
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Problem"))
        self.hide()

    def show_message(self, text: str) -> None:
        """Show why the last value was refused."""
        self.setText(text)
        self.setVisible(bool(text))
        if self._field is not None:
            # Screen readers announce a field's description on focus: say what is wrong there
            # (on the part that takes focus, for a composite field).
            target = self._field.focusProxy() or self._field
            target.setAccessibleDescription(text)

    def clear_message(self) -> None:
        """Hide the message (the next edit was accepted, or the selection changed)."""
        self.show_message("")


class CommitTextEdit(QPlainTextEdit):
    """Multi-line text that commits on focus-out and Ctrl+Enter; Esc puts the shown value back."""

    committed = Signal(str)

    def __init__(self, name: str, lines: int = 4) -> None:
        super().__init__()
        self._loaded = ""
        self.setAccessibleName(name)
        self.setObjectName(name.replace(" ", "_"))
        # Tab must move to the next field, as everywhere else in the panel.
        self.setTabChangesFocus(True)
        self.setFont(ui_font())
        line = self.fontMetrics().lineSpacing()
        self.setFixedHeight(max(FIELD_HEIGHT, lines * line + 14))

    def reset(self, value: str) -> None:
        """Show another object's value, forgetting anything typed."""
        self._loaded = value
        self.setPlainText(value)

    def show_value(self, value: str) -> None:
        """Show the model value unless it is the one already shown (keeps typing and cursor)."""
        if value == self._loaded:
            return
        self._loaded = value
        if self.toPlainText() != value:
            position = self.textCursor().position()
            self.setPlainText(value)
            cursor = self.textCursor()
            cursor.setPosition(min(position, len(value)))
            self.setTextCursor(cursor)

    def is_dirty(self) -> bool:
        """Tell whether the field holds typing not yet committed."""
        return self.toPlainText() != self._loaded

    def revert(self) -> None:
        """Drop what was typed and show the model value again."""
        if self.is_dirty():
            self.reset(self._loaded)

    def commit(self) -> None:
        """Emit the typed text if it differs from the shown model value."""
        if self.is_dirty():
            self.committed.emit(self.toPlainText())

    def event(self, event: QEvent) -> bool:
        # Ctrl+Enter belongs to this field while it has focus, not to a window shortcut.
        if event.type() == QEvent.Type.ShortcutOverride and _is_ctrl_enter(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _is_ctrl_enter(event):
            self.commit()
            return
        if event.key() == Qt.Key.Key_Escape and self.is_dirty():
            self.revert()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        # A context menu or completer popup is not the user leaving the field.
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.commit()


class CommitLineEdit(QLineEdit):
    """One line of text that commits on Enter and focus-out; Esc puts the shown value back."""

    committed = Signal(str)

    def __init__(self, name: str) -> None:
        super().__init__()
        self._loaded = ""
        self.setAccessibleName(name)
        self.setObjectName(name.replace(" ", "_"))
        self.setFont(ui_font())
        self.setFixedHeight(FIELD_HEIGHT)
        self.editingFinished.connect(self.commit)

    def reset(self, value: str) -> None:
        """Show another object's value, forgetting anything typed."""
        self._loaded = value
        self.setText(value)

    def show_value(self, value: str) -> None:
        """Show the model value unless it is the one already shown (keeps typing and cursor)."""
        if value == self._loaded:
            return
        self._loaded = value
        if self.text() != value:
            position = self.cursorPosition()
            self.setText(value)
            self.setCursorPosition(min(position, len(value)))

    def is_dirty(self) -> bool:
        """Tell whether the field holds typing not yet committed."""
        return self.text() != self._loaded

    def revert(self) -> None:
        """Drop what was typed and show the model value again."""
        if self.is_dirty():
            self.reset(self._loaded)

    def commit(self) -> None:
        """Emit the typed text if it differs from the shown model value."""
        if self.is_dirty():
            self.committed.emit(self.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.is_dirty():
            self.revert()
            return
        super().keyPressEvent(event)


class MixedCheckBox(QCheckBox):
    """A check box that can show "some are, some are not"; a click then checks all."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setFont(ui_font())
        self.setMinimumHeight(FIELD_HEIGHT)

    def set_state(self, value: bool | None) -> None:
        """Checked, unchecked, or None for a mixed selection (without emitting clicked)."""
        self.setTristate(value is None)
        if value is None:
            self.setCheckState(Qt.CheckState.PartiallyChecked)
        else:
            self.setChecked(value)

    def nextCheckState(self) -> None:
        # The user never picks "mixed": from it a click means "all of them".
        if self.checkState() == Qt.CheckState.PartiallyChecked:
            self.setTristate(False)
            self.setChecked(True)
        else:
            super().nextCheckState()


EVIDENCE_NAMES: dict[Evidence, str] = {
    "observed": QT_TRANSLATE_NOOP("fields", "Observed"),
    "assumed": QT_TRANSLATE_NOOP("fields", "Assumed"),
    "proposed": QT_TRANSLATE_NOOP("fields", "Proposed"),
}
EVIDENCE_HINTS: dict[Evidence, str] = {
    "observed": QT_TRANSLATE_NOOP("fields", "Seen in research (filled disc)"),
    "assumed": QT_TRANSLATE_NOOP("fields", "Believed, not yet checked (half-filled disc)"),
    "proposed": QT_TRANSLATE_NOOP("fields", "A proposal for the future (dashed ring)"),
}


def _pixmap(size: int) -> tuple[QPixmap, QPainter]:
    # Draw at twice the size so the marker stays crisp on high-density screens.
    pixmap = QPixmap(QSize(size * 2, size * 2))
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


def evidence_icon(evidence: Evidence, size: int = 16) -> QIcon:
    """The canvas's evidence marker (disc, half disc, dashed ring) as an icon."""
    pixmap, painter = _pixmap(size)
    evidence_marker(painter, QPointF(size / 2, size / 2), size * 0.34, evidence, INK)
    painter.end()
    return QIcon(pixmap)


def fail_icon(size: int = 16) -> QIcon:
    """The canvas's fail-point triangle as an icon."""
    pixmap, painter = _pixmap(size)
    fail_marker(painter, QPointF(size / 2, size / 2 + 1), size * 0.9, FAIL)
    painter.end()
    return QIcon(pixmap)


def model_error(obj: BaseModel, fields: Mapping[str, object]) -> str | None:
    """Why the model would refuse these values, in words; None when it would take them.

    The values are tried on a copy, so the real object never sees them. This is the last line
    of defence behind the friendlier checks each field makes: an edit that the model refuses
    inside an undo command would leave a broken command on the stack.
    """
    probe = obj.model_copy()
    try:
        for name, value in fields.items():
            setattr(probe, name, value)
    except ValidationError as error:
        return error_words(error)
    return None


def error_words(error: ValidationError) -> str:
    """The first problem pydantic found, as a sentence."""
    first = error.errors()[0]
    message = str(first.get("msg", translate("fields", "This value is not allowed")))
    return message.removeprefix("Value error, ").rstrip(".") + "."


def _is_ctrl_enter(event: QEvent) -> bool:
    return (
        isinstance(event, QKeyEvent)
        and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
    )
