"""The CSV grid: reading the layout people type in spreadsheets, writing it, and round trips."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from builders import small_map, small_project
from hypothesis import given, settings
from hypothesis import strategies as st

from journeydesigner.errors import InputFormatError
from journeydesigner.interop.csv_grid import CsvImport, map_to_csv, read_csv_map
from journeydesigner.io.load import read_project
from journeydesigner.model import limits
from journeydesigner.model.checks import map_problems
from journeydesigner.model.elements import Card, EmotionPoint, EmotionScale, Lane, Metric, Persona
from journeydesigner.model.project import JourneyMap

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "guitar-purchase.journey"
SOURCE = "in.csv"


# A grid exactly as map_to_csv writes it, using every feature of the layout.
EXAMPLE_CSV = (
    "Zakup gitary [future_state],Świadomość,Zakup,,Polecanie\r\n"
    "Steps [steps],Widzi reklamę,Zamawia,Płaci,\r\n"
    'Doing [actions],"Widzi reklamę\nCzyta ""10 najlepszych""",Zamawia,,Poleca znajomym\r\n'
    "Notes,,購買,,\r\n"
    "Notes [x] [text],a,,,\r\n"
    "Feeling [emotion -3..3],1 ciekawa,0,-3 płatność odrzucona,3\r\n"
    "Feeling [emotion: Maya],1,,,\r\n"
    '"Feeling [emotion: Maya, to-be]",1,2,2,3\r\n'
    "Feeling [emotion: to-be],,,1.5,\r\n"
    "Backstage [backstage],,,Bramka odrzuca kartę,\r\n"
    'Metrics [metrics],"Visits: 12000 (target 10000)\nCost: 0.42 EUR (target ≤ 0.5)",'
    "CTR: 2.5% (target 3),,NPS:\r\n"
)


# ---------------------------------------------------------------------------------------- helpers


def grid(rows: list[list[str]], *, delimiter: str = ",", bom: bool = False) -> bytes:
    """Rows written as a spreadsheet would, so each test shows cells, not quoting."""
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return ("\ufeff" if bom else "").encode() + out.getvalue().encode("utf-8")


def read(data: bytes | str, **options: Any) -> CsvImport:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return read_csv_map(data, SOURCE, **options)


def read_map(data: bytes | str, **options: Any) -> JourneyMap:
    return read(data, **options).journey_map


def refused(data: bytes | str, **options: Any) -> str:
    """The message of the InputFormatError reading `data` raises."""
    with pytest.raises(InputFormatError) as caught:
        read(data, **options)
    message = str(caught.value)
    assert message.startswith(f"{SOURCE}: ")
    assert "\n" not in message
    return message


def lane_named(journey_map: JourneyMap, title: str) -> Lane:
    return next(lane for lane in journey_map.lanes if lane.title == title)


def cell_texts(journey_map: JourneyMap, lane_title: str) -> list[list[str]]:
    """The card texts of one lane, one list per step, in card order."""
    lane = lane_named(journey_map, lane_title)
    return [[c.text for c in journey_map.cards_in(s.id, lane.id)] for s in journey_map.steps()]


def content(journey_map: JourneyMap, personas: list[Persona]) -> dict[str, Any]:
    """What a CSV grid carries, without ids: equal for a map and its export re-imported."""
    names = {p.id: p.name for p in personas}
    steps = journey_map.steps()
    column = {step.id: index for index, step in enumerate(steps)}
    lane_index = {lane.id: index for index, lane in enumerate(journey_map.lanes)}
    stage_index = {stage.id: index for index, stage in enumerate(journey_map.stages)}
    return {
        "title": journey_map.title,
        "kind": journey_map.kind,
        "stages": [(s.name, [step.name for step in s.steps]) for s in journey_map.stages],
        "lanes": [
            (
                lane.title,
                lane.kind,
                None if lane.scale is None else (lane.scale.min, lane.scale.max),
            )
            for lane in journey_map.lanes
        ],
        "cells": {
            (lane_index[lane.id], column[step.id]): [
                c.text for c in journey_map.cards_in(step.id, lane.id)
            ]
            for lane in journey_map.lanes
            for step in steps
            if journey_map.cards_in(step.id, lane.id)
        },
        "points": sorted(
            (
                lane_index[p.lane_id],
                column[p.step_id],
                names.get(p.persona_id, "") if p.persona_id else "",
                p.variant,
                p.score,
                p.note,
            )
            for p in journey_map.emotion_points
        ),
        "metrics": [
            (
                lane_index[m.lane_id],
                stage_index[m.stage_id],
                m.name,
                m.value,
                m.unit,
                m.target,
                m.higher_is_better,
            )
            for m in journey_map.metrics
        ],
        "personas": sorted(names[p] for p in journey_map.persona_ids),
    }


def reimport(journey_map: JourneyMap, personas: list[Persona], **options: Any) -> CsvImport:
    text, _ = map_to_csv(journey_map, personas, **options)
    return read(text)


def csv_only_small_map() -> JourneyMap:
    """builders.small_map without what CSV does not carry (details, connectors, ...)."""
    journey_map = small_map()
    journey_map.description = ""
    journey_map.connectors = []
    journey_map.stages[1].moment_of_truth = False
    journey_map.cards = [
        Card(id=c.id, step_id=c.step_id, lane_id=c.lane_id, order=c.order, text=c.text)
        for c in journey_map.cards
    ]
    return journey_map


# ------------------------------------------------------------------------------ stages and steps


def test_an_empty_header_cell_continues_the_stage_on_its_left() -> None:
    journey_map = read_map(
        grid([["Guitar", "Awareness", "Purchase", "", "", "Advocacy"], ["Doing", "a", "b", "c"]])
    )

    assert [(s.name, len(s.steps)) for s in journey_map.stages] == [
        ("Awareness", 1),
        ("Purchase", 3),
        ("Advocacy", 1),
    ]
    assert cell_texts(journey_map, "Doing") == [["a"], ["b"], ["c"], [], []]


def test_a_last_stage_spans_the_empty_cells_the_other_rows_fill() -> None:
    journey_map = read_map(
        grid(
            [
                ["Guitar", "Awareness", "Purchase", "", ""],
                ["Steps [steps]", "", "Order", "Pay"],
                ["Doing", "a", "", "", "d"],
            ]
        )
    )

    assert [(s.name, len(s.steps)) for s in journey_map.stages] == [
        ("Awareness", 1),
        ("Purchase", 3),
    ]
    assert [step.name for step in journey_map.steps()] == ["", "Order", "Pay", ""]
    assert cell_texts(journey_map, "Doing") == [["a"], [], [], ["d"]]


def test_trailing_empty_columns_nobody_fills_are_dropped() -> None:
    journey_map = read_map("Guitar,A,B,,,\r\nDoing,x,y,,,\r\n")

    assert [len(stage.steps) for stage in journey_map.stages] == [1, 1]


def test_the_steps_row_names_the_steps() -> None:
    journey_map = read_map(
        grid(
            [
                ["Guitar", "Awareness", "Purchase", ""],
                ["Kroki [STEPS]", "", "Order", "Card payment fails"],
                ["Doing", "x", "", ""],
            ]
        )
    )

    assert [step.name for step in journey_map.steps()] == ["", "Order", "Card payment fails"]
    assert [lane.title for lane in journey_map.lanes] == ["Doing"]


def test_without_a_steps_row_the_steps_have_no_names() -> None:
    journey_map = read_map("Guitar,A,B\r\nDoing,x,y\r\n")

    assert [step.name for step in journey_map.steps()] == ["", ""]


def test_a_second_steps_row_is_refused() -> None:
    message = refused("M,A,B\nSteps [steps],a,b\nMore [steps],c,d\n")

    assert "line 3" in message
    assert "[steps]" in message


def test_a_stage_wider_than_the_limit_is_refused() -> None:
    header = ["M", "A"] + [""] * limits.STEPS_PER_STAGE + ["B"]

    message = refused(grid([header, ["Doing", "x"]]))

    assert "line 1" in message
    assert f"more than {limits.STEPS_PER_STAGE} columns" in message


# ----------------------------------------------------------------------------------------- lanes


@pytest.mark.parametrize(
    ("label", "title", "kind"),
    [
        ("Doing [actions]", "Doing", "actions"),
        ("Backstage [backstage]", "Backstage", "backstage"),
        ("Backstage [BACKSTAGE]", "Backstage", "backstage"),
        ("Pain points [Pain_Points]", "Pain points", "pain_points"),
        ("Support  [ support ]", "Support", "support"),
        ("Emocje [Emotion]", "Emocje", "emotion"),
        ("KPI [METRICS]", "KPI", "metrics"),
        ("Notes", "Notes", "text"),
    ],
)
def test_a_lane_kind_is_read_from_brackets_in_any_case(label: str, title: str, kind: str) -> None:
    journey_map = read_map(grid([["M", "A"], [label, ""]]))

    assert [(lane.title, lane.kind) for lane in journey_map.lanes] == [(title, kind)]


def test_an_unknown_lane_kind_names_its_line_and_the_known_kinds() -> None:
    message = refused("M,A,B\nDoing [actions],x,y\nFeeling [moods],1,2\n")

    assert message.startswith(f"{SOURCE}: line 3: ")
    assert "unknown lane kind 'moods'" in message
    assert "backstage" in message


def test_only_emotion_lanes_take_more_than_a_kind() -> None:
    message = refused("M,A\nDoing [actions: Anna],x\n")

    assert "line 2" in message


def test_lanes_keep_their_order_and_empty_lanes_are_kept() -> None:
    journey_map = read_map("M,A\nDoing [actions],x\nThinking [thoughts],\nNotes,n\n")

    assert [lane.title for lane in journey_map.lanes] == ["Doing", "Thinking", "Notes"]


# ----------------------------------------------------------------------------------------- cards


def test_each_non_empty_line_of_a_cell_is_one_card_in_order() -> None:
    journey_map = read_map(
        grid([["M", "A", "B"], ["Doing", "First\n\n  Second  \r\nThird\n", "Only"]])
    )

    lane = lane_named(journey_map, "Doing")
    first_step, second_step = journey_map.steps()
    cards = journey_map.cards_in(first_step.id, lane.id)
    assert [(c.order, c.text) for c in cards] == [(0, "First"), (1, "Second"), (2, "Third")]
    assert [c.text for c in journey_map.cards_in(second_step.id, lane.id)] == ["Only"]
    assert len({c.id for c in journey_map.cards}) == 4


def test_cards_keep_commas_quotes_and_semicolons() -> None:
    text = 'Reads "10 best guitars"; compares, then buys'

    journey_map = read_map(grid([["M", "A"], ["Doing", text]]))

    assert [c.text for c in journey_map.cards] == [text]


def test_an_imported_map_has_no_cross_reference_problems() -> None:
    imported = read(EXAMPLE_CSV)

    assert (
        map_problems(imported.journey_map, "maps[0]", {p.id for p in imported.new_personas}) == []
    )


# --------------------------------------------------------------------------------------- emotion


@pytest.mark.parametrize(
    ("cell", "score", "note"),
    [
        ("-2 card payment failed", -2, "card payment failed"),
        ("−1 Unicode minus", -1, "Unicode minus"),
        ("+2", 2, ""),
        ("0", 0, ""),
        ("1,5 decimal comma", 1.5, "decimal comma"),
        ("-0.5 a point", -0.5, "a point"),
        ("1 3 attempts\nstill   waiting", 1, "3 attempts still waiting"),
    ],
)
def test_an_emotion_cell_is_a_score_then_an_optional_note(
    cell: str, score: float, note: str
) -> None:
    journey_map = read_map(grid([["M", "A"], ["Feeling [emotion]", cell]]))

    (point,) = journey_map.emotion_points
    assert (point.score, point.note) == (score, note)
    assert (point.persona_id, point.variant) == (None, "as_is")
    assert point.lane_id == journey_map.lanes[0].id
    assert point.step_id == journey_map.steps()[0].id


def test_emotion_scores_with_a_decimal_comma_in_a_semicolon_file() -> None:
    journey_map = read_map("Mapa;A;B;C\nEmocje [emotion];-1,5 źle;2;\n")

    assert [(p.score, p.note) for p in journey_map.emotion_points] == [(-1.5, "źle"), (2, "")]


def test_empty_emotion_cells_have_no_point() -> None:
    journey_map = read_map("M,A,B,C\nFeeling [emotion],1,,-1\n")

    steps = journey_map.steps()
    assert [p.step_id for p in journey_map.emotion_points] == [steps[0].id, steps[2].id]


@pytest.mark.parametrize(
    ("label", "cell", "expected"),
    [
        ("Feeling [emotion]", "3", "score 3 is outside the scale -2..2"),
        ("Feeling [emotion]", "−2.5 far too low", "score -2.5 is outside the scale -2..2"),
        ("Feeling [emotion 1..10]", "0", "score 0 is outside the scale 1..10"),
        ("Feeling [emotion]", "great", "is not a score"),
    ],
)
def test_a_bad_score_names_its_line(label: str, cell: str, expected: str) -> None:
    message = refused(grid([["M", "A", "B"], ["Doing", "x", ""], [label, "1", cell]]))

    assert message.startswith(f"{SOURCE}: line 3: ")
    assert expected in message


def test_the_scale_is_set_in_brackets() -> None:
    journey_map = read_map("M,A,B\nFeeling [emotion -5..5],-4 low,5 high\n")

    lane = journey_map.lanes[0]
    assert lane.scale == EmotionScale(min=-5, max=5)
    assert [p.score for p in journey_map.emotion_points] == [-4, 5]


def test_without_a_scale_the_lane_uses_the_default() -> None:
    journey_map = read_map("M,A\nFeeling [emotion],1\n")

    assert journey_map.lanes[0].scale is None


def test_an_inverted_scale_is_refused() -> None:
    message = refused("M,A\nDoing,x\nFeeling [emotion 5..1],3\n")

    assert "line 3" in message
    assert "scale" in message


def test_curve_rows_join_the_lane_above_and_create_personas() -> None:
    imported = read(
        grid(
            [
                ["M", "A", "B"],
                ["Feeling [emotion -5..5]", "1 ok", "-3"],
                ["Feeling [emotion: Anna, to-be]", "2", "4 better"],
                ["Feeling [emotion: anna]", "-1", ""],
                ["Feeling [emotion: Bob]", "", "0"],
            ]
        )
    )
    journey_map = imported.journey_map

    assert len(journey_map.lanes) == 1
    assert journey_map.lanes[0].scale == EmotionScale(min=-5, max=5)
    assert [p.name for p in imported.new_personas] == ["Anna", "Bob"]
    anna, bob = (p.id for p in imported.new_personas)
    assert journey_map.persona_ids == [anna, bob]
    assert [(p.persona_id, p.variant, p.score, p.note) for p in journey_map.emotion_points] == [
        (None, "as_is", 1, "ok"),
        (None, "as_is", -3, ""),
        (anna, "to_be", 2, ""),
        (anna, "to_be", 4, "better"),
        (anna, "as_is", -1, ""),
        (bob, "as_is", 0, ""),
    ]
    assert {p.lane_id for p in journey_map.emotion_points} == {journey_map.lanes[0].id}


def test_curve_rows_match_existing_personas_by_name_in_any_case() -> None:
    maya = Persona(id="maya", name="Maya")

    imported = read(
        'M,A\nFeeling [emotion: MAYA],1\n"Feeling [emotion: maya, TO-BE]",2\n', personas=[maya]
    )

    assert imported.new_personas == []
    assert imported.journey_map.persona_ids == ["maya"]
    assert [(p.persona_id, p.variant) for p in imported.journey_map.emotion_points] == [
        ("maya", "as_is"),
        ("maya", "to_be"),
    ]


@pytest.mark.parametrize(
    "second",
    [
        "Emotions [emotion: Anna]",  # another title
        "Feeling [emotion -5..5: Anna]",  # its own scale
    ],
)
def test_a_curve_row_with_another_title_or_scale_starts_a_new_lane(second: str) -> None:
    journey_map = read_map(grid([["M", "A"], ["Feeling [emotion]", "1"], [second, "2"]]))

    assert [lane.kind for lane in journey_map.lanes] == ["emotion", "emotion"]
    first_lane, second_lane = journey_map.lanes
    assert [p.lane_id for p in journey_map.emotion_points] == [first_lane.id, second_lane.id]


def test_a_curve_row_after_a_card_lane_starts_an_emotion_lane() -> None:
    journey_map = read_map(
        grid([["M", "A"], ["Feeling [actions]", "x"], ["Feeling [emotion: Anna]", "1"]])
    )

    assert [lane.kind for lane in journey_map.lanes] == ["actions", "emotion"]


def test_a_curve_belongs_to_one_persona() -> None:
    message = refused(grid([["M", "A"], ["Feeling [emotion: Anna, Bob]", "1"]]))

    assert "line 2" in message
    assert "Anna, Bob" in message


@pytest.mark.parametrize(
    ("first", "repeat"),
    [
        ("Feeling [emotion]", "Feeling [emotion: as-is]"),
        ("Feeling [emotion: Anna]", "Feeling [emotion: ANNA, as-is]"),
        ("Feeling [emotion: Anna, to-be]", "Feeling [emotion: to-be, anna]"),
    ],
)
def test_a_repeated_curve_is_refused_not_imported_twice(first: str, repeat: str) -> None:
    message = refused(grid([["M", "A"], ["Doing", "x"], [first, "1"], [repeat, "2"]]))

    assert message.startswith(f"{SOURCE}: line 4: ")
    assert "repeats a curve of the lane 'Feeling'" in message


# --------------------------------------------------------------------------------------- metrics


@pytest.mark.parametrize(
    ("line", "name", "value", "unit", "target", "higher_is_better"),
    [
        ("Site visits: 12 000 (target 10000)", "Site visits", 12000, "", 10000, True),
        ("CTR: 2,5% (target 3)", "CTR", 2.5, "%", 3, True),
        ("Cost: 0.42 EUR (target ≤ 0.5)", "Cost", 0.42, "EUR", 0.5, False),
        ("Cost: 0.42 EUR (target <= 0.5)", "Cost", 0.42, "EUR", 0.5, False),
        ("Satisfaction: 4.6 /5 (target ≥ 4.5)", "Satisfaction", 4.6, "/5", 4.5, True),
        ("Wait: −3 min", "Wait", -3, "min", None, True),
        ("Revenue: 1,250,000 EUR", "Revenue", 1_250_000, "EUR", None, True),
        ("Konwersja: 1,8% (cel 2,5)", "Konwersja", 1.8, "%", 2.5, True),
        ("满意度: 4.6 /5 (目标 4.5)", "满意度", 4.6, "/5", 4.5, True),
        ("Budget: EUR (target 100)", "Budget", None, "EUR", 100, True),
        ("NPS:", "NPS", None, "", None, True),
    ],
)
def test_a_metric_line_is_name_value_unit_and_target(
    line: str,
    name: str,
    value: float | None,
    unit: str,
    target: float | None,
    higher_is_better: bool,
) -> None:
    journey_map = read_map(grid([["M", "A"], ["Metrics [metrics]", line]]))

    (metric,) = journey_map.metrics
    assert (metric.name, metric.value, metric.unit, metric.target, metric.higher_is_better) == (
        name,
        value,
        unit,
        target,
        higher_is_better,
    )
    assert metric.stage_id == journey_map.stages[0].id
    assert metric.lane_id == journey_map.lanes[0].id


def test_metrics_belong_to_the_stage_of_their_column_in_order() -> None:
    journey_map = read_map(
        grid(
            [
                ["M", "A", "B", ""],
                ["Metrics [metrics]", "Visits: 10", "", "Conversion: 2%\n\nCart: 3 (target ≤ 1)"],
            ]
        )
    )

    first_stage, second_stage = journey_map.stages
    assert [(m.name, m.stage_id) for m in journey_map.metrics] == [
        ("Visits", first_stage.id),
        ("Conversion", second_stage.id),
        ("Cart", second_stage.id),
    ]
    assert len({m.id for m in journey_map.metrics}) == 3


@pytest.mark.parametrize("line", ["just some text", "Visits: 12 (goal 10)", "Visits: 3 (k)"])
def test_a_line_that_is_not_a_metric_names_its_line(line: str) -> None:
    message = refused(grid([["M", "A"], ["Doing", "x"], ["Metrics [metrics]", line]]))

    assert message.startswith(f"{SOURCE}: line 3: ")
    assert "is not a metric" in message


# ------------------------------------------------------------------------------------ map title


@pytest.mark.parametrize(
    ("cell", "title", "kind"),
    [
        ("Guitar [future_state]", "Guitar", "future_state"),
        ("Guitar [Service_Blueprint]", "Guitar", "service_blueprint"),
        ("Guitar  [ day_in_the_life ] ", "Guitar", "day_in_the_life"),
        ("Guitar", "Guitar", "current_state"),
        ("Guitar [v2] [current_state]", "Guitar [v2]", "current_state"),
    ],
)
def test_the_map_kind_is_read_from_brackets_in_row_1(cell: str, title: str, kind: str) -> None:
    journey_map = read_map(grid([[cell, "A"], ["Doing", "x"]]))

    assert (journey_map.title, journey_map.kind) == (title, kind)


def test_an_unknown_map_kind_names_line_1() -> None:
    message = refused(grid([["Guitar [draft]", "A"], ["Doing", "x"]]))

    assert message.startswith(f"{SOURCE}: line 1: ")
    assert "unknown map kind 'draft'" in message


def test_title_and_kind_arguments_win_over_row_1() -> None:
    journey_map = read_map(
        "Guitar [future_state],A\nDoing,x\n", title="Other", kind="service_blueprint"
    )

    assert (journey_map.title, journey_map.kind) == ("Other", "service_blueprint")


def test_a_map_without_a_title_is_refused_unless_one_is_given() -> None:
    data = ",A\nDoing,x\n"

    assert "line 1" in refused(data)
    assert read_map(data, title="Given").title == "Given"


# ---------------------------------------------------------------------------- languages, encodings

POLISH = (
    "Zakup gitary [current_state];Świadomość;Zakup;\r\n"
    "Kroki [steps];;Zamówienie;Płatność kartą\r\n"
    'Działania [actions];Ogląda reklamę;Zamawia gitarę;"Płaci kartą\nPróbuje ponownie"\r\n'
    "Emocje [emotion];1 ciekawość;0;-1,5 płatność odrzucona\r\n"
    "Zaplecze [backstage];;;Bramka płatności odrzuca kartę\r\n"
    "Wskaźniki [metrics];Wizyty: 12 000 (cel 10 000);Konwersja: 2,5% (cel 3);\r\n"
)


def test_a_semicolon_separated_polish_file_with_a_bom() -> None:
    journey_map = read_map(b"\xef\xbb\xbf" + POLISH.encode("utf-8"))

    assert journey_map.title == "Zakup gitary"
    assert [(s.name, [t.name for t in s.steps]) for s in journey_map.stages] == [
        ("Świadomość", [""]),
        ("Zakup", ["Zamówienie", "Płatność kartą"]),
    ]
    assert [(lane.title, lane.kind) for lane in journey_map.lanes] == [
        ("Działania", "actions"),
        ("Emocje", "emotion"),
        ("Zaplecze", "backstage"),
        ("Wskaźniki", "metrics"),
    ]
    assert cell_texts(journey_map, "Działania") == [
        ["Ogląda reklamę"],
        ["Zamawia gitarę"],
        ["Płaci kartą", "Próbuje ponownie"],
    ]
    assert [(p.score, p.note) for p in journey_map.emotion_points] == [
        (1, "ciekawość"),
        (0, ""),
        (-1.5, "płatność odrzucona"),
    ]
    assert [(m.name, m.value, m.unit, m.target) for m in journey_map.metrics] == [
        ("Wizyty", 12000, "", 10000),
        ("Konwersja", 2.5, "%", 3),
    ]


def test_the_same_file_reads_the_same_with_or_without_the_bom() -> None:
    with_bom = read_map(b"\xef\xbb\xbf" + POLISH.encode("utf-8"))
    without = read_map(POLISH.encode("utf-8"))

    assert content(with_bom, []) == content(without, [])


@pytest.mark.parametrize(
    ("rows", "title", "texts"),
    [
        (
            [
                ["購買吉他 [current_state]", "認識", "購買"],
                ["行動 [actions]", "看到廣告\n觀看評測", "刷卡付款失敗"],
                ["情緒 [emotion: 小美]", "1 好奇", "-2 付款失敗"],
                ["指標 [metrics]", "", "轉換率: 1.8% (目標 2.5)"],
            ],
            "購買吉他",
            [["看到廣告", "觀看評測"], ["刷卡付款失敗"]],
        ),
        (
            [
                ["购买吉他", "认识", "购买"],
                ["行动 [actions]", "看到广告", "刷卡付款失败\n换一家店"],
                ["情绪 [emotion: 小美]", "1 好奇", "-2 付款失败"],
                ["指标 [metrics]", "", "转化率: 1.8% (目标 2.5)"],
            ],
            "购买吉他",
            [["看到广告"], ["刷卡付款失败", "换一家店"]],
        ),
    ],
    ids=["traditional", "simplified"],
)
def test_a_chinese_file(rows: list[list[str]], title: str, texts: list[list[str]]) -> None:
    imported = read(grid(rows, bom=True))
    journey_map = imported.journey_map

    assert journey_map.title == title
    assert [stage.name for stage in journey_map.stages] == rows[0][1:]
    assert cell_texts(journey_map, rows[1][0].split(" [")[0]) == texts
    assert [p.name for p in imported.new_personas] == ["小美"]
    assert [p.score for p in journey_map.emotion_points] == [1, -2]
    assert [(m.name, m.value, m.unit, m.target) for m in journey_map.metrics] == [
        (rows[3][2].split(":")[0], 1.8, "%", 2.5)
    ]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_is_refused_with_a_hint(encoding: str) -> None:
    data = "M,A\r\nDoing,x\r\n".encode(encoding)
    if encoding != "utf-16":
        data = "\ufeff".encode(encoding) + data

    message = refused(data)

    assert "UTF-16" in message
    assert "UTF-8" in message


def test_invalid_utf8_is_refused_with_its_line_and_a_hint() -> None:
    data = "Zakup gitary;Świadomość\r\nDziałania;Ogląda reklamę\r\n".encode("cp1250")

    message = refused(data)

    assert message.startswith(f"{SOURCE}: line 1: ")
    assert "not UTF-8" in message
    assert "CSV UTF-8" in message


def test_invalid_utf8_later_in_the_file_names_that_line() -> None:
    data = b"M,A\r\nDoing,x\r\nNotes,caf\xe9\r\n"

    assert f"{SOURCE}: line 3: " in refused(data)


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf", b"\r\n\r\n", b",,\r\n , \r\n", b"  \n"])
def test_an_empty_file_is_refused(data: bytes) -> None:
    assert refused(data) == f"{SOURCE}: is empty"


def test_nul_bytes_are_refused() -> None:
    message = refused(b"M,A\r\nDoing,x\x00y\r\n")

    assert "NUL" in message


# ---------------------------------------------------------------------------------- broken grids


def test_a_value_right_of_the_last_column_names_its_line() -> None:
    message = refused("M,A,B\nDoing,x,y\nThinking,p,q,stray\n")

    assert message.startswith(f"{SOURCE}: line 3: ")
    assert "right of the last column" in message
    assert "stray" in message


@pytest.mark.parametrize("label", ["", "   ", "[actions]"])
def test_a_lane_row_without_a_title_is_refused(label: str) -> None:
    message = refused(grid([["M", "A"], ["Doing", "x"], [label, "y"]]))

    assert message.startswith(f"{SOURCE}: line 3: ")
    assert "lane" in message
    assert "title" in message


def test_an_empty_first_stage_cell_is_refused() -> None:
    message = refused("M,,B\nDoing,x,y\n")

    assert message.startswith(f"{SOURCE}: line 1: ")
    assert "first stage has no name" in message


def test_a_map_without_stages_is_refused() -> None:
    message = refused("Just a title\n")

    assert "line 1" in message
    assert "stage" in message


def test_line_numbers_count_blank_rows() -> None:
    message = refused("M,A\n\n,\nDoing [nope],x\n")

    assert message.startswith(f"{SOURCE}: line 4: ")


@pytest.mark.parametrize(
    "data",
    [
        'M,A\nDoing,"never closed\n',
        'M,A\nDoing,"closed"then more\n',
    ],
    ids=["unbalanced", "text-after-quote"],
)
def test_broken_quoting_is_refused(data: str) -> None:
    assert "is not valid CSV" in refused(data)


# ----------------------------------------------------------------------------------------- export


def test_export_writes_the_grid_layout() -> None:
    project = small_project()

    text, _ = map_to_csv(project.maps[0], project.personas)

    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == ["Buying a guitar [current_state]", "Awareness", "Purchase", ""]
    assert rows[1] == ["Steps [steps]", "", "Order", "Card payment fails"]
    assert rows[2] == [
        "Doing [actions]",
        "Sees an ad on YouTube\nWatches a review",
        "Orders a guitar",
        "",
    ]
    assert rows[4] == ["Feeling [emotion -2..2: Anna]", "1 curious", "", "-2"]
    assert rows[6] == ["Metrics [metrics]", "", "Conversion: 2.5% (target 3)", ""]
    assert text.endswith("\r\n")


def test_export_with_semicolons() -> None:
    text, _ = map_to_csv(csv_only_small_map(), [Persona(id="anna", name="Anna")], delimiter=";")

    assert text.splitlines()[0] == "Buying a guitar [current_state];Awareness;Purchase;"


def test_export_writes_no_steps_row_when_no_step_has_a_name() -> None:
    text, _ = map_to_csv(read_map("M,A,B\nDoing,x,y\n"), [])

    assert text == "M [current_state],A,B\r\nDoing,x,y\r\n"


def test_export_writes_a_lower_is_better_target() -> None:
    journey_map = csv_only_small_map()
    journey_map.metrics = [
        Metric(
            id="m",
            stage_id="awareness",
            lane_id="kpis",
            name="Cost",
            value=0.42,
            unit="EUR",
            target=0.5,
            higher_is_better=False,
        )
    ]

    text, _ = map_to_csv(journey_map, [])

    assert "Cost: 0.42 EUR (target ≤ 0.5)" in text


def test_a_map_csv_carries_fully_exports_without_warnings() -> None:
    _, warnings = map_to_csv(csv_only_small_map(), [Persona(id="anna", name="Anna")])

    assert warnings == []


def test_export_warns_about_card_details_and_connectors() -> None:
    project = small_project()

    _, warnings = map_to_csv(project.maps[0], project.personas)

    assert any("2 card(s)" in w and "colour, tags" in w for w in warnings)
    assert any("1 connector(s)" in w for w in warnings)


@pytest.mark.parametrize(
    "details",
    [
        {"colour": "#FFAA00"},
        {"tags": ["payment"]},
        {"channel": "Web"},
        {"owner": "Payments"},
        {"evidence": "observed"},
        {"fail_point": True},
        {"duration_minutes": 0.0},
        {"votes": 3},
        {"recovery": "Call back"},
    ],
)
def test_export_warns_about_each_card_detail(details: dict[str, Any]) -> None:
    journey_map = csv_only_small_map()
    journey_map.cards[0] = journey_map.cards[0].model_copy(update=details)

    _, warnings = map_to_csv(journey_map, [Persona(id="anna", name="Anna")])

    assert warnings == [
        "1 card(s) have details (colour, tags, evidence, ...) that CSV does not carry"
    ]


def test_export_flattens_multi_line_card_text_and_says_so() -> None:
    journey_map = csv_only_small_map()
    journey_map.cards[2] = journey_map.cards[2].model_copy(update={"text": "Orders\na guitar\n"})

    text, warnings = map_to_csv(journey_map, [Persona(id="anna", name="Anna")])

    assert warnings == ["1 card(s) with line breaks were written on one line"]
    assert cell_texts(read_map(text), "Doing")[1] == ["Orders a guitar"]


# ------------------------------------------------------------------------------------ round trips


def test_round_trip_of_the_small_map() -> None:
    journey_map = csv_only_small_map()
    personas = [Persona(id="anna", name="Anna")]

    imported = reimport(journey_map, personas)

    assert content(imported.journey_map, imported.new_personas) == content(journey_map, personas)


def test_round_trip_of_the_small_map_keeps_multi_step_last_stage_and_card_order() -> None:
    journey_map = csv_only_small_map()
    journey_map.cards.reverse()  # order, not list position, decides

    imported = reimport(journey_map, [Persona(id="anna", name="Anna")]).journey_map

    assert [len(stage.steps) for stage in imported.stages] == [1, 2]
    assert cell_texts(imported, "Doing") == [
        ["Sees an ad on YouTube", "Watches a review"],
        ["Orders a guitar"],
        [],
    ]


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_round_trip_of_the_bundled_example(delimiter: str) -> None:
    project = read_project(EXAMPLE)
    journey_map = project.maps[0]

    imported = reimport(journey_map, project.personas, delimiter=delimiter)

    assert content(imported.journey_map, imported.new_personas) == content(
        journey_map, project.personas
    )
    assert len(imported.journey_map.cards) == len(journey_map.cards)
    assert len(imported.journey_map.emotion_points) == len(journey_map.emotion_points)
    assert len(imported.journey_map.metrics) == len(journey_map.metrics)


def test_round_trip_of_the_example_matches_its_personas_by_name() -> None:
    project = read_project(EXAMPLE)
    text, _ = map_to_csv(project.maps[0], project.personas)

    imported = read(text, personas=project.personas)

    assert imported.new_personas == []
    assert imported.journey_map.persona_ids == ["maya"]
    assert {p.persona_id for p in imported.journey_map.emotion_points} == {"maya"}


def test_round_trip_keeps_unnamed_curves_several_personas_and_scales() -> None:
    journey_map = csv_only_small_map()
    journey_map.lanes.append(Lane(id="mood", title="Mood", kind="emotion"))
    journey_map.lanes.append(
        Lane(id="stars", title="Stars", kind="emotion", scale=EmotionScale(min=1, max=5))
    )
    journey_map.persona_ids = ["anna", "bob"]
    journey_map.emotion_points += [
        EmotionPoint(
            lane_id="feeling",
            step_id="order",
            persona_id="bob",
            variant="to_be",
            score=1.5,
            note="fine",
        ),
        EmotionPoint(lane_id="mood", step_id="aw", score=-1, note="meh"),
        EmotionPoint(lane_id="mood", step_id="pay", variant="to_be", score=2),
        EmotionPoint(lane_id="stars", step_id="order", persona_id="anna", score=5, note="★★★★★"),
    ]
    personas = [Persona(id="anna", name="Anna"), Persona(id="bob", name="Bob")]

    imported = reimport(journey_map, personas)

    assert content(imported.journey_map, imported.new_personas) == content(journey_map, personas)


def test_a_canonical_grid_is_exported_again_as_the_same_text() -> None:
    imported = read(EXAMPLE_CSV)

    text, warnings = map_to_csv(imported.journey_map, imported.new_personas)

    assert text == EXAMPLE_CSV
    assert warnings == []


def test_the_exported_example_is_exported_again_as_the_same_text() -> None:
    project = read_project(EXAMPLE)
    text, _ = map_to_csv(project.maps[0], project.personas)

    imported = read(text)

    assert map_to_csv(imported.journey_map, imported.new_personas)[0] == text


_LINE = (
    st.text(
        alphabet=st.characters(
            codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp"), include_characters=',;"[]:'
        ),
        min_size=1,
        max_size=30,
    )
    .map(lambda text: " ".join(text.split()))
    .filter(bool)
)


@settings(max_examples=60, deadline=None)
@given(
    cells=st.lists(st.lists(_LINE, max_size=3), min_size=1, max_size=4),
    stage_names=st.lists(_LINE, min_size=1, max_size=4),
    lane_title=_LINE,
    delimiter=st.sampled_from([",", ";"]),
)
def test_any_card_text_survives_a_round_trip(
    cells: list[list[str]], stage_names: list[str], lane_title: str, delimiter: str
) -> None:
    names = (stage_names * len(cells))[: len(cells)]
    header = ["M", *names]
    journey_map = read_map(
        grid([header, [f"{lane_title} [ideas]", *("\n".join(c) for c in cells)]])
    )

    again = reimport(journey_map, [], delimiter=delimiter).journey_map

    assert content(again, []) == content(journey_map, [])
    assert cell_texts(again, lane_title) == cells


def test_a_semicolon_file_whose_names_hold_commas_is_read_with_semicolons():
    # A comma splits line 1 into two cells too; only semicolons give every row the same width.
    imported = read_csv_map(b"Plan [current_state];A, B\nDoing [actions];x\n", "in.csv")
    journey_map = imported.journey_map
    assert journey_map.title == "Plan"
    assert [s.name for s in journey_map.stages] == ["A, B"]
    assert [(lane.title, lane.kind) for lane in journey_map.lanes] == [("Doing", "actions")]
