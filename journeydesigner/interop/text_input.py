"""What every text importer (CSV grids, Mermaid) needs first: bytes made into checked text, and
an imported map made into a project."""

from __future__ import annotations

from dataclasses import dataclass, field

from journeydesigner.errors import InputFormatError
from journeydesigner.messages import QT_TRANSLATE_NOOP
from journeydesigner.model.elements import Persona
from journeydesigner.model.project import JourneyMap, Project

MAX_INPUT_BYTES = 20 * 1024 * 1024


@dataclass
class ImportedMap:
    """An importer's result: one map and the personas it had to create for it."""

    journey_map: JourneyMap
    new_personas: list[Persona] = field(default_factory=list)


def decode_input(data: bytes, source: str, *, save_as: str = "UTF-8") -> str:
    """UTF-8 text (a BOM is fine) or an InputFormatError naming the file and, for invalid bytes,
    the line; `save_as` names the format to suggest (e.g. Excel's "CSV UTF-8")."""
    if len(data) > MAX_INPUT_BYTES:
        raise InputFormatError(
            source,
            QT_TRANSLATE_NOOP("import", "is larger than {limit} MB").format(
                limit=MAX_INPUT_BYTES // 1_048_576
            ),
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputFormatError(
            source,
            QT_TRANSLATE_NOOP(
                "import", "is saved as UTF-16; save it as {encoding} and try again"
            ).format(encoding=save_as),
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise InputFormatError(
            source,
            QT_TRANSLATE_NOOP(
                "import", "line {line}: is not UTF-8 text; save it as {encoding} and try again"
            ).format(line=line, encoding=save_as),
        ) from None
    if "\x00" in text:
        raise InputFormatError(
            source, QT_TRANSLATE_NOOP("import", "is not a text file (it contains NUL bytes)")
        )
    return text


def project_with(imported: ImportedMap) -> Project:
    """A new project holding one imported map and its personas."""
    project = Project.new(imported.journey_map.title)
    project.personas = imported.new_personas
    project.maps = [imported.journey_map]
    return project
