"""Smooth emotion curves that never overshoot: monotone cubic (Fritsch–Carlson) segments.

A plain spline through -2, +2, -2 swings past the scale; a monotone one stays between
neighbouring points, so a curve never claims a feeling nobody had.
"""

from __future__ import annotations

Point = tuple[float, float]
Segment = tuple[Point, Point, Point, Point]
"""A cubic Bézier: start, first control, second control, end."""


def smooth_segments(points: list[Point]) -> list[Segment]:
    """Cubic Bézier segments through points sorted by x, never leaving each segment's y range."""
    count = len(points)
    if count < 2:
        return []
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    slopes = []
    for i in range(count - 1):
        dx = xs[i + 1] - xs[i]
        slopes.append((ys[i + 1] - ys[i]) / dx if dx else 0.0)
    tangents = [slopes[0]] + [0.0] * (count - 2) + [slopes[-1]]
    for i in range(1, count - 1):
        before, after = slopes[i - 1], slopes[i]
        tangents[i] = 0.0 if before * after <= 0 else (before + after) / 2
    for i, slope in enumerate(slopes):
        if slope == 0:
            tangents[i] = tangents[i + 1] = 0.0
            continue
        a, b = tangents[i] / slope, tangents[i + 1] / slope
        magnitude = a * a + b * b
        if magnitude > 9:
            scale = 3 / magnitude**0.5
            tangents[i], tangents[i + 1] = scale * a * slope, scale * b * slope
    segments = []
    for i in range(count - 1):
        third = (xs[i + 1] - xs[i]) / 3
        segments.append(
            (
                points[i],
                (xs[i] + third, ys[i] + tangents[i] * third),
                (xs[i + 1] - third, ys[i + 1] - tangents[i + 1] * third),
                points[i + 1],
            )
        )
    return segments
