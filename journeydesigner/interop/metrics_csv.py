"""Metric values from a CSV file as analytics tools export them.

    stage;metric;value;unit;target;date
    Świadomość;Wizyty w witrynie;51200;;40000;2026-10-01
    Rozważenie;CTR;2,1;%;2;2026-10-01

- A header row names the columns, in any order and any case: `stage` and `metric` are needed,
  `value`, `unit`, `target` and `date` (YYYY-MM-DD) are optional; other columns are ignored.
- Separators `,`, `;` or tab (guessed); UTF-8 with or without a BOM. In `;` and tab files a
  comma is the decimal separator (`2,5`), as spreadsheets in most of Europe write it.
- Stages are matched by name, ignoring case and surrounding spaces. A metric of the same name
  (ignoring case) in that stage is updated: a dated row adds a reading (or replaces the reading
  of that date), an undated row sets the value; a non-empty unit or target replaces the old one.
  Otherwise a new metric is created in the map's first metrics lane (and a metrics lane is added
  when the map has none).
- Rows that cannot be imported are reported with their row number (the header is row 1) and the
  reason; the others are still imported.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from journeydesigner.errors import InputFormatError
from journeydesigner.interop.csv_grid import csv_rows, parse_number, sniff_delimiter
from journeydesigner.interop.text_input import decode_input
from journeydesigner.model import limits
from journeydesigner.model.elements import Lane, Metric, MetricReading, Stage
from journeydesigner.model.project import JourneyMap

COLUMNS = ("stage", "metric", "value", "unit", "target", "date")
REQUIRED = ("stage", "metric")
_UNIT_LENGTH = 20


@dataclass(frozen=True)
class MetricRow:
    """One readable row of the file."""

    row: int
    stage: str
    metric: str
    value: float | None
    unit: str
    target: float | None
    date: str | None


@dataclass(frozen=True)
class SkippedRow:
    """A row that was not imported, and why."""

    row: int
    reason: str

    def __str__(self) -> str:
        return f"row {self.row}: {self.reason}"


@dataclass
class MetricsFile:
    """What a metrics CSV holds: the rows to import and those that could not be read."""

    rows: list[MetricRow]
    skipped: list[SkippedRow]


@dataclass
class MetricsImport:
    """What importing did to a map."""

    created: int = 0
    updated: int = 0
    readings: int = 0
    lane_created: bool = False
    skipped: list[SkippedRow] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        """Tell whether the map changed at all."""
        return bool(self.created or self.updated)

    def summary(self) -> str:
        """One line for a terminal or a status bar."""
        return (
            f"{self.created} metric(s) created, {self.updated} updated "
            f"({self.readings} dated reading(s)), {len(self.skipped)} row(s) not imported"
        )


def read_metrics_csv(data: bytes, source: str) -> MetricsFile:
    """The rows of a metrics CSV; InputFormatError when the file is not one at all."""
    text = decode_input(data, source, save_as="CSV UTF-8 (in Excel: 'CSV UTF-8')")
    delimiter = sniff_delimiter(text, ",;\t")
    rows = csv_rows(text, source, delimiter)
    header_index = next(i for i, row in enumerate(rows) if any(cell.strip() for cell in row))
    header = [cell.strip().casefold() for cell in rows[header_index]]
    columns = {name: header.index(name) for name in COLUMNS if name in header}
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        raise InputFormatError(
            source,
            f"row {header_index + 1}: the header needs the columns {', '.join(REQUIRED)} "
            f"(and may have {', '.join(COLUMNS[2:])}); missing: {', '.join(missing)}",
        )
    decimal_comma = delimiter != ","
    parsed: list[MetricRow] = []
    skipped: list[SkippedRow] = []
    for index in range(header_index + 1, len(rows)):
        cells = rows[index]
        if not any(cell.strip() for cell in cells):
            continue

        def cell(name: str, cells: list[str] = cells) -> str:
            column = columns.get(name)
            return cells[column].strip() if column is not None and column < len(cells) else ""

        row = index + 1
        try:
            parsed.append(
                MetricRow(
                    row,
                    stage=_required(cell("stage"), "stage"),
                    metric=_name(cell("metric")),
                    value=_number(cell("value"), "value", decimal_comma),
                    unit=_unit(cell("unit")),
                    target=_number(cell("target"), "target", decimal_comma),
                    date=_date(cell("date")),
                )
            )
        except ValueError as error:
            skipped.append(SkippedRow(row, str(error)))
    return MetricsFile(parsed, skipped)


def _required(text: str, what: str) -> str:
    if not text:
        raise ValueError(f"no {what}")
    return text


def _name(text: str) -> str:
    _required(text, "metric name")
    if len(text) > limits.TITLE_LENGTH:
        raise ValueError(f"the metric name is longer than {limits.TITLE_LENGTH} characters")
    return text


def _unit(text: str) -> str:
    if len(text) > _UNIT_LENGTH:
        raise ValueError(f"the unit {text[:30]!r} is longer than {_UNIT_LENGTH} characters")
    return text


_DECIMAL_COMMA = re.compile(r"^[-+]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$")


def _number(text: str, what: str, decimal_comma: bool) -> float | None:
    if not text:
        return None
    compact = re.sub(r"[\s\u00a0\u202f']", "", text).replace("−", "-")
    try:
        if decimal_comma and _DECIMAL_COMMA.match(compact):
            # 1.250,5 or 2,5: dots group thousands, the comma is the decimal point.
            value = float(compact.replace(".", "").replace(",", "."))
        else:
            value = parse_number(compact)
    except ValueError:
        raise ValueError(f"the {what} {text[:30]!r} is not a number") from None
    if value != value or abs(value) > limits.NUMBER_MAX:
        raise ValueError(f"the {what} {text[:30]!r} is out of range")
    return value


def _date(text: str) -> str | None:
    if not text:
        return None
    try:
        date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"the date {text[:30]!r} is not a real date (write YYYY-MM-DD)") from None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise ValueError(f"write the date {text[:30]!r} as YYYY-MM-DD")
    return text


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def apply_metrics(
    journey_map: JourneyMap,
    metrics_file: MetricsFile,
    new_id: Callable[[str], str],
    *,
    lane_title: str = "Metrics",
) -> MetricsImport:
    """Import the rows into a map, changing it in place; `new_id(prefix)` makes fresh ids."""
    result = MetricsImport(skipped=list(metrics_file.skipped))
    stages: dict[str, Stage] = {}
    for stage in journey_map.stages:
        stages.setdefault(_key(stage.name), stage)
    touched: set[str] = set()
    for row in metrics_file.rows:
        found = stages.get(_key(row.stage))
        if found is None:
            result.skipped.append(SkippedRow(row.row, f"no stage named {row.stage!r} in the map"))
            continue
        metric = next(
            (
                m
                for m in journey_map.metrics
                if m.stage_id == found.id and _key(m.name) == _key(row.metric)
            ),
            None,
        )
        if metric is not None and row.date is None and row.value is not None and metric.readings:
            result.skipped.append(
                SkippedRow(
                    row.row,
                    f"{row.metric!r} has dated readings; give the row a date to add one",
                )
            )
            continue
        if metric is None:
            if len(journey_map.metrics) >= limits.METRICS:
                result.skipped.append(SkippedRow(row.row, "the map holds the most metrics it can"))
                continue
            lane_id = _metrics_lane(journey_map, new_id, lane_title, result)
            if lane_id is None:
                result.skipped.append(
                    SkippedRow(row.row, "the map has no metrics lane and no room to add one")
                )
                continue
            metric = Metric(
                id=new_id("metric"),
                stage_id=found.id,
                lane_id=lane_id,
                name=row.metric,
            )
            journey_map.metrics.append(metric)
            result.created += 1
        elif metric.id not in touched:
            result.updated += 1
        touched.add(metric.id)
        if row.unit:
            metric.unit = row.unit
        if row.target is not None:
            metric.target = row.target
        if row.value is None:
            continue
        if row.date is None:
            metric.value = row.value
            continue
        readings = [r for r in metric.readings if r.date != row.date]
        readings.append(MetricReading(date=row.date, value=row.value))
        readings.sort(key=lambda r: r.date)
        if len(readings) > limits.READINGS:
            result.skipped.append(SkippedRow(row.row, "the metric holds the most readings it can"))
            continue
        metric.readings = readings
        result.readings += 1
    result.skipped.sort(key=lambda s: s.row)
    return result


def _metrics_lane(
    journey_map: JourneyMap, new_id: Callable[[str], str], title: str, result: MetricsImport
) -> str | None:
    lane = next((lane for lane in journey_map.lanes if lane.kind == "metrics"), None)
    if lane is None:
        if len(journey_map.lanes) >= limits.LANES:
            return None
        lane = Lane(id=new_id("lane"), title=title, kind="metrics")
        journey_map.lanes.append(lane)
        result.lane_created = True
    return lane.id
