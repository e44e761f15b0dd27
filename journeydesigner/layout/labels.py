"""The words, numbers and dates the layout and the exporters put on a map, in one language.

The core stays Qt-free, so it cannot call Qt's translator itself: whoever draws passes a
`Labels`. This one is English (the command line's default); `journeydesigner.i18n.QtLabels`
answers in the interface's language through Qt. Texts are written as
`labels.translate("Context", "Text")` so pyside6-lupdate extracts them into the .ts files like
any tr() call; counted phrases are `labels.count(key, n)` with their English forms in COUNTS.
"""

from __future__ import annotations

from datetime import date


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for lupdate in tables, translated where it is shown (Qt's macro, Qt-free)."""
    del context
    return text


COUNTS: dict[str, tuple[str, str]] = {
    "stages": ("{n} stage", "{n} stages"),
    "steps": ("{n} step", "{n} steps"),
    "cards": ("{n} card", "{n} cards"),
    "pages": ("{n} page", "{n} pages"),
    "more": ("and {n} more", "and {n} more"),
    "maps": ("{n} map", "{n} maps"),
    "personas": ("{n} persona", "{n} personas"),
}
"""Counted phrases by key: the English singular and plural, `{n}` standing for the number."""


class Labels:
    """English words, numbers as 12,400.5 and dates as ISO 8601."""

    def translate(self, context: str, text: str) -> str:
        """`text` in the language of the output (English here)."""
        del context
        return text

    def count(self, key: str, n: int) -> str:
        """A counted phrase of COUNTS ("3 stages") with the right plural form."""
        one, many = COUNTS[key]
        return (one if n == 1 else many).format(n=self.number(n))

    def number(self, value: float, decimals: int = 2) -> str:
        """Thousands grouped, at most `decimals` decimals, no trailing zeros."""
        if float(value).is_integer():
            return f"{value:,.0f}"
        return f"{value:,.{decimals}f}".rstrip("0").rstrip(".")

    def date(self, day: date) -> str:
        """A date people in every language can read."""
        return day.isoformat()


ENGLISH = Labels()
