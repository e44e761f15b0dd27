"""Edit → Preferences…: the interface's language (applied at the next start)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from journeydesigner.i18n import LANGUAGES, store_language, stored_language, system_language


class PreferencesDialog(QDialog):
    """Choose the language: the system's, or one of the four the app speaks."""

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
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
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
        super().accept()
