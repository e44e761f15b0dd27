"""The persona panel: who the journeys are about, with photo, quote, goals, needs and pains."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journeydesigner import APP_NAME
from journeydesigner.canvas.image_import import IMAGE_SUFFIXES, ImageImportError, import_image
from journeydesigner.commands.editor import Editor
from journeydesigner.document import Change, PersonasChanged, ProjectChanged
from journeydesigner.model.elements import Persona
from journeydesigner.model.limits import LIST_ITEMS

PHOTO_SIZE = 96


class _ListField(QPlainTextEdit):
    """One item per line (goals, needs, pain points); committed when the field is left."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self.setPlaceholderText(self.tr("One per line"))
        self.setTabChangesFocus(True)
        self.setFixedHeight(72)

    def items(self) -> list[str]:
        """The non-empty lines, trimmed."""
        return [line.strip() for line in self.toPlainText().splitlines() if line.strip()][
            :LIST_ITEMS
        ]


class PersonaPanel(QWidget):
    """Lists the project's personas; edits the chosen one; links personas to the shown map."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.map_id: str | None = None
        self.persona_id: str | None = None
        self._loading = False
        self.setAcceptDrops(True)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Personas"))
        self.list.currentItemChanged.connect(self._chosen)
        add = QPushButton(self.tr("Add persona"))
        self.remove = QPushButton(self.tr("Delete"))
        add.clicked.connect(self._add)
        self.remove.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.remove)

        self.photo = QLabel()
        self.photo.setFixedSize(PHOTO_SIZE, PHOTO_SIZE)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setStyleSheet("background: #EEF2F8; border-radius: 8px; color: #636C7B;")
        choose_photo = QPushButton(self.tr("Photo…"))
        choose_photo.setToolTip(self.tr("Choose a PNG or JPEG, or drop one on this panel"))
        choose_photo.clicked.connect(self._choose_photo)
        self.clear_photo = QPushButton(self.tr("No photo"))
        self.clear_photo.clicked.connect(
            lambda: self._set(self.tr("Remove persona photo"), photo=None)
        )
        photo_buttons = QVBoxLayout()
        photo_buttons.addWidget(choose_photo)
        photo_buttons.addWidget(self.clear_photo)
        photo_buttons.addStretch(1)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo)
        photo_row.addLayout(photo_buttons)
        photo_row.addStretch(1)

        self.name = QLineEdit()
        self.role = QLineEdit()
        self.quote = QLineEdit()
        self.goals = _ListField(self.tr("Goals"))
        self.needs = _ListField(self.tr("Needs"))
        self.pains = _ListField(self.tr("Pain points"))
        self.scenario = QPlainTextEdit()
        self.expectations = QPlainTextEdit()
        for field, label in (
            (self.scenario, self.tr("Scenario")),
            (self.expectations, self.tr("Expectations")),
        ):
            field.setAccessibleName(label)
            field.setTabChangesFocus(True)
            field.setFixedHeight(60)
        for line, label in (
            (self.name, self.tr("Name")),
            (self.role, self.tr("Role")),
            (self.quote, self.tr("Quote")),
        ):
            line.setAccessibleName(label)
            line.editingFinished.connect(self._commit_lines)
        # Multi-line fields have no editingFinished: commit when the cursor leaves them.
        for text_field in (self.goals, self.needs, self.pains, self.scenario, self.expectations):
            text_field.installEventFilter(self)
        self.on_map = QCheckBox(self.tr("Show on this map"))
        self.on_map.setToolTip(
            self.tr("The map's header and exports show the personas linked to it")
        )
        self.on_map.toggled.connect(self._link)
        self.message = QLabel()
        self.message.setStyleSheet("color: #C24F00;")
        self.message.setWordWrap(True)
        self.message.hide()

        form = QFormLayout()
        form.addRow(photo_row)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Quote"), self.quote)
        form.addRow(self.tr("Goals"), self.goals)
        form.addRow(self.tr("Needs"), self.needs)
        form.addRow(self.tr("Pain points"), self.pains)
        form.addRow(self.tr("Scenario"), self.scenario)
        form.addRow(self.tr("Expectations"), self.expectations)
        form.addRow(self.on_map)
        form.addRow(self.message)
        self.details = QWidget()
        self.details.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.details)

        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(scroll, 3)
        editor.document.subscribe(self._on_change)
        self.refresh()

    # -- wiring ----------------------------------------------------------------------------------

    def set_editor(self, editor: Editor) -> None:
        """Follow another document (after opening a file)."""
        self.commit_pending()
        self.editor.document.unsubscribe(self._on_change)
        self.editor = editor
        editor.document.subscribe(self._on_change)
        self.persona_id = None
        self.refresh()

    def show_map(self, map_id: str | None) -> None:
        """The map on the canvas, for the "Show on this map" box."""
        self.map_id = map_id
        self._load()

    def commit_pending(self) -> None:
        """Commit edits still in the text fields (before saving or closing)."""
        self._commit_lines()

    def _on_change(self, change: Change) -> None:
        if isinstance(change, ProjectChanged | PersonasChanged):
            self.refresh()
        elif self.map_id is not None and getattr(change, "map_id", None) == self.map_id:
            self._load()

    # -- showing ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """List the personas again, keeping the current one."""
        personas = self.editor.document.project.personas
        self.list.blockSignals(True)
        self.list.clear()
        for persona in personas:
            item = QListWidgetItem(
                persona.name if not persona.role else f"{persona.name} — {persona.role}"
            )
            item.setData(Qt.ItemDataRole.UserRole, persona.id)
            self.list.addItem(item)
        ids = [p.id for p in personas]
        if self.persona_id not in ids:
            self.persona_id = ids[0] if ids else None
        if self.persona_id is not None:
            self.list.setCurrentRow(ids.index(self.persona_id))
        self.list.blockSignals(False)
        self._load()

    def _persona(self) -> Persona | None:
        return self.editor.document.project.persona(self.persona_id) if self.persona_id else None

    def _load(self) -> None:
        persona = self._persona()
        self.details.setEnabled(persona is not None)
        self.remove.setEnabled(persona is not None)
        self._loading = True
        try:
            self.message.hide()
            for line, value in (
                (self.name, persona.name if persona else ""),
                (self.role, persona.role if persona else ""),
                (self.quote, persona.quote if persona else ""),
            ):
                if line.text() != value:
                    line.setText(value)
            for field, items in (
                (self.goals, persona.goals if persona else []),
                (self.needs, persona.needs if persona else []),
                (self.pains, persona.pain_points if persona else []),
            ):
                if field.items() != items:
                    field.setPlainText("\n".join(items))
            for text_field, text in (
                (self.scenario, persona.scenario if persona else ""),
                (self.expectations, persona.expectations if persona else ""),
            ):
                if text_field.toPlainText() != text:
                    text_field.setPlainText(text)
            journey_map = self.editor.document.project.map(self.map_id) if self.map_id else None
            self.on_map.setEnabled(persona is not None and journey_map is not None)
            self.on_map.setChecked(
                bool(persona and journey_map and persona.id in journey_map.persona_ids)
            )
            self._show_photo(persona)
        finally:
            self._loading = False

    def _show_photo(self, persona: Persona | None) -> None:
        self.clear_photo.setEnabled(bool(persona and persona.photo))
        if persona is None or persona.photo is None:
            self.photo.setPixmap(QPixmap())
            self.photo.setText(persona.name[:1].upper() if persona else "")
            return
        pixmap = QPixmap()
        pixmap.loadFromData(QByteArray(persona.photo.raw_bytes()))
        self.photo.setPixmap(
            pixmap.scaled(
                PHOTO_SIZE,
                PHOTO_SIZE,
                Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    # -- editing ---------------------------------------------------------------------------------

    def _chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        self.commit_pending()
        self.persona_id = str(item.data(Qt.ItemDataRole.UserRole)) if item else None
        self._load()

    def _set(self, label: str, **fields: object) -> bool:
        if self.persona_id is None or self._loading:
            return False
        persona = self._persona()
        if persona is None:
            return False
        try:
            Persona.model_validate({**persona.model_dump(), **fields})
        except ValueError as error:
            self.message.setText(_first_error(error))
            self.message.show()
            return False
        self.message.hide()
        self.editor.set_persona_fields(self.persona_id, label, **fields)
        return True

    def _commit_lines(self) -> None:
        persona = self._persona()
        if persona is None or self._loading:
            return
        name = " ".join(self.name.text().split())
        if not name:
            self.message.setText(self.tr("A persona needs a name."))
            self.message.show()
            return
        changes = {
            "name": name,
            "role": self.role.text().strip(),
            "quote": self.quote.text().strip(),
            "goals": self.goals.items(),
            "needs": self.needs.items(),
            "pain_points": self.pains.items(),
            "scenario": self.scenario.toPlainText().strip(),
            "expectations": self.expectations.toPlainText().strip(),
        }
        changed = {key: value for key, value in changes.items() if getattr(persona, key) != value}
        if changed:
            self._set(self.tr("Edit persona"), **changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._commit_lines()
        return super().eventFilter(watched, event)

    def _add(self) -> None:
        self.commit_pending()
        number = len(self.editor.document.project.personas) + 1
        self.persona_id = self.editor.add_persona(
            self.tr("Persona {number}").format(number=number), self.map_id
        )
        self.refresh()
        self.name.setFocus()
        self.name.selectAll()

    def _remove(self) -> None:
        persona = self._persona()
        if persona is None:
            return
        answer = QMessageBox.question(
            self,
            APP_NAME,
            self.tr(
                "Delete the persona “{name}” and its emotion curves on every map?\n"
                "You can undo this with Edit → Undo."
            ).format(name=persona.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.editor.remove_persona(persona.id)

    def _link(self, checked: bool) -> None:
        if self._loading or self.persona_id is None or self.map_id is None:
            return
        self.editor.link_persona(self.map_id, self.persona_id, checked)

    # -- photos ----------------------------------------------------------------------------------

    def _choose_photo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Persona photo"), "", self.tr("Pictures (*.png *.jpg *.jpeg)")
        )
        if name:
            self.set_photo(Path(name))

    def set_photo(self, path: Path) -> bool:
        """Embed a photo, scaled down; a damaged or foreign file is refused with a message."""
        persona = self._persona()
        if persona is None:
            return False
        try:
            photo = import_image(path, description=persona.name)
        except ImageImportError as error:
            self.message.setText(str(error))
            self.message.show()
            return False
        return self._set(self.tr("Change persona photo"), photo=photo)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if len(urls) == 1 and urls[0].toLocalFile().lower().endswith(IMAGE_SUFFIXES):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls and self.set_photo(Path(urls[0].toLocalFile())):
            event.acceptProposedAction()


def _first_error(error: ValueError) -> str:
    errors = getattr(error, "errors", None)
    if callable(errors):
        first = errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        return f"{where}: {first['msg']}"
    return str(error)
