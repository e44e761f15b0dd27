"""A five-stage map built from the blank template with the mouse only: context menus, double
clicks, the palette and drags, as a designer would."""

from __future__ import annotations

from pathlib import Path

from gui.conftest import drag, open_project, type_text, view_point
from PySide6.QtCore import QMimeData, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from journeydesigner.canvas.editing import CardTextEditor
from journeydesigner.canvas.items import StageHeaderItem
from journeydesigner.io.load import read_project
from journeydesigner.templates import instantiate


def _choose_in_menu(path: list[str]) -> None:
    """Click through the context menu that is about to open (and its submenus) by item text."""

    def click(level: int = 0) -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, lambda: click(level))
            return
        action = next(a for a in menu.actions() if a.text().replace("&", "") == path[level])
        rect = menu.actionGeometry(action)
        if level + 1 < len(path):
            menu.setActiveAction(action)
            QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=rect.center())
            QTimer.singleShot(50, lambda: click(level + 1))
        else:
            QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=rect.center())

    QTimer.singleShot(20, click)


def _right_click(window, point) -> None:
    from PySide6.QtGui import QContextMenuEvent

    viewport = window.view.viewport()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)


def _stage_header_point(window, index: int):
    scene = window.current_scene()
    headers = sorted(
        (i for i in scene.items() if isinstance(i, StageHeaderItem)), key=lambda i: i.x()
    )
    box = headers[index].sceneBoundingRect()
    return view_point(window, box.center().x(), box.center().y())


def _palette_drop(window, listing, text: str, point) -> None:
    item = next(listing.item(i) for i in range(listing.count()) if listing.item(i).text() == text)
    data: QMimeData = listing.mimeData([item])
    viewport = window.view.viewport()
    action = Qt.DropAction.CopyAction
    for event in (
        QDragEnterEvent(
            point, action, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        ),
        QDragMoveEvent(
            point, action, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        ),
        QDropEvent(
            QPointF(point), action, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        ),
    ):
        QApplication.sendEvent(viewport, event)


def _double_click(window, point) -> None:
    QTest.mouseDClick(
        window.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )


def test_a_five_stage_map_from_the_blank_template_with_the_mouse(window, qtbot, tmp_path: Path):
    open_project(window, instantiate("blank"), tmp_path / "mouse.journey")
    viewport = window.view.viewport()

    # Rename the first stage, then add four more with the header's context menu.
    _double_click(window, _stage_header_point(window, 0))
    type_text(viewport, "Awareness")
    QTest.keyClick(viewport, Qt.Key.Key_Return)
    for index, name in enumerate(["Consideration", "Purchase", "Retention", "Advocacy"]):
        _choose_in_menu(["Add Stage After"])
        _right_click(window, _stage_header_point(window, index))
        qtbot.waitUntil(lambda n=index: len(window.document.map("map-1").stages) == n + 2)
        # The new stage's name editor, not whatever had the focus before it opened.
        qtbot.waitUntil(lambda: isinstance(window.current_scene().focusItem(), CardTextEditor))
        type_text(viewport, name)
        QTest.keyClick(viewport, Qt.Key.Key_Return)
    stages = window.document.map("map-1").stages
    assert [s.name for s in stages] == [
        "Awareness",
        "Consideration",
        "Purchase",
        "Retention",
        "Advocacy",
    ]

    # Lanes from the palette: pain points below Doing, then an emotion curve between them.
    layout = window.current_scene().layout
    below = view_point(window, 600, layout.height - 2)
    _palette_drop(window, window.palette_panel.lanes, "Pain points", below)
    qtbot.waitUntil(lambda: window.current_scene().focusItem() is not None)
    QTest.keyClick(viewport, Qt.Key.Key_Return)  # keep the suggested name
    doing = window.current_scene().layout.row("lane-1")
    _palette_drop(
        window,
        window.palette_panel.lanes,
        "Emotion curve",
        view_point(window, 600, doing.y + doing.height - 2),
    )
    qtbot.waitUntil(lambda: window.current_scene().focusItem() is not None)
    QTest.keyClick(viewport, Qt.Key.Key_Return)
    kinds = [lane.kind for lane in window.document.map("map-1").lanes]
    assert kinds == ["actions", "emotion", "pain_points"]

    # Cards by double-clicking empty cells; one dragged to the next stage.
    steps = [s.steps[0].id for s in window.document.map("map-1").stages]
    for step_id, text in zip(steps, ["Sees an ad", "Compares shops", "Card fails"], strict=False):
        rect = window.current_scene().layout.cell_rect(step_id, "lane-1")
        # A user scrolls a cell out from under the frozen lane headers before clicking it.
        window.view.ensure_cell_visible(QRectF(rect.x, rect.y, rect.width, rect.height))
        _double_click(window, view_point(window, rect.center_x, rect.bottom - 8))
        type_text(viewport, text)
        # Clicking elsewhere keeps what was written, as on paper.
        empty = window.current_scene().layout.cell_rect(steps[4], "lane-1")
        QTest.mouseClick(
            viewport,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            view_point(window, empty.center_x, empty.bottom - 4),
        )
        qtbot.waitUntil(lambda: window.current_scene().focusItem() is None)
    card = window.document.map("map-1").cards_in(steps[2], "lane-1")[0]
    box = window.current_scene().cards[card.id].box.rect
    target = window.current_scene().layout.cell_rect(steps[3], "lane-1")
    window.view.ensure_cell_visible(QRectF(box.x, box.y, target.right - box.x, box.height))
    drag(
        window,
        view_point(window, box.center_x, box.center_y),
        view_point(window, target.center_x, target.center_y),
    )
    assert window.document.card("map-1", card.id).step_id == steps[3]
    assert [c.text for c in window.document.map("map-1").cards_in(steps[0], "lane-1")] == [
        "Sees an ad"
    ]

    assert window._save_to(tmp_path / "mouse.journey")
    assert read_project(tmp_path / "mouse.journey").maps == window.document.project.maps
