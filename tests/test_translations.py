"""The translation files: current with the code, complete, compiled, and faithful to the source.

When one of these fails after you added or changed a user-visible string, run

    .venv/bin/python packaging/update_translations.py

then translate the entries it marks unfinished in resources/i18n/journeydesigner_*.ts (Qt
Linguist: `.venv/bin/pyside6-linguist resources/i18n/journeydesigner_pl.ts`, or any editor),
and run the command again to compile them.
"""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "i18n"
COMMAND = ".venv/bin/python packaging/update_translations.py"
LANGUAGES = ("en", "pl", "zh_CN", "zh_TW")
PLURAL_FORMS = {"en": 2, "pl": 3, "zh_CN": 1, "zh_TW": 1}
"""How many plural forms each language has (Polish: 1 karta, 2 karty, 5 kart)."""


def _tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "packaging" / "update_translations.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(language: str) -> list[tuple[str, ET.Element]]:
    tree = ET.parse(FOLDER / f"journeydesigner_{language}.ts")
    return [
        (context.findtext("name") or "", message)
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    ]


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def _state(message: ET.Element) -> str:
    translation = message.find("translation")
    return "missing" if translation is None else translation.get("type", "finished")


def test_ts_and_qm_files_are_current_with_the_code() -> None:
    problems = _tool().stale()
    assert not problems, (
        "Translations are out of date (a user-visible string was added, changed or removed).\n"
        + "\n".join(problems)
        + f"\nRun: {COMMAND}\nthen translate the entries it marks unfinished and run it again."
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_entry_is_unfinished_or_obsolete(language: str) -> None:
    open_entries = [
        f"{context}: {message.findtext('source')!r} ({_state(message)})"
        for context, message in _messages(language)
        if _state(message) in ("unfinished", "obsolete", "vanished")
        or not all(form.strip() for form in _forms(message))
    ]
    assert not open_entries, (
        f"journeydesigner_{language}.ts has {len(open_entries)} entries without a finished "
        f"translation; translate them, then run: {COMMAND}\n" + "\n".join(open_entries[:40])
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_entries_have_every_form_of_the_language(language: str) -> None:
    wrong = [
        f"{context}: {message.findtext('source')!r} has {len(_forms(message))} forms"
        for context, message in _messages(language)
        if message.get("numerus") == "yes" and len(_forms(message)) != PLURAL_FORMS[language]
    ]
    assert not wrong, "\n".join(wrong)


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{\w+\}|%n", text))


@pytest.mark.parametrize("language", LANGUAGES[1:])
def test_translations_keep_the_placeholders_of_their_source(language: str) -> None:
    wrong = []
    for context, message in _messages(language):
        source = message.findtext("source") or ""
        for form in _forms(message):
            if _placeholders(form) != _placeholders(source):
                wrong.append(f"{context}: {source!r} -> {form!r}")
    assert not wrong, "placeholders lost or invented:\n" + "\n".join(wrong)


@pytest.mark.parametrize("language", LANGUAGES[1:])
def test_menu_accelerators_survive_translation(language: str) -> None:
    # "&File" must stay reachable with Alt+letter: the translation keeps one "&".
    wrong = [
        f"{message.findtext('source')!r} -> {_forms(message)[0]!r}"
        for _, message in _messages(language)
        if re.search(r"&\w", message.findtext("source") or "")
        and not re.search(r"&\w", _forms(message)[0])
    ]
    assert not wrong, "\n".join(wrong)


def test_english_is_the_source_and_needs_only_plural_forms() -> None:
    messages = _messages("en")
    assert messages, "the English file holds the plural forms of the source text"
    assert all(message.get("numerus") == "yes" for _, message in messages)
    forms = {message.findtext("source"): _forms(message) for _, message in messages}
    assert forms["%n card(s)"] == ["%n card", "%n cards"]
