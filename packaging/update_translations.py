"""Refresh the translation sources from the code and compile them.

    .venv/bin/python packaging/update_translations.py           # lupdate, then lrelease
    .venv/bin/python packaging/update_translations.py --check   # exit 1 when anything is stale

lupdate collects every tr()/translate()/QT_TRANSLATE_NOOP string of the package into
resources/i18n/journeydesigner_LANG.ts (new ones as "unfinished", gone ones dropped), and lrelease
compiles each .ts to the .qm the app loads. English needs only its plural forms ("1 card",
"2 cards"), so its .ts holds just the strings with %n. Then translate the unfinished entries
(Qt Linguist: `.venv/bin/pyside6-linguist resources/i18n/journeydesigner_pl.ts`, or any editor)
and run this again to compile them.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "journeydesigner"
FOLDER = ROOT / "resources" / "i18n"
LANGUAGES = ("en", "pl", "zh_CN", "zh_TW")
COMMAND = ".venv/bin/python packaging/update_translations.py"


def tool(name: str) -> str:
    """A PySide6 tool next to the running Python (the venv's), else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found; install PySide6 into this environment")
    return found


def sources() -> list[Path]:
    """Every module of the package (Qt-free ones mark their words for the Qt side too)."""
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def ts_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"journeydesigner_{language}.ts"


def qm_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"journeydesigner_{language}.qm"


def lupdate(ts: Path, language: str) -> None:
    """Merge the strings found in the code into `ts` (created when missing)."""
    files = [str(p.relative_to(ROOT)) for p in sources()]
    options = ["-no-obsolete", "-locations", "none", "-source-language", "en"]
    options += ["-target-language", language]
    if language == "en":
        options.append("-pluralonly")
    subprocess.run(
        [tool("pyside6-lupdate"), *files, *options, "-silent", "-ts", str(ts)],
        cwd=ROOT,
        check=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    """Compile one .ts to a .qm."""
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True
    )


def update() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        lupdate(ts_path(language), language)
        lrelease(ts_path(language), qm_path(language))
        print(f"{ts_path(language).relative_to(ROOT)} -> {qm_path(language).name}")


def stale() -> list[str]:
    """What `update` would change: .ts files behind the code, .qm files behind their .ts."""
    problems = []
    with tempfile.TemporaryDirectory() as temp:
        for language in LANGUAGES:
            committed = ts_path(language)
            copy = ts_path(language, Path(temp))
            if committed.exists():
                shutil.copyfile(committed, copy)
            lupdate(copy, language)
            if not committed.exists() or copy.read_bytes() != committed.read_bytes():
                problems.append(f"{committed.relative_to(ROOT)} is not up to date with the code")
                problems += _differences(committed, copy)
                continue
            compiled = qm_path(language, Path(temp))
            lrelease(committed, compiled)
            shipped = qm_path(language)
            if not shipped.exists() or shipped.read_bytes() != compiled.read_bytes():
                problems.append(f"{shipped.relative_to(ROOT)} is older than its .ts")
    return problems


def _sources(ts: Path) -> set[tuple[str, str]]:
    if not ts.exists():
        return set()
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def _differences(committed: Path, refreshed: Path, limit: int = 10) -> list[str]:
    """The strings the code has and the .ts lacks (and the reverse), a few of each."""
    old, new = _sources(committed), _sources(refreshed)
    lines = [f"  new in the code: {context}: {text!r}" for context, text in sorted(new - old)]
    lines += [f"  gone from the code: {context}: {text!r}" for context, text in sorted(old - new)]
    return lines[:limit]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale files")
    if parser.parse_args().check:
        problems = stale()
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print(f"run: {COMMAND}", file=sys.stderr)
        return 1 if problems else 0
    update()
    return 0


if __name__ == "__main__":
    sys.exit(main())
