"""Pictures brought into a project (storyboards, screenshots, persona photos): checked, scaled
down and re-encoded before they are embedded, so a project never carries a huge or odd file."""

from __future__ import annotations

import base64
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QImageReader

from journeydesigner.errors import JourneyError
from journeydesigner.i18n import translate
from journeydesigner.model import limits
from journeydesigner.model.elements import EmbeddedImage
from journeydesigner.model.images import ImageError, MediaType, sniff_image

MAX_SIDE = 1600
"""Longest side of an embedded picture, in pixels: sharp on a slide, light in a file."""
MAX_SOURCE_BYTES = 50 * 1024 * 1024
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")


class ImageImportError(JourneyError):
    """A picture could not be brought in; the message names the file and says why."""


def import_image(path: Path, description: str = "") -> EmbeddedImage:
    """Read a PNG or JPEG file and return it scaled down and re-encoded, ready to embed."""
    try:
        size = path.stat().st_size
        # The size first: a huge file is refused before it is read into memory.
        data = path.read_bytes() if size <= MAX_SOURCE_BYTES else b""
    except OSError as error:
        raise ImageImportError(
            path,
            translate("image_import", "cannot be read ({reason})").format(
                reason=error.strerror or error
            ),
        ) from None
    if size > MAX_SOURCE_BYTES:
        raise ImageImportError(
            path,
            translate("image_import", "is {size} MB; pictures up to 50 MB can be added").format(
                size=f"{size / 1_048_576:.0f}"
            ),
        )
    return image_from_bytes(data, str(path), description)


def image_from_bytes(data: bytes, source: str, description: str = "") -> EmbeddedImage:
    """Check, decode, scale down and re-encode picture bytes."""
    try:
        info = sniff_image(data[:65536])
    except ImageError as error:
        raise ImageImportError(
            source,
            translate("image_import", "{problem}; only PNG and JPEG pictures can be added").format(
                problem=error
            ),
        ) from None
    if info.width * info.height > limits.IMAGE_PIXELS:
        raise ImageImportError(
            source,
            translate(
                "image_import",
                "is {width}×{height} pixels; pictures up to {limit} megapixels can be added",
            ).format(width=info.width, height=info.height, limit=limits.IMAGE_PIXELS // 1_000_000),
        )
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, b"png" if info.media_type == "image/png" else b"jpeg")
    reader.setAutoDetectImageFormat(False)
    reader.setAutoTransform(True)  # honour the camera's orientation
    image = reader.read()
    if image.isNull():
        raise ImageImportError(
            source,
            translate("image_import", "the picture is damaged ({reason})").format(
                reason=reader.errorString()
            ),
        )
    if max(image.width(), image.height()) > MAX_SIDE:
        image = image.scaled(
            MAX_SIDE,
            MAX_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    encoded, media_type = _encode(image)
    if len(encoded) > limits.IMAGE_BYTES:
        raise ImageImportError(
            source, translate("image_import", "is still too large after scaling it down")
        )
    return EmbeddedImage(
        media_type=media_type,
        data=base64.b64encode(encoded).decode("ascii"),
        description=description,
    )


def _encode(image: QImage) -> tuple[bytes, MediaType]:
    # Photos compress far better as JPEG; anything with transparency stays PNG.
    as_png = image.hasAlphaChannel()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stubs say bytes, but PySide6 6.11 accepts only str for the format here.
    image.save(buffer, "PNG" if as_png else "JPEG", -1 if as_png else 88)  # type: ignore[call-overload]
    return bytes(buffer.data().data()), "image/png" if as_png else "image/jpeg"
