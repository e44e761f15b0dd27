"""Maps as spreadsheets: the CSV grid layout people type by hand, read and written.

    Buying a guitar [current_state], Awareness, Purchase,               Advocacy
    Steps [steps],                   ,         Order,  Card payment fails,
    Doing [actions],                 Sees ad,  Orders, ,                 Writes a review
    Feeling [emotion],               1 curious,0,      -2 payment failed, 2
    Feeling [emotion: Anna, to-be],  1,        1,      0,                 2
    Metrics [metrics],               Visits: 1200 (target 1000), Conversion: 2.5% (target 3), ,
    Notes,                           ...

- Row 1: the map title (optionally with its kind in brackets), then one cell per column (step).
  An empty cell continues the stage on its left, as spreadsheets export merged cells.
- An optional row whose first cell ends in `[steps]` names the steps.
- Every other row is a lane: its title, optionally with its kind in brackets, then a cell per step.
  Card lanes: each non-empty line of a cell is one card. Emotion lanes: a score, optionally
  followed by a note; `[emotion: PERSONA, to-be]` rows add further curves to the lane above, and
  `[emotion -2..2]` sets the scale. Metrics lanes: one `Name: value[unit] (target X)` per line,
  `(target ≤ X)` when lower is better.
- UTF-8 with or without a BOM; comma or semicolon separators.
"""

from __future__ import annotations

import csv
import io
import re
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
    LANE_KINDS,
    MAP_KINDS,
    Card,
    EmotionPoint,
    EmotionScale,
    Lane,
    MapKind,
    Metric,
    Persona,
    Stage,
    Step,
    Variant,
)
from journeydesigner.model.ids import IdMaker
from journeydesigner.model.project import JourneyMap, Project

_M = TypeVar("_M", Stage, Card, Lane, EmotionPoint, Metric, JourneyMap, Persona)

CSV_MAX_BYTES = MAX_INPUT_BYTES

STEPS_MARKER = "[steps]"
_BRACKETED = re.compile(r"^(?P<title>.*?)\s*\[(?P<spec>[^\[\]]*)\]\s*$", re.DOTALL)
_EMOTION_SPEC = re.compile(
    r"^emotion(?:\s+(?P<min>[-+]?\d+)\s*\.\.\s*(?P<max>[-+]?\d+))?\s*(?::\s*(?P<curve>.*))?$",
    re.IGNORECASE,
)
_SCORE = re.compile(r"^(?P<score>[-+−]?\d+(?:[.,]\d+)?)(?:\s+(?P<note>.*))?$", re.DOTALL)
_METRIC = re.compile(
    r"^(?P<name>[^:]+?)\s*:\s*(?P<value>[-+−]?[\d.,\s]*\d)?\s*(?P<unit>[^()]*?)\s*"
    r"(?:\((?:target|cel|目標|目标)\s*(?P<op>≤|<=|≥|>=)?\s*(?P<target>[-+−]?[\d.,\s]*\d)\s*\))?\s*$",
    re.IGNORECASE,
)
_VARIANT_WORDS: dict[str, Variant] = {
    "as-is": "as_is",
    "as_is": "as_is",
    "asis": "as_is",
    "to-be": "to_be",
    "to_be": "to_be",
    "tobe": "to_be",
}


CsvImport = ImportedMap
"""The result of reading a CSV grid: one map and the personas it names."""


# ---------------------------------------------------------------------------------------- reading


def read_csv_map(
    data: bytes,
    source: str,
    *,
    title: str | None = None,
    kind: MapKind | None = None,
    personas: list[Persona] | None = None,
    ids: IdMaker | None = None,
) -> CsvImport:
    """Build a map from the bytes of a CSV grid, or raise InputFormatError naming the line.

    The separator is guessed from the first line; when the guess does not give a valid grid
    (a title or stage name may itself hold a comma or semicolon), the other one is tried.
    """
    text = _text(data, source)
    ids = ids or IdMaker()
    first_error: InputFormatError | None = None
    for delimiter in _delimiters(text):
        try:
            rows = csv_rows(text, source, delimiter)
            reader = _GridReader(source, ids, list(personas or []))
            return reader.read(rows, title=title, kind=kind)
        except InputFormatError as error:
            first_error = first_error or error
    assert first_error is not None
    raise first_error


def project_from_csv(
    data: bytes, source: str, *, title: str | None = None, kind: MapKind | None = None
) -> Project:
    """A new project holding the one map of a CSV grid."""
    return project_with(read_csv_map(data, source, title=title, kind=kind))


def _text(data: bytes, source: str) -> str:
    return decode_input(data, source, save_as="CSV UTF-8 (in Excel: 'CSV UTF-8')")


def _delimiters(text: str, candidates: str = ",;") -> list[str]:
    """The candidate separators (comma and semicolon by default), the likelier first.

    One that splits the first line at all comes first; then the one that leaves fewer stray
    quote marks inside cells (the mark of quoting read with the wrong separator); then, as
    spreadsheets write every row as wide as the first, the one giving more rows of that width.
    """

    def score(delimiter: str) -> tuple[bool, int, int, int]:
        try:
            rows = [r for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter) if r]
        except csv.Error:
            return (False, 0, -1, 0)
        if not rows:
            return (False, 0, 0, 0)
        width = len(rows[0])
        stray = sum(cell.count('"') for row in rows for cell in row)
        return (width > 1, -stray, sum(len(row) == width for row in rows), width)

    return sorted(candidates, key=score, reverse=True)


def sniff_delimiter(text: str, candidates: str = ",;") -> str:
    """The likeliest separator of CSV text among `candidates`."""
    return _delimiters(text, candidates)[0]


def csv_rows(text: str, source: str, delimiter: str) -> list[list[str]]:
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as error:
        raise InputFormatError(source, f"is not valid CSV: {error}") from None
    if not any(any(cell.strip() for cell in row) for row in rows):
        raise InputFormatError(source, "is empty")
    return rows


class _GridReader:
    def __init__(self, source: str, ids: IdMaker, personas: list[Persona]) -> None:
        self.source = source
        self.ids = ids
        self.personas = personas
        self.new_personas: list[Persona] = []

    def fail(self, line: int, message: str) -> InputFormatError:
        return InputFormatError(self.source, f"line {line}: {message}")

    def read(self, rows: list[list[str]], *, title: str | None, kind: MapKind | None) -> CsvImport:
        numbered = [(n, row) for n, row in enumerate(rows, start=1) if any(c.strip() for c in row)]
        header_line, header = numbered[0]
        head_title, head_kind = self.split_map_title(header[0] if header else "", header_line)
        columns = header[1:]
        # A last stage spanning several steps ends row 1 in empty cells: keep as many of them
        # as the other rows fill.
        used = max(_filled_width(row[1:]) for _, row in numbered)
        while len(columns) > used and columns[-1] == "":
            columns.pop()
        if not columns:
            raise self.fail(header_line, "the first row needs the stage names after the map title")
        if columns[0] == "":
            raise self.fail(
                header_line, "the first stage has no name (the second cell of row 1 is empty)"
            )
        width = len(columns)

        stages: list[Stage] = []
        step_columns: list[Step] = []
        for index, name in enumerate(columns):
            step = Step(id=self.ids.make("step"))
            step_columns.append(step)
            if name != "":
                stages.append(
                    self.model(
                        Stage,
                        header_line,
                        id=self.ids.make("stage"),
                        name=name.strip() or name,
                        steps=[step],
                    )
                )
            else:
                stages[-1].steps.append(step)
                if len(stages[-1].steps) > limits.STEPS_PER_STAGE:
                    raise self.fail(
                        header_line,
                        f"the stage '{stages[-1].name}' spans more than "
                        f"{limits.STEPS_PER_STAGE} columns",
                    )
            if index >= limits.STEPS_PER_STAGE * limits.STAGES:
                raise self.fail(header_line, "has too many columns")

        lanes: list[Lane] = []
        cards: list[Card] = []
        points: list[EmotionPoint] = []
        metrics: list[Metric] = []
        stage_of_column = [stage for stage in stages for _ in stage.steps]
        seen_steps_row = False
        seen_curves: set[tuple[str, str | None, Variant]] = set()
        for line, row in numbered[1:]:
            label, cells = (row[0] if row else ""), row[1:]
            extra = [c for c in cells[width:] if c.strip()]
            if extra:
                raise self.fail(line, f"has a value right of the last column ({extra[0][:30]!r})")
            cells = (cells + [""] * width)[:width]
            if label.strip().lower().endswith(STEPS_MARKER):
                if seen_steps_row:
                    raise self.fail(line, "a second [steps] row; only one row may name the steps")
                seen_steps_row = True
                for step, name in zip(step_columns, cells, strict=True):
                    step.name = name.strip()
                continue
            if not label.strip():
                raise self.fail(line, "a lane needs a title in its first cell")
            lane_title, spec = self.split_lane_label(label, line)
            curve = self.add_lane_or_curve(lanes, lane_title, spec, line)
            lane = lanes[-1]
            if lane.kind == "emotion":
                persona_id, variant = curve
                if (lane.id, persona_id, variant) in seen_curves:
                    raise self.fail(
                        line,
                        f"repeats a curve of the lane '{lane.title}' (same persona and variant)",
                    )
                seen_curves.add((lane.id, persona_id, variant))
                for step, cell in zip(step_columns, cells, strict=True):
                    if cell.strip():
                        points.append(self.point(lane, step, persona_id, variant, cell, line))
            elif lane.kind == "metrics":
                for column, cell in enumerate(cells):
                    for text in _lines(cell):
                        metrics.append(self.metric(lane, stage_of_column[column], text, line))
            else:
                for step, cell in zip(step_columns, cells, strict=True):
                    for order, text in enumerate(_lines(cell)):
                        cards.append(
                            self.model(
                                Card,
                                line,
                                id=self.ids.make("card"),
                                step_id=step.id,
                                lane_id=lane.id,
                                order=order,
                                text=text,
                            )
                        )
        map_title = title or head_title
        if not map_title:
            raise self.fail(header_line, "the map has no title (the first cell of row 1 is empty)")
        journey_map = self.model(
            JourneyMap,
            header_line,
            id=self.ids.make("map"),
            title=map_title,
            kind=kind or head_kind or "current_state",
            persona_ids=sorted(
                {p.persona_id for p in points if p.persona_id}, key=self.persona_order
            ),
            stages=stages,
            lanes=lanes,
            cards=cards,
            emotion_points=points,
            metrics=metrics,
        )
        return CsvImport(journey_map, self.new_personas)

    def model(self, cls: type[_M], line: int, **values: object) -> _M:
        try:
            return cls.model_validate(values)
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(str(part) for part in first["loc"])
            raise self.fail(
                line, f"{where}: {first['msg'].lower()}" if where else first["msg"].lower()
            ) from None

    def persona_order(self, persona_id: str) -> int:
        everyone = self.personas + self.new_personas
        return next(i for i, p in enumerate(everyone) if p.id == persona_id)

    def split_map_title(self, cell: str, line: int) -> tuple[str, MapKind | None]:
        match = _BRACKETED.match(cell)
        if match and match["spec"].strip().lower() in MAP_KINDS:
            kind = match["spec"].strip().lower()
            return match["title"].strip(), next(k for k in MAP_KINDS if k == kind)
        if match and match["spec"].strip():
            known = ", ".join(MAP_KINDS)
            raise self.fail(line, f"unknown map kind '{match['spec'].strip()}' (known: {known})")
        return cell.strip(), None

    def split_lane_label(self, label: str, line: int) -> tuple[str, str]:
        match = _BRACKETED.match(label)
        if not match:
            return label.strip(), "text"
        title, spec = match["title"].strip(), match["spec"].strip()
        if not title:
            raise self.fail(line, f"the lane [{spec}] has no title before its kind")
        kind_word = re.split(r"[\s:]", spec, maxsplit=1)[0].lower()
        if kind_word not in LANE_KINDS:
            known = ", ".join(LANE_KINDS)
            raise self.fail(line, f"unknown lane kind '{spec}' (known: {known})")
        if kind_word != "emotion" and spec.lower() != kind_word:
            raise self.fail(
                line, f"only emotion lanes take more than a kind in brackets, not [{spec}]"
            )
        return title, spec

    def add_lane_or_curve(
        self, lanes: list[Lane], title: str, spec: str, line: int
    ) -> tuple[str | None, Variant]:
        emotion = _EMOTION_SPEC.match(spec)
        if emotion is None:
            if len(lanes) >= limits.LANES:
                raise self.fail(line, f"more than {limits.LANES} lanes")
            kind = next(k for k in LANE_KINDS if k == spec.lower())
            lanes.append(self.model(Lane, line, id=self.ids.make("lane"), title=title, kind=kind))
            return None, "as_is"
        persona_id, variant = self.curve(emotion["curve"] or "", line)
        previous = lanes[-1] if lanes else None
        joins_previous = (
            emotion["curve"] is not None
            and previous is not None
            and previous.kind == "emotion"
            and previous.title == title
            and emotion["min"] is None
        )
        if not joins_previous:
            scale = None
            if emotion["min"] is not None:
                try:
                    scale = EmotionScale(min=int(emotion["min"]), max=int(emotion["max"]))
                except ValidationError as error:
                    raise self.fail(
                        line, f"emotion scale: {error.errors()[0]['msg'].lower()}"
                    ) from None
            if len(lanes) >= limits.LANES:
                raise self.fail(line, f"more than {limits.LANES} lanes")
            lanes.append(
                self.model(
                    Lane, line, id=self.ids.make("lane"), title=title, kind="emotion", scale=scale
                )
            )
        return persona_id, variant

    def curve(self, text: str, line: int) -> tuple[str | None, Variant]:
        variant: Variant = "as_is"
        names = []
        for part in (p.strip() for p in text.split(",")):
            if not part:
                continue
            if part.lower() in _VARIANT_WORDS:
                variant = _VARIANT_WORDS[part.lower()]
            else:
                names.append(part)
        if len(names) > 1:
            raise self.fail(line, f"a curve belongs to one persona, not {', '.join(names)}")
        if not names:
            return None, variant
        return self.persona_named(names[0], line).id, variant

    def persona_named(self, name: str, line: int) -> Persona:
        for persona in self.personas + self.new_personas:
            if persona.name.casefold() == name.casefold():
                return persona
        persona = self.model(Persona, line, id=self.ids.make("persona"), name=name)
        self.new_personas.append(persona)
        return persona

    def point(
        self, lane: Lane, step: Step, persona_id: str | None, variant: Variant, cell: str, line: int
    ) -> EmotionPoint:
        match = _SCORE.match(cell.strip())
        if match is None:
            raise self.fail(
                line, f"{cell.strip()[:30]!r} is not a score (a number, then an optional note)"
            )
        score = parse_number(match["score"])
        scale = lane.effective_scale
        if not scale.contains(score):
            raise self.fail(line, f"score {score:g} is outside the scale {scale.min}..{scale.max}")
        note = " ".join((match["note"] or "").split())
        return self.model(
            EmotionPoint,
            line,
            lane_id=lane.id,
            step_id=step.id,
            persona_id=persona_id,
            variant=variant,
            score=score,
            note=note,
        )

    def metric(self, lane: Lane, stage: Stage, text: str, line: int) -> Metric:
        match = _METRIC.match(text)
        if match is None:
            raise self.fail(
                line, f"{text[:40]!r} is not a metric (write 'Name: value unit (target X)')"
            )
        value = parse_number(match["value"]) if match["value"] else None
        target = parse_number(match["target"]) if match["target"] else None
        return self.model(
            Metric,
            line,
            id=self.ids.make("metric"),
            stage_id=stage.id,
            lane_id=lane.id,
            name=match["name"].strip(),
            value=value,
            unit=match["unit"].strip(),
            target=target,
            higher_is_better=match["op"] not in ("≤", "<="),
        )


def _filled_width(cells: list[str]) -> int:
    return max((index + 1 for index, cell in enumerate(cells) if cell.strip()), default=0)


def _lines(cell: str) -> list[str]:
    return [line.strip() for line in cell.splitlines() if line.strip()]


def parse_number(text: str) -> float:
    """A number as people type it: `12,000`, `1,234.5`, `2,5` (decimal comma), `−3`."""
    text = text.replace("−", "-").replace(" ", "").replace("\u00a0", "")
    if re.fullmatch(r"[-+]?\d{1,3}(,\d{3})+(\.\d+)?", text):
        text = text.replace(",", "")  # 12,000 or 1,234.5: thousands separators
    else:
        text = text.replace(",", ".")  # 2,5: a decimal comma
    return float(text)


# ---------------------------------------------------------------------------------------- writing


def format_number(value: float) -> str:
    """Write a number as short as it can be without losing anything: 3, 2.5, 0.125."""
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)


def map_to_csv(
    journey_map: JourneyMap, personas: list[Persona], *, delimiter: str = ","
) -> tuple[str, list[str]]:
    """The CSV grid of a map, and warnings about what the grid cannot carry."""
    warnings: list[str] = []
    steps = journey_map.steps()
    rows: list[list[str]] = []
    rows.append(
        [f"{journey_map.title} [{journey_map.kind}]"]
        + [
            stage.name if index == 0 else ""
            for stage in journey_map.stages
            for index in range(len(stage.steps))
        ]
    )
    if any(step.name for step in steps):
        rows.append(["Steps [steps]"] + [step.name for step in steps])
    persona_names = {p.id: p.name for p in personas}
    first_column = {stage.id: stage.steps[0].id for stage in journey_map.stages}
    column_of = {step.id: index for index, step in enumerate(steps)}
    cells: dict[tuple[str, str], list[str]] = {}
    flattened = 0
    for card in sorted(journey_map.cards, key=lambda c: c.order):
        text = " ".join(card.text.split())
        flattened += text != card.text.strip() and "\n" in card.text
        cells.setdefault((card.lane_id, card.step_id), []).append(text)
    if flattened:
        warnings.append(f"{flattened} card(s) with line breaks were written on one line")
    lost = sum(
        1
        for card in journey_map.cards
        if card.colour
        or card.tags
        or card.channel
        or card.owner
        or card.evidence
        or card.fail_point
        or card.duration_minutes is not None
        or card.image
        or card.votes
        or card.recovery
    )
    if lost:
        warnings.append(
            f"{lost} card(s) have details (colour, tags, evidence, ...) that CSV does not carry"
        )
    if journey_map.connectors:
        warnings.append(f"{len(journey_map.connectors)} connector(s) are not carried by CSV")
    dated = sum(1 for metric in journey_map.metrics if metric.readings)
    if dated:
        warnings.append(
            f"{dated} metric(s) have dated readings; CSV carries only their latest value"
        )

    for lane in journey_map.lanes:
        if lane.kind == "emotion":
            rows += _emotion_rows(journey_map, lane, steps, persona_names)
            continue
        label = (
            lane.title
            if lane.kind == "text" and not _BRACKETED.match(lane.title)
            else f"{lane.title} [{lane.kind}]"
        )
        row = [label] + [""] * len(steps)
        if lane.kind == "metrics":
            for metric in journey_map.metrics:
                if metric.lane_id == lane.id and metric.stage_id in first_column:
                    column = column_of[first_column[metric.stage_id]] + 1
                    row[column] = "\n".join(filter(None, [row[column], _metric_text(metric)]))
        else:
            for index, step in enumerate(steps, start=1):
                row[index] = "\n".join(cells.get((lane.id, step.id), []))
        rows.append(row)

    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue(), warnings


def _emotion_rows(
    journey_map: JourneyMap, lane: Lane, steps: list[Step], persona_names: dict[str, str]
) -> list[list[str]]:
    curves: dict[tuple[str | None, Variant], dict[str, EmotionPoint]] = {}
    for point in journey_map.emotion_points:
        if point.lane_id == lane.id:
            curves.setdefault((point.persona_id, point.variant), {})[point.step_id] = point
    if not curves:
        curves[(None, "as_is")] = {}
    scale = lane.effective_scale
    range_text = "" if lane.scale is None else f" {scale.min}..{scale.max}"
    rows = []
    for index, ((persona_id, variant), points) in enumerate(curves.items()):
        qualifiers = []
        if persona_id is not None:
            qualifiers.append(persona_names.get(persona_id, persona_id))
        if variant == "to_be":
            qualifiers.append("to-be")
        if index == 0 and not qualifiers:
            spec = f"emotion{range_text}"
        else:
            spec = f"emotion{range_text if index == 0 else ''}: {', '.join(qualifiers) or 'as-is'}"
        row = [f"{lane.title} [{spec}]"]
        for step in steps:
            found = points.get(step.id)
            row.append(
                ""
                if found is None
                else " ".join(
                    filter(None, [format_number(found.score), " ".join(found.note.split())])
                )
            )
        rows.append(row)
    return rows


def _metric_text(metric: Metric) -> str:
    text = f"{metric.name}:"
    if metric.value is not None:
        text += f" {format_number(metric.value)}"
        if metric.unit:
            text += metric.unit if metric.unit in ("%", "‰") else f" {metric.unit}"
    elif metric.unit:
        text += f" {metric.unit}"
    if metric.target is not None:
        text += f" (target {'' if metric.higher_is_better else '≤ '}{format_number(metric.target)})"
    return text
