"""New from template: a thumbnail of each template, drawn by the canvas, in the chosen language."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeydesigner.canvas.image_export import render_png
from journeydesigner.i18n import interface_language
from journeydesigner.io.load import read_project
from journeydesigner.templates import LANGUAGES, Template, list_templates

THUMBNAIL = QSize(240, 150)


@cache
def _thumbnail(path: str) -> QIcon:
    """A small picture of a template's first map (drawn once per file and session)."""
    project = read_project(path)
    if not project.maps:
        return QIcon()
    image = QImage.fromData(render_png(project, project.maps[0].id, dpi=30))
    pixmap = QPixmap.fromImage(image).scaled(
        THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    return QIcon(pixmap)


class TemplateDialog(QDialog):
    """Choose a template and a language; `chosen()` says which after `exec()`."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New from template"))
        self.resize(820, 560)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setAccessibleName(self.tr("Language"))
        # New maps start in the language people work in, unless they choose another.
        language = language or interface_language()
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.currentIndexChanged.connect(lambda _index: self.fill())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Language")))
        top.addWidget(self.language)
        top.addStretch(1)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Templates"))
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(THUMBNAIL)
        self.list.setGridSize(QSize(THUMBNAIL.width() + 24, THUMBNAIL.height() + 48))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setWordWrap(True)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.currentItemChanged.connect(self._describe)
        self.description = QLabel()
        self.description.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.description)
        layout.addWidget(buttons)
        self.templates: list[Template] = []
        self.fill()
        self.list.setFocus()  # arrows pick a template at once; Tab reaches the language

    def fill(self) -> None:
        """List the templates in the chosen language, with their thumbnails."""
        current = self.chosen()
        self.templates = list_templates(lang=str(self.language.currentData()))
        self.list.clear()
        for template in self.templates:
            title = read_project(template.path).maps[0].title if template.path else template.name
            item = QListWidgetItem(_thumbnail(str(template.path)), title)
            item.setData(Qt.ItemDataRole.UserRole, template.name)
            item.setToolTip(template.description)
            self.list.addItem(item)
        names = [t.name for t in self.templates]
        self.list.setCurrentRow(names.index(current[0]) if current and current[0] in names else 0)

    def _describe(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        self.description.setText(item.toolTip() if item else "")

    def chosen(self) -> tuple[str, str] | None:
        """(template name, language code) of the selection."""
        item = self.list.currentItem() if hasattr(self, "list") else None
        if item is None:
            return None
        return str(item.data(Qt.ItemDataRole.UserRole)), str(self.language.currentData())
