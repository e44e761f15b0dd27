"""Help → About Journey Designer and About Qt, and the app icon."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from journeydesigner import __version__
from journeydesigner.app.about import about_dialog, app_icon


def test_the_about_box_names_the_version_and_every_licence(qtbot):
    box = about_dialog()
    qtbot.addWidget(box)
    text = box.text()
    assert __version__ in text
    assert "GPL-3.0-or-later" in text
    for name in (
        "Noto Sans",
        "SIL Open Font License 1.1",
        "WenQuanYi Micro Hei",
        "Apache License 2.0",
    ):
        assert name in text
    for name in ("PySide6", "LGPL-3.0", "pydantic", "MIT", "reportlab", "BSD"):
        assert name in text
    assert not box.iconPixmap().isNull()


def test_the_help_menu_opens_the_about_box(window, qtbot):
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[-1] == "&Help"
    seen: list[str] = []

    def close_it() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(100, close_it)
    window.about_action.trigger()
    assert seen
    assert __version__ in seen[0]
    assert window.about_qt_action.text() == "About &Qt"


def test_the_app_icon_has_every_size():
    sizes = {(size.width(), size.height()) for size in app_icon().availableSizes()}
    assert {(16, 16), (32, 32), (256, 256), (512, 512)} <= sizes
