"""Maps as Mermaid `journey` diagrams, read and written.

    journey
        title My working day
        accTitle: A working day
        section Go to work
          Make tea: 5: Me
          Do work: 1: Me, Cat
        section Go home
          Sit down: 5

Reading: `title` is the map title; each `section` a stage; each task a step of that stage, named
by the task, with the task as a card in the "Tasks" lane; each actor a persona (matched by name,
ignoring case, or created); the score (1..5) a point of each actor's curve on the "Satisfaction"
lane, mapped linearly onto its scale (1 is the lowest level, 5 the highest). A task without
actors scores the unnamed curve. `accTitle` and `accDescr` (one line, or a `{ ... }` block)
become the map's accessible title and description; `<br>` in names a line break; `%%` and `#`
start comments. A Markdown file is read from its first ```mermaid block that starts with
`journey`. Anything else is refused with its line number.

Writing is the reverse: the first emotion lane's as-is points give each task its score (the mean
when curves disagree, rounded onto 1..5) and its actors. Characters Mermaid's journey grammar
cannot carry in a name (`:` `#` `;` `,` and `%%`, and a leading keyword) are written as Mermaid's
entity codes (`#58;` for `:`), which Mermaid renders as the character and which reading decodes.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from pydantic import ValidationError

from journeydesigner.errors import InputFormatError
from journeydesigner.interop.text_input import (
    MAX_INPUT_BYTES,
    ImportedMap,
    decode_input,
    project_with,
)
from journeydesigner.model import limits
from journeydesigner.model.elements import (
    Card,
    EmotionPoint,
    EmotionScale,
    Lane,
    MapKind,
    Persona,
    Stage,
    Step,
)
from journeydesigner.model.ids import IdMaker
from journeydesigner.model.project import JourneyMap, Project

_M = TypeVar("_M", Stage, Step, Card, Lane, EmotionPoint, JourneyMap, Persona)

MERMAID_MAX_BYTES = MAX_INPUT_BYTES
SCORE_MIN = 1
SCORE_MAX = 5
ACTIONS_LANE_TITLE = "Tasks"
EMOTION_LANE_TITLE = "Satisfaction"
DEFAULT_TITLE = "User journey"

_BREAK = re.compile(r"<\s*/?\s*br\s*/?\s*>", re.IGNORECASE)
_ENTITY = re.compile(r"#(\w+);")
_COMMENT_OR_ENTITY = re.compile(r"#\w+;|#|%%")
_SCORE = re.compile(r"^[-+]?\d+(?:\.\d+)?$")
_FENCE = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})\s*(?P<info>[^`\s]*)")
_ACC_TITLE = re.compile(r"^acctitle\s*:\s*(?P<value>.*)$", re.IGNORECASE)
_ACC_DESCR = re.compile(r"^accdescr\s*:\s*(?P<value>.*)$", re.IGNORECASE)
_ACC_DESCR_BLOCK = re.compile(r"^accdescr\s*\{(?P<rest>.*)$", re.IGNORECASE)
_TITLE = re.compile(r"^title(?:\s+(?P<value>.*))?$", re.IGNORECASE)
_SECTION = re.compile(r"^section(?:\s+(?P<value>.*))?$", re.IGNORECASE)
_HEADER = re.compile(r"^journey$", re.IGNORECASE)
# Text at the start of a task name that Mermaid would read as a keyword instead.
_KEYWORD_START = re.compile(r"^(?:journey|title\s|section\s|acctitle|accdescr)", re.IGNORECASE)


MermaidImport = ImportedMap
"""The result of reading a Mermaid journey: one map and the personas it names."""


# ---------------------------------------------------------------------------------------- reading


def read_mermaid_map(
    data: bytes,
    source: str,
    *,
    title: str | None = None,
    kind: MapKind | None = None,
    scale: EmotionScale | None = None,
    personas: list[Persona] | None = None,
    ids: IdMaker | None = None,
) -> MermaidImport:
    """Build a map from a Mermaid journey (or Markdown holding one), or raise InputFormatError."""
    lines = _numbered_lines(_decode(data, source))
    header, body, front_title = _journey_body(lines, source)
    reader = _JourneyReader(source, ids or IdMaker(), list(personas or []))
    reader.title = front_title
    return reader.read(header, body, title=title, kind=kind, scale=scale)


def project_from_mermaid(
    data: bytes, source: str, *, title: str | None = None, kind: MapKind | None = None
) -> Project:
    """A new project holding the one map of a Mermaid journey."""
    return project_with(read_mermaid_map(data, source, title=title, kind=kind))


def _decode(data: bytes, source: str) -> str:
    return decode_input(data, source)


def _numbered_lines(text: str) -> list[tuple[int, str]]:
    # split("\n"), not splitlines(): form feeds and U+2028 are not line ends for Mermaid.
    return [(n, line.rstrip("\r")) for n, line in enumerate(text.split("\n"), start=1)]


def _is_skipped(line: str) -> bool:
    stripped = line.strip()
    return not stripped or stripped.startswith("%%")


def _skip_front_matter(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines after a YAML front matter block (`---` ... `---`), if the text starts with one."""
    if lines and lines[0][1].strip() == "---":
        for index in range(1, len(lines)):
            if lines[index][1].strip() == "---":
                return lines[index + 1 :]
    return lines


def _front_matter_title(lines: list[tuple[int, str]]) -> str:
    """The `title:` of a YAML front matter block, which Mermaid uses when there is no `title`."""
    if not lines or lines[0][1].strip() != "---":
        return ""
    for _, line in lines[1:]:
        if line.strip() == "---":
            break
        if (match := re.match(r"^title:\s*(?P<value>.*?)\s*$", line)) is not None:
            value = match["value"]
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
                value = value[1:-1]
            return value.strip()[: limits.TITLE_LENGTH]
    return ""


def _is_header(line: str) -> bool:
    return _HEADER.match(_without_comment(line).strip()) is not None


def _header_and_rest(
    lines: list[tuple[int, str]],
) -> tuple[tuple[int, str] | None, list[tuple[int, str]]]:
    """The first line that is not blank or a comment, and the lines after it."""
    lines = _skip_front_matter(lines)
    for index, (n, line) in enumerate(lines):
        if not _is_skipped(line):
            return (n, line.strip()), lines[index + 1 :]
    return None, []


def _journey_body(
    lines: list[tuple[int, str]], source: str
) -> tuple[int, list[tuple[int, str]], str]:
    """The line number of the `journey` header, the diagram lines after it, a front matter title."""
    first, rest = _header_and_rest(lines)
    if first is None:
        raise InputFormatError(source, "is empty")
    if _is_header(first[1]):
        return first[0], rest, _front_matter_title(lines)
    found_block = False
    for block in _mermaid_blocks(lines):
        found_block = True
        header, body = _header_and_rest(block)
        if header is not None and _is_header(header[1]):
            return header[0], body, _front_matter_title(block)
    if found_block:
        raise InputFormatError(source, "has no ```mermaid block that starts with 'journey'")
    raise InputFormatError(
        source,
        f"line {first[0]}: a Mermaid journey starts with 'journey', not {first[1][:40]!r}",
    )


def _mermaid_blocks(lines: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """The contents of the fenced ```mermaid blocks of a Markdown text, in order."""
    blocks: list[list[tuple[int, str]]] = []
    index = 0
    while index < len(lines):
        opening = _FENCE.match(lines[index][1])
        index += 1
        if opening is None:
            continue
        fence = opening["fence"]
        block: list[tuple[int, str]] = []
        while index < len(lines):
            closing = _FENCE.match(lines[index][1])
            index += 1
            if (
                closing is not None
                and closing["fence"][0] == fence[0]
                and len(closing["fence"]) >= len(fence)
                and not closing["info"]
            ):
                break
            block.append(lines[index - 1])
        if opening["info"].lower() == "mermaid":
            blocks.append(block)
    return blocks


def _decode_entities(text: str) -> str:
    """Mermaid's entity codes (`#58;`, `#35;`, `#quot;`) as the characters they stand for."""

    def character(match: re.Match[str]) -> str:
        name = match[1]
        if name.isdigit():
            code = int(name)
            # A lone surrogate could not be saved as UTF-8: such a code stays as written.
            valid = 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF
            return chr(code) if valid else match[0]
        decoded = html.unescape(f"&{name};")
        return match[0] if decoded == f"&{name};" else decoded

    return _ENTITY.sub(character, text)


def _without_comment(text: str) -> str:
    """The text before a `#` or `%%` comment; entity codes such as `#58;` are not comments."""
    for match in _COMMENT_OR_ENTITY.finditer(text):
        if match[0] in ("#", "%%"):
            return text[: match.start()]
    return text


def _name(text: str) -> str:
    """A section or task name: `<br>` as line breaks, entity codes decoded, lines trimmed."""
    parts = [_decode_entities(part).strip() for part in _BREAK.split(text)]
    return "\n".join(parts).strip()


@dataclass
class _Section:
    id: str
    name: str
    line: int
    steps: list[Step] = field(default_factory=list)


class _JourneyReader:
    def __init__(self, source: str, ids: IdMaker, personas: list[Persona]) -> None:
        self.source = source
        self.ids = ids
        self.personas = personas
        self.new_personas: list[Persona] = []
        self.title = ""

    def fail(self, line: int, message: str) -> InputFormatError:
        return InputFormatError(self.source, f"line {line}: {message}")

    def model(self, cls: type[_M], line: int, **values: object) -> _M:
        try:
            return cls.model_validate(values)
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(str(part) for part in first["loc"])
            raise self.fail(
                line, f"{where}: {first['msg'].lower()}" if where else first["msg"].lower()
            ) from None

    def read(
        self,
        header_line: int,
        body: list[tuple[int, str]],
        *,
        title: str | None,
        kind: MapKind | None,
        scale: EmotionScale | None,
    ) -> MermaidImport:
        actions = self.model(
            Lane, header_line, id=self.ids.make("lane"), title=ACTIONS_LANE_TITLE, kind="actions"
        )
        emotion = self.model(
            Lane,
            header_line,
            id=self.ids.make("lane"),
            title=EMOTION_LANE_TITLE,
            kind="emotion",
            scale=scale,
        )
        self.actions, self.emotion = actions, emotion
        self.sections: list[_Section] = []
        self.cards: list[Card] = []
        self.points: list[EmotionPoint] = []
        self.used_personas: list[str] = []
        self.acc_title = ""
        self.acc_description = ""

        index = 0
        while index < len(body):
            n, raw = body[index]
            index += 1
            line = raw.strip()
            block = _ACC_DESCR_BLOCK.match(line)
            if block is not None:
                # A multi-line description runs to the first `}`; a statement may follow it.
                start, rest, collected = n, block["rest"], []
                while "}" not in rest:
                    collected.append(rest)
                    if index >= len(body):
                        raise self.fail(start, "'accDescr {' is never closed with '}'")
                    n, rest = body[index]
                    index += 1
                inside, line = rest.split("}", 1)
                collected.append(inside)
                text = "\n".join(part.strip() for part in collected).strip()
                self.acc_description = _decode_entities(re.sub(r"\n\s*\n+", "\n", text))
                line = line.strip()
            self.statement(n, line)

        stages = []
        for section in self.sections:
            # A section with no tasks still needs a step: a stage has at least one.
            steps = section.steps or [self.model(Step, section.line, id=self.ids.make("step"))]
            stages.append(
                self.model(Stage, section.line, id=section.id, name=section.name, steps=steps)
            )
        journey_map = self.model(
            JourneyMap,
            header_line,
            id=self.ids.make("map"),
            title=title or self.title or DEFAULT_TITLE,
            kind=kind or "current_state",
            accessible_title=self.acc_title,
            accessible_description=self.acc_description,
            persona_ids=self.used_personas,
            stages=stages,
            lanes=[actions, emotion],
            cards=self.cards,
            emotion_points=self.points,
        )
        return MermaidImport(journey_map, self.new_personas)

    def statement(self, n: int, line: str) -> None:
        if _is_skipped(line):
            return
        if (match := _ACC_TITLE.match(line)) is not None:
            self.acc_title = self.checked_title(_decode_entities(match["value"].strip()), n)
            return
        if (match := _ACC_DESCR.match(line)) is not None:
            self.acc_description = _decode_entities(match["value"].strip())
            return
        line = _without_comment(line).strip()
        if not line:
            return
        if ";" in _ENTITY.sub("", line):
            raise self.fail(n, "';' is not allowed in a journey (write #59; for a semicolon)")
        if (match := _TITLE.match(line)) is not None:
            value = _decode_entities((match["value"] or "").strip())
            if not value:
                raise self.fail(n, "'title' needs the title after it")
            self.title = self.checked_title(value, n)
            return
        if (match := _SECTION.match(line)) is not None:
            self.section(n, match["value"] or "")
            return
        if _HEADER.match(line):
            raise self.fail(n, "a second 'journey' line; a file holds one journey")
        if ":" not in line:
            raise self.fail(
                n,
                f"{line[:40]!r} is not a journey statement (title, section, accTitle, "
                "accDescr, or a task 'Task name: score: actors')",
            )
        self.task(n, line)

    def checked_title(self, value: str, n: int) -> str:
        if len(value) > limits.TITLE_LENGTH:
            raise self.fail(n, f"the title is longer than {limits.TITLE_LENGTH} characters")
        return value

    def section(self, n: int, text: str) -> None:
        if ":" in text:
            raise self.fail(n, "a section name cannot hold ':' (write #58; for a colon)")
        name = _name(text)
        if not name:
            raise self.fail(n, "'section' needs the section name after it")
        if len(self.sections) >= limits.STAGES:
            raise self.fail(n, f"more than {limits.STAGES} sections")
        stage_id = self.ids.make("stage")
        # Check the name now, so a bad one is reported on its own line.
        self.model(Stage, n, id=stage_id, name=name, steps=[Step(id="check")])
        self.sections.append(_Section(stage_id, name, n))

    def task(self, n: int, line: str) -> None:
        text, data = line.split(":", 1)
        name = _name(text)
        if not name:
            raise self.fail(n, "a task needs a name before ':'")
        if not self.sections:
            raise self.fail(n, f"the task {name!r} comes before any section")
        pieces = data.split(":")
        if len(pieces) > 2:
            raise self.fail(
                n,
                f"the task {name!r} has more than 'score: actors' after its name "
                "(write #58; for a colon)",
            )
        score_text = pieces[0].strip()
        if not _SCORE.match(score_text):
            shown = repr(score_text) if score_text else "nothing"
            raise self.fail(
                n,
                f"the score of {name!r} must be a number from {SCORE_MIN} to {SCORE_MAX}, "
                f"not {shown}",
            )
        score = float(score_text)
        if not SCORE_MIN <= score <= SCORE_MAX:
            raise self.fail(
                n,
                f"the score of {name!r} is {score_text}; "
                f"it must lie from {SCORE_MIN} to {SCORE_MAX}",
            )
        actors: list[Persona] = []
        for actor in (_decode_entities(a).strip() for a in (pieces[1:] or [""])[0].split(",")):
            if actor:
                persona = self.persona_named(actor, n)
                if persona not in actors:
                    actors.append(persona)

        section = self.sections[-1]
        if len(section.steps) >= limits.STEPS_PER_STAGE:
            raise self.fail(
                n, f"the section {section.name!r} has more than {limits.STEPS_PER_STAGE} tasks"
            )
        step = self.model(Step, n, id=self.ids.make("step"), name=name)
        section.steps.append(step)
        self.cards.append(
            self.model(
                Card,
                n,
                id=self.ids.make("card"),
                step_id=step.id,
                lane_id=self.actions.id,
                text=name,
            )
        )
        lane_scale = self.emotion.effective_scale
        value = lane_scale.min + (score - SCORE_MIN) * (lane_scale.max - lane_scale.min) / (
            SCORE_MAX - SCORE_MIN
        )
        curves: list[str | None] = [p.id for p in actors] or [None]
        for persona_id in curves:
            self.points.append(
                self.model(
                    EmotionPoint,
                    n,
                    lane_id=self.emotion.id,
                    step_id=step.id,
                    persona_id=persona_id,
                    score=value,
                )
            )
            if persona_id is not None and persona_id not in self.used_personas:
                self.used_personas.append(persona_id)

    def persona_named(self, name: str, n: int) -> Persona:
        for persona in self.personas + self.new_personas:
            if persona.name.casefold() == name.casefold():
                return persona
        if len(self.personas) + len(self.new_personas) >= limits.PERSONAS:
            raise self.fail(n, f"more than {limits.PERSONAS} personas")
        persona = self.model(Persona, n, id=self.ids.make("persona"), name=name)
        self.new_personas.append(persona)
        return persona


# ---------------------------------------------------------------------------------------- writing


def map_to_mermaid(journey_map: JourneyMap, personas: Sequence[Persona]) -> tuple[str, list[str]]:
    """The Mermaid journey of a map, and warnings about what the diagram cannot carry."""
    warnings: list[str] = []
    names = {p.id: p.name for p in personas}
    emotion = next((lane for lane in journey_map.lanes if lane.kind == "emotion"), None)
    actions = next((lane for lane in journey_map.lanes if lane.kind == "actions"), None)
    points_of: dict[str, list[EmotionPoint]] = {}
    if emotion is not None:
        for point in journey_map.emotion_points:
            if point.lane_id == emotion.id and point.variant == "as_is":
                points_of.setdefault(point.step_id, []).append(point)
    card_steps = {card.step_id for card in journey_map.cards}

    out = ["journey"]
    if _escape_title(journey_map.title):
        out.append(f"    title {_escape_title(journey_map.title)}")
    if journey_map.accessible_title:
        out.append(f"    accTitle: {_one_line(journey_map.accessible_title)}")
    description = journey_map.accessible_description.strip()
    if description and "\n" not in description:
        out.append(f"    accDescr: {description}")
    elif description:
        out.append("    accDescr {")
        out += [
            f"        {line.strip().replace('}', '#125;')}"
            for line in description.splitlines()
            if line.strip()
        ]
        out.append("    }")

    unscored: list[str] = []
    number = 0
    for stage in journey_map.stages:
        out.append(f"    section {_escape_name(stage.name) or 'Section'}")
        bare = (
            len(stage.steps) == 1
            and not stage.steps[0].name
            and stage.steps[0].id not in points_of
            and stage.steps[0].id not in card_steps
        )
        if bare:  # an empty section read from Mermaid: keep it empty
            number += 1
            continue
        for step in stage.steps:
            number += 1
            name = _step_name(journey_map, step, actions, number)
            points = points_of.get(step.id, [])
            if points and emotion is not None:
                scale = emotion.effective_scale
                scores = [_to_mermaid_score(p.score, scale) for p in points]
                score = _to_mermaid_score(sum(p.score for p in points) / len(points), scale)
                if len(set(scores)) > 1:
                    warnings.append(
                        f"the task {name!r} has differing scores {scores}; "
                        f"Mermaid keeps one, their mean {score}"
                    )
            else:
                score = (SCORE_MIN + SCORE_MAX) // 2
                unscored.append(name)
            actors: list[str] = []
            for point in points:
                if point.persona_id is not None:
                    actor = _escape_name(names.get(point.persona_id, point.persona_id))
                    actor = actor.replace("<br>", " ").replace(",", "#44;")
                    if actor not in actors:
                        actors.append(actor)
            task = f"      {_escape_name(name)}: {score}"
            out.append(f"{task}: {', '.join(actors)}" if actors else task)
    if unscored:
        warnings.append(
            f"{len(unscored)} task(s) have no point on the emotion curve and were given the "
            f"middle score {(SCORE_MIN + SCORE_MAX) // 2}"
        )
    if journey_map.connectors:
        warnings.append(f"{len(journey_map.connectors)} connector(s) are not carried by Mermaid")
    return "\n".join(out) + "\n", warnings


def _step_name(journey_map: JourneyMap, step: Step, actions: Lane | None, number: int) -> str:
    if step.name.strip():
        return step.name
    if actions is not None:
        for card in journey_map.cards_in(step.id, actions.id):
            if card.text.strip():
                return card.text
    return f"Step {number}"


def _to_mermaid_score(score: float, scale: EmotionScale) -> int:
    value = SCORE_MIN + (score - scale.min) * (SCORE_MAX - SCORE_MIN) / (scale.max - scale.min)
    return max(SCORE_MIN, min(SCORE_MAX, math.floor(value + 0.5)))


def _one_line(text: str) -> str:
    return " ".join(text.split())


_ESCAPED = {"#": "#35;", ";": "#59;", "%%": "#37;#37;"}


def _escape_common(text: str) -> str:
    # One pass, so the `#` and `;` of a code just written are not escaped again.
    return re.sub(r"[#;]|%%", lambda m: _ESCAPED[m[0]], text)


def _escape_title(text: str) -> str:
    return _escape_common(_one_line(text))


def _escape_name(text: str) -> str:
    """A section, task or actor name as Mermaid reads it back unchanged."""
    lines = [_one_line(line) for line in text.strip().splitlines()]
    # Text that reads as a `<br>` tag or starts like a keyword is escaped by its first character.
    escaped = [
        _BREAK.sub(lambda m: "#60;" + m[0][1:], _escape_common(line).replace(":", "#58;"))
        for line in lines
        if line
    ]
    joined = "<br>".join(escaped)
    if joined and _KEYWORD_START.match(joined):
        joined = f"#{ord(joined[0])};{joined[1:]}"
    return joined
