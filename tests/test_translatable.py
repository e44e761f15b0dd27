"""Every user-visible string on the Qt side goes through Qt's translation.

An AST scan: a string literal (or f-string) handed straight to a call that shows text (setText,
QAction, QMessageBox, our own field helpers...) is a string the translators never see. Wrap it:
`self.tr("Text")` in a QObject subclass, `translate("Context", "Text")` (journeydesigner.i18n)
elsewhere, then run `.venv/bin/python packaging/update_translations.py`.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "journeydesigner"
QT_SIDE = sorted(
    [
        *(PACKAGE / "app").glob("*.py"),
        *(PACKAGE / "widgets").glob("*.py"),
        *(PACKAGE / "canvas").glob("*.py"),
        *(PACKAGE / "commands").glob("*.py"),
        PACKAGE / "names.py",
    ]
)

SHOWS_TEXT = {
    # Qt
    "setText",
    "setWindowTitle",
    "QAction",
    "addMenu",
    "addAction",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QToolButton",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setPlaceholderText",
    "showMessage",
    "QMessageBox",
    "question",
    "warning",
    "information",
    "critical",
    "about",
    "addTab",
    "insertTab",
    "setTabText",
    "QDockWidget",
    "addRow",
    "getText",
    "getItem",
    "getInt",
    "getDouble",
    "getOpenFileName",
    "getOpenFileNames",
    "getSaveFileName",
    "getExistingDirectory",
    "setLabelText",
    "QProgressDialog",
    "addButton",
    "setInformativeText",
    "setAccessibleName",
    "setAccessibleDescription",
    "QListWidgetItem",
    "addItem",
    "addItems",
    "insertItem",
    "setItemText",
    "setTitle",
    "setHeaderLabels",
    "setSuffix",
    "setPrefix",
    "setSpecialValueText",
    "beginMacro",
    "setWindowIconText",
    "addToolBar",
    "QMenu",
    "createUndoAction",
    "createRedoAction",
    "setNameFilter",
    # ours: helpers that put their text on screen, undo-step names, refusals shown to people
    "_action",
    "section",
    "section_label",
    "CommitLineEdit",
    "CommitTextEdit",
    "MixedCheckBox",
    "_toggle",
    "ColourSwatches",
    "TagEditor",
    "DurationEdit",
    "SwatchButton",
    "show_error",
    "draw_text_line",
    "add_cards",
    "set_card_fields",
    "set_stage_fields",
    "set_lane_fields",
    "set_persona_fields",
    "_set",
    "_set_all",
    "_restructure",
    "emit",
    "ImageImportError",
    "ImageExportError",
    "show_message",
    "_tell",
    "import_data",
    "add_persona",
    "add_lane",
    "add_stage",
    "add_step",
    "duplicate_map",
    "MoveCards",
    "EditCard",
    "AddCards",
    "RemoveCards",
    "RemoveConnectors",
    "ReplaceMaps",
    "SetEmotionPoint",
}
"""Calls whose string arguments people read."""

ALLOWED = {"Journey Designer"}
"""The app's name stays as it is in every language."""


def _name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Attribute):
        if isinstance(func.value, ast.Name) and func.value.id in {"log", "logger", "logging"}:
            return None  # log messages are for developers, in English
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return None


def _prose(text: str) -> bool:
    """Words someone reads (not an id, a key, a shortcut, a colour or a file pattern)."""
    if text in ALLOWED or not re.search(r"[A-Za-z]{2,}", text):
        return False
    plumbing = r"[a-z0-9_./:-]+|[A-Z][a-z]*\+[\w+]+|#[0-9A-Fa-f]{3,8}|[A-Z0-9]{1,3}"
    return not re.fullmatch(plumbing, text)


def _literal_words(node: ast.expr) -> list[str]:
    """The readable words a node passes on as they are (not through tr/translate)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if _prose(node.value) else []
    if isinstance(node, ast.JoinedStr):
        parts = [v.value for v in node.values if isinstance(v, ast.Constant)]
        joined = "".join(str(p) for p in parts)
        return [joined] if _prose(joined) else []
    if isinstance(node, ast.IfExp):
        return _literal_words(node.body) + _literal_words(node.orelse)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _literal_words(node.left) + _literal_words(node.right)
    return []


def untranslated(path: Path) -> list[str]:
    """`file:line: "text"` for each literal shown to people without translation."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or _name(node) not in SHOWS_TEXT:
            continue
        arguments = [*node.args, *(k.value for k in node.keywords)]
        for argument in arguments:
            for words in _literal_words(argument):
                where = path.relative_to(ROOT)
                found.append(f"{where}:{argument.lineno}: {words!r}")
    return found


def test_the_scan_finds_a_string_that_is_not_translated() -> None:
    sample = ROOT / "journeydesigner" / "_sample_for_test.py"
    code = (
        "def f(self, box, n):\n"
        "    box.setText('Save the map')\n"
        "    box.setToolTip(f'{n} cards selected')\n"
        "    box.setWindowTitle(self.tr('Fine'))\n"
        "    box.setText('')\n"
        "    box.showMessage('Saved' if n else self.tr('Not saved'))\n"
    )
    sample.write_text(code, encoding="utf-8")
    try:
        found = untranslated(sample)
    finally:
        sample.unlink()
    assert found == [
        "journeydesigner/_sample_for_test.py:2: 'Save the map'",
        "journeydesigner/_sample_for_test.py:3: ' cards selected'",
        "journeydesigner/_sample_for_test.py:6: 'Saved'",
    ]


@pytest.mark.parametrize("path", QT_SIDE, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_user_visible_strings_go_through_translation(path: Path) -> None:
    found = untranslated(path)
    assert not found, (
        "These strings are shown to people but not translatable; wrap each in self.tr(...) "
        "(QObject subclasses) or translate('Context', ...) from journeydesigner.i18n, with "
        ".format(...) for values, then run: .venv/bin/python packaging/update_translations.py\n"
        + "\n".join(found)
    )
