"""A countdown for timeboxed exercises, and the small clock that shows it in a corner of a view.

One `WorkshopTimer` serves the editing canvas and the presentation screen alike, so pausing on
the laptop pauses what the room sees. It counts with a monotonic clock, not by ticks, so a busy
event loop cannot make the time run slow.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from journeydesigner.widgets.fields import ui_font

DEFAULT_MINUTES = 5
FLASH_SECONDS = 12
"""How long the end signal flashes before it settles on a steady red."""
END_COLOUR = "#D55E00"
RING_COLOUR = "#E69F00"


class WorkshopTimer(QObject):
    """A countdown: set the minutes, start, pause, reset; `finished` once when it reaches zero."""

    changed = Signal()
    finished = Signal()

    def __init__(
        self, parent: QObject | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.duration = DEFAULT_MINUTES * 60.0
        self._left_at_start = self.duration
        self._started_at: float | None = None
        self.ended_at: float | None = None
        """When the countdown reached zero (clock time), for the end signal's flashing."""
        self.shown = False
        """Whether the clock is on screen (set or started once; hidden again by the user)."""
        self._tick = QTimer(self)
        self._tick.setInterval(200)
        self._tick.timeout.connect(self._on_tick)

    @property
    def running(self) -> bool:
        """Whether the countdown is going."""
        return self._started_at is not None

    def remaining(self) -> float:
        """Seconds left (never below zero)."""
        if self._started_at is None:
            return self._left_at_start
        return max(0.0, self._left_at_start - (self._clock() - self._started_at))

    def set_minutes(self, minutes: float) -> None:
        """A new duration; the countdown stops at its full length."""
        self.duration = max(1.0, minutes * 60.0)
        self.reset()

    def start(self) -> None:
        """Start, or go on after a pause (from the full length once it has run out)."""
        if self.running:
            return
        if self._left_at_start <= 0:
            self._left_at_start = self.duration
        self.ended_at = None
        self.shown = True
        self._started_at = self._clock()
        self._tick.start()
        self.changed.emit()

    def pause(self) -> None:
        """Stop counting, keeping the time left."""
        if self._started_at is None:
            return
        self._left_at_start = self.remaining()
        self._started_at = None
        self.changed.emit()

    def toggle(self) -> None:
        """Start or pause."""
        if self.running:
            self.pause()
        else:
            self.start()

    def reset(self) -> None:
        """Back to the full length, stopped."""
        self._left_at_start = self.duration
        self._started_at = None
        self.ended_at = None
        self.shown = True
        self._tick.stop()
        self.changed.emit()

    def set_shown(self, shown: bool) -> None:
        """Show or hide the clock (the countdown goes on either way)."""
        self.shown = shown
        self.changed.emit()

    def flashing(self) -> bool:
        """Whether the end signal is in its flashing phase."""
        return self.ended_at is not None and self._clock() - self.ended_at < FLASH_SECONDS

    def flash_on(self) -> bool:
        """Which half of a flash this moment is (two flashes a second)."""
        return self.ended_at is not None and int((self._clock() - self.ended_at) * 2) % 2 == 0

    def _on_tick(self) -> None:
        if self.running and self.remaining() <= 0:
            self._left_at_start = 0.0
            self._started_at = None
            self.ended_at = self._clock()
            self.finished.emit()
        elif not self.running and not self.flashing():
            self._tick.stop()
        self.changed.emit()


def format_time(seconds: float) -> str:
    """Time left as people read it on a clock: 8:05, 0:09, 1:02:00."""
    whole = int(seconds + 0.999)  # 4.2 s left still shows 0:05, and 0 only at the very end
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class TimerOverlay(QWidget):
    """The clock in the top-right corner of a view: time left and a ring; click to start/pause."""

    def __init__(
        self, timer: WorkshopTimer, host: QWidget, *, scale: float = 1.0, bottom: bool = False
    ) -> None:
        super().__init__(host)
        self._timer = timer
        self._host = host
        self.scale = scale
        self._bottom = bottom
        """In the bottom-right corner (the editor: the stage headers stay clear), else top-right."""
        self.blanked = False
        """Kept out of sight while the projection is blacked or whited out."""
        self.dark = False
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Workshop timer: click to start or pause"))
        self.setAccessibleName(self.tr("Workshop timer"))
        timer.changed.connect(self._refresh)
        host.installEventFilter(self)
        self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._host and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def set_scale(self, scale: float) -> None:
        """Grow the clock (presentation mode shows it at projection size)."""
        self.scale = scale
        self._place()

    def _place(self) -> None:
        width, height = round(230 * self.scale), round(52 * self.scale)
        margin = round(12 * self.scale)
        top = self._host.height() - height - margin if self._bottom else margin
        self.setGeometry(self._host.width() - width - margin, top, width, height)
        self.raise_()

    def _refresh(self) -> None:
        self.setVisible(self._timer.shown and not self.blanked)
        self._place()
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._timer.toggle()
            event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        timer = self._timer
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        s = self.scale
        box = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        ended = timer.ended_at is not None
        flash = ended and timer.flashing() and timer.flash_on()
        ground = QColor(END_COLOUR) if flash else QColor("#161C25" if self.dark else "#FFFFFF")
        ground.setAlpha(235)
        painter.setPen(QPen(QColor(END_COLOUR if ended else "#8A93A3"), 1.5 * s))
        painter.setBrush(ground)
        painter.drawRoundedRect(box, 10 * s, 10 * s)
        ink = "#FFFFFF" if flash or self.dark else "#1B2330"
        quiet = "#FFFFFF" if flash else "#AEB6C2" if self.dark else "#4A5363"
        ring = QRectF(box.right() - box.height() + 8 * s, box.top() + 8 * s, 0, 0)
        ring.setWidth(box.height() - 16 * s)
        ring.setHeight(box.height() - 16 * s)
        painter.setFont(ui_font(round(13 * s)))
        painter.setPen(QColor(quiet))
        if ended:
            label = self.tr("Time’s up")
        elif timer.running:
            label = self.tr("Time left")
        else:
            label = self.tr("Paused")
        painter.drawText(
            QRectF(box.left() + 12 * s, box.top(), box.width() * 0.42, box.height()),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            label,
        )
        painter.setFont(ui_font(round(26 * s), bold=True))
        painter.setPen(QColor(END_COLOUR if ended and not flash else ink))
        painter.drawText(
            QRectF(box.left(), box.top(), ring.left() - box.left() - 10 * s, box.height()),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
            format_time(timer.remaining()),
        )
        track = QPen(QColor("#3A4556" if self.dark else "#E9ECF0"), 4 * s)
        painter.setPen(track)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(ring)
        fraction = timer.remaining() / timer.duration if timer.duration else 0.0
        arc = QPen(QColor(END_COLOUR if ended else RING_COLOUR), 4 * s)
        arc.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(arc)
        painter.drawArc(ring, 90 * 16, round(fraction * 360 * 16))
        if not timer.running and not ended:
            # Two bars: the countdown waits for a click (or T in presentation).
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(quiet))
            centre = ring.center()
            for dx in (-3.5 * s, 1.5 * s):
                painter.drawRect(
                    QRectF(centre + QPointF(dx, -5 * s), centre + QPointF(dx + 2 * s, 5 * s))
                )
        painter.end()
