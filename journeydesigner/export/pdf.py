"""PDF export: maps as vector drawings, fitted to one page, tiled, or one stage per page.

`render_pdf` lays each map out with `layout_map` and the reportlab text measure (so lines break
exactly as they print), plans every page first (so footers can say "page x of y"), then draws
with reportlab's canvas API into memory. `export_pdf` writes the bytes atomically. User text is
only ever drawn as text with the bundled fonts: never as Paragraph markup, so `<img src=...>`
prints as those characters and nothing can read a file or add a link.
"""

from __future__ import annotations

import io
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Literal

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from journeydesigner import APP_NAME, __version__
from journeydesigner.analysis.scorecard import compute_scorecard
from journeydesigner.export import ExportError
from journeydesigner.export.chrome import (
    BODY,
    BODY_BOLD,
    FOOTER_HEIGHT,
    HEADING,
    NAME,
    SMALL,
    SUMMARY,
    TitleBlock,
    chip,
    clamp_lines,
    draw_avatar,
    draw_footer,
    draw_note,
    family_name,
    label,
    project_date,
)
from journeydesigner.export.fonts import REPLACEMENT, BundledFonts, ReportlabMeasure, bundled_fonts
from journeydesigner.export.mapdraw import (
    MapDrawing,
    View,
    draw_map,
    kind_name,
    page_extent,
    whole_view,
)
from journeydesigner.export.painter import Painter
from journeydesigner.export.scorecard_page import scorecard_pages, wants_scorecard
from journeydesigner.layout.grid import MapLayout, layout_map
from journeydesigner.layout.labels import ENGLISH, Labels
from journeydesigner.layout.style import (
    DEFAULT_METRICS,
    INK,
    INK_SECONDARY,
    INK_TERTIARY,
    RULE,
    TextStyle,
)
from journeydesigner.layout.text import CachedMeasure, wrap
from journeydesigner.model.elements import Persona
from journeydesigner.model.project import JourneyMap, Project

Mode = Literal["fit", "tile", "per-stage"]
MODES: tuple[Mode, ...] = ("fit", "tile", "per-stage")

PAGE_SIZES: dict[str, tuple[float, float]] = {
    "A4": (210 * mm, 297 * mm),
    "A3": (297 * mm, 420 * mm),
    "A2": (420 * mm, 594 * mm),
    "A1": (594 * mm, 841 * mm),
    "A0": (841 * mm, 1189 * mm),
    "letter": (612.0, 792.0),
    "tabloid": (792.0, 1224.0),
}
"""Named sizes in points, short side first."""
CUSTOM_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*[x×]\s*(\d+(?:\.\d+)?)\s*mm\s*$", re.IGNORECASE)
CUSTOM_LIMITS_MM = (50.0, 5000.0)
"""Smallest and largest side of a custom page (PDF viewers cope with up to about 5 m)."""

A3_SHORT = 297 * mm
MIN_CARD_TEXT_PT = 6.0
"""Below this, card text is unreadable on paper: fit refuses rather than print it."""
TILE_CARD_TEXT_PT = 8.0
"""Tiles print at the design's A3 size: card text 8 pt."""
FIT_CARD_TEXT_MAX_PT = 10.0
"""Fit does not blow a small map up past this card text size (at A3; more on larger pages)."""


class PageSizeError(ValueError):
    """A page size that is neither a known name nor `WxHmm`."""


@dataclass(frozen=True)
class PageSetup:
    """A page size and orientation, in points."""

    name: str
    width: float
    height: float

    @property
    def landscape(self) -> bool:
        return self.width > self.height

    @property
    def label(self) -> str:
        """`A3 landscape`."""
        return f"{self.name} {'landscape' if self.landscape else 'portrait'}"

    @property
    def ratio(self) -> float:
        """How much larger than A3 the page is, by its short side."""
        return min(self.width, self.height) / A3_SHORT

    @property
    def factor(self) -> float:
        """How much titles and labels grow with the page: A3 is 1, never below 0.9 (A4 gets
        slightly smaller type, not unreadable type), at most 4."""
        return min(max(self.ratio, 0.9), 4.0)


def page_setup(name: str = "A3", *, portrait: bool = False) -> PageSetup:
    """A named (`A4`, `letter`...) or custom (`500x300mm`) page, landscape unless `portrait`."""
    known = {key.lower(): key for key in PAGE_SIZES}
    canonical = known.get(name.strip().lower())
    if canonical is not None:
        short, long = PAGE_SIZES[canonical]
    else:
        match = CUSTOM_SIZE.match(name)
        if match is None:
            raise PageSizeError(
                f"unknown page size '{name}'; use A4, A3, A2, A1, A0, letter, tabloid "
                "or a size in millimetres such as 600x400mm"
            )
        sides = sorted(float(value) for value in match.groups())
        low, high = CUSTOM_LIMITS_MM
        if sides[0] < low or sides[1] > high:
            raise PageSizeError(
                f"page size '{name}' is out of range; each side must be {low:g} to {high:g} mm"
            )
        short, long = sides[0] * mm, sides[1] * mm
        canonical = f"{match.group(1)}×{match.group(2)} mm"
    if portrait:
        return PageSetup(canonical, short, long)
    return PageSetup(canonical, long, short)


@dataclass(frozen=True)
class PdfOptions:
    """How to print: page size and orientation, and fit, tile or per-stage."""

    page: PageSetup = field(default_factory=page_setup)
    mode: Mode = "fit"
    persona_pages: bool = False
    """Add a page per persona after the maps (the default when exporting a whole project)."""
    scorecard: bool = False
    """After each map that has metrics or emotion points, add its scorecard page (the command
    line and the export dialog turn this on unless asked not to)."""
    labels: Labels = ENGLISH
    """The language of the words around the map (title block, legend, footer), and its numbers."""


@dataclass
class PdfResult:
    """The PDF in memory, with its page count and what could not be printed faithfully."""

    data: bytes
    pages: int
    warnings: list[str]


# -- the public entry points -----------------------------------------------------------------------


def _planned(
    project: Project,
    maps: Sequence[JourneyMap] | None,
    options: PdfOptions | None,
    source: str | Path,
) -> tuple[_Document, list[JourneyMap], bool]:
    """Every page planned (not drawn): the document, the maps chosen, and whether all were."""
    options = options or PdfOptions()
    whole_project = maps is None
    chosen = list(project.maps if maps is None else maps)
    if whole_project:
        options = replace(options, persona_pages=True)
    fonts = bundled_fonts()
    document = _Document(project, options, fonts, str(source or project.title))
    if not chosen:
        document.plan_empty_project()
    for journey_map in chosen:
        document.plan_map(journey_map)
        if options.scorecard:
            document.plan_scorecard(journey_map)
    if options.persona_pages:
        for persona in project.personas:
            document.plan_persona(persona)
    return document, chosen, whole_project


def render_pdf(
    project: Project,
    maps: Sequence[JourneyMap] | None = None,
    options: PdfOptions | None = None,
    *,
    source: str | Path = "",
) -> PdfResult:
    """Draw maps of `project` (all of them, with persona pages, when `maps` is None) as a PDF.

    Raises ExportError naming `source` when a map cannot be printed readably as asked.
    """
    document, chosen, whole_project = _planned(project, maps, options, source)
    title = chosen[0].title if len(chosen) == 1 and not whole_project else project.title
    data = document.render(title, chosen)
    return PdfResult(data, len(document.jobs), glyph_warnings(project, chosen, document.fonts))


@dataclass(frozen=True)
class PagePlan:
    """How an export would paginate, without drawing it: for the export dialog's preview."""

    pages: int
    tile_grids: tuple[tuple[int, int], ...]
    """(rows, columns) of each tiled map."""


def plan_pdf(
    project: Project,
    maps: Sequence[JourneyMap] | None = None,
    options: PdfOptions | None = None,
    *,
    source: str | Path = "",
) -> PagePlan:
    """Count the pages an export would have (raises ExportError like `render_pdf`)."""
    document, _, _ = _planned(project, maps, options, source)
    return PagePlan(len(document.jobs), tuple(document.tile_grids))


def export_pdf(
    project: Project,
    path: str | Path,
    maps: Sequence[JourneyMap] | None = None,
    options: PdfOptions | None = None,
    *,
    source: str | Path = "",
) -> PdfResult:
    """Render to memory, then replace `path` atomically: an error never leaves a partial file."""
    from journeydesigner.io.save import atomic_write

    result = render_pdf(project, maps, options, source=source)
    atomic_write(path, result.data)
    return result


# -- warnings about characters no bundled font has -------------------------------------------------


def glyph_warnings(
    project: Project, maps: Sequence[JourneyMap], fonts: BundledFonts | None = None
) -> list[str]:
    """One line per element whose text has characters no bundled font can print."""
    fonts = fonts or bundled_fonts()
    found: list[str] = []

    def check(where: str, *texts: str | None) -> None:
        missing: list[str] = []
        for text in texts:
            for ch in fonts.missing(text or ""):
                if ch not in missing:
                    missing.append(ch)
        if missing:
            names = ", ".join(f"{ch} (U+{ord(ch):04X})" for ch in missing)
            found.append(f"{where}: no bundled font has {names}; printed as {REPLACEMENT}")

    check(f"project {_quoted(project.title)}", project.title)
    for persona in project.personas:
        check(
            f"persona {_quoted(persona.name)}",
            persona.name,
            persona.role,
            persona.quote,
            persona.scenario,
            persona.expectations,
            *persona.goals,
            *persona.needs,
            *persona.pain_points,
        )
    for jm in maps:
        prefix = f"map {_quoted(jm.title)}"
        check(prefix, jm.title, jm.description, jm.scenario, jm.expectations)
        for stage in jm.stages:
            check(
                f"{prefix}: stage {_quoted(stage.name)}",
                stage.name,
                stage.description,
                *(step.name for step in stage.steps),
            )
        for lane in jm.lanes:
            check(
                f"{prefix}: lane {_quoted(lane.title)}",
                lane.title,
                lane.description,
                *(lane.scale.labels if lane.scale else []),
            )
        for card in jm.cards:
            check(
                f"{prefix}: card {card.id} {_quoted(card.text)}",
                card.text,
                card.channel,
                card.owner,
                *card.tags,
            )
        for point in jm.emotion_points:
            check(f"{prefix}: emotion note {_quoted(point.note)}", point.note)
        for metric in jm.metrics:
            check(f"{prefix}: metric {_quoted(metric.name)}", metric.name, metric.unit)
    return found


def _quoted(text: str, limit: int = 40) -> str:
    flat = " ".join(text.split())
    return f"“{flat if len(flat) <= limit else flat[: limit - 1] + '…'}”"


# -- planning and drawing pages --------------------------------------------------------------------

Draw = Callable[[Canvas, int, int], None]


@dataclass
class _Job:
    draw: Draw
    outline: str | None = None
    """Title of the bookmark that starts at this page."""


class _Document:
    """Pages planned ahead (so each knows the total), then drawn in order."""

    def __init__(
        self, project: Project, options: PdfOptions, fonts: BundledFonts, source: str
    ) -> None:
        self.project = project
        self.options = options
        self.labels = options.labels
        self.page = options.page
        self.fonts = fonts
        self.measure = CachedMeasure(ReportlabMeasure(fonts))
        self.source = source
        self.jobs: list[_Job] = []
        self.tile_grids: list[tuple[int, int]] = []
        """(rows, columns) of each tiled map, for previews."""
        factor = self.page.factor
        self.cu = 0.5 * factor
        """Points per chrome unit."""
        self.margin = 12 * mm * min(max(self.page.ratio, 0.7), 4.0)
        self.content_width = (self.page.width - 2 * self.margin) / self.cu
        """Width between the margins, in chrome units."""
        self.content_height = (self.page.height - 2 * self.margin) / self.cu

    # -- painters

    def chrome(self, canvas: Canvas) -> Painter:
        """A painter in chrome units with its origin at the top-left margin."""
        return Painter(
            canvas, self.fonts, self.measure, self.margin, self.page.height - self.margin, self.cu
        )

    def grid_painter(
        self, canvas: Canvas, top_cu: float, scale: float, left: float = 0.0
    ) -> Painter:
        """A painter in layout units with its origin `top_cu` chrome units below the margin."""
        return Painter(
            canvas,
            self.fonts,
            self.measure,
            self.margin + left,
            self.page.height - self.margin - top_cu * self.cu,
            scale,
        )

    def footer(
        self, canvas: Canvas, number: int, total: int, jm: JourneyMap | None, centre: str = ""
    ) -> None:
        painter = self.chrome(canvas)
        if jm is not None:
            left = " · ".join(
                part
                for part in (
                    jm.title,
                    kind_name(jm, self.labels),
                    project_date(self.project, self.labels),
                )
                if part
            )
        else:
            left = " · ".join(
                part for part in (self.project.title, project_date(self.project, self.labels))
            )
        orientation = (
            self.labels.translate("pdf", "landscape")
            if self.page.landscape
            else self.labels.translate("pdf", "portrait")
        )
        right = self.labels.translate("pdf", "{page} {orientation} · page {number} of {total}")
        right = right.format(
            page=self.page.name, orientation=orientation, number=number, total=total
        )
        with painter.session():
            draw_footer(
                painter,
                self.content_width,
                self.content_height - FOOTER_HEIGHT,
                left,
                centre,
                right,
            )

    # -- maps

    def layout(self, jm: JourneyMap) -> MapDrawing:
        layout = layout_map(jm, self.measure, project=self.project, labels=self.labels)
        return MapDrawing(jm, self.project, layout, self.labels)

    def plan_map(self, jm: JourneyMap) -> None:
        drawing = self.layout(jm)
        if not drawing.layout.columns or not drawing.layout.rows:
            self._plan_fit(drawing, empty=True)
        elif self.options.mode == "tile":
            self._plan_tiles(drawing)
        elif self.options.mode == "per-stage":
            self._plan_stages(drawing)
        else:
            self._plan_fit(drawing)

    def _grid_bottom(self) -> float:
        """The lowest chrome y a grid may reach, above the footer."""
        return self.content_height - FOOTER_HEIGHT - 12

    def _too_small(self, jm: JourneyMap, scale: float, advice: str) -> ExportError:
        size = DEFAULT_CARD_TEXT * scale
        return ExportError(
            self.source,
            f"map {_quoted(jm.title)} would print its card text at {size:.1f} pt on "
            f"{self.page.label}, below the readable minimum of {MIN_CARD_TEXT_PT:g} pt; "
            f"{advice}",
        )

    def _plan_fit(self, drawing: MapDrawing, empty: bool = False) -> None:
        jm, layout = drawing.journey_map, drawing.layout
        block = TitleBlock(drawing, self.content_width)
        probe = Painter(None, self.fonts, self.measure, 0, 0, 1)  # type: ignore[arg-type]
        block.measure_and_draw(probe, draw=False)
        grid_top = block.height + 16
        avail_w = self.page.width - 2 * self.margin
        avail_h = (self._grid_bottom() - grid_top) * self.cu
        scale = 0.0
        if not empty:
            if avail_h <= 0:
                raise self._too_small(jm, 0.0, self._fit_advice())
            scale = min(avail_w / layout.width, avail_h / layout.height)
            # A small map is not blown up past 10 pt card text (at A3; more on larger pages):
            # the hierarchy against the 27 pt title holds, and the rest is calm white space.
            scale = min(scale, FIT_CARD_TEXT_MAX_PT * self.page.factor / DEFAULT_CARD_TEXT)
            if DEFAULT_CARD_TEXT * scale < MIN_CARD_TEXT_PT:
                raise self._too_small(jm, scale, self._fit_advice())

        def draw(canvas: Canvas, number: int, total: int) -> None:
            chrome = self.chrome(canvas)
            with chrome.session():
                block.measure_and_draw(chrome, draw=True)
                if empty:
                    draw_note(
                        chrome,
                        self.content_width,
                        grid_top + 80,
                        self.labels.translate("pdf", "This map is empty"),
                        self.labels.translate(
                            "pdf", "Add stages and lanes in Journey Designer to fill the grid."
                        ),
                    )
            if not empty:
                grid = self.grid_painter(canvas, grid_top, scale)
                with grid.session():
                    draw_map(grid, drawing, whole_view(layout))
            self.footer(canvas, number, total, jm, _scale_note(drawing, self.labels))

        self.jobs.append(_Job(draw, outline=jm.title))

    def _fit_advice(self) -> str:
        larger = {"A4": "A3", "A3": "A2", "A2": "A1", "A1": "A0", "letter": "tabloid"}.get(
            self.page.name
        )
        if larger is None and min(self.page.width, self.page.height) < PAGE_SIZES["A0"][0]:
            larger = "A0"
        if larger is None:
            return "print it in pieces with --tile, or a stage per page with --per-stage"
        return f"choose a larger page (--page {larger}) or print it in pieces with --tile"

    # -- tiles

    def _plan_tiles(self, drawing: MapDrawing) -> None:
        jm, layout = drawing.journey_map, drawing.layout
        scale = TILE_CARD_TEXT_PT / DEFAULT_CARD_TEXT
        band = 28.0  # the "row r / column c" strip, chrome units
        grid_top = band
        width_units = (self.page.width - 2 * self.margin) / scale
        height_units = (self._grid_bottom() - grid_top) * self.cu / scale
        cap_x = width_units - layout.lane_header_width
        cap_y = height_units - layout.header_height
        if cap_x < 60 or cap_y < 40:
            raise ExportError(
                self.source,
                f"map {_quoted(jm.title)}: {self.page.label} is too small to tile this map "
                "(its headers alone fill the page); choose a larger page",
            )
        column_cuts = split_axis(
            layout.lane_header_width,
            layout.width,
            cap_x,
            primary=[h.rect.x for h in layout.stages] + [layout.width],
            secondary=[c.x for c in layout.columns],
        )
        row_cuts = split_axis(
            layout.header_height,
            layout.height,
            cap_y,
            primary=[r.y for r in layout.rows] + [layout.height],
            secondary=_card_gaps(layout),
        )
        views = [
            [View(x0, x1, y0, y1) for x0, x1 in itertools.pairwise(column_cuts)]
            for y0, y1 in itertools.pairwise(row_cuts)
        ]
        rows, columns = len(views), len(views[0])
        self.tile_grids.append((rows, columns))
        self._plan_tile_cover(drawing, views)
        for r, row in enumerate(views, start=1):
            for c, view in enumerate(row, start=1):
                self.jobs.append(
                    _Job(self._tile_job(drawing, view, r, c, rows, columns, scale, grid_top))
                )

    def _tile_job(
        self,
        drawing: MapDrawing,
        view: View,
        r: int,
        c: int,
        rows: int,
        columns: int,
        scale: float,
        grid_top: float,
    ) -> Draw:
        jm, layout = drawing.journey_map, drawing.layout

        def draw(canvas: Canvas, number: int, total: int) -> None:
            chrome = self.chrome(canvas)
            with chrome.session():
                place = self.labels.translate("pdf", "row {row} / column {column}")
                used = label(chrome, place.format(row=r, column=c), 0, 2, 400, ink=INK)
                chrome.text_in_box(
                    self.labels.translate("pdf", "{title} · {rows} × {columns} pages").format(
                        title=jm.title, rows=rows, columns=columns
                    ),
                    used + 16,
                    2,
                    self.content_width - used - 16,
                    16,
                    SMALL,
                    INK_SECONDARY,
                )
            grid = self.grid_painter(canvas, grid_top, scale)
            with grid.session():
                draw_map(grid, drawing, view)
            # Crop marks on the edges of the body (the repeated headers are trimmed away).
            width, height = page_extent(layout, view)
            pt = Painter(canvas, self.fonts, self.measure, 0, self.page.height, 1.0)
            gx = self.margin
            gy = self.margin + grid_top * self.cu
            bx = gx + layout.lane_header_width * scale
            by = gy + layout.header_height * scale
            with pt.session():
                _tile_marks(pt, gx, gy, width * scale, height * scale, bx, by, 4 * mm)
            where = self.labels.translate(
                "pdf", "row {row} / column {column} of {rows} × {columns}"
            )
            where = where.format(row=r, column=c, rows=rows, columns=columns)
            self.footer(canvas, number, total, jm, where)

        return draw

    def _plan_tile_cover(self, drawing: MapDrawing, views: list[list[View]]) -> None:
        jm = drawing.journey_map
        block = TitleBlock(drawing, self.content_width)
        first = len(self.jobs) + 2

        def draw(canvas: Canvas, number: int, total: int) -> None:
            chrome = self.chrome(canvas)
            with chrome.session():
                height = block.measure_and_draw(chrome, draw=True)
                _assembly_diagram(
                    self.labels,
                    chrome,
                    drawing.layout,
                    views,
                    first,
                    height + 30,
                    self.content_width,
                    self._grid_bottom() - height - 40,
                )
            self.footer(canvas, number, total, jm, self.labels.translate("pdf", "assembly guide"))

        self.jobs.append(_Job(draw, outline=jm.title))

    # -- one stage per page

    def _plan_stages(self, drawing: MapDrawing) -> None:
        jm, layout = drawing.journey_map, drawing.layout
        band = 64.0
        avail_w = self.page.width - 2 * self.margin
        avail_h = (self._grid_bottom() - band) * self.cu
        cap = 1.2 * self.page.factor
        pages: list[tuple[MapDrawing, float]] = []
        for header in layout.stages:
            # A stage alone is narrow and tall: widen its steps (up to 2.5 times) so its cards
            # wrap into fewer lines and the page is used in both directions.
            best: tuple[float, MapDrawing] | None = None
            for widen in STAGE_WIDENING:
                single = self._stage_drawing(drawing, header.stage_id, header.number, widen)
                fit = min(avail_w / single.layout.width, avail_h / single.layout.height, cap)
                if best is None or fit > best[0] + 1e-3:
                    best = (fit, single)
            assert best is not None
            pages.append((best[1], best[0]))
        # Each page at its own scale: a one-step stage should not print as small as a wide one.
        scale = min(fit for _, fit in pages)
        if DEFAULT_CARD_TEXT * scale < MIN_CARD_TEXT_PT:
            raise self._too_small(
                jm, scale, "choose a larger page or print it in pieces with --tile"
            )
        for index, (single, fit) in enumerate(pages):
            stage = single.journey_map.stages[0]
            self.jobs.append(
                _Job(
                    self._stage_job(single, index + 1, len(pages), stage.name, fit, band),
                    outline=jm.title if index == 0 else None,
                )
            )

    def _stage_drawing(
        self, drawing: MapDrawing, stage_id: str, number: int, widen: float
    ) -> MapDrawing:
        """One stage as a map of its own, its steps `widen` times their width."""
        jm = drawing.journey_map
        stage = drawing.stages[stage_id]
        steps = [
            step.model_copy(update={"width": (step.width or DEFAULT_STEP_WIDTH) * widen})
            for step in stage.steps
        ]
        ids = {step.id for step in steps}
        single = jm.model_copy(
            update={
                "stages": [stage.model_copy(update={"steps": steps})],
                "cards": [card for card in jm.cards if card.step_id in ids],
                "emotion_points": [p for p in jm.emotion_points if p.step_id in ids],
                "metrics": [metric for metric in jm.metrics if metric.stage_id == stage_id],
                "connectors": [],
            }
        )
        layout = layout_map(single, self.measure, project=self.project)
        layout.stages = [replace(header, number=number) for header in layout.stages]
        return MapDrawing(single, self.project, layout)

    def _stage_job(
        self,
        drawing: MapDrawing,
        number_of_stage: int,
        stages: int,
        name: str,
        scale: float,
        band: float,
    ) -> Draw:
        jm = drawing.journey_map

        def draw(canvas: Canvas, number: int, total: int) -> None:
            chrome = self.chrome(canvas)
            with chrome.session():
                used = label(chrome, family_name(jm, self.labels), 0, 0, 400)
                if jm.kind != "service_blueprint":
                    chip(chrome, kind_name(jm, self.labels), used + 12, -1)
                right = self.labels.translate("pdf", "Stage {number} of {count}").format(
                    number=number_of_stage, count=stages
                )
                right_width = chrome.text_width(right, NAME)
                chrome.text_in_box(
                    jm.title,
                    0,
                    20,
                    self.content_width - right_width - 40,
                    36,
                    HEADING_SMALL,
                    INK,
                )
                chrome.text_in_box(
                    right,
                    self.content_width - right_width - 2,
                    24,
                    right_width + 2,
                    30,
                    NAME,
                    INK_SECONDARY,
                    align="right",
                )
            # Centred: a narrow stage on a wide page reads as deliberate, not as left over.
            spare = self.page.width - 2 * self.margin - drawing.layout.width * scale
            grid = self.grid_painter(canvas, band, scale, left=max(spare / 2, 0.0))
            with grid.session():
                draw_map(grid, drawing, whole_view(drawing.layout))
            where = self.labels.translate("pdf", "{name} · stage {number} of {count}")
            where = where.format(name=name, number=number_of_stage, count=stages)
            self.footer(canvas, number, total, jm, where)

        return draw

    # -- scorecards

    def plan_scorecard(self, jm: JourneyMap) -> None:
        names = {p.id: p.name for p in self.project.personas}
        card = compute_scorecard(jm, names)
        if not wants_scorecard(card, bool(jm.metrics), bool(jm.emotion_points)):
            return
        pages = scorecard_pages(card, self.content_width, self._grid_bottom(), self.labels)
        for index, ops in enumerate(pages):
            self.jobs.append(
                _Job(
                    self._scorecard_job(jm, ops, index),
                    outline=self.labels.translate("pdf", "Scorecard: {title}").format(
                        title=jm.title
                    )
                    if index == 0
                    else None,
                )
            )

    def _scorecard_job(self, jm: JourneyMap, ops: list[_Op], index: int) -> Draw:
        def draw(canvas: Canvas, number: int, total: int) -> None:
            chrome = self.chrome(canvas)
            with chrome.session():
                label(
                    chrome,
                    self.labels.translate("pdf", "SCORECARD (continued)")
                    if index
                    else self.labels.translate("pdf", "SCORECARD"),
                    0,
                    0,
                    400,
                )
                for op in ops:
                    op(chrome)
            self.footer(canvas, number, total, jm, self.labels.translate("pdf", "Scorecard"))

        return draw

    # -- personas and empty projects

    def plan_persona(self, persona: Persona) -> None:
        pages = _persona_pages(self, persona)
        for index, ops in enumerate(pages):
            self.jobs.append(
                _Job(
                    self._persona_job(persona, ops, index),
                    outline=(
                        self.labels.translate("pdf", "Persona: {name}").format(name=persona.name)
                        if index == 0
                        else None
                    ),
                )
            )

    def _persona_job(self, persona: Persona, ops: list[_Op], index: int) -> Draw:
        def draw(canvas: Canvas, number: int, total: int) -> None:
            chrome = self.chrome(canvas)
            with chrome.session():
                heading = (
                    self.labels.translate("pdf", "PERSONA (continued)")
                    if index
                    else self.labels.translate("pdf", "PERSONA")
                )
                used = label(chrome, heading, 0, 0, 400)
                chrome.text_in_box(
                    self.project.title,
                    used + 16,
                    0,
                    self.content_width - used - 16,
                    16,
                    SMALL,
                    INK_TERTIARY,
                )
                if index == 0:
                    _persona_header(chrome, persona, self.content_width)
                for op in ops:
                    op(chrome)
            self.footer(
                canvas,
                number,
                total,
                None,
                self.labels.translate("pdf", "Persona: {name}").format(name=persona.name),
            )

        return draw

    def plan_empty_project(self) -> None:
        def draw(canvas: Canvas, number: int, total: int) -> None:
            chrome = self.chrome(canvas)
            with chrome.session():
                chrome.text_in_box(
                    self.project.title,
                    0,
                    0,
                    self.content_width,
                    TITLE_STYLE.line_height,
                    TITLE_STYLE,
                    INK,
                )
                draw_note(
                    chrome,
                    self.content_width,
                    200,
                    self.labels.translate("pdf", "This project has no maps yet"),
                    self.labels.translate(
                        "pdf", "Create a map in Journey Designer, then export again."
                    ),
                )
            self.footer(canvas, number, total, None)

        self.jobs.append(_Job(draw, outline=self.project.title))

    # -- the file

    def render(self, title: str, maps: Sequence[JourneyMap]) -> bytes:
        buffer = io.BytesIO()
        canvas = Canvas(
            buffer,
            pagesize=(self.page.width, self.page.height),
            invariant=1,
            pageCompression=1,
            # Set before the first page so reportlab never declares Helvetica (base-14) at all.
            initialFontName="JD-NotoSans",  # type: ignore[arg-type]  # the stubs say float
            initialFontSize=10,
        )
        canvas.setTitle(title)
        canvas.setAuthor(self.project.title)
        canvas.setSubject(_subject(self.project, maps))
        canvas.setKeywords(_keywords(self.project, maps))
        canvas.setCreator(f"{APP_NAME} {__version__}")
        total = len(self.jobs)
        outlines = 0
        for number, job in enumerate(self.jobs, start=1):
            if job.outline is not None:
                key = f"page-{number}"
                canvas.bookmarkPage(key)
                canvas.addOutlineEntry(job.outline, key, level=0)
                outlines += 1
            job.draw(canvas, number, total)
            canvas.showPage()
        if outlines > 1:
            canvas.showOutline()
        canvas.save()
        return buffer.getvalue()


STAGE_WIDENING = (1.0, 1.25, 1.5, 1.75, 2.0, 2.5)
DEFAULT_STEP_WIDTH = DEFAULT_METRICS.step_width
DEFAULT_CARD_TEXT = 12.0
"""The layout's card text size in units (Metrics.card_text)."""
HEADING_SMALL = TextStyle(30, bold=True)
TITLE_STYLE = TextStyle(54, bold=True)


def _subject(project: Project, maps: Sequence[JourneyMap]) -> str:
    if len(maps) == 1:
        jm = maps[0]
        first = jm.description.strip().splitlines()[0] if jm.description.strip() else ""
        return first or f"{family_name(jm).capitalize()}: {kind_name(jm)}"
    return f"{len(maps)} maps and {len(project.personas)} personas of {project.title}"


def _keywords(project: Project, maps: Sequence[JourneyMap]) -> str:
    words: list[str] = []
    for jm in maps:
        for word in (family_name(jm).lower(), kind_name(jm).lower()):
            if word not in words:
                words.append(word)
    for persona in project.personas:
        if persona.name not in words:
            words.append(persona.name)
    return ", ".join(words)


def _scale_note(drawing: MapDrawing, labels: Labels = ENGLISH) -> str:
    """`Feeling: Angry (−2) to Delighted (+2); one point per step`, for the footer."""
    notes = []
    for lane in drawing.journey_map.lanes:
        if lane.kind != "emotion":
            continue
        scale = lane.effective_scale
        low, high = scale.label_for(scale.min), scale.label_for(scale.max)
        low_number = f"{scale.min:+d}".replace("-", "−")
        high_number = f"{scale.max:+d}" if scale.min < 0 else str(scale.max)
        if scale.labels:
            note = labels.translate("pdf", "{lane}: {low} ({low_number}) to {high} ({high_number})")
        else:
            note = labels.translate("pdf", "{lane}: {low_number} to {high_number}")
        notes.append(
            note.format(
                lane=lane.title, low=low, high=high, low_number=low_number, high_number=high_number
            )
        )
    return "; ".join(notes) + (labels.translate("pdf", "; one point per step") if notes else "")


# -- splitting a grid across pages -----------------------------------------------------------------


def split_axis(
    start: float, end: float, capacity: float, primary: Sequence[float], secondary: Sequence[float]
) -> list[float]:
    """Cut start..end into the fewest pieces no longer than `capacity`, at the best boundaries.

    Among the cuts giving the fewest pages, it prefers primary boundaries (stage or lane edges),
    then secondary ones (step edges, gaps between cards), and cuts through content only where a
    single column or lane is longer than a page.
    """
    eps = 1e-6
    costs: dict[float, int] = {}
    for value in secondary:
        if start + eps < value < end - eps:
            costs[value] = 1
    for value in primary:
        if start + eps < value < end - eps:
            costs[value] = 0
    costs[end] = 0
    positions = sorted(costs)
    # Where boundaries are further apart than a page, allow cuts through content.
    previous = start
    for value in list(positions):
        cut = previous + capacity
        while value - cut > eps:
            costs[cut] = 20
            cut += capacity
        previous = value
    positions = [start, *sorted(costs)]
    # best[i] = (pages, cost, previous index) to reach positions[i]
    best: list[tuple[int, int, int]] = [(0, 0, -1)]
    first = 0
    for i in range(1, len(positions)):
        while positions[i] - positions[first] > capacity + eps:
            first += 1
        # Ties go to the longest earlier pages: a page is filled before the next one starts.
        options = [
            (best[j][0] + 1, best[j][1] + costs[positions[i]], -j)
            for j in range(first, i)
            if best[j][0] >= 0
        ]
        pages, cost, back = min(options) if options else (-1, 0, 1)
        best.append((pages, cost, -back))
    cuts = []
    index = len(positions) - 1
    while index > 0:
        cuts.append(positions[index])
        index = best[index][2]
    return [start, *reversed(cuts)]


def _card_gaps(layout: MapLayout) -> list[float]:
    """Heights inside card lanes where no card is cut: between cards of every column."""
    gaps: list[float] = []
    for row in layout.rows:
        spans = sorted(
            (box.rect.y, box.rect.bottom)
            for box in layout.cards.values()
            if box.lane_id == row.lane_id
        )
        if not spans:
            continue
        reach = spans[0][1]
        for top, bottom in spans[1:]:
            if top > reach:
                gaps.append((reach + top) / 2)
            reach = max(reach, bottom)
    return gaps


def _tile_marks(
    painter: Painter,
    gx: float,
    gy: float,
    width: float,
    height: float,
    bx: float,
    by: float,
    length: float,
) -> None:
    """Trim marks on the body's edges, outside the grid (page points, y down)."""
    ink = "#9AA3B0"
    gap = 3.0
    right, bottom = gx + width, gy + height
    for x in (bx, right):
        painter.line(x, gy - gap - length, x, gy - gap, ink, 0.5)
        painter.line(x, bottom + gap, x, bottom + gap + length, ink, 0.5)
    for y in (by, bottom):
        painter.line(gx - gap - length, y, gx - gap, y, ink, 0.5)
        painter.line(right + gap, y, right + gap + length, y, ink, 0.5)


def _assembly_diagram(
    labels: Labels,
    painter: Painter,
    layout: MapLayout,
    views: list[list[View]],
    first_page: int,
    top: float,
    width: float,
    height: float,
) -> None:
    """A small map of the tiles: where each page goes when taped together."""
    rows, columns = len(views), len(views[0])
    label(painter, labels.translate("pdf", "HOW TO ASSEMBLE"), 0, top, width)
    text = labels.translate(
        "pdf",
        "This map prints on {count} pages, {rows} × {columns}. Each page repeats the "
        "lane and stage headers: trim them along the crop marks on every page right of or "
        "below another, then tape the pages edge to edge.",
    ).format(count=rows * columns, rows=rows, columns=columns)
    lines = clamp_lines(painter, text, min(width, 900), BODY, 3)
    painter.lines(lines, 0, top + 24, BODY, INK_SECONDARY)
    area_top = top + 24 + len(lines) * BODY.line_height + 20
    area_height = max(height - (area_top - top), 40)
    total_w = sum(v.width for v in views[0])
    total_h = sum(row[0].height for row in views)
    fit = min(min(width, 1000) / total_w, area_height / total_h)
    y = area_top
    page = first_page
    for row in views:
        x = 0.0
        row_height = row[0].height * fit
        for view in row:
            cell = view.width * fit
            painter.rect(x, y, cell - 4, row_height - 4, fill="#F5F6F8", stroke=RULE)
            r, c = views.index(row) + 1, row.index(view) + 1
            place = labels.translate("pdf", "row {row} / column {column}")
            painter.text_in_box(
                place.format(row=r, column=c), x + 8, y + 6, cell - 20, 22, BODY_BOLD, INK
            )
            painter.text_in_box(
                labels.translate("pdf", "page {number}").format(number=page),
                x + 8,
                y + 28,
                cell - 20,
                20,
                SMALL,
                INK_TERTIARY,
            )
            page += 1
            x += cell
        y += row_height


# -- persona pages ---------------------------------------------------------------------------------

_Op = Callable[[Painter], None]


def _persona_header(painter: Painter, persona: Persona, width: float) -> None:
    avatar = 150.0
    draw_avatar(painter, persona, avatar / 2, 30 + avatar / 2, avatar / 2)
    x = avatar + 30
    text_width = width - x
    painter.text_in_box(persona.name, x, 34, text_width, HEADING.line_height, HEADING, INK)
    y = 34 + HEADING.line_height
    if persona.role:
        for line in clamp_lines(painter, persona.role, text_width, SUMMARY, 2):
            painter.text_in_box(line, x, y, text_width, SUMMARY.line_height, SUMMARY, INK_SECONDARY)
            y += SUMMARY.line_height
    if persona.quote:
        y += 8
        painter.text(
            x,
            painter.baseline_in(y, BIG_QUOTE.line_height, BIG_QUOTE) + 8,
            "“",
            TextStyle(44, bold=True),
            "#E69F00",
        )
        for line in clamp_lines(painter, persona.quote, text_width - 24, BIG_QUOTE, 4):
            painter.text_in_box(
                line, x + 24, y, text_width - 24, BIG_QUOTE.line_height, BIG_QUOTE, INK
            )
            y += BIG_QUOTE.line_height


BIG_QUOTE = TextStyle(24, italic=True)
PERSONA_HEADER_HEIGHT = 250.0


PERSONA_BODY = TextStyle(19)
"""Persona pages have room: their text is a size up from the title block's."""


def _persona_pages(document: _Document, persona: Persona) -> list[list[_Op]]:
    """Goals, needs and pain points side by side, then scenario and expectations below.

    Each section flows down its own column and continues on a next page when it is long, so a
    persona with a hundred goals prints them all.
    """
    width = document.content_width
    gap = 48.0
    column = (width - 2 * gap) / 3
    bottom = document._grid_bottom()
    line_height = PERSONA_BODY.line_height
    pages: list[list[_Op]] = [[]]

    def on(page: int) -> list[_Op]:
        while len(pages) <= page:
            pages.append([])
        return pages[page]

    def flow(
        cursor: tuple[int, float],
        heading: str,
        items: list[str],
        bulleted: bool,
        x: float,
        w: float,
    ) -> tuple[int, float]:
        page, y = cursor
        if y + 30 + line_height > bottom:
            page, y = page + 1, CONTINUED_TOP
        on(page).append(partial(_heading, text=heading, x=x, y=y, width=w))
        y += 30
        indent = 18.0 if bulleted else 0.0
        for item in items:
            for index, line in enumerate(wrap(item, w - indent, PERSONA_BODY, document.measure)):
                if y + line_height > bottom:
                    page, y = page + 1, CONTINUED_TOP
                on(page).append(
                    partial(
                        _body_line,
                        text=line,
                        x=x,
                        y=y,
                        indent=indent,
                        bullet=bulleted and index == 0,
                    )
                )
                y += line_height
            y += 6
        return page, y

    labels = document.labels
    lists = [
        (name, [item for item in items if item.strip()])
        for name, items in (
            (labels.translate("pdf", "GOALS"), persona.goals),
            (labels.translate("pdf", "NEEDS"), persona.needs),
            (labels.translate("pdf", "PAIN POINTS"), persona.pain_points),
        )
    ]
    ends = [
        flow((0, PERSONA_HEADER_HEIGHT), name, items, True, index * (column + gap), column)
        for index, (name, items) in enumerate((n, i) for n, i in lists if i)
    ]
    page = max((end[0] for end in ends), default=0)
    y = max((end[1] for end in ends if end[0] == page), default=PERSONA_HEADER_HEIGHT)
    y += 24 if ends else 0
    texts = [
        (name, bulleted, [line for line in text.splitlines() if line.strip()])
        for name, bulleted, text in (
            (labels.translate("pdf", "SCENARIO"), False, persona.scenario),
            (labels.translate("pdf", "EXPECTATIONS"), True, persona.expectations),
        )
    ]
    texts = [(name, bulleted, lines) for name, bulleted, lines in texts if lines]
    x = 0.0
    for index, (name, bulleted, lines) in enumerate(texts):
        w = 2 * column + gap if index == 0 else column
        flow((page, y), name, lines, bulleted and len(lines) > 1, x, w)
        x += w + gap
    return pages


CONTINUED_TOP = 40.0


def _heading(painter: Painter, text: str, x: float, y: float, width: float) -> None:
    label(painter, text, x, y, width)
    painter.line(x, y + 20, x + width, y + 20, RULE, 0.8)


def _body_line(
    painter: Painter, text: str, x: float, y: float, indent: float, bullet: bool
) -> None:
    style = PERSONA_BODY
    baseline = painter.baseline_in(y, style.line_height, style)
    if bullet:
        painter.circle(x + 5, baseline - style.size * 0.3, 2.6, fill=INK_TERTIARY)
    painter.text(x + indent, baseline, text, style, INK)
