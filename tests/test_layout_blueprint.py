"""Blueprint lines between the right lanes, and connectors routed between cards."""

from __future__ import annotations

from builders import small_map

from journeydesigner.layout.arrows import arrow_head, label_origin
from journeydesigner.layout.grid import layout_map, lines_before
from journeydesigner.layout.style import TextStyle
from journeydesigner.model import Card, Connector, JourneyMap, Lane, Stage, Step


class FixedMeasure:
    def width(self, text: str, style: TextStyle) -> float:
        return len(text) * style.size * 0.55


def _blueprint(kinds: list[str]) -> JourneyMap:
    return JourneyMap(
        id="bp",
        title="Blueprint",
        kind="service_blueprint",
        stages=[Stage(id="s", name="Order", steps=[Step(id="a"), Step(id="b")])],
        lanes=[Lane(id=f"l{i}", title=kind, kind=kind) for i, kind in enumerate(kinds)],
    )


def _lines(journey_map: JourneyMap) -> list[tuple[str, str]]:
    """Each line with the lane right below it; a line never runs through a lane."""
    layout = layout_map(journey_map, FixedMeasure())
    found = []
    for line in layout.lines:
        above = [r for r in layout.rows if r.y + r.height <= line.y]
        below = [r for r in layout.rows if r.y >= line.y]
        assert len(above) + len(below) == len(layout.rows), "the line crosses a lane"
        found.append((line.kind, below[0].lane_id))
    return found


def test_the_three_lines_sit_above_frontstage_backstage_and_support():
    kinds = ["evidence", "customer_actions", "frontstage", "backstage", "support"]
    assert _lines(_blueprint(kinds)) == [
        ("interaction", "l2"),
        ("visibility", "l3"),
        ("internal", "l4"),
    ]


def test_journey_lanes_above_a_blueprint_are_passed_over():
    kinds = ["actions", "emotion", "customer_actions", "text", "frontstage", "backstage"]
    assert _lines(_blueprint(kinds)) == [("interaction", "l4"), ("visibility", "l5")]


def test_a_skipped_zone_stacks_its_lines_at_one_boundary():
    layout = layout_map(_blueprint(["customer_actions", "backstage"]), FixedMeasure())
    kinds = [line.kind for line in layout.lines]
    assert kinds == ["interaction", "visibility"]
    assert layout.lines[1].y > layout.lines[0].y


def test_a_journey_map_has_no_lines():
    assert lines_before(small_map()) == {}
    assert layout_map(small_map(), FixedMeasure()).lines == []


def test_connectors_route_straight_in_one_column_and_through_the_gutter_between_columns():
    m = _blueprint(["customer_actions", "frontstage"])
    m.cards = [
        Card(id="c1", step_id="a", lane_id="l0", text="Orders"),
        Card(id="c2", step_id="a", lane_id="l1", text="Confirms"),
        Card(id="c3", step_id="b", lane_id="l1", text="Ships"),
    ]
    m.connectors = [
        Connector(id="down", from_card="c1", to_card="c2"),
        Connector(id="across", from_card="c1", to_card="c3", two_way=True),
    ]
    layout = layout_map(m, FixedMeasure())
    paths = {p.connector_id: p for p in layout.connectors}
    down = paths["down"].points
    assert len(down) == 2
    assert down[0][0] == down[1][0]
    assert down[0][1] == layout.cards["c1"].rect.bottom
    assert down[1][1] == layout.cards["c2"].rect.y
    across = paths["across"].points
    gutter = layout.column("a").x + layout.column("a").width
    assert [p[0] for p in across] == [
        layout.cards["c1"].rect.right,
        gutter,
        gutter,
        layout.cards["c3"].rect.x,
    ]
    assert paths["across"].two_way


def test_arrow_heads_point_at_the_tip_and_labels_stay_off_the_line():
    tip, left, right = arrow_head((0, 0), (10, 0))
    assert tip == (10, 0)
    assert left[0] < 10
    assert right[0] < 10
    assert left[1] == -right[1]
    x, y = label_origin(((0, 0), (100, 0)), 40, 14)
    assert (x, y) == (30, -16)  # centred above a horizontal segment
    x, y = label_origin(((0, 0), (0, 100)), 40, 14)
    assert x > 0  # beside a vertical one


def test_a_connector_rounds_the_cards_between_its_ends_in_one_column():
    m = _blueprint(["customer_actions", "frontstage", "backstage"])
    m.cards = [
        Card(id="top", step_id="a", lane_id="l0", text="Orders"),
        Card(id="mid", step_id="a", lane_id="l1", text="Confirms"),
        Card(id="low", step_id="a", lane_id="l2", text="Packs"),
    ]
    m.connectors = [Connector(id="skip", from_card="top", to_card="low")]
    layout = layout_map(m, FixedMeasure())
    points = layout.connectors[0].points
    gutter = layout.column("a").x + layout.column("a").width
    assert [p[0] for p in points] == [
        layout.cards["top"].rect.right,
        gutter,
        gutter,
        layout.cards["low"].rect.right,
    ]


def test_a_cached_measure_wraps_each_text_once_and_gives_the_same_lines():
    from journeydesigner.layout.text import CachedMeasure, wrap

    class Counting(FixedMeasure):
        calls = 0

        def width(self, text: str, style: TextStyle) -> float:
            Counting.calls += 1
            return super().width(text, style)

    measure = CachedMeasure(Counting())
    style = TextStyle(12)
    text = "Compares prices on three online shops before ordering"
    first = wrap(text, 120, style, measure)
    calls = Counting.calls
    second = wrap(text, 120, style, measure)
    assert second == first == wrap(text, 120, style, FixedMeasure())
    assert Counting.calls == calls, "the second wrap measured nothing"
    second.append("changed")
    assert wrap(text, 120, style, measure) == first, "callers get a copy"
