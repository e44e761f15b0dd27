"""The main window: wires the document, the undo stack, the map list and the canvas together."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor, wait
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QEventLoop,
    QLocale,
    QRectF,
    QSettings,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from journeydesigner import APP_NAME
from journeydesigner.app import locking
from journeydesigner.app.about import show_about
from journeydesigner.app.clipboard import (
    CARDS_MIME,
    cards_from_mime,
    cards_to_mime,
    release_clipboard,
)
from journeydesigner.app.find_bar import FindBar
from journeydesigner.app.locking import DiskWatcher, DocumentLock, lock_document
from journeydesigner.app.mermaid_ui import MermaidActions, looks_like_mermaid
from journeydesigner.app.metrics_ui import MetricsActions
from journeydesigner.app.recovery import Autosaver, Snapshot, load_snapshot, remove_snapshot
from journeydesigner.app.structure_ui import StructureActions
from journeydesigner.app.workshop_ui import WorkshopActions
from journeydesigner.canvas.editing import CardTextEditor
from journeydesigner.canvas.scene import MapScene
from journeydesigner.canvas.view import MapView
from journeydesigner.commands.editor import Editor
from journeydesigner.document import Change, JourneyDocument, MapChanged, ProjectChanged
from journeydesigner.errors import JourneyError
from journeydesigner.i18n import QtLabels, error_lines, error_reason
from journeydesigner.io.load import parse_project, read_bytes
from journeydesigner.io.save import write_project
from journeydesigner.io.stamp import FileStamp, changed_on_disk, stamp_of, stamp_of_bytes
from journeydesigner.layout.labels import QT_TRANSLATE_NOOP
from journeydesigner.model.elements import Card, LaneKind
from journeydesigner.model.project import JourneyMap, Project, now
from journeydesigner.names import (
    BLUEPRINT_LANE_ORDER,
    JOURNEY_LANE_KINDS,
    lane_kind_name,
    map_kind_name,
)
from journeydesigner.widgets.export_dialog import ExportChoice, ExportDialog
from journeydesigner.widgets.inspector import Inspector
from journeydesigner.widgets.palette import Palette
from journeydesigner.widgets.personas import PersonaPanel
from journeydesigner.widgets.preferences import backups_to_keep
from journeydesigner.widgets.read_only_bar import ReadOnlyBar
from journeydesigner.widgets.scorecard_panel import ScorecardPanel

FILE_FILTER = QT_TRANSLATE_NOOP(
    "MainWindow", "Journey Designer projects (*.journey);;All files (*)"
)
MAX_RECENT = 8


class MainWindow(QMainWindow):
    """One open project: the map list at the left, the canvas in the middle."""

    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.settings = settings or QSettings()
        self.stack = QUndoStack(self)
        self.document = JourneyDocument(Project.new(self.tr("Untitled project")))
        # Unsaved work is snapshotted to the app's data folder a few seconds after each change.
        self.autosaver = Autosaver(
            self.stack,
            lambda: self.document,
            self,
            on_failure=lambda message: self.statusBar().showMessage(message, 10000),
            stamp=lambda: self.disk_stamp,
            typing=self._typing_applied,
        )
        # The open file's `.~NAME.lock`; read-only when another live instance has the file.
        self.document_lock: DocumentLock | None = None
        self.read_only = False
        # The open file as we last read or wrote it: a save first checks nobody changed it since.
        self.disk_stamp: FileStamp | None = None
        self.disk_watcher = DiskWatcher(
            self, lambda: (self.document.path, self.disk_stamp), self._changed_on_disk
        )
        self.editor = Editor(self.document, self.stack)
        self.scenes: dict[str, MapScene] = {}
        self.current_map_id: str | None = None
        self._editor_item: CardTextEditor | None = None
        self._editor_typing: tuple[str, Callable[[str], Callable[[], None]] | None] = ("", None)

        self.view = MapView(self)
        self.find_bar = FindBar(self.shown_map)
        self.find_bar.hide()
        self.find_bar.on_match = self._show_match
        self.find_bar.closed.connect(self.view.setFocus)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.setSpacing(0)
        self.read_only_bar = ReadOnlyBar(self.save_as)
        centre_layout.addWidget(self.read_only_bar)
        centre_layout.addWidget(self.find_bar)
        centre_layout.addWidget(self.view)
        self.setCentralWidget(centre)
        self.map_list = QListWidget()
        self.map_list.setObjectName("mapList")
        self.map_list.currentItemChanged.connect(self._map_chosen)
        dock = QDockWidget(self.tr("Maps"), self)
        dock.setObjectName("mapsDock")
        dock.setWidget(self.map_list)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self.maps_dock = dock
        self.palette_panel = Palette()
        palette_dock = QDockWidget(self.tr("Palette"), self)
        palette_dock.setObjectName("paletteDock")
        palette_dock.setWidget(self.palette_panel)
        palette_dock.setFeatures(dock.features())
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, palette_dock)
        self.palette_dock = palette_dock
        self.inspector = Inspector(self.editor)
        inspector_dock = QDockWidget(self.tr("Inspector"), self)
        inspector_dock.setObjectName("inspectorDock")
        inspector_dock.setWidget(self.inspector)
        inspector_dock.setFeatures(dock.features())
        inspector_dock.setMinimumWidth(300)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, inspector_dock)
        self.inspector_dock = inspector_dock
        self.personas = PersonaPanel(self.editor)
        personas_dock = QDockWidget(self.tr("Personas"), self)
        personas_dock.setObjectName("personasDock")
        personas_dock.setWidget(self.personas)
        personas_dock.setFeatures(dock.features())
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, personas_dock)
        self.tabifyDockWidget(inspector_dock, personas_dock)
        inspector_dock.raise_()
        self.personas_dock = personas_dock
        self.scorecard = ScorecardPanel(self.editor)
        scorecard_dock = QDockWidget(self.tr("Scorecard"), self)
        scorecard_dock.setObjectName("scorecardDock")
        scorecard_dock.setWidget(self.scorecard)
        scorecard_dock.setFeatures(dock.features())
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, scorecard_dock)
        self.tabifyDockWidget(personas_dock, scorecard_dock)
        inspector_dock.raise_()
        self.scorecard_dock = scorecard_dock

        self.zoom_label = QLabel()
        self.selection_label = QLabel()
        self.statusBar().addWidget(self.selection_label, 1)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.view.zoom_changed.connect(self._show_zoom)
        self.view.images_refused.connect(self._pictures_refused)

        self._make_actions()
        self.workshop = WorkshopActions(self)
        self.stack.cleanChanged.connect(lambda clean: self.setWindowModified(not clean))
        self.stack.indexChanged.connect(lambda _index: self._update_status())
        self.setAcceptDrops(True)
        self.resize(1400, 900)
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        else:
            # The canvas gets the room; the side panels start narrow.
            self.resizeDocks(
                [self.maps_dock, self.inspector_dock], [220, 330], Qt.Orientation.Horizontal
            )
            self.resizeDocks(
                [self.maps_dock, self.palette_dock], [260, 420], Qt.Orientation.Vertical
            )
        self._set_document(self.document)
        self._show_zoom(1.0)

    # -- actions and menus -----------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: object,
        shortcut: QKeySequence.StandardKey | str | None = None,
        menu: object = None,
    ) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.structure = StructureActions(self)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(
            self.tr("&New from Template…"), self.new_from_template, key.New
        )
        self.open_action = self._action(self.tr("&Open…"), self.open_dialog, key.Open)
        self.save_action = self._action(self.tr("&Save"), self.save, key.Save)
        self.save_as_action = self._action(self.tr("Save &As…"), self.save_as, key.SaveAs)
        self.export_action = self._action(self.tr("&Export PDF…"), self.export_dialog, "Ctrl+E")
        self.mermaid = MermaidActions(self)
        self.import_mermaid_action = self._action(
            self.tr("Import &Mermaid Journey…"), self.mermaid.import_file
        )
        self.export_mermaid_action = self._action(
            self.tr("Export Mermaid Journey…"), self.mermaid.export_file
        )
        self.copy_mermaid_action = self._action(self.tr("Copy as &Mermaid"), self.mermaid.copy)
        self.metrics_actions = MetricsActions(self)
        self.import_metrics_action = self._action(
            self.tr("Import Metrics &CSV…"), self.metrics_actions.import_file
        )
        self.export_image_action = self._action(
            self.tr("Export &Image (PNG, SVG)…"), self.export_image_dialog
        )
        self.close_action = self._action(self.tr("&Close"), self.close, key.Close)
        self.quit_action = self._action(self.tr("&Quit"), self.close, key.Quit)
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        file_menu.addSeparator()
        file_menu.addActions([self.save_action, self.save_as_action])
        file_menu.addSeparator()
        file_menu.addActions(
            [
                self.export_action,
                self.export_image_action,
                self.export_mermaid_action,
                self.import_mermaid_action,
                self.import_metrics_action,
            ]
        )
        file_menu.addSeparator()
        file_menu.addActions([self.close_action, self.quit_action])
        self._fill_recent_menu()

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(key.Undo)
        self.redo_action = self.stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(key.Redo)
        self.cut_action = self._action(self.tr("Cu&t"), self.cut, key.Cut)
        self.copy_action = self._action(self.tr("&Copy"), self.copy, key.Copy)
        self.paste_action = self._action(self.tr("&Paste"), self.paste, key.Paste)
        self.duplicate_action = self._action(self.tr("D&uplicate"), self.duplicate, "Ctrl+D")
        self.delete_action = self._action(self.tr("&Delete"), self.delete_selection, key.Delete)
        self.select_all_action = self._action(
            self.tr("Select &All"), self.select_all, key.SelectAll
        )
        self.edit_card_action = self._action(
            self.tr("&Edit Card Text"), self.edit_selected_card, "F2"
        )
        self.add_card_action = self._action(
            self.tr("&New Card in Cell"), self.add_card_to_selection, "Ctrl+Return"
        )
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions(
            [self.cut_action, self.copy_action, self.paste_action, self.duplicate_action]
        )
        edit_menu.addActions([self.delete_action, self.select_all_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.edit_card_action, self.add_card_action])
        edit_menu.addSeparator()
        self.find_action = self._action(self.tr("&Find…"), self.find_bar.open_bar, key.Find)
        self.find_next_action = self._action(
            self.tr("Find &Next"), self.find_bar.next, key.FindNext
        )
        edit_menu.addActions([self.find_action, self.find_next_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.copy_mermaid_action)
        edit_menu.addSeparator()
        self.preferences_action = self._action(
            self.tr("Pr&eferences…"), self.show_preferences, key.Preferences
        )
        # macOS moves it to the application menu, where its users look for it.
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        edit_menu.addAction(self.preferences_action)

        insert_menu = self.menuBar().addMenu(self.tr("&Insert"))
        self.add_stage_action = self._action(
            self.tr("&Stage"),
            lambda: self.structure.add_stage(self._stage_after_selection()),
            "Ctrl+Alt+S",
        )
        self.add_step_action = self._action(
            self.tr("S&tep in Stage"), self.add_step_to_selection, "Ctrl+Alt+T"
        )
        self.add_lane_action = self._action(
            self.tr("Text &Lane"),
            lambda: self.structure.add_lane(self._lane_after_selection(), "text"),
            "Ctrl+Alt+L",
        )
        insert_menu.addActions([self.add_stage_action, self.add_step_action, self.add_lane_action])
        lanes = insert_menu.addMenu(self.tr("Lane of &Kind"))
        for kinds in (JOURNEY_LANE_KINDS, BLUEPRINT_LANE_ORDER):
            for kind in kinds:
                lanes.addAction(
                    lane_kind_name(kind),
                    partial(self._add_lane_of_kind, kind),
                )
            lanes.addSeparator()
        insert_menu.addSeparator()
        insert_menu.addAction(self.add_card_action)

        map_menu = self.menuBar().addMenu(self.tr("&Map"))
        self.new_map_action = self._action(
            self.tr("&New Map from Template…"), self.structure.add_map_from_template
        )
        self.rename_map_action = self._action(
            self.tr("&Rename Map…"), lambda: self._on_current_map(self.structure.rename_map)
        )
        self.duplicate_map_action = self._action(
            self.tr("&Duplicate Map"), lambda: self._on_current_map(self.structure.duplicate_map)
        )
        self.delete_map_action = self._action(
            self.tr("De&lete Map"), lambda: self._on_current_map(self.structure.remove_map)
        )
        map_menu.addActions(
            [
                self.new_map_action,
                self.rename_map_action,
                self.duplicate_map_action,
                self.delete_map_action,
            ]
        )
        self.link_map_action = self._action(
            self.tr("&Link to Map…"), lambda: self._on_current_map(self.structure.link_map)
        )
        self.go_linked_action = self._action(
            self.tr("&Go to Linked Map"),
            lambda: self._on_current_map(self.structure.go_to_linked_map),
            "Ctrl+Shift+L",
        )
        map_menu.addActions([self.link_map_action, self.go_linked_action])
        map_menu.addSeparator()
        # The stage, step and lane of the current cell (or selected card): keyboard access to
        # what the header context menus offer.
        self.rename_stage_action = self._action(
            self.tr("Rename &Stage"),
            lambda: self._on_current("stage", self.structure.rename_in_place),
            "Shift+F2",
        )
        self.rename_step_action = self._action(
            self.tr("Rename S&tep"),
            lambda: self._on_current("step", self.structure.rename_in_place),
            "Alt+F2",
        )
        self.rename_lane_action = self._action(
            self.tr("Rename &Lane"),
            lambda: self._on_current("lane", self.structure.rename_in_place),
            "Ctrl+F2",
        )
        self.delete_stage_action = self._action(
            self.tr("Delete Stage"),
            lambda: self._on_current("stage", self.structure.confirm_delete),
        )
        self.delete_step_action = self._action(
            self.tr("Delete Step"), lambda: self._on_current("step", self.structure.confirm_delete)
        )
        self.delete_lane_action = self._action(
            self.tr("Delete Lane"), lambda: self._on_current("lane", self.structure.confirm_delete)
        )
        map_menu.addActions(
            [self.rename_stage_action, self.rename_step_action, self.rename_lane_action]
        )
        map_menu.addSeparator()
        map_menu.addActions(
            [self.delete_stage_action, self.delete_step_action, self.delete_lane_action]
        )

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.zoom_in_action = self._action(self.tr("Zoom &In"), self.view.zoom_in, key.ZoomIn)
        self.zoom_out_action = self._action(self.tr("Zoom &Out"), self.view.zoom_out, key.ZoomOut)
        self.fit_action = self._action(self.tr("&Fit Map"), self.view.fit, "Ctrl+9")
        self.actual_size_action = self._action(
            self.tr("&Actual Size (100 %)"), self.view.reset_zoom, "Ctrl+0"
        )
        view_menu.addActions(
            [self.zoom_in_action, self.zoom_out_action, self.fit_action, self.actual_size_action]
        )
        view_menu.addSeparator()
        view_menu.addAction(self.maps_dock.toggleViewAction())
        view_menu.addAction(self.palette_dock.toggleViewAction())
        view_menu.addAction(self.inspector_dock.toggleViewAction())
        view_menu.addAction(self.personas_dock.toggleViewAction())
        view_menu.addAction(self.scorecard_dock.toggleViewAction())
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = self._action(
            self.tr("&About {app}").format(app=APP_NAME), lambda: show_about(self)
        )
        self.about_qt_action = self._action(self.tr("About &Qt"), QApplication.aboutQt)
        help_menu.addActions([self.about_action, self.about_qt_action])
        # Editing shortcuts act on the canvas only, so text fields elsewhere keep their own.
        for action in (
            self.delete_action,
            self.select_all_action,
            self.add_card_action,
            self.edit_card_action,
            self.cut_action,
            self.copy_action,
            self.paste_action,
            self.duplicate_action,
        ):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.view.addAction(action)

        self.map_list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.map_list.addActions(
            [
                self.new_map_action,
                self.rename_map_action,
                self.duplicate_map_action,
                self.delete_map_action,
            ]
        )
        self.map_list.itemDoubleClicked.connect(
            lambda item: self.structure.rename_map(str(item.data(Qt.ItemDataRole.UserRole)))
        )

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addActions([self.new_action, self.open_action, self.save_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])
        toolbar.addSeparator()
        toolbar.addActions([self.add_stage_action, self.add_card_action])
        toolbar.addSeparator()
        toolbar.addActions([self.zoom_out_action, self.zoom_in_action, self.fit_action])
        toolbar.addSeparator()
        toolbar.addAction(self.export_action)

    def shown_map(self) -> JourneyMap | None:
        return self.document.project.map(self.current_map_id) if self.current_map_id else None

    def _show_in_inspector(self) -> None:
        scene = self.current_scene()
        if scene is not None and self.current_map_id is not None:
            metric_ids = scene.selected_metric_ids()
            self.inspector.show_selection(
                self.current_map_id,
                scene.selected_card_ids(),
                metric_id=metric_ids[0] if metric_ids else None,
            )

    def _show_header_in_inspector(self, kind: str, item_id: str) -> None:
        map_id = self.current_map_id
        if map_id is None:
            return
        if kind == "lane":
            self.inspector.show_selection(map_id, [], lane_id=item_id)
            return
        stage_id = item_id
        if kind == "step":
            stage = self.document.map(map_id).stage_of_step(item_id)
            stage_id = stage.id if stage is not None else ""
        self.inspector.show_selection(map_id, [], stage_id=stage_id or None)

    def _show_match(self, matches: list[str], current: str | None) -> None:
        scene = self.current_scene()
        if scene is None:
            return
        scene.select_cards([current] if current else [])
        if current is not None and current in scene.cards:
            box = scene.cards[current].box
            scene.set_current_cell((box.step_id, box.lane_id))
            self.view.ensure_cell_visible(
                QRectF(box.rect.x, box.rect.y, box.rect.width, box.rect.height)
            )

    def _add_lane_of_kind(self, kind: LaneKind) -> None:
        self.structure.add_lane(self._lane_after_selection(), kind)

    def current_cell(self) -> tuple[str, str] | None:
        """The cell keyboard commands act on: the cell cursor, else the selected card's cell."""
        scene = self.current_scene()
        if scene is None:
            return None
        if scene.current_cell is not None:
            return scene.current_cell
        cards = self._selected_cards()
        return (cards[-1].step_id, cards[-1].lane_id) if cards else None

    def _on_current(self, what: str, action: Callable[[str, str], None]) -> None:
        cell = self.current_cell()
        if cell is None or self.current_map_id is None:
            self.statusBar().showMessage(self.tr("Click a cell or a card first."), 4000)
            return
        step_id, lane_id = cell
        if what == "stage":
            stage = self.document.map(self.current_map_id).stage_of_step(step_id)
            if stage is not None:
                action("stage", stage.id)
        elif what == "step":
            action("step", step_id)
        else:
            action("lane", lane_id)

    def _on_current_map(self, action: Callable[[str], None]) -> None:
        if self.current_map_id is not None:
            action(self.current_map_id)

    # -- documents -------------------------------------------------------------------------------

    def _set_document(
        self,
        document: JourneyDocument,
        lock: DocumentLock | None = None,
        read_only: bool = False,
    ) -> None:
        # The old document was saved or its changes discarded: its snapshot is no longer needed.
        self.autosaver.discard()
        self._set_lock(lock)
        self.read_only = read_only
        self.disk_stamp = None
        self.disk_watcher.watch(None)
        for scene in self.scenes.values():
            scene.detach()
            scene.selectionChanged.disconnect(self._update_status)
            scene.deleteLater()
        self.scenes.clear()
        self.current_map_id = None
        self.stack.clear()
        self.document = document
        self.editor = Editor(document, self.stack)
        self.inspector.set_editor(self.editor)
        self.personas.set_editor(self.editor)
        self.scorecard.set_editor(self.editor)
        document.subscribe(self._on_change)
        self.stack.setClean()
        self.workshop.document_replaced()
        self._fill_map_list()
        self._update_title()

    def open_path(self, path: Path) -> bool:
        """Open a project file; on failure explain why and keep what is open."""
        try:
            with self._busy(self.tr("Opening {name}…").format(name=path.name)):
                data = read_bytes(path)
                project = parse_project(data, str(path))
        except JourneyError as error:
            self.show_error(self.tr("The project could not be opened"), error)
            return False
        locked = lock_document(self, path.resolve(), self.document_lock)
        if locked is None:
            return False  # another instance has it open and the user cancelled
        with self._busy(self.tr("Opening {name}…").format(name=path.name)):
            self._set_document(JourneyDocument(project, path.resolve()), *locked)
        # The project's objects live while it is open: keep them out of the collector's full
        # sweeps, which on a 20,000-card map would stall an edit now and then for 0.1 s.
        gc.freeze()
        self.disk_stamp = stamp_of_bytes(path, data)
        self.disk_watcher.watch(path.resolve())
        self._remember_recent(path)
        return True

    @contextlib.contextmanager
    def _busy(self, message: str) -> Iterator[None]:
        """A wait cursor and a status message while something takes a moment (a big file)."""
        self.statusBar().showMessage(message)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        # Paint the message now (without running the event loop, which could re-enter us).
        self.statusBar().repaint()
        try:
            yield
        finally:
            QApplication.restoreOverrideCursor()
            self.statusBar().clearMessage()

    def open_sample(self, path: Path) -> bool:
        """Open a bundled example as a new, untitled project: Save asks where to keep it, so
        the copy that ships with the app is never overwritten."""
        try:
            project = parse_project(read_bytes(path), str(path))
        except JourneyError as error:
            self.show_error(self.tr("The sample project could not be opened"), error)
            return False
        self._set_document(JourneyDocument(project, None))
        self.statusBar().showMessage(
            self.tr(
                "This is the sample project: explore it freely, Save asks where to keep your copy."
            ),
            8000,
        )
        return True

    def _changed_on_disk(self, path: Path) -> None:
        def answered(reload: bool) -> None:
            if reload and self.document.path == path:
                self.open_path(path)  # drops the changes made here, as the user chose

        locking.ask_reload(self, path, not self.stack.isClean(), answered)

    def _set_lock(self, lock: DocumentLock | None) -> None:
        if self.document_lock is not None and self.document_lock is not lock:
            self.document_lock.release()
        self.document_lock = lock

    def restore_snapshot(self, snapshot: Snapshot) -> bool:
        """Open a crash snapshot as unsaved changes to its original file (Save writes there)."""
        try:
            project = load_snapshot(snapshot)
        except JourneyError as error:
            self.show_error(self.tr("The unsaved work could not be restored"), error)
            return False
        locked = (
            lock_document(self, snapshot.original, self.document_lock)
            if snapshot.original is not None
            else (None, False)
        )
        # Cancel at "open elsewhere" still restores the work, read-only, so nothing is lost.
        self._set_document(JourneyDocument(project, snapshot.original), *(locked or (None, True)))
        # Saving then checks the original against the file as that session knew it.
        self.disk_stamp = snapshot.original_stamp
        self.stack.resetClean()  # nothing to undo, yet different from the file on disk
        self._update_title()
        # This session protects the work from now on; then the dead session's copy can go.
        self.autosaver.save_now(wait=True)
        if self.autosaver.snapshot_path is not None:
            remove_snapshot(snapshot.path)
        return True

    def open_dialog(self) -> None:
        """Ask for a file and open it (after offering to save changes)."""
        if not self.maybe_save():
            return
        start = str(self.document.path.parent) if self.document.path else ""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open project"), start, self.tr(FILE_FILTER)
        )
        if name:
            self.open_path(Path(name))

    def save(self) -> bool:
        """Save to the current file, or ask for one."""
        if self.document.path is None or self.read_only:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        """Ask for a file name and save there."""
        start = (
            str(self.document.path)
            if self.document.path
            else f"{self.document.project.title}.journey"
        )
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save project as"), start, self.tr(FILE_FILTER)
        )
        if not name:
            return False
        path = Path(name)
        if path.suffix != ".journey":
            path = path.with_name(path.name + ".journey")
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        self._commit_text_editor()
        if self.read_only and path.resolve() == self.document.path:
            QMessageBox.warning(
                self,
                APP_NAME,
                self.tr("“{name}” is open in another {app}; choose another file name.").format(
                    name=path.name, app=APP_NAME
                ),
            )
            return False
        if path.resolve() == self.document.path and changed_on_disk(path, self.disk_stamp):
            # Someone else changed (or removed) the file since we read it: never overwrite silently.
            answer = locking.ask_changed_on_disk(self, path, path.exists())
            if answer == "save_as":
                return self.save_as()
            if answer != "overwrite":
                return False
        project = self.document.project
        previous = project.modified
        project.modified = now()
        try:
            write_project(project, path, backups=backups_to_keep(self.settings))
        except JourneyError as error:
            project.modified = previous
            self.show_error(self.tr("The project could not be saved"), error)
            return False
        self.document.path = path.resolve()
        self.disk_stamp = stamp_of(path)
        self.disk_watcher.watch(self.document.path)
        self.stack.setClean()
        self.autosaver.discard()
        if self.document_lock is None or self.document_lock.path != self.document.path:
            # After Save As the lock follows the document to its new file.
            lock = DocumentLock(self.document.path)
            self._set_lock(lock if lock.acquire() == "locked" else None)
            self.read_only = False
        self._remember_recent(path)
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved {name}").format(name=path.name), 4000)
        return True

    def export_dialog(self) -> None:
        """Ask how and where to export a PDF, then export it."""
        self._commit_text_editor()
        journey_map = self.shown_map()
        project = self.document.project
        dialog = ExportDialog(
            journey_map.title if journey_map else "", len(project.maps), self, self._plan_export
        )
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        choice = dialog.choice()
        base = project.title if choice.whole_project or journey_map is None else journey_map.title
        folder = self.document.path.parent if self.document.path else Path.home()
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export PDF"),
            str(folder / f"{_safe_name(base)}.pdf"),
            self.tr("PDF documents (*.pdf)"),
        )
        if not name:
            return
        path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        if self.export_pdf(path, choice) and choice.open_after:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def export_image_dialog(self) -> None:
        """Export the shown map as a PNG (at a chosen resolution) or an SVG."""
        journey_map = self.shown_map()
        if journey_map is None:
            return
        self._commit_text_editor()
        folder = self.document.path.parent if self.document.path else Path.home()
        name, chosen_filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export image"),
            str(folder / f"{_safe_name(journey_map.title)}.png"),
            self.tr("PNG image (*.png);;SVG drawing (*.svg)"),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_name(path.name + (".svg" if "svg" in chosen_filter else ".png"))
        dpi = 144
        if path.suffix.lower() == ".png":
            dpi, ok = QInputDialog.getInt(
                self,
                self.tr("Export image"),
                self.tr("Resolution (dots per inch):"),
                144,
                48,
                600,
                24,
            )
            if not ok:
                return
        self.export_image(path, dpi)

    def export_image(self, path: Path, dpi: float = 144) -> bool:
        """Write a PNG or SVG of the shown map; explain any failure."""
        from journeydesigner.canvas.image_export import export_image

        journey_map = self.shown_map()
        if journey_map is None:
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            export_image(self.document.project, journey_map.id, path, dpi, source=str(path))
        except JourneyError as error:
            QApplication.restoreOverrideCursor()
            self.show_error(self.tr("The image was not written"), error)
            return False
        QApplication.restoreOverrideCursor()
        self.statusBar().showMessage(self.tr("Exported {name}").format(name=path.name), 6000)
        return True

    def _plan_export(self, choice: ExportChoice) -> tuple[int, tuple[int, int] | None] | str:
        """Pages the export would have, or why it cannot be made, for the dialog's preview."""
        from journeydesigner.export import ExportError
        from journeydesigner.export.pdf import PageSizeError, PdfOptions, page_setup, plan_pdf

        try:
            page = page_setup(choice.page, portrait=choice.portrait)
        except PageSizeError as error:
            return str(error)
        journey_map = self.shown_map()
        maps = None if choice.whole_project or journey_map is None else [journey_map]
        mode = next(m for m in ("fit", "tile", "per-stage") if m == choice.mode)
        try:
            options = PdfOptions(page, mode, labels=QtLabels(), scorecard=choice.scorecard)
            plan = plan_pdf(self.document.project, maps, options)
        except ExportError as error:
            return error.reason
        grid = plan.tile_grids[0] if len(plan.tile_grids) == 1 else None
        return plan.pages, grid

    def export_pdf(self, path: Path, choice: ExportChoice) -> bool:
        """Write a PDF of the shown map (or the whole project); explain any failure."""
        from journeydesigner.export.pdf import PageSizeError, PdfOptions, page_setup, render_pdf
        from journeydesigner.io.save import atomic_write

        try:
            page = page_setup(choice.page, portrait=choice.portrait)
        except PageSizeError as error:
            QMessageBox.warning(
                self, APP_NAME, self.tr("The PDF was not written: {error}.").format(error=error)
            )
            return False
        journey_map = self.shown_map()
        maps = None if choice.whole_project or journey_map is None else [journey_map]
        mode = next(m for m in ("fit", "tile", "per-stage") if m == choice.mode)
        # Drawn from a copy on a worker thread, so a long export keeps the window painting and
        # shows progress; the file is written only when the whole PDF is ready.
        project = self.document.project.model_copy(deep=True)
        chosen = None if maps is None else [m.model_copy(deep=True) for m in maps]
        progress = QProgressDialog(
            self.tr("Exporting {name}…").format(name=path.name), "", 0, 0, self
        )
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        with ThreadPoolExecutor(max_workers=1) as pool:
            options = PdfOptions(page, mode, labels=QtLabels(), scorecard=choice.scorecard)
            job = pool.submit(render_pdf, project, chosen, options, source=path)
            while not job.done():
                QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
                wait([job], timeout=0.02)
        progress.close()
        try:
            result = job.result()
            atomic_write(path, result.data)
        except JourneyError as error:
            self.show_error(self.tr("The PDF was not written"), error)
            return False
        self.statusBar().showMessage(
            self.tr("Exported {name} (%n page(s))", None, result.pages).format(name=path.name),
            6000,
        )
        if result.warnings:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                APP_NAME,
                self.tr(
                    "{name} was written, but some characters have no glyph in the bundled fonts."
                ).format(name=path.name),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setDetailedText("\n".join(result.warnings))
            box.open()
        return True

    def maybe_save(self) -> bool:
        """Offer Save / Discard / Cancel when there are unsaved changes; False means stop."""
        self._commit_text_editor()
        if self.stack.isClean():
            return True
        name = self.document.path.name if self.document.path else self.document.project.title
        answer = QMessageBox.warning(
            self,
            APP_NAME,
            self.tr(
                "Save the changes to “{name}” before closing?\n\n"
                "Your changes will be lost if you don’t save them."
            ).format(name=name),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.maybe_save():
            self.autosaver.discard()
            self.autosaver.flush()  # the snapshot is gone before the app may exit
            self._set_lock(None)
            release_clipboard()
            self.settings.setValue("window/geometry", self.saveGeometry())
            self.settings.setValue("window/state", self.saveState())
            event.accept()
        else:
            event.ignore()

    def show_error(self, title: str, error: JourneyError) -> None:
        lines = error_lines(error)
        box = QMessageBox(
            QMessageBox.Icon.Critical, APP_NAME, title, QMessageBox.StandardButton.Ok, self
        )
        # Name the file: a dialog that only says "the file ends too early" leaves people
        # guessing which file, when several were dropped or opened from the recent list.
        name = Path(error.source).name or error.source
        problem = (
            error_reason(error)
            if len(lines) == 1
            else self.tr("%n problem(s) were found.", None, len(lines))
        )
        box.setInformativeText(f"“{name}”: {problem}")
        if len(lines) > 1:
            box.setDetailedText("\n".join(lines))
        box.exec()

    # -- recent files ----------------------------------------------------------------------------

    def recent_files(self) -> list[str]:
        """Recently opened or saved files, newest first."""
        value = self.settings.value("recentFiles", [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    def _remember_recent(self, path: Path) -> None:
        name = str(path.resolve())
        files = [name] + [f for f in self.recent_files() if f != name]
        self.settings.setValue("recentFiles", files[:MAX_RECENT])
        self._fill_recent_menu()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        for name in files:
            action = self.recent_menu.addAction(Path(name).name)
            action.setToolTip(name)
            action.triggered.connect(lambda _checked=False, n=name: self._open_recent(n))
        self.recent_menu.setEnabled(bool(files))

    def _open_recent(self, name: str) -> None:
        if self.maybe_save():
            self.open_path(Path(name))

    # -- maps and the canvas ---------------------------------------------------------------------

    def _fill_map_list(self) -> None:
        current = self.current_map_id
        self.map_list.blockSignals(True)
        self.map_list.clear()
        for journey_map in self.document.project.maps:
            item = QListWidgetItem(f"{journey_map.title}\n{map_kind_name(journey_map.kind)}")
            item.setData(Qt.ItemDataRole.UserRole, journey_map.id)
            item.setToolTip(journey_map.description or journey_map.title)
            self.map_list.addItem(item)
        self.map_list.blockSignals(False)
        ids = [m.id for m in self.document.project.maps]
        for gone in [map_id for map_id in self.scenes if map_id not in ids]:
            scene = self.scenes.pop(gone)
            scene.detach()
            scene.deleteLater()
        if current not in ids:
            self.current_map_id = None
        if ids:
            self.show_map(current if current in ids else ids[0])

    def _map_chosen(
        self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None
    ) -> None:
        if item is not None:
            self.show_map(str(item.data(Qt.ItemDataRole.UserRole)))

    def show_map(self, map_id: str) -> None:
        """Show one map of the project on the canvas."""
        self._commit_text_editor()
        if map_id == self.current_map_id:
            return
        scene = self.scenes.get(map_id)
        if scene is None:
            scene = MapScene(self.editor, map_id, self)
            scene.card_edit_requested.connect(self.edit_card)
            scene.cell_activated.connect(self.new_card_in_cell)
            scene.header_edit_requested.connect(self.structure.rename_in_place)
            scene.line_edit_requested.connect(self.structure.rename_line)
            scene.refused.connect(lambda text: self.statusBar().showMessage(text, 5000))
            scene.new_card_requested.connect(self.new_card_in_cell)
            scene.cell_focused.connect(self.view.ensure_cell_visible)
            scene.context_requested.connect(self.structure.context_menu)
            scene.selectionChanged.connect(self._update_status)
            scene.selectionChanged.connect(self._show_in_inspector)
            scene.header_selected.connect(self._show_header_in_inspector)
            self.workshop.scene_created(scene)
            self.scenes[map_id] = scene
        self.personas.show_map(map_id)
        self.scorecard.show_map(map_id)
        self.current_map_id = map_id
        self.view.show_scene(scene)
        self.workshop.refresh_votes()
        for row in range(self.map_list.count()):
            item = self.map_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == map_id:
                self.map_list.blockSignals(True)
                self.map_list.setCurrentRow(row)
                self.map_list.blockSignals(False)
        self._update_status()

    def current_scene(self) -> MapScene | None:
        """The scene of the map on the canvas."""
        return self.scenes.get(self.current_map_id) if self.current_map_id else None

    def _on_change(self, change: Change) -> None:
        if isinstance(change, ProjectChanged):
            self._fill_map_list()
        elif isinstance(change, MapChanged) and change.structure:
            self._refresh_map_titles()
        self._update_status()

    def _refresh_map_titles(self) -> None:
        for row in range(self.map_list.count()):
            item = self.map_list.item(row)
            journey_map = self.document.project.map(str(item.data(Qt.ItemDataRole.UserRole)))
            if journey_map is not None:
                item.setText(f"{journey_map.title}\n{map_kind_name(journey_map.kind)}")

    # -- editing ---------------------------------------------------------------------------------

    def edit_card(self, card_id: str) -> None:
        """Edit a card's text in place."""
        scene = self.current_scene()
        if scene is None or card_id not in scene.cards or self.current_map_id is None:
            return
        map_id = self.current_map_id
        box = scene.cards[card_id].box.rect
        card = self.document.card(map_id, card_id)

        def commit(text: str) -> None:
            self.text_editor_closed()
            if self.document.project.map(map_id) is not None and text != card.text:
                self.editor.set_card_text(map_id, card_id, text)

        def preview(text: str) -> Callable[[], None]:
            target = self.document.card(map_id, card_id)
            before, target.text = target.text, text
            return lambda: setattr(target, "text", before)

        self.open_text_editor(
            scene,
            QRectF(box.x, box.y, box.width, box.height),
            card.text,
            commit,
            preview=preview,
        )

    def new_card_in_cell(self, step_id: str, lane_id: str, initial: str = "") -> None:
        """Start writing a new card at the end of a cell; nothing is added unless text is typed.

        Enter keeps the card and starts the next one in the same cell, so a room's ideas can be
        typed in one go; Esc or clicking elsewhere ends.
        """
        scene = self.current_scene()
        if scene is None or scene.layout is None or self.current_map_id is None:
            return
        map_id = self.current_map_id
        rect = scene.layout.cell_rect(step_id, lane_id)
        if rect is None:
            return
        cell = scene.layout.cells.get((step_id, lane_id), [])
        m = scene.layout.metrics
        top = (
            scene.layout.cards[cell[-1]].rect.bottom + m.card_gap
            if cell
            else rect.y + m.cell_padding
        )
        target = QRectF(rect.x + m.cell_padding, top, rect.width - 2 * m.cell_padding, 44)

        def commit(text: str) -> None:
            by_enter = self._editor_item is not None and self._editor_item.ended_with_enter
            self.text_editor_closed()
            if text.strip() and self.document.project.map(map_id) is not None:
                colour = self.workshop.note_colour
                card_id = self.editor.add_card(
                    map_id, step_id, lane_id, len(cell), text.strip(), colour
                )
                if (current := self.current_scene()) is not None:
                    current.select_cards([card_id])
                    if by_enter:
                        current.clearSelection()
                        QTimer.singleShot(0, lambda: self.new_card_in_cell(step_id, lane_id))

        def preview(text: str) -> Callable[[], None]:
            cards = self.document.map(map_id).cards
            if not text.strip():
                return lambda: None
            ids = {c.id for c in cards}
            new_id = next(f"typing-{n}" for n in range(len(ids) + 1) if f"typing-{n}" not in ids)
            card = Card(
                id=new_id,
                step_id=step_id,
                lane_id=lane_id,
                order=len(cell),
                text=text.strip(),
                colour=self.workshop.note_colour,
            )
            cards.append(card)
            return lambda: cards.remove(card)

        self.open_text_editor(
            scene,
            target,
            initial,
            commit,
            select_all=not initial,
            preview=preview,
            on_tab=lambda forward: self.workshop.capture_tab(map_id, (step_id, lane_id), forward),
        )

    def add_card_to_selection(self) -> None:
        """Ctrl+Enter: a new card in the cell of the selected card."""
        scene = self.current_scene()
        if scene is None or self.current_map_id is None:
            return
        selected = scene.selected_card_ids()
        if selected:
            card = self.document.card(self.current_map_id, selected[-1])
            self.new_card_in_cell(card.step_id, card.lane_id)

    def open_text_editor(
        self,
        scene: MapScene,
        rect: QRectF,
        text: str,
        commit: object,
        *,
        single_line: bool = False,
        select_all: bool = True,
        preview: Callable[[str], Callable[[], None]] | None = None,
        on_tab: Callable[[bool], None] | None = None,
    ) -> None:
        """Open the in-place editor over `rect`; `commit(text)` runs when it closes with Enter.

        `preview(text)` applies the text being typed to the document for an autosave
        snapshot taken before the editor is closed, and returns what takes it back.
        """
        self._commit_text_editor()

        editor = CardTextEditor(
            rect,
            text,
            commit,  # type: ignore[arg-type]
            self.text_editor_closed,
            single_line=single_line,
            on_tab=on_tab,
        )
        scene.addItem(editor)
        self._editor_item = editor
        self._editor_typing = (text, preview)
        editor.document().contentsChanged.connect(self.autosaver.touch)
        self.view.setFocus()
        editor.start(select_all=select_all)

    def text_editor_closed(self) -> None:
        """The in-place editor is gone (committed or cancelled)."""
        self._editor_item = None

    def commit_pending_edits(self) -> None:
        """Finish any text being written (in place, in the inspector) before a mode change."""
        self._commit_text_editor()

    @contextlib.contextmanager
    def _typing_applied(self) -> Iterator[bool]:
        """For an autosave: the project holds the text still being typed while this lasts.

        Applied to the live model and taken back at once (a deep copy of a big map would take
        longer than the save); yields False when nothing is being typed.
        """
        editor, (initial, preview) = self._editor_item, self._editor_typing
        if editor is None or preview is None or editor.text() == initial:
            yield False
            return
        try:
            take_back = preview(editor.text())
        except (ValueError, LookupError, StopIteration):
            yield False  # e.g. too long to be valid yet, or the card was removed meanwhile
            return
        try:
            yield True
        finally:
            take_back()

    def _commit_text_editor(self) -> None:
        self.inspector.commit_pending()
        self.personas.commit_pending()
        if self._editor_item is not None:
            self._editor_item.finish(commit=True)
            self._editor_item = None

    def show_preferences(self) -> None:
        """Edit → Preferences…: the language, stored for the next start."""
        from journeydesigner.widgets.preferences import PreferencesDialog

        PreferencesDialog(self.settings, self).exec()

    def edit_selected_card(self) -> None:
        """F2: edit the text of the selected card."""
        scene = self.current_scene()
        if scene is not None:
            selected = scene.selected_card_ids()
            if selected:
                self.edit_card(selected[0])

    def _selected_cards(self) -> list[Card]:
        scene = self.current_scene()
        if scene is None or self.current_map_id is None:
            return []
        return [self.document.card(self.current_map_id, cid) for cid in scene.selected_card_ids()]

    def copy(self) -> None:
        """Copy the selected cards (also as plain text for other programs)."""
        cards = self._selected_cards()
        if cards:
            QApplication.clipboard().setMimeData(cards_to_mime(cards))

    def cut(self) -> None:
        """Copy the selected cards, then delete them."""
        if self._selected_cards():
            self.copy()
            self.delete_selection()

    def paste(self) -> None:
        """Paste cards after the selected card, or into the cell last right-clicked or clicked."""
        scene = self.current_scene()
        map_id = self.current_map_id
        if scene is None or map_id is None:
            return
        data = QApplication.clipboard().mimeData()
        if not data.hasFormat(CARDS_MIME) and looks_like_mermaid(data.text()):
            # A Mermaid journey pasted from a README or wiki becomes a map of its own.
            self.mermaid.import_data(data.text().encode("utf-8"), self.tr("the clipboard"))
            return
        cards = cards_from_mime(data)
        target = self._paste_target()
        if not cards or target is None:
            self.statusBar().showMessage(self.tr("Select a card or a cell to paste into."), 4000)
            return
        step_id, lane_id, index = target
        label = (
            self.tr("Paste card")
            if len(cards) == 1
            else self.tr("Paste %n cards", None, len(cards))
        )
        new_ids = self.editor.add_cards(map_id, cards, step_id, lane_id, index, label)
        scene.select_cards(new_ids)

    def _paste_target(self) -> tuple[str, str, int] | None:
        scene = self.current_scene()
        if scene is None or self.current_map_id is None:
            return None
        selected = scene.selected_card_ids()
        if selected:
            card = self.document.card(self.current_map_id, selected[-1])
            cell = [
                c.id
                for c in self.document.map(self.current_map_id).cards_in(card.step_id, card.lane_id)
            ]
            return card.step_id, card.lane_id, cell.index(card.id) + 1
        if scene.current_cell is not None:
            step_id, lane_id = scene.current_cell
            return (
                step_id,
                lane_id,
                len(scene.layout.cells.get((step_id, lane_id), [])) if scene.layout else 0,
            )
        return None

    def duplicate(self) -> None:
        """Ctrl+D: copy the selected cards next to themselves."""
        scene = self.current_scene()
        if scene is not None and self.current_map_id is not None:
            new_ids = self.editor.duplicate_cards(self.current_map_id, scene.selected_card_ids())
            scene.select_cards(new_ids)

    def _stage_after_selection(self) -> int | None:
        cards = self._selected_cards()
        if not cards or self.current_map_id is None:
            return None
        journey_map = self.document.map(self.current_map_id)
        stage = journey_map.stage_of_step(cards[-1].step_id)
        return journey_map.stages.index(stage) + 1 if stage is not None else None

    def _lane_after_selection(self) -> int | None:
        cards = self._selected_cards()
        if not cards or self.current_map_id is None:
            return None
        journey_map = self.document.map(self.current_map_id)
        return (
            next(i for i, lane in enumerate(journey_map.lanes) if lane.id == cards[-1].lane_id) + 1
        )

    def add_step_to_selection(self) -> None:
        """Split the stage of the selected card (or the last stage) by adding a step."""
        map_id = self.current_map_id
        if map_id is None:
            return
        journey_map = self.document.map(map_id)
        cards = self._selected_cards()
        stage = journey_map.stage_of_step(cards[-1].step_id) if cards else None
        stage = stage or (journey_map.stages[-1] if journey_map.stages else None)
        if stage is not None:
            step_id = self.editor.add_step(map_id, stage.id, len(stage.steps), "")
            self.structure.rename_in_place("step", step_id)

    def new_from_template(self) -> None:
        """Start a new, unsaved project from a template (after offering to save this one)."""
        from journeydesigner.templates import instantiate
        from journeydesigner.widgets.template_dialog import TemplateDialog

        if not self.maybe_save():
            return
        dialog = TemplateDialog(self)
        if dialog.exec() == TemplateDialog.DialogCode.Accepted and (chosen := dialog.chosen()):
            name, language = chosen
            self._set_document(JourneyDocument(instantiate(name, lang=language)))

    def delete_selection(self) -> None:
        """Delete the selected cards and arrows (one undo step)."""
        scene = self.current_scene()
        map_id = self.current_map_id
        if scene is None or map_id is None:
            return
        cards, links = scene.selected_card_ids(), scene.selected_connector_ids()
        if cards and links:
            self.stack.beginMacro(self.tr("Delete selection"))
        # Arrows first: deleting a card takes its arrows along, and would leave these dangling.
        self.editor.remove_connectors(map_id, links)
        self.editor.remove_cards(map_id, cards)
        if cards and links:
            self.stack.endMacro()

    def select_all(self) -> None:
        """Select every card of the map."""
        scene = self.current_scene()
        if scene is not None:
            scene.select_cards(list(scene.cards))

    # -- status ----------------------------------------------------------------------------------

    def _update_title(self) -> None:
        name = self.document.path.name if self.document.path else self.document.project.title
        if self.read_only:
            self.read_only_bar.show_for(name)
            name = self.tr("{name} (read-only)").format(name=name)
        else:
            self.read_only_bar.hide()
        self.setWindowTitle(f"{name}[*] — {APP_NAME}")
        self.setWindowModified(not self.stack.isClean())

    def _update_status(self) -> None:
        scene = self.current_scene()
        if scene is None or self.current_map_id is None:
            self.selection_label.setText("")
            return
        journey_map = self.document.project.map(self.current_map_id)
        if journey_map is None:
            return
        selected = len(scene.selected_card_ids())
        cards = len(journey_map.cards)
        parts = [self.tr("%n card(s)", None, cards), map_kind_name(journey_map.kind)]
        linked = self.document.project.map(journey_map.linked_map_id or "")
        if linked is not None:
            parts.append(self.tr("linked with “{title}”").format(title=linked.title))
        if selected:
            parts.insert(0, self.tr("%n selected", None, selected))
        self.selection_label.setText("   ·   ".join(parts))

    def _pictures_refused(self, problems: list[str]) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            APP_NAME,
            self.tr("Some pictures could not be added.")
            if len(problems) > 1
            else self.tr("The picture could not be added."),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setInformativeText("\n".join(problems))
        box.open()

    def _show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(
            self.tr("{percent} %").format(percent=QLocale().toString(round(zoom * 100)))
        )

    # -- drop a file to open it ------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and all(
            url.isLocalFile() and url.toLocalFile().endswith(".journey") for url in urls
        ):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls and self.maybe_save():
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.open_path(Path(urls[0].toLocalFile())))


def _safe_name(title: str) -> str:
    """A file name from a title: no path separators or characters file systems refuse."""
    cleaned = "".join("-" if ch in '\\/:*?"<>|' else ch for ch in title).strip(" .")
    return cleaned[:120] or "journey"
