"""The `journeydesigner` command line: exit codes, one-line errors, and files left intact."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest
from builders import small_map, small_project

from journeydesigner import __version__
from journeydesigner.cli import main
from journeydesigner.interop.csv_grid import project_from_csv
from journeydesigner.io.load import read_project
from journeydesigner.io.save import write_project
from journeydesigner.model.project import JourneyMap, Project
from journeydesigner.templates import list_templates

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "guitar-purchase.journey"
TEMPLATE_NAMES = sorted(path.stem for path in (ROOT / "resources" / "templates").glob("*.journey"))
BOM = b"\xef\xbb\xbf"

# A grid exactly as export-csv writes it (less the BOM), so it also survives export unchanged.
GRID = (
    "Zakup gitary [current_state],Świadomość,Zakup,\r\n"
    "Steps [steps],,Zamówienie,Płatność\r\n"
    'Doing [actions],"Widzi reklamę\nOgląda recenzję",Zamawia,Płaci kartą\r\n'
    "Feeling [emotion],1 ciekawa,0,-2 płatność odrzucona\r\n"
    '"Feeling [emotion: Anna, to-be]",1,1,1\r\n'
    "Backstage [backstage],,,付款失敗\r\n"
    "Metrics [metrics],Visits: 1200 (target 1000),Conversion: 2.5% (target 3),\r\n"
)


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    """Run the command line in-process: its exit status, stdout and stderr."""
    status = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return status, out, err


def assert_one_line_error(err: str, path: str | Path) -> str:
    """stderr is a single line naming `path`, and no traceback."""
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"{path}: ")
    return lines[0]


def content(project: Project, journey_map: JourneyMap) -> dict[str, Any]:
    """What a map holds that CSV carries, compared by content rather than by ids."""
    names = {p.id: p.name for p in project.personas}
    column = {step.id: index for index, step in enumerate(journey_map.steps())}
    lanes = {lane.id: index for index, lane in enumerate(journey_map.lanes)}
    stages = {stage.id: index for index, stage in enumerate(journey_map.stages)}
    return {
        "map": (journey_map.title, journey_map.kind),
        "stages": [(s.name, [step.name for step in s.steps]) for s in journey_map.stages],
        "lanes": [(lane.title, lane.kind) for lane in journey_map.lanes],
        "cards": sorted(
            (lanes[c.lane_id], column[c.step_id], c.order, c.text) for c in journey_map.cards
        ),
        "points": sorted(
            (
                lanes[p.lane_id],
                column[p.step_id],
                names[p.persona_id] if p.persona_id else "",
                p.variant,
                p.score,
                p.note,
            )
            for p in journey_map.emotion_points
        ),
        "metrics": [
            (lanes[m.lane_id], stages[m.stage_id], m.name, m.value, m.unit, m.target)
            for m in journey_map.metrics
        ],
    }


def no_leftovers(folder: Path, expected: set[str]) -> None:
    """The folder holds exactly `expected`: no output, no temporary file."""
    assert {path.name for path in folder.iterdir()} == expected


@pytest.fixture
def grid_csv(tmp_path: Path) -> Path:
    path = tmp_path / "grid.csv"
    path.write_bytes(BOM + GRID.encode("utf-8"))
    return path


@pytest.fixture
def grid_project(tmp_path: Path, grid_csv: Path) -> Path:
    """A project holding the grid's map: nothing in it is lost by CSV, so no warnings."""
    path = tmp_path / "grid.journey"
    write_project(project_from_csv(grid_csv.read_bytes(), str(grid_csv)), path)
    return path


@pytest.fixture
def two_maps(tmp_path: Path) -> Path:
    project = small_project()
    second = small_map("map-2")
    second.title = "Second map"
    second.kind = "future_state"
    project.maps.append(second)
    path = tmp_path / "two.journey"
    write_project(project, path)
    return path


# -------------------------------------------------------------------------------- the real script


def script(*args: str | Path, cwd: Path, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "JOURNEYDESIGNER_DEBUG"}
    return subprocess.run(
        [sys.executable, "-m", "journeydesigner", *map(str, args)],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        env=env,
        timeout=120,
        check=False,
    )


def test_python_m_journeydesigner_prints_the_version(tmp_path: Path) -> None:
    result = script("--version", cwd=tmp_path)

    assert result.returncode == 0
    assert result.stdout.decode() == f"journeydesigner {__version__}\n"


def test_python_m_journeydesigner_reports_errors_without_a_traceback(tmp_path: Path) -> None:
    result = script("validate", "missing.journey", cwd=tmp_path)

    assert result.returncode == 1
    assert result.stdout == b""
    assert result.stderr.decode() == "missing.journey: no such file\n"


def test_python_m_journeydesigner_refuses_a_broken_csv_without_a_traceback(
    tmp_path: Path,
) -> None:
    (tmp_path / "broken.csv").write_text('Map,A\nDoing,"never closed\n', encoding="utf-8")

    result = script("import-csv", "broken.csv", "-o", "out.journey", cwd=tmp_path)

    assert result.returncode == 1
    assert_one_line_error(result.stderr.decode(), "broken.csv")
    no_leftovers(tmp_path, {"broken.csv"})


def test_python_m_journeydesigner_imports_from_standard_input(tmp_path: Path) -> None:
    result = script("import-csv", "-", "-o", "out.journey", cwd=tmp_path, stdin=GRID.encode())

    assert result.returncode == 0, result.stderr
    assert read_project(tmp_path / "out.journey").maps[0].title == "Zakup gitary"


# ---------------------------------------------------------------------------------------- version


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])

    assert exited.value.code == 0
    assert capsys.readouterr().out == f"journeydesigner {__version__}\n"


# --------------------------------------------------------------------------------------- validate


def test_validate_a_valid_file(capsys: pytest.CaptureFixture[str]) -> None:
    cards = len(read_project(EXAMPLE).maps[0].cards)

    status, out, err = run(capsys, "validate", EXAMPLE)

    assert status == 0
    assert out == f"{EXAMPLE}: valid (1 map, {cards} cards)\n"
    assert err == ""


def test_validate_quietly_prints_nothing_for_valid_files(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(capsys, "validate", "-q", EXAMPLE) == (0, "", "")


@pytest.fixture
def bad_file(tmp_path: Path) -> Path:
    document = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    document["maps"][0]["cards"][0]["step_id"] = "nowhere"
    document["maps"][0]["emotion_points"][1]["score"] = 7
    path = tmp_path / "bad.journey"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_validate_several_files_reports_each_problem_of_the_bad_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, bad_file: Path
) -> None:
    good = tmp_path / "good.journey"
    write_project(small_project(), good)

    status, out, err = run(capsys, "validate", bad_file, good, EXAMPLE)

    assert status == 1
    assert out.splitlines() == [
        f"{good}: valid (1 map, 4 cards)",
        f"{EXAMPLE}: valid (1 map, {len(read_project(EXAMPLE).maps[0].cards)} cards)",
    ]
    lines = err.splitlines()
    assert len(lines) == 2
    assert all(line.startswith(f"{bad_file}: maps[0].") for line in lines)
    assert lines[0].startswith(f"{bad_file}: maps[0].cards[0].step_id: ")
    assert "nowhere" in lines[0]
    assert lines[1].startswith(f"{bad_file}: maps[0].emotion_points[1].score: ")
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("missing.journey", None, "no such file"),
        ("notes.journey", b"these are my notes", "is not valid JSON"),
        ("empty.journey", b"", "empty"),
        ("folder.journey", "dir", "is a folder"),
        ("other.journey", b'{"format": "something-else", "version": 1}', "not a Journey Designer"),
        ("shape.journey", b'{"format": "journeydesigner", "version": 1}', "title"),
    ],
)
def test_validate_a_file_that_is_not_a_project(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    name: str,
    data: bytes | str | None,
    expected: str,
) -> None:
    path = tmp_path / name
    if data == "dir":
        path.mkdir()
    elif isinstance(data, bytes):
        path.write_bytes(data)

    status, out, err = run(capsys, "validate", path)

    assert status == 1
    assert out == ""
    assert expected in err
    for line in err.splitlines():
        assert line.startswith(f"{path}: ")
    assert "Traceback" not in err


# ----------------------------------------------------------------------------------------- schema


def test_schema_prints_the_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "schema")

    schema = json.loads(out)
    assert status == 0
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert {"format", "version", "title", "maps", "personas"} <= set(schema["properties"])


def test_the_schema_accepts_the_bundled_example_and_refuses_a_bad_one(
    capsys: pytest.CaptureFixture[str],
) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    _, out, _ = run(capsys, "schema")
    schema = json.loads(out)
    document = json.loads(EXAMPLE.read_text(encoding="utf-8"))

    jsonschema.validate(document, schema)
    document["maps"][0]["kind"] = "no_such_kind"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, schema)


# ------------------------------------------------------------------------------ templates and new


def test_templates_lists_one_template_per_line_name_first(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = run(capsys, "templates")

    lines = out.splitlines()
    assert status == 0
    assert err == ""
    assert [line.split()[0] for line in lines] == TEMPLATE_NAMES
    descriptions = {template.name: template.description for template in list_templates()}
    for line in lines:
        name, description = line.split(maxsplit=1)
        assert description == descriptions[name]
        assert len(description) > 10, line


@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_new_from_each_template_creates_a_valid_project(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str
) -> None:
    output = tmp_path / f"{name}.journey"

    status, _, err = run(capsys, "new", "--template", name, "-o", output)

    assert (status, err) == (0, "")
    project = read_project(output)
    assert project.maps
    assert run(capsys, "validate", output)[0] == 0


def test_new_with_a_title(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    output = tmp_path / "mine.journey"

    assert (
        run(capsys, "new", "--template", "five-stage", "-o", output, "--title", "Mój plan")[0] == 0
    )

    project = read_project(output)
    assert project.title == "Mój plan"
    assert [m.title for m in project.maps] == ["Mój plan"]


def test_new_with_an_unknown_template_lists_the_templates(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    output = tmp_path / "out.journey"

    status, out, err = run(capsys, "new", "--template", "no-such-template", "-o", output)

    assert status == 1
    assert out == ""
    line = assert_one_line_error(err, "no-such-template")
    for name in TEMPLATE_NAMES:
        assert name in line
    no_leftovers(tmp_path, set())


def test_new_does_not_overwrite_without_force(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    output = tmp_path / "mine.journey"
    output.write_bytes(b"my precious work")

    status, _, err = run(capsys, "new", "--template", "five-stage", "-o", output)

    assert status == 1
    assert "--force" in assert_one_line_error(err, output)
    assert output.read_bytes() == b"my precious work"
    no_leftovers(tmp_path, {"mine.journey"})


def test_new_overwrites_with_force(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    output = tmp_path / "mine.journey"
    output.write_bytes(b"my precious work")

    assert run(capsys, "new", "--template", "five-stage", "-o", output, "--force")[0] == 0

    assert read_project(output).maps[0].id == "five-stage"
    no_leftovers(tmp_path, {"mine.journey"})


# ------------------------------------------------------------------------------------- import-csv


def test_import_csv_from_a_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, grid_csv: Path
) -> None:
    output = tmp_path / "out.journey"

    status, _, err = run(capsys, "import-csv", grid_csv, "-o", output)

    assert (status, err) == (0, "")
    project = read_project(output)
    (journey_map,) = project.maps
    assert (project.title, journey_map.title, journey_map.kind) == (
        "Zakup gitary",
        "Zakup gitary",
        "current_state",
    )
    assert [p.name for p in project.personas] == ["Anna"]
    assert [lane.title for lane in journey_map.lanes] == [
        "Doing",
        "Feeling",
        "Backstage",
        "Metrics",
    ]
    assert len(journey_map.cards) == 5
    assert len(journey_map.emotion_points) == 6
    assert len(journey_map.metrics) == 2


def test_import_csv_with_title_and_kind(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, grid_csv: Path
) -> None:
    output = tmp_path / "out.journey"

    status, _, _ = run(
        capsys,
        "import-csv",
        grid_csv,
        "-o",
        output,
        "--title",
        "购买吉他",
        "--kind",
        "service_blueprint",
    )

    assert status == 0
    project = read_project(output)
    assert (project.title, project.maps[0].title, project.maps[0].kind) == (
        "购买吉他",
        "购买吉他",
        "service_blueprint",
    )


def test_import_csv_from_standard_input(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    polish = (
        "Zakup gitary;Świadomość;Zakup\r\n"
        'Działania [actions];Widzi reklamę;"Zamawia\nPłaci kartą"\r\n'
        "Emocje [emotion: Anna, to-be];1;-1,5 płatność odrzucona\r\n"
    )
    stdin = types.SimpleNamespace(buffer=io.BytesIO(BOM + polish.encode("utf-8")))
    monkeypatch.setattr(sys, "stdin", stdin)
    output = tmp_path / "out.journey"

    status, _, err = run(
        capsys, "import-csv", "-", "-o", output, "--title", "Ze stdin", "--kind", "future_state"
    )

    assert (status, err) == (0, "")
    project = read_project(output)
    assert (project.maps[0].title, project.maps[0].kind) == ("Ze stdin", "future_state")
    assert [p.name for p in project.personas] == ["Anna"]
    assert [c.text for c in project.maps[0].cards] == ["Widzi reklamę", "Zamawia", "Płaci kartą"]
    assert [(p.variant, p.score, p.note) for p in project.maps[0].emotion_points] == [
        ("to_be", 1, ""),
        ("to_be", -1.5, "płatność odrzucona"),
    ]


def test_import_csv_from_standard_input_names_stdin_in_errors(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", types.SimpleNamespace(buffer=io.BytesIO(b"")))

    status, _, err = run(capsys, "import-csv", "-", "-o", tmp_path / "out.journey")

    assert status == 1
    assert_one_line_error(err, "<stdin>")
    no_leftovers(tmp_path, set())


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b'Map,A\nDoing,"never closed\n', "is not valid CSV"),
        (b"Map,A\nDoing [nonsense],x\n", "line 2: unknown lane kind"),
        (b"Map,A\nFeeling [emotion],9\n", "line 2: score 9 is outside"),
        (b"Map,A\nDoing,x,y\n", "line 2: has a value right of the last column"),
        ("Map,A\r\nDoing,x\r\n".encode("utf-16"), "UTF-16"),
        ("Mapa;Świadomość\r\n".encode("cp1250"), "not UTF-8"),
        (b"", "is empty"),
        (b"Map,A\nDoing,\x00\n", "NUL"),
    ],
)
def test_import_csv_refuses_a_broken_csv_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data: bytes, expected: str
) -> None:
    source = tmp_path / "in.csv"
    source.write_bytes(data)

    status, out, err = run(capsys, "import-csv", source, "-o", tmp_path / "out.journey")

    assert status == 1
    assert out == ""
    assert expected in assert_one_line_error(err, source)
    no_leftovers(tmp_path, {"in.csv"})


def test_import_csv_from_a_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "missing.csv"

    status, _, err = run(capsys, "import-csv", source, "-o", tmp_path / "out.journey")

    assert status == 1
    assert "no such file" in assert_one_line_error(err, source)
    no_leftovers(tmp_path, set())


def test_import_csv_keeps_an_existing_output_unless_forced(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, grid_csv: Path
) -> None:
    output = tmp_path / "out.journey"
    output.write_bytes(b"keep me")

    status, _, err = run(capsys, "import-csv", grid_csv, "-o", output)
    assert status == 1
    assert_one_line_error(err, output)
    assert output.read_bytes() == b"keep me"

    assert run(capsys, "import-csv", grid_csv, "-o", output, "--force")[0] == 0
    assert read_project(output).maps[0].title == "Zakup gitary"


def test_import_csv_with_force_keeps_the_output_when_the_csv_is_broken(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "in.csv"
    source.write_bytes(b"Map,A\nDoing [nonsense],x\n")
    output = tmp_path / "out.journey"
    output.write_bytes(b"keep me")

    assert run(capsys, "import-csv", source, "-o", output, "--force")[0] == 1

    assert output.read_bytes() == b"keep me"


def test_import_csv_refuses_an_unknown_kind_as_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, grid_csv: Path
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["import-csv", str(grid_csv), "-o", str(tmp_path / "o.journey"), "--kind", "nope"])

    assert exited.value.code == 2
    assert "--kind" in capsys.readouterr().err
    assert not (tmp_path / "o.journey").exists()


# ------------------------------------------------------------------------------------- export-csv


def test_export_csv_writes_utf8_with_a_bom_by_default(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, grid_project: Path
) -> None:
    output = tmp_path / "out.csv"

    status, out, err = run(capsys, "export-csv", grid_project, "-o", output)

    assert (status, out, err) == (0, "", "")
    assert output.read_bytes() == BOM + GRID.encode("utf-8")


def test_export_csv_without_a_bom(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, grid_project: Path
) -> None:
    output = tmp_path / "out.csv"

    assert run(capsys, "export-csv", grid_project, "-o", output, "--no-bom")[0] == 0

    assert output.read_bytes() == GRID.encode("utf-8")


def test_export_csv_with_semicolons(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, grid_project: Path
) -> None:
    output = tmp_path / "out.csv"

    assert run(capsys, "export-csv", grid_project, "-o", output, "--delimiter", "semicolon")[0] == 0

    text = output.read_bytes().decode("utf-8-sig")
    assert text.splitlines()[0] == "Zakup gitary [current_state];Świadomość;Zakup;"
    assert "Feeling [emotion: Anna, to-be];1;1;1\r\n" in text


def test_export_csv_to_standard_output(
    capsysbinary: pytest.CaptureFixture[bytes],
    tmp_path: Path,
    grid_project: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    before = {path.name for path in tmp_path.iterdir()}

    status = main(["export-csv", str(grid_project), "-o", "-"])

    out, err = capsysbinary.readouterr()
    assert status == 0
    assert out == BOM + GRID.encode("utf-8")
    assert err == b""
    no_leftovers(tmp_path, before)


@pytest.mark.parametrize(
    ("wanted", "title"),
    [
        ("map-2", "Second map"),
        ("Second map", "Second map"),
        ("second MAP", "Second map"),
        ("map-1", "Buying a guitar"),
        ("Buying a guitar", "Buying a guitar"),
    ],
)
def test_export_csv_chooses_a_map_by_id_or_title(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, two_maps: Path, wanted: str, title: str
) -> None:
    output = tmp_path / "out.csv"

    status, _, err = run(capsys, "export-csv", two_maps, "-o", output, "--map", wanted)

    assert status == 0
    first_cell = output.read_bytes().decode("utf-8-sig").split(",", 1)[0]
    assert first_cell.startswith(f"{title} [")
    # small_map carries card details and a connector: the warnings name the file and map.
    assert err
    assert all(line.startswith(f"{two_maps}: {title}: ") for line in err.splitlines())


def test_export_csv_of_several_maps_needs_map(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, two_maps: Path
) -> None:
    status, out, err = run(capsys, "export-csv", two_maps, "-o", tmp_path / "out.csv")

    assert status == 1
    assert out == ""
    line = assert_one_line_error(err, two_maps)
    assert "--map" in line
    assert "map-1" in line
    assert "map-2" in line
    no_leftovers(tmp_path, {"two.journey"})


def test_export_csv_of_an_unknown_map(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, two_maps: Path
) -> None:
    status, _, err = run(
        capsys, "export-csv", two_maps, "-o", tmp_path / "out.csv", "--map", "map-3"
    )

    assert status == 1
    line = assert_one_line_error(err, two_maps)
    assert "map-3" in line
    assert "map-1" in line
    assert "map-2" in line
    no_leftovers(tmp_path, {"two.journey"})


def test_export_csv_of_an_invalid_project_writes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, bad_file: Path
) -> None:
    status, _, err = run(capsys, "export-csv", bad_file, "-o", tmp_path / "out.csv")

    assert status == 1
    assert all(line.startswith(f"{bad_file}: ") for line in err.splitlines())
    no_leftovers(tmp_path, {"bad.journey"})


def test_export_csv_replaces_an_existing_output_whole(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, grid_project: Path
) -> None:
    output = tmp_path / "out.csv"
    output.write_bytes(b"x" * 100_000)

    assert run(capsys, "export-csv", grid_project, "-o", output)[0] == 0

    assert output.read_bytes() == BOM + GRID.encode("utf-8")


# ----------------------------------------------------------------------------- unwritable outputs


@pytest.fixture
def commands(grid_csv: Path, grid_project: Path) -> dict[str, list[str | Path]]:
    return {
        "new": ["new", "--template", "five-stage"],
        "new --force": ["new", "--template", "five-stage", "--force"],
        "import-csv": ["import-csv", grid_csv],
        "import-csv --force": ["import-csv", grid_csv, "--force"],
        "export-csv": ["export-csv", grid_project],
    }


@pytest.mark.parametrize(
    "command", ["new", "new --force", "import-csv", "import-csv --force", "export-csv"]
)
@pytest.mark.parametrize("where", ["missing-folder", "existing-folder"])
def test_an_unwritable_output_is_one_line_naming_it(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    commands: dict[str, list[str | Path]],
    command: str,
    where: str,
) -> None:
    if where == "missing-folder":
        output = tmp_path / "no-such-folder" / "out.file"
    else:
        output = tmp_path / "a-folder"
        output.mkdir()
    before = {path.name for path in tmp_path.iterdir()}

    status, out, err = run(capsys, *commands[command], "-o", output)

    assert status == 1
    assert out == ""
    assert_one_line_error(err, output)
    no_leftovers(tmp_path, before)
    if where == "existing-folder":
        assert list(output.iterdir()) == []


# ------------------------------------------------------------------------------------ round trips


def test_import_export_import_gives_the_same_map(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, grid_csv: Path
) -> None:
    first, exported, second = (tmp_path / n for n in ("a.journey", "b.csv", "b.journey"))

    assert run(capsys, "import-csv", grid_csv, "-o", first)[0] == 0
    assert run(capsys, "export-csv", first, "-o", exported)[0] == 0
    assert run(capsys, "import-csv", exported, "-o", second)[0] == 0

    a, b = read_project(first), read_project(second)
    assert content(a, a.maps[0]) == content(b, b.maps[0])
    assert exported.read_bytes() == grid_csv.read_bytes()


@pytest.mark.parametrize("delimiter", ["comma", "semicolon"])
def test_the_bundled_example_survives_export_and_import(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, delimiter: str
) -> None:
    exported, imported = tmp_path / "guitar.csv", tmp_path / "guitar.journey"

    status, _, err = run(capsys, "export-csv", EXAMPLE, "-o", exported, "--delimiter", delimiter)
    assert status == 0
    assert "CSV does not carry" in err  # evidence, channels, owners... are left behind
    assert run(capsys, "import-csv", exported, "-o", imported)[0] == 0

    original, again = read_project(EXAMPLE), read_project(imported)
    assert content(again, again.maps[0]) == content(original, original.maps[0])
