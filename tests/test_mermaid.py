"""Mermaid journey diagrams: reading Mermaid's own examples, writing them back, and the CLI."""

from __future__ import annotations

import io
import re
import types
from pathlib import Path
from typing import Any

import pytest
from builders import small_map, small_project

from journeydesigner.cli import main
from journeydesigner.errors import InputFormatError
from journeydesigner.interop.mermaid import (
    MermaidImport,
    map_to_mermaid,
    project_from_mermaid,
    read_mermaid_map,
)
from journeydesigner.io.load import read_project
from journeydesigner.io.save import write_project
from journeydesigner.model.checks import map_problems
from journeydesigner.model.elements import EmotionScale, Persona
from journeydesigner.model.project import JourneyMap, Project

SOURCE = "in.mmd"

# The example of Mermaid's user journey documentation, as written there.
DOCS_EXAMPLE = """journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
"""

# Mermaid's parser test "should handle a task definition" (journey.spec), as written upstream.
SPEC_TASKS = (
    "journey\n"
    "title Adding journey diagram functionality to mermaid\n"
    "section Documentation\n"
    "A task: 5: Alice, Bob, Charlie\n"
    "B task: 3:Bob, Charlie\n"
    "C task: 5\n"
    "D task: 5: Charlie, Alice\n"
    "E task: 5:\n"
    "section Another section\n"
    "P task: 5:\n"
    "Q task: 5:\n"
    "R task: 5:"
)

# Mermaid's parser test "should handle an accessibility multiline description (accDescr)":
# the block closes with `}` directly followed by the title, exactly as upstream concatenates it.
SPEC_ACC_BLOCK = (
    "journey\n"
    + """accDescr {
        A user journey for
        family shopping
      }"""
    + "title Adding journey diagram functionality to mermaid\n"
    + "accTitle: Adding acc journey diagram functionality to mermaid\n"
    + "section Order from website"
)


# ---------------------------------------------------------------------------------------- helpers


def read(text: str, **options: Any) -> MermaidImport:
    return read_mermaid_map(text.encode("utf-8"), SOURCE, **options)


def read_map(text: str, **options: Any) -> JourneyMap:
    return read(text, **options).journey_map


def refused(text: str | bytes) -> str:
    """The one-line message of the InputFormatError reading `text` raises."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    with pytest.raises(InputFormatError) as caught:
        read_mermaid_map(data, SOURCE)
    message = str(caught.value)
    assert message.startswith(f"{SOURCE}: ")
    assert "\n" not in message
    return message


def tasks(imported: MermaidImport) -> list[tuple[str, str, float | None, list[str]]]:
    """(section, task, score, actors) per step, as Mermaid's parser reports tasks."""
    journey_map = imported.journey_map
    names = {p.id: p.name for p in imported.new_personas}
    result = []
    for stage in journey_map.stages:
        for step in stage.steps:
            points = [p for p in journey_map.emotion_points if p.step_id == step.id]
            scores = {p.score for p in points}
            assert len(scores) <= 1
            actors = [names[p.persona_id] for p in points if p.persona_id is not None]
            result.append((stage.name, step.name, scores.pop() if scores else None, actors))
    return result


def as_tasks(text: str) -> list[tuple[str, str, int, str]]:
    """(section, task, score, actors) of Mermaid text, read with a regex rather than our parser."""
    rows, section = [], ""
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("section "):
            section = line[8:].strip()
        elif ":" in line and not line.startswith(("accTitle", "accDescr", "title")):
            name, score, *actors = (part.strip() for part in line.split(":"))
            rows.append((section, name, int(score), ", ".join(actors)))
    return rows


# ---------------------------------------------------------------------------------------- reading


def test_the_documentation_example() -> None:
    imported = read(DOCS_EXAMPLE)
    journey_map = imported.journey_map

    assert journey_map.title == "My working day"
    assert [lane.title for lane in journey_map.lanes] == ["Tasks", "Satisfaction"]
    assert [lane.kind for lane in journey_map.lanes] == ["actions", "emotion"]
    assert [p.name for p in imported.new_personas] == ["Me", "Cat"]
    assert journey_map.persona_ids == [p.id for p in imported.new_personas]
    assert tasks(imported) == [
        ("Go to work", "Make tea", 2.0, ["Me"]),
        ("Go to work", "Go upstairs", 0.0, ["Me"]),
        ("Go to work", "Do work", -2.0, ["Me", "Cat"]),
        ("Go home", "Go downstairs", 2.0, ["Me"]),
        ("Go home", "Sit down", 2.0, ["Me"]),
    ]
    # Each task is also a card of the actions lane, in its own step.
    actions = journey_map.lanes[0]
    assert [
        [c.text for c in journey_map.cards_in(s.id, actions.id)] for s in journey_map.steps()
    ] == [
        ["Make tea"],
        ["Go upstairs"],
        ["Do work"],
        ["Go downstairs"],
        ["Sit down"],
    ]
    assert map_problems(journey_map, "map", {p.id for p in imported.new_personas}) == []


def test_the_parser_spec_tasks_with_several_one_and_no_actors() -> None:
    imported = read(SPEC_TASKS)

    assert imported.journey_map.title == "Adding journey diagram functionality to mermaid"
    assert [(section, task, actors) for section, task, _, actors in tasks(imported)] == [
        ("Documentation", "A task", ["Alice", "Bob", "Charlie"]),
        ("Documentation", "B task", ["Bob", "Charlie"]),
        ("Documentation", "C task", []),
        ("Documentation", "D task", ["Charlie", "Alice"]),
        ("Documentation", "E task", []),  # a trailing ':' with no actors
        ("Another section", "P task", []),
        ("Another section", "Q task", []),
        ("Another section", "R task", []),
    ]
    assert [p.name for p in imported.new_personas] == ["Alice", "Bob", "Charlie"]
    # A task without actors scores the unnamed curve.
    points = imported.journey_map.emotion_points
    assert [p.score for p in points if p.persona_id is None] == [2.0] * 5
    assert sum(1 for p in points if p.persona_id is not None) == 7


def test_the_parser_spec_title_and_section_alone() -> None:
    journey_map = read_map(
        "journey\ntitle Adding journey diagram functionality to mermaid\nsection Order from website"
    )

    (stage,) = journey_map.stages
    assert stage.name == "Order from website"
    # A stage needs a step: an empty section gets one unnamed step, with no card and no point.
    assert [step.name for step in stage.steps] == [""]
    assert journey_map.cards == []
    assert journey_map.emotion_points == []


def test_the_parser_spec_multiline_section_titles_with_different_line_breaks() -> None:
    journey_map = read_map(
        "journey\n"
        "title Adding gantt diagram functionality to mermaid\n"
        "section Line1<br>Line2<br/>Line3</br />Line4<br\t/>Line5"
    )

    assert journey_map.stages[0].name == "Line1\nLine2\nLine3\nLine4\nLine5"


def test_line_breaks_in_task_names_ignore_case_and_spaces() -> None:
    journey_map = read_map("journey\nsection S\n  Pay<BR >by card< br/ >online: 2: Me\n")

    assert journey_map.steps()[0].name == "Pay\nby card\nonline"
    assert journey_map.cards[0].text == "Pay\nby card\nonline"


def test_the_parser_spec_accessibility_description_on_one_line() -> None:
    journey_map = read_map(
        "journey\n"
        "accDescr: A user journey for family shopping\n"
        "title Adding journey diagram functionality to mermaid\n"
        "section Order from website"
    )

    assert journey_map.accessible_description == "A user journey for family shopping"
    assert journey_map.accessible_title == ""


def test_the_parser_spec_accessibility_title() -> None:
    journey_map = read_map("journey\n    accTitle: The title\n    section Order from website")

    assert (journey_map.accessible_title, journey_map.accessible_description) == ("The title", "")


def test_the_parser_spec_accessibility_description_block() -> None:
    journey_map = read_map(SPEC_ACC_BLOCK)

    assert journey_map.accessible_description == "A user journey for\nfamily shopping"
    assert journey_map.title == "Adding journey diagram functionality to mermaid"
    assert journey_map.accessible_title == "Adding acc journey diagram functionality to mermaid"


def test_an_accessibility_description_block_on_one_line() -> None:
    journey_map = read_map("journey\naccDescr { Shopping, briefly }\nsection S\n")

    assert journey_map.accessible_description == "Shopping, briefly"


def test_comments_blank_lines_and_keywords_in_any_case() -> None:
    journey_map = read_map(
        "%% a diagram of my day\n"
        "\n"
        "JOURNEY\n"
        "  %% the title comes next\n"
        "  Title My day # a line comment, as Mermaid's lexer skips\n"
        "\n"
        "  SECTION Morning %% a trailing comment\n"
        "    Make tea: 4: Me %% not an actor\n"
    )

    assert journey_map.title == "My day"
    assert journey_map.stages[0].name == "Morning"
    assert journey_map.steps()[0].name == "Make tea"
    assert len(journey_map.persona_ids) == 1
    assert len(journey_map.emotion_points) == 1


def test_actors_match_existing_personas_ignoring_case() -> None:
    maya = Persona(id="maya", name="Maya")
    imported = read("journey\nsection S\n  Pay: 4: maya, Tom, MAYA\n", personas=[maya])

    assert [p.name for p in imported.new_personas] == ["Tom"]
    assert [p.persona_id for p in imported.journey_map.emotion_points] == [
        "maya",
        imported.new_personas[0].id,
    ]
    assert imported.journey_map.persona_ids == ["maya", imported.new_personas[0].id]


@pytest.mark.parametrize(
    ("score", "expected"), [("1", -2.0), ("2", -1.0), ("3", 0.0), ("4", 1.0), ("5", 2.0)]
)
def test_scores_map_onto_the_default_scale(score: str, expected: float) -> None:
    journey_map = read_map(f"journey\nsection S\n  Task: {score}: Me\n")

    assert journey_map.lanes[1].scale is None
    assert journey_map.emotion_points[0].score == expected


def test_scores_map_onto_a_custom_scale() -> None:
    journey_map = read_map(DOCS_EXAMPLE, scale=EmotionScale(min=1, max=10))

    assert journey_map.lanes[1].scale == EmotionScale(min=1, max=10)
    assert [p.score for p in journey_map.emotion_points] == [10.0, 5.5, 1.0, 1.0, 10.0, 10.0]
    # ... and back onto 1..5 on export.
    text, warnings = map_to_mermaid(journey_map, read(DOCS_EXAMPLE).new_personas)
    assert as_tasks(text) == as_tasks(DOCS_EXAMPLE)
    assert warnings == []


def test_title_kind_and_persona_ids_can_be_given() -> None:
    journey_map = read_map(DOCS_EXAMPLE, title="Ein Arbeitstag", kind="day_in_the_life")

    assert (journey_map.title, journey_map.kind) == ("Ein Arbeitstag", "day_in_the_life")


def test_a_journey_without_a_title_gets_one() -> None:
    assert read_map("journey\nsection S\n").title == "User journey"


def test_entity_codes_are_read_as_their_characters() -> None:
    imported = read(
        "journey\ntitle C#35; tips\nsection Q#58;A\n  10#58;30 call#59; #quot;ok#quot;: 3: A#44;B\n"
    )
    journey_map = imported.journey_map

    assert journey_map.title == "C# tips"
    assert journey_map.stages[0].name == "Q:A"
    assert journey_map.steps()[0].name == '10:30 call; "ok"'
    assert [p.name for p in imported.new_personas] == ["A,B"]
    # Codes that stand for nothing, or for what UTF-8 cannot hold, stay as written.
    assert read_map("journey\nsection #nosuch; #55296; #0;\n").stages[0].name == (
        "#nosuch; #55296; #0;"
    )


def test_a_markdown_file_uses_its_first_mermaid_journey_block() -> None:
    markdown = (
        "# Our journeys\n"  # line 1
        "\n"
        "```mermaid\n"  # line 3: a Mermaid block, but not a journey
        "flowchart LR\n"
        "  A --> B\n"
        "```\n"
        "\n"
        "```mermaid\n"  # line 8
        "journey\n"
        "  title From the README\n"
        "  section One\n"
        "    Task: 9: Me\n"  # line 12
        "```\n"
        "\n"
        "```mermaid\n"
        "journey\n"
        "  title The second journey is not read\n"
        "```\n"
    )

    assert (
        refused(markdown) == f"{SOURCE}: line 12: the score of 'Task' is 9; it must lie from 1 to 5"
    )
    journey_map = read_map(markdown.replace("9: Me", "4: Me"))
    assert journey_map.title == "From the README"
    assert [step.name for step in journey_map.steps()] == ["Task"]


def test_markdown_with_tilde_fences_and_front_matter() -> None:
    markdown = (
        'Intro\n\n~~~~ Mermaid\n---\ntitle: "From front matter"\n---\n'
        "journey %% a comment\n  section S\n~~~~\n"
    )

    journey_map = read_map(markdown)

    assert journey_map.title == "From front matter"
    assert journey_map.stages[0].name == "S"


def test_a_title_statement_wins_over_front_matter() -> None:
    text = "---\ntitle: Front\nconfig: {}\n---\njourney\n  title Statement\n  section S\n"

    assert read_map(text).title == "Statement"
    assert read_map(text.replace("  title Statement\n", "")).title == "Front"


def test_markdown_without_a_journey_block_is_refused() -> None:
    assert refused("# Notes\n\n```mermaid\npie\n```\n") == (
        f"{SOURCE}: has no ```mermaid block that starts with 'journey'"
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "is empty"),
        ("\n  %% only a comment\n", "is empty"),
        (
            "flowchart LR\n  A --> B\n",
            "line 1: a Mermaid journey starts with 'journey', not 'flowchart LR'",
        ),
        (
            "journey\ntitle T\n\n  Make tea: 5: Me\n",
            "line 4: the task 'Make tea' comes before any section",
        ),
        (
            "journey\nsection A\n  Make tea: 5: Me\n  Go upstairs: 6: Me\n",
            "line 4: the score of 'Go upstairs' is 6; it must lie from 1 to 5",
        ),
        (
            "journey\nsection A\n  Make tea: 0: Me\n",
            "line 3: the score of 'Make tea' is 0; it must lie from 1 to 5",
        ),
        (
            "journey\nsection A\n  Make tea: five: Me\n",
            "line 3: the score of 'Make tea' must be a number from 1 to 5, not 'five'",
        ),
        (
            "journey\nsection A\n  Make tea:: Me\n",
            "line 3: the score of 'Make tea' must be a number from 1 to 5, not nothing",
        ),
        (
            "journey\nsection A\n  subtitle Nice\n",
            "line 3: 'subtitle Nice' is not a journey statement (title, section, accTitle, "
            "accDescr, or a task 'Task name: score: actors')",
        ),
        (
            "journey\nsection A\n  Make tea\n",
            "line 3: 'Make tea' is not a journey statement (title, section, accTitle, "
            "accDescr, or a task 'Task name: score: actors')",
        ),
        ("journey\nsection A\n  : 3: Me\n", "line 3: a task needs a name before ':'"),
        (
            "journey\nsection A\n  Tea: 3: Me: later\n",
            "line 3: the task 'Tea' has more than 'score: actors' after its name "
            "(write #58; for a colon)",
        ),
        (
            "journey\nsection A: B\n",
            "line 2: a section name cannot hold ':' (write #58; for a colon)",
        ),
        ("journey\nsection \n", "line 2: 'section' needs the section name after it"),
        ("journey\ntitle\n", "line 2: 'title' needs the title after it"),
        (
            "journey\nsection A\n  Tea; coffee: 3\n",
            "line 3: ';' is not allowed in a journey (write #59; for a semicolon)",
        ),
        (
            "journey\naccDescr {\n  never closed\nsection A\n",
            "line 2: 'accDescr {' is never closed with '}'",
        ),
        (
            "journey\nsection A\njourney\n",
            "line 3: a second 'journey' line; a file holds one journey",
        ),
        (
            "journey\nsection A\n  " + "x" * 201 + ": 3\n",
            "line 3: name: string should have at most 200 characters",
        ),
    ],
)
def test_what_the_notation_does_not_allow_is_refused_with_its_line(text: str, message: str) -> None:
    assert refused(text) == f"{SOURCE}: {message}"


def test_bytes_that_are_not_utf8_text_are_refused() -> None:
    assert (
        refused(b"journey\nsection \xff\n")
        == f"{SOURCE}: line 2: is not UTF-8 text; save it as UTF-8 and try again"
    )
    assert refused("journey".encode("utf-16")).endswith(
        "is saved as UTF-16; save it as UTF-8 and try again"
    )


def test_a_bom_and_windows_line_ends_are_fine() -> None:
    data = ("\ufeff" + DOCS_EXAMPLE.replace("\n", "\r\n")).encode("utf-8")

    imported = read_mermaid_map(data, SOURCE)

    assert tasks(imported) == tasks(read(DOCS_EXAMPLE))


def test_project_from_mermaid_holds_the_map_and_its_personas() -> None:
    project = project_from_mermaid(DOCS_EXAMPLE.encode(), SOURCE)

    assert project.title == "My working day"
    assert [p.name for p in project.personas] == ["Me", "Cat"]
    assert len(project.maps) == 1
    assert Project.model_validate(project.model_dump()) == project


# ---------------------------------------------------------------------------------------- writing


@pytest.mark.parametrize(
    "text", [DOCS_EXAMPLE, SPEC_TASKS, SPEC_ACC_BLOCK], ids=["docs", "spec-tasks", "spec-acc"]
)
def test_mermaid_to_map_to_mermaid_gives_the_same_diagram(text: str) -> None:
    imported = read(text)

    written, warnings = map_to_mermaid(imported.journey_map, imported.new_personas)

    assert warnings == []
    # Same title, sections, tasks, scores and actors, in the same order (whitespace aside);
    # a trailing ':' with no actors is written without it.
    assert as_tasks(written) == as_tasks(text)
    assert sections(written) == sections(text)
    assert title_of(written) == title_of(text)
    again = read(written)
    assert tasks(again) == tasks(imported)
    assert again.journey_map.accessible_title == imported.journey_map.accessible_title
    assert again.journey_map.accessible_description == imported.journey_map.accessible_description


def sections(text: str) -> list[str]:
    return re.findall(r"^\s*section\s+(.*?)\s*$", text, flags=re.MULTILINE)


def title_of(text: str) -> str:
    return re.findall(r"title\s+(.*?)\s*$", text, flags=re.MULTILINE)[0]


def test_the_documentation_example_is_written_back_line_for_line() -> None:
    imported = read(DOCS_EXAMPLE)

    written, _ = map_to_mermaid(imported.journey_map, imported.new_personas)

    assert written == DOCS_EXAMPLE


def test_accessibility_fields_are_written() -> None:
    journey_map = read_map(DOCS_EXAMPLE)
    journey_map.accessible_title = "A day at work"
    journey_map.accessible_description = "Tea first.\nThen work {sadly}."

    written, _ = map_to_mermaid(journey_map, [])

    assert written.splitlines()[2:7] == [
        "    accTitle: A day at work",
        "    accDescr {",
        "        Tea first.",
        "        Then work {sadly#125;.",
        "    }",
    ]
    again = read_map(written)
    assert again.accessible_description == "Tea first.\nThen work {sadly}."
    journey_map.accessible_description = "One line"
    assert "    accDescr: One line" in map_to_mermaid(journey_map, [])[0].splitlines()


def test_names_mermaid_cannot_carry_are_escaped_and_read_back() -> None:
    journey_map = read_map("journey\nsection S\n  a: 3: Me\n")
    persona = Persona(id="p", name="Smith, Anna: #1")
    journey_map.title = "Q&A #1; 100%% sure"
    journey_map.stages[0].name = "Plan: week 1\n#hash"
    journey_map.steps()[0].name = "title page <br> here; 10:30 %% done"
    journey_map.emotion_points[0].persona_id = "p"

    written, _ = map_to_mermaid(journey_map, [persona])

    assert written.splitlines()[1:4] == [
        "    title Q&A #35;1#59; 100#37;#37; sure",
        "    section Plan#58; week 1<br>#35;hash",
        "      #116;itle page #60;br> here#59; 10#58;30 #37;#37; done: 3: Smith#44; Anna#58; #35;1",
    ]
    again = read(written)
    assert again.journey_map.title == journey_map.title
    assert again.journey_map.stages[0].name == "Plan: week 1\n#hash"
    assert again.journey_map.steps()[0].name == "title page <br> here; 10:30 %% done"
    assert [p.name for p in again.new_personas] == ["Smith, Anna: #1"]


def test_a_map_of_our_own_becomes_a_journey() -> None:
    project = small_project()

    written, warnings = map_to_mermaid(project.maps[0], project.personas)

    # Unnamed steps take the first card of the first actions lane; only the emotion lane's
    # as-is points score a task, and the curve's persona is its actor.
    assert written == (
        "journey\n"
        "    title Buying a guitar\n"
        "    section Awareness\n"
        "      Sees an ad on YouTube: 4: Anna\n"
        "    section Purchase\n"
        "      Order: 3\n"
        "      Card payment fails: 1: Anna\n"
    )
    assert warnings == [
        "1 task(s) have no point on the emotion curve and were given the middle score 3",
        "1 connector(s) are not carried by Mermaid",
    ]


def test_steps_without_name_or_card_are_numbered_and_scores_are_averaged() -> None:
    journey_map = small_map()
    journey_map.cards = []
    journey_map.connectors = []
    journey_map.emotion_points = [
        point.model_copy(update={"step_id": "order"}) for point in journey_map.emotion_points[:1]
    ]
    journey_map.emotion_points += [
        journey_map.emotion_points[0].model_copy(update={"persona_id": None, "score": -2.0}),
        journey_map.emotion_points[0].model_copy(update={"variant": "to_be", "score": 2.0}),
    ]

    written, warnings = map_to_mermaid(journey_map, [Persona(id="anna", name="Anna")])

    # Awareness has one unnamed step with nothing on it: an empty section, as Mermaid reads it.
    assert as_tasks(written) == [
        ("Purchase", "Order", 3, "Anna"),
        ("Purchase", "Card payment fails", 3, ""),
    ]
    assert "section Awareness" in written
    assert (
        warnings[0]
        == "the task 'Order' has differing scores [4, 1]; Mermaid keeps one, their mean 3"
    )


def test_scores_are_rounded_and_clamped_onto_one_to_five() -> None:
    journey_map = read_map(
        "journey\nsection S\n  a: 3\n  b: 3\n  c: 3\n", scale=EmotionScale(min=0, max=100)
    )
    for point, score in zip(journey_map.emotion_points, [0.0, 62.5, 100.0], strict=True):
        point.score = score

    written, _ = map_to_mermaid(journey_map, [])

    assert [score for _, _, score, _ in as_tasks(written)] == [1, 4, 5]


# -------------------------------------------------------------------------------------------- CLI


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    status = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return status, out, err


def one_line(err: str, path: str | Path) -> str:
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"{path}: ")
    return lines[0]


def test_cli_import_mermaid_from_a_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "day.mmd"
    source.write_text(DOCS_EXAMPLE, encoding="utf-8")
    output = tmp_path / "day.journey"

    assert run(capsys, "import-mermaid", source, "-o", output) == (0, "", "")

    project = read_project(output)
    assert project.title == "My working day"
    assert [p.name for p in project.personas] == ["Me", "Cat"]
    assert len(project.maps[0].emotion_points) == 6


def test_cli_import_mermaid_from_standard_input(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stdin = types.SimpleNamespace(buffer=io.BytesIO(f"```mermaid\n{DOCS_EXAMPLE}```\n".encode()))
    monkeypatch.setattr("sys.stdin", stdin)
    output = tmp_path / "day.journey"

    assert run(capsys, "import-mermaid", "-", "-o", output) == (0, "", "")

    assert read_project(output).maps[0].title == "My working day"


def test_cli_import_mermaid_refuses_bad_input_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "bad.mmd"
    source.write_text(DOCS_EXAMPLE.replace("Sit down: 5", "Sit down: 7"), encoding="utf-8")
    output = tmp_path / "out.journey"

    status, out, err = run(capsys, "import-mermaid", source, "-o", output)

    assert (status, out) == (1, "")
    assert one_line(err, source) == (
        f"{source}: line 9: the score of 'Sit down' is 7; it must lie from 1 to 5"
    )
    assert list(tmp_path.iterdir()) == [source]


def test_cli_import_mermaid_of_a_missing_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "missing.mmd"

    status, _, err = run(capsys, "import-mermaid", missing, "-o", tmp_path / "out.journey")

    assert status == 1
    assert one_line(err, missing) == f"{missing}: no such file"


def test_cli_import_mermaid_does_not_overwrite_without_force(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "day.mmd"
    source.write_text(DOCS_EXAMPLE, encoding="utf-8")
    output = tmp_path / "out.journey"
    output.write_text("precious", encoding="utf-8")

    status, _, err = run(capsys, "import-mermaid", source, "-o", output)

    assert status == 1
    assert "--force" in one_line(err, output)
    assert output.read_text(encoding="utf-8") == "precious"
    assert run(capsys, "import-mermaid", source, "-o", output, "--force")[0] == 0
    assert read_project(output).maps[0].title == "My working day"


def test_cli_export_mmd_round_trips(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "day.mmd"
    source.write_text(DOCS_EXAMPLE, encoding="utf-8")
    project_file = tmp_path / "day.journey"
    assert run(capsys, "import-mermaid", source, "-o", project_file)[0] == 0
    output = tmp_path / "again.mmd"

    assert run(capsys, "export", project_file, "-o", output) == (0, "", "")

    assert output.read_text(encoding="utf-8") == DOCS_EXAMPLE


def test_cli_export_mmd_chooses_a_map_and_reports_warnings(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project = small_project()
    project.maps.append(small_map("map-2").model_copy(update={"title": "Second"}))
    project_file = tmp_path / "two.journey"
    write_project(project, project_file)
    output = tmp_path / "out.mmd"

    status, _, err = run(capsys, "export", project_file, "-o", output)
    assert status == 1
    assert "--map" in one_line(err, project_file)
    assert not output.exists()

    status, _, err = run(capsys, "export", project_file, "-o", output, "--map", "Second")
    assert status == 0
    assert output.read_text(encoding="utf-8").startswith("journey\n    title Second\n")
    assert err.splitlines() == [
        f"{project_file}: Second: 1 task(s) have no point on the emotion curve and were given "
        "the middle score 3",
        f"{project_file}: Second: 1 connector(s) are not carried by Mermaid",
    ]


def test_cli_export_mmd_refuses_all(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    project_file = tmp_path / "p.journey"
    write_project(small_project(), project_file)
    output = tmp_path / "out.mmd"

    status, _, err = run(capsys, "export", project_file, "-o", output, "--all")

    assert status == 1
    assert one_line(err, output) == (
        f"{output}: a Mermaid journey holds one map; choose it with --map"
    )
    assert not output.exists()


def test_cli_export_mmd_of_a_broken_project_writes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project_file = tmp_path / "broken.journey"
    project_file.write_text("{", encoding="utf-8")
    output = tmp_path / "out.mmd"

    status, _, err = run(capsys, "export", project_file, "-o", output)

    assert status == 1
    one_line(err, project_file)
    assert not output.exists()
