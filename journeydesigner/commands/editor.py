"""The editor façade: the one place widgets ask for changes; each call pushes one undo command."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from journeydesigner import restructure
from journeydesigner.commands.cards import (
    AddCards,
    AddConnector,
    EditCard,
    EditConnector,
    MoveCards,
    RemoveCards,
    RemoveConnectors,
)
from journeydesigner.commands.structure import (
    MoveLane,
    MoveStage,
    ReplaceMap,
    ReplaceMaps,
    SetEmotionPoint,
    SetLaneFields,
    SetPersonaFields,
    SetStageFields,
)
from journeydesigner.commands.votes import SetVotes
from journeydesigner.document import JourneyDocument, plan_move
from journeydesigner.interop.metrics_csv import MetricsFile, MetricsImport, apply_metrics
from journeydesigner.model.checks import map_problems
from journeydesigner.model.elements import (
    Card,
    Connector,
    CurveRef,
    EmotionPoint,
    Lane,
    LaneKind,
    MapKind,
    Metric,
    MetricReading,
    Persona,
    Stage,
    Step,
    Variant,
)
from journeydesigner.model.ids import IdMaker
from journeydesigner.model.project import JourneyMap
from journeydesigner.restructure import RestructureError


class Editor(QObject):
    """Turns user intentions into undoable commands on a document."""

    def __init__(self, document: JourneyDocument, stack: QUndoStack | None = None) -> None:
        # A QObject only for tr(): lupdate takes plural forms from tr() calls alone.
        super().__init__()
        self.document = document
        self.stack = stack if stack is not None else QUndoStack()

    def move_cards(
        self, map_id: str, card_ids: list[str], step_id: str, lane_id: str, index: int
    ) -> bool:
        """Move cards into a cell before position `index`; False when nothing would change."""
        journey_map = self.document.map(map_id)
        lane = journey_map.lane(lane_id)
        if lane is None or not lane.holds_cards or not card_ids:
            return False
        placements = plan_move(journey_map, card_ids, step_id, lane_id, index, self.document)
        if placements == self.document.placements(map_id, placements):
            return False
        count = len(card_ids)
        now = self.document.placements(map_id, card_ids)
        same_cell = all((p[0], p[1]) == (step_id, lane_id) for p in now.values())
        if same_cell:
            name = (
                self.tr("Reorder card") if count == 1 else self.tr("Reorder %n cards", None, count)
            )
        else:
            name = self.tr("Move card") if count == 1 else self.tr("Move %n cards", None, count)
        self.stack.push(MoveCards(self.document, map_id, placements, name))
        return True

    def set_card_text(self, map_id: str, card_id: str, text: str) -> None:
        """Change a card's text (one undo step per committed edit)."""
        if self.document.card(map_id, card_id).text != text:
            self.stack.push(
                EditCard(
                    self.document,
                    map_id,
                    card_id,
                    {"text": text},
                    self.tr("Edit card text"),
                )
            )

    def set_card_fields(self, map_id: str, card_id: str, label: str, /, **fields: object) -> None:
        """Change fields of a card (colour, evidence, ...); `label` names the undo step."""
        card = self.document.card(map_id, card_id)
        if any(getattr(card, key) != value for key, value in fields.items()):
            self.stack.push(EditCard(self.document, map_id, card_id, dict(fields), label))

    def add_card(
        self,
        map_id: str,
        step_id: str,
        lane_id: str,
        index: int,
        text: str = "",
        colour: str | None = None,
    ) -> str:
        """Add a new card to a cell at `index` (in a participant's `colour`); returns its id."""
        card = Card(id="new", step_id=step_id, lane_id=lane_id, text=text, colour=colour)
        return self.add_cards(map_id, [card], step_id, lane_id, index, self.tr("Add card"))[0]

    def add_cards(
        self, map_id: str, cards: list[Card], step_id: str, lane_id: str, index: int, label: str
    ) -> list[str]:
        """Add copies of cards (fresh ids) to one cell before `index`; returns the new ids.

        Used for new cards, duplicates and pasting, within a map or from another one.
        """
        journey_map = self.document.map(map_id)
        lane = journey_map.lane(lane_id)
        if lane is None or not lane.holds_cards or not cards:
            return []
        copies = []
        for card in cards:
            copy = card.model_copy(deep=True)
            copy.id = self.document.new_id("card")
            copy.step_id, copy.lane_id = step_id, lane_id
            copies.append(copy)
        cell = [c.id for c in journey_map.cards_in(step_id, lane_id)]
        index = max(0, min(index, len(cell)))
        cell[index:index] = [c.id for c in copies]
        placements = {cid: (step_id, lane_id, order) for order, cid in enumerate(cell)}
        self.stack.push(AddCards(self.document, map_id, copies, placements, label))
        return [c.id for c in copies]

    def duplicate_cards(self, map_id: str, card_ids: list[str]) -> list[str]:
        """Copy cards next to themselves, as one undo step; returns the new ids."""
        journey_map = self.document.map(map_id)
        by_id = {c.id: c for c in journey_map.cards}
        new_ids: list[str] = []
        if not card_ids:
            return new_ids
        self.stack.beginMacro(
            self.tr("Duplicate card")
            if len(card_ids) == 1
            else self.tr("Duplicate %n cards", None, len(card_ids))
        )
        for card_id in card_ids:
            card = by_id[card_id]
            cell = [c.id for c in self.document.map(map_id).cards_in(card.step_id, card.lane_id)]
            position = cell.index(card_id) + 1
            new_ids += self.add_cards(
                map_id,
                [card],
                card.step_id,
                card.lane_id,
                position,
                self.tr("Duplicate card"),
            )
        self.stack.endMacro()
        return new_ids

    def change_votes(self, map_id: str, card_ids: list[str], delta: int) -> bool:
        """Add (`delta` > 0) or take away votes on cards, never below zero; one undo step.

        False when nothing changes (no cards, or taking a vote from cards that have none).
        """
        cards = {card.id: card for card in self.document.map(map_id).cards}
        votes = {
            card_id: max(0, cards[card_id].votes + delta)
            for card_id in dict.fromkeys(card_ids)
            if card_id in cards and max(0, cards[card_id].votes + delta) != cards[card_id].votes
        }
        if not votes:
            return False
        count = len(votes)
        if delta > 0:
            label = (
                self.tr("Vote for card")
                if count == 1
                else self.tr("Vote for %n cards", None, count)
            )
        else:
            label = (
                self.tr("Remove vote")
                if count == 1
                else self.tr("Remove votes from %n cards", None, count)
            )
        self.stack.push(SetVotes(self.document, map_id, votes, label))
        return True

    def clear_votes(self, map_id: str) -> bool:
        """Take every vote off a map (one undo step); False when it has none."""
        votes = {card.id: 0 for card in self.document.map(map_id).cards if card.votes}
        if not votes:
            return False
        self.stack.push(SetVotes(self.document, map_id, votes, self.tr("Clear votes")))
        return True

    def remove_cards(self, map_id: str, card_ids: list[str]) -> None:
        """Delete cards (and connectors ending at them)."""
        if card_ids:
            name = (
                self.tr("Delete card")
                if len(card_ids) == 1
                else self.tr("Delete %n cards", None, len(card_ids))
            )
            self.stack.push(RemoveCards(self.document, map_id, list(card_ids), name))

    def add_connector(
        self, map_id: str, from_card: str, to_card: str, *, two_way: bool = False, label: str = ""
    ) -> str | None:
        """Draw an arrow between two cards; None when it would join a card to itself."""
        if from_card == to_card:
            return None
        connector = Connector(
            id=self.document.new_id("link"),
            from_card=from_card,
            to_card=to_card,
            two_way=two_way,
            label=label,
        )
        self.stack.push(AddConnector(self.document, map_id, connector))
        return connector.id

    def remove_connectors(self, map_id: str, connector_ids: list[str]) -> None:
        """Delete arrows."""
        if connector_ids:
            name = (
                self.tr("Delete connector")
                if len(connector_ids) == 1
                else self.tr("Delete %n connectors", None, len(connector_ids))
            )
            self.stack.push(RemoveConnectors(self.document, map_id, list(connector_ids), name))

    def relabel_connector(self, map_id: str, connector_id: str, label: str) -> None:
        """Change an arrow's label."""
        self._edit_connector(map_id, connector_id, self.tr("Relabel connector"), label=label)

    def reverse_connector(self, map_id: str, connector_id: str) -> None:
        """Swap an arrow's ends."""
        connector = self._connector(map_id, connector_id)
        self._edit_connector(
            map_id,
            connector_id,
            self.tr("Reverse connector"),
            from_card=connector.to_card,
            to_card=connector.from_card,
        )

    def set_connector_two_way(self, map_id: str, connector_id: str, two_way: bool) -> None:
        """Make an arrow one-way or two-way."""
        label = self.tr("Make connector two-way") if two_way else self.tr("Make connector one-way")
        self._edit_connector(map_id, connector_id, label, two_way=two_way)

    def _connector(self, map_id: str, connector_id: str) -> Connector:
        return next(c for c in self.document.map(map_id).connectors if c.id == connector_id)

    def _edit_connector(
        self, map_id: str, connector_id: str, step_name: str, /, **fields: object
    ) -> None:
        connector = self._connector(map_id, connector_id)
        if any(getattr(connector, key) != value for key, value in fields.items()):
            self.stack.push(
                EditConnector(self.document, map_id, connector_id, dict(fields), step_name)
            )

    def set_emotion_score(
        self,
        map_id: str,
        lane_id: str,
        step_id: str,
        persona_id: str | None,
        variant: Variant,
        score: float,
    ) -> None:
        """Set the score of a curve on a step (adding the point if there is none)."""
        journey_map = self.document.map(map_id)
        key = (lane_id, step_id, persona_id, variant)
        current = next(
            (p for p in journey_map.emotion_points if p.key == key),
            None,
        )
        if current is not None and current.score == score:
            return
        note = current.note if current is not None else ""
        point = EmotionPoint(
            lane_id=lane_id,
            step_id=step_id,
            persona_id=persona_id,
            variant=variant,
            score=score,
            note=note,
        )
        self.stack.push(
            SetEmotionPoint(self.document, map_id, key, point, self.tr("Change emotion"))
        )

    def rename_stage(self, map_id: str, stage_id: str, name: str) -> None:
        """Rename a stage."""
        self.set_stage_fields(map_id, stage_id, self.tr("Rename stage"), name=name)

    def rename_lane(self, map_id: str, lane_id: str, title: str) -> None:
        """Rename a lane."""
        self.set_lane_fields(map_id, lane_id, self.tr("Rename lane"), title=title)

    def set_stage_fields(self, map_id: str, stage_id: str, label: str, /, **fields: object) -> None:
        """Change fields of a stage (name, description, ...); `label` names the undo step."""
        stage = next(s for s in self.document.map(map_id).stages if s.id == stage_id)
        if any(getattr(stage, key) != value for key, value in fields.items()):
            self.stack.push(SetStageFields(self.document, map_id, stage_id, dict(fields), label))

    def set_lane_fields(self, map_id: str, lane_id: str, label: str, /, **fields: object) -> None:
        """Change fields of a lane (title, colour, ...); `label` names the undo step."""
        lane = self.document.map(map_id).lane(lane_id)
        if lane is None:
            raise KeyError(lane_id)
        if any(getattr(lane, key) != value for key, value in fields.items()):
            self.stack.push(SetLaneFields(self.document, map_id, lane_id, dict(fields), label))

    def move_stage(self, map_id: str, stage_id: str, index: int) -> None:
        """Move a stage, with its steps and cards, to a new position."""
        self.stack.push(MoveStage(self.document, map_id, stage_id, index))

    def move_lane(self, map_id: str, lane_id: str, index: int) -> None:
        """Move a lane to a new position."""
        self.stack.push(MoveLane(self.document, map_id, lane_id, index))

    # -- structure: stages, steps, lanes -----------------------------------------------------------

    def _restructure(self, map_id: str, label: str, change: Callable[[JourneyMap], None]) -> None:
        before = self.document.map(map_id).model_copy(deep=True)
        after = before.model_copy(deep=True)
        change(after)
        problems = map_problems(after, "map", {p.id for p in self.document.project.personas})
        if problems:  # a bug in a structural edit must never reach the file
            raise RestructureError(str(problems[0]))
        self.stack.push(ReplaceMap(self.document, before, after, label))

    def add_stage(self, map_id: str, index: int, name: str) -> str:
        """Insert a new one-step stage at a position; returns its id."""
        stage = Stage(
            id=self.document.new_id("stage"),
            name=name,
            steps=[Step(id=self.document.new_id("step"))],
        )
        self._restructure(
            map_id,
            self.tr("Add stage"),
            lambda m: restructure.add_stage(m, index, stage),
        )
        return stage.id

    def remove_stage(self, map_id: str, stage_id: str) -> None:
        """Delete a stage with everything on it."""
        self._restructure(
            map_id,
            self.tr("Delete stage"),
            lambda m: restructure.remove_stage(m, stage_id),
        )

    def add_step(self, map_id: str, stage_id: str, index: int, name: str = "") -> str:
        """Split a stage by inserting a step; returns its id."""
        step = Step(id=self.document.new_id("step"), name=name)
        self._restructure(
            map_id,
            self.tr("Add step"),
            lambda m: restructure.add_step(m, stage_id, index, step),
        )
        return step.id

    def remove_step(self, map_id: str, step_id: str) -> None:
        """Delete a step with everything on it (a stage keeps at least one)."""
        self._restructure(
            map_id,
            self.tr("Delete step"),
            lambda m: restructure.remove_step(m, step_id),
        )

    def move_step(self, map_id: str, step_id: str, stage_id: str, index: int) -> None:
        """Move a step within its stage or to another stage."""
        self._restructure(
            map_id,
            self.tr("Move step"),
            lambda m: restructure.move_step(m, step_id, stage_id, index),
        )

    def merge_steps(self, map_id: str, into_id: str, from_id: str) -> None:
        """Merge a step into another of its stage."""
        self._restructure(
            map_id,
            self.tr("Merge steps"),
            lambda m: restructure.merge_steps(m, into_id, from_id),
        )

    def rename_step(self, map_id: str, step_id: str, name: str) -> None:
        """Rename a step."""

        def rename(journey_map: JourneyMap) -> None:
            for step in journey_map.steps():
                if step.id == step_id:
                    step.name = name

        self._restructure(map_id, self.tr("Rename step"), rename)

    def set_step_width(self, map_id: str, step_id: str, width: float | None) -> None:
        """Set a step's width (None: the default width)."""

        def resize(journey_map: JourneyMap) -> None:
            for step in journey_map.steps():
                if step.id == step_id:
                    step.width = width

        current = next(t.width for t in self.document.map(map_id).steps() if t.id == step_id)
        if current != width:
            self._restructure(map_id, self.tr("Resize step"), resize)

    def set_lane_height(self, map_id: str, lane_id: str, height: float | None) -> None:
        """Set a lane's minimum height (None: fit the cards)."""
        self.set_lane_fields(map_id, lane_id, self.tr("Resize lane"), height=height)

    def add_lane(self, map_id: str, index: int, kind: LaneKind, title: str) -> str:
        """Insert a new lane at a position; returns its id."""
        lane = Lane(id=self.document.new_id("lane"), title=title, kind=kind)
        self._restructure(
            map_id, self.tr("Add lane"), lambda m: restructure.add_lane(m, index, lane)
        )
        return lane.id

    def remove_lane(self, map_id: str, lane_id: str) -> None:
        """Delete a lane with its cards, curve points and metrics."""
        self._restructure(
            map_id,
            self.tr("Delete lane"),
            lambda m: restructure.remove_lane(m, lane_id),
        )

    # -- maps --------------------------------------------------------------------------------------

    def add_map(
        self,
        journey_map: JourneyMap,
        personas: list[Persona] | None = None,
        index: int | None = None,
    ) -> str:
        """Add a map (e.g. from a template) with the personas it names; returns its id.

        The map's id is made unique; personas the project already has (same id) are reused.
        """
        maps = list(self.document.project.maps)
        new_map = journey_map.model_copy(deep=True)
        if new_map.id in {m.id for m in maps}:
            new_map.id = IdMaker({m.id for m in maps}).make("map")
        maps.insert(len(maps) if index is None else index, new_map)
        known = {p.id for p in self.document.project.personas}
        everyone = list(self.document.project.personas) + [
            p.model_copy(deep=True) for p in personas or [] if p.id not in known
        ]
        self.stack.push(ReplaceMaps(self.document, maps, self.tr("Add map"), everyone))
        return new_map.id

    def duplicate_map(self, map_id: str, title: str, kind: MapKind | None = None) -> str:
        """Copy a map (e.g. a future-state copy of a current-state map); returns the copy's id."""
        source = self.document.map(map_id)
        copy = source.model_copy(deep=True)
        copy.title = title
        if kind is not None:
            copy.kind = kind
        maps = list(self.document.project.maps)
        copy.id = IdMaker({m.id for m in maps}).make(source.id)
        maps.insert(maps.index(source) + 1, copy)
        self.stack.push(ReplaceMaps(self.document, maps, self.tr("Duplicate map")))
        return copy.id

    def remove_map(self, map_id: str) -> None:
        """Delete a map."""
        maps = [m for m in self.document.project.maps if m.id != map_id]
        self.stack.push(ReplaceMaps(self.document, maps, self.tr("Delete map")))

    def rename_map(self, map_id: str, title: str) -> None:
        """Change a map's title."""
        if self.document.map(map_id).title != title:
            self._restructure(map_id, self.tr("Rename map"), lambda m: setattr(m, "title", title))

    # -- personas ----------------------------------------------------------------------------------

    def add_persona(self, name: str, map_id: str | None = None) -> str:
        """Add a persona (and link it to a map); returns its id."""
        persona = Persona(id=self.document.new_id("persona"), name=name)
        personas = [*self.document.project.personas, persona]
        maps = list(self.document.project.maps)
        if map_id is not None:
            index = next(i for i, m in enumerate(maps) if m.id == map_id)
            linked = maps[index].model_copy(deep=True)
            linked.persona_ids = [*linked.persona_ids, persona.id]
            maps[index] = linked
        self.stack.push(ReplaceMaps(self.document, maps, self.tr("Add persona"), personas))
        return persona.id

    def set_persona_fields(self, persona_id: str, label: str, /, **fields: object) -> None:
        """Change fields of a persona; `label` names the undo step."""
        persona = self.document.project.persona(persona_id)
        if persona is None:
            raise KeyError(persona_id)
        if any(getattr(persona, key) != value for key, value in fields.items()):
            self.stack.push(SetPersonaFields(self.document, persona_id, dict(fields), label))

    def link_persona(self, map_id: str, persona_id: str, linked: bool) -> None:
        """Show a persona on a map (or stop showing it); its curves stay either way."""
        journey_map = self.document.map(map_id)
        if (persona_id in journey_map.persona_ids) == linked:
            return

        def change(m: JourneyMap) -> None:
            if linked:
                m.persona_ids = [*m.persona_ids, persona_id]
            else:
                m.persona_ids = [p for p in m.persona_ids if p != persona_id]

        self._restructure(
            map_id,
            self.tr("Link persona") if linked else self.tr("Unlink persona"),
            change,
        )

    def remove_persona(self, persona_id: str) -> None:
        """Delete a persona with its curve points on every map."""
        maps = []
        for journey_map in self.document.project.maps:
            uses = persona_id in journey_map.persona_ids or any(
                p.persona_id == persona_id for p in journey_map.emotion_points
            )
            if not uses:
                maps.append(journey_map)
                continue
            copy = journey_map.model_copy(deep=True)
            copy.persona_ids = [p for p in copy.persona_ids if p != persona_id]
            copy.emotion_points = [p for p in copy.emotion_points if p.persona_id != persona_id]
            maps.append(copy)
        personas = [p for p in self.document.project.personas if p.id != persona_id]
        self.stack.push(ReplaceMaps(self.document, maps, self.tr("Delete persona"), personas))

    # -- format 2: line names, hidden curves, linked maps ------------------------------------------

    def set_line_label(self, map_id: str, kind: str, label: str) -> None:
        """Name a blueprint line ("interaction", "visibility", "internal"); empty: the default."""
        current = self.document.map(map_id).line_labels
        if getattr(current, kind) == label:
            return
        labels = current.model_copy(update={kind: label})
        self._restructure(
            map_id, self.tr("Rename line"), lambda m: setattr(m, "line_labels", labels)
        )

    def set_curve_hidden(
        self, map_id: str, lane_id: str, persona_id: str | None, variant: Variant, hidden: bool
    ) -> None:
        """Hide or show one emotion curve on the canvas and in exports."""
        ref = CurveRef(lane_id=lane_id, persona_id=persona_id, variant=variant)
        journey_map = self.document.map(map_id)
        if (ref in journey_map.hidden_curves) == hidden:
            return

        def change(m: JourneyMap) -> None:
            others = [c for c in m.hidden_curves if c != ref]
            m.hidden_curves = [*others, ref] if hidden else others

        self._restructure(
            map_id,
            self.tr("Hide curve") if hidden else self.tr("Show curve"),
            change,
        )

    def link_map(self, map_id: str, other_id: str | None) -> None:
        """Pair a map with another (a journey with its blueprint), both ways; None unlinks."""
        maps = list(self.document.project.maps)
        index = {m.id: i for i, m in enumerate(maps)}
        current = maps[index[map_id]].linked_map_id
        if current == other_id:
            return
        # Pairs stay pairs: whatever either map was linked to before is unlinked too.
        previous_of_other = maps[index[other_id]].linked_map_id if other_id in index else None
        touched = {map_id, other_id, current, previous_of_other} - {None}
        for mid in touched:
            if mid in index:
                maps[index[mid]] = maps[index[mid]].model_copy(deep=True)
        for journey_map in maps:
            if journey_map.id in touched and journey_map.linked_map_id in touched:
                journey_map.linked_map_id = None
        maps[index[map_id]].linked_map_id = other_id
        if other_id is not None:
            maps[index[other_id]].linked_map_id = map_id
        self.stack.push(
            ReplaceMaps(
                self.document,
                maps,
                self.tr("Link maps") if other_id else self.tr("Unlink maps"),
            )
        )

    # -- format 3: metrics and the funnel ---------------------------------------------------------

    def import_metrics(
        self, map_id: str, metrics_file: MetricsFile, lane_title: str = "Metrics"
    ) -> MetricsImport:
        """Import the rows of a metrics CSV into a map as one undo step; returns what it did.

        An import that changes nothing (every row unmatched) pushes no empty undo step.
        """
        imported = self.document.map(map_id).model_copy(deep=True)
        result = apply_metrics(imported, metrics_file, self.document.new_id, lane_title=lane_title)
        if result.changed:

            def take(journey_map: JourneyMap) -> None:
                journey_map.lanes = imported.lanes
                journey_map.metrics = imported.metrics

            self._restructure(map_id, self.tr("Import metrics"), take)
        return result

    def add_metric(self, map_id: str, stage_id: str, name: str, lane_title: str = "Metrics") -> str:
        """Add a metric chip to a stage, in the map's first metrics lane (added, in the same undo
        step, when the map has none); returns its id."""
        journey_map = self.document.map(map_id)
        lane = next((lane for lane in journey_map.lanes if lane.kind == "metrics"), None)
        new_lane: Lane | None = None
        if lane is None:
            lane = new_lane = Lane(
                id=self.document.new_id("lane"), title=lane_title, kind="metrics"
            )
        metric = Metric(
            id=self.document.new_id("metric"), stage_id=stage_id, lane_id=lane.id, name=name
        )

        def add(m: JourneyMap) -> None:
            if new_lane is not None:
                m.lanes.append(new_lane)
            m.metrics.append(metric)

        self._restructure(map_id, self.tr("Add metric"), add)
        return metric.id

    def remove_metric(self, map_id: str, metric_id: str) -> None:
        """Delete a metric chip."""

        def remove(journey_map: JourneyMap) -> None:
            journey_map.metrics = [m for m in journey_map.metrics if m.id != metric_id]

        self._restructure(map_id, self.tr("Delete metric"), remove)

    def set_metric_fields(
        self, map_id: str, metric_id: str, label: str, /, **fields: object
    ) -> None:
        """Change fields of a metric (name, value, unit, target, readings...); `label` names the
        undo step. Nothing is pushed when nothing would change."""
        metric = self._metric(map_id, metric_id)
        if all(getattr(metric, key) == value for key, value in fields.items()):
            return

        def change(journey_map: JourneyMap) -> None:
            found = next(m for m in journey_map.metrics if m.id == metric_id)
            # One validation for all fields: readings and value are checked together.
            updated = Metric.model_validate({**found.model_dump(), **fields})
            index = journey_map.metrics.index(found)
            journey_map.metrics[index] = updated

        self._restructure(map_id, label, change)

    def set_metric_readings(
        self, map_id: str, metric_id: str, readings: list[MetricReading]
    ) -> None:
        """Replace a metric's dated readings (kept in date order)."""
        ordered = sorted(readings, key=lambda r: r.date)
        self.set_metric_fields(map_id, metric_id, self.tr("Edit readings"), readings=ordered)

    def set_funnel_metric(self, map_id: str, name: str | None) -> None:
        """Name the metric the scorecard's funnel follows (None: no funnel)."""
        if self.document.map(map_id).funnel_metric == name:
            return
        label = self.tr("Set funnel metric") if name else self.tr("Clear funnel metric")
        self._restructure(map_id, label, lambda m: setattr(m, "funnel_metric", name))

    def _metric(self, map_id: str, metric_id: str) -> Metric:
        for metric in self.document.map(map_id).metrics:
            if metric.id == metric_id:
                return metric
        raise KeyError(metric_id)
