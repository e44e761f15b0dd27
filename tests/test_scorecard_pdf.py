"""The scorecard page of the PDF export."""

from __future__ import annotations

import io
from pathlib import Path

from builders import small_project
from pypdf import PdfReader

from journeydesigner.export.pdf import PdfOptions, page_setup, render_pdf
from journeydesigner.interop.metrics_csv import apply_metrics, read_metrics_csv
from journeydesigner.io import read_project
from journeydesigner.model import EmotionPoint, JourneyMap, Project, Stage, Step
from journeydesigner.model.ids import IdMaker
from journeydesigner.paths import resource_dir

METRICS_CSV = Path(__file__).parent / "data" / "metrics" / "smartphone-metrics.pl.csv"


def pages_text(data: bytes) -> list[str]:
    return [
        " ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(data)).pages
    ]


def smartphone_with_metrics() -> Project:
    project = read_project(resource_dir() / "examples" / "smartphone-purchase.pl.journey")
    journey_map = project.maps[0]
    ids = IdMaker([m.id for m in journey_map.metrics])
    apply_metrics(journey_map, read_metrics_csv(METRICS_CSV.read_bytes(), "m.csv"), ids.make)
    journey_map.funnel_metric = "Użytkownicy"
    return project


def test_the_scorecard_page_follows_its_map_with_the_figures():
    project = smartphone_with_metrics()
    options = PdfOptions(page_setup("A3"), "fit", scorecard=True)
    result = render_pdf(project, project.maps, options)
    assert result.pages == 2
    text = pages_text(result.data)[1]
    assert text.startswith("SCORECARD Zakup smartfona")
    # The figures of tests/test_scorecard.py: 7 of 11 metrics on target, overall 61.3.
    assert "63.6 %" in text
    assert "61.3 / 100" in text
    assert "Lowest emotion: Świadomość" in text
    assert "No drop in emotion between stages" in text
    assert "Decyzja/zakup -0.5 1 1 1 0 1 1" in text
    assert "FUNNEL: UŻYTKOWNICY" in text
    assert "15 % go on · biggest drop-off" in text
    assert "Biggest funnel drop-off: after Rozważenie" in text
    assert "page 2 of 2" in text
    reader = PdfReader(io.BytesIO(result.data))
    assert [item.title for item in reader.outline] == [
        "Zakup smartfona",
        "Scorecard: Zakup smartfona",
    ]


def test_no_scorecard_page_when_turned_off_or_nothing_to_score():
    project = smartphone_with_metrics()
    off = render_pdf(project, project.maps, PdfOptions(page_setup("A3"), "fit"))
    assert off.pages == 1
    bare = small_project()
    bare.maps[0].metrics = []
    bare.maps[0].emotion_points = []
    result = render_pdf(bare, bare.maps, PdfOptions(page_setup("A4"), "fit", scorecard=True))
    assert result.pages == 1


def test_a_long_scorecard_continues_on_the_next_page_and_every_stage_prints():
    journey_map = small_project().maps[0]
    journey_map.stages = [
        Stage(id=f"s{i}", name=f"Stage {i}", steps=[Step(id=f"t{i}")]) for i in range(60)
    ]
    journey_map.cards, journey_map.connectors, journey_map.metrics = [], [], []
    journey_map.emotion_points = [
        EmotionPoint(lane_id="feeling", step_id=f"t{i}", score=float(i % 5 - 2)) for i in range(60)
    ]
    project = small_project()
    project.maps = [JourneyMap.model_validate(journey_map.model_dump())]
    result = render_pdf(project, project.maps, PdfOptions(page_setup("A4"), "tile", scorecard=True))
    texts = pages_text(result.data)
    scorecard = [t for t in texts if t.startswith("SCORECARD")]
    assert len(scorecard) >= 2
    assert scorecard[1].startswith("SCORECARD (CONTINUED)")
    joined = " ".join(scorecard)
    assert all(f"Stage {i} " in joined for i in range(60))


def test_a_whole_project_export_keeps_the_scorecard_choice():
    project = smartphone_with_metrics()
    with_card = render_pdf(project, None, PdfOptions(page_setup("A3"), "fit", scorecard=True))
    without = render_pdf(project, None, PdfOptions(page_setup("A3"), "fit"))
    assert with_card.pages == without.pages + 1
    reader = PdfReader(io.BytesIO(with_card.data))
    assert "Scorecard: Zakup smartfona" in [item.title for item in reader.outline]
