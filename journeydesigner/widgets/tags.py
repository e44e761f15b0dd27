"""Tags as removable chips plus a field that adds one or several (comma-separated) tags."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QSizePolicy, QToolButton, QWidget

from journeydesigner.i18n import translate
from journeydesigner.layout.style import INK, RULE
from journeydesigner.model import limits
from journeydesigner.widgets.fields import FIELD_HEIGHT, ui_font
from journeydesigner.widgets.flow import FlowLayout

CHIP_HEIGHT = 28


def parse_tags(text: str, existing: list[str]) -> tuple[list[str], str | None]:
    """The new tags in `text` (comma-separated), or an explanation of why they are refused.

    Tags are trimmed; a tag already on the card is skipped quietly (adding it again is what the
    user wanted), but a too-long tag or going over the limit refuses the whole entry, so nothing
    half-happens.
    """
    new: list[str] = []
    for part in text.split(","):
        tag = part.strip()
        if not tag or tag in existing or tag in new:
            continue
        if len(tag) > limits.TAG_LENGTH:
            return [], translate(
                "tags", "A tag can be at most {limit} characters; “{start}…” has {length}."
            ).format(limit=limits.TAG_LENGTH, start=tag[:20], length=len(tag))
        new.append(tag)
    if len(existing) + len(new) > limits.LIST_ITEMS:
        return [], translate("tags", "A card can have at most {limit} tags.").format(
            limit=limits.LIST_ITEMS
        )
    return new, None


class _AddField(QLineEdit):
    """The "Add tag" field; Backspace when empty, or Left at the start, steps back to the chips."""

    back_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        at_start = self.cursorPosition() == 0 and not self.hasSelectedText()
        if (event.key() == Qt.Key.Key_Backspace and not self.text()) or (
            event.key() == Qt.Key.Key_Left and at_start
        ):
            self.back_requested.emit()
            return
        super().keyPressEvent(event)

    def focus_previous(self) -> None:
        """Give focus to the widget before this field, as Shift+Tab would."""
        self.setFocus(Qt.FocusReason.BacktabFocusReason)
        self.focusPreviousChild()


class TagEditor(QWidget):
    """Chips for a card's tags; each chip removes its tag, the field at the end adds tags.

    The keyboard works like a token field: the field is the Tab stop; Backspace (when empty) or
    Left moves onto the chips, Left and Right move between them, Backspace, Delete or Space
    removes one, Tab goes back to the field. Chips are not Tab stops, so a card with twenty tags
    does not cost twenty Tab presses.
    """

    added = Signal(list)
    """New tags (already validated), in the order typed."""
    removed = Signal(str)
    refused = Signal(str)
    """A sentence explaining why typed tags were not added."""

    def __init__(self, name: str = "Tags") -> None:
        super().__init__()
        self.setAccessibleName(name)
        self._tags: list[str] = []
        self._chips: list[QToolButton] = []
        self._focus_after: int | None = None
        self._layout = FlowLayout(self, spacing=6)
        self.field = _AddField()
        self.field.setObjectName("addTag")
        self.field.setPlaceholderText(self.tr("Add tag…"))
        self.field.setAccessibleName(self.tr("Add tags"))
        self.field.setAccessibleDescription(
            self.tr("Separate several tags with commas. Backspace moves to the tags to remove one.")
        )
        self.field.setToolTip(self.tr("Type a tag and press Enter; separate several with commas"))
        self.field.setFont(ui_font())
        self.field.setFixedHeight(FIELD_HEIGHT)
        self.field.setMinimumWidth(120)
        self.field.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.field.returnPressed.connect(self.add_typed)
        self.field.editingFinished.connect(self.add_typed)
        self.field.back_requested.connect(self._focus_last_chip)
        self._layout.addWidget(self.field)
        self.setFocusProxy(self.field)

    def tags(self) -> list[str]:
        """The tags shown."""
        return list(self._tags)

    def chips(self) -> list[QToolButton]:
        """The chip buttons, one per tag, in order."""
        return list(self._chips)

    def set_tags(self, tags: list[str]) -> None:
        """Show these tags (chips are rebuilt only when the list changed)."""
        if tags == self._tags:
            return
        for chip in self._chips:
            self._layout.removeWidget(chip)
            chip.deleteLater()
        self._tags = list(tags)
        self._chips = []
        for index, tag in enumerate(self._tags):
            chip = QToolButton()
            chip.setObjectName("tagChip")
            chip.setText(f"{tag}  ×")
            chip.setFont(ui_font(12))
            chip.setFixedHeight(CHIP_HEIGHT)
            chip.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            chip.setAccessibleName(self.tr("Remove tag {tag}").format(tag=tag))
            chip.setToolTip(self.tr("Remove “{tag}” (Backspace, Delete or Space)").format(tag=tag))
            chip.setStyleSheet(
                f"QToolButton {{ background: #EDF0F4; color: {INK}; border: 1px solid {RULE};"
                " border-radius: 13px; padding: 0 8px; }"
                " QToolButton:focus { border: 2px solid #0072B2; }"
            )
            chip.clicked.connect(lambda _checked=False, i=index: self._remove(i, i))
            chip.installEventFilter(self)
            self._layout.insert_widget(index, chip)
            # A layout shows a new child only at the next event-loop turn; show it now so it
            # can take focus straight away.
            chip.show()
            self._chips.append(chip)
        if self._focus_after is not None:
            # A chip removed from the keyboard hands focus to its neighbour, not to nowhere.
            after, self._focus_after = self._focus_after, None
            if self._chips and after >= 0:
                self._chips[min(after, len(self._chips) - 1)].setFocus()
            else:
                self.field.setFocus()

    def add_typed(self) -> None:
        """Add what is typed in the field, or explain why not."""
        text = self.field.text()
        if not text.strip():
            return
        new, problem = parse_tags(text, self._tags)
        if problem is not None:
            self.refused.emit(problem)
            return
        self.field.clear()
        if new:
            self.added.emit(new)

    def _remove(self, index: int, focus_after: int) -> None:
        self._focus_after = focus_after
        self.removed.emit(self._tags[index])
        self._focus_after = None

    def _focus_last_chip(self) -> None:
        if self._chips:
            self._chips[-1].setFocus(Qt.FocusReason.BacktabFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or watched not in self._chips:
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        index = self._chips.index(watched)
        key = event.key()
        if key == Qt.Key.Key_Left:
            self._chips[max(index - 1, 0)].setFocus()
        elif key == Qt.Key.Key_Right:
            target = self._chips[index + 1] if index + 1 < len(self._chips) else self.field
            target.setFocus()
        elif key == Qt.Key.Key_Backspace:
            self._remove(index, index - 1 if index > 0 else 0)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._remove(index, index if index + 1 < len(self._chips) else -1)
        elif key == Qt.Key.Key_Tab:
            self.field.setFocus(Qt.FocusReason.TabFocusReason)
        elif key == Qt.Key.Key_Backtab:
            self.field.focus_previous()
        else:
            return super().eventFilter(watched, event)
        return True
