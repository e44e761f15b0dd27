"""Edit → Preferences…: the interface's language (applied at the next start) and how many
previous versions a save keeps."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journeydesigner.i18n import LANGUAGES, store_language, stored_language, system_language
from journeydesigner.io.save import MAX_BACKUPS

BACKUPS_KEY = "saving/backups"
DEFAULT_BACKUPS = 1


def backups_to_keep(settings: QSettings) -> int:
    """How many previous versions a save keeps next to the file (0 to MAX_BACKUPS)."""
    value = str(settings.value(BACKUPS_KEY, DEFAULT_BACKUPS))
    return min(int(value), MAX_BACKUPS) if value.isdigit() else DEFAULT_BACKUPS


class PreferencesDialog(QDialog):
    """Choose the language (the system's, or one of the four the app speaks) and the backups."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        system = LANGUAGES[system_language()]
        self.language.addItem(self.tr("System ({language})").format(language=system), "")
        for code, name in LANGUAGES.items():
            # Each language in its own words, so anyone can find theirs in a foreign interface.
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(stored_language(settings)), 0))
        self.backups = QSpinBox()
        self.backups.setRange(0, MAX_BACKUPS)
        self.backups.setValue(backups_to_keep(settings))
        self.backups.setSpecialValueText(self.tr("None"))
        self.backups.setToolTip(
            self.tr(
                "Before a save replaces a file, its previous version is kept next to it as "
                "NAME.journey.bak; older ones as .bak.2, .bak.3, …"
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Previous versions kept:"), self.backups)
        note = QLabel(self.tr("A new language applies when Journey Designer starts again."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        store_language(str(self.language.currentData()), self.settings)
        self.settings.setValue(BACKUPS_KEY, self.backups.value())
        super().accept()
