"""Workshop mode driven like a facilitator would: present, step, capture, vote, time."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import small_project
from gui.conftest import open_project, type_text, view_point
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget, QToolBar

import journeydesigner.app.presentation as presentation_module
from journeydesigner.app.presentation import PresentationWindow, choose_screen
from journeydesigner.app.window import MainWindow
from journeydesigner.canvas.items import BlueprintLineItem, StageHeaderItem
from journeydesigner.io.load import read_project
from journeydesigner.layout.style import PROJECTION_DARK, PROJECTION_LIGHT
from journeydesigner.templates import instantiate
from journeydesigner.widgets.swatches import WORKSHOP_PALETTE
from journeydesigner.widgets.timer import WorkshopTimer, format_time

SHIFT = Qt.KeyboardModifier.ShiftModifier


def _five_stages(window, tmp_path: Path) -> str:
    project = instantiate("five-stage")
    open_project(window, project, tmp_path / "five.journey")
    assert window.current_map_id is not None
    return window.current_map_id


def _present(window, qtbot) -> PresentationWindow:
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_F5)
    presentation = window.workshop.presentation
    assert presentation is not None
    qtbot.waitExposed(presentation)
    return presentation


def _settle(qtbot, presentation: PresentationWindow) -> None:
    qtbot.waitUntil(
        lambda: presentation.animation.state() != presentation.animation.State.Running,
        timeout=3000,
    )


def _editing_state(window) -> dict[str, object]:
    scene = window.current_scene()
    return {
        "geometry": window.geometry(),
        "state": window.windowState(),
        "full screen": window.isFullScreen(),
        "layout": bytes(window.saveState().data()),
        "docks": {d.objectName(): d.isVisible() for d in window.findChildren(QDockWidget)},
        "toolbars": {t.objectName(): t.isVisible() for t in window.findChildren(QToolBar)},
        "menu bar": window.menuBar().isVisible(),
        "status bar": window.statusBar().isVisible(),
        "zoom": window.view.zoom,
        "scroll": (
            window.view.horizontalScrollBar().value(),
            window.view.verticalScrollBar().value(),
        ),
        "selection": scene.selected_card_ids(),
        "cell": scene.current_cell,
    }


@pytest.mark.parametrize("full_screen", [False, True])
def test_presenting_and_leaving_restores_the_editing_window_exactly(
    window, qtbot, tmp_path, full_screen
):
    open_project(window, small_project(), tmp_path / "p.journey")
    if full_screen:
        window.showFullScreen()
        qtbot.waitUntil(window.isFullScreen)
    window.palette_dock.hide()  # a layout the user made
    window.view.set_zoom(1.7)
    window.view.horizontalScrollBar().setValue(120)
    window.view.verticalScrollBar().setValue(40)
    window.current_scene().select_cards(["c3"])
    before = _editing_state(window)

    presentation = _present(window, qtbot)
    assert presentation.isFullScreen()
    assert presentation.screen() is not None
    # nothing of the editor shows on the projection: no menus, docks, toolbars or status bar
    assert not presentation.findChildren(QDockWidget)
    assert not presentation.findChildren(QToolBar)
    assert presentation.scene.theme_palette in (PROJECTION_DARK, PROJECTION_LIGHT)
    assert window.current_scene().theme_palette.name == "editor"
    assert window.workshop.present_action.isChecked()
    QTest.keyClick(presentation.view, Qt.Key.Key_Right)
    QTest.keyClick(presentation.view, Qt.Key.Key_O)
    QTest.keyClick(presentation.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.workshop.presentation is None)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert not window.workshop.present_action.isChecked()

    assert _editing_state(window) == before
    assert window.view.hasFocus()


def test_stepping_moves_the_visible_region_to_each_stage_in_order(
    window, qtbot, tmp_path, monkeypatch
):
    map_id = _five_stages(window, tmp_path)
    stage_ids = [s.id for s in window.document.map(map_id).stages]
    presentation = _present(window, qtbot)
    view = presentation.view
    layout = presentation.scene.layout
    assert layout is not None

    def visible() -> QRectF:
        return view.mapToScene(view.viewport().rect()).boundingRect()

    def assert_on(index: int) -> None:
        _settle(qtbot, presentation)
        header = layout.stages[index].rect
        shown = visible()
        assert view.spotlight == stage_ids[index]
        assert shown.left() + layout.lane_header_width - 1 <= header.x
        assert header.right <= shown.right() + 1
        # the card text is projection-sized (the offscreen screen is smaller than 1080 lines)
        zoom = view.transform().m11()
        assert zoom * layout.metrics.card_text.size >= 24 * view.viewport().height() / 1080 - 0.01

    assert_on(0)
    centres = [visible().center().x()]
    # clickers send Right, PageDown or Space; each glides one stage on
    for key, modifiers, index in [
        (Qt.Key.Key_Right, Qt.KeyboardModifier.NoModifier, 1),
        (Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier, 2),
        (Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier, 3),
        (Qt.Key.Key_Right, Qt.KeyboardModifier.NoModifier, 4),
    ]:
        QTest.keyClick(view, key, modifiers)
        assert presentation.animation.state() == presentation.animation.State.Running
        assert_on(index)
        centres.append(visible().center().x())
    assert centres == sorted(centres)
    assert len(set(centres)) > 1
    QTest.keyClick(view, Qt.Key.Key_Right)  # past the end: stays on the last stage
    assert_on(4)
    for key, modifiers, index in [
        (Qt.Key.Key_Left, Qt.KeyboardModifier.NoModifier, 3),
        (Qt.Key.Key_PageUp, Qt.KeyboardModifier.NoModifier, 2),
        (Qt.Key.Key_Space, SHIFT, 1),
        (Qt.Key.Key_End, Qt.KeyboardModifier.NoModifier, 4),
        (Qt.Key.Key_Home, Qt.KeyboardModifier.NoModifier, 0),
    ]:
        QTest.keyClick(view, key, modifiers)
        assert_on(index)

    monkeypatch.setattr(presentation_module, "GLIDE_MS", 0)
    # Down and Up scroll a stage taller than the screen, and the footer says so
    assert view.more_below == (visible().bottom() < layout.height)
    if view.more_below:  # (the offscreen screen is 600 lines high: it is, for this map)
        top = visible().top()
        QTest.keyClick(view, Qt.Key.Key_Down)
        assert visible().top() > top
        assert view.more_above
        QTest.keyClick(view, Qt.Key.Key_Up)
        assert visible().top() == pytest.approx(top, abs=1)
    QTest.keyClick(view, Qt.Key.Key_O)  # the whole map
    assert view.spotlight is None
    shown = visible()
    assert shown.contains(QRectF(0, 0, layout.width, layout.height))
    QTest.keyClick(view, Qt.Key.Key_O)  # back where we were
    assert view.spotlight == stage_ids[0]

    QTest.keyClick(view, Qt.Key.Key_B)  # black out
    assert view.blank == "black"
    image = view.viewport().grab().toImage()
    assert image.pixelColor(image.width() // 2, image.height() // 2).name() == "#000000"
    QTest.keyClick(view, Qt.Key.Key_Right)  # any key brings the picture back, nothing else
    assert view.blank == ""
    assert view.spotlight == stage_ids[0]
    QTest.keyClick(view, Qt.Key.Key_W)
    image = view.viewport().grab().toImage()
    assert image.pixelColor(image.width() // 2, image.height() // 2).name() == "#ffffff"
    QTest.keyClick(view, Qt.Key.Key_W)
    assert view.blank == ""

    # D switches between the dark and light projection themes, remembered for next time
    theme = presentation.scene.theme_palette
    QTest.keyClick(view, Qt.Key.Key_D)
    assert presentation.scene.theme_palette is not theme
    assert window.workshop.dark_theme_action.isChecked() == (
        presentation.scene.theme_palette is PROJECTION_DARK
    )
    assert window.settings.value("presentation/theme") in ("dark", "light")
    QTest.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.workshop.presentation is None)


def test_the_presentation_follows_edits_made_in_the_editor(window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(presentation_module, "GLIDE_MS", 0)
    map_id = _five_stages(window, tmp_path)
    presentation = _present(window, qtbot)
    journey_map = window.document.map(map_id)
    step = journey_map.stages[0].steps[0].id
    window.editor.add_card(map_id, step, journey_map.lanes[0].id, 0, "Live from the room")
    assert any(
        presentation.scene.cards[c].box.lines == ("Live from the room",)
        for c in presentation.scene.cards
    )
    window.editor.remove_stage(map_id, journey_map.stages[-1].id)
    QTest.keyClick(presentation.view, Qt.Key.Key_End)
    assert presentation.stepper.index == 3
    QTest.keyClick(presentation.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.workshop.presentation is None)


def test_quick_capture_types_notes_into_cells_in_any_script(window, qtbot, tmp_path):
    map_id = _five_stages(window, tmp_path)
    journey_map = window.document.map(map_id)
    steps = [stage.steps[0].id for stage in journey_map.stages]
    doing = journey_map.lanes[0].id
    view = window.view
    viewport = view.viewport()
    view.setFocus()
    # a participant's colour for the notes of this table: Ctrl+3 (pink)
    QTest.keyClick(view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    pink = WORKSHOP_PALETTE[2][1]
    assert window.workshop.note_colour == pink
    assert window.settings.value("workshop/noteColour") == pink

    def editing() -> bool:
        return window.current_scene().focusItem() is not None

    QTest.keyClick(view, Qt.Key.Key_Tab)  # the first cell
    type_text(viewport, "Sees an ad")
    QTest.keyClick(viewport, Qt.Key.Key_Return)  # kept; the next note opens in the same cell
    qtbot.waitUntil(editing)
    type_text(viewport, "Pyta znajomą o zdanie")
    QTest.keyClick(viewport, Qt.Key.Key_Return)
    qtbot.waitUntil(editing)
    QTest.keyClick(view, Qt.Key.Key_Tab)  # nothing typed: no empty note; on to the next cell
    qtbot.waitUntil(lambda: not editing())
    assert window.current_scene().current_cell == (steps[1], doing)
    # the canvas takes input methods even with no note open, so composed text reaches a cell
    assert view.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    assert view.inputMethodQuery(Qt.InputMethodQuery.ImEnabled) is True
    assert view.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle).isValid()
    type_text(viewport, "付款失敗了")  # an input method starts the note, not a key press
    qtbot.waitUntil(editing)
    QTest.keyClick(view, Qt.Key.Key_Tab)  # kept, and on to the third cell
    qtbot.waitUntil(lambda: not editing())
    type_text(viewport, "Żółta gitara")
    QTest.keyClick(view, Qt.Key.Key_Backtab, SHIFT)  # kept, and back to the second cell
    qtbot.waitUntil(lambda: window.current_scene().current_cell == (steps[1], doing))
    type_text(viewport, "Second thought")
    QTest.keyClick(viewport, Qt.Key.Key_Escape)  # Esc ends without adding the open note
    qtbot.waitUntil(lambda: not editing())

    journey_map = window.document.map(map_id)

    def texts(step: str) -> list[str]:
        return [c.text for c in journey_map.cards_in(step, doing)]

    assert texts(steps[0]) == ["Sees an ad", "Pyta znajomą o zdanie"]
    assert texts(steps[1]) == ["付款失敗了"]
    assert texts(steps[2]) == ["Żółta gitara"]
    assert {c.colour for c in journey_map.cards} == {pink}
    # every note is one ordinary undo step
    assert window.stack.count() == 4
    assert window.stack.undoText() == "Add card"
    window.stack.undo()
    assert texts(steps[2]) == []


def test_votes_are_counted_saved_reloaded_and_undone(window, qtbot, tmp_path):
    path = tmp_path / "votes.journey"
    open_project(window, small_project(), path)
    map_id = window.current_map_id
    scene = window.current_scene()
    view = window.view
    start = window.document.project.model_dump()
    scene.select_cards(["c3"])
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_V)  # not voting yet: V starts a note, as typing does
    qtbot.waitUntil(lambda: scene.focusItem() is not None)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: scene.focusItem() is None)
    assert window.document.card(map_id, "c3").votes == 0

    QTest.keyClick(view, Qt.Key.Key_F6)  # dot voting on
    assert window.workshop.voting_action.isChecked()
    scene.select_cards(["c3"])
    QTest.keyClick(view, Qt.Key.Key_V)
    QTest.keyClick(view, Qt.Key.Key_Plus)
    QTest.keyClick(view, Qt.Key.Key_V)
    QTest.keyClick(view, Qt.Key.Key_V, SHIFT)  # one back
    assert window.document.card(map_id, "c3").votes == 2
    # a click on a card is a dot sticker; Shift+click takes it off again
    box = scene.cards["c1"].box.rect
    point = view_point(window, box.center_x, box.center_y)
    for modifiers in (Qt.KeyboardModifier.NoModifier,) * 3 + (SHIFT,):
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifiers, point)
    qtbot.waitUntil(lambda: window.document.card(map_id, "c1").votes == 2)
    # each vote is its own undo step, named in the Edit menu
    assert window.stack.undoText() == "Remove vote"

    # counted per card (the card grows a band of dots) and per stage (a badge on its header)
    badges = {
        item.stage_id: item.votes for item in scene.items() if isinstance(item, StageHeaderItem)
    }
    assert badges == {"awareness": 2, "purchase": 2}
    panel = window.workshop.votes_panel
    assert panel.ranking.count() == 2
    assert "4 votes" in panel.summary.text()
    # the ranking: click an entry to select its card on the map
    first = panel.ranking.item(0)
    assert first.data(Qt.ItemDataRole.UserRole) == "c1"  # tie: reading order
    rect = panel.ranking.visualItemRect(panel.ranking.item(1))
    QTest.mouseClick(panel.ranking.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert scene.selected_card_ids() == ["c3"]

    # saved with the file and read back
    assert window._save_to(path)
    reloaded = read_project(path).maps[0]
    assert {c.id: c.votes for c in reloaded.cards if c.votes} == {"c1": 2, "c3": 2}
    assert window.open_path(path)
    assert window.document.card(map_id, "c1").votes == 2

    # Clear Votes takes them all off in one undo step; Undo puts them back
    window.workshop.clear_votes_action.trigger()
    assert all(c.votes == 0 for c in window.document.map(map_id).cards)
    window.stack.undo()
    assert window.document.card(map_id, "c3").votes == 2
    while window.stack.canUndo():
        window.stack.undo()
    window.open_path(path)  # the saved file keeps its votes after all that
    for card in window.document.map(map_id).cards:
        card.votes = 0
    assert window.document.project.model_dump()["maps"] == start["maps"]


def test_votes_can_be_given_while_presenting(window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(presentation_module, "GLIDE_MS", 0)
    open_project(window, small_project(), tmp_path / "p.journey")
    presentation = _present(window, qtbot)
    scene = presentation.scene
    box = scene.cards["c4"].box.rect
    point = presentation.view.mapFromScene(box.center_x, box.center_y)
    QTest.keyClick(presentation.view, Qt.Key.Key_Right)  # c4 is in the second stage
    point = presentation.view.mapFromScene(box.center_x, box.center_y)
    QTest.mouseClick(presentation.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert scene.selected_card_ids() == ["c4"]
    QTest.keyClick(presentation.view, Qt.Key.Key_V)
    QTest.keyClick(presentation.view, Qt.Key.Key_Plus)
    assert window.document.card(window.current_map_id, "c4").votes == 2
    QTest.keyClick(presentation.view, Qt.Key.Key_Minus)
    assert window.document.card(window.current_map_id, "c4").votes == 1
    # the editing window shows the same votes
    assert window.workshop.votes_panel.ranking.count() == 1
    # Ctrl+Z on the projection takes a mistaken vote back
    QTest.keyClick(presentation.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.card(window.current_map_id, "c4").votes == 2
    # a drag on the wall moves nothing; a click on a stage header spotlights that stage
    before = window.document.project.model_dump()
    start = presentation.view.mapFromScene(box.center_x, box.center_y)
    viewport = presentation.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        QTest.mouseMove(viewport, start - QPoint(0, 30 * step))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start - QPoint(0, 150))
    assert window.document.project.model_dump() == before
    QTest.keyClick(presentation.view, Qt.Key.Key_Home)
    assert presentation.stepper.index == 0
    header = presentation.scene.layout.stages[1].rect
    top_left = presentation.view.mapToScene(0, 0)
    click = presentation.view.mapFromScene(
        max(header.x, top_left.x() + presentation.scene.layout.lane_header_width) + 5,
        top_left.y() + header.height / 2,
    )
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=click)
    assert presentation.stepper.index == 1
    # with dot voting on, a click on a card is a vote there too
    window.workshop.voting_action.trigger()
    point = presentation.view.mapFromScene(box.center_x, box.center_y)
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: window.document.card(window.current_map_id, "c4").votes == 3)
    QTest.keyClick(presentation.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.workshop.presentation is None)


def test_the_countdown_starts_pauses_resets_and_signals_the_end(qtbot):
    now = [100.0]
    timer = WorkshopTimer(clock=lambda: now[0])
    timer.set_minutes(2)
    assert format_time(timer.remaining()) == "2:00"
    timer.start()
    now[0] += 30.2
    assert format_time(timer.remaining()) == "1:30"
    timer.pause()
    now[0] += 500
    assert format_time(timer.remaining()) == "1:30"
    timer.start()
    now[0] += 90
    with qtbot.waitSignal(timer.finished, timeout=2000):
        pass
    assert timer.remaining() == 0
    assert not timer.running
    assert timer.flashing()
    now[0] += 60
    assert not timer.flashing()  # the flashing stops; the clock stays red
    timer.reset()
    assert timer.remaining() == 120
    assert timer.ended_at is None


def test_the_timer_shows_in_the_editor_and_on_the_projection(window, qtbot, tmp_path):
    open_project(window, small_project(), tmp_path / "p.journey")
    clock = window.workshop.clock
    assert not clock.isVisible()
    QTest.keySequence(window, "Ctrl+Shift+T")
    assert window.workshop.timer.running
    assert clock.isVisible()
    corner = clock.geometry()
    assert corner.right() > window.view.viewport().width() - 40
    assert corner.bottom() > window.view.viewport().height() - 40
    presentation = _present(window, qtbot)
    assert presentation.clock.isVisible()
    # The clock sits in the title row, clear of the map and its stage headers.
    clock_box = presentation.clock.rect().translated(
        presentation.clock.mapTo(presentation, QPoint())
    )
    assert not clock_box.intersects(presentation.view.geometry())
    assert presentation.title.geometry().contains(clock_box)
    QTest.keyClick(presentation.view, Qt.Key.Key_T)  # T pauses on the projection
    assert not window.workshop.timer.running
    QTest.keyClick(presentation.view, Qt.Key.Key_R)
    assert window.workshop.timer.remaining() == window.workshop.timer.duration
    # a blacked-out screen shows nothing, not even the clock as it ticks
    QTest.keyClick(presentation.view, Qt.Key.Key_T)
    QTest.keyClick(presentation.view, Qt.Key.Key_B)
    qtbot.wait(450)  # two ticks of the countdown
    assert not presentation.clock.isVisible()
    QTest.keyClick(presentation.view, Qt.Key.Key_B)
    assert presentation.clock.isVisible()
    QTest.keyClick(presentation.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.workshop.presentation is None)


def test_blueprint_lines_stay_legible_on_the_projection(window, qtbot, monkeypatch):
    monkeypatch.setattr(presentation_module, "GLIDE_MS", 0)
    root = Path(__file__).resolve().parents[2]
    assert window.open_path(root / "resources" / "examples" / "online-order-blueprint.journey")
    presentation = _present(window, qtbot)
    view = presentation.view
    QTest.keyClick(view, Qt.Key.Key_End)  # scrolled well to the right
    layout = presentation.scene.layout
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.left() > 0
    lines = [i for i in presentation.scene.items() if isinstance(i, BlueprintLineItem)]
    assert lines
    for line in lines:
        # each line's name sits just right of the frozen lane headers, not scrolled away
        label = line.label_rect()
        assert label.left() >= visible.left() + layout.lane_header_width
        assert label.right() < visible.left() + layout.lane_header_width + 300
        # and the line is drawn thicker than in the editor, in the projection's ink
        assert presentation.scene.theme_palette.line_scale > 1
    # F5 (or the Present button) in the editor ends the presentation too
    window.workshop.present_action.trigger()
    qtbot.waitUntil(lambda: window.workshop.presentation is None)


def test_the_projector_is_the_other_screen_unless_one_was_chosen():
    assert choose_screen(["laptop", "projector"], "", "laptop") == 1
    assert choose_screen(["laptop", "projector"], "", "projector") == 0
    assert choose_screen(["laptop", "projector"], "laptop", "laptop") == 0  # remembered
    assert choose_screen(["laptop"], "projector", "laptop") == 0  # unplugged since


def test_the_pointer_hides_while_it_rests_on_the_projection(window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(presentation_module, "POINTER_REST_MS", 50)
    open_project(window, small_project(), tmp_path / "p.journey")
    presentation = _present(window, qtbot)
    viewport = presentation.view.viewport()
    qtbot.waitUntil(lambda: viewport.cursor().shape() == Qt.CursorShape.BlankCursor)
    # (QTest.mouseMove moves no pointer offscreen: the event a moved mouse sends)
    point = QPointF(200, 200)
    moved = QMouseEvent(
        QEvent.Type.MouseMove,
        point,
        viewport.mapToGlobal(point),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, moved)
    assert viewport.cursor().shape() != Qt.CursorShape.BlankCursor
    qtbot.waitUntil(lambda: viewport.cursor().shape() == Qt.CursorShape.BlankCursor)
    QTest.keyClick(presentation.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.workshop.presentation is None)


def test_note_colours_come_from_the_swatches_and_are_remembered(window, qtbot):
    swatches = window.workshop.swatch_group.buttons()
    green = WORKSHOP_PALETTE[3][1]
    QTest.mouseClick(swatches[3], Qt.MouseButton.LeftButton)
    assert window.workshop.note_colour == green
    assert swatches[3].isChecked()
    # the next session starts with the same colour
    again = MainWindow(window.settings)
    qtbot.addWidget(again)
    assert again.workshop.note_colour == green
    # "Lane" gives new notes their lane's colour again
    QTest.mouseClick(window.workshop.lane_swatch, Qt.MouseButton.LeftButton)
    assert window.workshop.note_colour is None
    assert window.workshop.lane_swatch.isChecked()
    again.stack.setClean()


def test_the_view_menu_switches_the_projection_theme_while_presenting(window, qtbot, tmp_path):
    open_project(window, small_project(), tmp_path / "p.journey")
    presentation = _present(window, qtbot)
    dark = window.workshop.dark_theme_action.isChecked()
    window.workshop.dark_theme_action.trigger()
    expected = PROJECTION_LIGHT if dark else PROJECTION_DARK
    assert presentation.scene.theme_palette is expected
    assert presentation.scene.backgroundBrush().color().name().upper() == expected.canvas
    QTest.keyClick(presentation.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.workshop.presentation is None)
