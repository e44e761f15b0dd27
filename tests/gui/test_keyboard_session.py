"""A whole five-stage map built from nothing with the keyboard only, as a user would."""

from __future__ import annotations

from pathlib import Path

from gui.conftest import type_text
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from journeydesigner.io.load import read_project


def _answer_dialog(keys: list[Qt.Key]) -> None:
    """Press keys in the modal dialog that is about to open."""

    def press() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, press)
            return
        for key in keys:
            QTest.keyClick(dialog.focusWidget() or dialog, key)

    QTimer.singleShot(20, press)


def _type_and_enter(window, text: str) -> None:
    viewport = window.view.viewport()
    type_text(viewport, text)
    QTest.keyClick(viewport, Qt.Key.Key_Return)


def test_a_five_stage_map_from_nothing_with_the_keyboard_only(window, qtbot, tmp_path: Path):
    # File > New from Template: the thumbnails open on the first template; the blank one is next.
    _answer_dialog([Qt.Key.Key_Right, Qt.Key.Key_Return])
    QTest.keySequence(window, "Ctrl+N")
    qtbot.waitUntil(lambda: window.document.project.maps and window.current_scene() is not None)
    # A window manager gives the focus back when the dialog closes; offscreen, we do.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    journey_map = window.document.project.maps[0]
    assert [s.name for s in journey_map.stages] == ["Stage 1"]
    view = window.view
    view.setFocus()

    QTest.keyClick(view, Qt.Key.Key_Tab)  # the first cell
    QTest.keySequence(window, "Shift+F2")  # rename its stage
    QTest.keySequence(view.viewport(), "Ctrl+A")
    _type_and_enter(window, "Awareness")
    for name in ("Consideration", "Purchase", "Retention", "Advocacy"):
        QTest.keySequence(window, "Ctrl+Alt+S")  # a new stage, named right away
        _type_and_enter(window, name)
    for title in ("Thinking", "Pain points"):
        QTest.keySequence(window, "Ctrl+Alt+L")
        QTest.keySequence(view.viewport(), "Ctrl+A")
        _type_and_enter(window, title)

    journey_map = window.document.map(window.current_map_id)
    assert [s.name for s in journey_map.stages] == [
        "Awareness",
        "Consideration",
        "Purchase",
        "Retention",
        "Advocacy",
    ]
    assert [lane.title for lane in journey_map.lanes] == ["Doing", "Thinking", "Pain points"]

    # Cards: Tab to a cell, type, Enter for the next card in the same cell, Esc to stop.
    view.setFocus()
    window.current_scene().set_current_cell(None)
    QTest.keyClick(view, Qt.Key.Key_Tab)
    for stage_cards in (["Sees an ad", "Asks a friend"], ["Reads reviews"], ["Card fails"]):
        for text in stage_cards:
            if window.current_scene().focusItem() is None:
                type_text(view.viewport(), text[0])
                type_text(view.viewport(), text[1:])
            else:
                type_text(view.viewport(), text)
            QTest.keyClick(view.viewport(), Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: window.current_scene().focusItem() is not None)
        QTest.keyClick(view.viewport(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: window.current_scene().focusItem() is None)
        window.current_scene().clearSelection()
        QTest.keyClick(view, Qt.Key.Key_Tab)

    journey_map = window.document.map(window.current_map_id)
    steps = [stage.steps[0].id for stage in journey_map.stages]
    doing = journey_map.lanes[0].id
    assert [c.text for c in journey_map.cards_in(steps[0], doing)] == [
        "Sees an ad",
        "Asks a friend",
    ]
    assert [c.text for c in journey_map.cards_in(steps[1], doing)] == ["Reads reviews"]
    assert [c.text for c in journey_map.cards_in(steps[2], doing)] == ["Card fails"]

    # Move the last card one cell to the right with Alt+Right, then save and read back.
    window.current_scene().select_cards([journey_map.cards_in(steps[2], doing)[0].id])
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert [
        c.text for c in window.document.map(window.current_map_id).cards_in(steps[3], doing)
    ] == ["Card fails"]
    path = tmp_path / "keyboard.journey"
    assert window._save_to(path)
    assert read_project(path).maps == window.document.project.maps
