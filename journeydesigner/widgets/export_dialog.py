"""File → Export PDF…: page size, orientation, layout and which maps."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

PAGE_NAMES = ("A4", "A3", "A2", "A1", "A0", "letter", "tabloid")
CUSTOM = "Custom (mm)…"
MODES = (
    ("fit", "Fit the map on one page"),
    ("tile", "Tile across pages (to tape into a poster)"),
    ("per-stage", "One page per stage (for slides)"),
)


@dataclass(frozen=True)
class ExportChoice:
    """What the user asked for."""

    page: str
    portrait: bool
    mode: str
    whole_project: bool
    open_after: bool


class ExportDialog(QDialog):
    """Asks how to print; the caller then asks where to save."""

    def __init__(self, map_title: str, map_count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export PDF")
        self.page = QComboBox()
        self.page.addItems([*PAGE_NAMES, CUSTOM])
        self.page.setCurrentText("A3")
        self.page.setAccessibleName("Page size")
        self.custom = QLineEdit()
        self.custom.setPlaceholderText("e.g. 900x600mm")
        self.custom.setAccessibleName("Custom page size")
        self.custom.setEnabled(False)
        self.page.currentTextChanged.connect(lambda text: self.custom.setEnabled(text == CUSTOM))
        page_row = QHBoxLayout()
        page_row.addWidget(self.page)
        page_row.addWidget(self.custom)

        self.landscape = QRadioButton("Landscape")
        self.portrait = QRadioButton("Portrait")
        self.landscape.setChecked(True)
        orientation = QHBoxLayout()
        orientation.addWidget(self.landscape)
        orientation.addWidget(self.portrait)
        orientation.addStretch(1)

        self.modes = QButtonGroup(self)
        mode_box = QVBoxLayout()
        for index, (_, label) in enumerate(MODES):
            button = QRadioButton(label)
            button.setChecked(index == 0)
            self.modes.addButton(button, index)
            mode_box.addWidget(button)

        self.this_map = QRadioButton(f"This map: {map_title}")
        self.all_maps = QRadioButton(f"All {map_count} maps, with a page per persona")
        self.this_map.setChecked(True)
        self.all_maps.setEnabled(map_count > 0)
        which = QVBoxLayout()
        which.addWidget(self.this_map)
        which.addWidget(self.all_maps)

        self.open_after = QCheckBox("Open the PDF when it is ready")
        self.open_after.setChecked(True)

        form = QFormLayout()
        form.addRow("Page size", page_row)
        form.addRow("Orientation", orientation)
        form.addRow("Layout", mode_box)
        form.addRow("Maps", which)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Export…")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.open_after)
        layout.addWidget(buttons)

    def choice(self) -> ExportChoice:
        """The options as chosen."""
        page = (
            self.custom.text().strip()
            if self.page.currentText() == CUSTOM
            else self.page.currentText()
        )
        return ExportChoice(
            page=page or "A3",
            portrait=self.portrait.isChecked(),
            mode=MODES[max(self.modes.checkedId(), 0)][0],
            whole_project=self.all_maps.isChecked(),
            open_after=self.open_after.isChecked(),
        )
