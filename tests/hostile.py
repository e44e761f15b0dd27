"""The broken and hostile files of issue #9, in one table shared by the loader and GUI tests.

Each case writes its file into a folder and says what the message must contain; a case whose
`expect` is None must open (a UTF-8 BOM, markup-like text, a picture that is damaged past its
header: the picture shows as missing, the rest of the work opens).
"""

from __future__ import annotations

import base64
import copy
import json
import os
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from builders import small_project

from journeydesigner.io import serialise_project
from journeydesigner.model import limits

VALID = serialise_project(small_project())


def document() -> dict[str, Any]:
    """A fresh, valid project as JSON data to spoil."""
    return copy.deepcopy(json.loads(VALID))


def encoded(data: dict[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def png_chunk(kind: bytes, payload: bytes) -> bytes:
    crc = zlib.crc32(kind + payload) & 0xFFFFFFFF
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", crc)


def png(width: int, height: int, pixels: bytes | None = None) -> bytes:
    """A PNG claiming `width`×`height`; real pixel rows unless `pixels` replaces them."""
    rows = b"".join(b"\x00" + bytes(3 * width) for _ in range(height)) if pixels is None else b""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", zlib.compress(rows) if pixels is None else pixels)
        + png_chunk(b"IEND", b"")
    )


def with_card_image(data: bytes, media_type: str = "image/png") -> bytes:
    spoiled = document()
    spoiled["maps"][0]["cards"][0]["image"] = {
        "media_type": media_type,
        "data": base64.b64encode(data).decode("ascii"),
    }
    return encoded(spoiled)


def _set(path: str, value: Any) -> bytes:
    spoiled = document()
    *parents, last = path.split(".")
    target: Any = spoiled
    for part in parents:
        target = target[int(part)] if part.isdigit() else target[part]
    if last.isdigit():
        target[int(last)] = value
    else:
        target[last] = value
    return encoded(spoiled)


def _extra(path: str, key: str) -> bytes:
    spoiled = document()
    target: Any = spoiled
    for part in path.split("."):
        target = target[int(part)] if part.isdigit() else target[part]
    target[key] = "from a newer app"
    return encoded(spoiled)


def _million_cards() -> bytes:
    spoiled = document()
    journey_map = spoiled["maps"][0]
    step, lane = journey_map["cards"][0]["step_id"], journey_map["cards"][0]["lane_id"]
    head = encoded({**spoiled, "maps": []})
    cards = ",".join(
        f'{{"id":"c{n}","step_id":"{step}","lane_id":"{lane}"}}' for n in range(1_000_000)
    )
    journey_map["cards"] = []
    body = json.dumps(journey_map, ensure_ascii=False)
    map_text = body.replace('"cards": []', f'"cards": [{cards}]')
    return head.replace(b'"maps": []', b'"maps": [' + map_text.encode() + b"]")


def _duplicate_card_id() -> bytes:
    spoiled = document()
    cards = spoiled["maps"][0]["cards"]
    cards[1]["id"] = cards[0]["id"]
    return encoded(spoiled)


def _markup_and_control_text() -> bytes:
    spoiled = document()
    spoiled["maps"][0]["cards"][0]["text"] = MARKUP_TEXT
    return encoded(spoiled)


MARKUP_TEXT = '<para><font size="90">big</font></para> &amp; <b>x</b>\x00\x07\x1b[31m\u202e'


@dataclass(frozen=True)
class Case:
    name: str
    write: Callable[[Path], Path]
    expect: str | None
    """Words the message must contain; None: the file opens."""


def _file(name: str, make: Callable[[], bytes]) -> Callable[[Path], Path]:
    def write(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(make())
        return path

    return write


def _sparse(size: int) -> Callable[[Path], Path]:
    def write(folder: Path) -> Path:
        path = folder / "huge.journey"
        with path.open("wb") as stream:
            stream.truncate(size)
        return path

    return write


def _folder(folder: Path) -> Path:
    path = folder / "folder.journey"
    path.mkdir()
    return path


def _device(_folder: Path) -> Path:
    return Path(os.devnull)


CASES = [
    Case("truncated", _file("cut.journey", lambda: VALID[: len(VALID) // 2]), "ends too early"),
    Case(
        "invalid UTF-8",
        _file("latin1.journey", lambda: VALID.replace(b"Anna", "Ånna".encode("latin-1"))),
        "UTF-8",
    ),
    Case("UTF-8 BOM", _file("bom.journey", lambda: b"\xef\xbb\xbf" + VALID), None),
    Case(
        "NaN",
        _file("nan.journey", lambda: VALID.replace(b'"score": 1.0', b'"score": NaN', 1)),
        "NaN",
    ),
    Case(
        "10,000-deep nesting",
        _file("deep.journey", lambda: b'{"format": ' + b"[" * 10_000 + b"]" * 10_000 + b"}"),
        "nested too deeply",
    ),
    Case("200 MB file", _sparse(200 * 1024 * 1024), "larger than 100 MB are not opened"),
    Case("a million cards", _file("million.journey", _million_cards), "more than 100000 items"),
    Case("duplicate ids", _file("dup.journey", _duplicate_card_id), "is already used by"),
    Case(
        "dangling reference",
        _file("dangling.journey", lambda: _set("maps.0.cards.0.step_id", "nowhere")),
        "step 'nowhere' does not exist",
    ),
    Case(
        "score out of range",
        _file("score.journey", lambda: _set("maps.0.emotion_points.0.score", 7)),
        "outside the lane's scale",
    ),
    Case(
        "wrong type",
        _file("type.journey", lambda: _set("maps.0.cards.0.text", 42)),
        "maps[0].cards[0].text",
    ),
    Case(
        "unknown field",
        _file("extra.journey", lambda: _extra("maps.0.cards.0", "glitter")),
        "glitter",
    ),
    Case(
        "newer version",
        _file("future.journey", lambda: _set("version", 99)),
        "Update Journey Designer",
    ),
    Case("empty file", _file("empty.journey", lambda: b""), "empty"),
    Case("a folder", _folder, "is a folder"),
    Case("a device", _device, "not a regular file"),
    Case(
        "image that is not an image",
        _file("text-image.journey", lambda: with_card_image(b"just some text, not pixels")),
        "not a PNG or JPEG",
    ),
    Case(
        "image of gigapixels",
        _file("gigapixel.journey", lambda: with_card_image(png(100_000, 100_000, b"\x00"))),
        "megapixels",
    ),
    Case(
        "image damaged past its header",
        _file("damaged-image.journey", lambda: with_card_image(png(40, 30, b"garbage"))),
        None,
    ),
    Case("markup and control characters", _file("markup.journey", _markup_and_control_text), None),
]
"""Every case in the issue, in its order."""


def just_under_limits() -> dict[str, Any]:
    """A valid project with a value at (not over) each size limit that is cheap to reach."""
    data = document()
    data["title"] = "漢" * limits.TITLE_LENGTH
    journey_map = data["maps"][0]
    journey_map["id"] = "m" * limits.ID_LENGTH
    first = journey_map["cards"][0]
    cell = {"step_id": first["step_id"], "lane_id": first["lane_id"]}
    journey_map["cards"] = [{"id": f"c{n}", **cell} for n in range(limits.CARDS)]
    journey_map["cards"][0]["text"] = "ż" * limits.TEXT_LENGTH
    journey_map["cards"][0]["tags"] = [f"t{n}" for n in range(limits.LIST_ITEMS)]
    journey_map["connectors"] = []
    return data
