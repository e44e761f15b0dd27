"""The persona panel: add, edit, photo, link to a map, delete with curves; all undoable."""

from __future__ import annotations

from builders import small_project
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from journeydesigner.commands.editor import Editor
from journeydesigner.document import JourneyDocument
from journeydesigner.model.images import sniff_image
from journeydesigner.widgets.personas import PersonaPanel


def _panel(qtbot):
    editor = Editor(JourneyDocument(small_project()))
    panel = PersonaPanel(editor)
    qtbot.addWidget(panel)
    panel.show_map("map-1")
    panel.show()
    panel.activateWindow()  # focus events (leaving a field commits it) need an active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)
    return panel, editor


def _png(path, width, height):
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#E69F00"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    path.write_bytes(bytes(buffer.data().data()))
    return path


def test_the_panel_lists_and_shows_the_projects_personas(qtbot):
    panel, _ = _panel(qtbot)
    assert panel.list.count() == 1
    assert panel.list.item(0).text() == "Anna — Hobby guitarist"
    assert panel.name.text() == "Anna"
    assert panel.goals.toPlainText() == "A good first guitar"
    assert panel.on_map.isChecked()


def test_typing_a_name_and_goals_edits_the_persona_in_one_step_each(qtbot):
    panel, editor = _panel(qtbot)
    panel.name.setFocus()
    panel.name.selectAll()
    QTest.keyClicks(panel.name, "Anna Kowalska")
    QTest.keyClick(panel.name, Qt.Key.Key_Return)
    assert editor.document.project.personas[0].name == "Anna Kowalska"
    panel.goals.setFocus()
    panel.goals.selectAll()
    QTest.keyClicks(panel.goals, "Play by summer")
    QTest.keyClick(panel.goals, Qt.Key.Key_Return)
    QTest.keyClick(panel.goals, Qt.Key.Key_Return)
    QTest.keyClicks(panel.goals, "  Buy online  ")
    panel.needs.setFocus()  # leaving the field keeps what was typed
    assert editor.document.project.personas[0].goals == ["Play by summer", "Buy online"]
    assert editor.stack.count() == 2
    editor.stack.undo()
    editor.stack.undo()
    assert editor.document.project.personas[0].name == "Anna"
    assert panel.name.text() == "Anna", "the panel follows undo"


def test_an_empty_name_is_refused_with_a_message(qtbot):
    panel, editor = _panel(qtbot)
    panel.name.setText("   ")
    panel.commit_pending()
    assert editor.stack.count() == 0
    assert panel.message.isVisibleTo(panel)


def test_adding_a_persona_links_it_to_the_map_and_undo_removes_it(qtbot):
    panel, editor = _panel(qtbot)
    panel._add()
    project = editor.document.project
    assert [p.name for p in project.personas] == ["Anna", "Persona 2"]
    assert project.maps[0].persona_ids == ["anna", project.personas[1].id]
    editor.stack.undo()
    assert [p.name for p in editor.document.project.personas] == ["Anna"]
    assert panel.list.count() == 1


def test_the_link_box_shows_or_hides_a_persona_on_the_map(qtbot):
    panel, editor = _panel(qtbot)
    panel.on_map.click()
    assert editor.document.project.maps[0].persona_ids == []
    panel.on_map.click()
    assert editor.document.project.maps[0].persona_ids == ["anna"]


def test_a_photo_is_scaled_down_and_embedded_and_a_broken_one_refused(qtbot, tmp_path):
    panel, editor = _panel(qtbot)
    assert panel.set_photo(_png(tmp_path / "anna.png", 2400, 1800))
    photo = editor.document.project.personas[0].photo
    assert photo is not None
    assert max(sniff_image(photo.raw_bytes()).width, sniff_image(photo.raw_bytes()).height) == 1600
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 not really")
    assert not panel.set_photo(broken)
    assert "broken.jpg" in panel.message.text()
    assert editor.document.project.personas[0].photo == photo


def test_deleting_a_persona_removes_its_curves_and_undo_restores_them(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    panel, editor = _panel(qtbot)
    before = editor.document.project.model_dump_json()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    panel._remove()
    project = editor.document.project
    assert project.personas == []
    assert project.maps[0].persona_ids == []
    assert all(p.persona_id is None for p in project.maps[0].emotion_points)
    assert len(project.maps[0].emotion_points) == 0
    editor.stack.undo()
    assert editor.document.project.model_dump_json() == before
