"""File errors from the core reach the user in the interface's language, the CLI's in English."""

from __future__ import annotations

import pytest
from hostile import CASES

from journeydesigner.cli import main as cli_main
from journeydesigner.errors import JourneyError
from journeydesigner.i18n import error_lines, error_reason, install_translators, translated
from journeydesigner.io import read_project
from journeydesigner.messages import QT_TRANSLATE_NOOP

EXPECTED = {
    "pl": {"truncated": "plik kończy się za wcześnie", "newer version": "Zaktualizuj"},
    "zh_CN": {"truncated": "文件提前结束", "newer version": "请更新"},
    "zh_TW": {"truncated": "檔案提前結束", "newer version": "請更新"},
}


@pytest.fixture
def speak():  # type: ignore[no-untyped-def]
    yield install_translators
    install_translators("en")


def _error(case_name: str, tmp_path) -> JourneyError:  # type: ignore[no-untyped-def]
    case = next(case for case in CASES if case.name == case_name)
    with pytest.raises(JourneyError) as info:
        read_project(case.write(tmp_path))
    return info.value


@pytest.mark.parametrize("language", list(EXPECTED))
def test_file_errors_are_shown_in_the_interface_language(speak, language, tmp_path):
    speak(language)
    for case_name, words in EXPECTED[language].items():
        error = _error(case_name, tmp_path)
        assert words in error_reason(error), error_reason(error)
        assert str(error) == f"{error.source}: {error.reason}", "the core itself stays English"
        assert all(line.startswith(f"{error.source}: ") for line in error_lines(error))


# Validation details (a field's path and pydantic's words) stay English in the details list.
VALIDATION = {
    "dangling reference",
    "wrong type",
    "unknown field",
    "duplicate ids",
    "score out of range",
    "a million cards",
    "image that is not an image",
    "image of gigapixels",
}


@pytest.mark.parametrize(
    "case", [c for c in CASES if c.expect and c.name not in VALIDATION], ids=lambda c: c.name
)
def test_every_file_level_message_is_translated_to_polish(speak, case, tmp_path):
    speak("pl")
    with pytest.raises(JourneyError) as info:
        read_project(case.write(tmp_path))
    assert error_reason(info.value) != info.value.reason, f"untranslated: {info.value.reason}"


def test_values_are_kept_and_a_broken_translation_falls_back_to_english(speak):
    speak("pl")
    message = QT_TRANSLATE_NOOP("load", "has an unknown format version {version}").format(version=0)
    assert translated(message) == "ma nieznaną wersję formatu 0"
    odd = QT_TRANSLATE_NOOP("load", "not in any catalogue {x}").format(x=1)
    assert translated(odd) == "not in any catalogue 1"
    with pytest.raises(TypeError):
        QT_TRANSLATE_NOOP("load", "{0}").format(1)


def test_the_cli_speaks_english_unless_lang_is_given(capsys, speak, monkeypatch, tmp_path):
    monkeypatch.setattr("journeydesigner.cli._translated", False)
    case = next(case for case in CASES if case.name == "truncated")
    path = str(case.write(tmp_path))
    assert cli_main(["validate", path]) == 1
    assert "the file ends too early" in capsys.readouterr().err
    assert cli_main(["--lang", "pl", "validate", path]) == 1
    assert "plik kończy się za wcześnie" in capsys.readouterr().err
