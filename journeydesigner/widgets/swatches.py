"""Colour swatches from the workshop palette, with a reset to the lane's (or kind's) colour."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton, QToolButton

from journeydesigner.i18n import translate
from journeydesigner.layout.labels import QT_TRANSLATE_NOOP
from journeydesigner.layout.style import ACCENT, darker
from journeydesigner.widgets.choices import ChoiceRow
from journeydesigner.widgets.fields import ui_font

WORKSHOP_PALETTE: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("swatches", "Yellow"), "#FFF0B3"),
    (QT_TRANSLATE_NOOP("swatches", "Blue grey"), "#EEF2F8"),
    (QT_TRANSLATE_NOOP("swatches", "Pink"), "#FBDDDD"),
    (QT_TRANSLATE_NOOP("swatches", "Green"), "#D7EFE2"),
    (QT_TRANSLATE_NOOP("swatches", "Sky blue"), "#E3F1FA"),
    (QT_TRANSLATE_NOOP("swatches", "Lilac"), "#ECE4F5"),
    (QT_TRANSLATE_NOOP("swatches", "White"), "#FFFFFF"),
    (QT_TRANSLATE_NOOP("swatches", "Grey"), "#E8EAEE"),
)
"""The sticky-note tints of a workshop wall, named for people who cannot tell them apart."""

SWATCH_SIZE = 30


class SwatchButton(QAbstractButton):
    """A round colour swatch; a ring shows the chosen one, a dashed ring shows keyboard focus."""

    def __init__(self, name: str, colour: str) -> None:
        super().__init__()
        self.colour = colour
        self.set_colour(name, colour)
        self.setFixedSize(QSize(SWATCH_SIZE, SWATCH_SIZE))
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_colour(self, name: str, colour: str) -> None:
        """Change the colour this swatch stands for."""
        self.colour = colour
        self.setAccessibleName(f"{name} ({colour})")
        self.setToolTip(f"{name} {colour}")
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(5, 5, -5, -5)
        painter.setPen(QPen(QColor(darker(self.colour, 0.78)), 1.0))
        painter.setBrush(QColor(self.colour))
        painter.drawEllipse(box)
        if self.isChecked():
            painter.setPen(QPen(QColor(ACCENT), 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5))
        if self.hasFocus():
            pen = QPen(QColor(ACCENT), 1.0, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()


class ColourSwatches(ChoiceRow):
    """Pick a card or lane colour: a palette swatch, or the reset that stores None.

    A colour from the file that is not in the palette appears as one extra swatch, so what is
    stored is always visible and can be picked again after trying another.
    """

    def __init__(self, name: str, reset_text: str, reset_hint: str) -> None:
        super().__init__(name, spacing=4)
        for colour_name, colour in WORKSHOP_PALETTE:
            self.add(SwatchButton(translate("swatches", colour_name), colour), colour)
        self._custom = SwatchButton(self.tr("Custom colour"), "#FFFFFF")
        self._custom.hide()
        self.add(self._custom, "custom")
        self.reset_button = QToolButton()
        self.reset_button.setText(reset_text)
        self.reset_button.setToolTip(reset_hint)
        self.reset_button.setAccessibleName(reset_text)
        self.reset_button.setFont(ui_font(12))
        self.reset_button.setFixedHeight(SWATCH_SIZE)
        self.reset_button.setObjectName("resetColour")
        self.add(self.reset_button, None)

    def value_of(self, button: QAbstractButton) -> object:
        """The colour a button stands for (the custom swatch's changes with the selection)."""
        return self._custom.colour if button is self._custom else super().value_of(button)

    def swatch(self, colour: str) -> QAbstractButton:
        """The palette swatch of a colour (for tests and keyboard shortcuts)."""
        button = self.button_for(colour.upper())
        if button is None:
            raise KeyError(colour)
        return button

    def set_colour(self, colour: str | None, *, mixed: bool = False) -> None:
        """Show the stored colour (`None` checks the reset); `mixed` checks nothing."""
        key = colour.upper() if colour else None
        known = key is None or any(key == value for _, value in WORKSHOP_PALETTE)
        if mixed or known:
            self._custom.hide()
            self.set_value(key, mixed=mixed)
            return
        assert key is not None
        self._custom.set_colour(self.tr("Custom colour"), key)
        self._custom.show()
        self.set_value("custom")
