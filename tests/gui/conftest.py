"""Fixtures for tests that drive the real window with mouse and keyboard events."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsView, QWidget

from journeydesigner.app.window import MainWindow
from journeydesigner.canvas.fonts import register_fonts
from journeydesigner.i18n import install_translators
from journeydesigner.io.save import write_project
from journeydesigner.model.project import Project


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, qapp):  # type: ignore[no-untyped-def]
    # Never read or write the user's real settings, recent files or app data.
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    qapp.setOrganizationName("journeydesigner-tests")
    qapp.setApplicationName("journeydesigner-tests")
    register_fonts()
    # English as the app runs it: the en_US locale and the English plural forms ("1 card").
    install_translators("en")


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    """A main window of 1400×900, shown, with nothing open."""
    win = MainWindow(
        QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "jd", "tests")
    )
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitActive(win)
    win.stack.setClean()
    yield win
    win.stack.setClean()  # closing must not stop at the "Save changes?" question
    win.close()
    win.deleteLater()


def open_project(window: MainWindow, project: Project, path: Path) -> None:
    """Save `project` to `path` and open it in the window, scrolled to the top left."""
    write_project(project, path)
    assert window.open_path(path)
    QTest.qWait(10)
    window.view.scroll_to_origin()


def view_point(window: MainWindow, scene_x: float, scene_y: float) -> QPoint:
    """Viewport coordinates of a scene point."""
    return window.view.mapFromScene(QPointF(scene_x, scene_y))


def type_text(widget: QWidget, text: str) -> None:
    """Type text: ASCII as key presses, anything else as an input method would commit it."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            # Input methods talk to the focus widget, which is the view, not its viewport.
            target = (
                widget.parentWidget()
                if isinstance(widget.parentWidget(), QGraphicsView)
                else widget
            )
            QApplication.sendEvent(target, event)


def drag(window: MainWindow, start: QPoint, end: QPoint, steps: int = 6) -> None:
    """Press, move in steps and release the left button on the canvas, like a hand would."""
    viewport = window.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, steps + 1):
        point = start + (end - start) * (i / steps)
        QTest.mouseMove(viewport, point)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
