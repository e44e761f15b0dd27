"""Stages, steps, lanes and maps edited the way a designer does: drag headers, rename in place,
use the keyboard only, copy and paste; every edit undoes exactly."""

from __future__ import annotations

from pathlib import Path

from builders import small_project
from gui.conftest import drag, open_project, type_text, view_point
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from journeydesigner.canvas.editing import CardTextEditor
from journeydesigner.canvas.items import LaneHeaderItem, StageHeaderItem


def _dump(window) -> str:
    return window.document.project.model_dump_json()


def _header(window, cls, attribute: str, item_id: str):
    scene = window.current_scene()
    return next(i for i in scene.items() if isinstance(i, cls) and getattr(i, attribute) == item_id)


def _point_of(window, item, dx: float = 0.0, dy: float = 0.0):
    box = item.sceneBoundingRect()
    return view_point(window, box.center().x() + dx, box.center().y() + dy)


def test_dragging_a_stage_header_reorders_stages_with_their_cards(window, qtbot, tmp_path: Path):
    open_project(window, small_project(), tmp_path / "p.journey")
    before = _dump(window)
    awareness = _header(window, StageHeaderItem, "stage_id", "awareness")
    layout = window.current_scene().layout
    end = view_point(window, layout.width - 20, awareness.sceneBoundingRect().center().y())
    drag(window, _point_of(window, awareness), end)
    qtbot.waitUntil(lambda: window.stack.count() == 1)
    journey_map = window.document.map("map-1")
    assert [s.id for s in journey_map.stages] == ["purchase", "awareness"]
    assert window.current_scene().layout.column("aw").index == 2
    assert window.stack.undoText() == "Move stage"
    window.stack.undo()
    assert _dump(window) == before


def test_dragging_a_lane_header_reorders_lanes(window, qtbot, tmp_path: Path):
    open_project(window, small_project(), tmp_path / "p.journey")
    doing = _header(window, LaneHeaderItem, "lane_id", "doing")
    pains_row = window.current_scene().layout.row("pains")
    end = view_point(
        window, doing.sceneBoundingRect().center().x(), pains_row.y + pains_row.height - 5
    )
    drag(window, _point_of(window, doing), end)
    qtbot.waitUntil(lambda: window.stack.count() == 1)
    assert [lane.id for lane in window.document.map("map-1").lanes] == [
        "thinking",
        "feeling",
        "pains",
        "doing",
        "kpis",
    ]


def test_escape_cancels_a_header_drag(window, tmp_path: Path):
    open_project(window, small_project(), tmp_path / "p.journey")
    before = _dump(window)
    awareness = _header(window, StageHeaderItem, "stage_id", "awareness")
    viewport = window.view.viewport()
    start = _point_of(window, awareness)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, start + (start * 0).__class__(300, 0))
    QTest.keyClick(viewport, Qt.Key.Key_Escape)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.qWait(5)
    assert _dump(window) == before
    assert window.stack.count() == 0


def test_double_click_on_a_stage_header_renames_it_in_place(window, tmp_path: Path):
    open_project(window, small_project(), tmp_path / "p.journey")
    viewport = window.view.viewport()
    header = _header(window, StageHeaderItem, "stage_id", "purchase")
    QTest.mouseDClick(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        _point_of(window, header),
    )
    assert isinstance(window.current_scene().focusItem(), CardTextEditor)
    type_text(viewport, "Zakup 購買")
    QTest.keyClick(viewport, Qt.Key.Key_Return)
    assert window.document.map("map-1").stages[1].name == "Zakup 購買"
    assert window.stack.undoText() == "Rename stage"


def test_an_empty_lane_name_is_refused_and_the_old_one_kept(window, tmp_path: Path):
    open_project(window, small_project(), tmp_path / "p.journey")
    viewport = window.view.viewport()
    header = _header(window, LaneHeaderItem, "lane_id", "doing")
    QTest.mouseDClick(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        _point_of(window, header, -40, -10),
    )
    QTest.keyClick(viewport, Qt.Key.Key_Delete)
    QTest.keyClick(viewport, Qt.Key.Key_Return)
    assert window.document.map("map-1").lane("doing").title == "Doing"
    assert window.stack.count() == 0


def test_adding_a_stage_with_the_keyboard_and_naming_it(window, tmp_path: Path):
    open_project(window, small_project(), tmp_path / "p.journey")
    window.view.setFocus()
    QTest.keySequence(window, "Ctrl+Alt+S")
    viewport = window.view.viewport()
    type_text(viewport, "Retention")
    QTest.keyClick(viewport, Qt.Key.Key_Return)
    stages = window.document.map("map-1").stages
    assert [s.name for s in stages] == ["Awareness", "Purchase", "Retention"]
    assert window.stack.count() == 2  # add, then rename: two steps a user can undo one by one


def test_deleting_a_lane_and_undo_restore_cards_curves_and_metrics(window, tmp_path: Path):
    open_project(window, small_project(), tmp_path / "p.journey")
    before = _dump(window)
    window.editor.remove_lane("map-1", "feeling")
    assert window.document.map("map-1").emotion_points == []
    assert not window.current_scene().layout.curves
    window.stack.undo()
    assert _dump(window) == before
    assert window.current_scene().layout.curves


def test_keyboard_only_tab_arrows_and_typing_build_cards(window, qtbot, tmp_path: Path):
    open_project(window, small_project(), tmp_path / "p.journey")
    view = window.view
    view.setFocus()
    scene = window.current_scene()
    QTest.keyClick(view, Qt.Key.Key_Tab)  # the first cell: Awareness × Doing
    assert scene.current_cell == ("aw", "doing")
    assert scene.selected_card_ids() == ["c1"]
    QTest.keyClick(view, Qt.Key.Key_Down)  # the next card in the cell
    assert scene.selected_card_ids() == ["c2"]
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert scene.current_cell == ("order", "doing")
    QTest.keyClick(view, Qt.Key.Key_Down)  # past the last card: the lane below
    assert scene.current_cell == ("order", "thinking")
    assert scene.selected_card_ids() == []
    type_text(view.viewport(), "W")  # typing starts a card with what was typed
    type_text(view.viewport(), "hy so slow?")
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert [c.text for c in window.document.map("map-1").cards_in("order", "thinking")] == [
        "Why so slow?"
    ]
    # Enter opened the next card in the same cell
    qtbot.waitUntil(lambda: isinstance(window.current_scene().focusItem(), CardTextEditor))
    type_text(view.viewport(), "Is it safe?")
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Escape)
    texts = [c.text for c in window.document.map("map-1").cards_in("order", "thinking")]
    assert texts == ["Why so slow?", "Is it safe?"]


def test_enter_edits_the_selected_card_and_alt_arrows_move_it(window, tmp_path: Path):
    open_project(window, small_project(), tmp_path / "p.journey")
    view = window.view
    view.setFocus()
    scene = window.current_scene()
    scene.select_cards(["c1"])
    QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [c.id for c in window.document.map("map-1").cards_in("aw", "doing")] == ["c2", "c1"]
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.document.card("map-1", "c1").step_id == "order"
    assert scene.selected_card_ids() == ["c1"]
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert isinstance(scene.focusItem(), CardTextEditor)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Escape)
    window.stack.undo()
    window.stack.undo()
    assert [c.id for c in window.document.map("map-1").cards_in("aw", "doing")] == ["c1", "c2"]


def test_duplicate_copy_and_paste_cards(window, tmp_path: Path):
    open_project(window, small_project(), tmp_path / "p.journey")
    view = window.view
    view.setFocus()
    scene = window.current_scene()
    scene.select_cards(["c3"])
    QTest.keySequence(view, "Ctrl+D")
    cell = window.document.map("map-1").cards_in("order", "doing")
    assert [c.text for c in cell] == ["Orders a guitar", "Orders a guitar"]
    assert cell[1].evidence == "observed"
    scene.select_cards(["c4"])
    QTest.keySequence(view, "Ctrl+C")
    scene.select_cards(["c1"])
    QTest.keySequence(view, "Ctrl+V")
    pasted = window.document.map("map-1").cards_in("aw", "doing")
    assert [c.text for c in pasted][:2] == [
        "Sees an ad on YouTube",
        "Płatność kartą odrzucona — 付款失敗",
    ]
    assert pasted[1].fail_point
    assert window.stack.undoText() == "Paste card"


def test_pasting_plain_text_makes_one_card_per_line(window, tmp_path: Path):
    open_project(window, small_project(), tmp_path / "p.journey")
    data = QMimeData()
    data.setText("First idea\n\n  Second   idea \n三個")
    QApplication.clipboard().setMimeData(data)
    window.current_scene().select_cards(["c4"])
    window.paste()
    texts = [c.text for c in window.document.map("map-1").cards_in("pay", "pains")]
    assert texts == ["Płatność kartą odrzucona — 付款失敗", "First idea", "Second idea", "三個"]
    assert window.stack.count() == 1


def test_duplicate_a_map_as_future_state_then_delete_it(window, tmp_path: Path, monkeypatch):
    open_project(window, small_project(), tmp_path / "p.journey")
    window.structure.duplicate_map("map-1")
    maps = window.document.project.maps
    assert [m.kind for m in maps] == ["current_state", "future_state"]
    assert window.map_list.count() == 2
    assert window.current_map_id == maps[1].id
    window.stack.undo()
    assert window.map_list.count() == 1
    assert window.current_map_id == "map-1"


def _drop(window, payload, point) -> None:
    """Deliver a drag-and-drop from the palette onto the canvas, as Qt would."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

    viewport = window.view.viewport()
    actions = Qt.DropAction.CopyAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    position = QPointF(point)
    for event in (
        QDragEnterEvent(point, actions, payload, buttons, modifiers),
        QDragMoveEvent(point, actions, payload, buttons, modifiers),
        QDropEvent(position, actions, payload, buttons, modifiers),
    ):
        QApplication.sendEvent(viewport, event)


def test_dragging_a_pain_point_from_the_palette_into_a_cell_adds_a_pink_card(
    window, qtbot, tmp_path
):
    open_project(window, small_project(), tmp_path / "p.journey")
    palette = window.palette_panel.cards
    item = next(
        palette.item(i) for i in range(palette.count()) if palette.item(i).text() == "Pain point"
    )
    payload = palette.mimeData([item])
    rect = window.current_scene().layout.cell_rect("order", "thinking")
    _drop(window, payload, view_point(window, rect.center_x, rect.center_y))
    cards = window.document.map("map-1").cards_in("order", "thinking")
    assert len(cards) == 1
    assert cards[0].colour == "#FBDDDD"  # the pain-point tint, in a thinking lane
    qtbot.waitUntil(lambda: isinstance(window.current_scene().focusItem(), CardTextEditor))
    type_text(window.view.viewport(), "Slow")
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_Return)
    assert window.document.card("map-1", cards[0].id).text == "Slow"


def test_dragging_a_lane_type_between_lanes_inserts_the_lane_there(window, qtbot, tmp_path):
    open_project(window, small_project(), tmp_path / "p.journey")
    palette = window.palette_panel.lanes
    item = next(
        palette.item(i) for i in range(palette.count()) if palette.item(i).text() == "Opportunities"
    )
    boundary = window.current_scene().layout.row("thinking").y + 3
    _drop(window, palette.mimeData([item]), view_point(window, 600, boundary))
    lanes = window.document.map("map-1").lanes
    assert [lane.kind for lane in lanes][:3] == ["actions", "opportunities", "thoughts"]
    assert window.stack.undoText() == "Add lane"
    qtbot.waitUntil(lambda: isinstance(window.current_scene().focusItem(), CardTextEditor))
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_Escape)
    window.stack.undo()
    assert [lane.id for lane in window.document.map("map-1").lanes][:2] == ["doing", "thinking"]


def test_a_palette_card_dropped_on_a_header_is_refused(window, tmp_path):
    open_project(window, small_project(), tmp_path / "p.journey")
    palette = window.palette_panel.cards
    _drop(window, palette.mimeData([palette.item(0)]), view_point(window, 40, 200))
    assert window.stack.count() == 0


def test_find_selects_matching_cards_one_after_another(window, tmp_path):
    from journeydesigner.app.find_bar import matching_cards

    project = small_project()
    open_project(window, project, tmp_path / "p.journey")
    assert matching_cards(project.maps[0], "PAYMENT") == ["c4"]  # a tag, any case
    assert matching_cards(project.maps[0], "guitar orders") == ["c3"]  # every word, any order
    QTest.keySequence(window, "Ctrl+F")
    assert window.find_bar.isVisible()
    QTest.keyClicks(window.find_bar.field, "a")
    scene = window.current_scene()
    first = scene.selected_card_ids()
    assert len(first) == 1
    QTest.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert scene.selected_card_ids() != first
    QTest.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    window.find_bar.field.setText("no such words")
    assert window.find_bar.count.text() == "No cards found"


def test_dragging_header_borders_resizes_steps_and_lanes(window, tmp_path):
    open_project(window, small_project(), tmp_path / "p.journey")
    layout = window.current_scene().layout
    column = layout.column("aw")
    border_x = column.x + column.width
    drag(window, view_point(window, border_x, 30), view_point(window, border_x + 60, 30))
    assert window.document.map("map-1").stages[0].steps[0].width == column.width + 60
    assert window.current_scene().layout.column("aw").width == column.width + 60
    row = layout.row("thinking")
    border_y = row.y + row.height
    drag(window, view_point(window, 60, border_y), view_point(window, 60, border_y + 50))
    assert window.document.map("map-1").lane("thinking").height == row.height + 50
    QTest.mouseDClick(
        window.view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        view_point(window, border_x + 60, 30),
    )
    assert window.document.map("map-1").stages[0].steps[0].width is None
    assert [window.stack.text(i) for i in range(window.stack.count())] == [
        "Resize step",
        "Resize lane",
        "Resize step",
    ]


def test_dragging_a_step_header_reorders_steps_and_can_move_one_to_another_stage(
    window, qtbot, tmp_path
):
    from journeydesigner.canvas.items import StepHeaderItem

    open_project(window, small_project(), tmp_path / "p.journey")
    pay = _header(window, StepHeaderItem, "step_id", "pay")
    order = window.current_scene().layout.column("order")
    y = pay.sceneBoundingRect().center().y()
    drag(window, _point_of(window, pay), view_point(window, order.x + 10, y))
    qtbot.waitUntil(lambda: window.stack.count() == 1)
    assert [t.id for t in window.document.map("map-1").stages[1].steps] == ["pay", "order"]
    assert window.stack.undoText() == "Move step"
    # into the first stage, after its only step
    aw = window.current_scene().layout.column("aw")
    pay = _header(window, StepHeaderItem, "step_id", "pay")
    drag(window, _point_of(window, pay), view_point(window, aw.x + aw.width - 10, y))
    qtbot.waitUntil(lambda: window.stack.count() == 2)
    stages = window.document.map("map-1").stages
    assert [t.id for t in stages[0].steps] == ["aw", "pay"]
    assert [t.id for t in stages[1].steps] == ["order"]
    assert window.document.card("map-1", "c4").step_id == "pay"  # cards travel with their step


def _png(width: int, height: int) -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#0072B2"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def _drop_files(window, paths, point) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    viewport = window.view.viewport()
    action = Qt.DropAction.CopyAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(viewport, QDragEnterEvent(point, action, data, buttons, modifiers))
    QApplication.sendEvent(viewport, QDropEvent(QPointF(point), action, data, buttons, modifiers))


def test_a_picture_dropped_on_a_cell_becomes_a_scaled_image_card(window, tmp_path, monkeypatch):
    from journeydesigner.model.images import sniff_image

    open_project(window, small_project(), tmp_path / "p.journey")
    picture = tmp_path / "storyboard.png"
    picture.write_bytes(_png(3200, 1600))
    rect = window.current_scene().layout.cell_rect("order", "thinking")
    _drop_files(window, [picture], view_point(window, rect.center_x, rect.center_y))
    cards = window.document.map("map-1").cards_in("order", "thinking")
    assert len(cards) == 1
    image = cards[0].image
    assert image is not None
    info = sniff_image(image.raw_bytes())
    assert (info.width, info.height) == (1600, 800)  # scaled down to fit 1600 px
    assert window.current_scene().cards[cards[0].id].box.image_rect is not None


def test_a_corrupt_picture_is_refused_with_a_message_naming_it(window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(window, "_pictures_refused", shown.append)
    window.view.images_refused.disconnect()
    window.view.images_refused.connect(window._pictures_refused)
    open_project(window, small_project(), tmp_path / "p.journey")
    broken = tmp_path / "broken.png"
    broken.write_bytes(_png(10, 10)[:40])
    fake = tmp_path / "fake.jpg"
    fake.write_bytes(b"<svg xmlns='http://www.w3.org/2000/svg'/>")
    rect = window.current_scene().layout.cell_rect("order", "thinking")
    _drop_files(window, [broken, fake], view_point(window, rect.center_x, rect.center_y))
    assert window.stack.count() == 0
    assert len(shown) == 1
    assert any("broken.png" in line and "damaged" in line for line in shown[0])
    assert any("fake.jpg" in line and "PNG and JPEG" in line for line in shown[0])


def test_the_inspector_follows_the_canvas_selection_and_headers(window, tmp_path):
    open_project(window, small_project(), tmp_path / "p.journey")
    viewport = window.view.viewport()
    QTest.mouseClick(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        _centre_of(window, "c4"),
    )
    assert window.inspector.card_ids == ["c4"]
    header = _header(window, StageHeaderItem, "stage_id", "purchase")
    QTest.mouseClick(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        _point_of(window, header),
    )
    assert window.inspector.stage_id == "purchase"
    lane = _header(window, LaneHeaderItem, "lane_id", "pains")
    QTest.mouseClick(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        _point_of(window, lane, -40, -10),
    )
    assert window.inspector.lane_id == "pains"


def _centre_of(window, card_id: str):
    box = window.current_scene().cards[card_id].box.rect
    return view_point(window, box.center_x, box.center_y)


def test_exporting_the_shown_map_as_a_pdf_from_the_window(window, tmp_path):
    from journeydesigner.widgets.export_dialog import ExportChoice, ExportDialog

    open_project(window, small_project(), tmp_path / "p.journey")
    dialog = ExportDialog("Buying a guitar", 1)
    dialog.page.setCurrentText("A4")
    dialog.portrait.setChecked(True)
    dialog.modes.button(1).setChecked(True)
    choice = dialog.choice()
    assert choice == ExportChoice("A4", True, "tile", False, True)
    out = tmp_path / "map.pdf"
    assert window.export_pdf(out, choice)
    assert out.read_bytes().startswith(b"%PDF")
    assert "Exported map.pdf" in window.statusBar().currentMessage()


def test_a_bad_custom_page_size_is_explained_and_nothing_is_written(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from journeydesigner.widgets.export_dialog import ExportChoice

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: said.append(args[2]))
    open_project(window, small_project(), tmp_path / "p.journey")
    out = tmp_path / "map.pdf"
    assert not window.export_pdf(out, ExportChoice("10x10km", False, "fit", False, False))
    assert not out.exists()
    assert "unknown page size" in said[0]


def test_exporting_the_shown_map_as_png_and_svg_from_the_window(window, tmp_path):
    open_project(window, small_project(), tmp_path / "p.journey")
    assert window.export_image(tmp_path / "map.png", 96)
    assert (tmp_path / "map.png").read_bytes().startswith(b"\x89PNG")
    assert window.export_image(tmp_path / "map.svg")
    assert "Zakup" not in (tmp_path / "map.svg").read_text(encoding="utf-8")
    assert "Purchase" in (tmp_path / "map.svg").read_text(encoding="utf-8")


def test_the_export_dialog_previews_the_pages(window, tmp_path, qtbot):
    from journeydesigner.widgets.export_dialog import ExportDialog

    open_project(window, small_project(), tmp_path / "p.journey")
    dialog = ExportDialog("Buying a guitar", 1, window, window._plan_export)
    dialog.update_preview()
    assert dialog.summary.text() == "2 pages"  # the map and its scorecard
    dialog.scorecard.setChecked(False)
    dialog.update_preview()
    assert dialog.summary.text() == "1 page"
    dialog.page.setCurrentText("A4")
    dialog.modes.button(2).setChecked(True)  # one page per stage
    dialog.update_preview()
    assert dialog.summary.text() == "2 pages"
    assert dialog.preview.pages == 2
    dialog.page.setCurrentText("Custom (mm)…")
    dialog.custom.setText("3x3mm")
    dialog.update_preview()
    assert "out of range" in dialog.summary.text()
    dialog.close()


def test_the_template_dialog_shows_thumbnails_in_the_chosen_language(window, tmp_path):
    from journeydesigner.widgets.template_dialog import TemplateDialog

    dialog = TemplateDialog(window)
    names = [dialog.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.list.count())]
    assert "five-stage" in names
    assert "blank" in names
    assert not dialog.list.item(0).icon().isNull()
    dialog.language.setCurrentIndex(dialog.language.findData("zh_TW"))
    row = names.index("five-stage")
    dialog.list.setCurrentRow(row)
    assert dialog.chosen() == ("five-stage", "zh_TW")
    assert dialog.list.item(row).text() != "Digital customer journey"  # the title is translated
    dialog.close()


def test_the_sample_opens_as_an_untitled_copy_so_save_never_overwrites_it(window, monkeypatch):
    from journeydesigner.paths import sample_project

    original = sample_project().read_bytes()
    assert window.open_sample(sample_project())
    assert window.document.path is None
    assert window.windowTitle().startswith("Guitar shop")
    asked = []
    monkeypatch.setattr(window, "save_as", lambda: asked.append(True) or False)
    window.editor.rename_map(window.current_map_id, "My own guitar journey")
    assert not window.save()
    assert asked == [True]
    assert sample_project().read_bytes() == original


def test_a_file_that_cannot_be_opened_is_explained_by_name_and_nothing_changes(
    window, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.informativeText()))
    open_project(window, small_project(), tmp_path / "good.journey")
    broken = tmp_path / "broken.journey"
    broken.write_bytes(b'{"format": "journeydesigner", "version": 2, "maps": [')
    assert not window.open_path(broken)
    assert shown == ["“broken.journey”: the file ends too early (it may be truncated)"]
    assert window.document.path == (tmp_path / "good.journey").resolve()
