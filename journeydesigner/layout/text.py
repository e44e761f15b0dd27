"""Line breaking shared by every renderer, so a card wraps the same on screen and on paper.

The renderer supplies only the width of a piece of text (Qt font metrics on screen, reportlab
string widths in a PDF); the breaking itself happens here. Latin text breaks at spaces (a word
too long for the line is split by characters); CJK text may break between any two characters,
but never before closing punctuation.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Protocol

from journeydesigner.layout.style import TextStyle


class TextMeasure(Protocol):
    """Measures text for the layout; implemented by each renderer."""

    def width(self, text: str, style: TextStyle) -> float:
        """The advance width of `text` on one line."""
        ...


# A token is a run of spaces, a single wide (CJK) character, or a run of anything else.
_TOKEN = re.compile(
    r"\s+|[\u1100-\u11FF\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]|"
    r"[^\s\u1100-\u11FF\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]+"
)
# Characters that must not start a line (kinsoku): closing brackets and punctuation.
_NO_LINE_START = set("、。，．,.!?！？：；:;)]}〕〉》」』】〙〗〟’”｠»ー…‥")


class CachedMeasure:
    """Wraps a TextMeasure with a cache: card texts repeat the same words over and over."""

    def __init__(self, measure: TextMeasure) -> None:
        self._measure = measure
        self._cache: dict[tuple[str, TextStyle], float] = {}
        self.wrapped: dict[tuple[str, float, TextStyle], tuple[str, ...]] = {}
        """Lines of texts already broken at a width: a change to one card re-wraps one card."""

    def width(self, text: str, style: TextStyle) -> float:
        """The width of `text`, measured once per style."""
        key = (text, style)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = self._measure.width(text, style)
        return found


WRAP_CACHE_LIMIT = 100_000
"""Entries kept before the cache of wrapped texts starts afresh (edited texts pile up)."""


def wrap(text: str, max_width: float, style: TextStyle, measure: TextMeasure) -> list[str]:
    """Break `text` into lines no wider than `max_width`; explicit line breaks are kept."""
    if isinstance(measure, CachedMeasure):
        key = (text, max_width, style)
        found = measure.wrapped.get(key)
        if found is None:
            if len(measure.wrapped) >= WRAP_CACHE_LIMIT:
                measure.wrapped.clear()
            found = measure.wrapped[key] = tuple(_wrap(text, max_width, style, measure))
        return list(found)
    return _wrap(text, max_width, style, measure)


def _wrap(text: str, max_width: float, style: TextStyle, measure: TextMeasure) -> list[str]:
    lines: list[str] = []
    for paragraph in text.replace("\r\n", "\n").split("\n"):
        lines += _wrap_paragraph(paragraph, max_width, style, measure)
    return lines or [""]


def _wrap_paragraph(
    paragraph: str, max_width: float, style: TextStyle, measure: TextMeasure
) -> list[str]:
    if not paragraph.strip():
        return [""]
    tokens = _TOKEN.findall(paragraph.strip())
    lines: list[str] = []
    current: list[str] = []
    current_width = 0.0
    for token in tokens:
        token_width = measure.width(token, style)
        if token.isspace():
            if current:
                current.append(" ")
                current_width += measure.width(" ", style)
            continue
        fits = current_width + token_width <= max_width
        if fits or (not current and token_width <= max_width):
            current.append(token)
            current_width += token_width
            continue
        if current and token[0] in _NO_LINE_START and len(token) == 1:
            current.append(token)  # let punctuation hang rather than start a line
            current_width += token_width
            continue
        if current:
            lines.append("".join(current).rstrip())
            current, current_width = [], 0.0
        if token_width <= max_width:
            current, current_width = [token], token_width
            continue
        # A single word wider than the line: split it by characters.
        for piece in _split_long(token, max_width, style, measure):
            if current:
                lines.append("".join(current))
            current, current_width = [piece], measure.width(piece, style)
    if current:
        lines.append("".join(current).rstrip())
    return lines


def _split_long(word: str, max_width: float, style: TextStyle, measure: TextMeasure) -> list[str]:
    pieces: list[str] = []
    start = 0
    while start < len(word):
        end = start + 1
        while end < len(word) and measure.width(word[start : end + 1], style) <= max_width:
            end += 1
        # keep combining marks with their base character
        while end < len(word) and unicodedata.combining(word[end]):
            end += 1
        pieces.append(word[start:end])
        start = end
    return pieces


def elide(text: str, max_width: float, style: TextStyle, measure: TextMeasure) -> str:
    """`text` on one line, cut with an ellipsis when it does not fit."""
    text = " ".join(text.split())
    if measure.width(text, style) <= max_width:
        return text
    while text and measure.width(text + "…", style) > max_width:
        text = text[:-1]
    return text.rstrip() + "…"
