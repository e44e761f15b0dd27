"""The scorecard of a map as PDF pages: scores, findings, the stage table and the funnel.

Drawn in chrome units like the persona pages. A long table continues on further pages; the
funnel follows the table. Status and highlights carry a shape or a word as well as a colour.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from journeydesigner.analysis.scorecard import Scorecard, StageScore
from journeydesigner.export.chrome import BODY, BODY_BOLD, HEADING, SMALL, SMALL_BOLD, label
from journeydesigner.export.mapdraw import status_marker
from journeydesigner.export.painter import Painter
from journeydesigner.layout.labels import ENGLISH, QT_TRANSLATE_NOOP, Labels
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


def _figure(labels: Labels, value: float | None, decimals: int = 2) -> str:
    return "–" if value is None else labels.number(value, decimals)


def scorecard_pages(
    card: Scorecard, width: float, bottom: float, labels: Labels = ENGLISH
) -> list[list[Op]]:
    """The drawing operations of each page of a map's scorecard, in the language of `labels`."""
    pages: list[list[Op]] = [[]]
    pages[0].append(partial(_summary, card=card, width=width, labels=labels))
    y = TOP + 190.0
    curves = _curve_columns(card)
    columns = _columns(width, len(curves))
    pages[-1].append(partial(_table_header, columns=columns, curves=curves, y=y, labels=labels))
    y += HEADER_ROW
    drop = card.largest_drop
    for stage in card.stages:
        if y + ROW > bottom:
            pages.append([])
            y = TOP
            pages[-1].append(
                partial(_table_header, columns=columns, curves=curves, y=y, labels=labels)
            )
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
                labels=labels,
            )
        )
        y += ROW
    more = _all_curve_count(card) - len(curves) if curves else 0
    if more > 0:
        pages[-1].append(partial(_note, text=labels.count("more", more), x=0.0, y=y + 6))
        y += 30
    if card.funnel is not None:
        funnel = card.funnel
        y += 30
        if y + 40 + FUNNEL_ROW * min(len(funnel.steps), 3) > bottom:
            pages.append([])
            y = TOP
        heading = labels.translate("pdf", "Funnel: {metric}").format(metric=funnel.metric)
        pages[-1].append(partial(_funnel_heading, text=heading, y=y, width=width))
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
                    labels=labels,
                )
            )
            y += FUNNEL_ROW
    return pages


# -- the summary -----------------------------------------------------------------------------------


PARTS = {
    "metrics": QT_TRANSLATE_NOOP("pdf", "metrics"),
    "emotion": QT_TRANSLATE_NOOP("pdf", "emotion"),
    "friction": QT_TRANSLATE_NOOP("pdf", "friction"),
}


def _summary(painter: Painter, card: Scorecard, width: float, labels: Labels) -> None:
    painter.text_in_box(card.title, 0, TOP, width, HEADING.line_height, HEADING, INK)
    y = TOP + HEADING.line_height + 14
    third = width / 3
    label(painter, labels.translate("pdf", "Journey score: metrics on target"), 0, y, third - 20)
    score = _figure(labels, card.journey_score, 1)
    shown = f"{score} %" if card.journey_score is not None else score
    painter.text_in_box(shown, 0, y + 20, third - 20, 60, BIG, INK)
    label(painter, labels.translate("pdf", "Overall score"), third, y, third - 20)
    overall = _figure(labels, card.overall_score, 1)
    shown = f"{overall} / 100" if card.overall_score is not None else overall
    painter.text_in_box(shown, third, y + 20, third - 20, 60, BIG, INK)
    parts = ", ".join(
        f"{labels.translate('pdf', PARTS[name])} {labels.number(value * 100, 0)} %"
        for name, value in card.parts.items()
    )
    if parts:
        painter.text_in_box(parts, third, y + 84, third - 20, 20, SMALL, INK_SECONDARY)
    label(painter, labels.translate("pdf", "Findings"), 2 * third, y, third)
    lowest = card.stage_name(card.lowest_emotion_stage)
    fy = y + 26
    if lowest:
        _triangle(painter, 2 * third + 8, fy + 12, FAIL)
        text = labels.translate("pdf", "Lowest emotion: {stage}").format(stage=lowest)
        painter.text_in_box(text, 2 * third + 22, fy, third - 22, 24, BODY, INK)
        fy += 30
    drop = card.largest_drop
    text = (
        labels.translate("pdf", "Largest drop: {start} → {end} ({change})").format(
            start=card.stage_name(drop.from_stage),
            end=card.stage_name(drop.to_stage),
            change=labels.number(drop.change),
        )
        if drop
        else labels.translate("pdf", "No drop in emotion between stages")
    )
    painter.text_in_box("↘", 2 * third, fy, 20, 24, BODY_BOLD, FAIL if drop else INK_TERTIARY)
    painter.text_in_box(text, 2 * third + 22, fy, third - 22, 24, BODY, INK)
    fy += 30
    if card.funnel and card.funnel.biggest_drop_off:
        name = card.stage_name(card.funnel.biggest_drop_off)
        text = labels.translate("pdf", "Biggest funnel drop-off: after {stage}").format(stage=name)
        painter.text_in_box(text, 2 * third + 22, fy, third - 22, 24, BODY, INK)


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
    curves = card.curves()
    # One curve is the stage average already: a column each only says something for several.
    return curves[:MAX_CURVES] if len(curves) > 1 else []


FIGURES = (
    ("pain_points", QT_TRANSLATE_NOOP("pdf", "Pain points")),
    ("opportunities", QT_TRANSLATE_NOOP("pdf", "Opportunities")),
    ("fail_points", QT_TRANSLATE_NOOP("pdf", "Fail points")),
    ("votes", QT_TRANSLATE_NOOP("pdf", "Votes")),
    ("metrics_on_target", QT_TRANSLATE_NOOP("pdf", "On target")),
    ("metrics_off_target", QT_TRANSLATE_NOOP("pdf", "Off target")),
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
    painter: Painter,
    columns: list[Column],
    curves: list[tuple[str | None, str, str]],
    y: float,
    labels: Labels,
) -> None:
    names = {
        "stage": labels.translate("pdf", "Stage"),
        "emotion": labels.translate("pdf", "Emotion (mean)"),
        **{key: labels.translate("pdf", text) for key, text in FIGURES},
    }
    for index, (_pid, variant, name) in enumerate(curves):
        names[f"curve{index}"] = labels.translate("pdf", "{name} ({variant})").format(
            name=name or labels.translate("pdf", "Map curve"),
            variant=labels.translate("pdf", "to-be")
            if variant == "to_be"
            else labels.translate("pdf", "as-is"),
        )
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
    labels: Labels,
) -> None:
    by_curve: dict[tuple[str | None, str], float] = {
        (c.persona_id, c.variant): c.average for c in stage.curves
    }
    values: dict[str, str] = {
        "stage": stage.name,
        "emotion": _figure(labels, stage.emotion_avg),
    }
    for index, (pid, variant, _name) in enumerate(curves):
        values[f"curve{index}"] = _figure(labels, by_curve.get((pid, variant)))
    for key, _ in FIGURES:
        values[key] = labels.number(getattr(stage, key))
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
            text = f"↘ {labels.number(dropped)}   {text}"
        style = CELL_BOLD if key == "emotion" and dropped is not None else CELL
        painter.text_in_box(text, x + 4, y, w - 8, ROW, style, INK, align="right")
    painter.line(0, y + ROW, columns[-1][1] + columns[-1][2], y + ROW, RULE_FAINT, 0.8)


def _note(painter: Painter, text: str, x: float, y: float) -> None:
    painter.text_in_box(text, x, y, 600, 20, SMALL, INK_TERTIARY)


# -- the funnel ------------------------------------------------------------------------------------


def _funnel_heading(painter: Painter, text: str, y: float, width: float) -> None:
    label(painter, text, 0, y, width)
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
    labels: Labels,
) -> None:
    name_width = max(200.0, width * 0.22)
    bar_x = name_width
    bar_width = width * 0.55
    shown = _figure(labels, value)
    painter.text_in_box(name, 4, y + 2, name_width - 8, 26, CELL_BOLD, INK)
    painter.text_in_box(shown, 4, y + 28, name_width - 8, 24, CELL, INK_SECONDARY)
    painter.rect(bar_x, y + 12, bar_width, 32, fill=RULE_FAINT, radius=4)
    if value is not None and top > 0:
        painter.rect(bar_x, y + 12, max(3.0, bar_width * value / top), 32, fill=ACCENT, radius=4)
    if worst:
        painter.rect(bar_x - 2, y + 10, bar_width + 4, 36, stroke=FAIL, line_width=2.5, radius=5)
    if conversion is not None:
        text = labels.translate("pdf", "{percent} % go on").format(
            percent=labels.number(conversion * 100, 1)
        )
        x = bar_x + bar_width + 16
        if worst:
            _triangle(painter, x + 8, y + 28, FAIL)
            text += " · " + labels.translate("pdf", "biggest drop-off")
            style = painter.shrunk(text, width - x - 22, CELL_BOLD, steps=4)
            painter.text_in_box(text, x + 22, y + 14, width - x - 22, 28, style, FAIL_TEXT)
        else:
            style = painter.shrunk(text, width - x, CELL, steps=4)
            painter.text_in_box(text, x, y + 14, width - x, 28, style, INK_SECONDARY)
