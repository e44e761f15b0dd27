"""Whatever bytes reach the CSV or Mermaid importer, the result is a valid map or our own error."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeydesigner.errors import JourneyError
from journeydesigner.interop.csv_grid import map_to_csv, project_from_csv
from journeydesigner.interop.mermaid import map_to_mermaid, project_from_mermaid
from journeydesigner.io import read_project, serialise_project
from journeydesigner.io.load import parse_project
from journeydesigner.model.checks import project_problems

EXAMPLE = read_project(Path(__file__).parent.parent / "resources/examples/guitar-purchase.journey")
CSV = map_to_csv(EXAMPLE.maps[0], EXAMPLE.personas)[0].encode("utf-8")
MERMAID = map_to_mermaid(EXAMPLE.maps[0], EXAMPLE.personas)[0].encode("utf-8")
INTERESTING = [b",", b";", b'"', b"\n", b"\r", b"\x00", b"\xff", b":", b"section ", b"journey\n"]


@st.composite
def damaged(draw, valid: bytes) -> bytes:  # type: ignore[no-untyped-def]
    buffer = bytearray(valid)
    for _ in range(draw(st.integers(1, 6))):
        position = draw(st.integers(0, max(len(buffer) - 1, 0)))
        action = draw(st.sampled_from(["insert", "delete", "cut", "flip"]))
        if action == "insert":
            buffer[position:position] = draw(st.sampled_from(INTERESTING))
        elif action == "delete" and buffer:
            del buffer[position : position + draw(st.integers(1, 40))]
        elif action == "cut":
            del buffer[position:]
        elif action == "flip" and buffer:
            buffer[position] ^= 1 << draw(st.integers(0, 7))
    return bytes(buffer)


def _loads_or_fails_cleanly(read, data: bytes) -> None:  # type: ignore[no-untyped-def]
    failure = None
    try:
        project = read(data, "input.txt")
    except JourneyError as error:  # anything else escapes and fails the test
        failure = error
    if failure is not None:
        assert str(failure).startswith("input.txt"), str(failure)
        return
    assert project_problems(project) == []
    assert parse_project(serialise_project(project), "imported.journey") == project


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.one_of(damaged(CSV), st.binary(max_size=300)))
def test_a_damaged_csv_grid_imports_or_fails_with_our_message(data: bytes) -> None:
    _loads_or_fails_cleanly(project_from_csv, data)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.one_of(damaged(MERMAID), st.binary(max_size=300)))
def test_a_damaged_mermaid_journey_imports_or_fails_with_our_message(data: bytes) -> None:
    _loads_or_fails_cleanly(project_from_mermaid, data)
