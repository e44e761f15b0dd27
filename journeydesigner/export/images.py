"""Embedded pictures made ready for reportlab, or refused before anything is drawn."""

from __future__ import annotations

import io

from PIL import Image
from reportlab.lib.utils import ImageReader

from journeydesigner.model.images import ImageError, ImageInfo, sniff_image


def readable_image(data: bytes) -> tuple[ImageInfo, ImageReader] | None:
    """The size and a reader of a PNG or JPEG that decodes completely; None for any other.

    reportlab decodes lazily, in the middle of drawing a page; a picture damaged after its
    header would then abort the whole export. Decoding it here first lets the page show a
    placeholder instead.
    """
    try:
        info = sniff_image(data[:65536])
        picture = Image.open(io.BytesIO(data))
        picture.load()
    except (ImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return None
    return info, ImageReader(picture)
