"""Presentation mode: the map projected full screen, stage by stage, for a workshop room.

A window of its own on the chosen screen, showing its own scene of the same document in a
projection palette (the same layout and painters as the canvas). The editing window is not
touched while presenting, so leaving gives it back exactly as it was; edits made on either
screen are ordinary undoable commands and show on both.

Keys (what presentation clickers send, and PowerPoint's habits):
Right, PageDown, Space, Enter, N: next stage · Left, PageUp, Shift+Space, Backspace, P: previous
Home, End: first, last · O: the whole map · Up, Down: scroll within a stage
B, period: black screen · W, comma: white screen · D: dark or light theme
T: start or pause the timer · R: reset it · V, +: vote for the selected cards · Shift+V, −: take
a vote back · Ctrl+plus, Ctrl+minus, Ctrl+0: zoom · Esc: leave.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEasingCurve,
    QPointF,
    QRect,
    QRectF,
    QSettings,
    QSize,
    Qt,
    QTimer,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QScreen,
    QTransform,
)
from PySide6.QtWidgets import QFrame, QGraphicsView, QVBoxLayout, QWidget
from shiboken6 import isValid

from journeydesigner.canvas.items import CardItem
from journeydesigner.canvas.scene import MapScene
from journeydesigner.commands.editor import Editor
from journeydesigner.document import Change
from journeydesigner.layout.style import PROJECTION_DARK, PROJECTION_LIGHT, Palette
from journeydesigner.names import map_kind_name
from journeydesigner.presentation.stepper import (
    Camera,
    Stepper,
    overview_camera,
    presentation_zoom,
    stage_camera,
)
from journeydesigner.widgets.fields import ui_font
from journeydesigner.widgets.timer import TimerOverlay, WorkshopTimer

GLIDE_MS = 450
POINTER_REST_MS = 2500
DIM_ALPHA = 0.62
"""How much of the canvas colour covers stages out of the spotlight (about 40 % shows)."""
FOOTER_PX = 60.0
TITLE_PX = 96.0
"""Height of the title row above the map, on a 1080-line screen."""
CLOCK_SCALE = 1.3
"""The timer at projection size: 68 px tall on a 1080-line screen."""
SETTINGS_THEME = "presentation/theme"
SETTINGS_SCREEN = "presentation/screen"

_NEXT = {Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_N}
_PREVIOUS = {Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_P}


def choose_screen(names: list[str], saved: str, current: str) -> int:
    """Which screen to present on: the saved choice, else another screen than the editor's."""
    if saved in names:
        return names.index(saved)
    if len(names) < 2:
        return 0
    # With a projector plugged in, the editor stays on the laptop and the map goes on the wall.
    return next((i for i, name in enumerate(names) if name != current), 0)


class PresentationView(QGraphicsView):
    """The projected map: no scroll bars, a dimmed context around the spotlighted stage."""

    key_pressed = Signal(QKeyEvent)
    stage_clicked = Signal(str)

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.map_scene = scene
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.spotlight: str | None = None
        """The stage id in the spotlight; None shows the whole map undimmed."""
        self.blank = ""
        self.footer: tuple[int, int, str] = (0, 0, "")
        self.more_below = False
        self.more_above = False
        """(stage number, stage count, stage name) for the progress line."""
        self.horizontalScrollBar().valueChanged.connect(self.sync_headers)
        self.verticalScrollBar().valueChanged.connect(self.sync_headers)
        # The pointer hides when it rests, as in slide shows; moving the mouse brings it back.
        self.setMouseTracking(True)
        self._pointer_rest = QTimer(self)
        self._pointer_rest.setSingleShot(True)
        self._pointer_rest.setInterval(POINTER_REST_MS)
        self._pointer_rest.timeout.connect(
            lambda: self.viewport().setCursor(Qt.CursorShape.BlankCursor)
        )
        self._pointer_rest.start()

    @property
    def palette_theme(self) -> Palette:
        return self.map_scene.theme_palette

    def sync_headers(self) -> None:
        """Keep stage and lane headers in sight, as on the canvas."""
        # At exit Qt may delete the scene's items before this view stops scrolling.
        if isValid(self.map_scene) and self.map_scene.layout is not None:
            self.map_scene.freeze_headers(self.mapToScene(0, 0))

    def camera(self) -> Camera:
        """What is shown now."""
        top_left = self.mapToScene(0, 0)
        return Camera(self.transform().m11(), top_left.x(), top_left.y())

    def apply(self, camera: Camera) -> None:
        """Show exactly this camera (zoom, then the scene point at the top-left corner)."""
        self.setTransform(QTransform.fromScale(camera.zoom, camera.zoom))
        rect = self.sceneRect()
        self.horizontalScrollBar().setValue(round((camera.left - rect.left()) * camera.zoom))
        self.verticalScrollBar().setValue(round((camera.top - rect.top()) * camera.zoom))
        self.sync_headers()
        self.viewport().update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Every key is a presentation command: none reaches the scene (no typing, no Tab walk).
        self.key_pressed.emit(event)
        event.accept()

    def focusNextPrevChild(self, next: bool) -> bool:
        return False

    # The mouse selects cards (to vote) and picks stages; it never drags, resizes or edits on
    # the wall, where a slip of the clicker hand would move the map under the room's eyes.

    def mousePressEvent(self, event: QMouseEvent) -> None:
        position = self.mapToScene(event.position().toPoint())
        header = self.map_scene.header_at(position)
        if header is not None and event.button() == Qt.MouseButton.LeftButton:
            if header[0] == "stage":
                self.stage_clicked.emit(header[1])
            elif header[0] == "step":
                self.stage_clicked.emit(self._stage_of_step(header[1]))
            event.accept()
            return
        card = next((i for i in self.map_scene.items(position) if isinstance(i, CardItem)), None)
        if card is None:
            self.map_scene.clearSelection()
            event.accept()
            return
        super().mousePressEvent(event)
        self.map_scene.set_current_cell(None)  # no editing cursor on the wall, only selection

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.viewport().unsetCursor()
        self._pointer_rest.start()
        if event.buttons():
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        # Two quick clicks are two clicks here (two votes, say), never an edit.
        self.mousePressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        event.accept()

    def _stage_of_step(self, step_id: str) -> str:
        layout = self.map_scene.layout
        column = layout.column(step_id) if layout is not None else None
        return column.stage_id if column is not None else ""

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        layout = self.map_scene.layout
        palette = self.palette_theme
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        if layout is not None and self.spotlight is not None and not self.blank:
            veil = QColor(palette.canvas)
            veil.setAlphaF(DIM_ALPHA)
            left = max(visible.left(), 0.0) + layout.lane_header_width
            for header in layout.stages:
                if header.stage_id == self.spotlight:
                    continue
                x0 = max(header.rect.x, left)
                x1 = header.rect.right
                if x1 > x0:
                    painter.fillRect(QRectF(x0, visible.top(), x1 - x0, visible.height()), veil)
        painter.save()
        painter.resetTransform()
        viewport = QRectF(self.viewport().rect())
        if self.blank:
            painter.fillRect(viewport, QColor("#000000" if self.blank == "black" else "#FFFFFF"))
            painter.restore()
            return
        self._paint_footer(painter, viewport, palette)
        painter.restore()

    def _paint_footer(self, painter: QPainter, viewport: QRectF, palette: Palette) -> None:
        """Stage progress at the left, the keys at the right, on a band along the bottom."""
        scale = max(viewport.height(), 1.0) / 1080.0
        height = FOOTER_PX * scale
        band = QRectF(0, viewport.height() - height, viewport.width(), height)
        painter.fillRect(band, QColor(palette.canvas))
        painter.setPen(QPen(QColor(palette.rule), max(1.0, 2 * scale)))
        painter.drawLine(band.topLeft(), band.topRight())
        number, count, name = self.footer
        x = 24 * scale
        centre_y = band.center().y()
        for index in range(count):
            active = index + 1 == number
            painter.setPen(
                QPen(
                    QColor(palette.selection if active else palette.rule),
                    7 * scale,
                    Qt.PenStyle.SolidLine,
                    Qt.PenCapStyle.RoundCap,
                )
            )
            painter.drawLine(QPointF(x, centre_y), QPointF(x + 30 * scale, centre_y))
            x += 42 * scale
        painter.setFont(ui_font(round(24 * scale)))
        painter.setPen(QColor(palette.ink_secondary))
        if number:
            text = self.tr("Stage {number} of {count}: {name}").format(
                number=number, count=count, name=name
            )
        else:
            text = self.tr("Whole map")
        painter.drawText(
            QRectF(x + 12 * scale, band.top(), viewport.width() * 0.5, band.height()),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            text,
        )
        keys = self.tr("← →  Stage     O  Overview     B  Black out     T  Timer     Esc  Exit")
        if self.more_below or self.more_above:
            # The stage goes on below the screen (a tall map at projection size).
            keys = self.tr("↑ ↓  Scroll") + "     " + keys
        painter.drawText(
            band.adjusted(0, 0, -24 * scale, 0),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
            keys,
        )


class PresentationTitle(QWidget):
    """The row above the map: which journey this is, and the timer at the right.

    A room that walks in mid-workshop sees what is on the wall; the clock sits here rather than
    over the stage headers.
    """

    def __init__(self, window: PresentationWindow) -> None:
        super().__init__(window)
        self._window = window
        self.blank = ""
        """Painted black or white with the rest of the screen."""

    def scale(self) -> float:
        return max(self._window.height(), 1) / 1080.0

    def sizeHint(self) -> QSize:
        return QSize(self._window.width(), round(TITLE_PX * self.scale()))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self.blank:
            painter.fillRect(self.rect(), QColor("#000000" if self.blank == "black" else "#FFFFFF"))
            return
        palette = self._window.scene.theme_palette
        painter.fillRect(self.rect(), QColor(palette.canvas))
        journey_map = self._window.editor.document.project.map(self._window.map_id)
        if journey_map is None:
            return
        s = self.scale()
        box = QRectF(24 * s, 0, self.width() * 0.62, self.height())
        painter.setFont(ui_font(round(26 * s), bold=True))
        painter.setPen(QColor(palette.ink_secondary))
        title = painter.fontMetrics().elidedText(
            journey_map.title.upper(), Qt.TextElideMode.ElideRight, round(box.width() * 0.7)
        )
        painter.drawText(
            box, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), title
        )
        after = painter.fontMetrics().horizontalAdvance(title)
        painter.setFont(ui_font(round(22 * s)))
        painter.setPen(QColor(palette.ink_tertiary))
        painter.drawText(
            box.adjusted(after + 12 * s, 0, 0, 0),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            "·  " + map_kind_name(journey_map.kind),
        )
        painter.end()


class PresentationWindow(QWidget):
    """Full screen on one screen: the map, the spotlight, the timer. Esc closes it."""

    closed = Signal()
    theme_changed = Signal(str)

    def __init__(
        self,
        editor: Editor,
        map_id: str,
        timer: WorkshopTimer,
        settings: QSettings,
        start_stage: int = 0,
    ) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setWindowTitle(self.tr("Journey Designer — presentation"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.editor = editor
        self.map_id = map_id
        self.settings = settings
        self.timer = timer
        self.scene = MapScene(editor, map_id, self)
        theme = str(settings.value(SETTINGS_THEME, "dark"))
        self.scene.set_theme(PROJECTION_LIGHT if theme == "light" else PROJECTION_DARK)
        self.view = PresentationView(self.scene, self)
        self.title = PresentationTitle(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.title)
        layout.addWidget(self.view)
        self.clock = TimerOverlay(timer, self.title)
        self.clock.dark = self.scene.theme_palette.dark
        journey_map = editor.document.map(map_id)
        self.stepper = Stepper(len(journey_map.stages))
        if journey_map.stages:
            self.stepper.index = max(0, min(start_stage, len(journey_map.stages) - 1))
        self._remembered: int | None = self.stepper.index
        self._vertical = 0.0
        """Scene y at the top of the view (Up and Down scroll within a stage)."""
        self._zoom_factor = 1.0
        self._from = Camera(1.0, 0.0, 0.0)
        self._to = Camera(1.0, 0.0, 0.0)
        self.animation = QVariantAnimation(self)
        self.animation.setStartValue(0.0)
        self.animation.setEndValue(1.0)
        self.animation.setDuration(GLIDE_MS)
        self.animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self.animation.valueChanged.connect(self._glide_step)
        self.view.key_pressed.connect(self.handle_key)
        self.view.stage_clicked.connect(self.go_to_stage)
        editor.document.subscribe(self._on_change)
        self._closing = False

    # -- showing ----------------------------------------------------------------------------------

    def present_on(self, screen: QScreen) -> None:
        """Full screen on `screen`, at the starting stage (without gliding there)."""
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.view.setFocus()
        self.refresh(glide=False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        scale = max(self.height(), 1) / 1080
        self.title.setFixedHeight(round(TITLE_PX * scale))
        self.clock.set_scale(scale * CLOCK_SCALE)
        self.refresh(glide=False)

    def target_camera(self) -> Camera:
        """Where the view should be for the current state."""
        layout = self.scene.layout
        viewport = (float(self.view.viewport().width()), float(self.view.viewport().height()))
        if layout is None:
            return Camera(1.0, 0.0, 0.0)
        scene_rect = self.scene.sceneRect()
        if self.stepper.index is None or not layout.stages:
            # The whole map, centred above the progress band.
            below = FOOTER_PX * max(self.height(), 1) / 1080
            above = below / 2
            camera = overview_camera(layout, (viewport[0], viewport[1] - above - below))
            self.view.setSceneRect(
                QRectF(
                    scene_rect.left(),
                    -above / camera.zoom,
                    scene_rect.width(),
                    scene_rect.height() + (above + below) / camera.zoom,
                )
            )
            return Camera(camera.zoom, 0.0, -above / camera.zoom)
        self.view.setSceneRect(scene_rect)
        zoom = presentation_zoom(viewport[1], layout.metrics.card_text.size) * self._zoom_factor
        # Room at the bottom for the progress band: never scroll past the map's end.
        bottom = layout.height + FOOTER_PX * viewport[1] / 1080 / zoom
        top = max(0.0, min(self._vertical, bottom - viewport[1] / zoom))
        self._vertical = top
        return stage_camera(layout, self.stepper.index, zoom, viewport, top)

    def refresh(self, *, glide: bool = True) -> None:
        """Move to the current state: spotlight, footer, camera (gliding unless told not to)."""
        layout = self.scene.layout
        journey_map = self.editor.document.map(self.map_id)
        index = self.stepper.index
        if index is not None and layout is not None and index < len(layout.stages):
            stage_id = layout.stages[index].stage_id
            self.view.spotlight = stage_id
            stage = next(s for s in journey_map.stages if s.id == stage_id)
            self.view.footer = (index + 1, len(layout.stages), stage.name)
            self.view.setAccessibleDescription(stage.name)
        else:
            self.view.spotlight = None
            self.view.footer = (0, len(journey_map.stages), "")
        self.view.blank = self.stepper.blank
        self.title.blank = self.stepper.blank
        self.title.update()
        self.clock.blanked = bool(self.stepper.blank)
        self.clock.setVisible(self.timer.shown and not self.stepper.blank)
        target = self.target_camera()
        if layout is not None:
            shown = self.view.viewport().height() / max(target.zoom, 1e-6)
            self.view.more_above = target.top > 1
            self.view.more_below = target.top + shown < layout.height - 1
        self.animation.stop()
        if glide and GLIDE_MS > 0 and self.isVisible():
            self._from, self._to = self.view.camera(), target
            self.animation.start()
        else:
            self.view.apply(target)
        self.view.viewport().update()

    def _glide_step(self, value: object) -> None:
        t = float(value) if isinstance(value, float | int) else 1.0
        self.view.apply(self._from.blend(self._to, t))

    # -- keys -------------------------------------------------------------------------------------

    def handle_key(self, event: QKeyEvent) -> None:
        """Turn a key into a presentation command."""
        key = event.key()
        modifiers = event.modifiers()
        shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_Escape:
            self.close()
            return
        if self.stepper.blank and key not in (Qt.Key.Key_B, Qt.Key.Key_W, Qt.Key.Key_Period):
            # Any key brings a blanked screen back, as in slide shows, and does nothing else.
            self.stepper.blank = ""
            self.refresh(glide=False)
            return
        if ctrl and key == Qt.Key.Key_Z:
            # A mistaken vote is taken back where it was made (Ctrl+Shift+Z redoes).
            if shift:
                self.editor.stack.redo()
            else:
                self.editor.stack.undo()
            return
        if ctrl:
            self._zoom_key(key)
            return
        if key == Qt.Key.Key_Space:
            self._step(self.stepper.previous if shift else self.stepper.next)
        elif key in _NEXT:
            self._step(self.stepper.next)
        elif key in _PREVIOUS:
            self._step(self.stepper.previous)
        elif key == Qt.Key.Key_Home:
            self._step(self.stepper.first)
        elif key == Qt.Key.Key_End:
            self._step(self.stepper.last)
        elif key == Qt.Key.Key_O:
            self.toggle_overview()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._scroll(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_B, Qt.Key.Key_Period):
            self.stepper.toggle_blank("black")
            self.refresh(glide=False)
        elif key in (Qt.Key.Key_W, Qt.Key.Key_Comma):
            self.stepper.toggle_blank("white")
            self.refresh(glide=False)
        elif key == Qt.Key.Key_D:
            self.toggle_theme()
        elif key == Qt.Key.Key_T:
            self.timer.toggle()
        elif key == Qt.Key.Key_R:
            self.timer.reset()
        elif key == Qt.Key.Key_V or event.text() in ("+", "-", "−"):
            down = (shift and key == Qt.Key.Key_V) or event.text() in ("-", "−")
            self.vote(-1 if down else 1)

    def _step(self, move: object) -> None:
        if callable(move) and move():
            self._vertical = 0.0
            self._remembered = self.stepper.index
            self.refresh()

    def go_to_stage(self, stage_id: str) -> None:
        """Spotlight a stage (a click on its header)."""
        ids = [s.id for s in self.editor.document.map(self.map_id).stages]
        if stage_id in ids and self.stepper.index != ids.index(stage_id):
            self.stepper.index = ids.index(stage_id)
            self._vertical = 0.0
            self._remembered = self.stepper.index
            self.refresh()

    def toggle_overview(self) -> None:
        """The whole map, or back to the stage shown before."""
        self.stepper.toggle_overview(self._remembered)
        if self.stepper.index is not None:
            self._remembered = self.stepper.index
        self.refresh()

    def _scroll(self, direction: int) -> None:
        layout = self.scene.layout
        if layout is None or self.stepper.index is None:
            return
        self._vertical += direction * self.view.viewport().height() * 0.4 / self.view.camera().zoom
        self._vertical = max(0.0, self._vertical)
        self.refresh()

    def _zoom_key(self, key: int) -> None:
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self._zoom_factor = min(self._zoom_factor * 1.15, 3.0)
        elif key == Qt.Key.Key_Minus:
            self._zoom_factor = max(self._zoom_factor / 1.15, 0.3)
        elif key == Qt.Key.Key_0:
            self._zoom_factor = 1.0
        else:
            return
        self.refresh()

    def toggle_theme(self) -> None:
        """Dark or light projection theme (remembered)."""
        light = self.scene.theme_palette is PROJECTION_DARK
        self.set_theme("light" if light else "dark")

    def set_theme(self, name: str) -> None:
        """Show the "dark" or "light" projection theme."""
        self.scene.set_theme(PROJECTION_LIGHT if name == "light" else PROJECTION_DARK)
        self.clock.dark = name != "light"
        self.clock.update()
        self.title.update()
        self.settings.setValue(SETTINGS_THEME, name)
        self.view.viewport().update()
        self.theme_changed.emit(name)

    def vote(self, delta: int) -> None:
        """Add or take back a vote on the selected cards."""
        self.editor.change_votes(self.map_id, self.scene.selected_card_ids(), delta)

    # -- following the document -------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if self._closing or self.editor.document.project.map(self.map_id) is None:
            self.close()
            return
        count = len(self.editor.document.map(self.map_id).stages)
        if count != self.stepper.stage_count:
            self.stepper.resize(count)
        self.refresh(glide=False)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing:
            self._closing = True
            self.animation.stop()
            self.editor.document.unsubscribe(self._on_change)
            self.scene.detach()
            self.closed.emit()
        super().closeEvent(event)
