"""Templates invite: every card lane has a prompt for its empty cells, in the template's language,
and translated blueprints name their lines in that language."""

from __future__ import annotations

import pytest

from journeydesigner.templates import LANGUAGES, instantiate, list_templates


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_every_card_lane_of_every_template_has_a_hint(lang):
    hints = set()
    for template in list_templates(lang=lang):
        for journey_map in instantiate(template.name, lang=lang).maps:
            for lane in journey_map.lanes:
                if lane.holds_cards:
                    assert lane.hint, f"{template.name} ({lang}): lane {lane.title!r} has no hint"
                    hints.add(lane.hint)
                else:
                    assert lane.hint == ""
    if lang != "en":
        english = {
            lane.hint
            for template in list_templates()
            for lane in instantiate(template.name).maps[0].lanes
        }
        assert not hints & english, "a translated template kept an English hint"


@pytest.mark.parametrize(
    ("lang", "visibility"),
    [("en", ""), ("pl", "Linia widoczności"), ("zh_CN", "可视线"), ("zh_TW", "可視線")],
)
def test_blueprint_templates_name_their_lines_in_their_language(lang, visibility):
    journey_map = instantiate("service-blueprint", lang=lang).maps[0]
    assert journey_map.line_labels.visibility == visibility
