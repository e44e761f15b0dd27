"""Opening any hostile file in the editor: a message naming it, and the open work untouched."""

from __future__ import annotations

import pytest
from builders import small_project
from conftest import open_project
from hostile import CASES, Case

from journeydesigner.canvas.image_export import render_png


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_opening_a_hostile_file_keeps_the_unsaved_work(window, tmp_path, monkeypatch, case: Case):
    mine = tmp_path / "mine" / "mine.journey"
    mine.parent.mkdir()
    open_project(window, small_project(), mine)
    window.editor.set_card_text("map-1", window.document.project.maps[0].cards[0].id, "unsaved")
    before = window.document.project.model_copy(deep=True)
    shown: list[str] = []
    monkeypatch.setattr(window, "show_error", lambda title, error: shown.append(f"{title}|{error}"))
    hostile = case.write(tmp_path)

    opened = window.open_path(hostile)

    if case.expect is None:
        assert opened
        assert shown == []
        assert window.document.path == hostile.resolve()
        window.grab()  # the canvas paints it, a damaged picture included
        return
    assert not opened
    assert len(shown) == 1, shown
    assert hostile.name in shown[0], shown
    assert case.expect in shown[0], shown
    assert window.document.path == mine.resolve()
    assert window.document.project == before
    assert not window.stack.isClean(), "the unsaved edit must still be unsaved"
    assert mine.read_bytes() != b"", "the file on disk is untouched"


def test_a_picture_damaged_past_its_header_still_exports(tmp_path):
    from journeydesigner.export.pdf import export_pdf
    from journeydesigner.io import read_project

    case = next(case for case in CASES if case.name == "image damaged past its header")
    project = read_project(case.write(tmp_path))
    pdf = tmp_path / "out.pdf"
    export_pdf(project, pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert render_png(project, project.maps[0].id)[:8] == b"\x89PNG\r\n\x1a\n"
