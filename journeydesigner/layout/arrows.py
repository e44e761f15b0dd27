"""Arrowheads for connectors, as plain triangles every renderer can fill."""

from __future__ import annotations

import itertools
import math

Point = tuple[float, float]


def arrow_head(
    tail: Point, tip: Point, length: float = 9.0, width: float = 7.0
) -> tuple[Point, Point, Point]:
    """The triangle of an arrowhead pointing from `tail` to `tip`, with its point at `tip`."""
    dx, dy = tip[0] - tail[0], tip[1] - tail[1]
    distance = math.hypot(dx, dy) or 1.0
    ux, uy = dx / distance, dy / distance
    base = (tip[0] - ux * length, tip[1] - uy * length)
    half = width / 2
    return (
        tip,
        (base[0] - uy * half, base[1] + ux * half),
        (base[0] + uy * half, base[1] - ux * half),
    )


def label_origin(points: tuple[Point, ...], width: float, height: float) -> Point:
    """Top-left corner of a connector's label: beside the middle of its longest segment,
    above it when the segment runs across and to its right when it runs down, so the label
    never sits on the line or on the cards the line joins."""
    start, end = max(
        itertools.pairwise(points),
        key=lambda pair: math.hypot(pair[1][0] - pair[0][0], pair[1][1] - pair[0][1]),
    )
    x, y = (start[0] + end[0]) / 2, (start[1] + end[1]) / 2
    if abs(end[0] - start[0]) >= abs(end[1] - start[1]):
        return x - width / 2, y - height - 2
    return x + 5, y - height / 2
