"""Mermaid journeys in the editor: import, paste onto the canvas, export, copy."""

from __future__ import annotations

from pathlib import Path

from builders import small_project
from gui.conftest import open_project
from PySide6.QtWidgets import QApplication

from journeydesigner.app.mermaid_ui import looks_like_mermaid

DIAGRAM = """journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
"""


def test_only_journey_text_counts_as_mermaid():
    assert looks_like_mermaid(DIAGRAM)
    assert looks_like_mermaid("%% a comment\n\njourney\n  title x")
    assert looks_like_mermaid("```mermaid\njourney\n```")
    assert not looks_like_mermaid("Sees an ad\nWatches a review")
    assert not looks_like_mermaid("flowchart LR\n  A-->B")


def test_importing_a_diagram_adds_a_map_with_personas_in_one_undo_step(window, tmp_path: Path):
    open_project(window, small_project(), tmp_path / "p.journey")
    map_id = window.mermaid.import_data(DIAGRAM.encode(), "day.mmd")
    project = window.document.project
    added = project.map(map_id)
    assert added is not None
    assert added.title == "My working day"
    assert [s.name for s in added.stages] == ["Go to work", "Go home"]
    assert {p.name for p in project.personas} >= {"Anna", "Me", "Cat"}
    assert window.current_map_id == map_id
    assert window.map_list.count() == 2
    window.stack.undo()
    assert [m.id for m in window.document.project.maps] == ["map-1"]
    assert [p.name for p in window.document.project.personas] == ["Anna"]


def test_a_broken_diagram_is_explained_and_nothing_changes(window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(window, "show_error", lambda title, error: shown.append(str(error)))
    open_project(window, small_project(), tmp_path / "p.journey")
    assert window.mermaid.import_data(b"journey\n  Make tea: 5: Me\n", "bad.mmd") is None
    assert window.stack.count() == 0
    assert "bad.mmd: line 2" in shown[0]


def test_pasting_mermaid_text_on_the_canvas_makes_a_new_map(window, tmp_path: Path):
    open_project(window, small_project(), tmp_path / "p.journey")
    QApplication.clipboard().setText(DIAGRAM)
    window.paste()
    assert [m.title for m in window.document.project.maps] == ["Buying a guitar", "My working day"]


def test_export_and_copy_as_mermaid(window, tmp_path: Path):
    open_project(window, small_project(), tmp_path / "p.journey")
    out = tmp_path / "guitar.mmd"
    assert window.mermaid.export_to(out)
    text = out.read_text(encoding="utf-8")
    assert text.startswith("journey")
    assert "section Awareness" in text
    window.mermaid.copy()
    assert QApplication.clipboard().text() == text
