"""The face of a metric chip, shared by the canvas and the PDF: texts, status and sparkline."""

from __future__ import annotations

import pytest
from builders import small_map

from journeydesigner.layout.chips import chip_face, chip_height, status_of
from journeydesigner.layout.grid import layout_map
from journeydesigner.layout.style import DEFAULT_METRICS as M
from journeydesigner.model import Metric, MetricReading


def metric(**fields) -> Metric:
    return Metric(id="m", stage_id="purchase", lane_id="kpis", name="Visits", **fields)


def readings(*pairs: tuple[str, float]) -> list[MetricReading]:
    return [MetricReading(date=d, value=v) for d, v in pairs]


@pytest.mark.parametrize(
    ("fields", "status"),
    [
        ({"value": 5.0, "target": 3.0}, "on"),
        ({"value": 2.0, "target": 3.0}, "off"),
        ({"value": 2.0, "target": 3.0, "higher_is_better": False}, "on"),
        ({"value": 2.0}, "none"),  # no target
        ({"target": 3.0}, "none"),  # no value
    ],
)
def test_status_is_on_off_or_none(fields, status):
    assert status_of(metric(**fields)) == status
    assert chip_face(metric(**fields), 200).status == status


def test_a_chip_shows_name_value_unit_and_target():
    face = chip_face(metric(value=1250.0, unit="%", target=1000.0), 200)
    assert (face.name, face.value, face.target) == ("VISITS", "1,250%", "target ≥ 1,000")
    lower = chip_face(metric(value=0.85, unit="zł", target=1.2, higher_is_better=False), 200)
    assert (lower.value, lower.target) == ("0.85 zł", "target ≤ 1.2")
    assert chip_face(metric(), 200).value == "—"


def test_one_reading_is_no_trend_two_are():
    one = metric(readings=readings(("2026-10-01", 3.0)))
    two = metric(readings=readings(("2026-09-01", 1.0), ("2026-10-01", 3.0)))
    assert chip_face(one, 200).spark is None
    assert chip_height(one) == M.metric_chip_height
    assert chip_height(two) == M.metric_chip_height + M.metric_spark_height


def test_the_sparkline_spaces_readings_by_date_and_ends_at_the_latest():
    # Readings out of order in the list; 1 Jan, 11 Jan, 31 Jan: gaps of 10 and 20 days.
    m = metric(
        target=15.0,
        readings=readings(("2026-01-31", 30.0), ("2026-01-01", 10.0), ("2026-01-11", 20.0)),
    )
    spark = chip_face(m, 300).spark
    assert spark is not None
    xs = [x for x, _ in spark.points]
    assert xs[0] < xs[1] < xs[2]
    assert (xs[2] - xs[1]) == pytest.approx(2 * (xs[1] - xs[0]))
    ys = [y for _, y in spark.points]
    assert ys[0] > ys[1] > ys[2]  # rising values go up (y grows downwards)
    assert (spark.first_date, spark.last_date) == ("2026-01-01", "2026-01-31")
    # The target (15) lies between the lowest and highest reading: halfway from 10 to 20.
    assert spark.target_y == pytest.approx((ys[0] + ys[1]) / 2)
    # Everything stays inside the chip's sparkline strip.
    face = chip_face(m, 300)
    assert all(M.metric_chip_height - 4 <= y <= face.height for y in ys)
    assert all(0 < x < 300 for x in xs)


def test_a_target_outside_the_readings_draws_no_target_line():
    m = metric(target=100.0, readings=readings(("2026-01-01", 1.0), ("2026-02-01", 2.0)))
    spark = chip_face(m, 300).spark
    assert spark is not None
    assert spark.target_y is None


class FixedMeasure:
    def width(self, text, style):
        return len(text) * style.size * 0.5


def test_the_grid_makes_room_for_a_chip_with_a_trend():
    journey_map = small_map()
    plain = layout_map(journey_map, FixedMeasure())
    journey_map.metrics[0].readings = readings(("2026-09-01", 2.0), ("2026-10-01", 2.5))
    trend = layout_map(journey_map, FixedMeasure())
    chip_id = journey_map.metrics[0].id
    taller = plain.chips[chip_id].rect.height + M.metric_spark_height
    assert trend.chips[chip_id].rect.height == taller
    assert trend.height > plain.height
