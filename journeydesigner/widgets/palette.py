"""The palette: card and lane types to drag onto the canvas."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from journeydesigner.canvas.palette_drop import palette_payload
from journeydesigner.i18n import translate
from journeydesigner.layout.labels import QT_TRANSLATE_NOOP
from journeydesigner.layout.style import LANE_TINTS
from journeydesigner.model.elements import LANE_KINDS, LaneKind
from journeydesigner.names import BLUEPRINT_LANE_ORDER, JOURNEY_LANE_KINDS, lane_kind_name

CARD_TYPES: tuple[tuple[LaneKind, str], ...] = (
    ("actions", QT_TRANSLATE_NOOP("palette", "Action")),
    ("thoughts", QT_TRANSLATE_NOOP("palette", "Thought")),
    ("pain_points", QT_TRANSLATE_NOOP("palette", "Pain point")),
    ("opportunities", QT_TRANSLATE_NOOP("palette", "Opportunity")),
    ("touchpoints", QT_TRANSLATE_NOOP("palette", "Touchpoint")),
    ("ideas", QT_TRANSLATE_NOOP("palette", "Idea")),
    ("text", QT_TRANSLATE_NOOP("palette", "Note")),
)
"""Card types with the lane kind whose colour they take."""


def _swatch(kind: LaneKind) -> QIcon:
    tint = LANE_TINTS[kind]
    pixmap = QPixmap(18, 18)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(tint.edge))
    painter.setBrush(QColor(tint.fill))
    painter.drawRoundedRect(1, 1, 16, 16, 3, 3)
    painter.end()
    return QIcon(pixmap)


class _PaletteList(QListWidget):
    def __init__(self, prefix: str) -> None:
        super().__init__()
        self._prefix = prefix
        self.setDragEnabled(True)
        self.setDragDropMode(QListWidget.DragDropMode.DragOnly)
        self.setIconSize(QSize(18, 18))
        self.setSelectionMode(QListWidget.SelectionMode.SingleSelection)

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # type: ignore[override]
        if not items:
            return QMimeData()
        kind = next(k for k in LANE_KINDS if k == items[0].data(Qt.ItemDataRole.UserRole))
        data = palette_payload(self._prefix, kind)
        data.setText(items[0].text())
        return data


class Palette(QWidget):
    """Two lists to drag from: card types (into a cell) and lane types (between lanes)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        cards_label = QLabel(self.tr("CARDS — drag into a cell"))
        lanes_label = QLabel(self.tr("LANES — drag between lanes"))
        for label in (cards_label, lanes_label):
            label.setStyleSheet("color: #636C7B; font-size: 10px; font-weight: bold;")
        self.cards = _PaletteList("card")
        self.cards.setAccessibleName(self.tr("Card types"))
        for kind, source in CARD_TYPES:
            name = translate("palette", source)
            item = QListWidgetItem(_swatch(kind), name)
            item.setData(Qt.ItemDataRole.UserRole, kind)
            item.setToolTip(
                self.tr("Drag onto a cell to add a card of this kind: {name}").format(name=name)
            )
            self.cards.addItem(item)
        self.lanes = _PaletteList("lane")
        self.lanes.setAccessibleName(self.tr("Lane types"))
        for kind in (*JOURNEY_LANE_KINDS, *BLUEPRINT_LANE_ORDER):
            item = QListWidgetItem(_swatch(kind), lane_kind_name(kind))
            item.setData(Qt.ItemDataRole.UserRole, kind)
            item.setToolTip(self.tr("Drag between two lanes to insert this lane there"))
            self.lanes.addItem(item)
        layout.addWidget(cards_label)
        layout.addWidget(self.cards, 2)
        layout.addWidget(lanes_label)
        layout.addWidget(self.lanes, 3)
