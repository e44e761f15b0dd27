"""The scorecard of a map as PDF pages: scores, findings, the stage table and the funnel.

Drawn in chrome units like the persona pages. A long table continues on further pages; the
funnel follows the table. Status and highlights carry a shape or a word as well as a colour.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from journeydesigner.analysis.report import number_text
from journeydesigner.analysis.scorecard import Scorecard, StageScore
from journeydesigner.export.chrome import BODY, BODY_BOLD, HEADING, SMALL, SMALL_BOLD, label
from journeydesigner.export.mapdraw import status_marker
from journeydesigner.export.painter import Painter
from journeydesigner.layout.chips import format_number
from journeydesigner.layout.style import (
    ACCENT,
    FAIL,
    INK,
    INK_SECONDARY,
    INK_TERTIARY,
    RULE,
    RULE_FAINT,
    TextStyle,
)

Op = Callable[[Painter], None]

BIG = TextStyle(44, bold=True)
ROW = 38.0
HEADER_ROW = 44.0
FUNNEL_ROW = 60.0
CELL = TextStyle(19)
CELL_BOLD = TextStyle(19, bold=True)
HEAD = TextStyle(15, bold=True)
MAX_CURVES = 6
LOW_TINT = "#FDE9DC"
FAIL_TEXT = "#A84300"
"""Vermillion darkened to 6:1 on white, for words; the plain fail colour is for shapes."""
TOP = 40.0
"""Where the content starts below the page label."""


def wants_scorecard(card: Scorecard, has_metrics: bool, has_points: bool) -> bool:
    """A map gets a scorecard page when it has metrics or emotion points to score."""
    return bool(card.stages) and (has_metrics or has_points)


def scorecard_pages(card: Scorecard, width: float, bottom: float) -> list[list[Op]]:
    """The drawing operations of each page of a map's scorecard."""
    pages: list[list[Op]] = [[]]
    pages[0].append(partial(_summary, card=card, width=width))
    y = TOP + 190.0
    curves = _curve_columns(card)
    columns = _columns(width, len(curves))
    pages[-1].append(partial(_table_header, columns=columns, curves=curves, y=y))
    y += HEADER_ROW
    drop = card.largest_drop
    for stage in card.stages:
        if y + ROW > bottom:
            pages.append([])
            y = TOP
            pages[-1].append(partial(_table_header, columns=columns, curves=curves, y=y))
            y += HEADER_ROW
        pages[-1].append(
            partial(
                _table_row,
                stage=stage,
                columns=columns,
                curves=curves,
                y=y,
                lowest=stage.stage_id == card.lowest_emotion_stage,
                dropped=drop.change if drop and drop.to_stage == stage.stage_id else None,
            )
        )
        y += ROW
    more = _all_curve_count(card) - len(curves) if curves else 0
    if more > 0:
        pages[-1].append(
            partial(_note, text=f"and {more} more curve(s), not shown", x=0.0, y=y + 6)
        )
        y += 30
    if card.funnel is not None:
        funnel = card.funnel
        y += 30
        if y + 40 + FUNNEL_ROW * min(len(funnel.steps), 3) > bottom:
            pages.append([])
            y = TOP
        pages[-1].append(partial(_funnel_heading, metric=funnel.metric, y=y, width=width))
        y += 40
        top = max((s.value for s in funnel.steps if s.value is not None), default=0.0)
        for step in funnel.steps:
            if y + FUNNEL_ROW > bottom:
                pages.append([])
                y = TOP
            pages[-1].append(
                partial(
                    _funnel_row,
                    name=step.name,
                    value=step.value,
                    conversion=step.conversion,
                    worst=step.stage_id == funnel.biggest_drop_off,
                    top=top,
                    y=y,
                    width=width,
                )
            )
            y += FUNNEL_ROW
    return pages


# -- the summary -----------------------------------------------------------------------------------


def _summary(painter: Painter, card: Scorecard, width: float) -> None:
    painter.text_in_box(card.title, 0, TOP, width, HEADING.line_height, HEADING, INK)
    y = TOP + HEADING.line_height + 14
    third = width / 3
    label(painter, "Journey score: metrics on target", 0, y, third - 20)
    score = number_text(card.journey_score, 1)
    painter.text_in_box(f"{score} %" if score else "–", 0, y + 20, third - 20, 60, BIG, INK)
    label(painter, "Overall score", third, y, third - 20)
    overall = number_text(card.overall_score, 1)
    painter.text_in_box(
        f"{overall} / 100" if overall else "–", third, y + 20, third - 20, 60, BIG, INK
    )
    parts = ", ".join(
        f"{name} {number_text(value * 100, 0)} %" for name, value in card.parts.items()
    )
    if parts:
        painter.text_in_box(parts, third, y + 84, third - 20, 20, SMALL, INK_SECONDARY)
    label(painter, "Findings", 2 * third, y, third)
    lowest = card.stage_name(card.lowest_emotion_stage)
    fy = y + 26
    if lowest:
        _triangle(painter, 2 * third + 8, fy + 12, FAIL)
        painter.text_in_box(
            f"Lowest emotion: {lowest}", 2 * third + 22, fy, third - 22, 24, BODY, INK
        )
        fy += 30
    drop = card.largest_drop
    text = (
        f"Largest drop: {card.stage_name(drop.from_stage)} → {card.stage_name(drop.to_stage)} "
        f"({number_text(drop.change)})"
        if drop
        else "No drop in emotion between stages"
    )
    painter.text_in_box("↘", 2 * third, fy, 20, 24, BODY_BOLD, FAIL if drop else INK_TERTIARY)
    painter.text_in_box(text, 2 * third + 22, fy, third - 22, 24, BODY, INK)
    fy += 30
    if card.funnel and card.funnel.biggest_drop_off:
        name = card.stage_name(card.funnel.biggest_drop_off)
        painter.text_in_box(
            f"Biggest funnel drop-off: after {name}", 2 * third + 22, fy, third - 22, 24, BODY, INK
        )


def _triangle(painter: Painter, cx: float, cy: float, fill: str, size: float = 7.0) -> None:
    """A downward triangle: the marker of the lowest stage (a shape, not only a colour)."""
    painter.polygon(
        [(cx - size, cy - size * 0.6), (cx + size, cy - size * 0.6), (cx, cy + size * 0.8)],
        fill=fill,
    )


# -- the table -------------------------------------------------------------------------------------

Column = tuple[str, float, float]
"""(key, x, width)."""


def _all_curve_count(card: Scorecard) -> int:
    return len({(c.persona_id, c.variant) for s in card.stages for c in s.curves})


def _curve_columns(card: Scorecard) -> list[tuple[str | None, str, str]]:
    curves: list[tuple[str | None, str, str]] = []
    for stage in card.stages:
        for curve in stage.curves:
            key = (curve.persona_id, curve.variant, curve.persona_name)
            if key not in curves:
                curves.append(key)
    # One curve is the stage average already: a column each only says something for several.
    return curves[:MAX_CURVES] if len(curves) > 1 else []


FIGURES = (
    ("pain_points", "Pain points"),
    ("opportunities", "Opportunities"),
    ("fail_points", "Fail points"),
    ("votes", "Votes"),
    ("metrics_on_target", "On target"),
    ("metrics_off_target", "Off target"),
)


def _columns(width: float, curves: int) -> list[Column]:
    stage_width = max(200.0, width * 0.22)
    rest = width - stage_width
    count = 1 + curves + len(FIGURES)
    each = rest / count
    keys = ["emotion"] + [f"curve{i}" for i in range(curves)] + [key for key, _ in FIGURES]
    columns: list[Column] = [("stage", 0.0, stage_width)]
    columns += [(key, stage_width + i * each, each) for i, key in enumerate(keys)]
    return columns


def _table_header(
    painter: Painter, columns: list[Column], curves: list[tuple[str | None, str, str]], y: float
) -> None:
    names = {"stage": "Stage", "emotion": "Emotion (mean)", **dict(FIGURES)}
    for index, (_pid, variant, name) in enumerate(curves):
        names[f"curve{index}"] = f"{name or 'Map'} ({'to-be' if variant == 'to_be' else 'as-is'})"
    for key, x, w in columns:
        align = "left" if key == "stage" else "right"
        text = names[key]
        marked = key in ("metrics_on_target", "metrics_off_target")
        room = w - 8 - (18 if marked else 0)  # the status shape sits left of its heading
        style = painter.shrunk(text, room, SMALL_BOLD, steps=3)
        drawn = painter.text_in_box(
            text, x + 4, y + 10, w - 8, 20, style, INK_SECONDARY, align=align
        )
        if marked:
            status_marker(painter, x + w - 4 - drawn - 12, y + 25, key == "metrics_on_target", 0.9)
    painter.line(
        0,
        y + HEADER_ROW - 2,
        columns[-1][1] + columns[-1][2],
        y + HEADER_ROW - 2,
        INK_TERTIARY,
        1.0,
    )


def _table_row(
    painter: Painter,
    stage: StageScore,
    columns: list[Column],
    curves: list[tuple[str | None, str, str]],
    y: float,
    lowest: bool,
    dropped: float | None,
) -> None:
    by_curve: dict[tuple[str | None, str], float] = {
        (c.persona_id, c.variant): c.average for c in stage.curves
    }
    values: dict[str, str] = {
        "stage": stage.name,
        "emotion": number_text(stage.emotion_avg) or "–",
    }
    for index, (pid, variant, _name) in enumerate(curves):
        values[f"curve{index}"] = number_text(by_curve.get((pid, variant))) or "–"
    for key, _ in FIGURES:
        values[key] = str(getattr(stage, key))
    for key, x, w in columns:
        tinted = (key == "stage" and lowest) or (key == "emotion" and dropped is not None)
        if tinted:
            painter.rect(x, y + 1, w, ROW - 2, fill=LOW_TINT)
        text = values[key]
        if key == "stage":
            inset = 0.0
            if lowest:
                _triangle(painter, x + 10, y + ROW / 2, FAIL, size=6)
                inset = 18.0
            style = CELL_BOLD if lowest else CELL
            painter.text_in_box(text, x + 4 + inset, y, w - 8 - inset, ROW, style, INK)
            continue
        if key == "emotion" and dropped is not None:
            text = f"↘ {number_text(dropped)}   {text}"
        style = CELL_BOLD if key == "emotion" and dropped is not None else CELL
        painter.text_in_box(text, x + 4, y, w - 8, ROW, style, INK, align="right")
    painter.line(0, y + ROW, columns[-1][1] + columns[-1][2], y + ROW, RULE_FAINT, 0.8)


def _note(painter: Painter, text: str, x: float, y: float) -> None:
    painter.text_in_box(text, x, y, 600, 20, SMALL, INK_TERTIARY)


# -- the funnel ------------------------------------------------------------------------------------


def _funnel_heading(painter: Painter, metric: str, y: float, width: float) -> None:
    label(painter, f"Funnel: {metric}", 0, y, width)
    painter.line(0, y + 22, width, y + 22, RULE, 0.8)


def _funnel_row(
    painter: Painter,
    name: str,
    value: float | None,
    conversion: float | None,
    worst: bool,
    top: float,
    y: float,
    width: float,
) -> None:
    name_width = max(200.0, width * 0.22)
    bar_x = name_width
    bar_width = width * 0.55
    shown = format_number(value) if value is not None else "–"
    painter.text_in_box(name, 4, y + 2, name_width - 8, 26, CELL_BOLD, INK)
    painter.text_in_box(shown, 4, y + 28, name_width - 8, 24, CELL, INK_SECONDARY)
    painter.rect(bar_x, y + 12, bar_width, 32, fill=RULE_FAINT, radius=4)
    if value is not None and top > 0:
        painter.rect(bar_x, y + 12, max(3.0, bar_width * value / top), 32, fill=ACCENT, radius=4)
    if worst:
        painter.rect(bar_x - 2, y + 10, bar_width + 4, 36, stroke=FAIL, line_width=2.5, radius=5)
    if conversion is not None:
        text = f"{number_text(conversion * 100, 1)} % go on"
        x = bar_x + bar_width + 16
        if worst:
            _triangle(painter, x + 8, y + 23, FAIL)
            painter.text_in_box(
                text + " · biggest drop-off",
                x + 22,
                y + 10,
                width - x - 22,
                26,
                BODY_BOLD,
                FAIL_TEXT,
            )
        else:
            painter.text_in_box(text, x, y + 10, width - x, 26, BODY, INK_SECONDARY)
