"""The Votes panel: the map's dot votes ranked, counted per stage, and cleared in one step."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journeydesigner.layout.votes import stage_votes, top_voted, total_votes
from journeydesigner.model.project import JourneyMap
from journeydesigner.widgets.fields import ui_font


def english_plural(text: str, count: int) -> str:
    """Untranslated numerus text ("%n vote(s)") as English writes it: "1 vote", "4 votes"."""
    return text.replace("(s)", "" if count == 1 else "s")


class VotesPanel(QWidget):
    """Top voted cards (click one to select it on the map), per-stage totals and Clear votes."""

    card_chosen = Signal(str)
    """A card of the list was clicked: its id."""
    clear_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setFont(ui_font())
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.ranking = QListWidget()
        self.ranking.setObjectName("topVoted")
        self.ranking.setAccessibleName(self.tr("Top voted cards"))
        self.ranking.setWordWrap(True)
        self.ranking.setFont(ui_font())
        self.ranking.itemClicked.connect(self._chosen)
        self.ranking.itemActivated.connect(self._chosen)
        self.clear_button = QPushButton(self.tr("Clear Votes"))
        self.clear_button.setToolTip(
            self.tr("Take every vote off this map (Undo brings them back)")
        )
        self.clear_button.clicked.connect(self.clear_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.summary)
        layout.addWidget(self.ranking, 1)
        layout.addWidget(self.clear_button)
        self.show_map(None)

    def show_map(self, journey_map: JourneyMap | None) -> None:
        """List the votes of a map (or nothing)."""
        self.ranking.clear()
        if journey_map is None:
            self.summary.setText("")
            self.clear_button.setEnabled(False)
            return
        total = total_votes(journey_map)
        lines = [english_plural(self.tr("%n vote(s) on this map", None, total), total)]
        names = {stage.id: stage.name for stage in journey_map.stages}
        # Refreshed after every edit: with no votes yet, one pass over the cards is enough.
        per_stage = [
            self.tr("{stage}: {count}").format(stage=names[stage_id], count=count)
            for stage_id, count in (stage_votes(journey_map) if total else {}).items()
            if count
        ]
        if per_stage:
            lines.append(" · ".join(per_stage))
        if not total:
            lines.append(self.tr("Turn on Workshop › Dot Voting, then click cards to vote."))
        self.summary.setText("\n".join(lines))
        stage_of = {step.id: stage.name for stage in journey_map.stages for step in stage.steps}
        for card in top_voted(journey_map) if total else []:
            text = " ".join(card.text.split()) or self.tr("(no text)")
            label = english_plural(self.tr("%n vote(s)", None, card.votes), card.votes)
            item = QListWidgetItem(f"● {label} — {text}\n{stage_of.get(card.step_id, '')}")
            item.setData(Qt.ItemDataRole.UserRole, card.id)
            item.setToolTip(card.text)
            self.ranking.addItem(item)
        self.clear_button.setEnabled(total > 0)

    def _chosen(self, item: QListWidgetItem) -> None:
        self.card_chosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))
