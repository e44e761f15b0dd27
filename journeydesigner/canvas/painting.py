"""Small drawing helpers shared by the canvas items and presentation mode."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem

from journeydesigner.canvas.fonts import qfont
from journeydesigner.layout.style import (
    DEFAULT_METRICS,
    EDITOR_PALETTE,
    INK,
    Palette,
    TextStyle,
    darker,
)
from journeydesigner.layout.votes import vote_dots
from journeydesigner.model.elements import Evidence


@cache
def colour(hex_colour: str) -> QColor:
    """A QColor from `#RRGGBB` (cached: the same few colours are used thousands of times)."""
    return QColor(hex_colour)


@cache
def _metrics(style: TextStyle) -> QFontMetricsF:
    return QFontMetricsF(qfont(style))


def draw_lines(
    painter: QPainter,
    lines: tuple[str, ...] | list[str],
    x: float,
    y: float,
    style: TextStyle,
    ink: str = INK,
) -> float:
    """Draw lines of text with their tops at `y`; returns the y below the last line."""
    painter.setFont(qfont(style))
    painter.setPen(colour(ink))
    metrics = _metrics(style)
    line_height = style.line_height
    offset = (line_height - metrics.height()) / 2 + metrics.ascent()
    for index, line in enumerate(lines):
        painter.drawText(QPointF(x, y + index * line_height + offset), line)
    return y + len(lines) * line_height


TINY_TEXT = 3.0
"""Text under this many pixels high is not drawn: zoomed far out it is noise, and slow."""


def too_small(painter: QPainter, style: TextStyle) -> bool:
    """Whether text of this style would be under TINY_TEXT pixels high on this painter."""
    transform = painter.worldTransform()
    scale: float = abs(transform.m11() * transform.m22() - transform.m12() * transform.m21()) ** 0.5
    return style.size * scale < TINY_TEXT


def draw_text_line(
    painter: QPainter, text: str, rect: QRectF, style: TextStyle, ink: str, align: Qt.AlignmentFlag
) -> None:
    """Draw one line of text in a box, elided when too long (not at all when unreadably small)."""
    if too_small(painter, style):
        return
    painter.setFont(qfont(style))
    painter.setPen(colour(ink))
    shown = _metrics(style).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), shown)


def evidence_marker(
    painter: QPainter, centre: QPointF, radius: float, evidence: Evidence, ink: str
) -> None:
    """Observed: a filled disc; assumed: half filled; proposed: a dashed ring (shape, no colour)."""
    pen = QPen(colour(ink), 1.2)
    box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
    if evidence == "proposed":
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setDashPattern([2.0, 1.6])
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box)
        return
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush if evidence == "assumed" else QBrush(colour(ink)))
    painter.drawEllipse(box)
    if evidence == "assumed":
        half = QPainterPath()
        half.moveTo(centre)
        half.arcTo(box, 90, 180)
        half.closeSubpath()
        painter.fillPath(half, colour(ink))


def fail_marker(painter: QPainter, centre: QPointF, size: float, fill: str) -> None:
    """A warning triangle with an exclamation mark."""
    half = size / 2
    triangle = QPolygonF(
        [
            QPointF(centre.x(), centre.y() - half),
            QPointF(centre.x() + half, centre.y() + half * 0.85),
            QPointF(centre.x() - half, centre.y() + half * 0.85),
        ]
    )
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour(fill))
    painter.drawPolygon(triangle)
    painter.setPen(QPen(QColor("#FFFFFF"), max(1.0, size / 8)))
    painter.drawLine(
        QPointF(centre.x(), centre.y() - half * 0.35), QPointF(centre.x(), centre.y() + half * 0.3)
    )
    painter.drawPoint(QPointF(centre.x(), centre.y() + half * 0.6))


def curve_marker(
    painter: QPainter,
    centre: QPointF,
    size: float,
    shape: str,
    ink: str,
    hollow: bool,
    ground: str = "#FFFFFF",
) -> None:
    """A curve's point marker; the shape tells curves apart without colour.

    A hollow marker is filled with the `ground` it sits on, so it reads hollow on dark too.
    """
    half = size / 2
    painter.setPen(QPen(colour(ink), 2.0))
    painter.setBrush(QBrush(colour(ground)) if hollow else QBrush(colour(ink)))
    x, y = centre.x(), centre.y()
    if shape == "diamond":
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(x, y - half),
                    QPointF(x + half, y),
                    QPointF(x, y + half),
                    QPointF(x - half, y),
                ]
            )
        )
    elif shape == "square":
        painter.drawRect(QRectF(x - half * 0.8, y - half * 0.8, size * 0.8, size * 0.8))
    elif shape == "triangle":
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(x, y - half),
                    QPointF(x + half, y + half * 0.8),
                    QPointF(x - half, y + half * 0.8),
                ]
            )
        )
    elif shape == "cross":
        painter.drawLine(QPointF(x - half, y - half), QPointF(x + half, y + half))
        painter.drawLine(QPointF(x - half, y + half), QPointF(x + half, y - half))
    else:
        painter.drawEllipse(centre, half * 0.8, half * 0.8)


def palette_of(item: QGraphicsItem) -> Palette:
    """The palette an item is painted in: its scene's theme, else the editor's."""
    scene = item.scene()
    palette = getattr(scene, "theme_palette", None)
    return palette if isinstance(palette, Palette) else EDITOR_PALETTE


def paint_votes(
    painter: QPainter, votes: int, rect: QRectF, padding: float, footer: float, palette: Palette
) -> None:
    """A card's dot stickers in the band above its footer, with the count when there are many."""
    dots = vote_dots(votes, rect.width(), rect.height(), padding, footer)
    painter.setPen(QPen(colour(darker(palette.vote, 0.7)), 1.0))
    painter.setBrush(colour(palette.vote))
    for x, y in dots.centres:
        painter.drawEllipse(QPointF(rect.x() + x, rect.y() + y), dots.radius, dots.radius)
    if dots.label:
        style = DEFAULT_METRICS.card_meta
        box = QRectF(rect.x() + dots.label_x, rect.y() + dots.band_top, 60, dots.radius * 2 + 4)
        draw_text_line(
            painter,
            dots.label,
            box,
            TextStyle(style.size, bold=True),
            palette.vote,
            Qt.AlignmentFlag.AlignLeft,
        )


def status_marker(
    painter: QPainter,
    centre: QPointF,
    status: str,
    scale: float = 1.0,
    palette: Palette = EDITOR_PALETTE,
) -> None:
    """A metric's status by shape as well as colour: a green disc with a tick ("on"), a
    vermillion diamond with a cross ("off"), a grey ring with a dash ("none": no target)."""
    x, y = centre.x(), centre.y()
    white = QPen(QColor("#FFFFFF"), 1.8 * scale)
    white.setCapStyle(Qt.PenCapStyle.RoundCap)
    white.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if status == "on":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour(palette.on_target))
        painter.drawEllipse(centre, 7 * scale, 7 * scale)
        painter.setPen(white)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(
            QPolygonF(
                [
                    QPointF(x - 3.5 * scale, y),
                    QPointF(x - 1 * scale, y + 2.5 * scale),
                    QPointF(x + 3.5 * scale, y - 2.5 * scale),
                ]
            )
        )
    elif status == "off":
        r, d = 7.5 * scale, 2.5 * scale
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour(palette.fail))
        painter.drawPolygon(
            QPolygonF([QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r), QPointF(x - r, y)])
        )
        painter.setPen(white)
        painter.drawLine(QPointF(x - d, y - d), QPointF(x + d, y + d))
        painter.drawLine(QPointF(x - d, y + d), QPointF(x + d, y - d))
    else:
        pen = QPen(colour(palette.neutral_line), 1.5 * scale)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, 6.25 * scale, 6.25 * scale)
        pen.setWidthF(1.8 * scale)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(QPointF(x - 3 * scale, y), QPointF(x + 3 * scale, y))
