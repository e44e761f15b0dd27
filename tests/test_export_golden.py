"""A golden PDF: the small test project at A4, compared with a frozen copy.

Byte for byte when the same reportlab draws it (invariant mode makes output repeatable); with
another reportlab, page by page on the extracted text, so a library upgrade alone does not fail
the suite while a change in what is printed still does. To accept an intended change, run
`JOURNEYDESIGNER_UPDATE_GOLDEN=1 pytest tests/test_export_golden.py` and review the new PDF.
"""

from __future__ import annotations

import json
import os
from io import BytesIO
from pathlib import Path

import reportlab
from builders import small_project
from pypdf import PdfReader

from journeydesigner.export.pdf import PdfOptions, page_setup, render_pdf

GOLDEN = Path(__file__).parent / "data" / "golden"
PDF = GOLDEN / "small-a4-fit.pdf"
META = GOLDEN / "small-a4-fit.json"


def _pages_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(BytesIO(data)).pages]


def test_the_small_project_prints_like_the_golden_pdf():
    project = small_project()
    result = render_pdf(project, project.maps, PdfOptions(page_setup("A4"), "fit"), source="small")
    if os.environ.get("JOURNEYDESIGNER_UPDATE_GOLDEN"):
        GOLDEN.mkdir(parents=True, exist_ok=True)
        PDF.write_bytes(result.data)
        META.write_text(json.dumps({"reportlab": reportlab.Version}) + "\n", encoding="utf-8")
    frozen = PDF.read_bytes()
    made_with = json.loads(META.read_text(encoding="utf-8"))["reportlab"]
    if made_with == reportlab.Version:
        assert result.data == frozen, "the PDF changed; see this file's docstring"
    else:
        assert _pages_text(result.data) == _pages_text(frozen)
