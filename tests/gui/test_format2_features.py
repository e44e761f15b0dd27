"""Naming blueprint lines, hiding curves and linking maps, from the canvas; all undoable."""

from __future__ import annotations

from pathlib import Path

from builders import small_project
from gui.conftest import open_project, type_text, view_point
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from journeydesigner.canvas.items import BlueprintLineItem, LaneHeaderItem
from journeydesigner.io.load import read_project
from journeydesigner.model import EmotionPoint
from journeydesigner.templates import instantiate


def _dump(window) -> str:
    return window.document.project.model_dump_json()


def test_clicking_a_curve_in_the_key_hides_it_and_again_shows_it(window, tmp_path: Path):
    project = small_project()
    project.maps[0].emotion_points.append(
        EmotionPoint(lane_id="feeling", step_id="aw", persona_id="anna", variant="to_be", score=2)
    )
    open_project(window, project, tmp_path / "p.journey")
    before = _dump(window)
    header = next(
        i
        for i in window.current_scene().items()
        if isinstance(i, LaneHeaderItem) and i.lane_id == "feeling"
    )
    entry = header.mapToScene(40, 52 + 17 + 7)  # the second key entry: Anna, to-be
    viewport = window.view.viewport()
    QTest.mouseClick(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        view_point(window, entry.x(), entry.y()),
    )
    QTest.qWait(10)
    journey_map = window.document.map("map-1")
    assert [(c.persona_id, c.variant) for c in journey_map.hidden_curves] == [("anna", "to_be")]
    layout = window.current_scene().layout
    assert [(c.persona_id, c.variant) for c in layout.curves] == [("anna", "as_is")]
    assert [(c.persona_id, c.variant) for c in layout.hidden_curves] == [("anna", "to_be")]
    assert window.stack.undoText() == "Hide curve"
    QTest.mouseClick(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        view_point(window, entry.x(), entry.y()),
    )
    QTest.qWait(10)
    assert window.document.map("map-1").hidden_curves == []
    window.stack.undo()
    window.stack.undo()
    assert _dump(window) == before


def test_a_blueprint_line_is_renamed_by_double_clicking_its_name(window, tmp_path: Path):
    open_project(window, instantiate("service-blueprint"), tmp_path / "b.journey")
    line = next(
        i
        for i in window.current_scene().items()
        if isinstance(i, BlueprintLineItem) and i.line.kind == "visibility"
    )
    box = line.label_rect()
    viewport = window.view.viewport()
    QTest.mouseDClick(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        view_point(window, box.center().x(), box.center().y()),
    )
    QTest.keySequence(viewport, "Ctrl+A")
    type_text(viewport, "Linia widoczności")
    QTest.keyClick(viewport, Qt.Key.Key_Return)
    journey_map = window.document.project.maps[0]
    assert journey_map.line_labels.visibility == "Linia widoczności"
    labels = {line.kind: line.label for line in window.current_scene().layout.lines}
    assert labels["visibility"] == "Linia widoczności"
    assert labels["interaction"] == "Line of interaction"
    assert window._save_to(tmp_path / "b.journey")
    assert (
        read_project(tmp_path / "b.journey").maps[0].line_labels.visibility == "Linia widoczności"
    )


def test_maps_link_in_pairs_and_undo_unlinks(window, tmp_path: Path):
    open_project(window, small_project(), tmp_path / "p.journey")
    editor = window.editor
    blueprint = editor.add_map(instantiate("service-blueprint").maps[0])
    third = editor.add_map(instantiate("blank").maps[0])
    before = _dump(window)
    editor.link_map("map-1", blueprint)
    maps = {m.id: m.linked_map_id for m in window.document.project.maps}
    assert maps == {"map-1": blueprint, blueprint: "map-1", third: None}
    editor.link_map(third, blueprint)  # the blueprint's old partner is let go
    maps = {m.id: m.linked_map_id for m in window.document.project.maps}
    assert maps == {"map-1": None, blueprint: third, third: blueprint}
    window.show_map(third)
    window.structure.go_to_linked_map(third)
    assert window.current_map_id == blueprint
    window.stack.undo()
    window.stack.undo()
    assert _dump(window) == before


def test_the_key_under_the_grid_lists_only_the_markers_the_map_uses(window, tmp_path: Path):
    from journeydesigner.canvas.items import LegendItem

    open_project(window, small_project(), tmp_path / "p.journey")
    key = next(i for i in window.current_scene().items() if isinstance(i, LegendItem))
    assert key._evidence == ["observed"]
    assert key._fail
    assert key._off  # conversion 2.5 % against a target of 3
    assert not key._on
    assert key.y() > window.current_scene().layout.height
    window.editor.remove_cards("map-1", ["c3", "c4"])
    key = next(i for i in window.current_scene().items() if isinstance(i, LegendItem))
    assert key._evidence == []
    assert not key._fail
