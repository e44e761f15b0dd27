"""Recognise embedded pictures from their bytes alone, without decoding them.

Only PNG and JPEG are accepted (SVG can make a renderer read local files). The size is read from
the header, so a small file that claims to be gigapixels is refused before anything allocates it.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import Literal

MediaType = Literal["image/png", "image/jpeg"]

_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_JPEG_MAGIC = b"\xff\xd8\xff"
# JPEG start-of-frame markers carry the size; C4, C8 and CC are other segments.
_JPEG_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


@dataclass(frozen=True)
class ImageInfo:
    """What the header of an image says about it."""

    media_type: MediaType
    width: int
    height: int


class ImageError(ValueError):
    """The bytes are not a picture we accept."""


def sniff_image(data: bytes) -> ImageInfo:
    """Read the type and size of a PNG or JPEG from its header, or raise ImageError."""
    if data.startswith(_PNG_MAGIC):
        return _png_info(data)
    if data.startswith(_JPEG_MAGIC):
        return _jpeg_info(data)
    raise ImageError("not a PNG or JPEG image")


def _png_info(data: bytes) -> ImageInfo:
    # The first chunk must be IHDR: length (4), type (4), width (4), height (4).
    if len(data) < 24 or data[12:16] != b"IHDR":
        raise ImageError("the PNG image is truncated or damaged")
    width, height = struct.unpack(">II", data[16:24])
    return _checked("image/png", width, height)


def _jpeg_info(data: bytes) -> ImageInfo:
    pos = 2
    end = len(data)
    while pos + 4 <= end:
        if data[pos] != 0xFF:
            raise ImageError("the JPEG image is damaged")
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:  # markers without a length
            pos += 2
            continue
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        if length < 2:
            raise ImageError("the JPEG image is damaged")
        if marker in _JPEG_SOF:
            if pos + 9 > end:
                break
            height, width = struct.unpack(">HH", data[pos + 5 : pos + 9])
            return _checked("image/jpeg", width, height)
        pos += 2 + length
    raise ImageError("the JPEG image is truncated or damaged")


def _checked(media_type: MediaType, width: int, height: int) -> ImageInfo:
    if width <= 0 or height <= 0:
        raise ImageError("the image has no pixels")
    return ImageInfo(media_type, width, height)
