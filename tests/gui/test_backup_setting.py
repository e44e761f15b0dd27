"""Preferences → Previous versions kept decides how many backups a save leaves next to the file."""

from __future__ import annotations

from builders import small_project
from gui.conftest import open_project
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from journeydesigner.widgets.preferences import PreferencesDialog, backups_to_keep


def test_the_number_of_backups_is_a_preference_the_save_follows(window, qtbot, tmp_path):
    path = tmp_path / "plan.journey"
    open_project(window, small_project(), path)
    assert backups_to_keep(window.settings) == 1, "one backup by default"

    dialog = PreferencesDialog(window.settings, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.backups.setFocus()
    dialog.backups.selectAll()
    QTest.keyClicks(dialog.backups, "3")
    QTest.keyClick(dialog.backups, Qt.Key.Key_Return)  # the dialog's default button: OK
    assert not dialog.isVisible()
    assert backups_to_keep(window.settings) == 3

    for text in ("one", "two", "three", "four"):
        window.editor.set_card_text("map-1", "c1", text)
        assert window.save()
    names = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("plan"))
    assert names == ["plan.journey", "plan.journey.bak", "plan.journey.bak.2", "plan.journey.bak.3"]


def test_a_broken_setting_falls_back_to_one_backup(window):
    window.settings.setValue("saving/backups", "lots")
    assert backups_to_keep(window.settings) == 1
    window.settings.setValue("saving/backups", 999)
    assert backups_to_keep(window.settings) == 20
