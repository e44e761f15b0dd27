"""MapView: zoom about the cursor, pan, fit, and frozen headers while scrolling."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from journeydesigner.canvas.editing import CardTextEditor
from journeydesigner.canvas.image_import import IMAGE_SUFFIXES
from journeydesigner.canvas.palette_drop import parse_payload
from journeydesigner.canvas.scene import MapScene


def _image_paths(data: QMimeData) -> list[Path]:
    """Local PNG and JPEG files among dropped URLs."""
    return [
        Path(url.toLocalFile())
        for url in data.urls()
        if url.isLocalFile() and url.toLocalFile().lower().endswith(IMAGE_SUFFIXES)
    ]


MIN_ZOOM = 0.1
MAX_ZOOM = 4.0
ZOOM_STEP = 1.2


class MapView(QGraphicsView):
    """The canvas widget; the scene it shows can be swapped when another map is chosen."""

    zoom_changed = Signal(float)
    images_refused = Signal(list)
    """Pictures dropped on the canvas that could not be added: one message each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # Headers move with every scroll; a full repaint is cheaper than tracking them.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._panning = False
        self._space_down = False
        self._pan_origin = QPointF()
        self.horizontalScrollBar().valueChanged.connect(self._sync_headers)
        self.verticalScrollBar().valueChanged.connect(self._sync_headers)

    def map_scene(self) -> MapScene | None:
        """The scene shown, if it is a map scene."""
        scene = self.scene()
        return scene if isinstance(scene, MapScene) else None

    def show_scene(self, scene: MapScene) -> None:
        """Show another map's scene, from its top-left corner."""
        previous = self.map_scene()
        if previous is not None:
            previous.border_hovered.disconnect(self._show_border_cursor)
            previous.focusItemChanged.disconnect(self._accept_input_method)
        self.setScene(scene)
        scene.border_hovered.connect(self._show_border_cursor)
        scene.focusItemChanged.connect(self._accept_input_method)
        self._accept_input_method()
        self.scroll_to_origin()
        # The window may still be laying itself out; look again once it has.
        QTimer.singleShot(0, self, self.scroll_to_origin)  # dropped if the view is gone

    def _accept_input_method(self, *_focus: object) -> None:
        # Qt turns input methods off while no text item has the focus; quick capture wants
        # them on, so Chinese (or any composed text) typed into a cell starts a note itself.
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)

    def _show_border_cursor(self, kind: str) -> None:
        if self._panning or self._space_down:
            return
        if kind == "step":
            self.viewport().setCursor(Qt.CursorShape.SplitHCursor)
        elif kind == "lane":
            self.viewport().setCursor(Qt.CursorShape.SplitVCursor)
        else:
            self.viewport().unsetCursor()

    def scroll_to_origin(self) -> None:
        """Show the top-left corner of the map."""
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
        self._sync_headers()

    # -- zoom ------------------------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        """The current scale (1.0 is 100 %)."""
        return self.transform().m11()

    def set_zoom(self, zoom: float, anchor_under_mouse: bool = False) -> None:
        """Zoom to `zoom` (clamped), about the cursor or the centre of the view."""
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        if abs(zoom - self.zoom) < 1e-6:
            return
        anchor = (
            QGraphicsView.ViewportAnchor.AnchorUnderMouse
            if anchor_under_mouse
            else QGraphicsView.ViewportAnchor.AnchorViewCenter
        )
        self.setTransformationAnchor(anchor)
        self.scale(zoom / self.zoom, zoom / self.zoom)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self._sync_headers()
        self.zoom_changed.emit(self.zoom)

    def zoom_in(self) -> None:
        """One step closer."""
        self.set_zoom(self.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        """One step further away."""
        self.set_zoom(self.zoom / ZOOM_STEP)

    def reset_zoom(self) -> None:
        """100 %."""
        self.set_zoom(1.0)

    def fit(self) -> None:
        """Show the whole map."""
        scene = self.map_scene()
        if scene is None or scene.layout is None:
            return
        rect = QRectF(0, 0, scene.layout.width, scene.layout.height)
        viewport = self.viewport().rect()
        zoom = (
            min(viewport.width() / max(rect.width(), 1), viewport.height() / max(rect.height(), 1))
            * 0.98
        )
        self.set_zoom(zoom)
        self.scroll_to_origin()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self.zoom * ZOOM_STEP**steps, anchor_under_mouse=True)
            event.accept()
            return
        super().wheelEvent(event)

    # -- panning with space-drag or the middle button ---------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and not self._editing():
            self._space_down = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space_down:
            self._space_down = False
            self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
            event.button() == Qt.MouseButton.LeftButton and self._space_down
        ):
            self._panning = True
            self._pan_origin = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._panning:
            delta = event.position() - self._pan_origin
            self._pan_origin = event.position()
            self.horizontalScrollBar().setValue(
                self.horizontalScrollBar().value() - round(delta.x())
            )
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - round(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._panning:
            self._panning = False
            if self._space_down:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._sync_headers()

    # -- drops from the palette --------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        data = event.mimeData()
        if self.map_scene() is not None and (parse_payload(data) is not None or _image_paths(data)):
            event.acceptProposedAction()
        else:
            event.ignore()  # project files and other drops go to the window

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        scene = self.map_scene()
        payload = parse_payload(event.mimeData())
        if payload is None and _image_paths(event.mimeData()):
            payload = ("card", "image")
        if payload is None or scene is None:
            event.ignore()
            return
        position = self.mapToScene(event.position().toPoint())
        if scene.show_palette_target(payload[0], payload[1], position):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        if (scene := self.map_scene()) is not None:
            scene.hide_palette_target()
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        scene = self.map_scene()
        images = _image_paths(event.mimeData())
        if images and scene is not None:
            scene.hide_palette_target()
            position = self.mapToScene(event.position().toPoint())
            problems = scene.drop_images(images, position)
            event.acceptProposedAction()
            if problems:
                self.images_refused.emit(problems)
            return
        payload = parse_payload(event.mimeData())
        if payload is None or scene is None:
            event.ignore()
            return
        scene.hide_palette_target()
        position = self.mapToScene(event.position().toPoint())
        if scene.drop_from_palette(payload[0], payload[1], position):
            event.acceptProposedAction()
        else:
            event.ignore()

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab and Shift+Tab move between cells of the map rather than out of the canvas.
        scene = self.map_scene()
        if scene is not None and scene.layout is not None and scene.layout.columns:
            return False
        return super().focusNextPrevChild(next)

    def ensure_cell_visible(self, rect: QRectF) -> None:
        """Scroll so a cell shows clear of the frozen headers."""
        scene = self.map_scene()
        if scene is None or scene.layout is None:
            return
        zoom = self.zoom
        margin_x = round(scene.layout.lane_header_width * zoom) + 8
        margin_y = round(scene.layout.header_height * zoom) + 8
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        if rect.left() < visible.left() + margin_x / zoom:
            self.horizontalScrollBar().setValue(round((rect.left()) * zoom - margin_x))
        elif rect.right() > visible.right():
            self.horizontalScrollBar().setValue(
                round(rect.right() * zoom - self.viewport().width() + 8)
            )
        if rect.top() < visible.top() + margin_y / zoom:
            self.verticalScrollBar().setValue(round(rect.top() * zoom - margin_y))
        elif rect.bottom() > visible.bottom():
            bottom = min(rect.bottom(), rect.top() + (self.viewport().height() - margin_y) / zoom)
            self.verticalScrollBar().setValue(round(bottom * zoom - self.viewport().height() + 8))

    def _editing(self) -> bool:
        scene = self.scene()
        return scene is not None and isinstance(scene.focusItem(), CardTextEditor)

    def _sync_headers(self) -> None:
        scene = self.map_scene()
        if scene is not None:
            scene.freeze_headers(self.mapToScene(0, 0))
            scene.set_detail(self.zoom)
