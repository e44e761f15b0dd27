"""The inspector: the fields of what is selected on the canvas, each edit one call to the façade.

The panel shows one of five pages: a hint when nothing is selected, one card, several cards, a
stage or a lane. It reads the document and writes only through the Editor façade, so every edit
is an undo step with a readable name. It listens to the document and reloads when a change
concerns what it shows: after its own edit it keeps the user's cursor, after undo or an edit on
the canvas it shows the new values.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Mapping

import shiboken6
from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QObject, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journeydesigner.commands.editor import Editor
from journeydesigner.document import Change, MapChanged, ProjectChanged
from journeydesigner.i18n import format_number, translate
from journeydesigner.layout.labels import QT_TRANSLATE_NOOP
from journeydesigner.layout.style import INK, RULE, card_tint
from journeydesigner.model import limits
from journeydesigner.model.elements import (
    EVIDENCE_LEVELS,
    Card,
    EmotionScale,
    Lane,
    Stage,
)
from journeydesigner.model.project import JourneyMap
from journeydesigner.names import lane_kind_name
from journeydesigner.widgets.choices import ChoiceRow
from journeydesigner.widgets.duration import DurationEdit
from journeydesigner.widgets.fields import (
    EVIDENCE_HINTS,
    EVIDENCE_NAMES,
    FIELD_HEIGHT,
    CommitLineEdit,
    CommitTextEdit,
    MessageLabel,
    MixedCheckBox,
    error_words,
    evidence_icon,
    fail_icon,
    model_error,
    secondary_label,
    section_label,
    ui_font,
)
from journeydesigner.widgets.swatches import ColourSwatches
from journeydesigner.widgets.tags import TagEditor

HINT = QT_TRANSLATE_NOOP(
    "inspector",
    "Select a card to see and edit its text, colour, tags and evidence here.\n\n"
    "Select a stage or lane header to edit the stage or lane. Select several cards to change "
    "their colour, evidence or fail point together.",
)

_STYLE = f"""
QToolButton#toggle, QToolButton#resetColour {{
    background: #FFFFFF; color: {INK}; border: 1px solid {RULE}; border-radius: 6px;
    padding: 0 10px;
}}
QToolButton#toggle:checked, QToolButton#resetColour:checked {{
    background: #E5F1F8; border: 1px solid #0072B2;
}}
QToolButton#toggle:focus, QToolButton#resetColour:focus {{ border: 2px solid #0072B2; }}
QWidget#inspectorBody {{ background: #FFFFFF; }}
"""

_MARGIN = 16


_EVIDENCE_WORDS = {
    "observed": QT_TRANSLATE_NOOP("inspector", "observed"),
    "assumed": QT_TRANSLATE_NOOP("inspector", "assumed"),
    "proposed": QT_TRANSLATE_NOOP("inspector", "proposed"),
}


def _evidence_word(evidence: object) -> str:
    """The evidence level as it reads inside an undo step's name ("Mark card observed")."""
    word = _EVIDENCE_WORDS.get(str(evidence))
    return translate("inspector", word) if word else str(evidence)


def _blank_to_none(text: str) -> str | None:
    stripped = text.strip()
    return stripped or None


def _name_problem(text: str, missing: str) -> str | None:
    """`missing`: the sentence for an empty name ("A stage needs a name.")."""
    name = text.strip()  # names are stored trimmed
    if not name:
        return missing
    if len(name) > limits.TITLE_LENGTH:
        return translate(
            "inspector", "A name can be at most {limit} characters; this one has {length}."
        ).format(limit=limits.TITLE_LENGTH, length=len(name))
    return None


def _text_problem(text: str) -> str | None:
    if len(text) > limits.TEXT_LENGTH:
        return translate(
            "inspector", "A text can be at most {limit} characters; this one has {length}."
        ).format(limit=format_number(limits.TEXT_LENGTH), length=format_number(len(text)))
    return None


def _short_problem(text: str, what: str) -> str | None:
    if len(text.strip()) > limits.TITLE_LENGTH:
        return translate("inspector", "{what} can be at most {limit} characters.").format(
            what=what, limit=limits.TITLE_LENGTH
        )
    return None


class _Page(QWidget):
    """One page of the inspector: a header and a column of labelled fields."""

    def __init__(self, inspector: Inspector, title: str) -> None:
        super().__init__()
        self.inspector = inspector
        self.messages: list[MessageLabel] = []
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(_MARGIN, _MARGIN, _MARGIN, _MARGIN)
        self.column.setSpacing(0)
        header = QHBoxLayout()
        header.setSpacing(8)
        self.chip = QLabel()
        self.chip.setFixedSize(16, 16)
        self.chip.hide()
        self.title = QLabel(title)
        self.title.setFont(ui_font(16, bold=True))
        self.title.setStyleSheet(f"color: {INK};")
        self.title.setWordWrap(True)
        header.addWidget(self.chip)
        header.addWidget(self.title, 1)
        self.column.addLayout(header)
        self.where = secondary_label()
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.column.addWidget(self.where)

    @property
    def editor(self) -> Editor:
        return self.inspector.editor

    def section(self, title: str | None, field: QWidget, *, gap: int = 14) -> MessageLabel:
        """Add a field, labelled unless it labels itself (a check box), with a message under it."""
        self.column.addSpacing(gap)
        if title is not None:
            self.column.addWidget(section_label(title, field))
            self.column.addSpacing(6)
        self.column.addWidget(field)
        return self.message_for(field, self.column)

    def message_for(self, field: QWidget, layout: QVBoxLayout) -> MessageLabel:
        """An inline message for `field`, added to `layout`."""
        message = MessageLabel(field)
        layout.addWidget(message)
        self.messages.append(message)
        return message

    def set_chip(self, colour: str | None) -> None:
        """Show a small square of a colour beside the title (or none)."""
        self.chip.setVisible(colour is not None)
        if colour is not None:
            self.chip.setStyleSheet(
                f"background: {colour}; border: 1px solid {RULE}; border-radius: 3px;"
            )

    def clear_messages(self) -> None:
        """Hide every inline message."""
        for message in self.messages:
            message.clear_message()

    def commit_pending(self) -> None:
        """Commit whatever the user typed and has not committed yet."""

    def discard_pending(self) -> None:
        """Drop whatever the user typed and has not committed (the document is going away)."""
        for text in self.findChildren(CommitTextEdit):
            text.revert()
        for line in self.findChildren(CommitLineEdit):
            line.revert()


class _EmptyPage(_Page):
    """Nothing selected: say what the panel is for."""

    def __init__(self, inspector: Inspector) -> None:
        super().__init__(inspector, self.tr("Inspector"))
        self.where.setText(translate("inspector", HINT))
        self.where.setAccessibleName(self.tr("Hint"))
        self.column.addSpacing(8)
        self.column.addStretch(1)  # the hint sits under the title, not spread down the panel


def _evidence_row(name: str) -> ChoiceRow:
    row = ChoiceRow(name, columns=2)
    for level in EVIDENCE_LEVELS:
        name, hint = EVIDENCE_NAMES[level], EVIDENCE_HINTS[level]
        row.add(
            _toggle(translate("fields", name), translate("fields", hint), evidence_icon(level)),
            level,
        )
    row.add(
        _toggle(translate("inspector", "None"), translate("inspector", "No evidence status")), None
    )
    return row


def _toggle(text: str, hint: str, icon: object = None) -> QToolButton:
    button = QToolButton()
    button.setObjectName("toggle")
    button.setText(text)
    button.setToolTip(hint)
    button.setAccessibleName(text)
    button.setFont(ui_font())
    button.setFixedHeight(FIELD_HEIGHT)
    if icon is not None:
        button.setIcon(icon)  # type: ignore[arg-type]
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    return button


class CardPage(_Page):
    """Every field of one card."""

    def __init__(self, inspector: Inspector) -> None:
        super().__init__(inspector, self.tr("Card"))
        self.map_id = ""
        self.card_id = ""

        self.text = CommitTextEdit(self.tr("Card text"), lines=4)
        self.text.setPlaceholderText(self.tr("What happens here?"))
        self.text.setToolTip(
            self.tr("Ctrl+Enter or leaving the field saves; Esc puts the text back")
        )
        self.text_message = self.section(self.tr("Text"), self.text, gap=12)
        self.text.committed.connect(self._text_committed)

        self.colour = ColourSwatches(
            self.tr("Card colour"),
            self.tr("Lane colour"),
            self.tr("No colour of its own: use the lane's colour"),
        )
        self.colour_message = self.section(self.tr("Colour"), self.colour)
        self.colour.chosen.connect(self._colour_chosen)

        self.tags = TagEditor(self.tr("Card tags"))
        self.tags_message = self.section(self.tr("Tags"), self.tags)
        self.tags.added.connect(self._tags_added)
        self.tags.removed.connect(self._tag_removed)
        self.tags.refused.connect(self.tags_message.show_message)

        self.channel = CommitLineEdit(self.tr("Channel"))
        self.channel.setPlaceholderText(self.tr("e.g. Web, Store"))
        self.owner = CommitLineEdit(self.tr("Owner"))
        self.owner.setPlaceholderText(self.tr("Team or role"))
        self._channel_names = QStringListModel(self)
        self._owner_names = QStringListModel(self)
        for field, names in ((self.channel, self._channel_names), (self.owner, self._owner_names)):
            completer = QCompleter(names, field)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            field.setCompleter(completer)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        grid.addWidget(section_label(self.tr("Channel"), self.channel), 0, 0)
        grid.addWidget(section_label(self.tr("Owner"), self.owner), 0, 1)
        grid.addWidget(self.channel, 1, 0)
        grid.addWidget(self.owner, 1, 1)
        self.channel_message = MessageLabel(self.channel)
        self.owner_message = MessageLabel(self.owner)
        self.messages += [self.channel_message, self.owner_message]
        grid.addWidget(self.channel_message, 2, 0)
        grid.addWidget(self.owner_message, 2, 1)
        self.column.addSpacing(14)
        self.column.addLayout(grid)
        self.channel.committed.connect(self._channel_committed)
        self.owner.committed.connect(self._owner_committed)

        self.evidence = _evidence_row(self.tr("Evidence"))
        self.evidence_message = self.section(self.tr("Evidence"), self.evidence)
        self.evidence.chosen.connect(self._evidence_chosen)

        self.fail_point = MixedCheckBox(self.tr("Fail point"))
        self.fail_point.setIcon(fail_icon())
        self.fail_point.setAccessibleName(self.tr("Fail point"))
        self.fail_point.setToolTip(self.tr("Where the service can fail the customer"))
        self.fail_message = self.section(None, self.fail_point)
        self.fail_point.clicked.connect(self._fail_point_clicked)
        self.recovery = CommitTextEdit(self.tr("Recovery"), lines=2)
        self.recovery.setPlaceholderText(self.tr("How the service recovers"))
        italic = ui_font()
        italic.setItalic(True)
        self.recovery.setFont(italic)
        self.recovery_message = self.section(self.tr("Recovery"), self.recovery, gap=6)
        self.recovery.committed.connect(self._recovery_committed)

        self.duration = DurationEdit(self.tr("Duration"))
        self.duration_message = self.section(self.tr("Duration"), self.duration)
        self.duration.committed.connect(self._duration_committed)
        self.duration.refused.connect(self.duration_message.show_message)

        self.votes = QSpinBox()
        self.votes.setAccessibleName(self.tr("Votes"))
        self.votes.setRange(0, 1_000_000)
        self.votes.setKeyboardTracking(False)
        self.votes.setFixedHeight(FIELD_HEIGHT)
        self.votes.setMinimumWidth(110)
        self.votes.setFont(ui_font())
        votes_row = QWidget()
        votes_layout = QHBoxLayout(votes_row)
        votes_layout.setContentsMargins(0, 0, 0, 0)
        votes_layout.addWidget(self.votes)
        votes_layout.addStretch(1)
        self.votes_message = self.section(self.tr("Votes"), votes_row)
        self.votes.valueChanged.connect(self._votes_changed)
        self.column.addStretch(1)

    # -- showing ---------------------------------------------------------------------------------

    def load(self, journey_map: JourneyMap, card: Card, *, fresh: bool) -> None:
        """Show a card; `fresh` when it is another card than before (typing is dropped)."""
        self.map_id, self.card_id = journey_map.id, card.id
        lane = journey_map.lane(card.lane_id)
        self.set_chip(card_tint(lane.kind, card.colour).fill if lane else card.colour)
        self.title.setText(self.tr("Card"))
        self.where.setText(_card_place(journey_map, card))
        channel, owner = card.channel or "", card.owner or ""
        if fresh:
            self.clear_messages()
            self.tags.field.clear()
            self.text.reset(card.text)
            self.channel.reset(channel)
            self.owner.reset(owner)
            self.recovery.reset(card.recovery)
            self.duration.reset(card.duration_minutes)
        else:
            self.text.show_value(card.text)
            self.channel.show_value(channel)
            self.owner.show_value(owner)
            self.recovery.show_value(card.recovery)
            self.duration.show_value(card.duration_minutes)
        self.colour.set_colour(card.colour)
        self.tags.set_tags(card.tags)
        self.evidence.set_value(card.evidence)
        self.fail_point.set_state(card.fail_point)
        self.recovery.setEnabled(card.fail_point)
        self.votes.blockSignals(True)
        self.votes.setValue(card.votes)
        self.votes.blockSignals(False)
        self._channel_names.setStringList(
            sorted({c.channel for c in journey_map.cards if c.channel}, key=str.casefold)
        )
        self._owner_names.setStringList(
            sorted({c.owner for c in journey_map.cards if c.owner}, key=str.casefold)
        )

    def commit_pending(self) -> None:
        for field in (self.text, self.channel, self.owner, self.recovery):
            field.commit()
        self.duration.commit()

    # -- editing ---------------------------------------------------------------------------------

    def _card(self) -> Card | None:
        # None when the card went away (deleted on the canvas while its text was being typed).
        try:
            return self.editor.document.card(self.map_id, self.card_id)
        except KeyError:
            return None

    def _set(self, message: MessageLabel, label: str, **fields: object) -> bool:
        """One façade call for this card, checked against the model first."""
        card = self._card()
        if card is None:
            return False
        map_id, card_id = self.map_id, self.card_id
        return self.inspector.apply(
            message,
            lambda: self.editor.set_card_fields(map_id, card_id, label, **fields),
            checks=[(card, fields)],
        )

    def _text_committed(self, text: str) -> None:
        problem = _text_problem(text)
        if problem is not None:
            self.text_message.show_message(problem)
            return
        card = self._card()
        if card is None:
            return
        map_id, card_id = self.map_id, self.card_id
        self.inspector.apply(
            self.text_message,
            lambda: self.editor.set_card_text(map_id, card_id, text),
            checks=[(card, {"text": text})],
        )

    def _colour_chosen(self, colour: object) -> None:
        label = self.tr("Change card colour") if colour else self.tr("Use lane colour")
        self._set(self.colour_message, label, colour=colour)

    def _tags_added(self, new: list[str]) -> None:
        card = self._card()
        if card is not None:
            label = self.tr("Add tag") if len(new) == 1 else self.tr("Add %n tags", None, len(new))
            self._set(self.tags_message, label, tags=[*card.tags, *new])

    def _tag_removed(self, tag: str) -> None:
        card = self._card()
        if card is not None:
            self._set(
                self.tags_message, self.tr("Remove tag"), tags=[t for t in card.tags if t != tag]
            )

    def _channel_committed(self, text: str) -> None:
        problem = _short_problem(text, self.tr("A channel"))
        if problem is not None:
            self.channel_message.show_message(problem)
            return
        value = _blank_to_none(text)
        self._set(
            self.channel_message,
            self.tr("Change channel") if value else self.tr("Clear channel"),
            channel=value,
        )

    def _owner_committed(self, text: str) -> None:
        problem = _short_problem(text, self.tr("An owner"))
        if problem is not None:
            self.owner_message.show_message(problem)
            return
        value = _blank_to_none(text)
        self._set(
            self.owner_message,
            self.tr("Change owner") if value else self.tr("Clear owner"),
            owner=value,
        )

    def _evidence_chosen(self, evidence: object) -> None:
        label = (
            self.tr("Mark card {evidence}").format(evidence=_evidence_word(evidence))
            if evidence
            else self.tr("Clear evidence")
        )
        self._set(self.evidence_message, label, evidence=evidence)

    def _fail_point_clicked(self, checked: bool) -> None:
        label = self.tr("Mark fail point") if checked else self.tr("Clear fail point")
        self._set(self.fail_message, label, fail_point=checked)

    def _recovery_committed(self, text: str) -> None:
        problem = _text_problem(text)
        if problem is not None:
            self.recovery_message.show_message(problem)
            return
        self._set(self.recovery_message, self.tr("Edit recovery"), recovery=text)

    def _duration_committed(self, minutes: object) -> None:
        label = self.tr("Change duration") if minutes is not None else self.tr("Clear duration")
        self._set(self.duration_message, label, duration_minutes=minutes)

    def _votes_changed(self, votes: int) -> None:
        self._set(self.votes_message, self.tr("Change votes"), votes=votes)


def _card_place(journey_map: JourneyMap, card: Card) -> str:
    """Where a card sits, as people say it: stage › step › lane, and its place in the cell."""
    parts = []
    stage = journey_map.stage_of_step(card.step_id)
    if stage is not None:
        parts.append(stage.name)
        step = next((s for s in stage.steps if s.id == card.step_id), None)
        if step is not None and step.name and len(stage.steps) > 1:
            parts.append(step.name)
    lane = journey_map.lane(card.lane_id)
    if lane is not None:
        parts.append(lane.title)
    cell = [c.id for c in journey_map.cards_in(card.step_id, card.lane_id)]
    if len(cell) > 1 and card.id in cell:
        parts.append(
            translate("inspector", "card {number} of {count}").format(
                number=cell.index(card.id) + 1, count=len(cell)
            )
        )
    return " › ".join(parts)


def _common(values: Iterable[object]) -> tuple[object, bool]:
    """The value all share, and whether they disagree."""
    distinct = list(dict.fromkeys(values))
    return (distinct[0] if len(distinct) == 1 else None), len(distinct) > 1


class CardsPage(_Page):
    """Several cards: the fields that apply to all of them, each edit one undo step."""

    def __init__(self, inspector: Inspector) -> None:
        super().__init__(inspector, self.tr("Cards"))
        self.map_id = ""
        self.card_ids: list[str] = []
        self.colour = ColourSwatches(
            self.tr("Colour of the selected cards"),
            self.tr("Lane colour"),
            self.tr("No colour of their own: use each lane's colour"),
        )
        self.colour_message = self.section(self.tr("Colour"), self.colour, gap=12)
        self.colour.chosen.connect(self._colour_chosen)
        self.evidence = _evidence_row(self.tr("Evidence of the selected cards"))
        self.evidence_message = self.section(self.tr("Evidence"), self.evidence)
        self.evidence.chosen.connect(self._evidence_chosen)
        self.fail_point = MixedCheckBox(self.tr("Fail points"))
        self.fail_point.setIcon(fail_icon())
        self.fail_point.setAccessibleName(self.tr("Fail point, for all selected cards"))
        self.fail_message = self.section(None, self.fail_point)
        self.fail_point.clicked.connect(self._fail_point_clicked)
        self.column.addStretch(1)

    def load(self, journey_map: JourneyMap, cards: list[Card], *, fresh: bool) -> None:
        """Show what the cards share; a field where they differ shows no value."""
        self.map_id, self.card_ids = journey_map.id, [c.id for c in cards]
        if fresh:
            self.clear_messages()
        self.title.setText(self.tr("%n cards selected", None, len(cards)))
        lanes = {c.lane_id for c in cards}
        stages = {s.id for c in cards if (s := journey_map.stage_of_step(c.step_id)) is not None}
        self.where.setText(
            self.tr("in {lanes} · {stages}").format(
                lanes=self.tr("%n lane(s)", None, len(lanes)),
                stages=self.tr("%n stage(s)", None, len(stages)),
            )
        )
        colour, mixed = _common((c.colour or "").upper() or None for c in cards)
        self.colour.set_colour(colour if isinstance(colour, str) else None, mixed=mixed)
        evidence, mixed = _common(c.evidence for c in cards)
        self.evidence.set_value(evidence, mixed=mixed)
        fail, mixed = _common(c.fail_point for c in cards)
        self.fail_point.set_state(None if mixed else bool(fail))

    def _set_all(self, message: MessageLabel, label: str, **fields: object) -> None:
        self.inspector.apply_to_cards(message, self.map_id, self.card_ids, label, fields)

    def _colour_chosen(self, colour: object) -> None:
        count = len(self.card_ids)
        label = (
            self.tr("Change colour of %n cards", None, count)
            if colour
            else self.tr("Use lane colour for %n cards", None, count)
        )
        self._set_all(self.colour_message, label, colour=colour)

    def _evidence_chosen(self, evidence: object) -> None:
        count = len(self.card_ids)
        label = (
            self.tr("Mark %n cards {evidence}", None, count).format(
                evidence=_evidence_word(evidence)
            )
            if evidence
            else self.tr("Clear evidence of %n cards", None, count)
        )
        self._set_all(self.evidence_message, label, evidence=evidence)

    def _fail_point_clicked(self, checked: bool) -> None:
        count = len(self.card_ids)
        label = (
            self.tr("Mark %n fail points", None, count)
            if checked
            else self.tr("Clear %n fail points", None, count)
        )
        self._set_all(self.fail_message, label, fail_point=checked)


class StagePage(_Page):
    """A stage's name, description and moment of truth."""

    def __init__(self, inspector: Inspector) -> None:
        super().__init__(inspector, self.tr("Stage"))
        self.map_id = ""
        self.stage_id = ""
        self.name = CommitLineEdit(self.tr("Stage name"))
        self.name_message = self.section(self.tr("Name"), self.name, gap=12)
        self.name.committed.connect(self._name_committed)
        self.description = CommitTextEdit(self.tr("Stage description"), lines=3)
        self.description.setPlaceholderText(self.tr("A one-line summary shown under the name"))
        self.description_message = self.section(self.tr("Description"), self.description)
        self.description.committed.connect(self._description_committed)
        self.moment_of_truth = MixedCheckBox(self.tr("Moment of truth"))
        self.moment_of_truth.setAccessibleName(self.tr("Moment of truth"))
        self.moment_of_truth.setToolTip(
            self.tr("A stage that decides whether the customer stays or leaves")
        )
        self.moment_message = self.section(None, self.moment_of_truth)
        self.moment_of_truth.clicked.connect(self._moment_clicked)
        hint = secondary_label(
            self.tr("A stage that decides whether the customer stays or leaves.")
        )
        self.column.addWidget(hint)
        from journeydesigner.widgets.metric_page import StageMetrics  # it builds on _Page

        self.metrics = StageMetrics(inspector)
        self.column.addSpacing(14)
        self.column.addWidget(self.metrics)
        self.column.addStretch(1)

    def load(self, journey_map: JourneyMap, stage: Stage, *, fresh: bool) -> None:
        """Show a stage."""
        self.map_id, self.stage_id = journey_map.id, stage.id
        number = next(i for i, s in enumerate(journey_map.stages) if s.id == stage.id) + 1
        self.where.setText(
            self.tr("Stage {number} of {count} · {steps}").format(
                number=number,
                count=len(journey_map.stages),
                steps=self.tr("%n step(s)", None, len(stage.steps)),
            )
        )
        if fresh:
            self.clear_messages()
            self.name.reset(stage.name)
            self.description.reset(stage.description)
        else:
            self.name.show_value(stage.name)
            self.description.show_value(stage.description)
        self.moment_of_truth.set_state(stage.moment_of_truth)
        self.metrics.load(journey_map, stage.id)

    def commit_pending(self) -> None:
        self.name.commit()
        self.description.commit()

    def _set(self, message: MessageLabel, label: str, **fields: object) -> None:
        map_id, stage_id = self.map_id, self.stage_id
        journey_map = self.editor.document.project.map(map_id)
        stages = journey_map.stages if journey_map is not None else []
        stage = next((s for s in stages if s.id == stage_id), None)
        if stage is None:
            return  # deleted elsewhere while its name was being typed
        self.inspector.apply(
            message,
            lambda: self.editor.set_stage_fields(map_id, stage_id, label, **fields),
            checks=[(stage, fields)],
        )

    def _name_committed(self, text: str) -> None:
        problem = _name_problem(text, self.tr("A stage needs a name."))
        if problem is not None:
            self.name_message.show_message(problem)
            return
        self._set(self.name_message, self.tr("Rename stage"), name=text.strip())

    def _description_committed(self, text: str) -> None:
        problem = _text_problem(text)
        if problem is not None:
            self.description_message.show_message(problem)
            return
        self._set(self.description_message, self.tr("Edit stage description"), description=text)

    def _moment_clicked(self, checked: bool) -> None:
        label = self.tr("Mark moment of truth") if checked else self.tr("Clear moment of truth")
        self._set(self.moment_message, label, moment_of_truth=checked)


class _LabelsEdit(QPlainTextEdit):
    """Level labels, one per line; Tab leaves, Ctrl+Enter applies the scale."""

    def __init__(self, apply: Callable[[], None]) -> None:
        super().__init__()
        self._apply = apply
        self.setTabChangesFocus(True)
        self.setAccessibleName(self.tr("Level labels, one per line, lowest first"))
        self.setFont(ui_font())
        self.setFixedHeight(5 * self.fontMetrics().lineSpacing() + 14)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self._apply()
            return
        super().keyPressEvent(event)


class LanePage(_Page):
    """A lane's title, kind (read-only), description, colour, and an emotion lane's scale."""

    def __init__(self, inspector: Inspector) -> None:
        super().__init__(inspector, self.tr("Lane"))
        self.map_id = ""
        self.lane_id = ""
        self._scale: EmotionScale | None = None
        self._has_scale = False

        self.name = CommitLineEdit(self.tr("Lane title"))
        self.name_message = self.section(self.tr("Title"), self.name, gap=12)
        self.name.committed.connect(self._name_committed)

        self.kind = QLabel()
        self.kind.setFont(ui_font())
        self.kind.setAccessibleName(self.tr("Lane kind"))
        self.kind.setToolTip(self.tr("The kind is chosen when the lane is added"))
        self.kind.setMinimumHeight(24)
        self.kind.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.section(self.tr("Kind"), self.kind)

        self.description = CommitTextEdit(self.tr("Lane description"), lines=3)
        self.description.setPlaceholderText(self.tr("Shown in grey under the title"))
        self.description_message = self.section(self.tr("Description"), self.description)
        self.description.committed.connect(self._description_committed)

        self.colour_box = QWidget()
        box = QVBoxLayout(self.colour_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        self.colour = ColourSwatches(
            self.tr("Lane colour"),
            self.tr("Kind colour"),
            self.tr("No colour of its own: use the colour of the lane kind"),
        )
        box.addSpacing(14)
        box.addWidget(section_label(self.tr("Colour"), self.colour))
        box.addSpacing(6)
        box.addWidget(self.colour)
        self.colour_message = self.message_for(self.colour, box)
        self.column.addWidget(self.colour_box)
        self.colour.chosen.connect(self._colour_chosen)

        self.scale_box = QFrame()
        scale = QVBoxLayout(self.scale_box)
        scale.setContentsMargins(0, 0, 0, 0)
        scale.setSpacing(0)
        self.minimum = self._bound_box(self.tr("Lowest level"))
        self.maximum = self._bound_box(self.tr("Highest level"))
        bounds = QGridLayout()
        bounds.setHorizontalSpacing(10)
        bounds.setVerticalSpacing(6)
        bounds.addWidget(section_label(self.tr("Lowest"), self.minimum), 0, 0)
        bounds.addWidget(section_label(self.tr("Highest"), self.maximum), 0, 1)
        bounds.addWidget(self.minimum, 1, 0)
        bounds.addWidget(self.maximum, 1, 1)
        scale.addSpacing(14)
        scale.addWidget(section_label(self.tr("Emotion scale")))
        scale.addSpacing(6)
        scale.addLayout(bounds)
        self.labels = _LabelsEdit(self.apply_scale)
        scale.addSpacing(10)
        scale.addWidget(section_label(self.tr("Level labels"), self.labels))
        scale.addSpacing(6)
        scale.addWidget(self.labels)
        self.levels_hint = secondary_label()
        scale.addWidget(self.levels_hint)
        self.apply_button = QPushButton(self.tr("Apply scale"))
        self.apply_button.setAccessibleName(self.tr("Apply scale"))
        self.apply_button.setFixedHeight(FIELD_HEIGHT)
        self.apply_button.setFont(ui_font())
        self.apply_button.clicked.connect(self.apply_scale)
        scale.addSpacing(8)
        row = QHBoxLayout()
        row.addWidget(self.apply_button)
        row.addStretch(1)
        scale.addLayout(row)
        self.scale_message = self.message_for(self.apply_button, scale)
        self.column.addWidget(self.scale_box)
        self.minimum.valueChanged.connect(self._update_levels_hint)
        self.maximum.valueChanged.connect(self._update_levels_hint)
        self.labels.textChanged.connect(self._update_levels_hint)
        self.column.addStretch(1)

    def _bound_box(self, name: str) -> QSpinBox:
        box = QSpinBox()
        box.setAccessibleName(name)
        box.setRange(-limits.SCALE_BOUND, limits.SCALE_BOUND)
        box.setFixedHeight(FIELD_HEIGHT)
        box.setFont(ui_font())
        # Enter in a bound applies the scale, like a small form.
        box.lineEdit().returnPressed.connect(self.apply_scale)
        return box

    def load(self, journey_map: JourneyMap, lane: Lane, *, fresh: bool) -> None:
        """Show a lane."""
        self.map_id, self.lane_id = journey_map.id, lane.id
        number = next(i for i, item in enumerate(journey_map.lanes) if item.id == lane.id) + 1
        self.where.setText(
            self.tr("Lane {number} of {count}").format(number=number, count=len(journey_map.lanes))
        )
        self.set_chip(card_tint(lane.kind, lane.colour).fill if lane.holds_cards else None)
        self.kind.setText(lane_kind_name(lane.kind))
        if fresh:
            self.clear_messages()
            self.name.reset(lane.title)
            self.description.reset(lane.description)
        else:
            self.name.show_value(lane.title)
            self.description.show_value(lane.description)
        self.colour_box.setVisible(lane.holds_cards)
        self.colour.set_colour(lane.colour)
        self.scale_box.setVisible(lane.kind == "emotion")
        current = lane.effective_scale
        if fresh or not self._has_scale or current != self._scale:
            # Only a new lane or a scale changed elsewhere replaces what the user is editing.
            self._scale, self._has_scale = current, True
            self.minimum.setValue(current.min)
            self.maximum.setValue(current.max)
            self.labels.setPlainText("\n".join(current.labels))
        self._update_levels_hint()

    def commit_pending(self) -> None:
        self.name.commit()
        self.description.commit()

    def _find(self) -> tuple[JourneyMap, Lane] | None:
        # None when the lane went away (deleted elsewhere while its title was being typed).
        journey_map = self.editor.document.project.map(self.map_id)
        lane = journey_map.lane(self.lane_id) if journey_map is not None else None
        return (journey_map, lane) if journey_map is not None and lane is not None else None

    def _set(self, message: MessageLabel, label: str, **fields: object) -> bool:
        found = self._find()
        if found is None:
            return False
        map_id, lane_id = self.map_id, self.lane_id
        return self.inspector.apply(
            message,
            lambda: self.editor.set_lane_fields(map_id, lane_id, label, **fields),
            checks=[(found[1], fields)],
        )

    def _name_committed(self, text: str) -> None:
        problem = _name_problem(text, self.tr("A lane needs a name."))
        if problem is not None:
            self.name_message.show_message(problem)
            return
        self._set(self.name_message, self.tr("Rename lane"), title=text.strip())

    def _description_committed(self, text: str) -> None:
        problem = _text_problem(text)
        if problem is not None:
            self.description_message.show_message(problem)
            return
        self._set(self.description_message, self.tr("Edit lane description"), description=text)

    def _colour_chosen(self, colour: object) -> None:
        label = self.tr("Change lane colour") if colour else self.tr("Use kind colour for lane")
        self._set(self.colour_message, label, colour=colour)

    def _typed_labels(self) -> list[str]:
        lines = [line.strip() for line in self.labels.toPlainText().splitlines()]
        while lines and not lines[-1]:
            lines.pop()
        return lines

    def _update_levels_hint(self) -> None:
        low, high = self.minimum.value(), self.maximum.value()
        shown = self._scale
        # Apply is offered only when the form says something else than the lane has.
        self.apply_button.setEnabled(
            shown is None
            or (low, high, self._typed_labels()) != (shown.min, shown.max, shown.labels)
        )
        if low >= high:
            self.levels_hint.setText(self.tr("Choose a lowest level below the highest."))
            return
        self.levels_hint.setText(
            self.tr(
                "%n levels, {low} to {high}: one label per line, lowest first, "
                "or none for numbers.",
                None,
                high - low + 1,
            ).format(low=f"{low:+d}", high=f"{high:+d}")
        )

    def apply_scale(self) -> None:
        """Check the typed scale and make it the lane's, or say why not."""
        found = self._find()
        if found is None:
            return
        journey_map, lane = found
        low, high = self.minimum.value(), self.maximum.value()
        labels = self._typed_labels()
        problem = scale_problem(low, high, labels)
        if problem is None:
            try:
                scale = EmotionScale(min=low, max=high, labels=labels)
            except ValidationError as error:
                problem = error_words(error)
        if problem is None:
            problem = _points_outside(journey_map, lane.id, scale)
        if problem is not None:
            self.scale_message.show_message(problem)
            return
        if scale == lane.effective_scale:
            self.scale_message.clear_message()
            return
        if self._set(self.scale_message, self.tr("Change emotion scale"), scale=scale):
            self._scale = scale


class _Counted(QObject):
    """Counted sentences of the module's functions (lupdate takes plural forms from tr() only)."""

    def labels_given(self, levels: int, given: int) -> str:
        return self.tr(
            "Give one label for each of the {levels} levels, or none; there are %n.", None, given
        ).format(levels=levels)

    def points_outside(self, count: int, scale: EmotionScale) -> str:
        return self.tr(
            "%n point(s) of this curve lie outside {low} to {high}; move them inside first.",
            None,
            count,
        ).format(low=f"{scale.min:+d}", high=f"{scale.max:+d}")


def scale_problem(low: int, high: int, labels: list[str]) -> str | None:
    """Why a typed emotion scale cannot be used, in words; None when it can."""
    if low >= high:
        return translate(
            "inspector", "The lowest level ({low}) must be below the highest ({high})."
        ).format(low=f"{low:+d}", high=f"{high:+d}")
    levels = high - low + 1
    if labels and len(labels) != levels:
        return _Counted().labels_given(levels, len(labels))
    if any(not label for label in labels):
        return translate(
            "inspector", "A level label cannot be empty; leave all of them out to show numbers."
        )
    long = next((label for label in labels if len(label) > limits.TITLE_LENGTH), None)
    if long is not None:
        return translate("inspector", "A level label can be at most {limit} characters.").format(
            limit=limits.TITLE_LENGTH
        )
    return None


def _points_outside(journey_map: JourneyMap, lane_id: str, scale: EmotionScale) -> str | None:
    outside = [
        p
        for p in journey_map.emotion_points
        if p.lane_id == lane_id and not scale.contains(p.score)
    ]
    if not outside:
        return None
    count = len(outside)
    return _Counted().points_outside(count, scale)


class Inspector(QWidget):
    """The right-hand panel: edits the selected card(s), stage or lane through the façade."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspector")
        self.setAccessibleName(self.tr("Inspector"))
        self.setFont(ui_font())
        self.setStyleSheet(_STYLE)
        self.setMinimumWidth(300)
        self.editor = editor
        self.map_id: str | None = None
        self.card_ids: list[str] = []
        self.stage_id: str | None = None
        self.lane_id: str | None = None
        self.metric_id: str | None = None
        self._own_edit = 0
        self._shown: tuple[object, ...] | None = None

        self.empty_page = _EmptyPage(self)
        self.card_page = CardPage(self)
        self.cards_page = CardsPage(self)
        self.stage_page = StagePage(self)
        self.lane_page = LanePage(self)
        from journeydesigner.widgets.metric_page import MetricPage  # it builds on _Page

        self.metric_page = MetricPage(self)
        self._pages: list[_Page] = [
            self.empty_page,
            self.card_page,
            self.cards_page,
            self.stage_page,
            self.lane_page,
            self.metric_page,
        ]
        # A plain column, not a QStackedWidget: the scroll area should be as tall as the page
        # shown, not as the tallest page.
        body = QWidget()
        body.setObjectName("inspectorBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        for page in self._pages:
            column.addWidget(page)
            page.hide()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.scroll_area = scroll
        self.page: _Page = self.empty_page
        self.empty_page.show()
        editor.document.subscribe(self._on_change)

    # -- public API ------------------------------------------------------------------------------

    def show_selection(
        self,
        map_id: str | None,
        card_ids: list[str],
        stage_id: str | None = None,
        lane_id: str | None = None,
        metric_id: str | None = None,
    ) -> None:
        """Show the selection: cards first; a stage, lane or metric only when no card is."""
        self.commit_pending()
        self.map_id = map_id
        self.card_ids = list(dict.fromkeys(card_ids))
        self.stage_id = stage_id if not self.card_ids else None
        self.lane_id = lane_id if not self.card_ids and stage_id is None else None
        self.metric_id = metric_id if not (self.card_ids or stage_id or lane_id) else None
        self.refresh()

    def commit_pending(self) -> None:
        """Commit what the user typed but has not committed (call before saving or closing)."""
        self.page.commit_pending()

    def set_editor(self, editor: Editor) -> None:
        """Work on another document (after opening a file); shows nothing until told."""
        self.commit_pending()
        # What could not be committed (a refused value) must not land in the new document.
        for page in self._pages:
            page.discard_pending()
        self.detach()
        self.editor = editor
        editor.document.subscribe(self._on_change)
        self.map_id, self.card_ids, self.stage_id, self.lane_id = None, [], None, None
        self.metric_id = None
        self.refresh()

    def detach(self) -> None:
        """Stop listening to the document."""
        with contextlib.suppress(ValueError):  # already detached
            self.editor.document.unsubscribe(self._on_change)

    # -- editing, for the pages ------------------------------------------------------------------

    def apply(
        self,
        message: MessageLabel | None,
        action: Callable[[], None],
        *,
        checks: Iterable[tuple[BaseModel, Mapping[str, object]]] = (),
    ) -> bool:
        """Run one façade call if the model would take the values; show why not otherwise."""
        for obj, fields in checks:
            problem = model_error(obj, fields)
            if problem is not None:
                if message is not None:
                    message.show_message(problem)
                return False
        self._own_edit += 1
        try:
            action()
        except ValidationError as error:
            if message is not None:
                message.show_message(error_words(error))
            return False
        except KeyError:
            # The object went away under us (deleted elsewhere); the refresh below shows that.
            return False
        finally:
            self._own_edit -= 1
            if not self._own_edit:
                self.refresh()
        if message is not None:
            message.clear_message()
        return True

    def apply_to_cards(
        self,
        message: MessageLabel,
        map_id: str,
        card_ids: list[str],
        label: str,
        fields: Mapping[str, object],
    ) -> bool:
        """Change the same fields on several cards as one undo step (a macro)."""
        document = self.editor.document
        cards = [document.card(map_id, card_id) for card_id in card_ids]
        changing = [c for c in cards if any(getattr(c, k) != v for k, v in fields.items())]
        if not changing:
            self.refresh()  # puts back a toggle the user clicked that changes nothing
            return True
        stack = self.editor.stack

        def change_all() -> None:
            stack.beginMacro(label)
            try:
                for card in changing:
                    self.editor.set_card_fields(map_id, card.id, label, **fields)
            finally:
                stack.endMacro()

        return self.apply(message, change_all, checks=[(c, fields) for c in changing])

    # -- following the document ------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if not shiboken6.isValid(self):
            # The widget was deleted without detach(); stop listening instead of crashing.
            self.editor.document.unsubscribe(self._on_change)
            return
        if self._own_edit:
            return  # apply() refreshes once when the edit is done
        if isinstance(change, ProjectChanged):
            self.refresh()
        elif isinstance(change, MapChanged) and change.map_id == self.map_id:
            if self.card_ids:
                if change.structure or change.card_ids & set(self.card_ids):
                    self.refresh()
            elif (self.stage_id or self.lane_id or self.metric_id) and change.structure:
                self.refresh()

    def refresh(self) -> None:
        """Show the current selection as the document has it now."""
        journey_map = self.editor.document.project.map(self.map_id) if self.map_id else None
        if journey_map is None:
            self.map_id, self.card_ids, self.stage_id, self.lane_id = None, [], None, None
            self.metric_id = None
            self._show(self.empty_page, ("empty",))
            return
        by_id = {card.id: card for card in journey_map.cards}
        # Cards deleted elsewhere (or by undo) drop out of what is shown.
        self.card_ids = [card_id for card_id in self.card_ids if card_id in by_id]
        cards = [by_id[card_id] for card_id in self.card_ids]
        stage = next((s for s in journey_map.stages if s.id == self.stage_id), None)
        lane = journey_map.lane(self.lane_id) if self.lane_id else None
        metric = next((m for m in journey_map.metrics if m.id == self.metric_id), None)
        if len(cards) == 1:
            key: tuple[object, ...] = ("card", journey_map.id, cards[0].id)
            fresh = self._show(self.card_page, key)
            self.card_page.load(journey_map, cards[0], fresh=fresh)
        elif cards:
            fresh = self._show(self.cards_page, ("cards", journey_map.id, *self.card_ids))
            self.cards_page.load(journey_map, cards, fresh=fresh)
        elif stage is not None:
            fresh = self._show(self.stage_page, ("stage", journey_map.id, stage.id))
            self.stage_page.load(journey_map, stage, fresh=fresh)
        elif lane is not None:
            fresh = self._show(self.lane_page, ("lane", journey_map.id, lane.id))
            self.lane_page.load(journey_map, lane, fresh=fresh)
        elif metric is not None:
            fresh = self._show(self.metric_page, ("metric", journey_map.id, metric.id))
            self.metric_page.load(journey_map, metric, fresh=fresh)
        else:
            self.stage_id = self.lane_id = self.metric_id = None
            self._show(self.empty_page, ("empty",))

    def _show(self, page: _Page, key: tuple[object, ...]) -> bool:
        """Make `page` the visible one; True when it now shows something else than before."""
        fresh = key != self._shown
        self._shown = key
        if page is not self.page:
            self.page.hide()
            self.page = page
            page.show()
        if fresh:
            self.scroll_area.verticalScrollBar().setValue(0)
        return fresh
