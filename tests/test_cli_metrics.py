"""`journeydesigner import-metrics` and `journeydesigner scorecard`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from builders import small_project

from journeydesigner.cli import main
from journeydesigner.io.load import read_project
from journeydesigner.io.save import write_project
from journeydesigner.paths import resource_dir

METRICS_CSV = Path(__file__).parent / "data" / "metrics" / "smartphone-metrics.pl.csv"


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    status = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def smartphone(tmp_path: Path) -> Path:
    path = tmp_path / "smartfon.journey"
    shutil.copy(resource_dir() / "examples" / "smartphone-purchase.pl.journey", path)
    return path


def test_import_metrics_changes_the_file_in_place_and_reports_unmatched_rows(
    capsys: pytest.CaptureFixture[str], smartphone: Path
) -> None:
    before = read_project(smartphone)
    status, out, err = run(capsys, "import-metrics", smartphone, METRICS_CSV)

    assert status == 0
    assert out == (
        f"{smartphone}: Zakup smartfona: 6 metric(s) created, 3 updated "
        "(9 dated reading(s)), 4 row(s) not imported\n"
    )
    assert err.splitlines() == [
        f"{METRICS_CSV}: row 12: no stage named 'Wsparcie' in the map (not imported)",
        f"{METRICS_CSV}: row 13: the value 'dużo' is not a number (not imported)",
        f"{METRICS_CSV}: row 14: the date '2026-13-01' is not a real date (write YYYY-MM-DD)"
        " (not imported)",
        f"{METRICS_CSV}: row 15: no stage (not imported)",
    ]
    after = read_project(smartphone)
    assert len(after.maps[0].metrics) == len(before.maps[0].metrics) + 6
    assert after.modified > before.modified
    assert not list(smartphone.parent.glob("*.tmp*"))  # saved atomically, nothing left behind


def test_import_metrics_with_an_output_leaves_the_input_alone(
    capsys: pytest.CaptureFixture[str], smartphone: Path, tmp_path: Path
) -> None:
    original = smartphone.read_bytes()
    out_path = tmp_path / "out.journey"
    status, _, _ = run(capsys, "import-metrics", smartphone, METRICS_CSV, "-o", out_path)
    assert status == 0
    assert smartphone.read_bytes() == original
    assert len(read_project(out_path).maps[0].metrics) == 16
    # An existing output is not overwritten without --force.
    status, _, err = run(capsys, "import-metrics", smartphone, METRICS_CSV, "-o", out_path)
    assert status == 1
    assert "add --force" in err


def test_import_metrics_of_an_unreadable_csv_is_an_error_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], smartphone: Path, tmp_path: Path
) -> None:
    original = smartphone.read_bytes()
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"stage;value\nx;1\n")
    status, out, err = run(capsys, "import-metrics", smartphone, bad)
    assert (status, out) == (1, "")
    assert err.startswith(f"{bad}: row 1: the header needs the columns stage, metric")
    status, _, err = run(capsys, "import-metrics", smartphone, tmp_path / "missing.csv")
    assert status == 1
    assert err.startswith(f"{tmp_path / 'missing.csv'}: ")
    assert smartphone.read_bytes() == original


def test_import_metrics_needs_a_map_when_there_are_several(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project = small_project()
    second = project.maps[0].model_copy(update={"id": "map-2", "title": "Second"})
    project.maps.append(second)
    path = tmp_path / "two.journey"
    write_project(project, path)
    csv_file = tmp_path / "m.csv"
    csv_file.write_text("stage,metric,value\nPurchase,Orders,3\n", encoding="utf-8")
    status, _, err = run(capsys, "import-metrics", path, csv_file)
    assert status == 1
    assert "choose one with --map" in err
    status, _, _ = run(capsys, "import-metrics", path, csv_file, "--map", "Second")
    assert status == 0
    assert [m.name for m in read_project(path).maps[1].metrics][-1] == "Orders"


def test_scorecard_json_has_the_documented_shape_and_the_figures(
    capsys: pytest.CaptureFixture[str], smartphone: Path
) -> None:
    run(capsys, "import-metrics", smartphone, METRICS_CSV)
    status, out, err = run(capsys, "scorecard", smartphone, "--format", "json")
    assert (status, err) == (0, "")
    data = json.loads(out)
    assert data["map"] == "Zakup smartfona"
    assert data["journey_score"] == 63.64  # 7 of 11, see tests/test_scorecard.py
    assert data["lowest_emotion_stage"] == "Świadomość"
    assert data["moments_of_truth"] == []
    assert data["funnel"] is None  # the example names no funnel metric
    keys = {
        "name",
        "emotion_avg",
        "pain_points",
        "opportunities",
        "fail_points",
        "votes",
        "metrics_on_target",
        "metrics_off_target",
    }
    assert all(keys <= set(stage) for stage in data["stages"])
    assert [
        (s["name"], s["emotion_avg"], s["metrics_on_target"], s["metrics_off_target"])
        for s in data["stages"]
    ] == [
        ("Świadomość", -0.5, 1, 1),
        ("Rozważenie", -0.5, 2, 0),
        ("Decyzja/zakup", -0.5, 1, 1),
        ("Retencja", 0.5, 2, 1),
        ("Rzecznictwo", 2.0, 1, 1),
    ]


def test_scorecard_json_gives_null_where_a_stage_has_no_emotion(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project = small_project()
    project.maps[0].emotion_points = []
    project.maps[0].funnel_metric = "Conversion"
    path = tmp_path / "p.journey"
    write_project(project, path)
    status, out, _ = run(capsys, "scorecard", path, "--format", "json")
    data = json.loads(out)
    assert status == 0
    assert [s["emotion_avg"] for s in data["stages"]] == [None, None]
    assert data["lowest_emotion_stage"] is None
    assert data["funnel"]["metric"] == "Conversion"


def test_scorecard_csv_and_text_print_the_same_figures(
    capsys: pytest.CaptureFixture[str], smartphone: Path
) -> None:
    run(capsys, "import-metrics", smartphone, METRICS_CSV)
    status, out, _ = run(capsys, "scorecard", smartphone, "--format", "csv")
    assert status == 0
    lines = out.splitlines()
    assert lines[0].startswith("stage,emotion_avg,pain_points,opportunities,fail_points,votes")
    assert lines[3] == "Decyzja/zakup,-0.5,1,1,1,0,1,1,,"
    assert "journey_score,63.64" in lines
    status, out, _ = run(capsys, "scorecard", smartphone)
    assert status == 0
    assert "Journey score (metrics on target): 63.64 %" in out
    assert "Lowest emotion: Świadomość" in out
