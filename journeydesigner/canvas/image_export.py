"""PNG and SVG pictures of a map, drawn by the canvas itself, for slides and wikis."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication

from journeydesigner import APP_NAME, __version__
from journeydesigner.commands.editor import Editor
from journeydesigner.document import JourneyDocument
from journeydesigner.errors import JourneyError
from journeydesigner.i18n import translate
from journeydesigner.io.save import atomic_write
from journeydesigner.model.project import Project

MAX_PIXELS = 200_000_000
"""Largest PNG written (200 megapixels, about 800 MB while drawing)."""
MAX_SIDE = 32_000
MARGIN = 16.0


class ImageExportError(JourneyError):
    """A picture of a map cannot be written as asked."""


def ensure_application() -> QApplication:
    """The running QApplication, or a new offscreen one for the command line."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    # The command line may run without a display: draw offscreen.
    return QApplication([sys.argv[0] if sys.argv else "journeydesigner", "-platform", "offscreen"])


def _scene_for(project: Project, map_id: str):  # type: ignore[no-untyped-def]
    from journeydesigner.canvas.fonts import register_fonts
    from journeydesigner.canvas.scene import MapScene

    register_fonts()
    # A private copy: drawing never touches the project being edited.
    document = JourneyDocument(project.model_copy(deep=True))
    scene = MapScene(Editor(document), map_id)
    scene.clearSelection()
    scene.set_current_cell(None)
    return scene


def render_png(project: Project, map_id: str, dpi: float = 144.0, source: str = "") -> bytes:
    """A PNG of the whole map at `dpi` (96 is the canvas at 100 %), on white."""
    ensure_application()
    if not 24 <= dpi <= 1200:
        raise ImageExportError(
            source or project.title,
            translate("image_export", "the resolution must be 24 to 1200 dpi"),
        )
    scene = _scene_for(project, map_id)
    assert scene.layout is not None
    scale = dpi / 96.0
    width = round((scene.layout.width + 2 * MARGIN) * scale)
    height = round((scene.layout.height + 2 * MARGIN) * scale)
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        raise ImageExportError(
            source or project.title,
            translate(
                "image_export",
                "the picture would be {width}×{height} pixels; "
                "choose a lower resolution than {dpi} dpi",
            ).format(width=width, height=height, dpi=f"{dpi:g}"),
        )
    image = QImage(QSize(width, height), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    _draw(painter, scene, scale)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    scene.detach()
    return bytes(buffer.data().data())


def render_svg(project: Project, map_id: str) -> bytes:
    """An SVG of the whole map; text stays text, so it can be searched and selected."""
    ensure_application()
    scene = _scene_for(project, map_id)
    assert scene.layout is not None
    width = scene.layout.width + 2 * MARGIN
    height = scene.layout.height + 2 * MARGIN
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(round(width), round(height)))
    generator.setViewBox(QRectF(0, 0, width, height))
    shown = project.map(map_id)
    generator.setTitle(shown.title if shown is not None else project.title)
    generator.setDescription(f"Made with {APP_NAME} {__version__}")
    painter = QPainter(generator)
    painter.fillRect(QRectF(0, 0, width, height), QColor("#FFFFFF"))
    _draw(painter, scene, 1.0)
    painter.end()
    scene.detach()
    return bytes(buffer.data().data())


def _draw(painter: QPainter, scene, scale: float) -> None:  # type: ignore[no-untyped-def]
    layout = scene.layout
    painter.scale(scale, scale)
    target = QRectF(MARGIN, MARGIN, layout.width, layout.height)
    scene.render(
        painter,
        target,
        QRectF(0, 0, layout.width, layout.height),
        Qt.AspectRatioMode.IgnoreAspectRatio,
    )


def export_image(
    project: Project, map_id: str, path: Path, dpi: float = 144.0, source: str = ""
) -> None:
    """Write a PNG or SVG of a map, by the file's extension, atomically."""
    suffix = path.suffix.lower()
    if suffix == ".png":
        data = render_png(project, map_id, dpi, source)
    elif suffix == ".svg":
        data = render_svg(project, map_id)
    else:
        raise ImageExportError(
            path, translate("image_export", "choose a file name ending in .png or .svg")
        )
    atomic_write(path, data)
