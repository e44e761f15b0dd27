"""The incremental layout (cells kept between layouts) must equal a full layout after any edits.

A LayoutCache is fed as the canvas feeds it: told the card ids of each change record, or told to
forget everything on a structural change. After every edit its layout is compared with one made
from scratch, card by card and in order. The document's card index is checked the same way.
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeydesigner.document import Change, JourneyDocument, MapChanged, plan_move
from journeydesigner.layout.grid import LayoutCache, MapLayout, layout_map
from journeydesigner.layout.style import DEFAULT_METRICS, TextStyle
from journeydesigner.layout.text import CachedMeasure
from journeydesigner.model import Card, EmotionPoint, Project
from tests.builders import FIXED_TIME, small_map


class FixedMeasure:
    def width(self, text: str, style: TextStyle) -> float:
        return len(text) * style.size * 0.55


class WideMeasure:
    def width(self, text: str, style: TextStyle) -> float:
        return len(text) * style.size * 0.9


MAP_ID = "map-1"
STEPS = ["aw", "order", "pay"]
CARD_LANES = ["doing", "thinking", "pains"]
WORDS = ["a", "card", "with", "some", "longer", "words", "破", "than", "before", "é"]


def _document() -> JourneyDocument:
    project = Project.new("Incremental", at=FIXED_TIME)
    project.maps = [small_map(MAP_ID)]
    return JourneyDocument(project)


class Follower:
    """Keeps a LayoutCache in step with a document, as the canvas's scene does."""

    def __init__(self, document: JourneyDocument) -> None:
        self.document = document
        self.cache = LayoutCache()
        self.measure = CachedMeasure(FixedMeasure())
        document.subscribe(self.changed)
        self.layout()

    def changed(self, change: Change) -> None:
        if isinstance(change, MapChanged) and not change.structure:
            self.cache.forget(change.card_ids)
        else:
            self.cache.forget()

    def layout(self) -> MapLayout:
        journey_map = self.document.map(MAP_ID)
        return layout_map(
            journey_map, self.measure, project=self.document.project, cache=self.cache
        )


def _full(document: JourneyDocument, measure: Any) -> MapLayout:
    return layout_map(document.map(MAP_ID), measure, project=document.project)


def _assert_same(incremental: MapLayout, full: MapLayout) -> None:
    assert list(incremental.cards.items()) == list(full.cards.items())
    assert incremental.cells == full.cells
    assert incremental.rows == full.rows
    assert incremental == full
    for cell, ids in full.cells.items():
        boxes = [full.cards[card_id] for card_id in ids]
        origin = incremental.origin(cell)
        assert all(box.rect.x >= origin[0] and box.rect.y >= origin[1] for box in boxes)


def _card_ids(document: JourneyDocument) -> list[str]:
    return [card.id for card in document.map(MAP_ID).cards]


def _apply(document: JourneyDocument, edit: tuple[Any, ...]) -> None:
    kind = edit[0]
    ids = _card_ids(document)
    journey_map = document.map(MAP_ID)
    if kind == "move" and ids:
        _, pick, step, lane, index = edit
        card_id = ids[pick % len(ids)]
        placements = plan_move(journey_map, [card_id], step, lane, index, document)
        document.place_cards(MAP_ID, placements)
    elif kind == "text" and ids:
        _, pick, words = edit
        document.set_card_fields(MAP_ID, ids[pick % len(ids)], {"text": " ".join(words)})
    elif kind == "marks" and ids:
        _, pick, fail, tags = edit
        fields = {"fail_point": fail, "tags": tags, "evidence": "assumed" if fail else None}
        document.set_card_fields(MAP_ID, ids[pick % len(ids)], fields)
    elif kind == "add":
        _, number, step, lane, words = edit
        card = Card(id=f"n{number}", step_id=step, lane_id=lane, order=99, text=" ".join(words))
        if card.id not in ids:
            document.insert_cards(MAP_ID, [(len(ids) // 2, card)])
    elif kind == "remove" and ids:
        _, pick = edit
        document.remove_cards(MAP_ID, [ids[pick % len(ids)]])
    elif kind == "lane":
        _, lane, colour = edit
        document.set_lane_fields(MAP_ID, lane, {"colour": colour})
    elif kind == "width":
        _, step, width = edit
        changed = journey_map.model_copy(deep=True)
        for stage in changed.stages:
            for one in stage.steps:
                if one.id == step:
                    one.width = width
        document.replace_map(MAP_ID, changed)
    elif kind == "point":
        _, step, score = edit
        key = ("feeling", step, "anna", "as_is")
        point = EmotionPoint(lane_id="feeling", step_id=step, persona_id="anna", score=score)
        document.set_emotion_point(MAP_ID, key, point)


steps = st.sampled_from(STEPS)
lanes = st.sampled_from(CARD_LANES)
words = st.lists(st.sampled_from(WORDS), min_size=0, max_size=12)
edits = st.one_of(
    st.tuples(st.just("move"), st.integers(0, 50), steps, lanes, st.integers(0, 5)),
    st.tuples(st.just("text"), st.integers(0, 50), words),
    st.tuples(
        st.just("marks"),
        st.integers(0, 50),
        st.booleans(),
        st.lists(st.sampled_from(["x", "yy"]), max_size=2),
    ),
    st.tuples(st.just("add"), st.integers(0, 30), steps, lanes, words),
    st.tuples(st.just("remove"), st.integers(0, 50)),
    st.tuples(st.just("lane"), lanes, st.sampled_from([None, "#FFE9A8", "#D6EAF8"])),
    st.tuples(st.just("width"), steps, st.sampled_from([None, 180.0, 320.0])),
    st.tuples(st.just("point"), steps, st.integers(-2, 2)),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(edits, min_size=1, max_size=25))
def test_the_incremental_layout_equals_a_full_layout_after_any_edits(
    sequence: list[tuple[Any, ...]],
) -> None:
    document = _document()
    follower = Follower(document)
    for edit in sequence:
        _apply(document, edit)
        _assert_same(follower.layout(), _full(document, FixedMeasure()))


@settings(max_examples=40, deadline=None)
@given(st.lists(edits, min_size=1, max_size=25))
def test_the_document_index_agrees_with_the_map_after_any_edits(
    sequence: list[tuple[Any, ...]],
) -> None:
    document = _document()
    for edit in sequence:
        _apply(document, edit)
        journey_map = document.map(MAP_ID)
        for card in journey_map.cards:
            assert document.card(MAP_ID, card.id) is card
        for step in STEPS:
            for lane in CARD_LANES:
                assert document.cards_in(MAP_ID, step, lane) == journey_map.cards_in(step, lane)
        every = _card_ids(document)
        expected = {c.id: (c.step_id, c.lane_id, c.order) for c in journey_map.cards}
        assert document.placements(MAP_ID, every) == expected


def test_an_unchanged_cell_keeps_its_layout_and_a_changed_one_is_laid_out_again() -> None:
    document = _document()
    follower = Follower(document)
    before = follower.layout()
    document.set_card_fields(MAP_ID, "c3", {"text": "Orders a guitar and a case and strings"})
    after = follower.layout()
    assert after.cell_layouts[("order", "doing")] is not before.cell_layouts[("order", "doing")]
    assert after.cell_layouts[("aw", "doing")] is before.cell_layouts[("aw", "doing")]
    assert after.cards["c3"].lines != before.cards["c3"].lines


def test_a_lane_colour_or_a_new_measure_lays_the_cells_out_afresh() -> None:
    document = _document()
    follower = Follower(document)
    before = follower.layout()
    document.set_lane_fields(MAP_ID, "doing", {"colour": "#D6EAF8"})
    recoloured = follower.layout()
    assert recoloured.cards["c1"].tint != before.cards["c1"].tint
    assert recoloured == _full(document, FixedMeasure())
    # Another font measures differently: the cache notices the new measure by itself.
    follower.measure = CachedMeasure(WideMeasure())
    wide = follower.layout()
    assert wide == _full(document, WideMeasure())
    assert wide.cards["c1"].lines != recoloured.cards["c1"].lines or (
        wide.cards["c1"].rect != recoloured.cards["c1"].rect
    )


def test_a_card_list_changed_behind_the_cache_is_noticed() -> None:
    # Without a change record: a card appended straight to the list still shows up.
    document = _document()
    follower = Follower(document)
    follower.layout()
    document.map(MAP_ID).cards.append(Card(id="late", step_id="aw", lane_id="pains"))
    assert "late" in follower.layout().cards
    assert follower.layout() == _full(document, FixedMeasure())


def test_the_layout_of_the_metrics_default_is_the_same_with_or_without_a_cache() -> None:
    document = _document()
    cache = LayoutCache()
    measure = CachedMeasure(FixedMeasure())
    journey_map = document.map(MAP_ID)
    cached = layout_map(journey_map, measure, cache=cache, metrics=DEFAULT_METRICS)
    assert cached == layout_map(journey_map, measure)
    assert len(cached.cards) == len(list(cached.cards)) == len(journey_map.cards)
