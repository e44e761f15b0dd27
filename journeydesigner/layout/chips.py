"""What a metric chip shows and where, in the chip's own coordinates, for every renderer.

The canvas (and so PNG and SVG) and the PDF draw a chip from the same `ChipFace`: its texts, the
boxes they go in, the status (on target, off target, or no status) drawn as a shape that
carries the meaning without colour, and, for a metric with two or more dated readings, a
sparkline of the readings spaced by date with the latest one marked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from journeydesigner.layout.labels import ENGLISH, Labels
from journeydesigner.layout.style import DEFAULT_METRICS, Metrics
from journeydesigner.model.elements import Metric

Box = tuple[float, float, float, float]
"""(x, y, width, height) inside the chip."""
Point = tuple[float, float]
Status = Literal["on", "off", "none"]

PAD = 8.0
STATUS_RADIUS = 7.0
SPARK_INSET = 4.0


def has_trend(metric: Metric) -> bool:
    """Tell whether a metric has enough dated readings for a sparkline."""
    return len(metric.readings) >= 2


def chip_height(metric: Metric, m: Metrics = DEFAULT_METRICS) -> float:
    """The chip's height: taller by a sparkline strip when the metric has a trend."""
    return m.metric_chip_height + (m.metric_spark_height if has_trend(metric) else 0.0)


def format_number(value: float) -> str:
    """A number with thousands separators and at most two decimals (English)."""
    return ENGLISH.number(value)


def value_text(metric: Metric, labels: Labels = ENGLISH) -> str:
    """A metric's value with its unit, or a dash when unknown."""
    if metric.value is None:
        return "—"
    unit = metric.unit
    if unit in ("%", "‰"):
        return labels.number(metric.value) + unit
    return labels.number(metric.value) + (f" {unit}" if unit else "")


def target_text(metric: Metric, labels: Labels = ENGLISH) -> str:
    """`target ≥ 15,000`, or empty without a target."""
    if metric.target is None:
        return ""
    target = ("≥ " if metric.higher_is_better else "≤ ") + labels.number(metric.target)
    return labels.translate("pdf", "target {target}").format(target=target)


def status_of(metric: Metric) -> Status:
    """On target, off target, or none (no target or no value)."""
    on = metric.on_target
    return "none" if on is None else "on" if on else "off"


@dataclass(frozen=True)
class Sparkline:
    """The readings as a line in the chip's bottom strip."""

    points: tuple[Point, ...]
    target_y: float | None
    """Where the target falls on the line's scale, when it lies within the readings' range."""
    first_date: str
    last_date: str
    label_box: Box
    """Room for the dates of the first and latest readings."""


@dataclass(frozen=True)
class ChipFace:
    """Everything a renderer needs to draw one chip."""

    width: float
    height: float
    name: str
    name_box: Box
    value: str
    value_box: Box
    target: str
    target_box: Box
    """Right-aligned; a renderer may start it just after the value's measured width."""
    status: Status
    status_centre: Point
    spark: Sparkline | None


def chip_face(
    metric: Metric, width: float, m: Metrics = DEFAULT_METRICS, labels: Labels = ENGLISH
) -> ChipFace:
    """The face of a metric's chip `width` units wide, its words and numbers in `labels`."""
    height = chip_height(metric, m)
    status_x = width - PAD - STATUS_RADIUS + 1
    return ChipFace(
        width=width,
        height=height,
        name=metric.name.upper(),
        name_box=(PAD, 4.0, width - 2 * PAD, 14.0),
        value=value_text(metric, labels),
        value_box=(PAD, 18.0, width * 0.55, 26.0),
        target=target_text(metric, labels),
        target_box=(width * 0.45, 24.0, width * 0.55 - 26, 16.0),
        status=status_of(metric),
        status_centre=(status_x, 32.0),
        spark=_sparkline(metric, width, m) if has_trend(metric) else None,
    )


def _sparkline(metric: Metric, width: float, m: Metrics) -> Sparkline:
    readings = sorted(metric.readings, key=lambda r: r.date)
    top = m.metric_chip_height - 4.0
    height = m.metric_spark_height - SPARK_INSET
    left, right = PAD, width - PAD
    # Dates as labels take the right third; the line the rest.
    line_right = left + (right - left) * 0.62
    days = [date.fromisoformat(r.date).toordinal() for r in readings]
    first_day, span_days = days[0], max(1, days[-1] - days[0])
    values = [r.value for r in readings]
    low, high = min(values), max(values)
    span = high - low

    def y_of(value: float) -> float:
        if span == 0:
            return top + height / 2
        return top + height - (value - low) / span * height

    points = tuple(
        (left + (day - first_day) / span_days * (line_right - left), y_of(value))
        for day, value in zip(days, values, strict=True)
    )
    target = metric.target
    target_y = y_of(target) if target is not None and span > 0 and low <= target <= high else None
    return Sparkline(
        points=points,
        target_y=target_y,
        first_date=readings[0].date,
        last_date=readings[-1].date,
        label_box=(line_right + 6, top, right - line_right - 6, height),
    )
