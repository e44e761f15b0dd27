"""The bundled fonts in Qt, and the text measure the layout uses on screen."""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF, QGuiApplication

from journeydesigner.layout.style import TextStyle
from journeydesigner.paths import resource_dir

log = logging.getLogger(__name__)

FAMILIES = ["Noto Sans", "WenQuanYi Micro Hei"]
"""Latin and Polish first, then Chinese: Qt picks per character, like the PDF exporter."""


@cache
def register_fonts() -> list[str]:
    """Load the bundled fonts into Qt once; returns the families that loaded."""
    loaded: list[str] = []
    folder = resource_dir() / "fonts"
    for path in sorted([*folder.glob("*.ttf"), *folder.glob("*.ttc")]):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load the bundled font %s", path)
            continue
        loaded += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in loaded]
    return loaded


def add_fallback_fonts(app: QGuiApplication) -> None:
    """Let menus and dialogs fall back on the bundled fonts for characters the system font lacks.

    A system without Chinese fonts would otherwise show boxes in a Chinese interface.
    """
    register_fonts()
    font = app.font()
    families = [font.family(), *(f for f in FAMILIES if f != font.family())]
    font.setFamilies(families)
    app.setFont(font)


@cache
def qfont(style: TextStyle) -> QFont:
    """The QFont of a text style, in pixels so one layout unit is one pixel at 100 %."""
    register_fonts()
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPixelSize(style.size)
    font.setBold(style.bold)
    font.setItalic(style.italic)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


@cache
def _metrics(style: TextStyle) -> QFontMetricsF:
    return QFontMetricsF(qfont(style))


class QtTextMeasure:
    """Measures text with the same fonts the canvas paints with."""

    def width(self, text: str, style: TextStyle) -> float:
        """The advance width of `text` in layout units."""
        return _metrics(style).horizontalAdvance(text)
