"""The bundled TrueType fonts in reportlab, split per character between Latin and Chinese.

Noto Sans (four styles) covers Latin with every Polish letter; WenQuanYi Micro Hei covers
Simplified and Traditional Chinese. Each piece of text is split into runs by which font has the
glyph, Noto first, and measured and drawn run by run, so the PDF wraps exactly as it draws.
A character no bundled font has (an emoji, say) is drawn as U+FFFD and reported, never printed
as a silent empty box. Nothing here uses Paragraph markup: text is only ever drawn as text.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from journeydesigner.export import ExportError
from journeydesigner.layout.style import TextStyle
from journeydesigner.paths import resource_dir

SANS_FILES: dict[tuple[bool, bool], tuple[str, str]] = {
    (False, False): ("JD-NotoSans", "NotoSans-Regular.ttf"),
    (True, False): ("JD-NotoSans-Bold", "NotoSans-Bold.ttf"),
    (False, True): ("JD-NotoSans-Italic", "NotoSans-Italic.ttf"),
    (True, True): ("JD-NotoSans-BoldItalic", "NotoSans-BoldItalic.ttf"),
}
"""(bold, italic) → reportlab font name and file."""
CJK_NAME = "JD-WenQuanYiMicroHei"
CJK_FILE = "wqy-microhei.ttc"
REPLACEMENT = "\ufffd"
"""Drawn in place of a character no bundled font has (Noto Sans has this glyph)."""
FAKE_BOLD = 0.035
"""Stroke width, as a fraction of the size, that thickens the single-weight Chinese face."""

# Invisible characters that need no glyph: zero-width joiners and spaces, variation selectors
# (emoji presentation), soft hyphens, byte order marks.
_DROPPED_CATEGORIES = {"Cc", "Cf"}
_VARIATION_SELECTORS = {*range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0)}


@dataclass(frozen=True)
class Run:
    """A piece of text drawn in one font."""

    text: str
    font: str
    fake_bold: bool = False


class BundledFonts:
    """The bundled fonts, registered with reportlab once, and per-character font choice."""

    def __init__(self, folder: Path | None = None) -> None:
        folder = folder or resource_dir() / "fonts"
        self._sans: dict[tuple[bool, bool], TTFont] = {}
        try:
            for key, (name, file) in SANS_FILES.items():
                self._sans[key] = _register(name, folder / file)
            self._cjk = _register(CJK_NAME, folder / CJK_FILE, subfont_index=0)
        except (OSError, ValueError, KeyError) as error:
            raise ExportError(folder, f"the bundled fonts cannot be loaded ({error})") from None
        self._sans_glyphs = {key: _glyphs(font) for key, font in self._sans.items()}
        self._cjk_glyphs = _glyphs(self._cjk)
        regular = self._sans[(False, False)].face
        self.ascent = float(regular.ascent) / 1000
        """Height above the baseline, as a fraction of the size."""
        self.descent = -float(regular.descent) / 1000
        """Depth below the baseline (positive), as a fraction of the size."""
        self._runs: dict[tuple[str, bool, bool], tuple[Run, ...]] = {}

    @staticmethod
    def clean(text: str) -> str:
        """Text as it is drawn: composed (NFC), tabs as spaces, invisible controls dropped."""
        text = unicodedata.normalize("NFC", text).replace("\t", " ")
        return "".join(
            ch
            for ch in text
            if unicodedata.category(ch) not in _DROPPED_CATEGORIES
            and ord(ch) not in _VARIATION_SELECTORS
        )

    def has_glyph(self, ch: str) -> bool:
        """Tell whether some bundled font draws this character."""
        code = ord(ch)
        return code in self._sans_glyphs[(False, False)] or code in self._cjk_glyphs

    def missing(self, text: str) -> list[str]:
        """The distinct characters of `text` that no bundled font has, in order of appearance."""
        found: list[str] = []
        for ch in self.clean(text):
            if not self.has_glyph(ch) and ch not in found:
                found.append(ch)
        return found

    def runs(self, text: str, bold: bool = False, italic: bool = False) -> tuple[Run, ...]:
        """`text` split into runs by which font has each character (Noto first)."""
        key = (text, bold, italic)
        cached = self._runs.get(key)
        if cached is not None:
            return cached
        sans_name = SANS_FILES[(bold, italic)][0]
        sans = self._sans_glyphs[(bold, italic)]
        runs: list[Run] = []
        pieces: list[str] = []
        current: str | None = None
        for ch in self.clean(text):
            code = ord(ch)
            if code in sans:
                font = sans_name
            elif code in self._cjk_glyphs:
                font = CJK_NAME
            elif code in self._sans_glyphs[(False, False)]:
                font = SANS_FILES[(False, False)][0]
            else:
                ch, font = REPLACEMENT, sans_name
            if font != current and pieces:
                assert current is not None
                runs.append(Run("".join(pieces), current, bold and current == CJK_NAME))
                pieces = []
            current = font
            pieces.append(ch)
        if pieces and current is not None:
            runs.append(Run("".join(pieces), current, bold and current == CJK_NAME))
        result = tuple(runs)
        if len(self._runs) < 50_000:
            self._runs[key] = result
        return result

    def width(
        self, text: str, size: float, bold: bool = False, italic: bool = False, tracking: float = 0
    ) -> float:
        """The advance width of `text` on one line, at `size`."""
        total = sum(
            pdfmetrics.stringWidth(run.text, run.font, size)
            for run in self.runs(text, bold, italic)
        )
        if tracking:
            total += tracking * max(len(self.clean(text)) - 1, 0)
        return total

    def draw(
        self,
        canvas: Canvas,
        x: float,
        y: float,
        text: str,
        size: float,
        bold: bool = False,
        italic: bool = False,
        tracking: float = 0,
    ) -> float:
        """Draw one line with its baseline at `y` in the current fill colour; returns its width."""
        runs = self.runs(text, bold, italic)
        if not runs:
            return 0.0
        text_object = canvas.beginText(x, y)
        # Character spacing is part of the graphics state and outlives the text object: always
        # set it, or a tracked label would space out every line drawn after it.
        text_object.setCharSpace(tracking)
        stroked = False
        for run in runs:
            text_object.setFont(run.font, size)
            if run.fake_bold != stroked:
                if run.fake_bold:
                    canvas.setLineWidth(size * FAKE_BOLD)
                text_object.setTextRenderMode(2 if run.fake_bold else 0)
                stroked = run.fake_bold
            text_object.textOut(run.text)
        if stroked:
            text_object.setTextRenderMode(0)
        canvas.drawText(text_object)
        return self.width(text, size, bold, italic, tracking)


def _register(name: str, path: Path, subfont_index: int | None = None) -> TTFont:
    try:
        registered = pdfmetrics.getFont(name)
    except KeyError:
        registered = None
    if isinstance(registered, TTFont):
        return registered
    if not path.is_file():
        raise OSError(f"{path.name} is missing")
    if subfont_index is None:
        font = TTFont(name, str(path))
    else:
        font = TTFont(name, str(path), subfontIndex=subfont_index)
    pdfmetrics.registerFont(font)
    return font


def _glyphs(font: TTFont) -> frozenset[int]:
    return frozenset(code for code, glyph in font.face.charToGlyph.items() if glyph)


@cache
def bundled_fonts() -> BundledFonts:
    """The bundled fonts, registered once per process."""
    return BundledFonts()


class ReportlabMeasure:
    """The layout's TextMeasure for PDFs: widths in layout units, with per-character fallback."""

    def __init__(self, fonts: BundledFonts | None = None) -> None:
        self.fonts = fonts or bundled_fonts()

    def width(self, text: str, style: TextStyle) -> float:
        """The advance width of `text` set in `style`."""
        return self.fonts.width(text, style.size, style.bold, style.italic)
