"""File → Export PDF…: page size, orientation, layout and which maps."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from journeydesigner.i18n import translate
from journeydesigner.layout.labels import QT_TRANSLATE_NOOP

PAGE_NAMES = ("A4", "A3", "A2", "A1", "A0", "letter", "tabloid")
CUSTOM = QT_TRANSLATE_NOOP("export_dialog", "Custom (mm)…")
MODES = (
    ("fit", QT_TRANSLATE_NOOP("export_dialog", "Fit the map on one page")),
    ("tile", QT_TRANSLATE_NOOP("export_dialog", "Tile across pages (to tape into a poster)")),
    ("per-stage", QT_TRANSLATE_NOOP("export_dialog", "One page per stage (for slides)")),
)


class PagePreview(QWidget):
    """A sketch of the pages: one sheet, a row of sheets, or the grid of tiles to tape together."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(260, 150)
        self.pages = 0
        self.grid: tuple[int, int] | None = None
        self.landscape = True

    def show_plan(self, pages: int, grid: tuple[int, int] | None, landscape: bool) -> None:
        """Draw `pages` sheets, laid out as `grid` (rows, columns) when tiling."""
        self.pages, self.grid, self.landscape = pages, grid, landscape
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.pages <= 0:
            return
        rows, columns = self.grid or (1, min(self.pages, 8))
        ratio = 297 / 210 if self.landscape else 210 / 297
        area = self.rect().adjusted(4, 4, -4, -4)
        gap = 0 if self.grid else 6
        width = min(
            (area.width() - gap * (columns - 1)) / columns,
            (area.height() - gap * (rows - 1)) / rows * ratio,
        )
        height = width / ratio
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#8A93A3"), 1))
        painter.setBrush(QColor("#FFFFFF"))
        for row in range(rows):
            for column in range(columns):
                x = area.x() + column * (width + gap)
                y = area.y() + row * (height + gap)
                painter.drawRect(QRectF(x, y, width, height))
        painter.end()


@dataclass(frozen=True)
class ExportChoice:
    """What the user asked for."""

    page: str
    portrait: bool
    mode: str
    whole_project: bool
    open_after: bool
    scorecard: bool = True
    """A scorecard page after each map that has metrics or emotion points."""


class ExportDialog(QDialog):
    """Asks how to print; the caller then asks where to save."""

    def __init__(
        self,
        map_title: str,
        map_count: int,
        parent: QWidget | None = None,
        planner: Callable[[ExportChoice], tuple[int, tuple[int, int] | None] | str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export PDF"))
        self._planner = planner
        self.page = QComboBox()
        self.page.addItems(PAGE_NAMES)
        self.page.addItem(translate("export_dialog", CUSTOM), CUSTOM)
        self.page.setCurrentText("A3")
        self.page.setAccessibleName(self.tr("Page size"))
        self.custom = QLineEdit()
        self.custom.setPlaceholderText(self.tr("e.g. 900x600mm"))
        self.custom.setAccessibleName(self.tr("Custom page size"))
        self.custom.setEnabled(False)
        self.page.currentTextChanged.connect(
            lambda _text: self.custom.setEnabled(self.page.currentData() == CUSTOM)
        )
        page_row = QHBoxLayout()
        page_row.addWidget(self.page)
        page_row.addWidget(self.custom)

        self.landscape = QRadioButton(self.tr("Landscape"))
        self.portrait = QRadioButton(self.tr("Portrait"))
        self.landscape.setChecked(True)
        orientation = QHBoxLayout()
        orientation.addWidget(self.landscape)
        orientation.addWidget(self.portrait)
        orientation.addStretch(1)

        self.modes = QButtonGroup(self)
        mode_box = QVBoxLayout()
        for index, (_, label) in enumerate(MODES):
            button = QRadioButton(translate("export_dialog", label))
            button.setChecked(index == 0)
            self.modes.addButton(button, index)
            mode_box.addWidget(button)

        self.this_map = QRadioButton(self.tr("This map: {title}").format(title=map_title))
        self.all_maps = QRadioButton(
            self.tr("All %n maps, with a page per persona", None, map_count)
            if map_count > 1
            else self.tr("The whole project, with a page per persona")
        )
        self.this_map.setChecked(True)
        self.all_maps.setEnabled(map_count > 0)
        which = QVBoxLayout()
        which.addWidget(self.this_map)
        which.addWidget(self.all_maps)

        self.open_after = QCheckBox(self.tr("Open the PDF when it is ready"))
        self.open_after.setChecked(True)
        self.scorecard = QCheckBox(
            self.tr("A scorecard page after each map with metrics or an emotion curve")
        )
        self.scorecard.setChecked(True)

        form = QFormLayout()
        form.addRow(self.tr("Page size"), page_row)
        form.addRow(self.tr("Orientation"), orientation)
        form.addRow(self.tr("Layout"), mode_box)
        form.addRow(self.tr("Maps"), which)
        form.addRow("", self.scorecard)
        self.preview = PagePreview()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        form.addRow(self.tr("Pages"), self.summary)
        form.addRow("", self.preview)
        self._replan = QTimer(self)
        self._replan.setSingleShot(True)
        self._replan.setInterval(150)
        self._replan.timeout.connect(self.update_preview)
        for signal in (
            self.page.currentTextChanged,
            self.custom.textChanged,
            self.landscape.toggled,
            self.modes.idToggled,
            self.this_map.toggled,
            self.scorecard.toggled,
        ):
            signal.connect(lambda *_: self._replan.start())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.open_after)
        layout.addWidget(buttons)

    def update_preview(self) -> None:
        """Plan the pages for the current options and show them."""
        if self._planner is None:
            return
        choice = self.choice()
        plan = self._planner(choice)
        if isinstance(plan, str):
            self.summary.setText(plan)
            self.preview.show_plan(0, None, not choice.portrait)
            return
        pages, grid = plan
        if grid is None:
            text = self.tr("%n page(s)", None, pages)
        else:
            text = self.tr(
                "%n page(s): a guide page, then {columns} × {rows} tiles to tape together",
                None,
                pages,
            ).format(columns=grid[0], rows=grid[1])
        self.summary.setText(text)
        self.preview.show_plan(
            pages if grid is None else grid[0] * grid[1], grid, not choice.portrait
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.update_preview()

    def choice(self) -> ExportChoice:
        """The options as chosen."""
        page = (
            self.custom.text().strip()
            if self.page.currentData() == CUSTOM
            else self.page.currentText()
        )
        return ExportChoice(
            page=page or "A3",
            portrait=self.portrait.isChecked(),
            mode=MODES[max(self.modes.checkedId(), 0)][0],
            whole_project=self.all_maps.isChecked(),
            open_after=self.open_after.isChecked(),
            scorecard=self.scorecard.isChecked(),
        )
