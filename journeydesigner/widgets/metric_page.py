"""The inspector's metric page, and the list of a stage's metrics on the stage page.

A metric's name, value, unit, target and direction, its dated readings (the latest sets the
value), and whether the map's funnel follows it. Every edit is one call to the Editor façade.
"""

from __future__ import annotations

import math
import re
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeydesigner.i18n import translate
from journeydesigner.layout.chips import format_number, status_of, target_text, value_text
from journeydesigner.layout.style import HEADER_FILL
from journeydesigner.model import limits
from journeydesigner.model.elements import Metric, MetricReading
from journeydesigner.model.project import JourneyMap
from journeydesigner.widgets.fields import (
    FIELD_HEIGHT,
    CommitLineEdit,
    MessageLabel,
    MixedCheckBox,
    secondary_label,
    section_label,
)
from journeydesigner.widgets.inspector import Inspector, _Page

_NUMBER = re.compile(r"^[-+−]?(\d+([.,]\d*)?|[.,]\d+)$")


def parse_value(text: str) -> float | None:
    """A number as typed in a field (`2,5` or `2.5`, spaces grouping digits); None when blank.

    Raises ValueError with a sentence for the user when it is not a number.
    """
    compact = re.sub(r"[\s\u00a0\u202f]", "", text).replace("−", "-")
    if not compact:
        return None
    if not _NUMBER.match(compact):
        raise ValueError(translate("MetricPage", "Type a number, such as 1250 or 2.5."))
    value = float(compact.replace(",", "."))
    if not math.isfinite(value) or abs(value) > limits.NUMBER_MAX:
        raise ValueError(translate("MetricPage", "The number is too large."))
    return value


def _status_words(metric: Metric) -> str:
    return {
        "on": "✓ " + translate("MetricPage", "On target"),
        "off": "✗ " + translate("MetricPage", "Off target"),
        "none": "– " + translate("MetricPage", "No target"),
    }[status_of(metric)]


class MetricPage(_Page):
    """Every field of one metric."""

    def __init__(self, inspector: Inspector) -> None:
        super().__init__(inspector, translate("MetricPage", "Metric"))
        self.map_id = ""
        self.metric_id = ""
        self.name = CommitLineEdit(translate("MetricPage", "Metric name"))
        self.name_message = self.section(translate("MetricPage", "Name"), self.name, gap=12)
        self.name.committed.connect(self._name_committed)
        self.value = CommitLineEdit(translate("MetricPage", "Value"))
        self.value.setPlaceholderText(translate("MetricPage", "e.g. 1250 or 2.5"))
        self.value_message = self.section(translate("MetricPage", "Value"), self.value)
        self.value.committed.connect(self._value_committed)
        self.value_hint = secondary_label()
        self.column.addWidget(self.value_hint)
        self.unit = CommitLineEdit(translate("MetricPage", "Unit"))
        self.unit.setPlaceholderText(translate("MetricPage", "e.g. %, zł, visits"))
        self.unit_message = self.section(translate("MetricPage", "Unit"), self.unit)
        self.unit.committed.connect(self._unit_committed)
        self.target = CommitLineEdit(translate("MetricPage", "Target"))
        self.target.setPlaceholderText(translate("MetricPage", "No target"))
        self.target_message = self.section(translate("MetricPage", "Target"), self.target)
        self.target.committed.connect(self._target_committed)
        self.higher = MixedCheckBox(translate("MetricPage", "Higher is better"))
        self.higher.setAccessibleName(translate("MetricPage", "Higher is better"))
        self.higher.setToolTip(
            translate("MetricPage", "Off: the metric is on target at or below the target")
        )
        self.higher_message = self.section(None, self.higher)
        self.higher.clicked.connect(self._higher_clicked)

        self.readings = QTableWidget(0, 2)
        self.readings.setAccessibleName(translate("MetricPage", "Dated readings"))
        self.readings.setHorizontalHeaderLabels(
            [translate("MetricPage", "Date (YYYY-MM-DD)"), translate("MetricPage", "Value")]
        )
        self.readings.verticalHeader().hide()
        self.readings.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.readings.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.readings.setMinimumHeight(140)
        self.readings.itemChanged.connect(self._reading_edited)
        self.readings_message = self.section(translate("MetricPage", "Readings"), self.readings)
        buttons = QHBoxLayout()
        self.add_reading = QPushButton(translate("MetricPage", "Add reading"))
        self.add_reading.clicked.connect(self._add_reading)
        self.remove_reading = QPushButton(translate("MetricPage", "Remove reading"))
        self.remove_reading.clicked.connect(self._remove_reading)
        for button in (self.add_reading, self.remove_reading):
            button.setAccessibleName(button.text())
            button.setFixedHeight(FIELD_HEIGHT)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.column.addSpacing(6)
        self.column.addLayout(buttons)

        self.funnel = MixedCheckBox(translate("MetricPage", "Funnel metric of this map"))
        self.funnel.setAccessibleName(translate("MetricPage", "Funnel metric of this map"))
        self.funnel.setToolTip(
            translate(
                "MetricPage", "The scorecard's funnel shows this metric at every stage that has it"
            )
        )
        self.funnel_message = self.section(None, self.funnel)
        self.funnel.clicked.connect(self._funnel_clicked)

        self.delete = QPushButton(translate("MetricPage", "Delete metric"))
        self.delete.setAccessibleName(self.delete.text())
        self.delete.setFixedHeight(FIELD_HEIGHT)
        self.delete.clicked.connect(self._delete)
        self.column.addSpacing(18)
        self.column.addWidget(self.delete, 0, Qt.AlignmentFlag.AlignLeft)
        self.column.addStretch(1)

    # -- showing ---------------------------------------------------------------------------------

    def load(self, journey_map: JourneyMap, metric: Metric, *, fresh: bool) -> None:
        """Show a metric; `fresh` when it is another metric than before."""
        self.map_id, self.metric_id = journey_map.id, metric.id
        stage = next((s for s in journey_map.stages if s.id == metric.stage_id), None)
        self.where.setText(
            " · ".join(
                part
                for part in (
                    stage.name if stage else "",
                    value_text(metric),
                    target_text(metric),
                    _status_words(metric),
                )
                if part and part != "—"
            )
        )
        value = "" if metric.value is None else format_number(metric.value).replace(",", "")
        target = "" if metric.target is None else format_number(metric.target).replace(",", "")
        fields = ((self.name, metric.name), (self.unit, metric.unit), (self.target, target))
        if fresh:
            self.clear_messages()
            for field, text in (*fields, (self.value, value)):
                field.reset(text)
        else:
            for field, text in (*fields, (self.value, value)):
                field.show_value(text)
        self.value_hint.setText(
            translate(
                "MetricPage", "The latest reading's value; edit the readings below to change it."
            )
            if metric.readings
            else ""
        )
        self.value_hint.setVisible(bool(metric.readings))
        self.value.setReadOnly(bool(metric.readings))
        # Read-only looks it: the grey of headers, so nobody types into it in vain.
        self.value.setStyleSheet(f"background: {HEADER_FILL};" if metric.readings else "")
        self.higher.set_state(metric.higher_is_better)
        funnel = journey_map.funnel_metric
        self.funnel.set_state(
            funnel is not None and funnel.strip().casefold() == metric.name.strip().casefold()
        )
        self._show_readings(metric.readings)

    def _show_readings(self, readings: list[MetricReading]) -> None:
        self.readings.blockSignals(True)
        self.readings.setRowCount(len(readings))
        for row, reading in enumerate(readings):
            self.readings.setItem(row, 0, QTableWidgetItem(reading.date))
            value = QTableWidgetItem(format_number(reading.value).replace(",", ""))
            value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.readings.setItem(row, 1, value)
        self.readings.blockSignals(False)
        self.remove_reading.setEnabled(bool(readings))

    def commit_pending(self) -> None:
        for field in (self.name, self.value, self.unit, self.target):
            field.commit()

    # -- editing ---------------------------------------------------------------------------------

    def _metric(self) -> Metric | None:
        journey_map = self.editor.document.project.map(self.map_id)
        if journey_map is None:
            return None
        return next((m for m in journey_map.metrics if m.id == self.metric_id), None)

    def _set(self, message: MessageLabel, label: str, **fields: object) -> bool:
        metric = self._metric()
        if metric is None:
            return False  # deleted elsewhere while a field was being typed
        map_id, metric_id = self.map_id, self.metric_id
        return self.inspector.apply(
            message,
            lambda: self.editor.set_metric_fields(map_id, metric_id, label, **fields),
            checks=[(metric, fields)],
        )

    def _name_committed(self, text: str) -> None:
        name = text.strip()
        if not name:
            self.name_message.show_message(translate("MetricPage", "A metric needs a name."))
            return
        metric = self._metric()
        journey_map = self.editor.document.project.map(self.map_id)
        was_funnel = (
            metric is not None
            and journey_map is not None
            and journey_map.funnel_metric is not None
            and journey_map.funnel_metric.casefold() == metric.name.casefold()
        )
        stack = self.editor.stack
        if was_funnel and metric is not None and name.casefold() != metric.name.casefold():
            # The funnel follows the metric it was set on: one undo step renames both.
            stack.beginMacro(translate("MetricPage", "Rename metric"))
            try:
                if self._set(
                    self.name_message, translate("MetricPage", "Rename metric"), name=name
                ):
                    self.editor.set_funnel_metric(self.map_id, name)
            finally:
                stack.endMacro()
            return
        self._set(self.name_message, translate("MetricPage", "Rename metric"), name=name)

    def _number_committed(self, text: str, message: MessageLabel, field: str, label: str) -> None:
        try:
            value = parse_value(text)
        except ValueError as error:
            message.show_message(str(error))
            return
        self._set(message, label, **{field: value})

    def _value_committed(self, text: str) -> None:
        metric = self._metric()
        if metric is not None and metric.readings:
            return  # read-only: the value follows the readings
        self._number_committed(
            text, self.value_message, "value", translate("MetricPage", "Edit metric value")
        )

    def _target_committed(self, text: str) -> None:
        self._number_committed(
            text, self.target_message, "target", translate("MetricPage", "Edit metric target")
        )

    def _unit_committed(self, text: str) -> None:
        unit = text.strip()
        if len(unit) > 20:
            self.unit_message.show_message(
                translate("MetricPage", "A unit can be at most 20 characters.")
            )
            return
        self._set(self.unit_message, translate("MetricPage", "Edit metric unit"), unit=unit)

    def _higher_clicked(self, checked: bool) -> None:
        self._set(
            self.higher_message,
            translate("MetricPage", "Change metric direction"),
            higher_is_better=checked,
        )

    def _funnel_clicked(self, checked: bool) -> None:
        metric = self._metric()
        if metric is None:
            return
        name = metric.name if checked else None
        self.inspector.apply(
            self.funnel_message, lambda: self.editor.set_funnel_metric(self.map_id, name)
        )

    # -- readings

    def _typed_readings(self) -> list[MetricReading]:
        """The readings table as readings; ValueError with a sentence when a row is wrong."""
        readings: list[MetricReading] = []
        for row in range(self.readings.rowCount()):
            date_item, value_item = self.readings.item(row, 0), self.readings.item(row, 1)
            typed_date = date_item.text().strip() if date_item else ""
            try:
                date.fromisoformat(typed_date)
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", typed_date):
                    raise ValueError
            except ValueError:
                raise ValueError(
                    translate(
                        "MetricPage", "Row {row}: write the date as YYYY-MM-DD, e.g. 2026-10-01."
                    ).format(row=row + 1)
                ) from None
            value = parse_value(value_item.text() if value_item else "")
            if value is None:
                raise ValueError(
                    translate("MetricPage", "Row {row}: type a value.").format(row=row + 1)
                )
            readings.append(MetricReading(date=typed_date, value=value))
        dates = [r.date for r in readings]
        if len(set(dates)) != len(dates):
            raise ValueError(translate("MetricPage", "Two readings have the same date."))
        return readings

    def _commit_readings(self, label_hint: str) -> None:
        metric = self._metric()
        if metric is None:
            return
        try:
            readings = self._typed_readings()
        except ValueError as error:
            self.readings_message.show_message(str(error))
            return
        ordered = sorted(readings, key=lambda r: r.date)
        map_id, metric_id = self.map_id, self.metric_id
        self.inspector.apply(
            self.readings_message,
            lambda: self.editor.set_metric_readings(map_id, metric_id, ordered),
        )

    def _reading_edited(self, _item: QTableWidgetItem) -> None:
        self._commit_readings("edit")

    def _add_reading(self) -> None:
        metric = self._metric()
        if metric is None:
            return
        today = date.today().isoformat()
        taken = {r.date for r in metric.readings}
        if today in taken:
            self.readings_message.show_message(
                translate("MetricPage", "There is already a reading for today.")
            )
            return
        value = metric.value if metric.value is not None else 0.0
        readings = sorted(
            [*metric.readings, MetricReading(date=today, value=value)], key=lambda r: r.date
        )
        map_id, metric_id = self.map_id, self.metric_id
        self.inspector.apply(
            self.readings_message,
            lambda: self.editor.set_metric_readings(map_id, metric_id, readings),
        )

    def _remove_reading(self) -> None:
        metric = self._metric()
        rows = sorted({index.row() for index in self.readings.selectedIndexes()})
        if metric is None or not metric.readings:
            return
        if not rows:
            rows = [len(metric.readings) - 1]
        readings = [r for i, r in enumerate(metric.readings) if i not in rows]
        map_id, metric_id = self.map_id, self.metric_id
        self.inspector.apply(
            self.readings_message,
            lambda: self.editor.set_metric_readings(map_id, metric_id, readings),
        )

    def _delete(self) -> None:
        map_id, metric_id = self.map_id, self.metric_id
        if self._metric() is None:
            return
        self.inspector.show_selection(map_id, [])
        self.editor.remove_metric(map_id, metric_id)


class StageMetrics(QWidget):
    """The metrics of a stage on the stage page: pick one to edit it, or add one."""

    def __init__(self, inspector: Inspector) -> None:
        super().__init__()
        self.inspector = inspector
        self.map_id = ""
        self.stage_id = ""
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(section_label(translate("MetricPage", "Metrics")))
        column.addSpacing(6)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("MetricPage", "Metrics of this stage"))
        self.list.itemActivated.connect(self._open)
        self.list.itemClicked.connect(self._open)
        column.addWidget(self.list)
        self.add = QPushButton(translate("MetricPage", "Add metric"))
        self.add.setAccessibleName(self.add.text())
        self.add.setFixedHeight(FIELD_HEIGHT)
        self.add.clicked.connect(self._add)
        column.addSpacing(6)
        column.addWidget(self.add, 0, Qt.AlignmentFlag.AlignLeft)

    def load(self, journey_map: JourneyMap, stage_id: str) -> None:
        """List the stage's metrics."""
        self.map_id, self.stage_id = journey_map.id, stage_id
        self.list.clear()
        for metric in journey_map.metrics:
            if metric.stage_id == stage_id:
                text = f"{metric.name}: {value_text(metric)}  {_status_words(metric)}"
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, metric.id)
                self.list.addItem(item)
        self.list.setVisible(self.list.count() > 0)
        rows = sum(self.list.sizeHintForRow(r) for r in range(min(self.list.count(), 6)))
        self.list.setFixedHeight(rows + 2 * self.list.frameWidth() + 4)

    def _open(self, item: QListWidgetItem) -> None:
        self.inspector.show_selection(
            self.map_id, [], metric_id=str(item.data(Qt.ItemDataRole.UserRole))
        )

    def _add(self) -> None:
        editor = self.inspector.editor
        metric_id = editor.add_metric(
            self.map_id,
            self.stage_id,
            translate("MetricPage", "New metric"),
            lane_title=translate("MetricPage", "Metrics"),
        )
        self.inspector.show_selection(self.map_id, [], metric_id=metric_id)
