"""A duration as a number and a unit (minutes, hours, days), stored in minutes."""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from journeydesigner.i18n import translate
from journeydesigner.layout.labels import QT_TRANSLATE_NOOP
from journeydesigner.model import limits
from journeydesigner.widgets.fields import FIELD_HEIGHT, CommitLineEdit, ui_font

UNITS: tuple[tuple[str, int], ...] = (
    (QT_TRANSLATE_NOOP("duration", "minutes"), 1),
    (QT_TRANSLATE_NOOP("duration", "hours"), 60),
    (QT_TRANSLATE_NOOP("duration", "days"), 24 * 60),
)
"""Each unit with its length in minutes."""


def format_number(value: float) -> str:
    """A number as people write it: no trailing zeros, at most two decimals."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    text = text if text not in ("", "-0") else "0"
    # The interface's decimal separator ("1,5" in Polish); parsing takes either.
    return text.replace(".", QLocale().decimalPoint())


def best_unit(minutes: float) -> int:
    """The index in UNITS that shows `minutes` as the smallest whole number."""
    for index in range(len(UNITS) - 1, 0, -1):
        size = UNITS[index][1]
        if minutes >= size and minutes % size == 0:
            return index
    return 0


def parse_duration(text: str, unit_minutes: int) -> tuple[float | None, str | None]:
    """Minutes from typed text in a unit, or a reason to refuse it; empty text clears."""
    cleaned = text.strip().replace(",", ".").replace(" ", "")
    if not cleaned:
        return None, None
    try:
        number = float(cleaned)
    except ValueError:
        return None, translate(
            "duration", "Write the duration as a number, such as 5 or 1.5 (not “{text}”)."
        ).format(text=text.strip())
    if not math.isfinite(number):
        return None, translate("duration", "Write the duration as a number, such as 5 or 1.5.")
    if number < 0:
        return None, translate("duration", "A duration cannot be negative.")
    minutes = number * unit_minutes
    if minutes > limits.DURATION_MAX_MINUTES:
        return None, translate("duration", "A duration can be at most ten years.")
    # Whole minutes stay whole: 1.5 hours is 90.0, not 90.00000000001.
    return round(minutes, 6), None


class DurationEdit(QWidget):
    """Number plus unit; emits `committed(minutes or None)` or `refused(reason)`."""

    committed = Signal(object)
    refused = Signal(str)

    def __init__(self, name: str = "Duration") -> None:
        super().__init__()
        self.setAccessibleName(name)
        self._loaded: float | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.number = CommitLineEdit(self.tr("{name} amount").format(name=name))
        self.number.setPlaceholderText(self.tr("Not set"))
        self.number.setToolTip(self.tr("How long this step takes; leave empty for none"))
        self.unit = QComboBox()
        self.unit.setAccessibleName(self.tr("{name} unit").format(name=name))
        self.unit.setFont(ui_font())
        self.unit.setFixedHeight(FIELD_HEIGHT)
        for unit_name, _ in UNITS:
            self.unit.addItem(translate("duration", unit_name))
        layout.addWidget(self.number, 1)
        layout.addWidget(self.unit, 1)
        self.setFocusProxy(self.number)
        self.number.committed.connect(lambda _text: self.commit())
        # A new unit means "the number I typed is in this unit", as on a form.
        self.unit.activated.connect(lambda _index: self.commit(force=True))

    def reset(self, minutes: float | None) -> None:
        """Show another object's duration, forgetting anything typed."""
        self._loaded = minutes
        if minutes is None:
            self.number.reset("")
            return
        index = best_unit(minutes)
        self.unit.setCurrentIndex(index)
        self.number.reset(format_number(minutes / UNITS[index][1]))

    def show_value(self, minutes: float | None) -> None:
        """Show the model value unless it is the one already shown (keeps the chosen unit)."""
        if minutes == self._loaded:
            return
        typed, problem = parse_duration(self.number.text(), UNITS[self.unit.currentIndex()][1])
        if problem is None and typed == minutes:
            # What is typed already says this (the user's own "1.5 hours"): keep their unit.
            self._loaded = minutes
            self.number.show_value(self.number.text())
            return
        self.reset(minutes)

    def commit(self, *, force: bool = False) -> None:
        """Emit the typed duration in minutes if it changed, or say why it cannot be used."""
        if not force and not self.number.is_dirty():
            return
        minutes, problem = parse_duration(self.number.text(), UNITS[self.unit.currentIndex()][1])
        if problem is not None:
            self.refused.emit(problem)
        elif minutes != self._loaded:
            self.committed.emit(minutes)
