"""Every broken or hostile file of issue #9 gives one clear message naming it, or opens."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hostile import CASES, MARKUP_TEXT, Case, just_under_limits

from journeydesigner.errors import ProjectFileError
from journeydesigner.io import read_project, serialise_project
from journeydesigner.model import limits


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_each_hostile_file_is_refused_by_name_or_opens(case: Case, tmp_path) -> None:
    path = case.write(tmp_path)
    started = time.monotonic()
    if case.expect is None:
        project = read_project(path)
        serialise_project(project)  # what opens can be saved again
        return
    with pytest.raises(ProjectFileError) as info:
        read_project(path)
    message = str(info.value)
    assert message.startswith(f"{path}: "), message
    assert case.expect in message, message
    assert "Traceback" not in message
    # Not a timing target (benchmarks hold those): a guard against a hang or a quadratic path.
    assert time.monotonic() - started < 30


def test_markup_and_control_characters_are_kept_as_plain_text(tmp_path) -> None:
    case = next(case for case in CASES if case.name == "markup and control characters")
    project = read_project(case.write(tmp_path))
    assert project.maps[0].cards[0].text == MARKUP_TEXT


def test_a_file_at_every_cheap_limit_still_opens(tmp_path) -> None:
    path = tmp_path / "at-the-limits.journey"
    path.write_text(json.dumps(just_under_limits(), ensure_ascii=False), encoding="utf-8")
    project = read_project(path)
    journey_map = project.maps[0]
    assert len(journey_map.cards) == limits.CARDS
    assert len(journey_map.cards[0].text) == limits.TEXT_LENGTH
    assert len(project.title) == limits.TITLE_LENGTH


def test_the_limits_and_the_hostile_list_are_documented() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    for words in ("100 MB", f"{limits.CARDS:,}", "40 megapixels", "a million cards"):
        assert words in readme, f"README does not mention {words!r}"


def test_peak_memory_of_the_million_card_file_stays_bounded(tmp_path) -> None:
    # Measured in a child so the figure is this load's own, not the test run's.
    case = next(case for case in CASES if case.name == "a million cards")
    path = case.write(tmp_path)
    code = (
        "import resource, sys\n"
        "from journeydesigner.io import read_project\n"
        "from journeydesigner.errors import ProjectFileError\n"
        "try:\n    read_project(sys.argv[1])\nexcept ProjectFileError:\n    pass\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True
    )
    peak_mb = int(done.stdout.strip()) / 1024
    size_mb = path.stat().st_size / 1_048_576
    assert peak_mb < 1500, f"{peak_mb:.0f} MB to refuse a {size_mb:.0f} MB file"


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_the_command_line_reports_each_hostile_file_without_a_traceback(
    case: Case, tmp_path, capsys
) -> None:
    from journeydesigner.cli import EXIT_INVALID, EXIT_OK, main

    path = case.write(tmp_path)
    status = main(["validate", str(path)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    if case.expect is None:
        assert status == EXIT_OK, err
        return
    assert status == EXIT_INVALID, err
    assert str(path) in err
    assert case.expect in err
