"""The canvas driven with real mouse and keyboard events: every edit lands in the model, undoes
exactly, and survives save and reopen."""

from __future__ import annotations

from pathlib import Path

from builders import small_project
from gui.conftest import drag, open_project, type_text, view_point
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from journeydesigner.canvas.editing import CardTextEditor
from journeydesigner.io.load import read_project
from journeydesigner.io.save import serialise_project


def _dump(window) -> str:
    return window.document.project.model_dump_json()


def _centre(window, card_id: str):
    box = window.current_scene().cards[card_id].box.rect
    return view_point(window, box.center_x, box.center_y)


def _cell_point(window, step_id: str, lane_id: str, dy: float = 0.0):
    rect = window.current_scene().layout.cell_rect(step_id, lane_id)
    return view_point(window, rect.center_x, rect.bottom - 10 + dy)


def test_the_scene_shows_every_card_and_the_title_names_the_file(window, tmp_path: Path):
    open_project(window, small_project(), tmp_path / "guitar.journey")
    scene = window.current_scene()
    assert set(scene.cards) == {"c1", "c2", "c3", "c4"}
    assert window.windowTitle().startswith("guitar.journey")
    assert not window.isWindowModified()


def test_dragging_a_card_to_another_cell_moves_it_and_undo_restores_exactly(window, tmp_path: Path):
    open_project(window, small_project(), tmp_path / "p.journey")
    before = _dump(window)
    drag(window, _centre(window, "c3"), _cell_point(window, "pay", "doing"))
    card = window.document.card("map-1", "c3")
    assert (card.step_id, card.lane_id) == ("pay", "doing")
    assert window.stack.count() == 1, "one drag is one undo step"
    assert window.stack.undoText() == "Move card"
    assert window.isWindowModified()
    window.stack.undo()
    assert _dump(window) == before
    assert not window.isWindowModified()


def test_dragging_within_a_cell_reorders(window, tmp_path: Path):
    open_project(window, small_project(), tmp_path / "p.journey")
    scene = window.current_scene()
    below_c2 = scene.cards["c2"].box.rect
    drag(window, _centre(window, "c1"), view_point(window, below_c2.center_x, below_c2.bottom + 4))
    cell = [c.id for c in window.document.map("map-1").cards_in("aw", "doing")]
    assert cell == ["c2", "c1"]
    assert window.stack.undoText() == "Reorder card"


def test_dropping_on_the_emotion_lane_is_refused_and_the_card_goes_back(window, tmp_path: Path):
    open_project(window, small_project(), tmp_path / "p.journey")
    before = _dump(window)
    start_pos = window.current_scene().cards["c1"].pos()
    drag(window, _centre(window, "c1"), _cell_point(window, "order", "feeling", dy=-30))
    assert _dump(window) == before
    assert window.stack.count() == 0
    assert window.current_scene().cards["c1"].pos() == start_pos


def test_escape_cancels_a_drag(window, tmp_path: Path):
    open_project(window, small_project(), tmp_path / "p.journey")
    viewport = window.view.viewport()
    start, end = _centre(window, "c1"), _cell_point(window, "pay", "doing")
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, start + (end - start) * 0.5)
    QTest.mouseMove(viewport, end)
    QTest.keyClick(viewport, Qt.Key.Key_Escape)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert window.document.card("map-1", "c1").step_id == "aw"
    assert window.stack.count() == 0


def test_dragging_an_emotion_point_snaps_to_a_level_and_undoes(window, qtbot, tmp_path: Path):
    open_project(window, small_project(), tmp_path / "p.journey")
    before = _dump(window)
    scene = window.current_scene()
    layout = scene.layout
    curve = next(c for c in layout.curves if c.persona_id == "anna")
    point = next(p for p in curve.points if p.step_id == "pay")  # score -2
    level_1 = next(t.y for t in layout.ticks if t.value == 1)
    drag(window, view_point(window, point.x, point.y), view_point(window, point.x, level_1 + 3))
    qtbot.waitUntil(lambda: window.stack.count() == 1)
    scores = {
        (p.step_id, p.persona_id): p.score for p in window.document.map("map-1").emotion_points
    }
    assert scores[("pay", "anna")] == 1.0
    window.stack.undo()
    assert _dump(window) == before


def test_double_click_edits_a_card_in_place_and_enter_commits(window, tmp_path: Path):
    open_project(window, small_project(), tmp_path / "p.journey")
    viewport = window.view.viewport()
    QTest.mouseDClick(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, _centre(window, "c1")
    )
    editor = window.current_scene().focusItem()
    assert isinstance(editor, CardTextEditor)
    type_text(viewport, "Widzi reklamę 廣告")
    QTest.keyClick(viewport, Qt.Key.Key_Return)
    assert window.document.card("map-1", "c1").text == "Widzi reklamę 廣告"
    assert window.stack.undoText() == "Edit card text"
    window.stack.undo()
    assert window.document.card("map-1", "c1").text == "Sees an ad on YouTube"


def test_escape_cancels_in_place_editing(window, tmp_path: Path):
    open_project(window, small_project(), tmp_path / "p.journey")
    viewport = window.view.viewport()
    QTest.mouseDClick(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, _centre(window, "c1")
    )
    QTest.keyClicks(viewport, "something else")
    QTest.keyClick(viewport, Qt.Key.Key_Escape)
    assert window.document.card("map-1", "c1").text == "Sees an ad on YouTube"
    assert window.stack.count() == 0


def test_shift_enter_breaks_the_line_inside_a_card(window, tmp_path: Path):
    open_project(window, small_project(), tmp_path / "p.journey")
    viewport = window.view.viewport()
    QTest.mouseDClick(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, _centre(window, "c1")
    )
    QTest.keyClicks(viewport, "one")
    QTest.keyClick(viewport, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClicks(viewport, "two")
    QTest.keyClick(viewport, Qt.Key.Key_Return)
    assert window.document.card("map-1", "c1").text == "one\ntwo"


def test_double_click_on_an_empty_cell_writes_a_new_card(window, tmp_path: Path):
    open_project(window, small_project(), tmp_path / "p.journey")
    viewport = window.view.viewport()
    QTest.mouseDClick(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        _cell_point(window, "order", "thinking"),
    )
    QTest.keyClicks(viewport, "Is this shop safe?")
    QTest.keyClick(viewport, Qt.Key.Key_Return)
    added = window.document.map("map-1").cards_in("order", "thinking")
    assert [c.text for c in added] == ["Is this shop safe?"]
    assert window.stack.undoText() == "Add card"
    assert added[0].id in window.current_scene().cards
    window.stack.undo()
    assert window.document.map("map-1").cards_in("order", "thinking") == []
    assert added[0].id not in window.current_scene().cards


def test_a_new_card_left_empty_is_not_added(window, tmp_path: Path):
    open_project(window, small_project(), tmp_path / "p.journey")
    viewport = window.view.viewport()
    QTest.mouseDClick(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        _cell_point(window, "order", "thinking"),
    )
    QTest.keyClick(viewport, Qt.Key.Key_Return)
    assert window.stack.count() == 0


def test_delete_key_removes_the_selected_card_and_its_connector(window, tmp_path: Path):
    open_project(window, small_project(), tmp_path / "p.journey")
    before = _dump(window)
    viewport = window.view.viewport()
    QTest.mouseClick(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, _centre(window, "c4")
    )
    QTest.keyClick(viewport, Qt.Key.Key_Delete)
    journey_map = window.document.map("map-1")
    assert "c4" not in {c.id for c in journey_map.cards}
    assert journey_map.connectors == []
    assert "c4" not in window.current_scene().cards
    window.stack.undo()
    assert _dump(window) == before


def test_rubber_band_selects_several_cards_and_they_move_together(window, tmp_path: Path):
    open_project(window, small_project(), tmp_path / "p.journey")
    scene = window.current_scene()
    c1, c2 = scene.cards["c1"].box.rect, scene.cards["c2"].box.rect
    drag(
        window,
        view_point(window, c1.x - 4, c1.y - 4),
        view_point(window, c2.right - 4, c2.bottom + 2),
    )
    assert set(scene.selected_card_ids()) == {"c1", "c2"}
    drag(window, _centre(window, "c1"), _cell_point(window, "order", "doing"))
    cell = [c.id for c in window.document.map("map-1").cards_in("order", "doing")]
    assert cell == ["c3", "c1", "c2"]
    assert window.stack.count() == 1


def test_save_and_reopen_gives_the_same_project(window, tmp_path: Path):
    path = tmp_path / "p.journey"
    open_project(window, small_project(), path)
    drag(window, _centre(window, "c3"), _cell_point(window, "pay", "doing"))
    assert window.save()
    assert not window.isWindowModified()
    reopened = read_project(path)
    assert serialise_project(reopened) == path.read_bytes()
    assert reopened.maps == window.document.project.maps


def test_ctrl_wheel_zoom_and_fit(window, tmp_path: Path):
    open_project(window, small_project(), tmp_path / "p.journey")
    window.view.zoom_in()
    assert window.view.zoom > 1.0
    window.view.fit()
    layout = window.current_scene().layout
    shown = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert shown.width() >= layout.width - 1
    assert shown.height() >= layout.height - 1
    window.view.reset_zoom()
    assert window.view.zoom == 1.0


def test_headers_stay_visible_when_scrolling(window, tmp_path: Path):
    project = small_project()
    open_project(window, project, tmp_path / "p.journey")
    window.view.set_zoom(3.0)
    window.view.horizontalScrollBar().setValue(window.view.horizontalScrollBar().maximum())
    window.view.verticalScrollBar().setValue(window.view.verticalScrollBar().maximum())
    top_left = window.view.mapToScene(0, 0)
    scene = window.current_scene()
    assert all(
        abs(item.y() - top_left.y()) < 1
        for item in scene._stage_headers
        if item.zValue() and not hasattr(item, "offset_y")
    )
    assert all(abs(item.x() - top_left.x()) < 1 for item in scene._lane_headers)
