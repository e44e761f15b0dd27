"""Metrics in the editor: File → Import → Metrics CSV…, and the dialog that reports the result."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeydesigner.errors import JourneyError
from journeydesigner.i18n import translate
from journeydesigner.interop.metrics_csv import MetricsImport, read_metrics_csv
from journeydesigner.io.load import read_bytes

if TYPE_CHECKING:
    from journeydesigner.app.window import MainWindow

MAX_BYTES = 20 * 1024 * 1024


class MetricsActions:
    """The metrics commands of the main window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.last_dialog: ImportResultDialog | None = None

    def import_file(self) -> None:
        """File → Import → Metrics CSV…: add metric values to the shown map."""
        if self.window.shown_map() is None:
            self.window.statusBar().showMessage(
                translate("MetricsActions", "Open a map first."), 4000
            )
            return
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("MetricsActions", "Import metrics CSV"),
            "",
            translate("MetricsActions", "CSV files (*.csv *.tsv *.txt);;All files (*)"),
        )
        if name:
            self.import_path(Path(name))

    def import_path(self, path: Path) -> MetricsImport | None:
        """Import a metrics CSV into the shown map (one undo step) and show what happened."""
        journey_map = self.window.shown_map()
        if journey_map is None:
            return None
        try:
            data = read_bytes(path, max_bytes=MAX_BYTES)
            metrics_file = read_metrics_csv(data, str(path))
        except JourneyError as error:
            self.window.show_error(
                translate("MetricsActions", "The metrics could not be imported"), error
            )
            return None
        result = self.window.editor.import_metrics(
            journey_map.id, metrics_file, lane_title=translate("MetricsActions", "Metrics")
        )
        self.last_dialog = ImportResultDialog(result, path.name, self.window)
        self.last_dialog.open()
        return result


class ImportResultDialog(QDialog):
    """What a metrics import did, with every row it could not import and why."""

    def __init__(self, result: MetricsImport, source: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Metrics imported"))
        self.setMinimumWidth(520)
        column = QVBoxLayout(self)
        created = self.tr("%n metric(s) created", None, result.created)
        updated = self.tr("%n updated", None, result.updated)
        readings = self.tr("%n dated reading(s) added", None, result.readings)
        summary = self.tr("{source}: {created}, {updated}, {readings}.").format(
            source=source, created=created, updated=updated, readings=readings
        )
        if result.lane_created:
            summary += " " + self.tr("A metrics lane was added to the map.")
        if not result.changed:
            summary = self.tr("{source}: nothing was imported.").format(source=source)
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        column.addWidget(self.summary)
        self.table = QTableWidget(len(result.skipped), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Not imported because")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for index, skipped in enumerate(result.skipped):
            row = QTableWidgetItem(str(skipped.row))
            row.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(index, 0, row)
            self.table.setItem(index, 1, QTableWidgetItem(skipped.reason))
        if result.skipped:
            heading = self.tr(
                "%n row(s) matched no stage or could not be read:", None, len(result.skipped)
            )
            column.addWidget(QLabel(heading))
            column.addWidget(self.table)
        else:
            self.table.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        column.addWidget(buttons)
