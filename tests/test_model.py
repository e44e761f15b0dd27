"""The Qt-free model: what one object accepts, and what project_problems finds across objects."""

from __future__ import annotations

import base64
import math
import struct
import zlib
from typing import get_args

import pytest
from builders import small_map, small_project
from pydantic import ValidationError

from journeydesigner.model import (
    BLUEPRINT_LANE_KINDS,
    CARDLESS_LANE_KINDS,
    DEFAULT_SCALE,
    FORMAT_VERSION,
    LANE_KINDS,
    MAP_KINDS,
    Card,
    Connector,
    EmbeddedImage,
    EmotionPoint,
    EmotionScale,
    JourneyMap,
    Lane,
    LaneKind,
    MapKind,
    Metric,
    Persona,
    Problem,
    Project,
    Stage,
    Step,
    is_valid_id,
    limits,
    map_problems,
    project_problems,
)
from journeydesigner.model.images import ImageError, sniff_image

# --- helpers -------------------------------------------------------------------------------------


def errors_of(make) -> list[dict]:
    """The pydantic errors raised by `make()`."""
    with pytest.raises(ValidationError) as info:
        make()
    return info.value.errors()


def only_error(make) -> dict:
    errors = errors_of(make)
    assert len(errors) == 1, errors
    return errors[0]


def png_bytes(width: int = 2, height: int = 3) -> bytes:
    """A real (decodable) RGB PNG, built chunk by chunk."""

    def chunk(kind: bytes, payload: bytes) -> bytes:
        crc = zlib.crc32(kind + payload) & 0xFFFFFFFF
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", crc)

    rows = b"".join(b"\x00" + bytes(3 * width) for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def png_header(width: int, height: int) -> bytes:
    """Only the signature and IHDR of a PNG: enough to claim a size without any pixels."""
    payload = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    crc = zlib.crc32(b"IHDR" + payload) & 0xFFFFFFFF
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + payload + struct.pack(">I", crc)


def _segment(marker: int, payload: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def jpeg_bytes(width: int = 3, height: int = 2, *, sof: int = 0xC0) -> bytes:
    """A real baseline grey JPEG: every 8×8 block is flat grey (DC 0, end of block at once)."""
    quantisation = _segment(0xDB, b"\x00" + bytes([1] * 64))
    frame = _segment(sof, struct.pack(">BHHB", 8, height, width, 1) + b"\x01\x11\x00")
    one_code = bytes([1] + [0] * 15)  # a single Huffman code of length 1, for symbol 0
    huffman = _segment(0xC4, b"\x00" + one_code + b"\x00" + b"\x10" + one_code + b"\x00")
    scan_header = _segment(0xDA, b"\x01\x01\x00\x00\x3f\x00")
    blocks = -(-width // 8) * -(-height // 8)
    bits = "00" * blocks  # DC difference category 0, then end of block, per block
    bits += "1" * (-len(bits) % 8)
    scan = bytes(int(bits[i : i + 8], 2) for i in range(0, len(bits), 8))
    return (
        b"\xff\xd8"
        + _segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
        + quantisation
        + frame
        + huffman
        + scan_header
        + scan
        + b"\xff\xd9"
    )


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def paths(problems: list[Problem]) -> list[str]:
    return [problem.path for problem in problems]


def problems_after(change) -> list[Problem]:
    """The cross-reference problems of the small project after `change(project, its map)`."""
    project = small_project()
    change(project, project.maps[0])
    return project_problems(project)


# --- ids -----------------------------------------------------------------------------------------

VALID_IDS = ["a", "Z", "0", "A-b_9", "map-1", "x" * limits.ID_LENGTH]
INVALID_IDS = [
    "",
    "../x",
    "a/b",
    "a\\b",
    "\u0000",
    "a\u0000b",
    "a b",
    "a.b",
    "zażółć",
    "付款",
    "🎸",
    "abc\n",
    "\nabc",
    "<script>",
    "x" * (limits.ID_LENGTH + 1),
    "x" * 10_000,
]


@pytest.mark.parametrize("value", VALID_IDS)
def test_valid_ids_are_accepted(value):
    assert Step(id=value).id == value
    assert is_valid_id(value)


@pytest.mark.parametrize("value", INVALID_IDS)
def test_invalid_ids_are_refused(value):
    error = only_error(lambda: Step(id=value))
    assert error["loc"] == ("id",)
    assert error["type"] in {"string_pattern_mismatch", "string_too_short", "string_too_long"}


@pytest.mark.parametrize("value", INVALID_IDS)
def test_is_valid_id_agrees_with_the_model(value):
    assert not is_valid_id(value)


@pytest.mark.parametrize(
    ("make", "loc"),
    [
        (lambda v: Card(id="c", step_id=v, lane_id="l"), ("step_id",)),
        (lambda v: Card(id="c", step_id="s", lane_id=v), ("lane_id",)),
        (lambda v: EmotionPoint(lane_id="l", step_id="s", persona_id=v, score=0), ("persona_id",)),
        (lambda v: Metric(id="m", stage_id=v, lane_id="l", name="M"), ("stage_id",)),
        (lambda v: Connector(id="k", from_card="a", to_card=v), ("to_card",)),
        (
            lambda v: JourneyMap(id="m", title="T", kind="current_state", persona_ids=[v]),
            ("persona_ids", 0),
        ),
        (lambda v: Persona(id=v, name="P"), ("id",)),
        (lambda v: Lane(id=v, title="L", kind="actions"), ("id",)),
    ],
)
def test_references_follow_the_id_rule_too(make, loc):
    error = only_error(lambda: make("../x"))
    assert error["loc"] == loc
    assert error["type"] == "string_pattern_mismatch"


def test_assigning_an_invalid_id_is_refused_and_the_old_one_kept():
    step = Step(id="aw")
    with pytest.raises(ValidationError):
        step.id = "../x"
    assert step.id == "aw"


# --- colours -------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["#000000", "#FFFFFF", "#a1B2c3", None])
def test_valid_colours_are_accepted(value):
    assert Card(id="c", step_id="s", lane_id="l", colour=value).colour == value
    assert Lane(id="l", title="L", kind="actions", colour=value).colour == value


@pytest.mark.parametrize(
    "value",
    ["red", "#fff", "#ggg000", "#1234567", "123456", "#12345 ", "#123456\n", "", "rgb(1,2,3)"],
)
@pytest.mark.parametrize("model", [Card, Lane, Persona, Stage])
def test_invalid_colours_are_refused(model, value):
    required = {
        Card: {"id": "c", "step_id": "s", "lane_id": "l"},
        Lane: {"id": "l", "title": "L", "kind": "actions"},
        Persona: {"id": "p", "name": "P"},
        Stage: {"id": "s", "name": "S", "steps": [Step(id="t")]},
    }[model]
    error = only_error(lambda: model(**required, colour=value))
    assert error["loc"] == ("colour",)
    assert error["type"] == "string_pattern_mismatch"


# --- kinds and required fields -------------------------------------------------------------------


def test_the_kind_tuples_list_exactly_the_literal_values():
    assert set(LANE_KINDS) == set(get_args(LaneKind))
    assert len(LANE_KINDS) == len(set(LANE_KINDS))
    assert set(MAP_KINDS) == set(get_args(MapKind))
    assert set(LANE_KINDS) >= BLUEPRINT_LANE_KINDS
    assert set(CARDLESS_LANE_KINDS) == {"emotion", "metrics"}


@pytest.mark.parametrize("kind", LANE_KINDS)
def test_every_lane_kind_is_accepted(kind):
    lane = Lane(id="l", title="L", kind=kind)
    assert lane.kind == kind
    assert lane.holds_cards is (kind not in {"emotion", "metrics"})


@pytest.mark.parametrize("kind", ["swimlane", "Actions", "", "emotions", "pain-points"])
def test_unknown_lane_kinds_are_refused(kind):
    error = only_error(lambda: Lane(id="l", title="L", kind=kind))
    assert error["loc"] == ("kind",)
    assert error["type"] == "literal_error"


@pytest.mark.parametrize("kind", MAP_KINDS)
def test_every_map_kind_is_accepted(kind):
    assert JourneyMap(id="m", title="M", kind=kind).kind == kind


@pytest.mark.parametrize("kind", ["blueprint", "current-state", ""])
def test_unknown_map_kinds_are_refused(kind):
    error = only_error(lambda: JourneyMap(id="m", title="M", kind=kind))
    assert (error["loc"], error["type"]) == (("kind",), "literal_error")


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda: Lane(id="l", title="L"), "kind"),
        (lambda: JourneyMap(id="m", title="M"), "kind"),
        (lambda: Card(id="c", lane_id="l"), "step_id"),
        (lambda: Card(id="c", step_id="s"), "lane_id"),
        (lambda: Stage(id="s", name="S"), "steps"),
        (lambda: Persona(id="p"), "name"),
        (lambda: EmotionPoint(lane_id="l", step_id="s"), "score"),
        (lambda: Metric(id="m", stage_id="s", lane_id="l"), "name"),
        (lambda: Connector(id="k", from_card="a"), "to_card"),
        (lambda: EmbeddedImage(media_type="image/png"), "data"),
        (lambda: Step(), "id"),
    ],
)
def test_required_fields_are_required(make, field):
    error = only_error(make)
    assert (error["loc"], error["type"]) == ((field,), "missing")


def test_a_project_needs_its_header_fields():
    errors = errors_of(lambda: Project(title="T"))
    assert {(e["loc"][0], e["type"]) for e in errors} == {
        ("format", "missing"),
        ("version", "missing"),
        ("created", "missing"),
        ("modified", "missing"),
    }


def test_a_stage_needs_at_least_one_step():
    error = only_error(lambda: Stage(id="s", name="S", steps=[]))
    assert (error["loc"], error["type"]) == (("steps",), "too_short")


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda v: Persona(id="p", name=v), "name"),
        (lambda v: Stage(id="s", name=v, steps=[Step(id="t")]), "name"),
        (lambda v: Lane(id="l", title=v, kind="actions"), "title"),
        (lambda v: JourneyMap(id="m", title=v, kind="current_state"), "title"),
        (lambda v: Metric(id="m", stage_id="s", lane_id="l", name=v), "name"),
        (lambda v: Project.new(v), "title"),
    ],
)
def test_names_must_not_be_empty(make, field):
    error = only_error(lambda: make(""))
    assert (error["loc"], error["type"]) == ((field,), "string_too_short")


def test_a_step_name_may_be_empty():
    assert Step(id="s", name="").name == ""


def test_timestamps_need_a_time_zone():
    error = only_error(
        lambda: Project(
            format="journeydesigner",
            version=FORMAT_VERSION,
            title="T",
            created="2026-11-01T09:30:00",
            modified="2026-11-01T09:30:00Z",
        )
    )
    assert (error["loc"], error["type"]) == (("created",), "timezone_aware")


@pytest.mark.parametrize(
    ("field", "value"), [("format", "excalidraw"), ("version", FORMAT_VERSION + 1)]
)
def test_a_project_has_one_format_name_and_version(field, value):
    data = {
        "format": "journeydesigner",
        "version": FORMAT_VERSION,
        "title": "T",
        "created": "2026-11-01T09:30:00Z",
        "modified": "2026-11-01T09:30:00Z",
        field: value,
    }
    error = only_error(lambda: Project.model_validate(data))
    assert (error["loc"], error["type"]) == ((field,), "literal_error")


# --- emotion scales ------------------------------------------------------------------------------


def test_the_default_scale_runs_from_minus_two_to_two_without_labels():
    assert (DEFAULT_SCALE.min, DEFAULT_SCALE.max, DEFAULT_SCALE.labels) == (-2, 2, [])
    assert EmotionScale() == DEFAULT_SCALE


@pytest.mark.parametrize(("low", "high"), [(0, 0), (2, 2), (3, 1), (5, -5)])
def test_scale_min_must_be_below_max(low, high):
    error = only_error(lambda: EmotionScale(min=low, max=high))
    assert error["type"] == "value_error"
    assert f"min ({low}) must be below max ({high})" in error["msg"]


@pytest.mark.parametrize(("low", "high"), [(-100, 100), (1, 10), (0, 1), (-1, 0)])
def test_scales_within_the_bounds_are_accepted(low, high):
    scale = EmotionScale(min=low, max=high)
    assert (scale.min, scale.max) == (low, high)


@pytest.mark.parametrize(
    ("low", "high", "field"), [(-101, 0, "min"), (0, 101, "max"), (-1000, 1000, "min")]
)
def test_scale_bounds_stay_within_a_hundred(low, high, field):
    errors = errors_of(lambda: EmotionScale(min=low, max=high))
    assert (field,) in [e["loc"] for e in errors]


@pytest.mark.parametrize("count", [1, 4, 6, 11])
def test_scale_labels_must_name_every_level(count):
    error = only_error(lambda: EmotionScale(min=-2, max=2, labels=["x"] * count))
    assert error["type"] == "value_error"
    assert f"labels must name all 5 levels from -2 to 2, not {count}" in error["msg"]


def test_scale_labels_may_be_left_out_or_complete():
    assert EmotionScale(min=1, max=3).labels == []
    assert EmotionScale(min=1, max=3, labels=["bad", "ok", "good"]).labels == ["bad", "ok", "good"]


@pytest.mark.parametrize(
    ("scale", "level", "label"),
    [
        (EmotionScale(min=1, max=3, labels=["bad", "ok", "good"]), 1, "bad"),
        (EmotionScale(min=1, max=3, labels=["bad", "ok", "good"]), 2, "ok"),
        (EmotionScale(min=1, max=3, labels=["bad", "ok", "good"]), 3, "good"),
        (EmotionScale(min=1, max=3, labels=["bad", "ok", "good"]), 4, "4"),
        (EmotionScale(min=1, max=3, labels=["bad", "ok", "good"]), 0, "0"),
        (EmotionScale(min=-1, max=1, labels=["sad", "meh", "glad"]), -1, "sad"),
        (EmotionScale(min=-1, max=1, labels=["sad", "meh", "glad"]), 1, "glad"),
        (EmotionScale(min=-1, max=1, labels=["sad", "meh", "glad"]), 2, "+2"),
        (DEFAULT_SCALE, 2, "+2"),
        (DEFAULT_SCALE, 0, "0"),  # neutral needs no sign
        (DEFAULT_SCALE, -2, "-2"),
        (EmotionScale(min=1, max=10), 7, "7"),
        (EmotionScale(min=0, max=10), 0, "0"),
    ],
)
def test_label_for_names_a_level(scale, level, label):
    assert scale.label_for(level) == label


@pytest.mark.parametrize(
    ("score", "inside"), [(-2, True), (2, True), (0.5, True), (2.0001, False), (-3, False)]
)
def test_scale_contains_its_bounds(score, inside):
    assert DEFAULT_SCALE.contains(score) is inside


def test_a_refused_edit_leaves_the_scale_as_it_was():
    scale = EmotionScale(min=-2, max=2, labels=["a", "b", "c", "d", "e"])
    with pytest.raises(ValidationError, match="must be below max"):
        scale.min = 5
    with pytest.raises(ValidationError, match="labels must name all"):
        scale.labels = ["a"]
    assert (scale.min, scale.max, scale.labels) == (-2, 2, ["a", "b", "c", "d", "e"])
    scale.labels = []
    scale.min = -5
    assert (scale.min, scale.max, scale.labels) == (-5, 2, [])


# --- lanes ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", [kind for kind in LANE_KINDS if kind != "emotion"])
def test_only_an_emotion_lane_has_a_scale(kind):
    error = only_error(lambda: Lane(id="l", title="L", kind=kind, scale=EmotionScale()))
    assert error["type"] == "value_error"
    assert "only an emotion lane has a scale" in error["msg"]


def test_an_emotion_lane_uses_its_own_scale_or_the_default():
    own = EmotionScale(min=1, max=10)
    assert Lane(id="l", title="L", kind="emotion", scale=own).effective_scale == own
    assert Lane(id="l", title="L", kind="emotion").effective_scale == DEFAULT_SCALE


def test_changing_the_kind_of_a_lane_with_a_scale_is_refused_and_undone():
    lane = Lane(id="l", title="L", kind="emotion", scale=EmotionScale(min=1, max=5))
    with pytest.raises(ValidationError, match="only an emotion lane"):
        lane.kind = "actions"
    assert lane.kind == "emotion"
    assert lane.scale == EmotionScale(min=1, max=5)


def test_giving_a_scale_to_a_card_lane_is_refused_and_undone():
    lane = Lane(id="l", title="L", kind="thoughts")
    with pytest.raises(ValidationError):
        lane.scale = EmotionScale()
    assert lane.scale is None


@pytest.mark.parametrize(("field", "value"), [("height", 0), ("height", -1), ("height", 10_001)])
def test_lane_height_is_positive_and_bounded(field, value):
    error = only_error(lambda: Lane(id="l", title="L", kind="actions", **{field: value}))
    assert error["loc"] == (field,)


# --- metrics -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "target", "higher_is_better", "expected"),
    [
        (3, 3, True, True),
        (3.5, 3, True, True),
        (2.5, 3, True, False),
        (-5, -4, True, False),
        (3, 3, False, True),
        (2, 3, False, True),
        (4, 3, False, False),
        (-5, -4, False, True),
        (None, 3, True, None),
        (None, 3, False, None),
        (2, None, True, None),
        (2, None, False, None),
        (None, None, True, None),
        (0, 0, True, True),
    ],
)
def test_metric_on_target(value, target, higher_is_better, expected):
    metric = Metric(
        id="m",
        stage_id="s",
        lane_id="l",
        name="NPS",
        value=value,
        target=target,
        higher_is_better=higher_is_better,
    )
    assert metric.on_target is expected


@pytest.mark.parametrize("field", ["value", "target"])
@pytest.mark.parametrize("number", [1e16, -1e16, 1e308])
def test_metric_numbers_are_bounded(field, number):
    error = only_error(
        lambda: Metric(id="m", stage_id="s", lane_id="l", name="M", **{field: number})
    )
    assert error["loc"] == (field,)


def test_metric_unit_is_short():
    assert Metric(id="m", stage_id="s", lane_id="l", name="M", unit="u" * 20).unit == "u" * 20
    error = only_error(lambda: Metric(id="m", stage_id="s", lane_id="l", name="M", unit="u" * 21))
    assert (error["loc"], error["type"]) == (("unit",), "string_too_long")


# --- embedded images -----------------------------------------------------------------------------


def test_the_png_builder_makes_a_png_the_sniffer_reads():
    info = sniff_image(png_bytes(2, 3))
    assert (info.media_type, info.width, info.height) == ("image/png", 2, 3)


@pytest.mark.parametrize(("width", "height"), [(3, 2), (1, 1), (17, 9)])
def test_the_jpeg_builder_makes_a_jpeg_the_sniffer_reads(width, height):
    info = sniff_image(jpeg_bytes(width, height))
    assert (info.media_type, info.width, info.height) == ("image/jpeg", width, height)


def test_a_valid_png_is_accepted_and_decodes_to_the_same_bytes():
    data = png_bytes()
    image = EmbeddedImage(media_type="image/png", data=b64(data), description="A chart")
    assert image.raw_bytes() == data


def test_a_valid_jpeg_is_accepted():
    data = jpeg_bytes()
    assert EmbeddedImage(media_type="image/jpeg", data=b64(data)).raw_bytes() == data


def test_a_progressive_jpeg_is_recognised():
    info = sniff_image(jpeg_bytes(40, 30, sof=0xC2))
    assert (info.width, info.height) == (40, 30)


def test_jpeg_fill_bytes_and_marker_only_segments_are_skipped():
    data = jpeg_bytes(5, 4)
    padded = data[:2] + b"\xff\xff\xff\xd0" + data[2:]  # fill bytes, then RST0 (no length)
    assert (sniff_image(padded).width, sniff_image(padded).height) == (5, 4)


def test_a_picture_may_be_a_persona_photo_or_on_a_card():
    photo = EmbeddedImage(media_type="image/png", data=b64(png_bytes()))
    assert Persona(id="p", name="P", photo=photo).photo == photo
    assert Card(id="c", step_id="s", lane_id="l", image=photo).image == photo


@pytest.mark.parametrize("data", ["not base64!", "iVBORw0KGgo", "QUJD\n", "QU JD", "====", "é"])
def test_invalid_base64_is_refused(data):
    error = only_error(lambda: EmbeddedImage(media_type="image/png", data=data))
    assert "not valid base64" in error["msg"]


def test_empty_image_data_is_refused():
    error = only_error(lambda: EmbeddedImage(media_type="image/png", data=""))
    assert (error["loc"], error["type"]) == (("data",), "string_too_short")


@pytest.mark.parametrize(
    ("declared", "data", "actual"),
    [
        ("image/jpeg", png_bytes(), "image/png"),
        ("image/png", jpeg_bytes(), "image/jpeg"),
    ],
)
def test_the_media_type_must_match_the_bytes(declared, data, actual):
    error = only_error(lambda: EmbeddedImage(media_type=declared, data=b64(data)))
    assert f"the data is {actual}, not {declared}" in error["msg"]


@pytest.mark.parametrize(
    "media_type", ["image/gif", "image/svg+xml", "image/PNG", "image/jpg", "text/html", ""]
)
def test_other_media_types_are_refused(media_type):
    error = only_error(lambda: EmbeddedImage(media_type=media_type, data=b64(png_bytes())))
    assert (error["loc"], error["type"]) == (("media_type",), "literal_error")


@pytest.mark.parametrize(
    "data",
    [
        b"hello, world",
        b"GIF89a\x01\x00\x01\x00\x00\x00\x00;",
        b'<svg xmlns="http://www.w3.org/2000/svg"><image href="file:///etc/passwd"/></svg>',
        b"PK\x03\x04" + bytes(30),
        b"\x00",
    ],
)
def test_data_that_is_not_a_png_or_jpeg_is_refused(data):
    error = only_error(lambda: EmbeddedImage(media_type="image/png", data=b64(data)))
    assert "not a PNG or JPEG image" in error["msg"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n", "the PNG image is truncated or damaged"),
        (png_header(2, 3)[:20], "the PNG image is truncated or damaged"),
        (b"\x89PNG\r\n\x1a\n" + bytes(4) + b"IDAT" + bytes(8), "the PNG image is truncated"),
        (png_header(0, 5), "the image has no pixels"),
        (png_header(5, 0), "the image has no pixels"),
    ],
)
def test_damaged_pngs_are_refused(data, message):
    error = only_error(lambda: EmbeddedImage(media_type="image/png", data=b64(data)))
    assert message in error["msg"]


@pytest.mark.parametrize(
    "data",
    [
        b"\xff\xd8\xff",
        jpeg_bytes()[:40],  # cut before the frame header
        jpeg_bytes()[:20] + bytes(8),  # after the JFIF segment, no marker where one must be
        b"\xff\xd8\xff\xe0\x00\x01\x00\x00",  # a segment length below 2
    ],
)
def test_damaged_jpegs_are_refused(data):
    with pytest.raises(ImageError, match="JPEG image is"):
        sniff_image(data)
    error = only_error(lambda: EmbeddedImage(media_type="image/jpeg", data=b64(data)))
    assert "JPEG image is" in error["msg"]


def test_a_png_header_claiming_fifty_thousand_pixels_square_is_refused():
    data = png_header(50_000, 50_000)
    assert len(data) < 100
    error = only_error(lambda: EmbeddedImage(media_type="image/png", data=b64(data)))
    assert "50000×50000 pixels" in error["msg"]
    assert "40 megapixels" in error["msg"]


def test_a_jpeg_header_claiming_too_many_pixels_is_refused():
    header_only = b"\xff\xd8" + _segment(0xC0, struct.pack(">BHHB", 8, 65_535, 65_535, 1))
    error = only_error(lambda: EmbeddedImage(media_type="image/jpeg", data=b64(header_only)))
    assert "65535×65535 pixels" in error["msg"]


def test_an_image_of_exactly_the_pixel_limit_is_accepted():
    width = 8_000
    height = limits.IMAGE_PIXELS // width
    assert width * height == limits.IMAGE_PIXELS
    EmbeddedImage(media_type="image/png", data=b64(png_header(width, height)))
    error = only_error(
        lambda: EmbeddedImage(media_type="image/png", data=b64(png_header(width, height + 1)))
    )
    assert "megapixels" in error["msg"]


def test_an_image_over_the_byte_limit_is_refused(monkeypatch):
    data = png_bytes()
    monkeypatch.setattr(limits, "IMAGE_BYTES", len(data) - 1)
    error = only_error(lambda: EmbeddedImage(media_type="image/png", data=b64(data)))
    assert "the image is larger than" in error["msg"]
    monkeypatch.setattr(limits, "IMAGE_BYTES", len(data))
    EmbeddedImage(media_type="image/png", data=b64(data))


def test_a_refused_image_edit_leaves_the_image_as_it_was():
    image = EmbeddedImage(media_type="image/png", data=b64(png_bytes()))
    with pytest.raises(ValidationError, match="not image/jpeg"):
        image.media_type = "image/jpeg"
    with pytest.raises(ValidationError, match="not a PNG or JPEG"):
        image.data = b64(b"hello")
    assert image.media_type == "image/png"
    assert image.raw_bytes() == png_bytes()


# --- strict types and finite numbers -------------------------------------------------------------

CARD = {"id": "c", "step_id": "s", "lane_id": "l"}
POINT = {"lane_id": "l", "step_id": "s"}


@pytest.mark.parametrize(
    ("make", "loc", "kind"),
    [
        (lambda: Card(**CARD, order=True), ("order",), "int_type"),
        (lambda: Card(**CARD, order=1.0), ("order",), "int_type"),
        (lambda: Card(**CARD, order="1"), ("order",), "int_type"),
        (lambda: Card(**CARD, votes=False), ("votes",), "int_type"),
        (lambda: Card(**CARD, text=5), ("text",), "string_type"),
        (lambda: Card(**CARD, tags="payment"), ("tags",), "list_type"),
        (lambda: Card(**CARD, fail_point=1), ("fail_point",), "bool_type"),
        (lambda: Card(**CARD, fail_point="true"), ("fail_point",), "bool_type"),
        (lambda: Card(**CARD, duration_minutes="5"), ("duration_minutes",), "float_type"),
        (lambda: EmotionPoint(**POINT, score="1.5"), ("score",), "float_type"),
        (lambda: EmotionPoint(**POINT, score=True), ("score",), "float_type"),
        (lambda: EmotionPoint(**POINT, score=None), ("score",), "float_type"),
        (lambda: Step(id="s", width="10"), ("width",), "float_type"),
        (lambda: Stage(id="s", name="S", steps=[["t"]]), ("steps", 0), "model_type"),
        (lambda: Lane(id="l", title="L", kind="emotion", scale="-2..2"), ("scale",), "model_type"),
        (
            lambda: Connector(id="k", from_card="a", to_card="b", two_way="yes"),
            ("two_way",),
            "bool_type",
        ),
        (lambda: EmotionScale(min=True), ("min",), "int_type"),
        (lambda: EmotionScale(min=-2.0), ("min",), "int_type"),
        (lambda: Persona(id="p", name=b"bytes"), ("name",), "string_type"),
    ],
)
def test_strict_mode_refuses_values_of_the_wrong_type(make, loc, kind):
    error = only_error(make)
    assert (error["loc"], error["type"]) == (loc, kind)


def test_a_whole_number_is_accepted_where_a_float_is_expected():
    score = EmotionPoint(**POINT, score=1).score
    assert score == 1.0
    assert isinstance(score, float)


@pytest.mark.parametrize("number", [math.nan, math.inf, -math.inf])
@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda v: EmotionPoint(**POINT, score=v), "score"),
        (lambda v: Step(id="s", width=v), "width"),
        (lambda v: Lane(id="l", title="L", kind="actions", height=v), "height"),
        (lambda v: Card(**CARD, duration_minutes=v), "duration_minutes"),
        (lambda v: Metric(id="m", stage_id="s", lane_id="l", name="M", value=v), "value"),
        (lambda v: Metric(id="m", stage_id="s", lane_id="l", name="M", target=v), "target"),
    ],
)
def test_nan_and_infinity_are_refused(make, field, number):
    error = only_error(lambda: make(number))
    assert (error["loc"], error["type"]) == ((field,), "finite_number")


def test_nan_cannot_be_assigned_either():
    point = EmotionPoint(**POINT, score=1)
    with pytest.raises(ValidationError):
        point.score = math.nan
    assert point.score == 1.0


@pytest.mark.parametrize(
    ("score", "ok"), [(100, True), (-100, True), (100.5, False), (-101, False)]
)
def test_emotion_scores_lie_within_a_hundred(score, ok):
    if ok:
        assert EmotionPoint(**POINT, score=score).score == score
    else:
        error = only_error(lambda: EmotionPoint(**POINT, score=score))
        assert error["loc"] == ("score",)
        assert "within ±100" in error["msg"]


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda v: Card(**CARD, order=v), "order"),
        (lambda v: Card(**CARD, votes=v), "votes"),
        (lambda v: Card(**CARD, duration_minutes=v), "duration_minutes"),
        (lambda v: Step(id="s", width=v), "width"),
    ],
)
def test_counts_and_sizes_may_not_be_negative(make, field):
    error = only_error(lambda: make(-1))
    assert error["loc"] == (field,)


@pytest.mark.parametrize("variant", ["as-is", "future", ""])
def test_unknown_variants_and_evidence_levels_are_refused(variant):
    assert only_error(lambda: EmotionPoint(**POINT, score=0, variant=variant))["loc"] == (
        "variant",
    )
    assert only_error(lambda: Card(**CARD, evidence=variant))["loc"] == ("evidence",)


# --- unknown fields ------------------------------------------------------------------------------


def _project_data_with_a_photo() -> dict:
    data = small_project().model_dump(mode="json")
    data["personas"][0]["photo"] = {"media_type": "image/png", "data": b64(png_bytes())}
    return data


def test_the_dumped_project_data_validates_as_it_is():
    assert Project.model_validate(_project_data_with_a_photo()).personas[0].photo is not None


@pytest.mark.parametrize(
    "where",
    [
        (),
        ("personas", 0),
        ("personas", 0, "photo"),
        ("maps", 0),
        ("maps", 0, "stages", 1),
        ("maps", 0, "stages", 1, "steps", 1),
        ("maps", 0, "lanes", 2),
        ("maps", 0, "lanes", 2, "scale"),
        ("maps", 0, "cards", 3),
        ("maps", 0, "emotion_points", 0),
        ("maps", 0, "metrics", 0),
        ("maps", 0, "connectors", 0),
    ],
)
def test_unknown_fields_are_refused_at_every_level(where):
    data = _project_data_with_a_photo()
    target = data
    for part in where:
        target = target[part]
    target["from_the_future"] = 1
    error = only_error(lambda: Project.model_validate(data))
    assert (error["loc"], error["type"]) == ((*where, "from_the_future"), "extra_forbidden")


def test_unknown_keyword_arguments_are_refused():
    error = only_error(lambda: Step(id="s", colour="#000000"))
    assert (error["loc"], error["type"]) == (("colour",), "extra_forbidden")


# --- lengths -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "loc", "limit"),
    [
        (lambda v: Step(id=v), ("id",), limits.ID_LENGTH),
        (lambda v: Step(id="s", name=v), ("name",), limits.TITLE_LENGTH),
        (lambda v: Persona(id="p", name=v), ("name",), limits.TITLE_LENGTH),
        (lambda v: Persona(id="p", name="P", role=v), ("role",), limits.TITLE_LENGTH),
        (lambda v: Persona(id="p", name="P", quote=v), ("quote",), limits.TEXT_LENGTH),
        (lambda v: Persona(id="p", name="P", goals=[v]), ("goals", 0), limits.TEXT_LENGTH),
        (lambda v: Card(**CARD, text=v), ("text",), limits.TEXT_LENGTH),
        (lambda v: Card(**CARD, recovery=v), ("recovery",), limits.TEXT_LENGTH),
        (lambda v: Card(**CARD, channel=v), ("channel",), limits.TITLE_LENGTH),
        (lambda v: Card(**CARD, tags=[v]), ("tags", 0), limits.TAG_LENGTH),
        (lambda v: EmotionPoint(**POINT, score=0, note=v), ("note",), limits.TEXT_LENGTH),
        (lambda v: Lane(id="l", title=v, kind="actions"), ("title",), limits.TITLE_LENGTH),
        (
            lambda v: Connector(id="k", from_card="a", to_card="b", label=v),
            ("label",),
            limits.TITLE_LENGTH,
        ),
        (lambda v: Project.new(v), ("title",), limits.TITLE_LENGTH),
        (
            lambda v: JourneyMap(id="m", title="M", kind="current_state", description=v),
            ("description",),
            limits.TEXT_LENGTH,
        ),
    ],
)
def test_strings_may_be_as_long_as_the_limit_but_no_longer(make, loc, limit):
    make("x" * limit)
    error = only_error(lambda: make("x" * (limit + 1)))
    assert (error["loc"], error["type"]) == (loc, "string_too_long")


def test_limits_count_characters_not_bytes():
    assert Card(**CARD, text="ż" * limits.TEXT_LENGTH).text == "ż" * limits.TEXT_LENGTH
    assert len(Step(id="s", name="付" * limits.TITLE_LENGTH).name) == limits.TITLE_LENGTH


def test_an_empty_tag_is_refused():
    error = only_error(lambda: Card(**CARD, tags=["ok", ""]))
    assert (error["loc"], error["type"]) == (("tags", 1), "string_too_short")


@pytest.mark.parametrize(
    ("make", "loc", "limit", "item"),
    [
        (lambda v: Persona(id="p", name="P", goals=v), ("goals",), limits.LIST_ITEMS, "g"),
        (lambda v: Persona(id="p", name="P", needs=v), ("needs",), limits.LIST_ITEMS, "n"),
        (lambda v: Card(**CARD, tags=v), ("tags",), limits.LIST_ITEMS, "t"),
        (
            lambda v: Stage(id="s", name="S", steps=v),
            ("steps",),
            limits.STEPS_PER_STAGE,
            Step(id="t"),
        ),
    ],
)
def test_lists_may_be_as_long_as_the_limit_but_no_longer(make, loc, limit, item):
    make([item] * limit)
    error = only_error(lambda: make([item] * (limit + 1)))
    assert (error["loc"], error["type"]) == (loc, "too_long")


# --- cross references: project_problems ----------------------------------------------------------


def test_the_small_project_has_no_problems():
    assert project_problems(small_project()) == []
    assert map_problems(small_map(), "maps[0]", {"anna"}) == []


def test_map_problems_names_the_map_and_the_known_personas():
    problems = map_problems(small_map(), "elsewhere", set())
    assert [(p.path, p.message) for p in problems] == [
        ("elsewhere.persona_ids[0]", "persona 'anna' does not exist"),
        ("elsewhere.emotion_points[0].persona_id", "persona 'anna' does not exist"),
        ("elsewhere.emotion_points[1].persona_id", "persona 'anna' does not exist"),
    ]


@pytest.mark.parametrize(
    ("change", "path", "first"),
    [
        (
            lambda p, m: p.personas.append(Persona(id="anna", name="Anna 2")),
            "personas[1].id",
            "personas[0]",
        ),
        (lambda p, m: p.maps.append(small_map("map-1")), "maps[1].id", "maps[0]"),
        (
            lambda p, m: m.stages.append(
                Stage(id="awareness", name="Again", steps=[Step(id="again")])
            ),
            "maps[0].stages[2].id",
            "maps[0].stages[0]",
        ),
        (
            lambda p, m: m.lanes.append(Lane(id="thinking", title="T", kind="ideas")),
            "maps[0].lanes[5].id",
            "maps[0].lanes[1]",
        ),
        (
            lambda p, m: m.cards.append(Card(id="c2", step_id="aw", lane_id="doing")),
            "maps[0].cards[4].id",
            "maps[0].cards[1]",
        ),
        (
            lambda p, m: m.metrics.append(
                Metric(id="m1", stage_id="awareness", lane_id="kpis", name="Reach")
            ),
            "maps[0].metrics[1].id",
            "maps[0].metrics[0]",
        ),
        (
            lambda p, m: m.connectors.append(Connector(id="k1", from_card="c1", to_card="c2")),
            "maps[0].connectors[1].id",
            "maps[0].connectors[0]",
        ),
        (
            lambda p, m: m.stages[1].steps.append(Step(id="order")),
            "maps[0].stages[1].steps[2].id",
            "maps[0].stages[1].steps[0]",
        ),
        (
            lambda p, m: m.stages[1].steps.append(Step(id="aw")),
            "maps[0].stages[1].steps[2].id",
            "maps[0].stages[0].steps[0]",
        ),
    ],
    ids=["persona", "map", "stage", "lane", "card", "metric", "connector", "step", "step-across"],
)
def test_duplicate_ids_are_found_with_both_places(change, path, first):
    problems = problems_after(change)
    assert paths(problems) == [path]
    assert "is already used by" in problems[0].message
    assert problems[0].message.endswith(first)


def test_ids_of_different_kinds_may_be_equal():
    def change(project, journey_map):
        journey_map.cards.append(Card(id="doing", step_id="aw", lane_id="doing"))
        journey_map.metrics.append(
            Metric(id="awareness", stage_id="awareness", lane_id="kpis", name="Reach")
        )

    assert problems_after(change) == []


def test_two_maps_may_use_the_same_ids_inside():
    project = small_project()
    project.maps.append(small_map("map-2"))
    assert project_problems(project) == []


@pytest.mark.parametrize(
    ("change", "path", "message"),
    [
        (
            lambda p, m: setattr(m.cards[3], "step_id", "gone"),
            "maps[0].cards[3].step_id",
            "step 'gone' does not exist",
        ),
        (
            lambda p, m: setattr(m.cards[3], "step_id", "awareness"),  # a stage, not a step
            "maps[0].cards[3].step_id",
            "step 'awareness' does not exist",
        ),
        (
            lambda p, m: setattr(m.cards[0], "lane_id", "gone"),
            "maps[0].cards[0].lane_id",
            "lane 'gone' does not exist",
        ),
        (
            lambda p, m: setattr(m.cards[1], "lane_id", "feeling"),
            "maps[0].cards[1].lane_id",
            "emotion lane and holds no cards",
        ),
        (
            lambda p, m: setattr(m.cards[2], "lane_id", "kpis"),
            "maps[0].cards[2].lane_id",
            "metrics lane and holds no cards",
        ),
    ],
    ids=["card-step", "card-stage-id", "card-lane", "card-in-emotion", "card-in-metrics"],
)
def test_card_references(change, path, message):
    problems = problems_after(change)
    assert paths(problems) == [path]
    assert message in problems[0].message


@pytest.mark.parametrize(
    ("change", "path", "message"),
    [
        (
            lambda p, m: setattr(m.emotion_points[0], "lane_id", "gone"),
            "maps[0].emotion_points[0].lane_id",
            "lane 'gone' does not exist",
        ),
        (
            lambda p, m: setattr(m.emotion_points[1], "lane_id", "doing"),
            "maps[0].emotion_points[1].lane_id",
            "lane 'doing' is not an emotion lane",
        ),
        (
            lambda p, m: setattr(m.emotion_points[1], "step_id", "gone"),
            "maps[0].emotion_points[1].step_id",
            "step 'gone' does not exist",
        ),
        (
            lambda p, m: setattr(m.emotion_points[0], "persona_id", "bob"),
            "maps[0].emotion_points[0].persona_id",
            "persona 'bob' does not exist",
        ),
        (
            lambda p, m: setattr(m.emotion_points[0], "score", 7),
            "maps[0].emotion_points[0].score",
            "score 7 is outside the lane's scale -2..2",
        ),
        (
            lambda p, m: setattr(m.emotion_points[0], "score", 2.5),
            "maps[0].emotion_points[0].score",
            "score 2.5 is outside the lane's scale -2..2",
        ),
        (
            lambda p, m: setattr(m.lanes[2], "scale", EmotionScale(min=1, max=10)),
            "maps[0].emotion_points[1].score",
            "score -2 is outside the lane's scale 1..10",
        ),
        (
            lambda p, m: m.emotion_points.append(
                EmotionPoint(lane_id="feeling", step_id="aw", persona_id="anna", score=0)
            ),
            "maps[0].emotion_points[2]",
            "the curve already has a point on step 'aw' at maps[0].emotion_points[0]",
        ),
    ],
    ids=[
        "lane",
        "non-emotion-lane",
        "step",
        "persona",
        "score-7",
        "score-2.5",
        "scale-changed",
        "duplicate-point",
    ],
)
def test_emotion_point_references(change, path, message):
    problems = problems_after(change)
    assert [(p.path, p.message) for p in problems] == [(path, message)]


@pytest.mark.parametrize(
    "point",
    [
        EmotionPoint(lane_id="feeling", step_id="aw", persona_id="anna", score=0, variant="to_be"),
        EmotionPoint(lane_id="feeling", step_id="aw", score=0),
        EmotionPoint(lane_id="feeling", step_id="order", persona_id="anna", score=2),
        EmotionPoint(lane_id="feeling", step_id="order", persona_id="anna", score=-2),
    ],
    ids=["other-variant", "unnamed-curve", "top-of-scale", "bottom-of-scale"],
)
def test_emotion_points_that_fit(point):
    assert problems_after(lambda p, m: m.emotion_points.append(point)) == []


def test_a_point_on_a_missing_lane_is_checked_against_the_default_scale():
    def change(project, journey_map):
        journey_map.emotion_points[0].lane_id = "gone"
        journey_map.emotion_points[0].score = 3

    assert paths(problems_after(change)) == [
        "maps[0].emotion_points[0].lane_id",
        "maps[0].emotion_points[0].score",
    ]


@pytest.mark.parametrize(
    ("change", "path", "message"),
    [
        (
            lambda p, m: setattr(m.metrics[0], "stage_id", "gone"),
            "maps[0].metrics[0].stage_id",
            "stage 'gone' does not exist",
        ),
        (
            lambda p, m: setattr(m.metrics[0], "stage_id", "order"),  # a step, not a stage
            "maps[0].metrics[0].stage_id",
            "stage 'order' does not exist",
        ),
        (
            lambda p, m: setattr(m.metrics[0], "lane_id", "gone"),
            "maps[0].metrics[0].lane_id",
            "lane 'gone' does not exist",
        ),
        (
            lambda p, m: setattr(m.metrics[0], "lane_id", "feeling"),
            "maps[0].metrics[0].lane_id",
            "lane 'feeling' is not a metrics lane",
        ),
        (
            lambda p, m: setattr(m.connectors[0], "from_card", "gone"),
            "maps[0].connectors[0].from_card",
            "card 'gone' does not exist",
        ),
        (
            lambda p, m: setattr(m.connectors[0], "to_card", "gone"),
            "maps[0].connectors[0].to_card",
            "card 'gone' does not exist",
        ),
        (
            lambda p, m: setattr(m.connectors[0], "to_card", "c3"),
            "maps[0].connectors[0].to_card",
            "a connector cannot join a card to itself",
        ),
        (
            lambda p, m: m.persona_ids.append("bob"),
            "maps[0].persona_ids[1]",
            "persona 'bob' does not exist",
        ),
    ],
    ids=[
        "metric-stage",
        "metric-step-id",
        "metric-lane",
        "metric-non-metrics-lane",
        "connector-from",
        "connector-to",
        "connector-to-itself",
        "map-persona",
    ],
)
def test_metric_connector_and_persona_references(change, path, message):
    problems = problems_after(change)
    assert [(p.path, p.message) for p in problems] == [(path, message)]


def test_a_removed_card_leaves_its_connector_dangling():
    problems = problems_after(lambda p, m: m.cards.pop(3))
    assert paths(problems) == ["maps[0].connectors[0].to_card"]


def test_a_removed_persona_is_reported_everywhere_it_was_used():
    problems = problems_after(lambda p, m: p.personas.clear())
    assert paths(problems) == [
        "maps[0].persona_ids[0]",
        "maps[0].emotion_points[0].persona_id",
        "maps[0].emotion_points[1].persona_id",
    ]


def test_every_problem_is_reported_not_only_the_first():
    def change(project, journey_map):
        project.maps.append(small_map("map-2"))
        second = project.maps[1]
        journey_map.cards[0].step_id = "gone"
        journey_map.connectors[0].from_card = "c4"
        second.cards[2].lane_id = "kpis"
        second.metrics[0].stage_id = "nowhere"

    assert paths(problems_after(change)) == [
        "maps[0].cards[0].step_id",
        "maps[0].connectors[0].to_card",
        "maps[1].cards[2].lane_id",
        "maps[1].metrics[0].stage_id",
    ]


def test_a_problem_reads_as_path_then_message():
    assert str(Problem("maps[0].cards[3].step_id", "step 'x' does not exist")) == (
        "maps[0].cards[3].step_id: step 'x' does not exist"
    )
    assert str(Problem("", "not a valid project")) == "not a valid project"


# --- map helpers ---------------------------------------------------------------------------------


def test_map_helpers_find_steps_stages_lanes_and_cells():
    journey_map = small_map()
    assert [step.id for step in journey_map.steps()] == ["aw", "order", "pay"]
    assert journey_map.stage_of_step("pay").id == "purchase"
    assert journey_map.stage_of_step("purchase") is None
    assert journey_map.lane("feeling").kind == "emotion"
    assert journey_map.lane("gone") is None
    journey_map.cards[0].order = 5
    assert [card.id for card in journey_map.cards_in("aw", "doing")] == ["c2", "c1"]
    assert journey_map.cards_in("aw", "pains") == []


def test_project_helpers_find_maps_and_personas():
    project = small_project()
    assert project.map("map-1").title == "Buying a guitar"
    assert project.map("map-2") is None
    assert project.persona("anna").name == "Anna"
    assert project.persona("bob") is None


@pytest.mark.parametrize("stamp", [0, 1_700_000_000, 1.5, True, "2026-11-01T09:30:00", "yesterday"])
def test_timestamps_must_be_iso_text_with_a_time_zone(stamp):
    data = {
        "format": "journeydesigner",
        "version": FORMAT_VERSION,
        "title": "t",
        "created": stamp,
        "modified": stamp,
    }
    with pytest.raises(ValidationError):
        Project.model_validate(data)


def test_lane_kind_messages_use_the_right_article():
    project = small_project()
    project.maps[0].cards[0].lane_id = "feeling"
    messages = [p.message for p in project_problems(project)]
    assert "lane 'feeling' is an emotion lane and holds no cards" in messages


def test_format_2_fields_are_checked_across_the_project():
    from journeydesigner.model import CurveRef, LineLabels

    project = small_project()
    journey_map = project.maps[0]
    journey_map.line_labels = LineLabels(visibility="Linia widoczności")
    journey_map.hidden_curves = [CurveRef(lane_id="feeling", persona_id="anna")]
    assert project_problems(project) == []
    journey_map.hidden_curves = [CurveRef(lane_id="doing", persona_id="nobody")]
    journey_map.linked_map_id = journey_map.id
    paths = [p.path for p in project_problems(project)]
    assert "maps[0].hidden_curves[0].lane_id" in paths
    assert "maps[0].hidden_curves[0].persona_id" in paths
    assert "maps[0].linked_map_id" in paths
