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
    assert "6 metric(s) created" in dialog.summary.text()
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
