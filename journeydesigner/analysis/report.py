"""The scorecard written out: as JSON data, as a CSV table and as plain text for a terminal."""

from __future__ import annotations

import csv
import io
from typing import Any

from journeydesigner.analysis.scorecard import Scorecard

COLUMNS = (
    "stage",
    "emotion_avg",
    "pain_points",
    "opportunities",
    "fail_points",
    "votes",
    "metrics_on_target",
    "metrics_off_target",
    "funnel_value",
    "conversion_to_next",
)


def _round(value: float | None, places: int = 4) -> float | None:
    # Enough for any figure a person reads; spares scripts 0.30000000000000004.
    return None if value is None else round(value, places)


def scorecard_data(card: Scorecard) -> dict[str, Any]:
    """The scorecard as JSON-ready data (the shape `journeydesigner scorecard --format json`
    prints)."""
    funnel = card.funnel
    name = card.stage_name
    return {
        "map": card.title,
        "map_id": card.map_id,
        "journey_score": _round(card.journey_score, 2),
        "overall_score": _round(card.overall_score, 2),
        "score_parts": {part: _round(value) for part, value in card.parts.items()},
        "lowest_emotion_stage": name(card.lowest_emotion_stage),
        "moments_of_truth": [
            {"from": name(d.from_stage), "to": name(d.to_stage), "change": _round(d.change)}
            for d in card.drops
        ],
        "funnel": None
        if funnel is None
        else {
            "metric": funnel.metric,
            "stages": [
                {"name": s.name, "value": s.value, "conversion": _round(s.conversion)}
                for s in funnel.steps
            ],
            "biggest_drop_off": name(funnel.biggest_drop_off),
        },
        "stages": [
            {
                "name": s.name,
                "emotion_avg": _round(s.emotion_avg),
                "emotion_by_curve": [
                    {
                        "persona": c.persona_name or None,
                        "variant": c.variant,
                        "average": _round(c.average),
                    }
                    for c in s.curves
                ],
                "pain_points": s.pain_points,
                "opportunities": s.opportunities,
                "fail_points": s.fail_points,
                "votes": s.votes,
                "metrics_on_target": s.metrics_on_target,
                "metrics_off_target": s.metrics_off_target,
            }
            for s in card.stages
        ],
    }


def number_text(value: float | None, places: int = 2) -> str:
    """A figure as short text: `-0.5`, `63.64`, `12`; empty for None."""
    if value is None:
        return ""
    text = f"{value:.{places}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def scorecard_rows(card: Scorecard) -> list[list[str]]:
    """The scorecard as a table: a header, a row per stage, then the map's own figures."""
    funnel = {s.stage_id: s for s in card.funnel.steps} if card.funnel else {}
    rows = [list(COLUMNS)]
    for s in card.stages:
        step = funnel.get(s.stage_id)
        rows.append(
            [
                s.name,
                number_text(s.emotion_avg),
                str(s.pain_points),
                str(s.opportunities),
                str(s.fail_points),
                str(s.votes),
                str(s.metrics_on_target),
                str(s.metrics_off_target),
                number_text(step.value) if step else "",
                number_text(step.conversion * 100 if step and step.conversion is not None else None)
                + ("%" if step and step.conversion is not None else ""),
            ]
        )
    drop = card.largest_drop
    between = (
        f"{card.stage_name(drop.from_stage)} → {card.stage_name(drop.to_stage)}" if drop else ""
    )
    rows.append([])
    rows.append(["journey_score", number_text(card.journey_score)])
    rows.append(["overall_score", number_text(card.overall_score)])
    rows.append(["lowest_emotion_stage", card.stage_name(card.lowest_emotion_stage) or ""])
    rows.append(
        [
            "largest_drop",
            between,
            number_text(drop.change) if drop else "",
        ]
    )
    if card.funnel:
        rows.append(["funnel_metric", card.funnel.metric])
        rows.append(["biggest_drop_off", card.stage_name(card.funnel.biggest_drop_off) or ""])
    return rows


def scorecard_csv(card: Scorecard, delimiter: str = ",") -> str:
    """The scorecard table as CSV text."""
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(scorecard_rows(card))
    return out.getvalue()


def scorecard_text(card: Scorecard) -> str:
    """The scorecard for a terminal: the stage table in aligned columns, then the summary."""
    headers = ["Stage", "Emotion", "Pains", "Opport.", "Fails", "Votes", "On", "Off"]
    table = [headers] + [row[:8] for row in scorecard_rows(card)[1 : len(card.stages) + 1]]
    widths = [max(len(row[i]) for row in table) for i in range(len(headers))]
    lines = [f"{card.title}"]
    for row in table:
        figures = zip(row[1:], widths[1:], strict=True)
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in figures]
        lines.append("  ".join(cells).rstrip())
    lines.append("")
    score = number_text(card.journey_score)
    lines.append(f"Journey score (metrics on target): {score + ' %' if score else 'none'}")
    overall = number_text(card.overall_score)
    lines.append(f"Overall score: {overall + ' / 100' if overall else 'none'}")
    lines.append(f"Lowest emotion: {card.stage_name(card.lowest_emotion_stage) or 'none'}")
    drop = card.largest_drop
    if drop:
        lines.append(
            f"Largest drop: {card.stage_name(drop.from_stage)} → "
            f"{card.stage_name(drop.to_stage)} ({number_text(drop.change)})"
        )
    else:
        lines.append("Largest drop: none")
    if card.funnel:
        lines.append(f"Funnel ({card.funnel.metric}):")
        for step in card.funnel.steps:
            conversion = (
                f" → {number_text(step.conversion * 100, 1)} %"
                if step.conversion is not None
                else ""
            )
            marker = "  ← biggest drop-off" if step.stage_id == card.funnel.biggest_drop_off else ""
            lines.append(f"  {step.name}: {number_text(step.value) or '–'}{conversion}{marker}")
    return "\n".join(lines) + "\n"
