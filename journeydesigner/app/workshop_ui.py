"""Workshop mode in the main window: presenting, participant colours, dot voting, the timer.

The window creates one `WorkshopActions` and keeps a few hooks into it; everything a workshop
changes in the map is an ordinary undoable command through the editor façade.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDockWidget,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QToolBar,
    QToolButton,
    QWidget,
)

from journeydesigner.app.presentation import (
    SETTINGS_SCREEN,
    SETTINGS_THEME,
    PresentationWindow,
    choose_screen,
)
from journeydesigner.canvas.capture import next_cell
from journeydesigner.canvas.scene import MapScene
from journeydesigner.i18n import translate
from journeydesigner.layout.grid import CellKey
from journeydesigner.widgets.swatches import WORKSHOP_PALETTE, SwatchButton
from journeydesigner.widgets.timer import TimerOverlay, WorkshopTimer
from journeydesigner.widgets.votes import VotesPanel

if TYPE_CHECKING:
    from journeydesigner.app.window import MainWindow

SETTINGS_NOTE_COLOUR = "workshop/noteColour"
SETTINGS_TIMER_MINUTES = "workshop/timerMinutes"


class WorkshopActions(QObject):
    """The Workshop menu, toolbar and Votes panel, and the presentation window when presenting."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.settings = window.settings
        self.presentation: PresentationWindow | None = None
        self.note_colour: str | None = None
        """The colour new notes get (a participant's or a table's), None for the lane's."""
        saved = self.settings.value(SETTINGS_NOTE_COLOUR, "")
        if isinstance(saved, str) and any(saved == c for _, c in WORKSHOP_PALETTE):
            self.note_colour = saved
        self.timer = WorkshopTimer(self)
        minutes = self.settings.value(SETTINGS_TIMER_MINUTES, 5)
        try:
            self.timer.set_minutes(float(str(minutes)))
        except ValueError:
            self.timer.set_minutes(5)
        self.timer.shown = False
        self.timer.finished.connect(self._time_up)
        self.clock = TimerOverlay(self.timer, window.view.viewport(), bottom=True)
        self.clock.hide()
        self._make_actions()
        self._make_votes_dock()
        self._make_toolbar()
        window.stack.indexChanged.connect(lambda _index: self.refresh_votes())

    # -- actions ------------------------------------------------------------------------------

    def _action(
        self, text: str, slot: object, shortcut: str | QKeySequence | None = None
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        window = self.window
        self.present_action = self._action(self.tr("&Present"), self._present_toggled, "F5")
        self.present_action.setCheckable(True)
        self.present_action.setToolTip(
            self.tr("Project the map full screen, stage by stage (F5; F5 again or Esc to stop)")
        )
        self.dark_theme_action = self._action(self.tr("&Dark Projection Theme"), self._theme_chosen)
        self.dark_theme_action.setCheckable(True)
        self.dark_theme_action.setChecked(
            str(self.settings.value(SETTINGS_THEME, "dark")) != "light"
        )
        self.screen_menu = QMenu(self.tr("Present &On"), window)
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)

        self.voting_action = self._action(self.tr("Dot &Voting"), self._voting_toggled, "F6")
        self.voting_action.setCheckable(True)
        self.voting_action.setToolTip(
            self.tr("Dot voting: a click on a card adds a vote, Shift+click takes one away (F6)")
        )
        self.add_vote_action = self._action(self.tr("&Add Vote"), partial(self.vote, 1))
        self.remove_vote_action = self._action(self.tr("&Remove Vote"), partial(self.vote, -1))
        for action in (self.add_vote_action, self.remove_vote_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            window.view.addAction(action)
        self.clear_votes_action = self._action(self.tr("&Clear Votes"), self.clear_votes)

        self.timer_toggle_action = self._action(
            self.tr("&Start or Pause Timer"), self.timer.toggle, "Ctrl+Shift+T"
        )
        self.timer_reset_action = self._action(self.tr("R&eset Timer"), self.timer.reset)
        self.timer_set_action = self._action(self.tr("Set &Timer…"), self.set_timer)
        self.timer_shown_action = self._action(self.tr("S&how Timer"), self.timer.set_shown)
        self.timer_shown_action.setCheckable(True)
        self.timer.changed.connect(lambda: self.timer_shown_action.setChecked(self.timer.shown))

        self.colour_actions: list[QAction] = []
        for number, (name, colour) in enumerate(WORKSHOP_PALETTE, start=1):
            action = self._action(
                self.tr("Note Colour: {name}").format(name=translate("swatches", name)),
                partial(self.set_note_colour, colour),
                QKeySequence(f"Ctrl+{number}"),
            )
            self.colour_actions.append(action)
        self.lane_colour_action = self._action(
            self.tr("Note Colour: the Lane’s"),
            partial(self.set_note_colour, None),
            QKeySequence("Ctrl+`"),
        )

        # Menus are found by what they hold, not by their (translated) titles.
        view_menu = self._menu_holding(window.fit_action)
        if isinstance(view_menu, QMenu):
            view_menu.addSeparator()
            view_menu.addActions([self.present_action, self.dark_theme_action])
            view_menu.addMenu(self.screen_menu)
        menu = QMenu(self.tr("&Workshop"), window)
        menu.addAction(self.present_action)
        menu.addSeparator()
        menu.addActions([self.voting_action, self.add_vote_action, self.remove_vote_action])
        menu.addAction(self.clear_votes_action)
        menu.addSeparator()
        menu.addActions(
            [
                self.timer_toggle_action,
                self.timer_reset_action,
                self.timer_set_action,
                self.timer_shown_action,
            ]
        )
        menu.addSeparator()
        colours = menu.addMenu(self.tr("New Note &Colour"))
        colours.addActions([*self.colour_actions, self.lane_colour_action])
        help_menu = self._menu_holding(window.about_action)
        help_action = help_menu.menuAction() if help_menu is not None else None
        if help_action is not None:
            window.menuBar().insertMenu(help_action, menu)
        else:
            window.menuBar().addMenu(menu)
        self.menu = menu
        self._voting_toggled(False)

    def _menu_holding(self, action: QAction) -> QMenu | None:
        for entry in self.window.menuBar().actions():
            menu = entry.menu()
            if isinstance(menu, QMenu) and action in menu.actions():
                return menu
        return None

    def _make_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Workshop"), self.window)
        toolbar.setObjectName("workshopToolbar")
        toolbar.addAction(self.present_action)
        present = toolbar.widgetForAction(self.present_action)
        if present is not None:
            # The primary action of a workshop, drawn as the design's navy button.
            present.setObjectName("presentButton")
            present.setStyleSheet(
                "QToolButton#presentButton { background: #1F3A5F; color: white; "
                "border-radius: 4px; padding: 3px 14px; font-weight: bold; }"
                "QToolButton#presentButton:hover { background: #2A4C7A; }"
                "QToolButton#presentButton:checked { background: #0072B2; }"
            )
        toolbar.addAction(self.voting_action)
        toolbar.addAction(self.timer_toggle_action)
        toolbar.addSeparator()
        label = QLabel(self.tr("New notes:"))
        label.setContentsMargins(6, 0, 4, 0)
        toolbar.addWidget(label)
        # One round swatch per participant colour in a row, and "Lane" for the lane's colour.
        self.swatches = QWidget()
        self.swatches.setAccessibleName(self.tr("New note colour"))
        row = QHBoxLayout(self.swatches)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.swatch_group = QButtonGroup(self.swatches)
        self.swatch_group.setExclusive(True)
        for number, (name, colour) in enumerate(WORKSHOP_PALETTE, start=1):
            name = translate("swatches", name)
            swatch = SwatchButton(name, colour)
            swatch.setCheckable(True)
            swatch.setToolTip(
                self.tr("New notes: {name} (Ctrl+{number})").format(name=name, number=number)
            )
            swatch.clicked.connect(partial(self.set_note_colour, colour))
            self.swatch_group.addButton(swatch)
            row.addWidget(swatch)
        self.lane_swatch = QToolButton()
        self.lane_swatch.setText(self.tr("Lane"))
        self.lane_swatch.setCheckable(True)
        self.lane_swatch.setToolTip(self.tr("New notes take their lane’s colour"))
        self.lane_swatch.clicked.connect(partial(self.set_note_colour, None))
        self.swatch_group.addButton(self.lane_swatch)
        row.addWidget(self.lane_swatch)
        self._check_swatch()
        toolbar.addWidget(self.swatches)
        # A row of its own: the main toolbar fills a laptop's width already.
        self.window.addToolBarBreak()
        self.window.addToolBar(toolbar)
        self.toolbar = toolbar

    def _make_votes_dock(self) -> None:
        window = self.window
        self.votes_panel = VotesPanel()
        self.votes_panel.card_chosen.connect(self._show_card)
        self.votes_panel.clear_requested.connect(self.clear_votes)
        dock = QDockWidget(self.tr("Votes"), window)
        dock.setObjectName("votesDock")
        dock.setWidget(self.votes_panel)
        dock.setFeatures(window.maps_dock.features())
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        window.tabifyDockWidget(window.personas_dock, dock)
        window.inspector_dock.raise_()
        self.votes_dock = dock
        self.menu.addSeparator()
        self.menu.addAction(dock.toggleViewAction())

    # -- participant colours ---------------------------------------------------------------------

    def set_note_colour(self, colour: str | None) -> None:
        """The colour new notes get from now on (remembered between sessions)."""
        self.note_colour = colour
        self.settings.setValue(SETTINGS_NOTE_COLOUR, colour or "")
        self._check_swatch()
        name = next((translate("swatches", n) for n, c in WORKSHOP_PALETTE if c == colour), None)
        self.window.statusBar().showMessage(
            self.tr("New notes: {colour}").format(colour=name)
            if name
            else self.tr("New notes take their lane’s colour"),
            3000,
        )

    def _check_swatch(self) -> None:
        for button in self.swatch_group.buttons():
            colour = button.colour if isinstance(button, SwatchButton) else None
            button.setChecked(colour == self.note_colour)

    # -- quick capture -----------------------------------------------------------------------------

    def capture_tab(self, map_id: str, cell: CellKey, forward: bool) -> None:
        """Tab while writing a note: the note is kept; the next (or previous) cell takes focus."""
        scene = self.window.scenes.get(map_id)
        if scene is None or scene.layout is None:
            return
        journey_map = self.window.document.map(map_id)
        holds = {lane.id for lane in journey_map.lanes if lane.holds_cards}
        target = next_cell(scene.layout, holds, cell, forward)
        scene.clearSelection()
        scene.set_current_cell(target)

    # -- dot voting --------------------------------------------------------------------------------

    def scene_created(self, scene: MapScene) -> None:
        """A new map scene: it votes on click while dot voting is on."""
        scene.vote_clicks = self._vote_click if self.voting_action.isChecked() else None

    def _voting_toggled(self, on: bool) -> None:
        # While voting, + and V vote (typing would otherwise start a note), Shift+V and − unvote.
        self.add_vote_action.setShortcuts(
            [QKeySequence("+"), QKeySequence("="), QKeySequence("V")] if on else []
        )
        self.remove_vote_action.setShortcuts(
            [QKeySequence("-"), QKeySequence("Shift+V")] if on else []
        )
        scenes = list(self.window.scenes.values())
        if self.presentation is not None:
            scenes.append(self.presentation.scene)
        for scene in scenes:
            scene.vote_clicks = self._vote_click if on else None
        viewport = self.window.view.viewport()
        if on:
            viewport.setCursor(Qt.CursorShape.PointingHandCursor)
            self.votes_dock.show()
            self.votes_dock.raise_()
            self.window.statusBar().showMessage(
                self.tr("Dot voting: click a card to add a vote, Shift+click to take one away."),
                8000,
            )
        elif hasattr(self, "votes_dock"):
            viewport.unsetCursor()

    def _vote_click(self, card_id: str, take_away: bool) -> None:
        map_id = self.window.current_map_id
        if map_id is not None:
            self.window.editor.change_votes(map_id, [card_id], -1 if take_away else 1)

    def vote(self, delta: int) -> None:
        """Add or take away one vote on each selected card."""
        scene = self.window.current_scene()
        map_id = self.window.current_map_id
        if scene is None or map_id is None:
            return
        selected = scene.selected_card_ids()
        if not selected:
            self.window.statusBar().showMessage(self.tr("Select cards to vote for first."), 4000)
            return
        self.window.editor.change_votes(map_id, selected, delta)

    def clear_votes(self) -> None:
        """Take every vote off the shown map (one undo step)."""
        map_id = self.window.current_map_id
        if map_id is not None and self.window.editor.clear_votes(map_id):
            self.window.statusBar().showMessage(
                self.tr("Votes cleared. Undo brings them back."), 6000
            )

    def refresh_votes(self) -> None:
        """Show the shown map's votes in the panel."""
        self.votes_panel.show_map(self.window.shown_map())
        self.clear_votes_action.setEnabled(self.votes_panel.clear_button.isEnabled())

    def _show_card(self, card_id: str) -> None:
        scene = self.window.current_scene()
        if scene is None or card_id not in scene.cards:
            return
        scene.select_cards([card_id])
        box = scene.cards[card_id].box
        scene.set_current_cell((box.step_id, box.lane_id))
        if self.presentation is None:
            self.window.view.setFocus()

    # -- timer ---------------------------------------------------------------------------------

    def set_timer(self) -> None:
        """Ask for the minutes of the countdown."""
        minutes, ok = QInputDialog.getInt(
            self.window,
            self.tr("Workshop timer"),
            self.tr("Minutes:"),
            round(self.timer.duration / 60),
            1,
            180,
        )
        if ok:
            self.timer.set_minutes(minutes)
            self.settings.setValue(SETTINGS_TIMER_MINUTES, minutes)

    def _time_up(self) -> None:
        QApplication.beep()
        self.window.statusBar().showMessage(self.tr("Time’s up."), 10000)

    # -- presentation ------------------------------------------------------------------------------

    def _screen_names(self) -> list[str]:
        return [screen.name() for screen in QGuiApplication.screens()]

    def _fill_screen_menu(self) -> None:
        self.screen_menu.clear()
        group = QActionGroup(self.screen_menu)
        saved = str(self.settings.value(SETTINGS_SCREEN, ""))
        automatic = self.screen_menu.addAction(self.tr("Automatic (another screen if any)"))
        automatic.setCheckable(True)
        automatic.setChecked(saved not in self._screen_names())
        automatic.triggered.connect(lambda: self.settings.setValue(SETTINGS_SCREEN, ""))
        group.addAction(automatic)
        for screen in QGuiApplication.screens():
            size = screen.geometry()
            action = self.screen_menu.addAction(
                self.tr("{name} ({width}×{height})").format(
                    name=screen.name(), width=size.width(), height=size.height()
                )
            )
            action.setCheckable(True)
            action.setChecked(screen.name() == saved)
            action.triggered.connect(
                partial(self.settings.setValue, SETTINGS_SCREEN, screen.name())
            )
            group.addAction(action)

    def _theme_chosen(self, dark: bool) -> None:
        name = "dark" if dark else "light"
        self.settings.setValue(SETTINGS_THEME, name)
        if self.presentation is not None:
            self.presentation.set_theme(name)

    def _present_toggled(self, on: bool) -> None:
        if on:
            self.start_presentation()
        else:
            self.stop_presentation()

    def start_presentation(self) -> None:
        """F5: present the shown map from the stage of the current cell (or the first)."""
        window = self.window
        window.commit_pending_edits()
        map_id = window.current_map_id
        if map_id is None:
            self.present_action.setChecked(False)
            return
        if self.presentation is not None:
            self.present_action.setChecked(True)
            self.presentation.raise_()
            self.presentation.activateWindow()
            return
        journey_map = window.document.map(map_id)
        start = 0
        cell = window.current_cell()
        if cell is not None:
            stage = journey_map.stage_of_step(cell[0])
            if stage is not None:
                start = journey_map.stages.index(stage)
        screens = QGuiApplication.screens()
        current = window.screen().name() if window.screen() else ""
        index = choose_screen(
            [s.name() for s in screens], str(self.settings.value(SETTINGS_SCREEN, "")), current
        )
        presentation = PresentationWindow(window.editor, map_id, self.timer, self.settings, start)
        presentation.setParent(window, presentation.windowFlags())
        presentation.closed.connect(self._presentation_closed)
        presentation.theme_changed.connect(
            lambda name: self.dark_theme_action.setChecked(name != "light")
        )
        self.presentation = presentation
        self.present_action.setChecked(True)
        self.scene_created(presentation.scene)
        presentation.present_on(screens[index])

    def stop_presentation(self) -> None:
        """Leave presentation mode (as Esc does)."""
        if self.presentation is not None:
            self.presentation.close()

    def _presentation_closed(self) -> None:
        self.present_action.setChecked(False)
        presentation, self.presentation = self.presentation, None
        if presentation is not None:
            presentation.deleteLater()
        self.window.activateWindow()
        self.window.view.setFocus()

    def document_replaced(self) -> None:
        """Another project opened: a presentation of the old one ends."""
        self.stop_presentation()
        self.refresh_votes()
