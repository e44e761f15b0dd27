"""Templates in four languages, the bundled examples, and the CLI that makes projects from them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from journeydesigner.cli import main
from journeydesigner.interop.csv_grid import map_to_csv, read_csv_map
from journeydesigner.io.load import read_project
from journeydesigner.layout.grid import layout_map
from journeydesigner.layout.style import TextStyle
from journeydesigner.model.checks import project_problems
from journeydesigner.model.elements import BLUEPRINT_LANE_KINDS, CARDLESS_LANE_KINDS
from journeydesigner.model.project import JourneyMap, Project
from journeydesigner.templates import (
    LANGUAGES,
    UnsupportedLanguageError,
    check_language,
    instantiate,
    list_templates,
)

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "resources" / "templates"
EXAMPLES = ROOT / "resources" / "examples"
NAMES = sorted(path.stem for path in TEMPLATES.glob("*.journey"))
TRANSLATED = [code for code in LANGUAGES if code != "en"]
BUNDLED = sorted(TEMPLATES.rglob("*.journey")) + sorted(EXAMPLES.glob("*.journey"))


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    status = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return status, out, err


def english_names(kind: str) -> set[str]:
    """Every stage and step name (kind="stages") or lane title (kind="lanes") in English."""
    names: set[str] = set()
    for name in NAMES:
        journey_map = instantiate(name).maps[0]
        if kind == "stages":
            names |= {stage.name for stage in journey_map.stages}
            names |= {step.name for step in journey_map.steps() if step.name}
        else:
            names |= {lane.title for lane in journey_map.lanes}
    return names


def shape(project: Project) -> list[object]:
    """The ids and kinds of a project, without any text."""
    return [
        (
            m.id,
            m.kind,
            m.persona_ids,
            [(s.id, [step.id for step in s.steps]) for s in m.stages],
            [(lane.id, lane.kind) for lane in m.lanes],
        )
        for m in project.maps
    ] + [p.id for p in project.personas]


# ---------------------------------------------------------------------------------- templates


def test_every_language_has_every_template() -> None:
    assert NAMES == [
        "b2b-buying",
        "blank",
        "current-state",
        "day-in-the-life",
        "five-stage",
        "future-state",
        "journey-and-blueprint",
        "service-blueprint",
    ]
    for code in TRANSLATED:
        assert sorted(p.stem for p in (TEMPLATES / code).glob("*.journey")) == NAMES
        assert {t.language for t in list_templates(lang=code)} == {code}


@pytest.mark.parametrize("code", TRANSLATED)
@pytest.mark.parametrize("name", NAMES)
def test_a_translated_template_has_the_english_shape_and_no_english_names(
    name: str, code: str
) -> None:
    english = instantiate(name)
    project = instantiate(name, lang=code)

    assert shape(project) == shape(english)
    journey_map = project.maps[0]
    stage_names = {s.name for s in journey_map.stages} | {
        step.name for step in journey_map.steps() if step.name
    }
    assert not stage_names & english_names("stages")
    assert not {lane.title for lane in journey_map.lanes} & english_names("lanes")
    assert project.title != english.title
    assert journey_map.description
    assert journey_map.description != english.maps[0].description
    for persona, original in zip(project.personas, english.personas, strict=True):
        assert persona.name != original.name


@pytest.mark.parametrize(
    ("code", "stages"),
    [
        ("en", ["Awareness", "Consideration", "Purchase", "Retention", "Advocacy"]),
        ("pl", ["Świadomość", "Rozważenie", "Decyzja/zakup", "Retencja", "Rzecznictwo"]),
        ("zh_CN", ["认知", "考虑", "购买", "保留", "推荐"]),
        ("zh_TW", ["認知", "考慮", "購買", "保留", "宣傳"]),
    ],
)
def test_the_five_stage_template_uses_the_seed_vocabulary(code: str, stages: list[str]) -> None:
    journey_map = instantiate("five-stage", lang=code).maps[0]

    assert [stage.name for stage in journey_map.stages] == stages


def test_the_blueprint_rows_in_polish_and_traditional_chinese() -> None:
    pl = instantiate("service-blueprint", lang="pl").maps[0]
    tw = instantiate("service-blueprint", lang="zh_TW").maps[0]

    assert [lane.title for lane in pl.lanes] == [
        "Dowody fizyczne",
        "Działania klienta",
        "Front office",
        "Zaplecze",
        "Procesy wspierające",
    ]
    assert [lane.title for lane in tw.lanes] == ["有形展示", "顧客行為", "前台", "後台", "支援流程"]


def test_a_title_applies_to_a_translated_template() -> None:
    project = instantiate("five-stage", lang="zh_CN", title="我的旅程")

    assert project.title == "我的旅程"
    assert project.maps[0].title == "我的旅程"
    assert project.maps[0].stages[0].name == "认知"


def test_a_template_missing_in_a_language_falls_back_to_english(tmp_path: Path) -> None:
    for name in ("five-stage", "blank"):
        shutil.copy(TEMPLATES / f"{name}.journey", tmp_path)
    (tmp_path / "pl").mkdir()
    shutil.copy(TEMPLATES / "pl" / "five-stage.journey", tmp_path / "pl")

    listed = {t.name: t for t in list_templates(tmp_path, lang="pl")}
    blank = instantiate("blank", lang="pl", folder=tmp_path)
    five = instantiate("five-stage", lang="pl", folder=tmp_path)

    assert (listed["blank"].language, listed["five-stage"].language) == ("en", "pl")
    assert listed["blank"].description.startswith("Blank map")
    assert blank.maps[0].stages[0].name == "Stage 1"
    assert five.maps[0].stages[0].name == "Świadomość"
    assert [t.name for t in list_templates(tmp_path, lang="zh_TW")] == ["blank", "five-stage"]


@pytest.mark.parametrize("lang", ["fr", "zh", "", "english"])
def test_an_unsupported_language_is_refused_with_the_choices(lang: str) -> None:
    with pytest.raises(UnsupportedLanguageError) as caught:
        instantiate("five-stage", lang=lang)

    message = str(caught.value)
    assert repr(lang) in message
    for code in LANGUAGES:
        assert code in message


def test_language_codes_are_read_leniently() -> None:
    assert check_language(None) == "en"
    assert check_language("zh-tw") == "zh_TW"
    assert check_language("ZH_cn") == "zh_CN"
    assert check_language("PL") == "pl"


# ----------------------------------------------------------------------------------- examples


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_bundled_file_reads_without_problems(path: Path) -> None:
    project = read_project(path)

    assert project.maps
    assert project_problems(project) == []


def filled(journey_map: JourneyMap) -> None:
    """Every lane has content: cards in every step, a curve, or metrics on every stage."""
    for lane in journey_map.lanes:
        if lane.kind == "emotion":
            steps = {p.step_id for p in journey_map.emotion_points if p.lane_id == lane.id}
            assert steps == {step.id for step in journey_map.steps()}, lane.title
        elif lane.kind == "metrics":
            stages = {m.stage_id for m in journey_map.metrics if m.lane_id == lane.id}
            assert stages == {stage.id for stage in journey_map.stages}, lane.title
        else:
            assert lane.kind not in CARDLESS_LANE_KINDS
            assert any(c.lane_id == lane.id for c in journey_map.cards), lane.title


def test_the_sample_the_app_opens_is_still_the_english_guitar() -> None:
    from journeydesigner.paths import sample_project

    assert sample_project().name == "guitar-purchase.journey"
    assert read_project(sample_project()).maps[0].stages[0].name == "Awareness"


def test_the_traditional_chinese_guitar_example_translates_the_english_one() -> None:
    english = read_project(EXAMPLES / "guitar-purchase.journey")
    project = read_project(EXAMPLES / "guitar-purchase.zh_TW.journey")
    journey_map, original = project.maps[0], english.maps[0]

    assert shape(project) == shape(english)
    assert [s.name for s in journey_map.stages] == ["認知", "考慮", "購買", "保留", "宣傳"]
    assert [c.id for c in journey_map.cards] == [c.id for c in original.cards]
    assert not {c.text for c in journey_map.cards} & {c.text for c in original.cards}
    assert len(journey_map.emotion_points) == len(original.emotion_points)
    assert len(journey_map.metrics) == len(original.metrics)
    assert any(c.fail_point and c.recovery for c in journey_map.cards)
    assert project.personas[0].goals
    assert project.personas[0].name != "Maya"
    filled(journey_map)


def test_the_polish_smartphone_example_measures_every_stage() -> None:
    project = read_project(EXAMPLES / "smartphone-purchase.pl.journey")
    journey_map = project.maps[0]

    assert [s.name for s in journey_map.stages] == [
        "Świadomość",
        "Rozważenie",
        "Decyzja/zakup",
        "Retencja",
        "Rzecznictwo",
    ]
    filled(journey_map)
    assert project.personas
    assert journey_map.persona_ids == [project.personas[0].id]
    names = " ".join(m.name for m in journey_map.metrics).casefold()
    for word in ("seo", "wizyty", "ctr", "kliknięcia", "konwersja", "leady", "lojalność"):
        assert word in names
    for word in ("satysfakcja", "opinie", "polecenia"):
        assert word in names
    assert all(m.target is not None for m in journey_map.metrics)
    assert {m.on_target for m in journey_map.metrics} == {True, False}
    assert any(c.fail_point and c.recovery for c in journey_map.cards)
    assert any(c.owner for c in journey_map.cards)


class FixedMeasure:
    def width(self, text: str, style: TextStyle) -> float:
        return len(text) * style.size * 0.55


def test_the_blueprint_example_is_a_complete_service_blueprint() -> None:
    journey_map = read_project(EXAMPLES / "online-order-blueprint.journey").maps[0]
    lanes = {lane.id: lane for lane in journey_map.lanes}
    cards = {card.id: card for card in journey_map.cards}

    assert journey_map.kind == "service_blueprint"
    assert {lane.kind for lane in journey_map.lanes} == BLUEPRINT_LANE_KINDS
    layout = layout_map(journey_map, FixedMeasure())
    assert [line.kind for line in layout.lines] == ["interaction", "visibility", "internal"]
    for step in journey_map.steps():
        assert step.name
        for lane in journey_map.lanes:
            assert journey_map.cards_in(step.id, lane.id), (step.name, lane.title)
    assert all(card.evidence for card in journey_map.cards)
    actions = [c for c in journey_map.cards if lanes[c.lane_id].kind == "customer_actions"]
    assert all(card.duration_minutes for card in actions)
    below = [c for c in journey_map.cards if lanes[c.lane_id].kind in ("frontstage", "backstage")]
    assert all(card.owner for card in below)
    fail_points = [card for card in journey_map.cards if card.fail_point]
    assert len(fail_points) >= 2
    assert all(card.recovery for card in fail_points)
    connectors = journey_map.connectors
    assert len(connectors) >= 5
    assert any(c.two_way for c in connectors)
    assert any(c.label for c in connectors)
    crossing = {
        (lanes[cards[c.from_card].lane_id].kind, lanes[cards[c.to_card].lane_id].kind)
        for c in connectors
    }
    assert ("customer_actions", "frontstage") in crossing
    assert any(a != b for a, b in crossing)


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_the_polish_example_survives_a_csv_round_trip(delimiter: str) -> None:
    project = read_project(EXAMPLES / "smartphone-purchase.pl.journey")
    journey_map = project.maps[0]

    text, warnings = map_to_csv(journey_map, project.personas, delimiter=delimiter)
    imported = read_csv_map(text.encode("utf-8-sig"), "smartfon.csv").journey_map

    assert not [w for w in warnings if "line breaks" in w]  # details, not texts, are dropped
    assert imported.title == journey_map.title
    assert [(s.name, [step.name for step in s.steps]) for s in imported.stages] == [
        (s.name, [step.name for step in s.steps]) for s in journey_map.stages
    ]
    assert [(lane.title, lane.kind) for lane in imported.lanes] == [
        (lane.title, lane.kind) for lane in journey_map.lanes
    ]

    def texts(m: JourneyMap) -> list[list[list[str]]]:
        return [
            [[card.text for card in m.cards_in(step.id, lane.id)] for step in m.steps()]
            for lane in m.lanes
        ]

    assert texts(imported) == texts(journey_map)
    assert len(imported.emotion_points) == len(journey_map.emotion_points)
    assert [(m.name, m.value, m.target) for m in imported.metrics] == [
        (m.name, m.value, m.target) for m in journey_map.metrics
    ]


# ---------------------------------------------------------------------------------------- CLI


def test_cli_new_in_polish(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    output = tmp_path / "mapa.journey"

    status, out, err = run(capsys, "new", "--template", "five-stage", "--lang", "pl", "-o", output)

    assert (status, out, err) == (0, "", "")
    journey_map = read_project(output).maps[0]
    assert journey_map.stages[0].name == "Świadomość"
    assert journey_map.lanes[0].title == "Działania"
    assert run(capsys, "validate", output)[0] == 0


def test_cli_templates_in_traditional_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "templates", "--lang", "zh_TW")

    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert [line.split()[0] for line in lines] == NAMES
    descriptions = {t.name: t.description for t in list_templates(lang="zh_TW")}
    for line in lines:
        name, description = line.split(maxsplit=1)
        assert description == descriptions[name]
    assert "服務藍圖" in descriptions["service-blueprint"]


@pytest.mark.parametrize("command", ["templates", "new"])
def test_cli_refuses_an_unsupported_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str
) -> None:
    output = tmp_path / "x.journey"
    args = ["new", "--template", "blank", "-o", str(output)] if command == "new" else [command]
    with pytest.raises(SystemExit) as caught:
        main([*args, "--lang", "de"])

    _, err = capsys.readouterr()
    assert caught.value.code == 2
    assert "Traceback" not in err
    assert "'de'" in err
    assert "en, pl, zh_CN, zh_TW" in err
    assert not output.exists()
