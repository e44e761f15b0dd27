"""Menus and in-place renaming for the grid's structure: stages, steps, lanes and maps.

The main window owns one StructureActions; it asks the scene what was clicked, builds the menu,
and turns each choice into one editor call.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QRectF
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox

from journeydesigner import APP_NAME
from journeydesigner.canvas.items import (
    BlueprintLineItem,
    LaneHeaderItem,
    StageHeaderItem,
    StepHeaderItem,
)
from journeydesigner.model.elements import LaneKind, MapKind
from journeydesigner.names import BLUEPRINT_LANE_ORDER, JOURNEY_LANE_KINDS, lane_kind_name
from journeydesigner.restructure import RestructureError

if TYPE_CHECKING:
    from journeydesigner.app.window import MainWindow


class StructureActions(QObject):
    """Adds, removes and renames stages, steps and lanes for the map on the canvas."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    @property
    def _map_id(self) -> str | None:
        return self.window.current_map_id

    # -- renaming in place ------------------------------------------------------------------------

    def rename_in_place(self, kind: str, item_id: str) -> None:
        """Open a one-line editor over a stage, step or lane header."""
        scene = self.window.current_scene()
        map_id = self._map_id
        if scene is None or map_id is None:
            return
        journey_map = self.window.document.map(map_id)
        item = next(
            (
                i
                for i in scene.items()
                if (kind == "stage" and isinstance(i, StageHeaderItem) and i.stage_id == item_id)
                or (kind == "step" and isinstance(i, StepHeaderItem) and i.step_id == item_id)
                or (kind == "lane" and isinstance(i, LaneHeaderItem) and i.lane_id == item_id)
            ),
            None,
        )
        if item is None:
            return
        box = item.sceneBoundingRect()
        if kind == "stage":
            stage = next(s for s in journey_map.stages if s.id == item_id)
            current = stage.name
            rect = QRectF(box.x() + 30, box.y() + 6, min(box.width() - 44, 260), 30)
        elif kind == "step":
            current = next(t.name for t in journey_map.steps() if t.id == item_id)
            rect = QRectF(box.x() + 2, box.y(), min(box.width() - 4, 240), 30)
        else:
            lane = journey_map.lane(item_id)
            assert lane is not None
            current = lane.title
            rect = QRectF(box.x() + 24, box.y() + 4, box.width() - 30, 30)

        def commit(text: str) -> None:
            self.window.text_editor_closed()
            name = " ".join(text.split())
            if self.window.document.project.map(map_id) is None or name == current:
                return
            if kind == "step":
                self.window.editor.rename_step(map_id, item_id, name)
            elif not name:
                self.window.statusBar().showMessage(
                    self.tr("A name cannot be empty; it was kept."), 4000
                )
            elif kind == "stage":
                self.window.editor.rename_stage(map_id, item_id, name)
            else:
                self.window.editor.rename_lane(map_id, item_id, name)

        self.window.open_text_editor(scene, rect, current, commit, single_line=True)

    # -- context menus ----------------------------------------------------------------------------

    def context_menu(self, what: str, first: str, second: str, position: QPoint) -> None:
        """Show the menu for what was right-clicked."""
        map_id = self._map_id
        if map_id is None:
            return
        menu = QMenu(self.window)
        journey_map = self.window.document.map(map_id)
        editor = self.window.editor
        if what == "stage":
            index = next(i for i, s in enumerate(journey_map.stages) if s.id == first)
            stage = journey_map.stages[index]
            menu.addAction(
                self.tr("Rename Stage"),
                lambda: self.rename_in_place("stage", first),
            )
            menu.addAction(self.tr("Add Stage Before"), lambda: self.add_stage(index))
            menu.addAction(self.tr("Add Stage After"), lambda: self.add_stage(index + 1))
            menu.addAction(
                self.tr("Split Into Steps"),
                lambda: editor.add_step(map_id, first, len(stage.steps), ""),
            )
            menu.addSeparator()
            delete = menu.addAction(
                self.tr("Delete Stage"),
                lambda: self.confirm_delete("stage", first),
            )
            delete.setEnabled(len(journey_map.stages) > 1)
        elif what == "step":
            stage = next(s for s in journey_map.stages if any(t.id == first for t in s.steps))
            index = next(i for i, t in enumerate(stage.steps) if t.id == first)
            menu.addAction(
                self.tr("Rename Step"),
                lambda: self.rename_in_place("step", first),
            )
            menu.addAction(
                self.tr("Add Step After"),
                lambda: editor.add_step(map_id, stage.id, index + 1, ""),
            )
            merge = menu.addAction(
                self.tr("Merge Into Previous Step"),
                lambda: self._guard(
                    lambda: editor.merge_steps(map_id, stage.steps[index - 1].id, first)
                ),
            )
            merge.setEnabled(index > 0)
            menu.addSeparator()
            delete = menu.addAction(
                self.tr("Delete Step"),
                lambda: self.confirm_delete("step", first),
            )
            delete.setEnabled(len(stage.steps) > 1)
        elif what == "lane":
            index = next(i for i, lane in enumerate(journey_map.lanes) if lane.id == first)
            menu.addAction(
                self.tr("Rename Lane"),
                lambda: self.rename_in_place("lane", first),
            )
            self._lane_kinds_menu(menu.addMenu(self.tr("Add Lane Above")), index)
            self._lane_kinds_menu(menu.addMenu(self.tr("Add Lane Below")), index + 1)
            menu.addSeparator()
            delete = menu.addAction(
                self.tr("Delete Lane"),
                lambda: self.confirm_delete("lane", first),
            )
            delete.setEnabled(len(journey_map.lanes) > 1)
        elif what == "card":
            menu.addAction(self.window.edit_card_action)
            menu.addAction(self.window.duplicate_action)
            menu.addSeparator()
            menu.addAction(self.window.copy_action)
            menu.addAction(self.window.cut_action)
            menu.addAction(self.window.paste_action)
            menu.addSeparator()
            menu.addAction(self.window.delete_action)
        elif what == "connector":
            connector = next(c for c in journey_map.connectors if c.id == first)
            menu.addAction(self.tr("Edit Label…"), lambda: self.relabel_connector(first))
            menu.addAction(
                self.tr("Reverse"),
                lambda: editor.reverse_connector(map_id, first),
            )
            two_way = menu.addAction(self.tr("Two-Way"))
            two_way.setCheckable(True)
            two_way.setChecked(connector.two_way)
            two_way.toggled.connect(lambda on: editor.set_connector_two_way(map_id, first, on))
            menu.addSeparator()
            menu.addAction(
                self.tr("Delete Connector"),
                lambda: editor.remove_connectors(map_id, [first]),
            )
        elif what == "cell":
            lane = journey_map.lane(second)
            if lane is not None and lane.holds_cards:
                menu.addAction(
                    self.tr("New Card Here"),
                    lambda: self.window.new_card_in_cell(first, second),
                )
                menu.addAction(self.window.paste_action)
        if not menu.isEmpty():
            menu.exec(position)

    def _lane_kinds_menu(self, menu: QMenu, index: int) -> None:
        for kinds in (JOURNEY_LANE_KINDS, BLUEPRINT_LANE_ORDER):
            for kind in kinds:
                menu.addAction(lane_kind_name(kind), partial(self.add_lane, index, kind))
            menu.addSeparator()

    # -- adding and removing -------------------------------------------------------------------

    def add_stage(self, index: int | None = None) -> str | None:
        """Add a stage (at the end by default) and start renaming it."""
        map_id = self._map_id
        if map_id is None:
            return None
        journey_map = self.window.document.map(map_id)
        position = len(journey_map.stages) if index is None else index
        stage_id = self.window.editor.add_stage(
            map_id,
            position,
            self.tr("Stage {number}").format(number=len(journey_map.stages) + 1),
        )
        self.rename_in_place("stage", stage_id)
        return stage_id

    def add_lane(self, index: int | None = None, kind: LaneKind = "text") -> str | None:
        """Add a lane of a kind (at the end by default) and start renaming it."""
        map_id = self._map_id
        if map_id is None:
            return None
        journey_map = self.window.document.map(map_id)
        position = len(journey_map.lanes) if index is None else index
        lane_id = self.window.editor.add_lane(map_id, position, kind, lane_kind_name(kind))
        self.rename_in_place("lane", lane_id)
        return lane_id

    def confirm_delete(self, kind: str, item_id: str) -> None:
        """Delete a stage, step or lane, asking first when cards would go with it."""
        map_id = self._map_id
        if map_id is None:
            return
        journey_map = self.window.document.map(map_id)
        if (kind == "stage" and len(journey_map.stages) == 1) or (
            kind == "lane" and len(journey_map.lanes) == 1
        ):
            keeps = {
                "stage": self.tr("A map keeps at least one stage."),
                "lane": self.tr("A map keeps at least one lane."),
            }
            QMessageBox.information(self.window, APP_NAME, keeps[kind])
            return
        if kind == "stage":
            stage = next(s for s in journey_map.stages if s.id == item_id)
            steps = {t.id for t in stage.steps}
            count = sum(1 for c in journey_map.cards if c.step_id in steps)
        elif kind == "step":
            count = sum(1 for c in journey_map.cards if c.step_id == item_id)
        else:
            count = sum(1 for c in journey_map.cards if c.lane_id == item_id)
        if count:
            answer = QMessageBox.question(
                self.window,
                APP_NAME,
                {
                    "stage": self.tr(
                        "Delete this stage and the %n card(s) on it?\n"
                        "You can undo this with Edit → Undo.",
                        None,
                        count,
                    ),
                    "step": self.tr(
                        "Delete this step and the %n card(s) on it?\n"
                        "You can undo this with Edit → Undo.",
                        None,
                        count,
                    ),
                    "lane": self.tr(
                        "Delete this lane and the %n card(s) on it?\n"
                        "You can undo this with Edit → Undo.",
                        None,
                        count,
                    ),
                }[kind],
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        editor = self.window.editor
        if kind == "stage":
            self._guard(lambda: editor.remove_stage(map_id, item_id))
        elif kind == "step":
            self._guard(lambda: editor.remove_step(map_id, item_id))
        else:
            self._guard(lambda: editor.remove_lane(map_id, item_id))

    def _guard(self, action: object) -> None:
        try:
            action()  # type: ignore[operator]
        except RestructureError as error:
            QMessageBox.information(self.window, APP_NAME, str(error))

    def rename_line(self, kind: str) -> None:
        """Rename a blueprint line in place; an empty name gives back the default one."""
        scene = self.window.current_scene()
        map_id = self._map_id
        if scene is None or map_id is None:
            return
        item = next(
            (i for i in scene.items() if isinstance(i, BlueprintLineItem) and i.line.kind == kind),
            None,
        )
        if item is None:
            return
        box = item.label_rect()
        custom = getattr(self.window.document.map(map_id).line_labels, kind)

        def commit(text: str) -> None:
            self.window.text_editor_closed()
            if self.window.document.project.map(map_id) is not None:
                self.window.editor.set_line_label(map_id, kind, " ".join(text.split())[:200])

        rect = QRectF(box.x(), box.y() - 8, max(box.width() + 80, 260), 28)
        self.window.open_text_editor(
            scene, rect, custom or item.line.label, commit, single_line=True
        )

    def link_map(self, map_id: str) -> None:
        """Ask which map this one belongs with (a journey and its blueprint), or none."""
        maps = [m for m in self.window.document.project.maps if m.id != map_id]
        if not maps:
            QMessageBox.information(
                self.window,
                APP_NAME,
                self.tr("Add another map to link this one to."),
            )
            return
        labels = [self.tr("(not linked)")] + [m.title for m in maps]
        current = self.window.document.map(map_id).linked_map_id
        start = next((i + 1 for i, m in enumerate(maps) if m.id == current), 0)
        choice, ok = QInputDialog.getItem(
            self.window,
            self.tr("Link map"),
            self.tr("This map belongs with:"),
            labels,
            start,
            False,
        )
        if ok:
            index = labels.index(choice)
            self.window.editor.link_map(map_id, maps[index - 1].id if index else None)

    def go_to_linked_map(self, map_id: str) -> None:
        """Show the map this one is linked to."""
        linked = self.window.document.map(map_id).linked_map_id
        if linked is None:
            self.window.statusBar().showMessage(
                self.tr("This map is not linked to another one."), 4000
            )
        else:
            self.window.show_map(linked)

    def relabel_connector(self, connector_id: str) -> None:
        """Ask for an arrow's label (empty for none)."""
        map_id = self._map_id
        if map_id is None:
            return
        current = next(
            c.label for c in self.window.document.map(map_id).connectors if c.id == connector_id
        )
        label, ok = QInputDialog.getText(
            self.window,
            self.tr("Connector"),
            self.tr("Label:"),
            text=current,
        )
        if ok:
            self.window.editor.relabel_connector(
                map_id, connector_id, " ".join(label.split())[:200]
            )

    # -- maps -------------------------------------------------------------------------------------

    def rename_map(self, map_id: str) -> None:
        """Ask for a new title for a map."""
        current = self.window.document.map(map_id).title
        title, ok = QInputDialog.getText(
            self.window,
            self.tr("Rename map"),
            self.tr("Map title:"),
            text=current,
        )
        title = " ".join(title.split())
        if ok and title:
            self.window.editor.rename_map(map_id, title)

    def duplicate_map(self, map_id: str) -> None:
        """Copy a map; a current-state map becomes a future-state copy."""
        source = self.window.document.map(map_id)
        kind: MapKind | None = "future_state" if source.kind == "current_state" else None
        title = (self.tr("{title} (future state)") if kind else self.tr("{title} (copy)")).format(
            title=source.title
        )
        new_id = self.window.editor.duplicate_map(map_id, title[:200], kind)
        self.window.show_map(new_id)

    def remove_map(self, map_id: str) -> None:
        """Delete a map after asking."""
        if len(self.window.document.project.maps) <= 1:
            QMessageBox.information(
                self.window,
                APP_NAME,
                self.tr("A project keeps at least one map."),
            )
            return
        title = self.window.document.map(map_id).title
        answer = QMessageBox.question(
            self.window,
            APP_NAME,
            self.tr("Delete the map “{title}”?\nYou can undo this with Edit → Undo.").format(
                title=title
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.window.editor.remove_map(map_id)

    def add_map_from_template(self) -> None:
        """Add a map to the project from one of the templates."""
        from journeydesigner.templates import instantiate
        from journeydesigner.widgets.template_dialog import TemplateDialog

        dialog = TemplateDialog(self.window)
        dialog.setWindowTitle(self.tr("New map from template"))
        if dialog.exec() != TemplateDialog.DialogCode.Accepted or not (chosen := dialog.chosen()):
            return
        name, language = chosen
        project = instantiate(name, lang=language)
        new_id = self.window.editor.add_map(project.maps[0], project.personas)
        self.window.show_map(new_id)
