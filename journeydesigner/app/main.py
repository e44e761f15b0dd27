"""Start the editor: the Qt application, the main window, and the first project."""

from __future__ import annotations

import sys
from pathlib import Path

from journeydesigner import APP_NAME, __version__


def run(path: Path | None = None, language: str | None = None) -> int:
    """Open the editor on `path`, or on the bundled sample; returns the exit status.

    `language` (pl, zh_CN, zh_TW, en) overrides $JOURNEYDESIGNER_LANG, Preferences and the
    system locale for this run.
    """
    from PySide6.QtGui import QImageReader
    from PySide6.QtWidgets import QApplication

    from journeydesigner.app.about import app_icon
    from journeydesigner.app.recovery import (
        find_orphans,
        install_emergency_hook,
        offer_recovery,
        release_sessions,
    )
    from journeydesigner.app.window import MainWindow
    from journeydesigner.canvas.fonts import add_fallback_fonts, register_fonts
    from journeydesigner.i18n import chosen_language, install_translators
    from journeydesigner.paths import sample_project

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("journeydesigner")
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName("journeydesigner")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.journeydesigner.JourneyDesigner")
    app.setWindowIcon(app_icon())
    # Before any widget exists: menus, dialogs and Qt's own buttons are made in this language.
    install_translators(chosen_language(language))
    QImageReader.setAllocationLimit(128)  # MB: a hostile image cannot exhaust memory
    register_fonts()
    add_fallback_fonts(app)
    install_emergency_hook()
    window = MainWindow()
    window.show()
    # Work a crashed or killed session did not save is offered back before anything else opens.
    if not offer_recovery(window, find_orphans(), window.restore_snapshot):
        # A file that cannot be opened is explained in a dialog; the window stays for another.
        if path is not None:
            window.open_path(path)
        else:
            window.open_sample(sample_project())
    try:
        return app.exec()
    finally:
        release_sessions()
