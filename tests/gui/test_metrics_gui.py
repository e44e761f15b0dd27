"""Metrics in the editor: the CSV import as one undo step, its result dialog, the scorecard dock."""

from __future__ import annotations

from pathlib import Path

from conftest import open_project
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from journeydesigner.app.window import MainWindow
from journeydesigner.io import read_project
from journeydesigner.paths import resource_dir

METRICS_CSV = Path(__file__).parent.parent / "data" / "metrics" / "smartphone-metrics.pl.csv"


def open_smartphone(window: MainWindow, tmp_path: Path) -> None:
    project = read_project(resource_dir() / "examples" / "smartphone-purchase.pl.journey")
    open_project(window, project, tmp_path / "smartfon.journey")


def table_text(window: MainWindow) -> list[list[str]]:
    table = window.scorecard.table
    return [
        [
            item.text() if (item := table.item(row, column)) is not None else ""
            for column in range(table.columnCount())
        ]
        for row in range(table.rowCount())
    ]


def test_importing_metrics_from_the_file_menu_is_one_undo_step(
    window: MainWindow, tmp_path: Path, monkeypatch, qtbot
):
    open_smartphone(window, tmp_path)
    map_id = window.current_map_id
    assert map_id is not None
    before = window.document.map(map_id).model_dump()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(METRICS_CSV), "")
    )
    depth = window.stack.count()

    window.import_metrics_action.trigger()

    dialog = window.metrics_actions.last_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    # The four rows that could not be imported are listed with their row numbers.
    rows = [
        (dialog.table.item(r, 0).text(), dialog.table.item(r, 1).text())  # type: ignore[union-attr]
        for r in range(dialog.table.rowCount())
    ]
    assert rows == [
        ("12", "no stage named 'Wsparcie' in the map"),
        ("13", "the value 'dużo' is not a number"),
        ("14", "the date '2026-13-01' is not a real date (write YYYY-MM-DD)"),
        ("15", "no stage"),
    ]
    assert "6 metrics created, 3 updated, 9 dated readings added" in dialog.summary.text()
    dialog.accept()
    window.activateWindow()
    qtbot.waitActive(window)

    assert window.stack.count() == depth + 1
    assert window.stack.undoText() == "Import metrics"
    assert len(window.document.map(map_id).metrics) == 16
    window.stack.undo()
    assert window.document.map(map_id).model_dump() == before
    window.stack.redo()
    assert len(window.document.map(map_id).metrics) == 16


def test_an_import_that_matches_nothing_adds_no_undo_step(window: MainWindow, tmp_path: Path):
    open_smartphone(window, tmp_path)
    csv_file = tmp_path / "none.csv"
    csv_file.write_text("stage;metric;value\nNowhere;Visits;3\n", encoding="utf-8")
    depth = window.stack.count()
    result = window.metrics_actions.import_path(csv_file)
    assert result is not None
    assert [str(s) for s in result.skipped] == ["row 2: no stage named 'Nowhere' in the map"]
    assert window.stack.count() == depth
    dialog = window.metrics_actions.last_dialog
    assert dialog is not None
    assert "nothing was imported" in dialog.summary.text()
    dialog.accept()


def test_the_scorecard_dock_follows_every_change(window: MainWindow, tmp_path: Path, qtbot):
    open_smartphone(window, tmp_path)
    window.scorecard_dock.show()
    window.scorecard_dock.raise_()
    qtbot.waitUntil(window.scorecard.isVisible)
    map_id = window.current_map_id
    assert map_id is not None
    # The example as shipped: 5 of 10 metrics on target.
    assert window.scorecard.score.text() == "50 % of metrics on target"
    rows = table_text(window)
    assert rows[0][:2] == ["▼ Świadomość", "-0.5"]
    assert [row[-2:] for row in rows] == [["1", "1"]] * 5

    window.metrics_actions.import_path(METRICS_CSV)
    assert window.metrics_actions.last_dialog is not None
    window.metrics_actions.last_dialog.accept()
    qtbot.waitUntil(lambda: window.scorecard.score.text() == "63.6 % of metrics on target")
    assert [row[-2:] for row in table_text(window)] == [
        ["1", "1"],
        ["2", "0"],
        ["1", "1"],
        ["2", "1"],
        ["1", "1"],
    ]

    # Choosing the funnel metric in the dock is an undoable edit of the map.
    choice = window.scorecard.funnel_choice
    index = choice.findText("Użytkownicy")
    assert index > 0
    choice.setCurrentIndex(index)
    choice.activated.emit(index)
    assert window.document.map(map_id).funnel_metric == "Użytkownicy"
    qtbot.waitUntil(lambda: window.scorecard.funnel_view.funnel is not None)
    funnel = window.scorecard.funnel_view.funnel
    assert funnel is not None
    assert funnel.biggest_drop_off == "stage-2"
    assert window.scorecard.funnel_view.height() > 100
    window.scorecard.grab().save(str(tmp_path / "scorecard.png"))

    # An edit elsewhere (undo of the funnel, then of the import) updates the dock again.
    window.stack.undo()
    qtbot.waitUntil(lambda: window.scorecard.funnel_view.funnel is None)
    window.stack.undo()
    qtbot.waitUntil(lambda: window.scorecard.score.text() == "50 % of metrics on target")


def test_the_scorecard_exports_as_csv(window: MainWindow, tmp_path: Path, qtbot):
    open_smartphone(window, tmp_path)
    window.scorecard_dock.show()
    window.scorecard_dock.raise_()
    qtbot.waitUntil(window.scorecard.isVisible)
    out = tmp_path / "scorecard.csv"
    assert window.scorecard.export_to(out)
    text = out.read_bytes().decode("utf-8-sig")
    assert text.splitlines()[1] == "Świadomość,-0.5,1,1,0,0,1,1,,"
    assert "journey_score,50" in text.splitlines()


def test_view_menu_toggles_the_scorecard(window: MainWindow, qtbot):
    action = window.scorecard_dock.toggleViewAction()
    view_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "View"
    )
    assert action in view_menu.actions()  # type: ignore[union-attr]
    window.scorecard_dock.show()
    action.trigger()
    QTest.qWait(10)
    assert not window.scorecard_dock.isVisible()
    action.trigger()
    QTest.qWait(10)
    assert window.scorecard_dock.isVisible()
    assert window.dockWidgetArea(window.scorecard_dock) == Qt.DockWidgetArea.RightDockWidgetArea


# -- the inspector's metric page, reached from the canvas -----------------------------------------


def _chip_point(window: MainWindow, metric_id: str):
    from conftest import view_point

    scene = window.current_scene()
    assert scene is not None
    assert scene.layout is not None
    rect = scene.layout.chips[metric_id].rect
    return view_point(window, rect.x + rect.width / 2, rect.y + 10)


def _replace(qtbot, field, text: str) -> None:
    field.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(field.hasFocus)
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(field, text)
    QTest.keyClick(field, Qt.Key.Key_Return)


def test_clicking_a_chip_edits_the_metric_in_the_inspector(
    window: MainWindow, tmp_path: Path, qtbot
):
    from builders import small_project

    open_project(window, small_project(), tmp_path / "p.journey")
    map_id = window.current_map_id
    assert map_id is not None
    metric_id = window.document.map(map_id).metrics[0].id
    QTest.mouseClick(
        window.view.viewport(), Qt.MouseButton.LeftButton, pos=_chip_point(window, metric_id)
    )
    page = window.inspector.metric_page
    qtbot.waitUntil(page.isVisible)
    assert page.name.text() == "Conversion"
    assert page.value.text() == "2.5"
    assert "Off target" in page.where.text()
    depth = window.stack.count()

    _replace(qtbot, page.value, "3,2")  # a decimal comma as typed in Poland
    metric = window.document.map(map_id).metrics[0]
    assert (metric.value, metric.on_target) == (3.2, True)
    assert window.stack.count() == depth + 1
    # The chip was rebuilt with the new value and stays selected, so the page stays too.
    scene = window.current_scene()
    assert scene is not None
    assert scene.selected_metric_ids() == [metric_id]
    assert page.isVisible()
    assert "On target" in page.where.text()

    _replace(qtbot, page.target, "abc")
    assert page.target_message.text() == "Type a number, such as 1250 or 2.5."
    assert window.document.map(map_id).metrics[0].target == 3.0

    QTest.mouseClick(page.funnel, Qt.MouseButton.LeftButton, pos=page.funnel.rect().center())
    assert window.document.map(map_id).funnel_metric == "Conversion"

    page.add_reading.click()
    metric = window.document.map(map_id).metrics[0]
    assert len(metric.readings) == 1
    assert page.value.isReadOnly()
    # Edit the reading's date in the table: an earlier date, then add today's again.
    page.readings.item(0, 0).setText("2026-01-15")  # type: ignore[union-attr]
    assert window.document.map(map_id).metrics[0].readings[0].date == "2026-01-15"
    page.add_reading.click()
    metric = window.document.map(map_id).metrics[0]
    assert len(metric.readings) == 2
    assert scene.layout is not None
    assert scene.layout.chips[metric_id].rect.height > 50  # room for the sparkline
    page.readings.item(0, 1).setText("oops")  # type: ignore[union-attr]
    assert page.readings_message.text() == "Type a number, such as 1250 or 2.5."
    assert len(window.document.map(map_id).metrics[0].readings) == 2

    while window.stack.index() > depth:
        window.stack.undo()
    restored = window.document.map(map_id)
    assert (restored.metrics[0].value, restored.metrics[0].readings) == (2.5, [])
    assert restored.funnel_metric is None


def test_a_stage_lists_its_metrics_and_adds_one(window: MainWindow, tmp_path: Path, qtbot):
    from builders import small_project

    project = small_project()
    project.maps[0].lanes = [lane for lane in project.maps[0].lanes if lane.kind != "metrics"]
    project.maps[0].metrics = []
    open_project(window, project, tmp_path / "p.journey")
    map_id = window.current_map_id
    assert map_id is not None
    window.inspector.show_selection(map_id, [], stage_id="awareness")
    page = window.inspector.stage_page
    qtbot.waitUntil(page.isVisible)
    assert not page.metrics.list.isVisibleTo(page)
    depth = window.stack.count()
    page.metrics.add.click()
    journey_map = window.document.map(map_id)
    # One undo step adds the metric and, as the map had none, a metrics lane for it.
    assert window.stack.count() == depth + 1
    assert [lane.kind for lane in journey_map.lanes][-1] == "metrics"
    assert [(m.name, m.stage_id) for m in journey_map.metrics] == [("New metric", "awareness")]
    assert window.inspector.metric_page.isVisible()
    window.inspector.show_selection(map_id, [], stage_id="awareness")
    assert page.metrics.list.count() == 1
    page.metrics.list.itemClicked.emit(page.metrics.list.item(0))
    assert window.inspector.metric_page.isVisible()
    window.inspector.metric_page.delete.click()
    assert window.document.map(map_id).metrics == []
    window.stack.undo()
    window.stack.undo()
    assert all(lane.kind != "metrics" for lane in window.document.map(map_id).lanes)


def test_the_export_dialog_offers_the_scorecard_page(window: MainWindow, tmp_path: Path):
    from journeydesigner.widgets.export_dialog import ExportDialog

    open_smartphone(window, tmp_path)
    dialog = ExportDialog("Zakup smartfona", 1, window, window._plan_export)
    assert dialog.scorecard.isChecked()
    dialog.update_preview()
    assert dialog.summary.text() == "2 pages"
    dialog.scorecard.setChecked(False)
    assert not dialog.choice().scorecard
    dialog.update_preview()
    assert dialog.summary.text() == "1 page"
    dialog.reject()


def test_every_metric_field_has_an_accessible_name(window: MainWindow, tmp_path: Path, qtbot):
    from PySide6.QtWidgets import QWidget

    open_smartphone(window, tmp_path)
    window.inspector.show_selection(window.current_map_id, [], metric_id="metric-2")
    page = window.inspector.metric_page
    qtbot.waitUntil(page.isVisible)
    fields = [
        w
        for w in page.findChildren(QWidget)
        if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    assert len(fields) >= 9
    for field in fields:
        owner = field.parentWidget()
        name = field.accessibleName() or (owner.accessibleName() if owner else "")
        assert name, f"{type(field).__name__} has no accessible name"
