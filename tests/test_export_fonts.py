"""The bundled fonts in reportlab: per-character fallback, measuring, and what cannot print."""

from __future__ import annotations

import io
import unicodedata

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from journeydesigner.export.fonts import (
    CJK_NAME,
    REPLACEMENT,
    SANS_FILES,
    BundledFonts,
    ReportlabMeasure,
    bundled_fonts,
)
from journeydesigner.layout.style import TextStyle
from journeydesigner.layout.text import TextMeasure, wrap

SANS = SANS_FILES[(False, False)][0]
SANS_BOLD = SANS_FILES[(True, False)][0]


@pytest.fixture(scope="module")
def fonts() -> BundledFonts:
    return bundled_fonts()


def test_all_five_fonts_are_registered_with_reportlab(fonts: BundledFonts) -> None:
    for name, _ in SANS_FILES.values():
        assert pdfmetrics.getFont(name).fontName == name
    assert pdfmetrics.getFont(CJK_NAME).fontName == CJK_NAME


def test_polish_stays_in_noto_and_chinese_falls_back_to_wenquanyi(fonts: BundledFonts) -> None:
    runs = fonts.runs("Zażółć gęślą jaźń: 認知/考慮 购买")
    assert [(run.text, run.font) for run in runs] == [
        ("Zażółć gęślą jaźń: ", SANS),
        ("認知", CJK_NAME),
        ("/", SANS),
        ("考慮", CJK_NAME),
        (" ", SANS),
        ("购买", CJK_NAME),
    ]


def test_bold_chinese_is_thickened_because_the_face_has_one_weight(fonts: BundledFonts) -> None:
    runs = fonts.runs("Zakup 購買", bold=True)
    assert [(run.font, run.fake_bold) for run in runs] == [(SANS_BOLD, False), (CJK_NAME, True)]


def test_symbols_noto_lacks_come_from_wenquanyi(fonts: BundledFonts) -> None:
    # ≥ and ★ appear in metric targets and moment-of-truth stages.
    assert [run.font for run in fonts.runs("≥★")] == [CJK_NAME]


def test_characters_no_font_has_are_found_and_drawn_as_a_replacement(fonts: BundledFonts) -> None:
    assert fonts.missing("Gitara 🎸 i 🎸 oraz 🎵") == ["🎸", "🎵"]
    assert fonts.missing("Zażółć 購買 ≥ — “quoted”") == []
    assert "".join(run.text for run in fonts.runs("a🎸b")) == f"a{REPLACEMENT}b"


def test_invisible_characters_are_dropped_and_text_is_composed(fonts: BundledFonts) -> None:
    decomposed = unicodedata.normalize("NFD", "zażółć")
    assert decomposed != "zażółć"
    assert fonts.clean(decomposed) == "zażółć"
    assert fonts.clean("a\u200bb\u00adc\ufeffd\u200de\tf") == "abcde f"
    assert fonts.missing("♥\ufe0f") == []  # the variation selector needs no glyph


def test_the_measure_is_the_sum_of_its_runs(fonts: BundledFonts) -> None:
    measure: TextMeasure = ReportlabMeasure(fonts)
    style = TextStyle(12)
    text = "Płatność 付款失敗"
    expected = pdfmetrics.stringWidth("Płatność ", SANS, 12) + pdfmetrics.stringWidth(
        "付款失敗", CJK_NAME, 12
    )
    assert measure.width(text, style) == pytest.approx(expected)
    assert measure.width(text, TextStyle(12, bold=True)) > measure.width(text, style)
    assert measure.width("", style) == 0


def test_chinese_wraps_between_characters_with_the_reportlab_measure(fonts: BundledFonts) -> None:
    measure = ReportlabMeasure(fonts)
    style = TextStyle(12)
    text = "我在網上購買了一把吉他，付款失敗了兩次。"
    lines = wrap(text, 60, style, measure)
    assert len(lines) > 1
    assert "".join(lines) == text
    assert all(measure.width(line, style) <= 60 + 12 for line in lines)  # punctuation may hang
    assert not any(line.startswith(("，", "。")) for line in lines)


def test_drawn_text_extracts_as_written(fonts: BundledFonts) -> None:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1, initialFontName=SANS)  # type: ignore[arg-type]
    width = fonts.draw(canvas, 20, 700, "Zażółć 購買 <b>&amp;", 12, bold=True)
    fonts.draw(canvas, 20, 680, "TRACKED", 8, tracking=1.0)
    canvas.showPage()
    canvas.save()
    text = PdfReader(io.BytesIO(buffer.getvalue())).pages[0].extract_text()
    assert "Zażółć 購買 <b>&amp;" in text
    assert width == pytest.approx(fonts.width("Zażółć 購買 <b>&amp;", 12, bold=True))
    assert fonts.width("AB", 8, tracking=1.0) == pytest.approx(fonts.width("AB", 8) + 1.0)
