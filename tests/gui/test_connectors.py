"""Connectors drawn by dragging a selected card's handle to another card; undoable."""

from __future__ import annotations

from pathlib import Path

from builders import small_project
from gui.conftest import drag, open_project, view_point
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from journeydesigner.canvas.items import ConnectorItem


def _dump(window) -> str:
    return window.document.project.model_dump_json()


def _card_centre(window, card_id: str):
    box = window.current_scene().cards[card_id].box.rect
    return view_point(window, box.center_x, box.center_y)


def _handle(window, card_id: str):
    centre = window.current_scene().cards[card_id].handle_centre()
    return window.view.mapFromScene(centre)


def test_dragging_the_handle_to_another_card_draws_a_connector(window, qtbot, tmp_path: Path):
    open_project(window, small_project(), tmp_path / "p.journey")
    before = _dump(window)
    viewport = window.view.viewport()
    QTest.mouseClick(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        _card_centre(window, "c1"),
    )
    drag(window, _handle(window, "c1"), _card_centre(window, "c3"))
    qtbot.waitUntil(lambda: window.stack.count() == 1)
    links = window.document.map("map-1").connectors
    assert [(k.from_card, k.to_card) for k in links][-1] == ("c1", "c3")
    assert window.stack.undoText() == "Add connector"
    assert any(isinstance(i, ConnectorItem) for i in window.current_scene().items())
    assert window.current_scene().layout.connectors[-1].points[0][0] > 0
    window.stack.undo()
    assert _dump(window) == before


def test_dropping_the_handle_on_empty_space_or_the_same_card_adds_nothing(window, qtbot, tmp_path):
    open_project(window, small_project(), tmp_path / "p.journey")
    viewport = window.view.viewport()
    QTest.mouseClick(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        _card_centre(window, "c1"),
    )
    drag(window, _handle(window, "c1"), _card_centre(window, "c1"))
    rect = window.current_scene().layout.cell_rect("order", "thinking")
    QTest.mouseClick(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        _card_centre(window, "c1"),
    )
    drag(window, _handle(window, "c1"), view_point(window, rect.center_x, rect.center_y))
    QTest.qWait(20)
    assert window.stack.count() == 0


def test_a_connector_is_selected_by_clicking_its_line_and_deleted_with_delete(window, tmp_path):
    open_project(window, small_project(), tmp_path / "p.journey")
    before = _dump(window)
    path = window.current_scene().layout.connectors[0]
    (x1, y1), (x2, y2) = path.points[1], path.points[2]  # the run through the gutter
    viewport = window.view.viewport()
    QTest.mouseClick(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        view_point(window, (x1 + x2) / 2, (y1 + y2) / 2),
    )
    assert window.current_scene().selected_connector_ids() == ["k1"]
    QTest.keyClick(viewport, Qt.Key.Key_Delete)
    assert window.document.map("map-1").connectors == []
    assert window.stack.undoText() == "Delete connector"
    window.stack.undo()
    assert _dump(window) == before


def test_reverse_two_way_and_relabel_are_undoable(window, tmp_path):
    open_project(window, small_project(), tmp_path / "p.journey")
    before = _dump(window)
    editor = window.editor
    editor.reverse_connector("map-1", "k1")
    editor.set_connector_two_way("map-1", "k1", True)
    editor.relabel_connector("map-1", "k1", "retry")
    link = window.document.map("map-1").connectors[0]
    assert (link.from_card, link.to_card, link.two_way, link.label) == ("c4", "c3", True, "retry")
    assert window.current_scene().layout.connectors[0].two_way
    for _ in range(3):
        window.stack.undo()
    assert _dump(window) == before
