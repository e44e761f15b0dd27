"""Workshop mode without a display: stepping, cameras, vote counts and dot places."""

from __future__ import annotations

from builders import small_map
from hypothesis import given
from hypothesis import strategies as st

from journeydesigner.layout.grid import layout_map
from journeydesigner.layout.style import (
    EDITOR_PALETTE,
    PROJECTION_DARK,
    PROJECTION_LIGHT,
    VOTE_BAND,
    CardTint,
)
from journeydesigner.layout.text import TextMeasure
from journeydesigner.layout.votes import stage_votes, top_voted, total_votes, vote_dots
from journeydesigner.presentation.stepper import (
    Stepper,
    overview_camera,
    presentation_zoom,
    stage_camera,
)


class _Measure(TextMeasure):
    def width(self, text: str, style) -> float:  # type: ignore[no-untyped-def]
        return len(text) * style.size * 0.55


def test_card_text_is_at_least_24_px_on_a_1080p_screen_at_the_default_zoom():
    layout = layout_map(small_map(), _Measure())
    size = layout.metrics.card_text.size
    assert presentation_zoom(1080, size) * size >= 24
    # a 4K projector keeps the same proportions
    assert presentation_zoom(2160, size) * size >= 48


def test_stepper_walks_the_stages_and_stops_at_the_ends():
    stepper = Stepper(3)
    assert stepper.index == 0
    assert not stepper.previous()
    assert [stepper.next(), stepper.next(), stepper.next()] == [True, True, False]
    assert stepper.index == 2
    assert stepper.first()
    assert stepper.index == 0
    assert stepper.last()
    assert stepper.index == 2
    stepper.toggle_overview(remembered=1)
    assert stepper.index is None
    stepper.toggle_overview(remembered=1)
    assert stepper.index == 1
    stepper.toggle_blank("black")
    assert stepper.blank == "black"
    stepper.toggle_blank("white")
    assert stepper.blank == "white"
    stepper.toggle_blank("white")
    assert stepper.blank == ""
    stepper.resize(1)
    assert stepper.index == 0
    assert Stepper(0).index is None


@given(st.integers(min_value=0, max_value=1), st.floats(min_value=0.5, max_value=3.0))
def test_a_stage_camera_shows_the_whole_stage_when_it_fits(index, zoom):
    layout = layout_map(small_map(), _Measure())
    viewport = (1920.0, 1080.0)
    camera = stage_camera(layout, index, zoom, viewport)
    header = layout.stages[index].rect
    visible_left = camera.left + layout.lane_header_width  # right of the frozen lane headers
    visible_right = camera.left + viewport[0] / zoom
    if header.width <= visible_right - visible_left:
        assert visible_left - 1e-6 <= header.x
        assert header.right <= visible_right + 1e-6
    else:
        assert abs(visible_left - header.x) < 1e-6 or camera.left == 0


def test_the_overview_fits_the_whole_map():
    layout = layout_map(small_map(), _Measure())
    camera = overview_camera(layout, (800.0, 600.0))
    assert layout.width * camera.zoom <= 800
    assert layout.height * camera.zoom <= 600


def test_votes_are_counted_per_stage_and_ranked():
    journey_map = small_map()
    votes = {"c1": 2, "c3": 5, "c4": 2}
    for card in journey_map.cards:
        card.votes = votes.get(card.id, 0)
    assert stage_votes(journey_map) == {"awareness": 2, "purchase": 7}
    assert total_votes(journey_map) == 9
    # most first; a tie keeps reading order (c1 is in the first step)
    assert [c.id for c in top_voted(journey_map)] == ["c3", "c1", "c4"]
    assert [c.id for c in top_voted(journey_map, limit=1)] == ["c3"]


def test_a_voted_card_gets_a_band_for_its_dots():
    journey_map = small_map()
    before = layout_map(journey_map, _Measure()).cards["c1"].rect.height
    journey_map.cards[0].votes = 3
    after = layout_map(journey_map, _Measure()).cards["c1"].rect.height
    assert after == before + VOTE_BAND


@given(st.integers(min_value=1, max_value=500), st.floats(min_value=80, max_value=600))
def test_vote_dots_stay_inside_the_card_and_many_are_counted(votes, width):
    dots = vote_dots(votes, width, 80.0, 8.0, 0.0)
    assert 1 <= len(dots.centres) <= votes
    assert all(x - dots.radius >= 8.0 and x + dots.radius <= width - 8 for x, _ in dots.centres)
    if len(dots.centres) < votes:
        assert dots.label == str(votes)


def test_projection_palettes_keep_cards_readable():
    tint = CardTint("#FFF0B3", "#E8D07A")
    assert EDITOR_PALETTE.tint(tint) == tint
    assert PROJECTION_DARK.tint(tint).fill == "#FFE58A"
    assert PROJECTION_DARK.curve("#0072B2") == "#56B4E9"  # dark blue is lost on dark ground
    assert PROJECTION_LIGHT.curve("#0072B2") == "#0072B2"
    for palette in (PROJECTION_DARK, PROJECTION_LIGHT):
        assert _contrast(palette.ink, palette.canvas) >= 7
        assert _contrast(palette.card_ink, palette.tint(tint).fill) >= 7
        assert palette.line_scale > 1


def _contrast(a: str, b: str) -> float:
    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
