"""The scorecard dock: the figures of the map on the canvas, updated with every change.

It shows the journey and overall scores, a table of the stages (the lowest-emotion stage and
the largest drop are marked with a symbol and a tint, never colour alone), and a funnel of bars
with the conversion between stages and the biggest drop-off marked. The funnel metric is chosen
here; the table is exported as CSV from here too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeydesigner.analysis.report import number_text, scorecard_csv
from journeydesigner.analysis.scorecard import Funnel, Scorecard, compute_scorecard
from journeydesigner.commands.editor import Editor
from journeydesigner.document import Change, MapChanged, PersonasChanged, ProjectChanged
from journeydesigner.errors import JourneyError
from journeydesigner.i18n import translate
from journeydesigner.io.save import atomic_write
from journeydesigner.layout.style import (
    ACCENT,
    FAIL,
    INK,
    INK_SECONDARY,
    ON_TARGET,
    RULE_FAINT,
)
from journeydesigner.widgets.fields import secondary_label, section_label, ui_font

LOW_TINT = "#FDE9DC"
"""Background of the lowest-emotion stage and the largest drop: a light vermillion."""


def figure(value: float) -> str:
    """A measured value for reading: `20,000`, `2.35`."""
    return f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")


def _variant_name(variant: str) -> str:
    return (
        translate("ScorecardPanel", "to-be")
        if variant == "to_be"
        else translate("ScorecardPanel", "as-is")
    )


class FunnelView(QWidget):
    """Bars for the funnel metric at each stage, the conversion between them, and the biggest
    drop-off drawn in vermillion with a ▼ and named in words."""

    BAR_HEIGHT = 18
    ROW = 44

    def __init__(self) -> None:
        super().__init__()
        self.funnel: Funnel | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_funnel(self, funnel: Funnel | None) -> None:
        """Draw this funnel (None: nothing)."""
        self.funnel = funnel
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:
        rows = len(self.funnel.steps) if self.funnel else 0
        return QSize(280, max(0, rows * self.ROW + 4))

    def paintEvent(self, event: QPaintEvent) -> None:
        funnel = self.funnel
        if funnel is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        values = [s.value for s in funnel.steps if s.value is not None]
        top = max(values, default=0.0)
        width = self.width() - 8
        label_font = ui_font(12)
        bold = ui_font(12, bold=True)
        for index, step in enumerate(funnel.steps):
            y = index * self.ROW
            worst = step.stage_id == funnel.biggest_drop_off
            painter.setFont(bold)
            painter.setPen(QColor(INK))
            value = figure(step.value) if step.value is not None else "–"
            painter.drawText(
                QRectF(0, y, width, 16), int(Qt.AlignmentFlag.AlignLeft), f"{step.name}  {value}"
            )
            if step.conversion is not None:
                # Beside the name, not on the bar, so it reads the same on a full or empty bar.
                text = translate("ScorecardPanel", "{percent} % go on").format(
                    percent=number_text(step.conversion * 100, 1)
                )
                if worst:
                    text = "▼ " + translate("ScorecardPanel", "biggest drop-off:") + " " + text
                painter.setFont(bold if worst else label_font)
                painter.setPen(QColor(FAIL if worst else INK_SECONDARY))
                painter.drawText(QRectF(0, y, width, 16), int(Qt.AlignmentFlag.AlignRight), text)
            bar = width * (step.value / top) if step.value is not None and top > 0 else 0.0
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(RULE_FAINT))
            painter.drawRoundedRect(QRectF(0, y + 18, width, self.BAR_HEIGHT), 3, 3)
            painter.setBrush(QColor(ACCENT))
            if bar > 0:
                painter.drawRoundedRect(QRectF(0, y + 18, max(bar, 3), self.BAR_HEIGHT), 3, 3)
            if worst:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(QColor(FAIL), 2.0))
                painter.drawRoundedRect(QRectF(1, y + 17, width - 2, self.BAR_HEIGHT + 2), 3, 3)
        painter.end()


class ScorecardPanel(QWidget):
    """The scorecard of one map; follows the document and the map on the canvas."""

    def __init__(self, editor: Editor) -> None:
        super().__init__()
        self.editor = editor
        self.map_id: str | None = None
        self.card: Scorecard | None = None
        self._pending = QTimer(self)
        # Changes come in bursts (a macro, an import): recompute once they have all arrived.
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.refresh)

        self.score = QLabel()
        self.score.setFont(ui_font(22, bold=True))
        self.score.setObjectName("journeyScore")
        self.overall = secondary_label()
        self.findings = QLabel()
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.funnel_choice = QComboBox()
        self.funnel_choice.setAccessibleName(translate("ScorecardPanel", "Funnel metric"))
        self.funnel_choice.activated.connect(self._funnel_chosen)
        self.funnel_view = FunnelView()
        self.export_button = QPushButton(translate("ScorecardPanel", "Export CSV…"))
        self.export_button.clicked.connect(self.export_dialog)
        self.empty = secondary_label(
            translate("ScorecardPanel", "Open a map to see its scorecard.")
        )

        column = QVBoxLayout(self)
        column.addWidget(self.empty)
        column.addWidget(section_label(translate("ScorecardPanel", "Journey score")))
        column.addWidget(self.score)
        column.addWidget(self.overall)
        column.addWidget(self.findings)
        column.addWidget(self.table, 1)
        funnel_row = QHBoxLayout()
        funnel_row.addWidget(
            section_label(translate("ScorecardPanel", "Funnel"), self.funnel_choice)
        )
        funnel_row.addWidget(self.funnel_choice, 1)
        column.addLayout(funnel_row)
        column.addWidget(self.funnel_view)
        column.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignRight)
        column.addStretch(1)
        editor.document.subscribe(self._on_change)

    # -- wiring ----------------------------------------------------------------------------------

    def set_editor(self, editor: Editor) -> None:
        """Follow another document (after opening a file)."""
        self.editor.document.unsubscribe(self._on_change)
        self.editor = editor
        editor.document.subscribe(self._on_change)
        self.map_id = None
        self.refresh()

    def show_map(self, map_id: str | None) -> None:
        """The map on the canvas."""
        self.map_id = map_id
        self.refresh()

    def _on_change(self, change: Change) -> None:
        relevant = isinstance(change, ProjectChanged | PersonasChanged) or (
            isinstance(change, MapChanged) and change.map_id == self.map_id
        )
        if relevant:
            self._pending.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    # -- showing ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Compute and show the scorecard of the map again (skipped while the dock is hidden)."""
        self._pending.stop()
        project = self.editor.document.project
        journey_map = project.map(self.map_id) if self.map_id else None
        shown = journey_map is not None
        for widget in (self.table, self.funnel_choice, self.export_button, self.score):
            widget.setEnabled(shown)
        self.empty.setVisible(not shown)
        if journey_map is None:
            self.card = None
            self.table.setRowCount(0)
            self.score.setText("–")
            self.overall.clear()
            self.findings.clear()
            self.funnel_view.show_funnel(None)
            return
        if not self.isVisible() and self.card is not None and self.card.map_id == self.map_id:
            return  # showEvent brings it up to date
        card = compute_scorecard(journey_map, {p.id: p.name for p in project.personas})
        self.card = card
        score = number_text(card.journey_score, 1)
        self.score.setText(
            translate("ScorecardPanel", "{score} % of metrics on target").format(score=score)
            if score
            else "–"
        )
        overall = number_text(card.overall_score, 1)
        self.overall.setText(
            translate("ScorecardPanel", "Overall score: {score} / 100").format(score=overall)
            if overall
            else ""
        )
        self._show_findings(card)
        self._fill_table(card)
        self._fill_funnel_choice(journey_map.funnel_metric, [m.name for m in journey_map.metrics])
        self.funnel_view.show_funnel(card.funnel)

    def _show_findings(self, card: Scorecard) -> None:
        lines = []
        lowest = card.stage_name(card.lowest_emotion_stage)
        if lowest:
            lines.append(
                "▼ " + translate("ScorecardPanel", "Lowest emotion: {stage}").format(stage=lowest)
            )
        drop = card.largest_drop
        if drop:
            lines.append(
                "↘ "
                + translate("ScorecardPanel", "Largest drop: {start} → {end} ({change})").format(
                    start=card.stage_name(drop.from_stage),
                    end=card.stage_name(drop.to_stage),
                    change=number_text(drop.change),
                )
            )
        elif lowest:
            lines.append(
                translate(
                    "ScorecardPanel", "The average emotion never falls from one stage to the next."
                )
            )
        self.findings.setText("\n".join(lines))

    def _fill_table(self, card: Scorecard) -> None:
        curves = card.curves()
        headers = [translate("ScorecardPanel", "Stage"), translate("ScorecardPanel", "Emotion")]
        headers += [
            "{name} ({variant})".format(
                name=name or translate("ScorecardPanel", "Map curve"),
                variant=_variant_name(variant),
            )
            for _pid, variant, name in curves
        ]
        headers += [
            translate("ScorecardPanel", "Pain points"),
            translate("ScorecardPanel", "Opportunities"),
            translate("ScorecardPanel", "Fail points"),
            translate("ScorecardPanel", "Votes"),
            "✓ " + translate("ScorecardPanel", "On target"),
            "✗ " + translate("ScorecardPanel", "Off target"),
        ]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(card.stages))
        drop = card.largest_drop
        for row, stage in enumerate(card.stages):
            name = stage.name
            lowest = stage.stage_id == card.lowest_emotion_stage
            dropped = drop is not None and stage.stage_id == drop.to_stage
            if lowest:
                name = "▼ " + name
            emotion = number_text(stage.emotion_avg)
            if dropped and drop is not None:
                emotion += "  ↘ " + number_text(drop.change)
            by_curve: dict[tuple[str | None, str], float] = {
                (c.persona_id, c.variant): c.average for c in stage.curves
            }
            cells = [name, emotion]
            cells += [number_text(by_curve.get((pid, variant))) for pid, variant, _ in curves]
            cells += [
                str(stage.pain_points),
                str(stage.opportunities),
                str(stage.fail_points),
                str(stage.votes),
                str(stage.metrics_on_target),
                str(stage.metrics_off_target),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if (lowest and column == 0) or (dropped and column == 1):
                    item.setBackground(QColor(LOW_TINT))
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                if column == len(cells) - 2 and stage.metrics_on_target:
                    item.setForeground(QColor(ON_TARGET).darker(130))
                if column == len(cells) - 1 and stage.metrics_off_target:
                    item.setForeground(QColor(FAIL).darker(120))
                self.table.setItem(row, column, item)
            first = self.table.item(row, 0)
            if lowest and first is not None:
                first.setToolTip(translate("ScorecardPanel", "The stage with the lowest emotion"))
        # As tall as its rows (and a scroll bar), so the funnel sits right under it.
        self.table.setMaximumHeight(
            self.table.horizontalHeader().height()
            + self.table.verticalHeader().length()
            + self.table.horizontalScrollBar().sizeHint().height()
            + 2 * self.table.frameWidth()
        )

    def _fill_funnel_choice(self, current: str | None, names: list[str]) -> None:
        unique: list[str] = []
        for name in names:
            if name.casefold() not in {u.casefold() for u in unique}:
                unique.append(name)
        self.funnel_choice.blockSignals(True)
        self.funnel_choice.clear()
        self.funnel_choice.addItem(translate("ScorecardPanel", "No funnel"), None)
        for name in unique:
            self.funnel_choice.addItem(name, name)
        index = 0
        if current:
            found = [i for i, n in enumerate(unique) if n.casefold() == current.casefold()]
            if found:
                index = found[0] + 1
            else:  # a name no metric has (yet): keep showing it
                self.funnel_choice.addItem(current, current)
                index = self.funnel_choice.count() - 1
        self.funnel_choice.setCurrentIndex(index)
        self.funnel_choice.blockSignals(False)

    def _funnel_chosen(self, index: int) -> None:
        if self.map_id is not None:
            name = self.funnel_choice.itemData(index)
            self.editor.set_funnel_metric(self.map_id, name if isinstance(name, str) else None)

    # -- export ----------------------------------------------------------------------------------

    def export_dialog(self) -> None:
        """Ask where, then write the scorecard as CSV."""
        if self.card is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("ScorecardPanel", "Export scorecard"),
            translate("ScorecardPanel", "{title} scorecard.csv").format(title=self.card.title),
            translate("ScorecardPanel", "CSV files (*.csv)"),
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> bool:
        """Write the scorecard as CSV (UTF-8 with a BOM, so Excel reads Polish and Chinese)."""
        if self.card is None:
            return False
        try:
            atomic_write(path, scorecard_csv(self.card).encode("utf-8-sig"))
        except JourneyError as error:
            window = self.window()
            show_error = getattr(window, "show_error", None)
            if show_error is not None:
                show_error(translate("ScorecardPanel", "The scorecard was not written"), error)
            return False
        return True
