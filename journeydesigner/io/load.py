"""Read `.journey` files: decode, parse, migrate, validate; refuse anything doubtful, clearly.

Every failure raises a ProjectFileError (or subclass) naming the file and the problem. Nothing
else escapes: the loader is fuzzed to prove it.
"""

from __future__ import annotations

import gc
import json
import re
import stat
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from journeydesigner.errors import NewerVersionError, ProjectFileError, ProjectFormatError
from journeydesigner.io.history import migrate
from journeydesigner.messages import QT_TRANSLATE_NOOP
from journeydesigner.model import limits
from journeydesigner.model.base import ID_PATTERN
from journeydesigner.model.checks import Problem, project_problems
from journeydesigner.model.project import FORMAT_NAME, FORMAT_VERSION, Project

_UTF8_BOM = b"\xef\xbb\xbf"
_WIDE_BOMS = {
    b"\xff\xfe\x00\x00": "UTF-32",
    b"\x00\x00\xfe\xff": "UTF-32",
    b"\xff\xfe": "UTF-16",
    b"\xfe\xff": "UTF-16",
}
# Only a file that escapes a surrogate can smuggle in a lone one; it is then checked fully.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
# What json leaves unread when the file ends in a literal, number or \\u escape (or nothing).
_PARTIAL_TOKEN = re.compile(r"t(r(u)?)?|f(a(l(s)?)?)?|n(u(l)?)?|-|\.|[eE][+-]?|u[0-9a-fA-F]{0,4}|")


def read_project(path: str | Path) -> Project:
    """Load and validate a project file, or raise ProjectFileError saying why not."""
    return parse_project(read_bytes(path), str(path))


def read_bytes(path: str | Path, *, max_bytes: int = limits.FILE_BYTES) -> bytes:
    """Read a whole file after checking that it is a regular file of sensible size."""
    path = Path(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ProjectFileError(path, QT_TRANSLATE_NOOP("load", "no such file")) from None
    except PermissionError:
        raise ProjectFileError(path, QT_TRANSLATE_NOOP("load", "permission denied")) from None
    except OSError as error:
        raise ProjectFileError(
            path,
            QT_TRANSLATE_NOOP("load", "cannot be read ({reason})").format(
                reason=error.strerror or str(error)
            ),
        ) from None
    if stat.S_ISDIR(info.st_mode):
        raise ProjectFileError(path, QT_TRANSLATE_NOOP("load", "is a folder, not a file"))
    if not stat.S_ISREG(info.st_mode):
        raise ProjectFileError(
            path, QT_TRANSLATE_NOOP("load", "is not a regular file (a device, pipe or socket)")
        )
    if info.st_size > max_bytes:
        raise ProjectFileError(
            path,
            QT_TRANSLATE_NOOP(
                "load", "is {size:.0f} MB; files larger than {limit} MB are not opened"
            ).format(size=info.st_size / 1_048_576, limit=max_bytes // 1_048_576),
        )
    try:
        with path.open("rb") as stream:
            # Read one byte past the limit: the file may have grown since stat().
            data = stream.read(max_bytes + 1)
    except PermissionError:
        raise ProjectFileError(path, QT_TRANSLATE_NOOP("load", "permission denied")) from None
    except OSError as error:
        raise ProjectFileError(
            path,
            QT_TRANSLATE_NOOP("load", "cannot be read ({reason})").format(
                reason=error.strerror or str(error)
            ),
        ) from None
    if len(data) > max_bytes:
        raise ProjectFileError(
            path,
            QT_TRANSLATE_NOOP("load", "is larger than {limit} MB").format(
                limit=max_bytes // 1_048_576
            ),
        )
    return data


def decode_text(data: bytes, source: str) -> str:
    """Decode UTF-8 with or without a BOM; refuse UTF-16/32 and invalid bytes, saying why."""
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM) :]
    else:
        for bom, name in _WIDE_BOMS.items():
            if data.startswith(bom):
                raise ProjectFileError(
                    source,
                    QT_TRANSLATE_NOOP(
                        "load", "is saved as {encoding}; save it as UTF-8 and try again"
                    ).format(encoding=name),
                )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data":  # a character cut in two by the end
            raise ProjectFileError(
                source, QT_TRANSLATE_NOOP("load", "the file ends too early (it may be truncated)")
            ) from None
        line = data.count(b"\n", 0, error.start) + 1
        raise ProjectFileError(
            source,
            QT_TRANSLATE_NOOP(
                "load", "is not UTF-8 text (invalid byte 0x{byte:02X} on line {line})"
            ).format(byte=data[error.start], line=line),
        ) from None


def parse_project(data: bytes, source: str = "<data>") -> Project:
    """Turn the bytes of a `.journey` file into a validated Project."""
    # Loading builds a large tree of new objects without cycles: with the cycle collector paused
    # meanwhile, it does not scan them again and again (a fifth of the time for a big file).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _parse_project(data, source)
    finally:
        if collecting:
            gc.enable()


def _parse_project(data: bytes, source: str) -> Project:
    if not data.strip():
        raise ProjectFileError(source, QT_TRANSLATE_NOOP("load", "the file is empty"))
    document = parse_json(decode_text(data, source), source)
    if not isinstance(document, dict):
        raise ProjectFileError(
            source,
            QT_TRANSLATE_NOOP(
                "load", "is not a Journey Designer project (no JSON object at the top)"
            ),
        )
    version = check_header(document, source)
    if version < FORMAT_VERSION:
        try:
            document = migrate(document, version)
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise ProjectFileError(
                source,
                QT_TRANSLATE_NOOP(
                    "load", "cannot be upgraded from format version {version}: {error}"
                ).format(version=version, error=str(error)),
            ) from None
    return validate_project(document, source)


def parse_json(text: str, source: str) -> Any:
    """Parse JSON strictly: no NaN or Infinity, no duplicate keys, no lone surrogates."""
    try:
        document = json.loads(
            text, object_pairs_hook=_object_without_duplicates, parse_constant=_no_constant
        )
    except json.JSONDecodeError as error:
        # A cut file usually ends inside a string, number or literal, not only between values.
        if error.msg.startswith("Unterminated string") or (
            error.msg != "Extra data" and _PARTIAL_TOKEN.fullmatch(text[error.pos :].rstrip())
        ):
            reason: str = QT_TRANSLATE_NOOP("load", "the file ends too early (it may be truncated)")
        else:
            reason = QT_TRANSLATE_NOOP(
                "load", "is not valid JSON: {problem} (line {line}, column {column})"
            ).format(problem=error.msg, line=error.lineno, column=error.colno)
        raise ProjectFileError(source, reason) from None
    except RecursionError:
        raise ProjectFileError(
            source, QT_TRANSLATE_NOOP("load", "is nested too deeply to be a project file")
        ) from None
    except ValueError as error:  # our hooks, or an integer with thousands of digits
        raise ProjectFileError(
            source, QT_TRANSLATE_NOOP("load", "is not valid: {problem}").format(problem=str(error))
        ) from None
    if _SURROGATE_ESCAPE.search(text):
        try:
            json.dumps(document, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise ProjectFileError(
                source,
                QT_TRANSLATE_NOOP(
                    "load", "contains an invalid character (an unpaired UTF-16 surrogate escape)"
                ),
            ) from None
    return document


def _object_without_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                where = (
                    f" in the object with id '{result['id']}'"
                    if isinstance(result.get("id"), str)
                    else ""
                )
                raise ValueError(f"the key '{key}' appears twice{where}")
            seen.add(key)
    return result


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def check_header(document: dict[str, Any], source: str) -> int:
    """Check the format name and return the file's version, refusing versions from the future."""
    file_format = document.get("format")
    if file_format is None:
        raise ProjectFileError(
            source,
            QT_TRANSLATE_NOOP(
                "load", 'is not a Journey Designer project (it has no "format" field)'
            ),
        )
    if file_format != FORMAT_NAME:
        shown = str(file_format)[:40]
        raise ProjectFileError(
            source,
            QT_TRANSLATE_NOOP("load", "is a '{kind}' file, not a Journey Designer project").format(
                kind=shown
            ),
        )
    version = document.get("version")
    if type(version) is not int:
        raise ProjectFileError(
            source,
            QT_TRANSLATE_NOOP(
                "load", 'has no valid format version ("version" must be a whole number)'
            ),
        )
    if version > FORMAT_VERSION:
        raise NewerVersionError(
            source,
            [
                Problem(
                    "version",
                    QT_TRANSLATE_NOOP(
                        "load",
                        "the file was saved by a newer Journey Designer (file format "
                        "{version}; this version reads formats up to {newest}). "
                        "Update Journey Designer to open it",
                    ).format(version=version, newest=FORMAT_VERSION),
                )
            ],
        )
    if version < 1:
        raise ProjectFileError(
            source,
            QT_TRANSLATE_NOOP("load", "has an unknown format version {version}").format(
                version=version
            ),
        )
    return version


def validate_project(document: dict[str, Any], source: str) -> Project:
    """Validate JSON data of the current version, shape first and then cross-references."""
    try:
        project = Project.model_validate(document)
    except ValidationError as error:
        raise ProjectFormatError(source, [problem_from_error(e) for e in error.errors()]) from None
    except RecursionError:
        raise ProjectFileError(
            source, QT_TRANSLATE_NOOP("load", "is nested too deeply to be a project file")
        ) from None
    problems = project_problems(project)
    if problems:
        raise ProjectFormatError(source, problems)
    return project


def format_location(location: tuple[int | str, ...]) -> str:
    """Write a pydantic location as a path into the file, e.g. `maps[0].cards[3].step_id`."""
    path = ""
    for part in location:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else part
    return path


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def problem_from_error(error: ErrorDetails) -> Problem:
    """Say one pydantic error in plain words, with its path in the file."""
    kind = error["type"]
    context = error.get("ctx") or {}
    value = error.get("input")
    if kind == "missing":
        message = "is missing (this field is required)"
    elif kind == "extra_forbidden":
        message = f"is not a field of the Journey Designer format (version {FORMAT_VERSION})"
    elif kind == "string_too_long":
        message = f"is longer than {context.get('max_length')} characters"
    elif kind == "string_too_short":
        message = "must not be empty"
    elif kind == "too_long":
        message = f"has more than {context.get('max_length')} items"
    elif kind == "too_short":
        message = f"needs at least {context.get('min_length')} item(s)"
    elif kind == "finite_number":
        message = "must be a finite number (NaN and Infinity are not allowed)"
    elif kind == "string_pattern_mismatch":
        if context.get("pattern") == ID_PATTERN:
            message = f"{_shown(value)} is not a valid id (use 1 to 64 letters, digits, '-' or '_')"
        else:
            message = f"{_shown(value)} is not in the expected form"
    elif kind == "literal_error":
        message = f"{_shown(value)} is not allowed; expected {context.get('expected')}"
    elif kind == "value_error":
        message = str(context.get("error", error["msg"]))
    else:
        message = error["msg"][0].lower() + error["msg"][1:]
        if kind.endswith("_type") or kind.startswith(("greater", "less")):
            message += f" (found {_shown(value)})"
    return Problem(format_location(error["loc"]), message)
