"""The user interface's language: choosing it, loading Qt's and our translations, formatting.

Every user-visible string on the Qt side goes through `translate("Context", "Text")` (or
`self.tr` in QObject subclasses), which pyside6-lupdate extracts into
resources/i18n/journeydesigner_LANG.ts; `packaging/update_translations.sh` refreshes those files
and compiles them to the .qm files loaded here.
"""

from __future__ import annotations

import os
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
)

from journeydesigner.errors import JourneyError, ProjectFormatError
from journeydesigner.layout.labels import QT_TRANSLATE_NOOP, Labels
from journeydesigner.messages import Message, Template
from journeydesigner.paths import resource_dir

__all__ = ["QT_TRANSLATE_NOOP", "QtLabels", "translate"]

LANGUAGES: dict[str, str] = {
    "en": "English",
    "pl": "Polski",
    "zh_CN": "简体中文",
    "zh_TW": "繁體中文",
}
"""The languages the interface speaks, each named in itself (as a language menu shows them)."""

TRANSLATED = ("pl", "zh_CN", "zh_TW")
"""The languages with a translation file; English is the source text."""

SETTINGS_KEY = "ui/language"
"""Empty or missing: follow the system locale."""

ENV_VARIABLE = "JOURNEYDESIGNER_LANG"

_installed: list[QTranslator] = []
_current = ["en"]


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the interface's language (lupdate extracts calls of this name)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def translated(text: str) -> str:
    """A core message (journeydesigner.messages) in the interface's language; other text as is."""
    if isinstance(text, Message):
        values = {
            name: translated(value) if isinstance(value, str) else value
            for name, value in text.params.items()
        }
        try:
            return QCoreApplication.translate(text.context, text.template).format(**values)
        except (KeyError, IndexError, ValueError):
            return str(text)  # a broken translation must never hide the message
    if isinstance(text, Template):
        return QCoreApplication.translate(text.context, str(text))
    return text


def error_lines(error: JourneyError) -> list[str]:
    """The error's lines, `FILE: reason`, with the reasons in the interface's language."""
    if isinstance(error, ProjectFormatError):
        return [
            f"{error.source}: {problem.path}: {translated(problem.message)}"
            if problem.path
            else f"{error.source}: {translated(problem.message)}"
            for problem in error.problems
        ]
    return [f"{error.source}: {translated(error.reason)}"]


def error_reason(error: JourneyError) -> str:
    """What is wrong, without the file name, in the interface's language."""
    if isinstance(error, ProjectFormatError) and len(error.problems) == 1:
        problem = error.problems[0]
        message = translated(problem.message)
        return message if problem.path in ("", "version") else f"{problem.path}: {message}"
    return translated(error.reason)


def normalise(code: str) -> str | None:
    """The supported language a code or locale name means ("zh-Hant-TW", "pl_PL.UTF-8"), if any."""
    code = code.strip().split(".")[0].replace("-", "_")
    if not code:
        return None
    if code in LANGUAGES:
        return code
    lowered = code.lower()
    if lowered.startswith("zh"):
        traditional = any(part in lowered for part in ("tw", "hk", "mo", "hant"))
        return "zh_TW" if traditional else "zh_CN"
    base = lowered.split("_")[0]
    return base if base in LANGUAGES else None


def system_language(locale: QLocale | None = None) -> str:
    """The supported language closest to the system's (English when none is close)."""
    locale = locale or QLocale.system()
    for name in locale.uiLanguages():
        if (found := normalise(name)) is not None:
            return found
    return normalise(locale.name()) or "en"


def stored_language(settings: QSettings | None = None) -> str:
    """The language chosen in Preferences, or "" to follow the system."""
    value = (settings or QSettings()).value(SETTINGS_KEY, "")
    return normalise(str(value)) or "" if value else ""


def store_language(code: str, settings: QSettings | None = None) -> None:
    """Remember a language for the next start ("" follows the system)."""
    (settings or QSettings()).setValue(SETTINGS_KEY, code)


def chosen_language(requested: str | None = None, settings: QSettings | None = None) -> str:
    """The language to start in: --lang, then $JOURNEYDESIGNER_LANG, Preferences, the system."""
    for candidate in (requested, os.environ.get(ENV_VARIABLE)):
        if candidate and (found := normalise(candidate)) is not None:
            return found
    return stored_language(settings) or system_language()


def interface_language() -> str:
    """The language the interface was started in (what install_translators last loaded)."""
    return _current[0]


def translations_dir() -> str:
    """Where the compiled journeydesigner_LANG.qm files are."""
    return str(resource_dir() / "i18n")


def install_translators(language: str) -> list[str]:
    """Load Qt's own translations and ours for `language`; returns the files that loaded.

    Replaces what an earlier call installed, so a test can switch languages.

    Also makes `language` the default QLocale, so numbers and dates follow it.
    """
    app = QCoreApplication.instance()
    assert app is not None, "install_translators needs a QCoreApplication"
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _current[0] = language
    locale = QLocale("en_US" if language == "en" else language)
    QLocale.setDefault(locale)
    # English loads its own file too: the plural forms of the source text ("1 card", "2 cards").
    loaded: list[str] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_folder), ("journeydesigner", translations_dir())):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(translator.filePath())
    return loaded


def format_number(value: float, decimals: int = 2) -> str:
    """A number in the interface's locale: grouped thousands, at most `decimals` decimals."""
    locale = QLocale()
    if float(value).is_integer():
        return locale.toString(float(value), "f", 0)
    text = locale.toString(float(value), "f", decimals)
    point = locale.decimalPoint()
    return text.rstrip("0").rstrip(point) if point in text else text


class _Counts(QObject):
    """The counted phrases of `Labels.count` as tr() calls (lupdate reads plural forms there)."""

    def phrase(self, key: str, n: int) -> str:
        phrases = {
            "stages": lambda: self.tr("%n stage(s)", None, n),
            "steps": lambda: self.tr("%n step(s)", None, n),
            "cards": lambda: self.tr("%n card(s)", None, n),
            "pages": lambda: self.tr("%n page(s)", None, n),
            "more": lambda: self.tr("and %n more", None, n),
            "maps": lambda: self.tr("%n map(s)", None, n),
            "personas": lambda: self.tr("%n persona(s)", None, n),
        }
        return phrases[key]()


class QtLabels(Labels):
    """The words, numbers and dates of the canvas and exports in the interface's language."""

    def __init__(self) -> None:
        self._counts = _Counts()

    def translate(self, context: str, text: str) -> str:
        return QCoreApplication.translate(context, text)

    def count(self, key: str, n: int) -> str:
        return self._counts.phrase(key, n)

    def number(self, value: float, decimals: int = 2) -> str:
        return format_number(value, decimals)

    def date(self, day: date) -> str:
        locale = QLocale()
        if locale.language() == QLocale.Language.English:
            return day.isoformat()  # 2026-11-25 rather than the ambiguous 11/25/26
        short = QLocale.FormatType.ShortFormat
        return locale.toString(QDate(day.year, day.month, day.day), short)
