"""Loading and saving `.journey` files: canonical bytes, and clear refusals of anything doubtful."""

from __future__ import annotations

import base64
import errno
import json
import os
import re
import struct
import zlib
from pathlib import Path

import pytest
from builders import small_project
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeydesigner.errors import (
    JourneyError,
    NewerVersionError,
    ProjectFileError,
    ProjectFormatError,
)
from journeydesigner.io import parse_project, read_project, serialise_project
from journeydesigner.io.load import read_bytes
from journeydesigner.model import FORMAT_VERSION, EmbeddedImage, Project, limits

V = FORMAT_VERSION
"""The current file format version, as written by serialise_project."""

SMALL = small_project()
DATA = serialise_project(SMALL)
TEXT = DATA.decode("utf-8")
NAME = "broken.journey"


def read_error(tmp_path: Path, data: bytes | str, name: str = NAME) -> ProjectFileError:
    """Write `data` to a file, read it and return the ProjectFileError; nothing else may escape."""
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    with pytest.raises(ProjectFileError) as info:
        read_project(path)
    assert name in str(info.value)
    assert info.value.source == str(path)
    return info.value


def edited(old: str, new: str, count: int = 1) -> str:
    """The small project's text with `old` replaced (which must occur)."""
    assert TEXT.count(old) >= count, old
    return TEXT.replace(old, new, count)


def problem_paths(error: ProjectFileError) -> list[str]:
    assert isinstance(error, ProjectFormatError)
    return [problem.path for problem in error.problems]


def tiny_png() -> bytes:
    def chunk(kind: bytes, payload: bytes) -> bytes:
        crc = zlib.crc32(kind + payload) & 0xFFFFFFFF
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
        + chunk(b"IEND", b"")
    )


# --- the canonical bytes -------------------------------------------------------------------------


def test_the_small_project_round_trips_byte_identically():
    loaded = parse_project(DATA, "small.journey")
    assert loaded == SMALL
    assert serialise_project(loaded) == DATA


def test_saving_twice_gives_the_same_bytes():
    assert serialise_project(small_project()) == serialise_project(small_project())


def test_output_is_two_space_indented_json_with_one_trailing_newline():
    assert DATA.endswith(b"}\n")
    assert not DATA.endswith(b"\n\n")
    assert "\r" not in TEXT
    assert TEXT.startswith(f'{{\n  "format": "journeydesigner",\n  "version": {V},\n')
    # The same layout as the standard library's 2-space indent, line for line.
    assert json.dumps(json.loads(TEXT), indent=2, ensure_ascii=False) + "\n" == TEXT
    for line in TEXT.splitlines():
        indent = len(line) - len(line.lstrip(" "))
        assert indent % 2 == 0, line
        assert not line.endswith(" "), line


def test_output_is_utf8_with_non_ascii_written_as_itself():
    assert "Płatność kartą odrzucona — 付款失敗".encode() in DATA
    assert b"\\u" not in DATA
    assert TEXT.isascii() is False


def test_the_header_comes_first_and_fields_keep_model_order():
    document = json.loads(TEXT)
    assert list(document) == [
        "format",
        "version",
        "title",
        "created",
        "modified",
        "personas",
        "maps",
    ]
    assert document["created"] == "2026-11-01T09:30:00Z"
    assert list(document["maps"][0])[:3] == ["id", "title", "kind"]


def test_defaults_are_left_out_but_every_kind_is_written():
    document = json.loads(TEXT)
    journey_map = document["maps"][0]
    assert all("kind" in lane for lane in journey_map["lanes"])
    assert journey_map["kind"] == "current_state"
    first_card = journey_map["cards"][0]
    assert first_card == {
        "id": "c1",
        "step_id": "aw",
        "lane_id": "doing",
        "text": "Sees an ad on YouTube",
    }
    assert "variant" not in journey_map["emotion_points"][0]
    assert '"fail_point": false' not in TEXT


def test_a_project_with_an_embedded_picture_round_trips():
    project = small_project()
    picture = base64.b64encode(tiny_png()).decode("ascii")
    project.personas[0].photo = EmbeddedImage(
        media_type="image/png", data=picture, description="Anna"
    )
    data = serialise_project(project)
    loaded = parse_project(data)
    assert loaded == project
    assert loaded.personas[0].photo.raw_bytes() == tiny_png()
    assert serialise_project(loaded) == data


def test_an_empty_project_round_trips():
    project = Project.new("Nothing yet", at=SMALL.created)
    data = serialise_project(project)
    assert parse_project(data) == project
    assert serialise_project(parse_project(data)) == data


# Text people type: Polish, CJK, right-to-left, emoji (with joiners and skin tones), combining
# marks, zero-width characters and control characters, plus anything else except lone surrogates.
SAMPLES = [
    "Zażółć gęślą jaźń",
    "付款失敗，請再試一次",
    "ご購入ありがとうございます",
    "שלום עולם",
    "مرحبا",
    "🎸🔥👩🏽‍💻🇵🇱",
    "e\u0301 n\u0303 a\u0308\u0304",
    "zero\u200bwidth\u200d",
    "tab\tnew\nline\r\u0000\u001f",
    '"quotes" and \\backslashes\\ </script>',
    "\u2028\u2029\ufeff\uffff",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𐍈",
]
ANY_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=60)
TEXTS = st.one_of(
    st.sampled_from(SAMPLES), ANY_TEXT, st.lists(st.sampled_from(SAMPLES)).map("".join)
)
NAMES = TEXTS.map(lambda text: text[:200]).filter(bool)
TAGS = st.lists(
    st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=50), max_size=5
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    card_text=TEXTS,
    title=NAMES,
    map_title=NAMES,
    stage_name=NAMES,
    step_name=TEXTS.map(lambda text: text[:200]),
    quote=TEXTS,
    note=TEXTS,
    tags=TAGS,
    score=st.floats(min_value=-2, max_value=2, allow_nan=False),
    value=st.floats(min_value=-1e15, max_value=1e15, allow_nan=False),
    duration=st.floats(min_value=0, max_value=limits.DURATION_MAX_MINUTES, allow_nan=False),
)
def test_any_text_and_number_round_trips_byte_identically(
    card_text, title, map_title, stage_name, step_name, quote, note, tags, score, value, duration
):
    project = small_project()
    journey_map = project.maps[0]
    project.title = title
    project.personas[0].quote = quote
    journey_map.title = map_title
    journey_map.stages[1].name = stage_name
    journey_map.stages[1].steps[0].name = step_name
    journey_map.cards[0].text = card_text
    journey_map.cards[3].tags = tags
    journey_map.emotion_points[0].note = note
    journey_map.emotion_points[0].score = score
    journey_map.metrics[0].value = value
    journey_map.cards[3].duration_minutes = duration

    data = serialise_project(project)  # the file
    loaded = parse_project(data, "generated.journey")  # -> the model
    assert loaded == project
    assert serialise_project(loaded) == data  # -> the same file
    assert loaded.maps[0].cards[0].text == card_text


# --- read_project: what cannot be read at all ----------------------------------------------------


def test_a_missing_file_is_reported(tmp_path):
    path = tmp_path / "nowhere.journey"
    with pytest.raises(ProjectFileError, match="no such file") as info:
        read_project(path)
    assert "nowhere.journey" in str(info.value)


def test_a_folder_is_reported(tmp_path):
    folder = tmp_path / "folder.journey"
    folder.mkdir()
    with pytest.raises(ProjectFileError, match="is a folder, not a file") as info:
        read_project(folder)
    assert "folder.journey" in str(info.value)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_is_refused_without_blocking(tmp_path):
    pipe = tmp_path / "pipe.journey"
    os.mkfifo(pipe)
    with pytest.raises(ProjectFileError, match="not a regular file") as info:
        read_project(pipe)
    assert "pipe.journey" in str(info.value)


def test_a_device_is_refused():
    if not Path("/dev/null").exists():
        pytest.skip("no /dev/null")
    with pytest.raises(ProjectFileError, match="not a regular file"):
        read_project("/dev/null")


def test_permission_denied_on_open_is_reported(tmp_path, monkeypatch):
    path = tmp_path / "locked.journey"
    path.write_bytes(DATA)

    def refuse(self, *args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(ProjectFileError, match="permission denied") as info:
        read_project(path)
    assert "locked.journey" in str(info.value)


def test_an_io_error_on_read_is_reported(tmp_path, monkeypatch):
    path = tmp_path / "bad-disk.journey"
    path.write_bytes(DATA)

    def fail(self, *args, **kwargs):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(Path, "open", fail)
    with pytest.raises(ProjectFileError, match=r"cannot be read \(Input/output error\)"):
        read_project(path)


def test_read_project_accepts_a_string_path(tmp_path):
    path = tmp_path / "fine.journey"
    path.write_bytes(DATA)
    assert read_project(str(path)) == SMALL


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.journey"
    path.write_bytes(DATA)
    assert read_bytes(path, max_bytes=len(DATA)) == DATA
    with pytest.raises(ProjectFileError, match="are not opened") as info:
        read_bytes(path, max_bytes=len(DATA) - 1)
    assert "big.journey" in str(info.value)


def test_a_huge_sparse_file_is_refused_from_its_size(tmp_path):
    path = tmp_path / "huge.journey"
    with path.open("wb") as stream:
        stream.truncate(limits.FILE_BYTES + 1)
    with pytest.raises(ProjectFileError, match="files larger than 100 MB are not opened"):
        read_project(path)


# --- read_project: not a project -----------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", b" ", b"\n\n", b" \t\r\n  "])
def test_an_empty_or_blank_file_is_reported(tmp_path, data):
    assert "the file is empty" in str(read_error(tmp_path, data))


def test_a_truncated_file_is_said_to_end_too_early(tmp_path):
    error = read_error(tmp_path, DATA[: len(DATA) // 2])
    assert "ends too early" in str(error)


def test_a_file_cut_anywhere_is_said_to_end_too_early():
    for cut in range(1, len(DATA) - 1):
        with pytest.raises(ProjectFileError) as info:
            parse_project(DATA[:cut], NAME)
        assert "ends too early" in str(info.value), (cut, DATA[:cut][-30:], str(info.value))


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(20), "not UTF-8"),
        (b"PK\x03\x04" + bytes(26), "not valid JSON"),
        (b"<!DOCTYPE html><html><body>Hi</body></html>", "not valid JSON"),
        (b"title: Guitar shop\nversion: 1\n", "not valid JSON"),
        (b"hello", "not valid JSON"),
        (b'{"format": "journeydesigner"} trailing', "not valid JSON"),
    ],
)
def test_other_kinds_of_file_are_refused(tmp_path, data, reason):
    assert reason in str(read_error(tmp_path, data))


def test_comments_and_trailing_commas_are_refused_with_line_and_column(tmp_path):
    error = read_error(
        tmp_path, edited(f'  "version": {V},\n', f'  "version": {V}, // the format\n')
    )
    assert "not valid JSON" in str(error)
    assert "line 3" in str(error)
    error = read_error(tmp_path, edited('"A good first guitar"\n', '"A good first guitar",\n'))
    assert re.search(r"line \d+, column \d+", str(error))


def test_invalid_utf8_is_refused_with_the_byte_and_line(tmp_path):
    data = DATA.replace(b"Sees an ad", b"Sees an \xff\xfe ad")
    error = read_error(tmp_path, data)
    line = DATA[: DATA.index(b"Sees an ad")].count(b"\n") + 1
    assert f"is not UTF-8 text (invalid byte 0xFF on line {line})" in str(error)


def test_a_utf8_bom_is_accepted(tmp_path):
    path = tmp_path / "bom.journey"
    path.write_bytes(b"\xef\xbb\xbf" + DATA)
    assert read_project(path) == SMALL


@pytest.mark.parametrize(
    ("encoding", "name"),
    [
        ("utf-16", "UTF-16"),  # with the byte order mark Notepad writes
        ("utf-16-le", "UTF-16"),
        ("utf-16-be", "UTF-16"),
        ("utf-32", "UTF-32"),
        ("utf-32-be", "UTF-32"),
    ],
)
def test_utf16_and_utf32_are_refused_with_advice(tmp_path, encoding, name):
    data = ("\ufeff" if "-" in encoding else "") + TEXT
    error = read_error(tmp_path, data.encode(encoding))
    assert f"is saved as {name}; save it as UTF-8" in str(error)


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_literals_are_refused(tmp_path, literal):
    error = read_error(tmp_path, edited('"score": -2.0', f'"score": {literal}'))
    assert f"{literal.lstrip('-')} is not a number JSON allows" in str(error)


def test_a_number_too_large_for_a_float_is_refused_with_its_path(tmp_path):
    error = read_error(tmp_path, edited('"score": -2.0', '"score": 1e999'))
    assert problem_paths(error) == ["maps[0].emotion_points[1].score"]
    assert "finite number" in str(error)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            '"text": "Sees an ad on YouTube"',
            '"text": "Sees an ad on YouTube", "text": "Other"',
            "the key 'text' appears twice in the object with id 'c1'",
        ),
        ('"id": "c1",', '"id": "c1", "id": "c9",', "the key 'id' appears twice"),
        (f'"version": {V},', f'"version": {V}, "version": {V},', "the key 'version' appears twice"),
    ],
)
def test_duplicate_keys_are_refused_naming_the_key(tmp_path, old, new, message):
    assert message in str(read_error(tmp_path, edited(old, new)))


@pytest.mark.parametrize(
    "data",
    [
        "[" * 10_000 + "]" * 10_000,
        '{"a": ' * 10_000 + "1" + "}" * 10_000,
        '{"format": "journeydesigner", "version": 1, "title": ' + "[" * 10_000 + "]" * 10_000 + "}",
        TEXT.replace('"title": "Guitar shop"', '"title": ' + '[{"a": ' * 5_000 + "}]" * 5_000),
    ],
    ids=["arrays", "objects", "in-header", "in-project"],
)
def test_deep_nesting_is_refused_cleanly(tmp_path, data):
    assert "nested too deeply" in str(read_error(tmp_path, data))


@pytest.mark.parametrize("depth", [100, 500, 900])
def test_moderately_deep_nesting_in_a_field_is_a_format_problem(tmp_path, depth):
    error = read_error(
        tmp_path, edited('"title": "Guitar shop"', '"title": ' + "[" * depth + "]" * depth)
    )
    assert problem_paths(error) == ["title"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('"score": -2.0', '"score": ' + "9" * 5000),
        (f'"version": {V}', '"version": ' + "1" * 5000),
    ],
)
def test_a_5000_digit_integer_is_refused_without_hanging(tmp_path, old, new):
    assert "is not valid" in str(read_error(tmp_path, edited(old, new)))


@pytest.mark.parametrize(
    "escape", ["\\ud800", "\\udfff", "\\uD83D", "\\ud83d\\u0041", "\\ude00\\ud83d"]
)
def test_lone_surrogate_escapes_are_refused(tmp_path, escape):
    error = read_error(tmp_path, edited('"Sees an ad on YouTube"', f'"Sees an ad {escape}"'))
    assert "unpaired UTF-16 surrogate" in str(error)


def test_a_lone_surrogate_in_a_key_is_refused(tmp_path):
    error = read_error(
        tmp_path, edited('"title": "Guitar shop",', '"title": "Guitar shop", "\\ud800": 1,')
    )
    assert "unpaired UTF-16 surrogate" in str(error)


def test_an_escaped_surrogate_pair_is_accepted(tmp_path):
    path = tmp_path / "emoji.journey"
    path.write_text(
        edited('"Sees an ad on YouTube"', '"Sees an ad \\ud83d\\ude00 \\u0142"'), "utf-8"
    )
    project = read_project(path)
    assert project.maps[0].cards[0].text == "Sees an ad 😀 ł"
    assert "Sees an ad 😀 ł".encode() in serialise_project(project)


def test_an_escaped_backslash_before_u_is_not_a_surrogate(tmp_path):
    path = tmp_path / "backslash.journey"
    path.write_text(edited('"Sees an ad on YouTube"', '"C:\\\\ud800"'), "utf-8")
    assert read_project(path).maps[0].cards[0].text == "C:\\ud800"


@pytest.mark.parametrize(
    "document", ["[]", "[" + TEXT + "]", '"journeydesigner"', "1", "null", "true"]
)
def test_a_top_level_value_other_than_an_object_is_refused(tmp_path, document):
    assert "no JSON object at the top" in str(read_error(tmp_path, document))


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ("{}", 'it has no "format" field'),
        ('{"version": 1, "title": "x"}', 'it has no "format" field'),
        ('{"format": null, "version": 1}', 'it has no "format" field'),
        (
            '{"format": "excalidraw", "version": 2}',
            "is a 'excalidraw' file, not a Journey Designer",
        ),
        ('{"format": "JourneyDesigner", "version": 1}', "not a Journey Designer project"),
        ('{"format": 1, "version": 1}', "is a '1' file"),
        ('{"format": "' + "x" * 500 + '"}', "is a '" + "x" * 40 + "' file"),
    ],
)
def test_a_missing_or_other_format_is_refused(tmp_path, document, message):
    error = read_error(tmp_path, document)
    assert message in str(error)
    assert not isinstance(error, ProjectFormatError)  # one clear line, not a list of problems


@pytest.mark.parametrize("version", ["missing", '"1"', "1.0", "true", "false", "null", "[1]", "{}"])
def test_a_missing_or_non_integer_version_is_refused(tmp_path, version):
    if version == "missing":
        document = edited(f'  "version": {V},\n', "")
    else:
        document = edited(f'"version": {V},', f'"version": {version},')
    assert '"version" must be a whole number' in str(read_error(tmp_path, document))


@pytest.mark.parametrize("version", [V + 1, V + 2, 99, 10**30])
def test_a_version_from_the_future_asks_to_update(tmp_path, version):
    error = read_error(tmp_path, edited(f'"version": {V},', f'"version": {version},'))
    assert isinstance(error, NewerVersionError)
    assert isinstance(error, ProjectFormatError)
    assert "saved by a newer Journey Designer" in str(error)
    assert f"file format {version}" in str(error)
    assert "Update Journey Designer to open it" in str(error)
    assert problem_paths(error) == ["version"]


def test_a_newer_file_with_unknown_content_is_still_reported_as_newer(tmp_path):
    document = json.loads(TEXT)
    document["version"] = V + 1
    document["maps"][0]["swimlanes"] = [{"new": True}]
    document["title"] = {"i18n": {"pl": "Sklep"}}
    error = read_error(tmp_path, json.dumps(document))
    assert isinstance(error, NewerVersionError)


@pytest.mark.parametrize("version", [0, -1])
def test_version_zero_or_below_is_unknown(tmp_path, version):
    error = read_error(tmp_path, edited(f'"version": {V},', f'"version": {version},'))
    assert f"has an unknown format version {version}" in str(error)
    assert not isinstance(error, NewerVersionError)


# --- read_project: a project with problems -------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "path", "message"),
    [
        ('"title": "Guitar shop"', '"title": 5', "title", "valid string"),
        ('"title": "Guitar shop"', '"title": ""', "title", "must not be empty"),
        ('"score": -2.0', '"score": "1.5"', "maps[0].emotion_points[1].score", "valid number"),
        ('"score": -2.0', '"score": true', "maps[0].emotion_points[1].score", "valid number"),
        ('"order": 1', '"order": 1.0', "maps[0].cards[1].order", "valid integer"),
        ('"order": 1', '"order": "1"', "maps[0].cards[1].order", "valid integer"),
        (
            '"moment_of_truth": true',
            '"moment_of_truth": 1',
            "maps[0].stages[1].moment_of_truth",
            "valid boolean",
        ),
        (
            '"persona_ids": [\n        "anna"\n      ]',
            '"persona_ids": "anna"',
            "maps[0].persona_ids",
            "valid list",
        ),
        ('"created": "2026-11-01T09:30:00Z"', '"created": "yesterday"', "created", "ISO 8601"),
        (
            '"created": "2026-11-01T09:30:00Z"',
            '"created": "2026-11-01T09:30:00"',
            "created",
            "timezone",
        ),
        (
            '"kind": "actions"',
            '"kind": "swimlane"',
            "maps[0].lanes[0].kind",
            "'swimlane' is not allowed",
        ),
        ('"id": "c1"', '"id": "../c1"', "maps[0].cards[0].id", "is not a valid id"),
        ('"id": "c1"', '"id": ""', "maps[0].cards[0].id", "must not be empty"),
        ('"score": -2.0', '"score": -200', "maps[0].emotion_points[1].score", "within ±100"),
        (
            '"scale": {}',
            '"scale": {"min": 2, "max": 1}',
            "maps[0].lanes[2].scale",
            "must be below max",
        ),
    ],
)
def test_wrong_values_are_refused_with_their_path(tmp_path, old, new, path, message):
    error = read_error(tmp_path, edited(old, new))
    assert problem_paths(error) == [path]
    assert message in error.problems[0].message
    assert f"{NAME}: {path}: " in str(error)


def test_an_unknown_field_is_refused_and_named(tmp_path):
    error = read_error(
        tmp_path,
        edited('"text": "Orders a guitar"', '"text": "Orders a guitar", "colour_name": "red"'),
    )
    assert problem_paths(error) == ["maps[0].cards[2].colour_name"]
    assert f"is not a field of the Journey Designer format (version {V})" in str(error)


def test_a_missing_field_is_named(tmp_path):
    document = json.loads(TEXT)
    del document["maps"][0]["lanes"][0]["kind"]
    error = read_error(tmp_path, json.dumps(document))
    assert problem_paths(error) == ["maps[0].lanes[0].kind"]
    assert "is missing" in str(error)


def test_a_string_over_the_limit_is_named(tmp_path):
    long_text = "x" * (limits.TEXT_LENGTH + 1)
    error = read_error(tmp_path, edited('"Watches a review"', f'"{long_text}"'))
    assert problem_paths(error) == ["maps[0].cards[1].text"]
    assert "is longer than 10000 characters" in str(error)


def test_dangling_references_are_refused_with_their_path(tmp_path):
    error = read_error(tmp_path, edited('"step_id": "pay"', '"step_id": "gone"', 2))
    assert problem_paths(error) == ["maps[0].cards[3].step_id", "maps[0].emotion_points[1].step_id"]
    assert "step 'gone' does not exist" in str(error)


def test_format_errors_give_one_line_per_problem(tmp_path):
    document = TEXT.replace('"to_card": "c4"', '"to_card": "c3"').replace(
        '"lane_id": "pains"', '"lane_id": "nowhere"'
    )
    path = tmp_path / NAME
    path.write_text(document, "utf-8")
    with pytest.raises(ProjectFormatError) as info:
        read_project(path)
    error = info.value
    assert error.lines() == [
        f"{path}: maps[0].cards[3].lane_id: lane 'nowhere' does not exist",
        f"{path}: maps[0].connectors[0].to_card: a connector cannot join a card to itself",
    ]
    assert (
        str(error)
        == f"{path}: maps[0].cards[3].lane_id: lane 'nowhere' does not exist (and 1 more problem)"
    )


def test_the_count_of_further_problems_is_plural(tmp_path):
    document = TEXT.replace('"lane_id": "doing"', '"lane_id": "nowhere"')
    error = read_error(tmp_path, document)
    assert len(error.lines()) == 3
    assert str(error).endswith("(and 2 more problems)")
    assert all(line.startswith(f"{error.source}: maps[0].cards[") for line in error.lines())


def test_a_plain_file_error_is_one_line():
    error = ProjectFileError("x.journey", "no such file")
    assert isinstance(error, JourneyError)
    assert error.lines() == ["x.journey: no such file"]


def test_parse_project_names_bytes_without_a_file():
    with pytest.raises(ProjectFileError, match=r"^<data>: the file is empty$"):
        parse_project(b"")


# --- fuzzing: nothing but a Project or a ProjectFileError ----------------------------------------

MUTATION = st.tuples(
    st.sampled_from(["flip", "set", "insert", "delete"]),
    st.integers(min_value=0, max_value=len(DATA) - 1),
    st.integers(min_value=0, max_value=255),
)
INTERESTING_BYTES = b'{}[]",:0-.eE\\tfn \n\xff\xc3\xef\xbb\xbf\x00'


def mutate(data: bytes, mutations, cut) -> bytes:
    buffer = bytearray(data)
    for kind, position, value in mutations:
        position %= max(len(buffer), 1)
        if kind == "flip" and buffer:
            buffer[position] ^= 1 << (value % 8)
        elif kind == "set" and buffer:
            buffer[position] = value
        elif kind == "insert":
            buffer.insert(position, INTERESTING_BYTES[value % len(INTERESTING_BYTES)])
        elif kind == "delete" and buffer:
            del buffer[position]
    return bytes(buffer if cut is None else buffer[:cut])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    mutations=st.lists(MUTATION, min_size=1, max_size=8),
    cut=st.one_of(st.none(), st.integers(min_value=0, max_value=len(DATA))),
)
def test_mutated_files_load_or_fail_cleanly(mutations, cut):
    data = mutate(DATA, mutations, cut)
    failure = None
    try:
        project = parse_project(data, "fuzz.journey")
    except ProjectFileError as error:  # anything else escapes and fails the test
        failure = error
    if failure is not None:
        assert str(failure).startswith("fuzz.journey: ")
        assert all(line.startswith("fuzz.journey: ") for line in failure.lines())
        return
    assert isinstance(project, Project)
    serialise_project(project)  # whatever loads can be saved again
