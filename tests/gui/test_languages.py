"""The editor in each language: menus, Qt's own buttons, the canvas, numbers, dates and the PDF."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from gui.conftest import open_project, type_text
from pypdf import PdfReader
from PySide6.QtCore import QLocale, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from journeydesigner.app.window import MainWindow
from journeydesigner.canvas.fonts import add_fallback_fonts
from journeydesigner.cli import main as cli_main
from journeydesigner.export.pdf import PdfOptions, render_pdf
from journeydesigner.i18n import (
    QtLabels,
    chosen_language,
    install_translators,
    normalise,
    store_language,
    stored_language,
    system_language,
)
from journeydesigner.io.load import read_project
from journeydesigner.layout.grid import format_duration
from journeydesigner.paths import examples_dir
from journeydesigner.widgets.preferences import PreferencesDialog
from journeydesigner.widgets.template_dialog import TemplateDialog


def sample_path(name: str = "guitar-purchase.journey") -> Path:
    return examples_dir() / name


MENUS = {
    "en": ["&File", "&Edit", "&Insert", "&Map", "&View", "&Workshop", "&Help"],
    "pl": ["&Plik", "&Edycja", "&Wstaw", "&Mapa", "&Widok", "W&arsztat", "Pomo&c"],
    "zh_CN": [
        "文件(&F)",
        "编辑(&E)",
        "插入(&I)",
        "旅程图(&M)",
        "视图(&V)",
        "工作坊(&W)",
        "帮助(&H)",
    ],
    "zh_TW": [
        "檔案(&F)",
        "編輯(&E)",
        "插入(&I)",
        "旅程圖(&M)",
        "檢視(&V)",
        "工作坊(&W)",
        "說明(&H)",
    ],
}


@pytest.fixture
def speak():  # type: ignore[no-untyped-def]
    """Switch the interface language for one test; English again afterwards."""
    yield install_translators
    install_translators("en")


def _window(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "jd", "t"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("language", list(MENUS))
def test_the_main_window_starts_in_each_language(qtbot, speak, language):
    loaded = speak(language)
    assert any(path.endswith(f"journeydesigner_{language}.qm") for path in loaded)
    window = _window(qtbot)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == MENUS[language]
    # Lane kinds in the Insert menu and the docks speak it too.
    if language == "pl":
        assert window.maps_dock.windowTitle() == "Mapy"
        assert window.inspector_dock.windowTitle() == "Inspektor"
    if language == "zh_TW":
        assert window.personas_dock.windowTitle() == "人物誌"
    window.stack.setClean()


def test_qt_own_buttons_are_translated_too(qtbot, speak):
    speak("pl")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Anuluj"


def test_a_polish_window_shows_polish_counts_numbers_and_undo_names(qtbot, speak, tmp_path):
    speak("pl")
    window = _window(qtbot)
    open_project(window, read_project(sample_path()), tmp_path / "g.journey")
    cards = len(window.shown_map().cards)  # type: ignore[union-attr]
    assert cards > 4
    forms = window.selection_label.text()
    assert f"{cards} kart" in forms  # "53 karty" / "55 kart": the Polish plural of the count
    assert "Stan obecny" in forms
    scene = window.current_scene()
    assert scene is not None
    scene.select_cards([c.id for c in window.shown_map().cards[:3]])  # type: ignore[union-attr]
    window.editor.remove_cards(window.current_map_id or "", scene.selected_card_ids())
    assert window.stack.undoText() == "Usuń 3 karty"
    window.stack.undo()
    window.stack.setClean()


def test_canvas_words_follow_the_language(qtbot, speak, tmp_path):
    speak("zh_TW")
    window = _window(qtbot)
    project = read_project(sample_path("online-order-blueprint.journey"))
    open_project(window, project, tmp_path / "b.journey")
    layout = window.current_scene().layout  # type: ignore[union-attr]
    names = {line.kind: line.label for line in layout.lines}
    assert names.get("visibility") == "可視線"
    window.stack.setClean()


def test_numbers_and_dates_follow_the_locale(speak):
    speak("pl")
    labels = QtLabels()
    assert labels.number(12400.5).replace("\u00a0", " ") == "12 400,5"
    assert labels.count("cards", 1) == "1 karta"
    assert labels.count("cards", 3) == "3 karty"
    assert labels.count("cards", 5) == "5 kart"
    assert labels.date(date(2026, 11, 26)) == "26.11.2026"
    assert format_duration(90, labels) == "1,5 godz."
    speak("zh_CN")
    assert QtLabels().count("cards", 5) == "5 张卡片"
    speak("en")
    assert QtLabels().number(12400.5) == "12,400.5"
    assert QtLabels().count("cards", 1) == "1 card"
    assert QtLabels().date(date(2026, 11, 26)) == "2026-11-26"


def test_the_pdf_chrome_speaks_the_language(speak):
    speak("pl")
    project = read_project(sample_path())
    result = render_pdf(project, None, PdfOptions(labels=QtLabels()))
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(result.data)).pages)
    for words in ("LEGENDA", "MAPA ŚCIEŻKI KLIENTA", "STAN OBECNY", "strona 1 z", "Zaobserwowane"):
        assert words in text
    assert "page 1 of" not in text
    english = render_pdf(project, None, PdfOptions())
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(english.data)).pages)
    assert "LEGEND" in text
    assert "page 1 of" in text


def test_preferences_store_the_language_for_the_next_start(qtbot, speak, monkeypatch):
    monkeypatch.delenv("JOURNEYDESIGNER_LANG", raising=False)
    settings = QSettings()
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""  # the system's language until chosen
    dialog.language.setCurrentIndex(dialog.language.findData("zh_TW"))
    dialog.accept()
    assert stored_language(settings) == "zh_TW"
    assert chosen_language(None, settings) == "zh_TW"
    assert chosen_language("pl", settings) == "pl"  # --lang wins for one run
    monkeypatch.setenv("JOURNEYDESIGNER_LANG", "zh_CN")
    assert chosen_language(None, settings) == "zh_CN"
    store_language("", settings)
    monkeypatch.delenv("JOURNEYDESIGNER_LANG")
    assert chosen_language(None, settings) == system_language()


def test_the_window_opens_preferences_from_the_edit_menu(qtbot, window):
    assert window.preferences_action.menuRole().name == "PreferencesRole"
    edit = window.menuBar().actions()[1].menu()
    assert window.preferences_action in edit.actions()

    def close_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        dialog.reject()

    QTimer.singleShot(50, close_dialog)
    window.preferences_action.trigger()
    window.activateWindow()


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("pl_PL.UTF-8", "pl"),
        ("zh-Hant-TW", "zh_TW"),
        ("zh_HK", "zh_TW"),
        ("zh-Hans", "zh_CN"),
        ("zh", "zh_CN"),
        ("en_GB", "en"),
        ("de_DE", None),
    ],
)
def test_locale_names_map_to_the_languages_we_speak(name, language):
    assert normalise(name) == language


def test_system_locale_picks_the_closest_language():
    assert system_language(QLocale("zh_TW")) == "zh_TW"
    assert system_language(QLocale("pl_PL")) == "pl"
    assert system_language(QLocale("de_DE")) == "en"


def test_chinese_text_can_be_typed_and_pasted_into_a_card(qtbot, window, tmp_path):
    open_project(window, read_project(sample_path()), tmp_path / "g.journey")
    card = window.shown_map().cards[0]  # type: ignore[union-attr]
    window.current_scene().select_cards([card.id])  # type: ignore[union-attr]
    window.edit_selected_card()
    assert window._editor_item is not None
    viewport = window.view.viewport()
    type_text(viewport, "認知與考慮")  # an input method commits composed text
    QGuiApplication.clipboard().setText("，購買")
    qtbot.keyClick(viewport, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(viewport, Qt.Key.Key_Return)
    text = window.document.card(window.current_map_id or "", card.id).text
    assert "認知與考慮" in text
    assert "，購買" in text
    window.stack.setClean()


def test_cli_messages_stay_english_unless_lang_is_given(capsys, speak, monkeypatch):
    monkeypatch.setattr("journeydesigner.cli._translated", False)  # restored afterwards
    sample = str(sample_path())
    assert cli_main(["validate", sample]) == 0
    assert "valid (1 map, " in capsys.readouterr().out
    assert cli_main(["--lang", "pl", "validate", sample]) == 0
    assert "poprawny (1 mapa, " in capsys.readouterr().out
    assert cli_main(["--lang", "zh_TW", "export", sample, "-o", "x.txt"]) == 1
    assert "請選擇以 .pdf" in capsys.readouterr().err


def test_message_boxes_use_translated_standard_buttons(qtbot, speak):
    speak("zh_CN")
    box = QMessageBox(QMessageBox.Icon.Question, "t", "?", QMessageBox.StandardButton.Yes)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Yes).text() in ("是(&Y)", "&是")


def test_the_interface_font_falls_back_on_the_bundled_chinese_font(qapp):
    before = qapp.font()
    try:
        add_fallback_fonts(qapp)
        families = qapp.font().families()
        assert families[0] == before.family()  # the system's look stays first
        assert "WenQuanYi Micro Hei" in families
    finally:
        qapp.setFont(before)


def test_new_maps_start_from_templates_in_the_interface_language(qtbot, speak):
    speak("zh_TW")
    dialog = TemplateDialog()
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "zh_TW"
    speak("en")
    english = TemplateDialog()
    qtbot.addWidget(english)
    assert english.language.currentData() == "en"
