"""Mermaid journeys in the editor: import a file, paste text, export a file, copy as Mermaid."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from journeydesigner import APP_NAME
from journeydesigner.errors import JourneyError
from journeydesigner.i18n import translate
from journeydesigner.interop.mermaid import map_to_mermaid, read_mermaid_map
from journeydesigner.io.load import read_bytes
from journeydesigner.io.save import atomic_write
from journeydesigner.layout.labels import QT_TRANSLATE_NOOP
from journeydesigner.model.ids import IdMaker

if TYPE_CHECKING:
    from journeydesigner.app.window import MainWindow

MERMAID_FILTER = QT_TRANSLATE_NOOP(
    "MermaidActions", "Mermaid journey (*.mmd *.mermaid *.md *.txt);;All files (*)"
)
MAX_BYTES = 5 * 1024 * 1024
_HEADER = re.compile(r"^\s*(?:```|~~~)\s*mermaid\s*$|^\s*journey\s*(?:%%.*)?$", re.IGNORECASE)


def looks_like_mermaid(text: str) -> bool:
    """Whether pasted text is a Mermaid journey (its first real line says so)."""
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("%%"):
            continue
        return bool(_HEADER.match(stripped))
    return False


class MermaidActions:
    """The Mermaid commands of the main window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def import_file(self) -> None:
        """File → Import → Mermaid journey…: add the diagram as a new map."""
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("MermaidActions", "Import Mermaid journey"),
            "",
            translate("MermaidActions", MERMAID_FILTER),
        )
        if not name:
            return
        try:
            data = read_bytes(Path(name), max_bytes=MAX_BYTES)
        except JourneyError as error:
            self.window.show_error(
                translate("MermaidActions", "The diagram could not be imported"), error
            )
            return
        self.import_data(data, name)

    def import_data(self, data: bytes, source: str) -> str | None:
        """Add a Mermaid journey as a new map of the project (one undo step); returns its id."""
        project = self.window.document.project
        taken = {p.id for p in project.personas} | {m.id for m in project.maps}
        try:
            imported = read_mermaid_map(
                data, source, personas=list(project.personas), ids=IdMaker(taken)
            )
        except JourneyError as error:
            self.window.show_error(
                translate("MermaidActions", "The diagram could not be imported"), error
            )
            return None
        map_id = self.window.editor.add_map(imported.journey_map, imported.new_personas)
        self.window.show_map(map_id)
        return map_id

    def export_file(self) -> None:
        """File → Export → Mermaid journey…: write the shown map as a diagram."""
        journey_map = self.window.shown_map()
        if journey_map is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("MermaidActions", "Export Mermaid journey"),
            f"{journey_map.title}.mmd",
            translate("MermaidActions", MERMAID_FILTER),
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> bool:
        """Write the shown map's Mermaid text to `path`, atomically."""
        journey_map = self.window.shown_map()
        if journey_map is None:
            return False
        text, warnings = map_to_mermaid(journey_map, self.window.document.project.personas)
        try:
            atomic_write(path, text.encode("utf-8"))
        except JourneyError as error:
            self.window.show_error(
                translate("MermaidActions", "The diagram was not written"), error
            )
            return False
        self._tell(
            warnings, translate("MermaidActions", "{name} was written").format(name=path.name)
        )
        return True

    def copy(self) -> None:
        """Edit → Copy as Mermaid: the shown map's diagram as text, for Markdown and wikis."""
        journey_map = self.window.shown_map()
        if journey_map is None:
            return
        text, warnings = map_to_mermaid(journey_map, self.window.document.project.personas)
        QApplication.clipboard().setText(text)
        self._tell(warnings, translate("MermaidActions", "The Mermaid diagram is on the clipboard"))

    def _tell(self, warnings: list[str], done: str) -> None:
        self.window.statusBar().showMessage(done, 5000)
        if warnings:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                APP_NAME,
                translate(
                    "MermaidActions", "{done}; Mermaid cannot hold everything the map has."
                ).format(done=done),
                QMessageBox.StandardButton.Ok,
                self.window,
            )
            box.setDetailedText("\n".join(warnings))
            box.open()
