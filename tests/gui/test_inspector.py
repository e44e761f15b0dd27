"""The inspector driven with real clicks and key presses: every edit is one façade call that
lands in the model and undoes in one step; refused values leave the model alone and say why; the
panel follows undo and changes made elsewhere."""

from __future__ import annotations

import pytest
from builders import small_map, small_project
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QWidget

from journeydesigner.commands.editor import Editor
from journeydesigner.document import JourneyDocument
from journeydesigner.model.elements import EmotionScale
from journeydesigner.widgets.duration import best_unit, format_number, parse_duration
from journeydesigner.widgets.inspector import Inspector, scale_problem
from journeydesigner.widgets.tags import parse_tags

MAP = "map-1"
CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def editor() -> Editor:
    return Editor(JourneyDocument(small_project()))


@pytest.fixture
def inspector(qtbot, editor: Editor) -> Inspector:
    """The inspector alone in a shown, active window, as in its dock."""
    widget = Inspector(editor)
    qtbot.addWidget(widget)
    widget.resize(340, 1000)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def _dump(editor: Editor) -> str:
    return editor.document.project.model_dump_json()


def _card(editor: Editor, card_id: str):
    return editor.document.card(MAP, card_id)


def _click(widget: QWidget) -> None:
    """Click a button where a hand would: a check box on its box, anything else in its middle."""
    point = widget.rect().center()
    if isinstance(widget, QCheckBox):
        point.setX(8)
    QTest.mouseClick(widget, LEFT, Qt.KeyboardModifier.NoModifier, point)


def _focus(qtbot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def _replace_text(qtbot, widget: QWidget, text: str) -> None:
    """Focus a field, select all, and type `text` over it."""
    _focus(qtbot, widget)
    QTest.keyClick(widget, Qt.Key.Key_A, CTRL)
    if text:
        QTest.keyClicks(widget, text)
    else:
        QTest.keyClick(widget, Qt.Key.Key_Delete)


def _tab_away(widget: QWidget) -> None:
    QTest.keyClick(widget, Qt.Key.Key_Tab)


# -- nothing selected -----------------------------------------------------------------------------


def test_nothing_selected_shows_a_hint(inspector: Inspector):
    inspector.show_selection(None, [])
    assert inspector.page is inspector.empty_page
    assert "Select a card" in inspector.empty_page.where.text()
    inspector.show_selection(MAP, ["c1"])
    inspector.show_selection(MAP, [])
    assert inspector.page is inspector.empty_page


# -- card text ------------------------------------------------------------------------------------


def test_typing_text_commits_on_focus_out_and_one_undo_restores(qtbot, inspector, editor):
    before = _dump(editor)
    inspector.show_selection(MAP, ["c1"])
    text = inspector.card_page.text
    _replace_text(qtbot, text, "Sees an ad")
    QTest.keyClick(text, Qt.Key.Key_Return)  # Enter is a new line in the text
    QTest.keyClicks(text, "on TikTok")
    assert _card(editor, "c1").text == "Sees an ad on YouTube", "nothing is written while typing"
    _tab_away(text)
    assert not text.hasFocus()
    assert _card(editor, "c1").text == "Sees an ad\non TikTok"
    assert editor.stack.count() == 1
    assert editor.stack.undoText() == "Edit card text"
    editor.stack.undo()
    assert _dump(editor) == before
    assert text.toPlainText() == "Sees an ad on YouTube", "the panel follows undo"


def test_ctrl_enter_commits_keeps_the_cursor_and_each_commit_is_one_step(qtbot, inspector, editor):
    inspector.show_selection(MAP, ["c2"])
    text = inspector.card_page.text
    _focus(qtbot, text)
    QTest.keyClick(text, Qt.Key.Key_End, CTRL)
    QTest.keyClicks(text, " twice")
    QTest.keyClick(text, Qt.Key.Key_Return, CTRL)
    assert _card(editor, "c2").text == "Watches a review twice"
    assert text.hasFocus()
    assert text.textCursor().position() == len("Watches a review twice")
    QTest.keyClick(text, Qt.Key.Key_Home)
    QTest.keyClicks(text, "Often ")
    QTest.keyClick(text, Qt.Key.Key_Return, CTRL)
    assert _card(editor, "c2").text == "Often Watches a review twice"
    assert text.textCursor().position() == len("Often "), "own edits keep the cursor"
    # Each commit is its own step: two separate edits are never folded into one.
    assert editor.stack.count() == 2
    editor.stack.undo()
    assert _card(editor, "c2").text == "Watches a review twice"
    editor.stack.undo()
    assert _card(editor, "c2").text == "Watches a review"


def test_escape_puts_the_text_back_without_an_edit(qtbot, inspector, editor):
    inspector.show_selection(MAP, ["c1"])
    text = inspector.card_page.text
    _replace_text(qtbot, text, "oops")
    QTest.keyClick(text, Qt.Key.Key_Escape)
    assert text.toPlainText() == "Sees an ad on YouTube"
    _tab_away(text)
    assert editor.stack.count() == 0


def test_changing_the_selection_commits_what_was_typed(qtbot, inspector, editor):
    inspector.show_selection(MAP, ["c1"])
    _replace_text(qtbot, inspector.card_page.text, "Changed")
    inspector.show_selection(MAP, ["c2"])
    assert _card(editor, "c1").text == "Changed"
    assert inspector.card_page.text.toPlainText() == "Watches a review"


# -- colour ---------------------------------------------------------------------------------------


def test_clicking_a_swatch_sets_the_colour_and_undo_restores(inspector, editor):
    inspector.show_selection(MAP, ["c1"])
    swatches = inspector.card_page.colour
    _click(swatches.swatch("#FBDDDD"))
    assert _card(editor, "c1").colour == "#FBDDDD"
    assert editor.stack.undoText() == "Change card colour"
    assert swatches.swatch("#FBDDDD").isChecked()
    _click(swatches.reset_button)
    assert _card(editor, "c1").colour is None
    assert editor.stack.undoText() == "Use lane colour"
    assert swatches.reset_button.isChecked()
    editor.stack.undo()
    assert _card(editor, "c1").colour == "#FBDDDD"
    assert swatches.swatch("#FBDDDD").isChecked()
    editor.stack.undo()
    assert _card(editor, "c1").colour is None
    assert swatches.reset_button.isChecked()
    assert editor.stack.count() == 2


def test_swatches_are_one_tab_stop_and_arrow_keys_pick(qtbot, inspector, editor):
    inspector.show_selection(MAP, ["c1"])
    swatches = inspector.card_page.colour
    stops = [b for b in swatches.buttons() if b.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert stops == [swatches.reset_button], "the checked choice is the row's only Tab stop"
    _focus(qtbot, swatches.swatch("#FFF0B3"))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert swatches.swatch("#EEF2F8").hasFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert _card(editor, "c1").colour == "#EEF2F8"


def test_a_colour_from_outside_the_palette_shows_as_its_own_swatch(inspector, editor):
    editor.set_card_fields(MAP, "c1", "Change card colour", colour="#123456")
    inspector.show_selection(MAP, ["c1"])
    swatches = inspector.card_page.colour
    checked = [b for b in swatches.buttons() if b.isChecked()]
    assert len(checked) == 1
    assert checked[0].accessibleName() == "Custom colour (#123456)"
    _click(swatches.swatch("#D7EFE2"))
    _click(checked[0])
    assert _card(editor, "c1").colour == "#123456"


# -- tags -----------------------------------------------------------------------------------------


def test_tags_are_added_comma_separated_and_removed_with_their_chip(qtbot, inspector, editor):
    inspector.show_selection(MAP, ["c4"])
    tags = inspector.card_page.tags
    _focus(qtbot, tags.field)
    QTest.keyClicks(tags.field, "mobile,  checkout, payment")
    QTest.keyClick(tags.field, Qt.Key.Key_Return)
    assert _card(editor, "c4").tags == ["payment", "mobile", "checkout"]
    assert editor.stack.undoText() == "Add 2 tags"
    assert tags.field.text() == ""
    assert [chip.accessibleName() for chip in tags.chips()] == [
        "Remove tag payment",
        "Remove tag mobile",
        "Remove tag checkout",
    ]
    _click(tags.chips()[0])
    assert _card(editor, "c4").tags == ["mobile", "checkout"]
    assert editor.stack.undoText() == "Remove tag"
    editor.stack.undo()
    assert _card(editor, "c4").tags == ["payment", "mobile", "checkout"]
    assert len(tags.chips()) == 3


def test_chips_are_reached_and_removed_from_the_keyboard(qtbot, inspector, editor):
    editor.set_card_fields(MAP, "c4", "Add 2 tags", tags=["payment", "mobile", "web"])
    inspector.show_selection(MAP, ["c4"])
    tags = inspector.card_page.tags

    def focused() -> str:
        return QApplication.focusWidget().accessibleName()

    _focus(qtbot, tags.field)
    QTest.keyClick(tags.field, Qt.Key.Key_Backspace)  # empty field: step back to the last chip
    assert focused() == "Remove tag web"
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    assert focused() == "Remove tag payment"
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete)
    assert _card(editor, "c4").tags == ["mobile", "web"]
    assert focused() == "Remove tag mobile", "focus moves to the next chip"
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backspace)
    assert _card(editor, "c4").tags == ["mobile"]
    assert focused() == "Remove tag mobile", "Backspace moves to the chip before"
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert _card(editor, "c4").tags == []
    assert tags.field.hasFocus(), "with no chip left, focus goes back to the field"
    assert editor.stack.count() == 4


def test_tab_from_a_chip_goes_to_the_field(qtbot, inspector):
    inspector.show_selection(MAP, ["c4"])
    tags = inspector.card_page.tags
    _focus(qtbot, tags.field)
    QTest.keyClick(tags.field, Qt.Key.Key_Left)
    assert tags.chips()[0].hasFocus()
    QTest.keyClick(tags.chips()[0], Qt.Key.Key_Tab)
    assert tags.field.hasFocus()
    QTest.keyClick(tags.field, Qt.Key.Key_Left)
    QTest.keyClick(tags.chips()[0], Qt.Key.Key_Backtab)
    assert QApplication.focusWidget().accessibleName() == "Lane colour"


def test_a_too_long_tag_is_refused_with_a_message_and_the_model_is_unchanged(
    qtbot, inspector, editor
):
    before = _dump(editor)
    inspector.show_selection(MAP, ["c4"])
    page = inspector.card_page
    _focus(qtbot, page.tags.field)
    QTest.keyClicks(page.tags.field, "ok, " + "x" * 60)
    QTest.keyClick(page.tags.field, Qt.Key.Key_Return)
    assert _dump(editor) == before
    assert editor.stack.count() == 0
    assert page.tags_message.isVisible()
    assert "at most 50 characters" in page.tags_message.text()
    assert page.tags.field.text() == "ok, " + "x" * 60, "the typing stays, to be fixed"
    QTest.keyClick(page.tags.field, Qt.Key.Key_A, CTRL)
    QTest.keyClicks(page.tags.field, "short")
    QTest.keyClick(page.tags.field, Qt.Key.Key_Return)
    assert _card(editor, "c4").tags == ["payment", "short"]
    assert not page.tags_message.isVisible()


def test_too_long_texts_are_refused_with_a_message(qtbot, inspector, editor):
    before = _dump(editor)
    inspector.show_selection(MAP, ["c1"])
    page = inspector.card_page
    _replace_text(qtbot, page.owner, "o" * 201)
    QTest.keyClick(page.owner, Qt.Key.Key_Return)
    assert page.owner_message.text() == "An owner can be at most 200 characters."
    page.text.setPlainText("t" * 10_001)
    _focus(qtbot, page.text)
    QTest.keyClick(page.text, Qt.Key.Key_Return, CTRL)
    assert "at most 10,000 characters" in page.text_message.text()
    assert _dump(editor) == before
    assert editor.stack.count() == 0


# -- channel, owner -------------------------------------------------------------------------------


def test_channel_and_owner_commit_on_enter_and_empty_clears(qtbot, inspector, editor):
    inspector.show_selection(MAP, ["c3"])
    page = inspector.card_page
    _replace_text(qtbot, page.channel, "  Web shop ")
    QTest.keyClick(page.channel, Qt.Key.Key_Return)
    assert _card(editor, "c3").channel == "Web shop"
    assert editor.stack.undoText() == "Change channel"
    _replace_text(qtbot, page.owner, "Payments")
    _tab_away(page.owner)
    assert _card(editor, "c3").owner == "Payments"
    _replace_text(qtbot, page.channel, "")
    QTest.keyClick(page.channel, Qt.Key.Key_Return)
    assert _card(editor, "c3").channel is None
    assert editor.stack.undoText() == "Clear channel"
    assert editor.stack.count() == 3


def test_channel_offers_the_maps_other_channels(qtbot, inspector, editor):
    editor.set_card_fields(MAP, "c1", "Change channel", channel="YouTube")
    inspector.show_selection(MAP, ["c2"])
    completer = inspector.card_page.channel.completer()
    assert completer.model().stringList() == ["YouTube"]


# -- evidence, fail point -------------------------------------------------------------------------


def test_evidence_toggles_with_the_canvas_markers(inspector, editor):
    inspector.show_selection(MAP, ["c3"])
    row = inspector.card_page.evidence
    assert row.button_for("observed").isChecked()
    assert not row.button_for("observed").icon().isNull(), "the marker shape is shown"
    _click(row.button_for("assumed"))
    assert _card(editor, "c3").evidence == "assumed"
    assert editor.stack.undoText() == "Mark card assumed"
    _click(row.button_for(None))
    assert _card(editor, "c3").evidence is None
    assert editor.stack.undoText() == "Clear evidence"
    editor.stack.undo()
    assert row.button_for("assumed").isChecked()
    editor.stack.undo()
    assert row.button_for("observed").isChecked()


def test_fail_point_with_recovery(qtbot, inspector, editor):
    before = _dump(editor)
    inspector.show_selection(MAP, ["c3"])
    page = inspector.card_page
    assert not page.recovery.isEnabled(), "recovery belongs to a fail point"
    _click(page.fail_point)
    assert _card(editor, "c3").fail_point is True
    assert editor.stack.undoText() == "Mark fail point"
    assert page.recovery.isEnabled()
    _replace_text(qtbot, page.recovery, "Offer a wallet")
    _tab_away(page.recovery)
    assert _card(editor, "c3").recovery == "Offer a wallet"
    assert editor.stack.undoText() == "Edit recovery"
    _click(page.fail_point)
    assert _card(editor, "c3").fail_point is False
    assert editor.stack.undoText() == "Clear fail point"
    assert _card(editor, "c3").recovery == "Offer a wallet", "kept for when it is marked again"
    while editor.stack.canUndo():
        editor.stack.undo()
    assert _dump(editor) == before
    assert not page.fail_point.isChecked()
    assert page.recovery.toPlainText() == ""


# -- duration, votes ------------------------------------------------------------------------------


def test_duration_in_units_is_stored_in_minutes(qtbot, inspector, editor):
    inspector.show_selection(MAP, ["c4"])
    duration = inspector.card_page.duration
    assert (duration.number.text(), duration.unit.currentText()) == ("5", "minutes")
    _replace_text(qtbot, duration.number, "1,5")
    QTest.keyClick(duration.number, Qt.Key.Key_Return)
    assert _card(editor, "c4").duration_minutes == 1.5
    _focus(qtbot, duration.unit)
    QTest.keyClick(duration.unit, Qt.Key.Key_Down)  # minutes -> hours: 1.5 hours
    assert _card(editor, "c4").duration_minutes == 90
    assert (duration.number.text(), duration.unit.currentText()) == ("1,5", "hours"), "as typed"
    QTest.keyClick(duration.unit, Qt.Key.Key_Down)  # 1.5 days
    assert _card(editor, "c4").duration_minutes == 36 * 60
    assert editor.stack.undoText() == "Change duration"
    _replace_text(qtbot, duration.number, "")
    QTest.keyClick(duration.number, Qt.Key.Key_Return)
    assert _card(editor, "c4").duration_minutes is None
    assert editor.stack.undoText() == "Clear duration"
    assert editor.stack.count() == 4
    editor.stack.undo()
    assert (duration.number.text(), duration.unit.currentText()) == ("36", "hours")


@pytest.mark.parametrize(
    ("typed", "words"),
    [("soon", "as a number"), ("-3", "negative"), ("20000", "ten years"), ("nan", "number")],
)
def test_a_bad_duration_is_refused_with_a_message(qtbot, inspector, editor, typed, words):
    inspector.show_selection(MAP, ["c4"])
    page = inspector.card_page
    page.duration.unit.setCurrentIndex(2)  # days, so 20000 is too long
    _replace_text(qtbot, page.duration.number, typed)
    QTest.keyClick(page.duration.number, Qt.Key.Key_Return)
    assert _card(editor, "c4").duration_minutes == 5
    assert editor.stack.count() == 0
    assert page.duration_message.isVisible()
    assert words in page.duration_message.text()
    assert page.duration.number.accessibleDescription() == page.duration_message.text()


def test_votes_spin_box(qtbot, inspector, editor):
    inspector.show_selection(MAP, ["c1"])
    votes = inspector.card_page.votes
    _focus(qtbot, votes)
    QTest.keyClick(votes, Qt.Key.Key_Up)
    QTest.keyClick(votes, Qt.Key.Key_Up)
    assert _card(editor, "c1").votes == 2
    assert editor.stack.undoText() == "Change votes"
    QTest.keyClick(votes, Qt.Key.Key_A, CTRL)
    QTest.keyClicks(votes, "7")
    QTest.keyClick(votes, Qt.Key.Key_Return)
    assert _card(editor, "c1").votes == 7
    editor.stack.undo()
    assert votes.value() == 2


# -- several cards --------------------------------------------------------------------------------


def test_several_cards_show_a_count_and_what_they_share(inspector):
    inspector.show_selection(MAP, ["c1", "c3", "c4"])
    page = inspector.cards_page
    assert inspector.page is page
    assert page.title.text() == "3 cards selected"
    assert page.where.text() == "in 2 lanes · 2 stages"
    assert page.colour.reset_button.isChecked(), "none has a colour of its own"
    assert page.evidence.value() is None
    assert not any(b.isChecked() for b in page.evidence.buttons()), "evidence differs"
    assert page.fail_point.checkState() == Qt.CheckState.PartiallyChecked


def test_multi_selection_edits_every_card_in_one_undo_step(inspector, editor):
    before = _dump(editor)
    inspector.show_selection(MAP, ["c1", "c3", "c4"])
    page = inspector.cards_page
    _click(page.evidence.button_for("proposed"))
    assert {_card(editor, c).evidence for c in ("c1", "c3", "c4")} == {"proposed"}
    assert editor.stack.count() == 1
    assert editor.stack.undoText() == "Mark 3 cards proposed"
    _click(page.colour.swatch("#D7EFE2"))
    assert {_card(editor, c).colour for c in ("c1", "c3", "c4")} == {"#D7EFE2"}
    assert editor.stack.undoText() == "Change colour of 3 cards"
    _click(page.fail_point)  # mixed -> all are fail points
    assert {_card(editor, c).fail_point for c in ("c1", "c3", "c4")} == {True}
    assert page.fail_point.checkState() == Qt.CheckState.Checked
    assert editor.stack.count() == 3
    editor.stack.undo()
    assert page.fail_point.checkState() == Qt.CheckState.PartiallyChecked
    editor.stack.undo()
    editor.stack.undo()
    assert _dump(editor) == before


def test_picking_what_all_cards_already_have_adds_no_undo_step(inspector, editor):
    inspector.show_selection(MAP, ["c1", "c2"])
    _click(inspector.cards_page.colour.reset_button)
    assert editor.stack.count() == 0


# -- following the document ------------------------------------------------------------------------


def test_the_panel_follows_edits_made_elsewhere_and_undo(inspector, editor):
    inspector.show_selection(MAP, ["c1"])
    page = inspector.card_page
    editor.set_card_fields(MAP, "c1", "Mark card observed", evidence="observed", votes=3)
    editor.set_card_text(MAP, "c1", "Edited on the canvas")
    assert page.evidence.button_for("observed").isChecked()
    assert page.votes.value() == 3
    assert page.text.toPlainText() == "Edited on the canvas"
    editor.stack.undo()
    assert page.text.toPlainText() == "Sees an ad on YouTube"
    editor.stack.undo()
    assert page.evidence.button_for(None).isChecked()
    assert page.votes.value() == 0


def test_typing_in_progress_survives_a_change_to_another_field(qtbot, inspector, editor):
    inspector.show_selection(MAP, ["c1"])
    text = inspector.card_page.text
    _replace_text(qtbot, text, "half-typed")
    editor.set_card_fields(MAP, "c1", "Change card colour", colour="#FFF0B3")
    assert text.toPlainText() == "half-typed"
    assert text.hasFocus()
    _tab_away(text)
    assert _card(editor, "c1").text == "half-typed"


def test_a_deleted_card_leaves_the_panel_and_moving_one_updates_where_it_is(inspector, editor):
    inspector.show_selection(MAP, ["c3"])
    assert inspector.card_page.where.text() == "Purchase › Order › Doing"
    editor.move_cards(MAP, ["c3"], "aw", "doing", 0)
    assert inspector.card_page.where.text() == "Awareness › Doing › card 1 of 3"
    inspector.show_selection(MAP, ["c1", "c3"])
    editor.remove_cards(MAP, ["c1"])
    assert inspector.page is inspector.card_page, "one card is left"
    editor.remove_cards(MAP, ["c3"])
    assert inspector.page is inspector.empty_page


def test_deleting_a_card_while_its_text_is_typed_drops_the_typing_quietly(qtbot, inspector, editor):
    inspector.show_selection(MAP, ["c1"])
    _replace_text(qtbot, inspector.card_page.text, "about to vanish")
    editor.remove_cards(MAP, ["c1"])  # e.g. Delete on the canvas
    assert inspector.page is inspector.empty_page
    QTest.qWait(1)
    assert editor.stack.count() == 1
    editor.stack.undo()
    assert _card(editor, "c1").text == "Sees an ad on YouTube"


def test_a_map_that_goes_away_empties_the_panel(inspector, editor):
    inspector.show_selection(MAP, ["c1"])
    editor.document.set_maps([])
    assert inspector.page is inspector.empty_page
    assert inspector.map_id is None


def test_commit_pending_writes_what_is_typed(qtbot, inspector, editor):
    inspector.show_selection(MAP, [], stage_id="awareness")
    _replace_text(qtbot, inspector.stage_page.name, "Discover")
    inspector.commit_pending()  # the window does this before saving
    assert _stage(editor, "awareness").name == "Discover"


def test_set_editor_follows_another_document(qtbot, inspector, editor):
    inspector.show_selection(MAP, ["c1"])
    _replace_text(qtbot, inspector.card_page.owner, "o" * 201)  # refused: stays typed
    QTest.keyClick(inspector.card_page.owner, Qt.Key.Key_Return)
    other = Editor(JourneyDocument(small_project()))
    inspector.set_editor(other)
    assert inspector.page is inspector.empty_page
    assert other.stack.count() == 0, "nothing typed for the old document reaches the new one"
    assert inspector.card_page.owner.text() == ""
    inspector.show_selection(MAP, ["c1"])
    other.set_card_text(MAP, "c1", "in the other document")
    assert inspector.card_page.text.toPlainText() == "in the other document"
    editor.set_card_text(MAP, "c1", "in the old one")
    assert inspector.card_page.text.toPlainText() == "in the other document"


def test_changes_to_another_map_do_not_reload_the_panel(inspector, editor, monkeypatch):
    editor.document.project.maps.append(small_map("map-2"))
    inspector.show_selection(MAP, ["c1"])
    calls = []
    monkeypatch.setattr(inspector.card_page, "load", lambda *a, **k: calls.append(a))
    editor.set_card_text("map-2", "c1", "other map")
    editor.set_card_text(MAP, "c2", "other card")
    assert calls == []
    editor.set_card_text(MAP, "c1", "this card")
    assert len(calls) == 1


def test_detach_stops_listening(inspector, editor, monkeypatch):
    inspector.show_selection(MAP, ["c1"])
    inspector.detach()
    calls = []
    monkeypatch.setattr(inspector, "refresh", lambda: calls.append(1))
    editor.set_card_text(MAP, "c1", "x")
    assert calls == []


# -- stage ----------------------------------------------------------------------------------------


def _stage(editor: Editor, stage_id: str):
    return next(s for s in editor.document.map(MAP).stages if s.id == stage_id)


def _lane(editor: Editor, lane_id: str):
    return editor.document.map(MAP).lane(lane_id)


def test_stage_name_description_and_moment_of_truth(qtbot, inspector, editor):
    before = _dump(editor)
    inspector.show_selection(MAP, [], stage_id="awareness")
    page = inspector.stage_page
    assert inspector.page is page
    assert page.where.text() == "Stage 1 of 2 · 1 step"
    _replace_text(qtbot, page.name, "Discover")
    QTest.keyClick(page.name, Qt.Key.Key_Return)
    assert _stage(editor, "awareness").name == "Discover"
    assert editor.stack.undoText() == "Rename stage"
    _replace_text(qtbot, page.description, "Hears about guitars")
    QTest.keyClick(page.description, Qt.Key.Key_Return, CTRL)
    assert _stage(editor, "awareness").description == "Hears about guitars"
    _click(page.moment_of_truth)
    assert _stage(editor, "awareness").moment_of_truth is True
    assert editor.stack.undoText() == "Mark moment of truth"
    assert editor.stack.count() == 3
    while editor.stack.canUndo():
        editor.stack.undo()
    assert _dump(editor) == before
    assert page.name.text() == "Awareness"


def test_an_empty_stage_name_is_refused(qtbot, inspector, editor):
    inspector.show_selection(MAP, [], stage_id="awareness")
    page = inspector.stage_page
    _replace_text(qtbot, page.name, "   ")
    QTest.keyClick(page.name, Qt.Key.Key_Return)
    assert _stage(editor, "awareness").name == "Awareness"
    assert editor.stack.count() == 0
    assert page.name_message.text() == "A stage needs a name."


def test_cards_win_over_a_stage_and_a_stage_over_a_lane(inspector):
    inspector.show_selection(MAP, ["c1"], stage_id="awareness", lane_id="doing")
    assert inspector.page is inspector.card_page
    inspector.show_selection(MAP, [], stage_id="awareness", lane_id="doing")
    assert inspector.page is inspector.stage_page
    inspector.show_selection(MAP, [], lane_id="doing")
    assert inspector.page is inspector.lane_page
    inspector.show_selection(MAP, [], lane_id="no-such-lane")
    assert inspector.page is inspector.empty_page


# -- lane -----------------------------------------------------------------------------------------


def test_lane_title_description_and_colour_with_the_kind_read_only(qtbot, inspector, editor):
    before = _dump(editor)
    inspector.show_selection(MAP, [], lane_id="pains")
    page = inspector.lane_page
    assert page.kind.text() == "Pain points"
    assert page.colour_box.isVisible()
    assert not page.scale_box.isVisible()
    _replace_text(qtbot, page.name, "Pains")
    _tab_away(page.name)
    assert _lane(editor, "pains").title == "Pains"
    assert editor.stack.undoText() == "Rename lane"
    _replace_text(qtbot, page.description, "What gets in the way")
    _tab_away(page.description)
    assert _lane(editor, "pains").description == "What gets in the way"
    _click(page.colour.swatch("#FFF0B3"))
    assert _lane(editor, "pains").colour == "#FFF0B3"
    assert editor.stack.undoText() == "Change lane colour"
    _click(page.colour.reset_button)
    assert _lane(editor, "pains").colour is None
    while editor.stack.canUndo():
        editor.stack.undo()
    assert _dump(editor) == before


def test_emotion_scale_editing(qtbot, inspector, editor):
    inspector.show_selection(MAP, [], lane_id="feeling")
    page = inspector.lane_page
    assert page.scale_box.isVisible()
    assert not page.colour_box.isVisible(), "an emotion lane holds no cards to colour"
    assert not page.apply_button.isEnabled(), "nothing to apply yet"
    _replace_text(qtbot, page.minimum, "-3")
    _replace_text(qtbot, page.maximum, "3")
    assert page.apply_button.isEnabled()
    _focus(qtbot, page.labels)
    for index, word in enumerate(["awful", "bad", "meh", "ok", "good", "great", "wow"]):
        if index:
            QTest.keyClick(page.labels, Qt.Key.Key_Return)
        QTest.keyClicks(page.labels, word)
    assert "7 levels" in page.levels_hint.text()
    QTest.keyClick(page.labels, Qt.Key.Key_Return, CTRL)
    scale = _lane(editor, "feeling").scale
    assert scale == EmotionScale(
        min=-3, max=3, labels=["awful", "bad", "meh", "ok", "good", "great", "wow"]
    )
    assert editor.stack.undoText() == "Change emotion scale"
    assert editor.stack.count() == 1
    editor.stack.undo()
    assert _lane(editor, "feeling").scale == EmotionScale(min=-2, max=2)
    assert (page.minimum.value(), page.maximum.value()) == (-2, 2), "the form follows undo"
    assert page.labels.toPlainText() == ""
    assert not page.apply_button.isEnabled()


@pytest.mark.parametrize(
    ("low", "high", "labels", "words"),
    [
        ("2", "2", "", "must be below"),
        ("3", "-1", "", "must be below"),
        ("-2", "2", "sad\nhappy", "each of the 5 levels"),
        ("0", "2", "", "1 point of this curve lies outside"),
        ("-1", "0", "", "2 points of this curve lie outside"),
    ],
)
def test_a_bad_scale_is_refused_with_a_message(qtbot, inspector, editor, low, high, labels, words):
    before = _dump(editor)
    inspector.show_selection(MAP, [], lane_id="feeling")
    page = inspector.lane_page
    _replace_text(qtbot, page.minimum, low)
    _replace_text(qtbot, page.maximum, high)
    page.labels.setPlainText(labels)
    _click(page.apply_button)
    assert _dump(editor) == before
    assert editor.stack.count() == 0
    assert page.scale_message.isVisible()
    assert words in page.scale_message.text()


# -- labels, keyboard, sizes, looks ----------------------------------------------------------------


def _focusable(page: QWidget) -> list[QWidget]:
    return [
        w
        for w in page.findChildren(QWidget)
        if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]


@pytest.mark.parametrize(
    ("selection", "page_name"),
    [
        ((MAP, ["c4"]), "card_page"),
        ((MAP, ["c1", "c4"]), "cards_page"),
        ((MAP, [], "purchase"), "stage_page"),
        ((MAP, [], None, "feeling"), "lane_page"),
    ],
)
def test_every_field_has_an_accessible_name(inspector, selection, page_name):
    inspector.show_selection(*selection)
    page = getattr(inspector, page_name)
    fields = _focusable(page)
    assert fields
    for field in fields:
        owner = field.parentWidget()
        # A spin box's or combo box's inner line edit is named by its owner.
        name = field.accessibleName() or (owner.accessibleName() if owner else "")
        assert name, f"{type(field).__name__} has no accessible name"


def test_tab_walks_the_card_fields_top_to_bottom(qtbot, inspector):
    inspector.show_selection(MAP, ["c4"])
    page = inspector.card_page
    _focus(qtbot, page.text)
    names = [page.text.accessibleName()]
    for _ in range(11):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        names.append(widget.accessibleName() or widget.parentWidget().accessibleName())
    assert names == [
        "Card text",
        "Lane colour",  # the checked choice of the swatch row
        "Add tags",  # the chips are reached with Backspace or Left from here
        "Channel",
        "Owner",
        "None",  # the checked evidence
        "Fail point",
        "Recovery",
        "Duration amount",
        "Duration unit",
        "Votes",
        "Card text",  # round again: the panel alone in its window
    ]


def test_fields_are_34_pixels_high(inspector):
    inspector.show_selection(MAP, ["c4"])
    page = inspector.card_page
    for field in (page.channel, page.owner, page.duration.number, page.duration.unit, page.votes):
        assert field.height() == 34
    for button in page.evidence.buttons():
        assert button.height() == 34


def test_section_labels_are_small_tracked_capitals(inspector):
    inspector.show_selection(MAP, ["c4"])
    labels = [
        label
        for label in inspector.card_page.findChildren(QWidget, "sectionLabel")
        if label.isVisible()
    ]
    assert [label.text() for label in labels][:3] == ["Text", "Colour", "Tags"]
    font = labels[0].font()
    assert font.capitalization() == font.Capitalization.AllUppercase
    assert 10 <= font.pixelSize() <= 11
    assert labels[0].buddy() is inspector.card_page.text


def test_the_panel_renders_offscreen(inspector, tmp_path):
    for selection in ((None, []), (MAP, ["c4"]), (MAP, ["c1", "c4"]), (MAP, [], None, "feeling")):
        inspector.show_selection(*selection)
        image = inspector.grab().toImage()
        assert not image.isNull()
        assert image.width() == inspector.width()
        image.save(str(tmp_path / f"inspector-{len(selection)}.png"))


# -- the rules behind the fields, without widgets --------------------------------------------------


def test_parse_tags_trims_skips_repeats_and_refuses_long_ones():
    assert parse_tags(" a , b,,a, c ", ["c"]) == (["a", "b"], None)
    assert parse_tags("x" * 50, []) == (["x" * 50], None)
    new, problem = parse_tags("ok, " + "y" * 51, [])
    assert new == []
    assert problem is not None
    assert "51" in problem
    assert parse_tags("one more", ["t"] * 100)[1] == "A card can have at most 100 tags."


def test_durations_in_units():
    assert parse_duration("1,5", 60) == (90, None)
    assert parse_duration("  ", 60) == (None, None)
    assert parse_duration("inf", 1)[1] is not None
    assert [best_unit(m) for m in (5, 60, 90, 120, 1440, 2160, 2880)] == [0, 1, 0, 1, 2, 1, 2]
    assert format_number(1.5) == "1.5"
    assert format_number(2.0) == "2"
    assert format_number(0.004) == "0"


def test_scale_problems_in_words():
    assert scale_problem(-2, 2, []) is None
    assert scale_problem(1, 5, ["a", "b", "c", "d", "e"]) is None
    assert scale_problem(2, 2, []) == "The lowest level (+2) must be below the highest (+2)."
    assert (
        scale_problem(0, 2, ["a"])
        == "Give one label for each of the 3 levels, or none; there is 1."
    )
    assert scale_problem(0, 1, ["a", ""]) is not None
