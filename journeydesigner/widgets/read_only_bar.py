"""The bar above the canvas while the open file is read-only (another editor has it open)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class ReadOnlyBar(QFrame):
    """Says why changes cannot be saved to this file, and offers Save As… at once.

    The window title says "(read-only)" too, but a title is easy to miss; a designer who works
    for an hour and only learns it at Save would feel tricked.
    """

    def __init__(self, save_as: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBar")
        self.setStyleSheet(
            "#readOnlyBar { background: #FFF4D6; border-bottom: 1px solid #E8C872; }"
            "#readOnlyBar QLabel { color: #5C4200; }"
        )
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_as_button = QPushButton(self.tr("Save As…"))
        self.save_as_button.clicked.connect(save_as)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.save_as_button)
        self.hide()

    def show_for(self, name: str) -> None:
        """Show the bar for the file `name`."""
        self.message.setText(
            self.tr(
                "“{name}” is open in another Journey Designer, so it is read-only here. "
                "You can still edit; Save As… keeps your changes in another file."
            ).format(name=name)
        )
        self.show()
