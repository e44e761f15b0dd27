"""Help → About Journey Designer: the version, the licence and what the app bundles."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMessageBox, QWidget

from journeydesigner import APP_NAME, __version__
from journeydesigner.i18n import translate
from journeydesigner.paths import resource_dir

ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
LICENCE = "GPL-3.0-or-later"
# The libraries the app runs on, with their licences.
LIBRARIES = (
    ("PySide6 / Qt", "LGPL-3.0"),
    ("pydantic", "MIT"),
    ("reportlab", "BSD"),
)


def app_icon() -> QIcon:
    """The app icon in every size under resources/icons (empty when the files are missing)."""
    icon = QIcon()
    folder = resource_dir() / "icons"
    for size in ICON_SIZES:
        path = folder / f"journeydesigner-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon


def bundled_fonts() -> list[tuple[str, str]]:
    """(family, licence) of each bundled font, read from the table in resources/fonts/README.md."""
    try:
        text = (resource_dir() / "fonts" / "README.md").read_text(encoding="utf-8")
    except OSError:
        return []
    fonts = []
    for line in text.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[0].startswith("`"):
            licence = cells[3].split(",")[0].strip()
            fonts.append((cells[1], licence))
    return fonts


def about_text() -> str:
    """The dialog's rich text."""
    fonts = "".join(
        f"<li>{escape(family)}: {escape(licence)}</li>" for family, licence in bundled_fonts()
    )
    libraries = "".join(
        f"<li>{escape(name)}: {escape(licence)}</li>" for name, licence in LIBRARIES
    )
    return (
        f"<h3>{escape(APP_NAME)} {escape(__version__)}</h3>"
        + "<p>"
        + escape(
            translate(
                "about", "An offline designer for customer journey maps and service blueprints."
            )
        )
        + "</p><p>"
        + escape(
            translate(
                "about", "Licence: {licence}. This program comes with ABSOLUTELY NO WARRANTY."
            ).format(licence=LICENCE)
        )
        + "</p><p>"
        + escape(translate("about", "Bundled fonts:"))
        + f"</p><ul>{fonts}</ul><p>"
        + escape(translate("about", "Built with:"))
        + f"</p><ul>{libraries}</ul>"
    )


def about_dialog(parent: QWidget | None = None) -> QMessageBox:
    """The About box, not yet shown."""
    box = QMessageBox(parent)
    box.setWindowTitle(translate("about", "About {app}").format(app=APP_NAME))
    box.setIconPixmap(app_icon().pixmap(64, 64))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text())
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def show_about(parent: QWidget | None = None) -> None:
    """Help → About Journey Designer."""
    about_dialog(parent).exec()
