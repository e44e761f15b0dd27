"""The scene updates only what an edit changed; after any edits it must still equal a scene built
from scratch, and zoomed far out it draws cells as blocks while cards stay clickable."""

from __future__ import annotations

from pathlib import Path

from builders import small_project
from gui.conftest import drag, open_project, view_point
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QGraphicsItem

from journeydesigner.canvas.items import (
    CardItem,
    CellItem,
    CurveItem,
    EmotionPointItem,
    LaneHeaderItem,
    LegendItem,
    MetricChipItem,
    StageHeaderItem,
)
from journeydesigner.canvas.scene import MapScene
from journeydesigner.layout.style import EDITOR_PALETTE, PROJECTION_DARK
from journeydesigner.model import Card


def _geometry(scene: MapScene) -> dict[str, object]:
    """Where everything a card edit can move is, in scene coordinates."""
    cards = {
        card_id: (item.box, item.scenePos().x(), item.scenePos().y())
        for card_id, item in scene.cards.items()
    }
    points = sorted(
        (i.curve.persona_id or "", i.point.step_id, i.scenePos().y(), i.point.y)
        for i in scene.items()
        if isinstance(i, EmotionPointItem)
    )
    curves = sorted(
        (i.curve.label, i.sceneBoundingRect().top())
        for i in scene.items()
        if isinstance(i, CurveItem)
    )
    headers = sorted(
        (i.lane_id, i.scenePos().y(), i.boundingRect().height())
        for i in scene.items()
        if isinstance(i, LaneHeaderItem)
    )
    chips = sorted(
        (i.metric_id, i.scenePos().y()) for i in scene.items() if isinstance(i, MetricChipItem)
    )
    legends = [i.scenePos().y() for i in scene.items() if isinstance(i, LegendItem)]
    in_scene = sorted(i.card_id for i in scene.items() if isinstance(i, CardItem))
    return {
        "cards": cards,
        "in_scene": in_scene,
        "points": points,
        "curves": curves,
        "headers": headers,
        "chips": chips,
        "legends": legends,
    }


def test_after_edits_undo_and_redo_the_scene_equals_one_built_afresh(window, tmp_path: Path):
    open_project(window, small_project(), tmp_path / "p.journey")
    editor, scene = window.editor, window.current_scene()
    long_text = "A much longer text that wraps over several lines of the card " * 3
    # Moves in the top lane make every lane below (curves, chips, headers) move down.
    editor.move_cards("map-1", ["c3"], "aw", "doing", 0)
    editor.set_card_text("map-1", "c1", long_text)
    editor.move_cards("map-1", ["c1", "c2"], "pay", "pains", 1)
    new = Card(id="new", step_id="order", lane_id="thinking", text=long_text)
    added = editor.add_cards("map-1", [new], "order", "thinking", 0, "Add card")
    editor.remove_cards("map-1", ["c4"])
    for _ in range(3):
        window.stack.undo()
    fresh = MapScene(editor, "map-1")
    assert _geometry(scene) == _geometry(fresh)
    fresh.detach()
    for _ in range(2):
        window.stack.redo()
    fresh = MapScene(editor, "map-1")
    assert _geometry(scene) == _geometry(fresh)
    assert set(scene.cards) == {"c1", "c2", "c3", "c4", *added}
    fresh.detach()


def test_a_drop_that_changes_nothing_puts_the_card_back_in_place(window, tmp_path: Path):
    open_project(window, small_project(), tmp_path / "p.journey")
    scene = window.current_scene()
    box = scene.cards["c2"].box.rect
    start = view_point(window, box.center_x, box.center_y)
    # Dropped just below itself, the last card of its cell stays where it is.
    drag(window, start, view_point(window, box.center_x, box.bottom + 3))
    assert window.stack.count() == 0
    assert scene.cards["c2"].box.rect == box
    assert scene.cards["c2"].scenePos() == QPointF(box.x, box.y)
    assert scene.cards["c2"].zValue() == scene.cards["c1"].zValue()


def test_zoomed_out_cells_draw_blocks_and_cards_can_still_be_clicked(window, tmp_path: Path):
    open_project(window, small_project(), tmp_path / "p.journey")
    scene = window.current_scene()
    window.view.set_zoom(0.2)
    QTest.qWait(10)
    no_contents = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
    assert all(item.flags() & no_contents for item in scene.cards.values())
    cells = [i for i in scene.items() if isinstance(i, CellItem)]
    assert cells
    assert all(c.cacheMode() == QGraphicsItem.CacheMode.DeviceCoordinateCache for c in cells)
    box = scene.cards["c3"].box
    image = window.view.viewport().grab().toImage()
    centre = view_point(window, box.rect.center_x, box.rect.center_y)
    shown = QColor(image.pixel(centre.x(), centre.y()))
    fill = QColor(box.tint.fill)
    assert abs(shown.red() - fill.red()) + abs(shown.green() - fill.green()) < 30
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert scene.selected_card_ids() == ["c3"]
    window.view.reset_zoom()
    assert not any(item.flags() & no_contents for item in scene.cards.values())
    assert all(c.cacheMode() == QGraphicsItem.CacheMode.NoCache for c in cells)


def _pixel_at(window, card_id: str) -> QColor:
    box = window.current_scene().cards[card_id].box.rect
    centre = view_point(window, box.center_x, box.y + 3)
    return QColor(window.view.viewport().grab().toImage().pixel(centre.x(), centre.y()))


def test_a_theme_repaints_cards_kept_as_pixmaps_close_up_and_zoomed_out(window, tmp_path: Path):
    open_project(window, small_project(), tmp_path / "p.journey")
    scene = window.current_scene()
    tint = scene.cards["c1"].box.tint
    themed = PROJECTION_DARK.tint(tint)
    assert themed.fill != tint.fill, "the test needs a theme that changes this card's tint"
    for zoom in (1.0, 0.2):
        window.view.set_zoom(zoom)
        scene.set_theme(EDITOR_PALETTE)
        before = _pixel_at(window, "c1")  # painted once, now kept as a pixmap
        scene.set_theme(PROJECTION_DARK)
        after = _pixel_at(window, "c1")
        assert after != before
        assert abs(after.red() - QColor(themed.fill).red()) < 40
    scene.set_theme(EDITOR_PALETTE)


def test_votes_on_a_card_reach_its_stage_badge_without_a_rebuild(window, tmp_path: Path):
    open_project(window, small_project(), tmp_path / "p.journey")
    scene = window.current_scene()
    window.editor.change_votes("map-1", ["c1", "c3"], 2)
    fresh = MapScene(window.editor, "map-1")
    shown = {i.stage_id: i.votes for i in scene.items() if isinstance(i, StageHeaderItem)}
    expected = {i.stage_id: i.votes for i in fresh.items() if isinstance(i, StageHeaderItem)}
    fresh.detach()
    assert shown == expected
    assert sum(shown.values()) == 4
