"""The `journeydesigner` command: the GUI by default, and subcommands that scripts can drive.

Messages are for scripts and people at a terminal: one line per problem on stderr, naming the
file; exit status 0 on success, 1 when the input is bad or an output cannot be written, 2 for a
wrong command line. Never a traceback (set JOURNEYDESIGNER_DEBUG=1 to see one).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from journeydesigner import __version__
from journeydesigner.errors import InputFormatError, JourneyError, SaveError
from journeydesigner.layout.labels import ENGLISH, Labels
from journeydesigner.model.elements import MAP_KINDS, MapKind
from journeydesigner.model.project import JourneyMap, Project

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70
STDIO = "-"


_translated = False
"""Whether --lang loaded a translation (the commands then speak it; plain English otherwise)."""


def translate(context: str, text: str) -> str:
    """`text` in the --lang language; Qt is imported only when --lang asked for one."""
    if not _translated:
        return text
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def _error_lines(error: JourneyError) -> list[str]:
    """The error's lines, in the --lang language when one was asked for."""
    if not _translated:
        return error.lines()
    from journeydesigner.i18n import error_lines

    return error_lines(error)


def _speak(language: str | None) -> None:
    """Load the translation of `language` for the messages and exports (no display needed)."""
    global _translated
    if language is None:
        return
    from PySide6.QtCore import QCoreApplication

    from journeydesigner.i18n import install_translators

    if QCoreApplication.instance() is None:
        # The command-line app object outlives this call: translators need it alive.
        _app.append(QCoreApplication(sys.argv[:1]))
    install_translators(language)
    _translated = True


_app: list[object] = []


def _requested_language(args: Sequence[str]) -> str | None:
    """The --lang before the command (`journeydesigner --lang pl validate ...`), if valid."""
    for index, arg in enumerate(args):
        if arg == "--lang" and index + 1 < len(args):
            value = args[index + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        else:
            if not arg.startswith("-"):
                return None  # the command: a --lang after it is the command's own
            continue
        try:
            return _language(value)
        except argparse.ArgumentTypeError:
            return None
    return None


class CommandError(JourneyError):
    """A command line that names things that are not there (a map, an existing output...)."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="journeydesigner",
        description=translate(
            "cli",
            "Design customer journey maps and service blueprints. "
            "Without a command, opens FILE (or the bundled sample) in the editor.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"journeydesigner {__version__}")
    parser.add_argument(
        "--lang",
        dest="interface_lang",
        type=_interface_language,
        metavar="LANG",
        help="language of the editor and of these messages: en, pl, zh_CN or zh_TW "
        "(the editor follows Preferences or the system without it; messages stay English)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = commands.add_parser("gui", help=translate("cli", "open the editor (the default)"))
    gui.add_argument("file", nargs="?", type=Path, help="a .journey file to open")
    gui.add_argument(
        "--lang",
        dest="gui_lang",
        type=_interface_language,
        metavar="LANG",
        help="language of the editor for this run: en, pl, zh_CN or zh_TW",
    )

    validate = commands.add_parser(
        "validate", help=translate("cli", "check project files; exit 1 if any is invalid")
    )
    validate.add_argument("files", nargs="+", type=Path, metavar="FILE")
    validate.add_argument("-q", "--quiet", action="store_true", help="print only problems")

    commands.add_parser(
        "schema", help=translate("cli", "print the JSON Schema of the current file format")
    )
    templates = commands.add_parser(
        "templates", help=translate("cli", "list the templates: name, then description")
    )
    templates.add_argument(
        "--lang",
        default="en",
        type=_language,
        metavar="LANG",
        help="language of the descriptions: en (the default), pl, zh_CN or zh_TW",
    )

    new = commands.add_parser("new", help=translate("cli", "create a project from a template"))
    new.add_argument("--template", required=True, metavar="NAME")
    new.add_argument(
        "--lang",
        default="en",
        type=_language,
        metavar="LANG",
        help="language of stage and lane names: en (the default), pl, zh_CN or zh_TW",
    )
    new.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.journey")
    new.add_argument("--title", help="title of the new project")
    new.add_argument("--force", action="store_true", help="overwrite OUT if it exists")

    import_csv = commands.add_parser(
        "import-csv", help=translate("cli", "make a project from a CSV grid")
    )
    import_csv.add_argument("input", metavar="IN.csv", help="the CSV file, or - for standard input")
    import_csv.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.journey")
    import_csv.add_argument("--title", help="map title (instead of the first cell)")
    import_csv.add_argument("--kind", choices=MAP_KINDS, help="map kind")
    import_csv.add_argument("--force", action="store_true", help="overwrite OUT if it exists")

    import_mermaid = commands.add_parser(
        "import-mermaid",
        help=translate("cli", "make a project from a Mermaid journey diagram"),
    )
    import_mermaid.add_argument(
        "input",
        metavar="IN.mmd",
        help="a .mmd file or Markdown with a ```mermaid block, or - for standard input",
    )
    import_mermaid.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.journey")
    import_mermaid.add_argument("--force", action="store_true", help="overwrite OUT if it exists")

    export_csv = commands.add_parser(
        "export-csv", help=translate("cli", "write one map as a CSV grid")
    )
    export_csv.add_argument("file", type=Path, metavar="FILE")
    export_csv.add_argument(
        "-o", "--output", required=True, metavar="OUT.csv", help="or - for standard output"
    )
    export_csv.add_argument(
        "--map", metavar="ID_OR_TITLE", help="which map (needed when there are several)"
    )
    export_csv.add_argument(
        "--delimiter",
        choices=["comma", "semicolon"],
        default="comma",
        help="semicolon suits spreadsheets set up for Polish and other European locales",
    )
    export_csv.add_argument(
        "--no-bom",
        action="store_true",
        help="omit the UTF-8 byte order mark (Excel needs it to read Polish and Chinese text)",
    )

    import_metrics = commands.add_parser(
        "import-metrics",
        help="add metric values from a CSV (stage, metric, value, unit, target, date) to a map",
    )
    import_metrics.add_argument("file", type=Path, metavar="FILE")
    import_metrics.add_argument(
        "metrics", metavar="METRICS.csv", help="the CSV file, or - for standard input"
    )
    import_metrics.add_argument(
        "--map", metavar="ID_OR_TITLE", help="which map (needed when there are several)"
    )
    import_metrics.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="OUT.journey",
        help="write the result here instead of changing FILE in place",
    )
    import_metrics.add_argument("--force", action="store_true", help="overwrite OUT if it exists")

    scorecard = commands.add_parser(
        "scorecard", help="print a map's scorecard: emotion, pain points, metrics, funnel, score"
    )
    scorecard.add_argument("file", type=Path, metavar="FILE")
    scorecard.add_argument(
        "--map", metavar="ID_OR_TITLE", help="which map (needed when there are several)"
    )
    scorecard.add_argument(
        "--format", choices=["text", "json", "csv"], default="text", help="default: text"
    )

    export = commands.add_parser(
        "export",
        help=translate(
            "cli",
            "print maps to a PDF (fit, tiled or per stage), or one map to PNG, SVG or Mermaid",
        ),
    )
    export.add_argument("file", type=Path, metavar="FILE")
    export.add_argument(
        "-o", "--output", required=True, type=Path, metavar="OUT.pdf|OUT.png|OUT.svg|OUT.mmd"
    )
    which = export.add_mutually_exclusive_group()
    which.add_argument(
        "--map", metavar="ID_OR_TITLE", help="which map (needed when there are several)"
    )
    which.add_argument("--all", action="store_true", help="every map, plus a page per persona")
    export.add_argument(
        "--page",
        default="A3",
        metavar="SIZE",
        help="A4, A3 (the default), A2, A1, A0, letter, tabloid, or WxHmm such as 600x400mm",
    )
    export.add_argument("--portrait", action="store_true", help="portrait instead of landscape")
    export.add_argument(
        "--dpi",
        type=float,
        default=144.0,
        help="resolution of a PNG (96 is the canvas at 100 %%; default 144)",
    )
    export.add_argument(
        "--no-scorecard",
        action="store_true",
        help="leave out the scorecard page that follows each map with metrics or emotion points",
    )
    mode = export.add_mutually_exclusive_group()
    mode.add_argument(
        "--fit",
        dest="mode",
        action="store_const",
        const="fit",
        help="the map on one page (default)",
    )
    mode.add_argument(
        "--tile",
        dest="mode",
        action="store_const",
        const="tile",
        help="across pages to tape together",
    )
    mode.add_argument(
        "--per-stage", dest="mode", action="store_const", const="per-stage", help="a page per stage"
    )
    return parser


def _language(value: str) -> str:
    """A --lang value as its language code; a wrong one is a wrong command line (status 2)."""
    from journeydesigner.templates import check_language

    try:
        return check_language(value)
    except JourneyError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


_interface_language = _language


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    # `journeydesigner FILE` and a bare `journeydesigner` open the editor.
    known = {
        "gui",
        "validate",
        "schema",
        "templates",
        "new",
        "import-csv",
        "import-mermaid",
        "export-csv",
        "export",
        "import-metrics",
        "scorecard",
    }
    # Options before the command (--lang pl) do not hide which command it is.
    first = 0
    if args_list[:1] == ["--lang"]:
        first = 2
    elif args_list[:1] and args_list[0].startswith("--lang="):
        first = 1
    rest = args_list[first:]
    if not rest or (rest[0] not in known and not rest[0].startswith("-")):
        args_list.insert(first, "gui")
    if args_list[first : first + 1] != ["gui"]:
        # Before the parser is built, so its help speaks the language too. The editor loads
        # its translation itself, in its own QApplication.
        _speak(_requested_language(args_list))
    parser = _parser()
    args = parser.parse_args(args_list)
    handler = _HANDLERS[args.command or "gui"]
    try:
        return handler(args)
    except JourneyError as error:
        for line in _error_lines(error):
            print(line, file=sys.stderr)
        return EXIT_INVALID
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as error:  # the last guard: a one-line message, never a traceback
        if os.environ.get("JOURNEYDESIGNER_DEBUG"):
            traceback.print_exc()
        print(
            f"journeydesigner: internal error ({type(error).__name__}: {error}); "
            "please report it, with the command you ran",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def _gui(args: argparse.Namespace) -> int:
    from journeydesigner.app.main import run  # Qt loads only for the editor

    return run(args.file, getattr(args, "gui_lang", None) or args.interface_lang)


def _validate(args: argparse.Namespace) -> int:
    from journeydesigner.io.load import read_project

    status = EXIT_OK
    for path in args.files:
        try:
            project = read_project(path)
        except JourneyError as error:
            for line in _error_lines(error):
                print(line, file=sys.stderr)
            status = EXIT_INVALID
            continue
        if not args.quiet:
            cards = sum(len(m.cards) for m in project.maps)
            counts = translate("cli", "valid ({maps}, {cards})").format(
                maps=_labels().count("maps", len(project.maps)),
                cards=_labels().count("cards", cards),
            )
            print(f"{path}: {counts}")
    return status


def _labels() -> Labels:
    """English words and numbers, or the --lang language's through Qt."""
    if not _translated:
        return ENGLISH
    from journeydesigner.i18n import QtLabels

    return QtLabels()


def _schema(args: argparse.Namespace) -> int:
    from journeydesigner.io.schema import project_schema

    print(json.dumps(project_schema(), indent=2, ensure_ascii=False))
    return EXIT_OK


def _templates(args: argparse.Namespace) -> int:
    from journeydesigner.templates import list_templates

    templates = list_templates(lang=args.lang)
    width = max((len(t.name) for t in templates), default=0)
    for template in templates:
        print(f"{template.name:<{width}}  {template.description}")
    return EXIT_OK


def _new(args: argparse.Namespace) -> int:
    from journeydesigner.templates import instantiate

    _check_new_output(args.output, args.force)
    project = instantiate(args.template, lang=args.lang, title=args.title)
    _write_project(project, args.output)
    return EXIT_OK


def _read_input(name: str) -> tuple[bytes, str]:
    """The bytes of an input file, or of standard input for `-`; errors name the file."""
    from journeydesigner.io.load import read_bytes

    if name == STDIO:
        return sys.stdin.buffer.read(), "<stdin>"
    try:
        return read_bytes(name), name
    except JourneyError as error:
        raise InputFormatError(error.source, error.reason) from None


def _import_csv(args: argparse.Namespace) -> int:
    from journeydesigner.interop.csv_grid import project_from_csv

    _check_new_output(args.output, args.force)
    data, source = _read_input(args.input)
    kind: MapKind | None = args.kind
    project = project_from_csv(data, source, title=args.title, kind=kind)
    _write_project(project, args.output)
    return EXIT_OK


def _import_mermaid(args: argparse.Namespace) -> int:
    from journeydesigner.interop.mermaid import project_from_mermaid

    _check_new_output(args.output, args.force)
    data, source = _read_input(args.input)
    project = project_from_mermaid(data, source)
    _write_project(project, args.output)
    return EXIT_OK


def _import_metrics(args: argparse.Namespace) -> int:
    from journeydesigner.interop.metrics_csv import apply_metrics, read_metrics_csv
    from journeydesigner.io.load import read_project
    from journeydesigner.model.ids import IdMaker
    from journeydesigner.model.project import now

    output: Path = args.output or args.file
    if args.output is not None:
        _check_new_output(args.output, args.force)
    project = read_project(args.file)
    journey_map = choose_map(project, args.map, args.file)
    data, source = _read_input(args.metrics)
    metrics_file = read_metrics_csv(data, source)
    ids = IdMaker([m.id for m in journey_map.metrics] + [lane.id for lane in journey_map.lanes])
    result = apply_metrics(journey_map, metrics_file, ids.make)
    for skipped in result.skipped:
        print(f"{source}: {skipped} (not imported)", file=sys.stderr)
    if result.changed:
        project.modified = now()
        _write_project(project, output)
    print(f"{output}: {journey_map.title}: {result.summary()}")
    return EXIT_OK


def _scorecard(args: argparse.Namespace) -> int:
    from journeydesigner.analysis.report import scorecard_csv, scorecard_data, scorecard_text
    from journeydesigner.analysis.scorecard import compute_scorecard
    from journeydesigner.io.load import read_project

    project = read_project(args.file)
    journey_map = choose_map(project, args.map, args.file)
    card = compute_scorecard(journey_map, {p.id: p.name for p in project.personas})
    if args.format == "json":
        print(json.dumps(scorecard_data(card), indent=2, ensure_ascii=False))
    elif args.format == "csv":
        sys.stdout.write(scorecard_csv(card))
    else:
        sys.stdout.write(scorecard_text(card))
    return EXIT_OK


def _export_csv(args: argparse.Namespace) -> int:
    from journeydesigner.interop.csv_grid import map_to_csv
    from journeydesigner.io.load import read_project
    from journeydesigner.io.save import atomic_write

    project = read_project(args.file)
    journey_map = choose_map(project, args.map, args.file)
    delimiter = ";" if args.delimiter == "semicolon" else ","
    text, warnings = map_to_csv(journey_map, project.personas, delimiter=delimiter)
    for warning in warnings:
        print(f"{args.file}: {journey_map.title}: {warning}", file=sys.stderr)
    data = text.encode("utf-8" if args.no_bom else "utf-8-sig")
    if args.output == STDIO:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        atomic_write(args.output, data)
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    output: Path = args.output
    if output.suffix.lower() in (".png", ".svg"):
        return _export_image(args)
    if output.suffix.lower() == ".mmd":
        return _export_mermaid(args)
    if output.suffix.lower() != ".pdf":
        raise CommandError(
            output,
            translate(
                "cli", "choose an output file ending in .pdf, .png or .svg (or .mmd for Mermaid)"
            ),
        )
    # reportlab loads only here, so the other commands start without it.
    from journeydesigner.export.pdf import PageSizeError, PdfOptions, export_pdf, page_setup
    from journeydesigner.io.load import read_project

    try:
        page = page_setup(args.page, portrait=args.portrait)
    except PageSizeError as error:
        raise CommandError(output, str(error)) from None
    project = read_project(args.file)
    whole = args.all or (not project.maps and args.map is None)  # an empty project: a note
    maps = None if whole else [choose_map(project, args.map, args.file)]
    options = PdfOptions(
        page, args.mode or "fit", labels=_labels(), scorecard=not args.no_scorecard
    )
    result = export_pdf(project, output, maps, options, source=args.file)
    for warning in result.warnings:
        print(f"{args.file}: {warning}", file=sys.stderr)
    return EXIT_OK


def _export_image(args: argparse.Namespace) -> int:
    # Qt loads only here: pictures are drawn by the canvas itself, offscreen.
    from journeydesigner.io.load import read_project

    if args.all:
        raise CommandError(
            args.output, translate("cli", "a PNG or SVG holds one map; choose it with --map")
        )
    project = read_project(args.file)
    journey_map = choose_map(project, args.map, args.file)
    from journeydesigner.canvas.image_export import export_image

    if not _translated:
        from PySide6.QtCore import QLocale

        # The canvas formats numbers with Qt's default locale: English unless --lang says.
        QLocale.setDefault(QLocale("en_US"))

    export_image(project, journey_map.id, args.output, args.dpi, source=str(args.file))
    return EXIT_OK


def _export_mermaid(args: argparse.Namespace) -> int:
    from journeydesigner.interop.mermaid import map_to_mermaid
    from journeydesigner.io.load import read_project
    from journeydesigner.io.save import atomic_write

    if args.all:
        raise CommandError(
            args.output, translate("cli", "a Mermaid journey holds one map; choose it with --map")
        )
    project = read_project(args.file)
    journey_map = choose_map(project, args.map, args.file)
    text, warnings = map_to_mermaid(journey_map, project.personas)
    for warning in warnings:
        print(f"{args.file}: {journey_map.title}: {warning}", file=sys.stderr)
    atomic_write(args.output, text.encode("utf-8"))
    return EXIT_OK


def choose_map(project: Project, wanted: str | None, source: Path) -> JourneyMap:
    """The map named by id or title, or the only one; a CommandError says which exist."""
    if not project.maps:
        raise CommandError(source, translate("cli", "the project has no maps"))
    if wanted is None:
        if len(project.maps) == 1:
            return project.maps[0]
        raise CommandError(
            source,
            translate("cli", "has {count} maps; choose one with --map ({names})").format(
                count=len(project.maps), names=_map_names(project)
            ),
        )
    for journey_map in project.maps:
        if wanted in (journey_map.id, journey_map.title):
            return journey_map
    folded = [m for m in project.maps if m.title.casefold() == wanted.casefold()]
    if len(folded) == 1:
        return folded[0]
    raise CommandError(
        source,
        translate("cli", "has no map '{wanted}' ({names})").format(
            wanted=wanted, names=_map_names(project)
        ),
    )


def _map_names(project: Project) -> str:
    return ", ".join(f"{m.id} = {m.title!r}" for m in project.maps)


def _check_new_output(output: Path, force: bool) -> None:
    if output.exists() and not force:
        raise CommandError(
            output,
            translate("cli", "already exists; choose another name or add --force to replace it"),
        )
    if output.is_dir():
        raise SaveError(output, "is a folder; choose a file name")


def _write_project(project: Project, output: Path) -> None:
    from journeydesigner.io.save import write_project

    write_project(project, output)


_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "gui": _gui,
    "validate": _validate,
    "schema": _schema,
    "templates": _templates,
    "new": _new,
    "import-csv": _import_csv,
    "import-mermaid": _import_mermaid,
    "export-csv": _export_csv,
    "export": _export,
    "import-metrics": _import_metrics,
    "scorecard": _scorecard,
}
