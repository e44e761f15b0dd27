"""The shared base class and the constrained scalar types of every persisted model."""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from journeydesigner.model import limits

# One rule for every id in the file: short, printable, safe in paths, URLs and CSS selectors.
ID_PATTERN = r"^[A-Za-z0-9_-]+$"
Id = Annotated[
    str, StringConstraints(min_length=1, max_length=limits.ID_LENGTH, pattern=ID_PATTERN)
]

Colour = Annotated[str, StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")]
"""A colour as `#RRGGBB`: the model stays Qt-free, so no QColor here."""

Title = Annotated[str, StringConstraints(max_length=limits.TITLE_LENGTH)]
Name = Annotated[str, StringConstraints(min_length=1, max_length=limits.TITLE_LENGTH)]
"""A name that must not be empty: of a project, map, stage, lane, persona or metric."""
Text = Annotated[str, StringConstraints(max_length=limits.TEXT_LENGTH)]
Tag = Annotated[str, StringConstraints(min_length=1, max_length=limits.TAG_LENGTH)]
ShortList = Annotated[list[Text], Field(max_length=limits.LIST_ITEMS)]
"""A list of short texts such as a persona's goals."""

_ID_RE = re.compile(ID_PATTERN)


def is_valid_id(value: str) -> bool:
    """Tell whether `value` may be used as an id."""
    # fullmatch: `$` alone also matches before a final newline, which pydantic's pattern refuses.
    return 0 < len(value) <= limits.ID_LENGTH and _ID_RE.fullmatch(value) is not None


class Persisted(BaseModel):
    """Base of every model written to a `.journey` file.

    pydantic's defaults are wrong for files people keep for years: `extra="ignore"` silently drops
    fields a newer version wrote, NaN is written as `null` which then fails to load, and lax mode
    turns `true` into `1.0`. Each of those is closed here, once, for every model.
    """

    model_config = ConfigDict(
        extra="forbid",
        allow_inf_nan=False,
        strict=True,
        validate_assignment=True,
        str_max_length=limits.TEXT_LENGTH,
        # Field docstrings become descriptions in io/schema.py only: reading them here would
        # parse the models' source at every start.
        use_attribute_docstrings=False,
    )

    def __setattr__(self, name: str, value: Any) -> None:
        # pydantic keeps an assigned value even when a model validator then refuses it
        # (pydantic#7105), e.g. `scale.min = 5` on a -2..2 scale; put the old value back so a
        # refused edit leaves the object valid and as it was.
        old = self.__dict__.get(name, _UNSET)
        try:
            super().__setattr__(name, value)
        except ValidationError:
            if old is not _UNSET:
                self.__dict__[name] = old
            raise


_UNSET: Any = object()
