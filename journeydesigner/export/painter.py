"""A small y-down drawing surface over a reportlab canvas, in layout units.

The layout and the screen measure from the top left with y growing downwards; PDF measures from
the bottom left with y growing upwards. A Painter places its origin on the page, scales one unit
to `scale` points and flips y, so drawing code reads like the canvas items it mirrors.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfgen.canvas import Canvas

from journeydesigner.export.fonts import BundledFonts
from journeydesigner.layout.curves import Segment
from journeydesigner.layout.style import TextStyle
from journeydesigner.layout.text import CachedMeasure, elide

Point = tuple[float, float]


@cache
def colour(hex_colour: str) -> Color:
    """A reportlab colour from `#RRGGBB`."""
    return HexColor(hex_colour)


class Painter:
    """Draws on a canvas with the origin at (`left`, `top`) page points, y down, `scale` pt/unit."""

    def __init__(
        self,
        canvas: Canvas,
        fonts: BundledFonts,
        measure: CachedMeasure,
        left: float,
        top: float,
        scale: float,
    ) -> None:
        self.canvas = canvas
        self.fonts = fonts
        self.measure = measure
        self.left = left
        self.top = top
        self.scale = scale

    @contextmanager
    def session(self) -> Iterator[Painter]:
        """Apply the painter's origin and scale to the canvas while drawing."""
        canvas = self.canvas
        canvas.saveState()
        canvas.translate(self.left, self.top)
        canvas.scale(self.scale, self.scale)
        try:
            yield self
        finally:
            canvas.restoreState()

    @contextmanager
    def clipped(self, x: float, y: float, width: float, height: float) -> Iterator[None]:
        """Clip drawing to a box."""
        canvas = self.canvas
        canvas.saveState()
        path = canvas.beginPath()
        path.rect(x, -(y + height), width, height)
        canvas.clipPath(path, stroke=0, fill=0)
        try:
            yield
        finally:
            canvas.restoreState()

    @contextmanager
    def shifted(self, dx: float, dy: float) -> Iterator[None]:
        """Move the origin by (dx, dy) units."""
        canvas = self.canvas
        canvas.saveState()
        canvas.translate(dx, -dy)
        try:
            yield
        finally:
            canvas.restoreState()

    # -- shapes ----------------------------------------------------------------------------------

    def _pen(self, stroke: str | None, width: float, dash: Sequence[float] | None) -> None:
        canvas = self.canvas
        if stroke is not None:
            canvas.setStrokeColor(colour(stroke))
            canvas.setLineWidth(width)
            if dash:
                canvas.setDash(list(dash), 0)
            else:
                canvas.setDash([], 0)

    def rect(
        self,
        x: float,
        y: float,
        width: float,
        height: float,
        fill: str | None = None,
        stroke: str | None = None,
        line_width: float = 1.0,
        radius: float = 0.0,
        dash: Sequence[float] | None = None,
    ) -> None:
        """A box, optionally rounded, filled and/or outlined."""
        canvas = self.canvas
        if fill is not None:
            canvas.setFillColor(colour(fill))
        self._pen(stroke, line_width, dash)
        do_stroke, do_fill = int(stroke is not None), int(fill is not None)
        if radius > 0:
            canvas.roundRect(
                x, -(y + height), width, height, radius, stroke=do_stroke, fill=do_fill
            )
        else:
            canvas.rect(x, -(y + height), width, height, stroke=do_stroke, fill=do_fill)

    def line(
        self,
        x1: float,
        y1: float,
        x2: float,
        y2: float,
        stroke: str,
        line_width: float = 1.0,
        dash: Sequence[float] | None = None,
        round_cap: bool = False,
    ) -> None:
        """A straight line."""
        self._pen(stroke, line_width, dash)
        self.canvas.setLineCap(1 if round_cap else 0)
        self.canvas.line(x1, -y1, x2, -y2)
        if round_cap:
            self.canvas.setLineCap(0)

    def polygon(
        self,
        points: Sequence[Point],
        fill: str | None = None,
        stroke: str | None = None,
        line_width: float = 1.0,
        closed: bool = True,
        round_join: bool = False,
    ) -> None:
        """A polygon (or an open polyline when `closed` is False)."""
        canvas = self.canvas
        path = canvas.beginPath()
        path.moveTo(points[0][0], -points[0][1])
        for x, y in points[1:]:
            path.lineTo(x, -y)
        if closed:
            path.close()
        if fill is not None:
            canvas.setFillColor(colour(fill))
        self._pen(stroke, line_width, None)
        if round_join:
            canvas.setLineJoin(1)
            canvas.setLineCap(1)
        canvas.drawPath(path, stroke=int(stroke is not None), fill=int(fill is not None))
        if round_join:
            canvas.setLineJoin(0)
            canvas.setLineCap(0)

    def circle(
        self,
        cx: float,
        cy: float,
        radius: float,
        fill: str | None = None,
        stroke: str | None = None,
        line_width: float = 1.0,
        dash: Sequence[float] | None = None,
    ) -> None:
        """A circle or disc."""
        if fill is not None:
            self.canvas.setFillColor(colour(fill))
        self._pen(stroke, line_width, dash)
        self.canvas.circle(
            cx, -cy, radius, stroke=int(stroke is not None), fill=int(fill is not None)
        )

    def half_disc(self, cx: float, cy: float, radius: float, fill: str) -> None:
        """The left half of a disc."""
        canvas = self.canvas
        path = canvas.beginPath()
        path.moveTo(cx, -cy)
        path.arcTo(cx - radius, -cy - radius, cx + radius, -cy + radius, startAng=90, extent=180)
        path.close()
        canvas.setFillColor(colour(fill))
        canvas.drawPath(path, stroke=0, fill=1)

    def curve(
        self,
        start: Point,
        segments: Sequence[Segment],
        stroke: str,
        line_width: float,
        dash: Sequence[float] | None = None,
    ) -> None:
        """A smooth path of cubic Bézier segments, with round caps and joins."""
        canvas = self.canvas
        path = canvas.beginPath()
        path.moveTo(start[0], -start[1])
        for _, (x1, y1), (x2, y2), (x3, y3) in segments:
            path.curveTo(x1, -y1, x2, -y2, x3, -y3)
        self._pen(stroke, line_width, dash)
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        canvas.drawPath(path, stroke=1, fill=0)
        canvas.setLineCap(0)
        canvas.setLineJoin(0)
        canvas.setDash([], 0)

    # -- text ------------------------------------------------------------------------------------

    def text_width(self, text: str, style: TextStyle, tracking: float = 0.0) -> float:
        """The width of one line of text in units."""
        if tracking:
            return self.fonts.width(text, style.size, style.bold, style.italic, tracking)
        return self.measure.width(text, style)

    def text(
        self,
        x: float,
        baseline: float,
        text: str,
        style: TextStyle,
        ink: str,
        tracking: float = 0.0,
    ) -> float:
        """One line of text with its baseline at `baseline`; returns its width."""
        if not text:
            return 0.0
        self.canvas.setFillColor(colour(ink))
        self.canvas.setStrokeColor(colour(ink))
        self.canvas.setDash([], 0)
        return self.fonts.draw(
            self.canvas, x, -baseline, text, style.size, style.bold, style.italic, tracking
        )

    def shrunk(self, text: str, width: float, style: TextStyle, steps: int = 3) -> TextStyle:
        """`style`, a size or a few smaller when `text` would not fit `width` otherwise.

        Paper cannot scroll to a hidden end or show a tooltip: a little smaller beats cut off.
        """
        for size in range(style.size, style.size - steps - 1, -1):
            candidate = TextStyle(size, style.bold, style.italic)
            if self.measure.width(" ".join(text.split()), candidate) <= width:
                return candidate
        return TextStyle(style.size - steps, style.bold, style.italic)

    def baseline_in(self, top: float, height: float, style: TextStyle) -> float:
        """The baseline that centres one line of `style` in a band (like Qt's AlignVCenter)."""
        fonts = self.fonts
        return (
            top
            + (height - (fonts.ascent + fonts.descent) * style.size) / 2
            + (fonts.ascent * style.size)
        )

    def lines(
        self,
        lines: Sequence[str],
        x: float,
        y: float,
        style: TextStyle,
        ink: str,
    ) -> float:
        """Lines of text with the first line box's top at `y`; returns the y below the last."""
        line_height = style.line_height
        for index, line in enumerate(lines):
            baseline = self.baseline_in(y + index * line_height, line_height, style)
            self.text(x, baseline, line, style, ink)
        return y + len(lines) * line_height

    def text_in_box(
        self,
        text: str,
        x: float,
        y: float,
        width: float,
        height: float,
        style: TextStyle,
        ink: str,
        align: str = "left",
        tracking: float = 0.0,
    ) -> float:
        """One line centred vertically in a box, elided to its width; returns the drawn width."""
        if width <= 0:
            return 0.0
        shown = " ".join(text.split())
        if self.text_width(shown, style, tracking) > width:
            shown = elide(shown, width - tracking * 2, style, self.measure)
        drawn = self.text_width(shown, style, tracking)
        if align == "right":
            start = x + width - drawn
        elif align == "center":
            start = x + (width - drawn) / 2
        else:
            start = x
        self.text(start, self.baseline_in(y, height, style), shown, style, ink, tracking)
        return drawn
