"""Metrics import and the journey scorecard, checked against figures worked out by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import small_map

from journeydesigner.analysis.scorecard import compute_scorecard
from journeydesigner.errors import InputFormatError
from journeydesigner.interop.metrics_csv import apply_metrics, read_metrics_csv
from journeydesigner.io import read_project
from journeydesigner.model import EmotionPoint, JourneyMap, Metric, Project
from journeydesigner.model.checks import project_problems
from journeydesigner.model.ids import IdMaker
from journeydesigner.paths import resource_dir

DATA = Path(__file__).parent / "data" / "metrics"
METRICS_CSV = DATA / "smartphone-metrics.pl.csv"


def smartphone() -> Project:
    return read_project(resource_dir() / "examples" / "smartphone-purchase.pl.journey")


def import_into(journey_map: JourneyMap, data: bytes, source: str = "m.csv"):
    ids = IdMaker([m.id for m in journey_map.metrics] + [lane.id for lane in journey_map.lanes])
    return apply_metrics(journey_map, read_metrics_csv(data, source), ids.make)


def metric(journey_map: JourneyMap, stage_name: str, name: str) -> Metric:
    stage = next(s for s in journey_map.stages if s.name == stage_name)
    return next(m for m in journey_map.metrics if m.stage_id == stage.id and m.name == name)


# --- the Polish smartphone example ----------------------------------------------------------------


def test_importing_the_polish_metrics_csv_updates_creates_and_reports():
    project = smartphone()
    journey_map = project.maps[0]
    before = len(journey_map.metrics)

    result = import_into(journey_map, METRICS_CSV.read_bytes(), "smartphone-metrics.pl.csv")

    # Rows 2-3 add two readings to "Wizyty w witrynie" (stage matched as " świadomość ", case
    # and spaces ignored), row 4 one to CTR ("ROZWAŻENIE"), row 5 sets Konwersja (no date):
    # three metrics updated. Row 6 (NPS) and rows 7-11 (Użytkownicy in each of the five stages)
    # create six metrics. Readings: 2 + 1 + 1 + 5 = 9.
    assert (result.created, result.updated, result.readings) == (6, 3, 9)
    assert not result.lane_created
    assert len(journey_map.metrics) == before + 6
    assert [(s.row, s.reason) for s in result.skipped] == [
        (12, "no stage named 'Wsparcie' in the map"),
        (13, "the value 'dużo' is not a number"),
        (14, "the date '2026-13-01' is not a real date (write YYYY-MM-DD)"),
        (15, "no stage"),
    ]

    visits = metric(journey_map, "Świadomość", "Wizyty w witrynie")
    assert [(r.date, r.value) for r in visits.readings] == [
        ("2026-09-01", 45300.0),
        ("2026-10-01", 51200.0),
    ]
    assert visits.value == 51200.0  # the latest reading is the value shown
    ctr = metric(journey_map, "Rozważenie", "CTR")
    assert (ctr.value, ctr.unit, ctr.target) == (2.1, "%", 2.0)  # "2,1": a decimal comma
    conversion = metric(journey_map, "Decyzja/zakup", "Konwersja")
    assert (conversion.value, conversion.readings) == (2.8, [])
    nps = metric(journey_map, "Retencja", "NPS")
    assert (nps.value, nps.target, nps.lane_id) == (42.0, 40.0, "lane-7")
    users = [metric(journey_map, s.name, "Użytkownicy").value for s in journey_map.stages]
    assert users == [20000.0, 8000.0, 1200.0, 900.0, 300.0]  # "20 000": spaces group digits
    assert project_problems(project) == []


def test_the_scorecard_of_the_smartphone_map_matches_the_figures_worked_out_by_hand():
    project = smartphone()
    journey_map = project.maps[0]
    import_into(journey_map, METRICS_CSV.read_bytes())
    journey_map.funnel_metric = "użytkownicy"  # matched ignoring case
    cards = {card.id: card for card in journey_map.cards}
    cards["card-43"].votes = 5  # Decyzja/zakup, step-5 (a pain point)
    cards["card-49"].votes = 3  # Decyzja/zakup, step-5 (an opportunity)
    cards["card-53"].votes = 2  # Rzecznictwo, step-10

    card = compute_scorecard(journey_map, {p.id: p.name for p in project.personas})

    # Emotion (lane-3, Kasia, as-is, one point per step; two steps per stage):
    #   Świadomość -1, 0 → -0.5   Rozważenie -1, 0 → -0.5   Decyzja/zakup -2, 1 → -0.5
    #   Retencja 0, 1 → 0.5       Rzecznictwo 2, 2 → 2.0
    # Pain points (lane-5): cards 40 | 41, 42 | 43 | 44 | 45. Opportunities (lane-6):
    # 46 | 47, 48 | 49 | 50, 51 | 52, 53. Fail points: card-43 only. Votes as set above.
    # Metrics on/off target after the import:
    #   Świadomość: SEO 7 (≤ 3) off, visits 51,200 (≥ 40,000) on            → 1 / 1
    #   Rozważenie: CTR 2.1 (≥ 2) on, cost per click 0.85 (≤ 1.2) on        → 2 / 0
    #   Decyzja/zakup: conversion 2.8 (≥ 3) off, leads 1,250 (≥ 1,000) on   → 1 / 1
    #   Retencja: loyalty 27 (≥ 25) on, satisfaction 4.2 (≥ 4.5) off, NPS 42 (≥ 40) on → 2 / 1
    #   Rzecznictwo: reviews 310 (≥ 400) off, referrals 95 (≥ 80) on        → 1 / 1
    #   "Użytkownicy" has no target: counted in neither.
    rows = [
        (
            s.name,
            s.emotion_avg,
            s.pain_points,
            s.opportunities,
            s.fail_points,
            s.votes,
            s.metrics_on_target,
            s.metrics_off_target,
        )
        for s in card.stages
    ]
    assert rows == [
        ("Świadomość", -0.5, 1, 1, 0, 0, 1, 1),
        ("Rozważenie", -0.5, 2, 2, 0, 0, 2, 0),
        ("Decyzja/zakup", -0.5, 1, 1, 1, 8, 1, 1),
        ("Retencja", 0.5, 1, 2, 0, 0, 2, 1),
        ("Rzecznictwo", 2.0, 1, 2, 0, 2, 1, 1),
    ]
    assert [(c.persona_name, c.variant, c.average) for c in card.stages[3].curves] == [
        ("Kasia", "as_is", 0.5)
    ]
    # Three stages tie at -0.5: the first is named. The average never falls from one stage
    # to the next (-0.5, -0.5, -0.5, 0.5, 2.0), so there is no drop.
    assert card.stage_name(card.lowest_emotion_stage) == "Świadomość"
    assert card.drops == []
    # Journey score: 7 of the 11 metrics with a target are on it.
    assert card.journey_score == pytest.approx(100 * 7 / 11)  # 63.64
    # Overall: metrics 7/11; emotion: the ten points on -2..+2 sum to 2, mean 0.2, which is
    # (0.2 + 2) / 4 = 0.55 of the scale; friction: 6 pain + 1 fail point over 10 steps,
    # 1 - 7 / 20 = 0.65. 100 × (0.5 × 7/11 + 0.3 × 0.55 + 0.2 × 0.65) = 61.318...
    assert card.parts == pytest.approx({"metrics": 7 / 11, "emotion": 0.55, "friction": 0.65})
    assert card.overall_score == pytest.approx(61.3181818, abs=1e-6)
    # Funnel of "Użytkownicy": 20,000 → 8,000 → 1,200 → 900 → 300; conversions 40 %, 15 %,
    # 75 %, 33.3 %; the biggest drop-off is from Rozważenie (15 %).
    funnel = card.funnel
    assert funnel is not None
    assert [(s.value, s.conversion) for s in funnel.steps] == [
        (20000.0, pytest.approx(0.4)),
        (8000.0, pytest.approx(0.15)),
        (1200.0, pytest.approx(0.75)),
        (900.0, pytest.approx(1 / 3)),
        (300.0, None),
    ]
    assert card.stage_name(funnel.biggest_drop_off) == "Rozważenie"


# --- the scorecard on small maps ------------------------------------------------------------------


def test_drops_between_consecutive_stages_are_ranked_largest_first():
    journey_map = small_map()
    journey_map.emotion_points = [
        EmotionPoint(lane_id="feeling", step_id="aw", score=2.0),
        EmotionPoint(lane_id="feeling", step_id="order", score=1.0),
        EmotionPoint(lane_id="feeling", step_id="pay", persona_id="anna", score=-2.0),
        EmotionPoint(lane_id="feeling", step_id="pay", variant="to_be", score=0.0),
    ]
    card = compute_scorecard(journey_map, {"anna": "Anna"})
    # Awareness 2; Purchase (1 - 2 + 0) / 3 = -1/3: a drop of 7/3.
    assert card.stages[1].emotion_avg == pytest.approx(-1 / 3)
    assert [(d.from_stage, d.to_stage) for d in card.drops] == [("awareness", "purchase")]
    assert card.largest_drop is not None
    assert card.largest_drop.change == pytest.approx(-7 / 3)
    assert card.stage_name(card.lowest_emotion_stage) == "Purchase"
    curves = {(c.persona_name, c.variant): c.average for c in card.stages[1].curves}
    assert curves == {("", "as_is"): 1.0, ("Anna", "as_is"): -2.0, ("", "to_be"): 0.0}


def test_a_map_with_nothing_measured_has_no_scores_but_its_friction():
    journey_map = small_map()
    journey_map.emotion_points = []
    journey_map.metrics = []
    card = compute_scorecard(journey_map, {})
    assert card.journey_score is None
    assert card.lowest_emotion_stage is None
    assert card.funnel is None
    assert all(s.emotion_avg is None for s in card.stages)
    # Only the friction part is left, so it alone makes the overall score.
    assert set(card.parts) == {"friction"}
    assert card.overall_score == pytest.approx(100 * card.parts["friction"])


def test_a_map_without_stages_has_no_overall_score():
    journey_map = JourneyMap(id="m", title="Empty", kind="current_state")
    card = compute_scorecard(journey_map, {})
    assert (card.stages, card.overall_score, card.journey_score) == ([], None, None)


def test_a_funnel_stage_without_the_metric_breaks_the_conversion_chain():
    journey_map = small_map()
    journey_map.funnel_metric = "Visitors"
    journey_map.metrics = [
        Metric(id="v1", stage_id="awareness", lane_id="kpis", name="visitors", value=100.0)
    ]
    funnel = compute_scorecard(journey_map, {}).funnel
    assert funnel is not None
    assert [(s.value, s.conversion) for s in funnel.steps] == [(100.0, None), (None, None)]
    assert funnel.biggest_drop_off is None


# --- reading metrics CSV files --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b'stage,metric,value\nAwareness,Visits,"1,200"\n', 1200.0),  # thousands comma
        (b"stage,metric,value\nAwareness,Visits,2.5\n", 2.5),
        (b"stage;metric;value\nAwareness;Visits;2,5\n", 2.5),  # decimal comma
        (b"stage;metric;value\nAwareness;Visits;1.250,5\n", 1250.5),
        (b"\xef\xbb\xbfStage\tMetric\tValue\nawareness\tVisits\t1250\n", 1250.0),  # tab, BOM
        (b"METRIC,Stage,VALUE\r\nVisits,AWARENESS,-3\r\n", -3.0),  # any order, any case
    ],
)
def test_numbers_separators_and_headers_people_write(data, expected):
    journey_map = small_map()
    result = import_into(journey_map, data)
    assert (result.created, result.skipped) == (1, [])
    assert metric(journey_map, "Awareness", "Visits").value == expected


def test_a_new_metric_in_a_map_without_a_metrics_lane_gets_one():
    journey_map = small_map()
    journey_map.lanes = [lane for lane in journey_map.lanes if lane.kind != "metrics"]
    journey_map.metrics = []
    result = import_into(journey_map, b"stage,metric,value\nPurchase,Orders,12\n")
    assert result.lane_created
    lane = journey_map.lanes[-1]
    assert (lane.kind, lane.title) == ("metrics", "Metrics")
    assert journey_map.metrics[0].lane_id == lane.id


def test_an_undated_value_for_a_metric_with_readings_is_reported_not_lost():
    journey_map = small_map()
    import_into(journey_map, b"stage,metric,value,date\nPurchase,Conversion,2.9,2026-10-01\n")
    result = import_into(journey_map, b"stage,metric,value\nPurchase,Conversion,4\n")
    assert [str(s) for s in result.skipped] == [
        "row 2: 'Conversion' has dated readings; give the row a date to add one"
    ]
    assert metric(journey_map, "Purchase", "Conversion").value == 2.9


def test_a_second_reading_on_the_same_date_replaces_the_first():
    journey_map = small_map()
    import_into(
        journey_map,
        b"stage,metric,value,date\nPurchase,Conversion,2.9,2026-10-01\n"
        b"Purchase,Conversion,3.1,2026-10-01\nPurchase,Conversion,2,2026-09-01\n",
    )
    readings = metric(journey_map, "Purchase", "Conversion").readings
    assert [(r.date, r.value) for r in readings] == [("2026-09-01", 2.0), ("2026-10-01", 3.1)]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"stage,value\nAwareness,1\n", "missing: metric"),
        (b"", "is empty"),
        (b"\xff\xfes\x00", "UTF-16"),
        (b"stage,metric\n\x80\n", "line 2: is not UTF-8"),
    ],
)
def test_a_file_that_is_not_a_metrics_csv_is_an_error(data, message):
    with pytest.raises(InputFormatError, match=message):
        read_metrics_csv(data, "bad.csv")


def test_the_csv_grid_says_it_keeps_only_the_latest_reading():
    from journeydesigner.interop.csv_grid import map_to_csv

    journey_map = small_map()
    import_into(journey_map, b"stage,metric,value,date\nPurchase,Conversion,2.9,2026-10-01\n")
    text, warnings = map_to_csv(journey_map, [])
    assert "Conversion: 2.9%" in text
    assert "1 metric(s) have dated readings; CSV carries only their latest value" in warnings
