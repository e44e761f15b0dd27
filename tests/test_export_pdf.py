"""PDF export: every text printed as text, fonts embedded, hostile markup inert, pages as asked."""

from __future__ import annotations

import base64
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from builders import FIXED_TIME, small_project
from pypdf import PdfReader

from journeydesigner import __version__
from journeydesigner.cli import main
from journeydesigner.export import ExportError
from journeydesigner.export.pdf import (
    MODES,
    PageSizeError,
    PdfOptions,
    export_pdf,
    page_setup,
    render_pdf,
    split_axis,
)
from journeydesigner.io.load import read_project
from journeydesigner.model import (
    Card,
    EmbeddedImage,
    EmotionPoint,
    JourneyMap,
    Lane,
    Metric,
    Persona,
    Project,
    Stage,
    Step,
)

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "guitar-purchase.journey"
HOSTILE = [
    "Price < 5 & AT&T <b>",
    '<font name="x">',
    '<img src="/etc/passwd"/>',
    '<a href="javascript:alert(1)">x</a>',
    "C++ <T>",
    "&amp;",
]

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftotext, pdffonts) is not installed",
)


# ------------------------------------------------------------------------------------- helpers


@pytest.fixture(scope="module")
def example() -> Project:
    return read_project(EXAMPLE)


def pages_text(data: bytes) -> list[str]:
    """The text of each page, as pypdf extracts it."""
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def flat(text: str) -> str:
    """Text with every run of white space as one space (lines wrap anywhere)."""
    return " ".join(text.split())


def squeezed(text: str) -> str:
    """Text without any white space: CJK lines break between any two characters."""
    return "".join(text.split())


def poppler_text(path: Path) -> str:
    result = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return result.stdout.decode("utf-8")


def card_texts_found(data: bytes, journey_map: JourneyMap) -> list[str]:
    """Card texts that appear on no page (empty when every card printed)."""
    pages = [squeezed(text) for text in pages_text(data)]
    return [
        card.text
        for card in journey_map.cards
        if card.text and not any(squeezed(card.text) in page for page in pages)
    ]


def multilingual_project() -> Project:
    """A Polish and Chinese map: Polish diacritics, Traditional and Simplified Chinese."""
    names = ["認知", "考慮", "購買", "保留", "宣傳"]
    stages = [
        Stage(id=f"s{i}", name=name, description=f"階段 {i + 1}", steps=[Step(id=f"t{i}")])
        for i, name in enumerate(names)
    ]
    lanes = [
        Lane(id="doing", title="Działania", kind="actions", description="Co robi klientka"),
        Lane(id="feeling", title="Uczucia 感受", kind="emotion"),
        Lane(id="pains", title="Problemy 痛點", kind="pain_points"),
        Lane(id="kpi", title="Wskaźniki", kind="metrics"),
    ]
    cards = [
        Card(id="p1", step_id="t0", lane_id="doing", text="Zażółć gęślą jaźń"),
        Card(id="p2", step_id="t1", lane_id="doing", text="ZAŻÓŁĆ GĘŚLĄ JAŹŃ — porównuje ceny"),
        Card(id="c1", step_id="t2", lane_id="doing", text="在網上购买吉他", evidence="observed"),
        Card(id="c2", step_id="t2", lane_id="pains", text="付款失敗，沒有說明", fail_point=True),
        Card(id="c3", step_id="t3", lane_id="doing", text="收到吉他 and writes a review"),
        Card(id="c4", step_id="t4", lane_id="doing", text="向朋友推薦這家店", tags=["推薦"]),
    ]
    jm = JourneyMap(
        id="pl-zh",
        title="Zakup gitary 購買吉他",
        kind="current_state",
        description="Ścieżka klientki — 顧客旅程",
        persona_ids=["ola"],
        stages=stages,
        lanes=lanes,
        cards=cards,
        emotion_points=[
            EmotionPoint(
                lane_id="feeling", step_id="t0", persona_id="ola", score=1, note="ciekawa"
            ),
            EmotionPoint(lane_id="feeling", step_id="t2", persona_id="ola", score=-2, note="失望"),
            EmotionPoint(lane_id="feeling", step_id="t4", persona_id="ola", score=2),
        ],
        metrics=[
            Metric(
                id="m1",
                stage_id="s2",
                lane_id="kpi",
                name="Konwersja 轉換率",
                value=1.8,
                unit="%",
                target=2.5,
            ),
        ],
    )
    project = Project.new("Sklep z gitarami 吉他店", at=FIXED_TIME)
    project.personas = [
        Persona(
            id="ola", name="Ola Wójcik", role="Początkująca gitarzystka", quote="想要一把好吉他"
        )
    ]
    project.maps = [jm]
    return project


def hostile_project() -> Project:
    project = small_project()
    jm = project.maps[0]
    jm.title = "Hostile <b>map</b>"
    jm.cards = [
        Card(id=f"h{i}", step_id="aw", lane_id="doing", order=i, text=text)
        for i, text in enumerate(HOSTILE)
    ]
    jm.stages[0].name = "<i>S</i> &"
    jm.lanes[0].title = "&lt;Doing&gt;"
    project.personas[0].quote = '<img src="/etc/passwd"/> & <b>'
    return project


def wide_project(stages: int = 14, cards_per_cell: int = 2) -> Project:
    """A map far wider than an A4 page, with text in every cell."""
    project = Project.new("Wide", at=FIXED_TIME)
    jm = JourneyMap(
        id="wide",
        title="A long journey",
        kind="current_state",
        stages=[
            Stage(id=f"s{i}", name=f"Stage {i + 1}", steps=[Step(id=f"t{i}a"), Step(id=f"t{i}b")])
            for i in range(stages)
        ],
        lanes=[
            Lane(id="doing", title="Doing", kind="actions"),
            Lane(id="thinking", title="Thinking", kind="thoughts"),
            Lane(id="feeling", title="Feeling", kind="emotion"),
            Lane(id="pains", title="Pain points", kind="pain_points"),
        ],
    )
    for i in range(stages):
        for step in ("a", "b"):
            for lane in ("doing", "thinking", "pains"):
                for k in range(cards_per_cell):
                    jm.cards.append(
                        Card(
                            id=f"c-{i}{step}-{lane}-{k}",
                            step_id=f"t{i}{step}",
                            lane_id=lane,
                            order=k,
                            text=f"Card {lane} {i}{step}{k} with enough words to wrap twice",
                        )
                    )
            jm.emotion_points.append(
                EmotionPoint(lane_id="feeling", step_id=f"t{i}{step}", score=(i % 5) - 2)
            )
    project.maps = [jm]
    return project


# ------------------------------------------------------------------------------- every text prints


def test_the_guitar_example_prints_every_stage_lane_and_card(example: Project) -> None:
    result = render_pdf(example, example.maps, PdfOptions(page_setup("A3")))
    assert result.pages == 1
    assert result.warnings == []
    text = flat(pages_text(result.data)[0])
    jm = example.maps[0]
    for stage in jm.stages:
        assert stage.name in text
    for lane in jm.lanes:
        assert lane.title in text
    assert card_texts_found(result.data, jm) == []
    assert "page 1 of 1" in text
    assert "Maya" in text  # the persona in the title block


def test_polish_and_chinese_text_prints_and_extracts() -> None:
    project = multilingual_project()
    result = render_pdf(project, project.maps)
    assert result.warnings == []
    text = squeezed(pages_text(result.data)[0])
    jm = project.maps[0]
    for name in [*(s.name for s in jm.stages), *(lane.title for lane in jm.lanes)]:
        assert squeezed(name) in text
    assert card_texts_found(result.data, jm) == []
    for word in ("zażółć", "gęślą", "jaźń", "認知", "考慮", "購買", "保留", "宣傳", "购买"):
        assert word in text.lower()


@needs_poppler
def test_every_font_is_embedded_and_no_base14_font_is_used(tmp_path: Path) -> None:
    path = tmp_path / "fonts.pdf"
    project = multilingual_project()
    project.maps.append(hostile_project().maps[0])
    project.personas += hostile_project().personas
    export_pdf(project, path)
    report = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    rows = report.splitlines()[2:]
    assert rows, report
    for row in rows:
        assert re.search(r"\byes\s+yes\s+yes\b", row), row  # embedded, subset, with a ToUnicode map
    names = " ".join(row.split()[0] for row in rows)
    assert "NotoSans" in names
    assert "WenQuanYi" in names
    for base14 in ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats"):
        assert base14 not in report
    assert "/Helvetica" not in path.read_bytes().decode("latin-1")


@needs_poppler
def test_poppler_reads_the_polish_and_chinese_text(tmp_path: Path) -> None:
    path = tmp_path / "pl-zh.pdf"
    export_pdf(multilingual_project(), path, multilingual_project().maps)
    text = poppler_text(path)
    for word in ("Zażółć", "gęślą", "jaźń", "認知", "購買", "宣傳", "购买"):
        assert word in text


# ------------------------------------------------------------------------------ markup stays text


def test_markup_in_user_text_prints_verbatim_and_adds_no_link_or_image() -> None:
    project = hostile_project()
    result = render_pdf(project)  # the whole project: the map and the persona page
    # Squeezed: a long word such as `href="javascript:alert(1)">x</a>` wraps inside a card.
    text = squeezed(" ".join(pages_text(result.data)))
    for hostile in [*HOSTILE, "Hostile <b>map</b>", "<i>S</i> &"]:
        assert squeezed(hostile) in text, hostile
    assert "&lt;Doing&gt;" in text
    raw = result.data
    assert b"/URI" not in raw
    assert b"/Link" not in raw
    assert b"/Annots" not in raw
    assert b"/Subtype /Image" not in raw
    assert b"/XObject" not in raw


def tiny_png(colour: str = "#0072B2") -> EmbeddedImage:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (6, 4), colour).save(buffer, "PNG")
    return EmbeddedImage(media_type="image/png", data=base64.b64encode(buffer.getvalue()).decode())


def test_images_are_only_those_the_user_embedded() -> None:
    project = small_project()
    project.personas[0].photo = tiny_png()
    project.maps[0].cards[0].image = tiny_png("#E69F00")
    result = render_pdf(project)  # the photo on the map's title block and on the persona page
    # Two pictures embedded once each (the photo is stored once and drawn twice).
    assert result.data.count(b"/Subtype /Image") == 2
    reader = PdfReader(io.BytesIO(result.data))
    drawn = [len(page.images) for page in reader.pages]
    assert drawn == [2, 1]


def test_characters_no_font_has_are_reported_naming_the_card() -> None:
    project = small_project()
    project.maps[0].cards[0].text = "Loves her new 🎸 guitar"
    result = render_pdf(project, project.maps)
    assert len(result.warnings) == 1
    warning = result.warnings[0]
    assert "card c1" in warning
    assert "🎸" in warning
    assert "U+1F3B8" in warning
    assert "Loves her new" in flat(pages_text(result.data)[0])


# ---------------------------------------------------------------------------------- page modes


def test_page_sizes_and_orientation() -> None:
    a3 = page_setup("A3")
    assert a3.landscape
    assert round(a3.width) == 1191
    assert round(a3.height) == 842
    assert not page_setup("a4", portrait=True).landscape
    assert page_setup("letter").width == 792
    assert page_setup("Tabloid").width == 1224
    custom = page_setup("300x600mm")
    assert custom.landscape
    assert round(custom.width / 72 * 25.4) == 600
    for bad in ("B5", "A5", "10x10mm", "600x400", "x"):
        with pytest.raises(PageSizeError):
            page_setup(bad)


def test_fit_refuses_a_huge_map_on_a4_with_the_readable_minimum() -> None:
    project = wide_project(stages=30)
    with pytest.raises(ExportError) as caught:
        render_pdf(project, project.maps, PdfOptions(page_setup("A4"), "fit"), source="big.journey")
    message = str(caught.value)
    assert message.startswith("big.journey: ")
    assert "readable minimum of 6 pt" in message
    assert "--tile" in message
    assert "--page" in message


def test_tile_splits_a_wide_map_and_prints_every_card() -> None:
    project = wide_project()
    jm = project.maps[0]
    result = render_pdf(project, project.maps, PdfOptions(page_setup("A4"), "tile"))
    texts = pages_text(result.data)
    tiles = [text for text in texts if "row " in text and "/ column" in text]
    labels = sorted(set(re.findall(r"row (\d+) / column (\d+)", " ".join(texts[1:]))))
    rows = max(int(r) for r, _ in labels)
    columns = max(int(c) for _, c in labels)
    assert columns >= 4
    assert rows >= 1
    assert result.pages == 1 + rows * columns  # an assembly page, then the tiles
    assert len(tiles) >= rows * columns
    assert card_texts_found(result.data, jm) == []
    for page in texts[1:]:
        assert "Doing" in page or "Pain points" in page or "Feeling" in page  # lane headers repeat
        assert "Stage" in page  # stage headers repeat


def test_tile_cuts_prefer_stage_boundaries_without_adding_pages() -> None:
    # A page holds 45: three pages either way, so cut at the stage edges 40 and 80.
    steps = [10, 20, 30, 50, 60, 70, 90]
    assert split_axis(0, 100, 45, primary=[0, 40, 80, 100], secondary=steps) == [0, 40, 80, 100]
    # A page holds 50: cutting at the step edge 50 saves a page, so it wins.
    assert split_axis(0, 100, 50, primary=[0, 40, 80, 100], secondary=steps) == [0, 50, 100]
    # A column wider than a page is cut through.
    assert split_axis(0, 100, 30, primary=[0, 100], secondary=[]) == [0, 30, 60, 90, 100]


def test_per_stage_prints_one_page_per_stage(example: Project) -> None:
    jm = example.maps[0]
    result = render_pdf(example, example.maps, PdfOptions(page_setup("A4"), "per-stage"))
    assert result.pages == len(jm.stages)
    texts = [flat(text) for text in pages_text(result.data)]
    for index, (stage, text) in enumerate(zip(jm.stages, texts, strict=True)):
        assert stage.name in text
        assert f"Stage {index + 1} of {len(jm.stages)}" in text
        for lane in jm.lanes:
            assert lane.title in text  # lane headers on every page
    assert card_texts_found(result.data, jm) == []


def test_all_maps_have_a_bookmark_each_and_personas_get_pages() -> None:
    project = small_project()
    second = multilingual_project().maps[0]
    project.maps.append(second)
    project.personas += multilingual_project().personas
    result = render_pdf(project)
    reader = PdfReader(io.BytesIO(result.data))
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles == [
        project.maps[0].title,
        second.title,
        "Persona: Anna",
        "Persona: Ola Wójcik",
    ]
    assert result.pages == 4
    persona_page = flat(pages_text(result.data)[2])
    assert "A good first guitar" in persona_page
    assert "Hobby guitarist" in persona_page


def test_metadata_names_the_map_and_the_app(example: Project) -> None:
    result = render_pdf(example, example.maps)
    info = PdfReader(io.BytesIO(result.data)).metadata
    assert info is not None
    assert info.title == "Buying a guitar online"
    assert info.creator == f"Journey Designer {__version__}"
    assert info.author == example.title
    assert info.subject
    assert "Maya" in (info.get("/Keywords") or "")


def test_an_empty_map_and_an_empty_project_still_print_with_a_note() -> None:
    project = Project.new("Nothing yet", at=FIXED_TIME)
    result = render_pdf(project)
    assert result.pages == 1
    assert "no maps yet" in pages_text(result.data)[0]
    project.maps = [JourneyMap(id="m", title="Blank", kind="future_state")]
    for mode in MODES:
        result = render_pdf(project, project.maps, PdfOptions(page_setup("A4"), mode))
        assert result.pages == 1
        assert "This map is empty" in pages_text(result.data)[0]


def test_the_same_project_gives_the_same_bytes(example: Project, tmp_path: Path) -> None:
    first = render_pdf(example, example.maps).data
    assert render_pdf(example, example.maps).data == first
    # A fresh process registers the fonts anew: still the same bytes.
    out = tmp_path / "again.pdf"
    code = (
        "import sys\n"
        "from journeydesigner.io.load import read_project\n"
        "from journeydesigner.export.pdf import render_pdf\n"
        f"p = read_project({str(EXAMPLE)!r})\n"
        f"open({str(out)!r}, 'wb').write(render_pdf(p, p.maps).data)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
    assert out.read_bytes() == first


def test_an_error_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "map.pdf"
    target.write_bytes(b"old")
    project = wide_project(stages=30)
    with pytest.raises(ExportError):
        export_pdf(project, target, project.maps, PdfOptions(page_setup("A4")))
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["map.pdf"]


# --------------------------------------------------------------------------------- command line


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    status = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return status, out, err


def one_line(err: str, path: str | Path) -> str:
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"{path}: ")
    return lines[0]


def test_cli_export_writes_a_pdf(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "guitar.pdf"
    status, _, err = run(capsys, "export", EXAMPLE, "-o", out)
    assert (status, err) == (0, "")
    assert out.read_bytes().startswith(b"%PDF-")
    assert len(PdfReader(out).pages) == 2  # the map and its scorecard
    status, _, err = run(capsys, "export", EXAMPLE, "-o", out, "--no-scorecard")
    assert (status, err) == (0, "")
    assert len(PdfReader(out).pages) == 1
    status, _, err = run(capsys, "export", EXAMPLE, "-o", out, "--page", "A4", "--tile")
    assert (status, err) == (0, "")
    assert len(PdfReader(out).pages) > 2
    status, _, _ = run(
        capsys,
        "export",
        EXAMPLE,
        "-o",
        out,
        "--map",
        "guitar",
        "--page",
        "A4",
        "--portrait",
        "--per-stage",
    )
    assert status == 0
    first = PdfReader(out).pages[0]
    assert first.mediabox.width < first.mediabox.height
    status, _, _ = run(capsys, "export", EXAMPLE, "-o", out, "--all")
    assert status == 0
    assert len(PdfReader(out).pages) == 3  # the map, its scorecard and Maya's page


def test_cli_export_of_an_unknown_map(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    status, _, err = run(capsys, "export", EXAMPLE, "-o", out, "--map", "nope")
    assert status == 1
    assert "no map 'nope'" in one_line(err, EXAMPLE)
    assert not out.exists()


def test_cli_export_to_an_unwritable_place(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "missing-folder" / "x.pdf"
    status, _, err = run(capsys, "export", EXAMPLE, "-o", out)
    assert status == 1
    one_line(err, out)


def test_cli_export_with_an_unknown_page_size(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "x.pdf"
    status, _, err = run(capsys, "export", EXAMPLE, "-o", out, "--page", "B5")
    assert status == 1
    assert "unknown page size 'B5'" in one_line(err, out)
    assert not out.exists()


def test_cli_export_refuses_an_unknown_file_type(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "map.jpg"
    status, _, err = run(capsys, "export", EXAMPLE, "-o", out)
    assert status == 1
    assert ".pdf, .png or .svg" in one_line(err, out)
    assert not out.exists()


def test_cli_export_refuses_a_map_too_big_to_fit(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from journeydesigner.io.save import write_project

    source = tmp_path / "wide.journey"
    write_project(wide_project(stages=30), source)
    out = tmp_path / "wide.pdf"
    status, _, err = run(capsys, "export", source, "-o", out, "--page", "A4")
    assert status == 1
    assert "readable minimum" in one_line(err, source)
    assert not out.exists()


def test_cli_export_reports_missing_glyphs_on_stderr(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from journeydesigner.io.save import write_project

    project = small_project()
    project.maps[0].cards[0].text = "A 🎸"
    source = tmp_path / "emoji.journey"
    write_project(project, source)
    status, _, err = run(capsys, "export", source, "-o", tmp_path / "e.pdf")
    assert status == 0
    assert "card c1" in one_line(err, source)


def test_the_command_line_starts_without_reportlab() -> None:
    code = (
        "import sys\n"
        "import journeydesigner.cli, journeydesigner.export\n"
        "assert not [m for m in sys.modules if m.startswith('reportlab')], 'reportlab loaded'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_a_blueprint_prints_its_three_lines_by_name() -> None:
    from journeydesigner.templates import instantiate

    project = instantiate("service-blueprint")
    result = render_pdf(project, project.maps, PdfOptions(page_setup("A4"), "fit"))
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(result.data)).pages)
    for name in ("LINE OF INTERACTION", "LINE OF VISIBILITY", "LINE OF INTERNAL INTERACTION"):
        assert name in text


def test_stage_vote_totals_are_printed_as_on_the_canvas(example: Project) -> None:
    voted = example.model_copy(deep=True)
    journey_map = voted.maps[0]
    first_steps = {step.id for step in journey_map.stages[0].steps}
    for card in journey_map.cards:
        if card.step_id in first_steps:
            card.votes = 3
    total = 3 * sum(card.step_id in first_steps for card in journey_map.cards)
    with_votes = flat(pages_text(render_pdf(voted, [journey_map]).data)[0])
    without = flat(pages_text(render_pdf(example, [example.maps[0]]).data)[0])
    stage = journey_map.stages[0].name
    assert f"{stage} {total}" in with_votes
    assert f"{stage} {total}" not in without
