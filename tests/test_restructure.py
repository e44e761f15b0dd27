"""Structural edits keep a map consistent: nothing points at what was removed."""

from __future__ import annotations

import pytest
from builders import small_map

from journeydesigner import restructure
from journeydesigner.model import Lane, Stage, Step, map_problems


def _ok(journey_map) -> None:
    assert map_problems(journey_map, "map", {"anna"}) == []


def test_removing_a_stage_removes_what_is_on_its_steps():
    m = small_map()
    restructure.remove_stage(m, "purchase")
    _ok(m)
    assert [s.id for s in m.stages] == ["awareness"]
    assert {c.id for c in m.cards} == {"c1", "c2"}
    assert [p.step_id for p in m.emotion_points] == ["aw"]
    assert m.metrics == []
    assert m.connectors == []


def test_removing_a_lane_removes_its_cards_points_metrics_and_connectors():
    m = small_map()
    restructure.remove_lane(m, "pains")
    _ok(m)
    assert "c4" not in {c.id for c in m.cards}
    assert m.connectors == []
    restructure.remove_lane(m, "feeling")
    restructure.remove_lane(m, "kpis")
    _ok(m)
    assert m.emotion_points == []
    assert m.metrics == []


def test_a_stage_keeps_its_last_step():
    m = small_map()
    with pytest.raises(restructure.RestructureError, match="at least one step"):
        restructure.remove_step(m, "aw")
    restructure.remove_step(m, "pay")
    _ok(m)
    assert [t.id for t in m.stages[1].steps] == ["order"]
    assert "c4" not in {c.id for c in m.cards}


def test_merging_steps_keeps_cards_in_order_after_the_targets_cards():
    m = small_map()
    m.cards[3].lane_id = "doing"  # c4 now sits in (pay, doing)
    m.connectors = []
    restructure.merge_steps(m, "order", "pay")
    _ok(m)
    assert [c.id for c in m.cards_in("order", "doing")] == ["c3", "c4"]
    assert [t.id for t in m.stages[1].steps] == ["order"]
    assert {p.step_id for p in m.emotion_points} == {"aw", "order"}


def test_merging_keeps_the_targets_point_where_both_steps_have_one():
    m = small_map()
    m.emotion_points[0].step_id = "order"
    restructure.merge_steps(m, "order", "pay")
    _ok(m)
    assert [(p.step_id, p.score) for p in m.emotion_points] == [("order", 1.0)]


def test_merging_refuses_steps_of_different_stages():
    with pytest.raises(restructure.RestructureError):
        restructure.merge_steps(small_map(), "aw", "pay")


def test_adding_stages_steps_and_lanes_at_positions():
    m = small_map()
    restructure.add_stage(m, 1, Stage(id="new", name="Consideration", steps=[Step(id="s-new")]))
    restructure.add_step(m, "awareness", 0, Step(id="first"))
    restructure.add_lane(m, 99, Lane(id="ideas", title="Ideas", kind="ideas"))
    _ok(m)
    assert [s.id for s in m.stages] == ["awareness", "new", "purchase"]
    assert [t.id for t in m.stages[0].steps] == ["first", "aw"]
    assert m.lanes[-1].id == "ideas"


def test_moving_a_step_within_and_between_stages():
    m = small_map()
    restructure.move_step(m, "pay", "purchase", 0)
    assert [t.id for t in m.stages[1].steps] == ["pay", "order"]
    restructure.move_step(m, "pay", "awareness", 5)
    _ok(m)
    assert [t.id for t in m.stages[0].steps] == ["aw", "pay"]
    with pytest.raises(restructure.RestructureError, match="at least one step"):
        restructure.move_step(m, "order", "awareness", 0)
