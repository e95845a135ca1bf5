"""The settings dialog: language, text size, look, alerts, lock; the board for leads.

Every control has a label (with a mnemonic), an accessible name and a
description that says its bounds, which come from the typed declaration in
:mod:`console.app.settings` and are also shown beside numeric controls.  OK and
Apply save through :class:`~console.app.settings.Settings` and emit
:attr:`SettingsDialog.changed`; Cancel leaves everything as it was.  Open it with
``open()`` (never ``exec()`` inside a coroutine).
"""

from __future__ import annotations

from typing import get_args

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.app.settings import (
    AlertPrefs,
    BoardPrefs,
    InterfacePrefs,
    Language,
    PolicyPrefs,
    Preferences,
    Settings,
    ThemeChoice,
    bounds,
)
from console.widgets._languages import language_info

__all__ = ["SettingsDialog"]


def _label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setBuddy(buddy)
    return label


def _plain(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class SettingsDialog(QDialog):
    changed = Signal(object)  # Preferences, once saved

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        lead: bool = False,
        hotline_retention_days: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self.setObjectName("settingsDialog")
        self._hotline_retention = hotline_retention_days

        self.pages = QTabWidget(self)
        self.pages.setAccessibleName(self.tr("Groups of settings"))
        self.pages.tabBar().setAccessibleName(self.tr("Groups of settings"))
        self.pages.addTab(self._display_page(), self.tr("&Display"))
        self.pages.addTab(self._alerts_page(), self.tr("&Alerts"))
        self.pages.addTab(self._lock_page(), self.tr("&Lock and data"))
        self.board_page: QWidget | None = None
        if lead:
            self.board_page = self._board_page()
            self.pages.addTab(self.board_page, self.tr("Shift &board"))

        self.problem = _plain("", self)
        self.problem.setAccessibleName(self.tr("Problem with the settings"))
        self.problem.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply,
            self,
        )
        for which, name in (
            (QDialogButtonBox.StandardButton.Ok, self.tr("Save the settings and close")),
            (QDialogButtonBox.StandardButton.Cancel, self.tr("Close without saving")),
            (QDialogButtonBox.StandardButton.Apply, self.tr("Save the settings")),
        ):
            button = self.buttons.button(which)
            button.setAccessibleName(name)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        apply = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        apply.clicked.connect(self.apply)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.show_prefs(settings.prefs)

    # ------------------------------------------------------------ pages

    def _spin(
        self, group: type[InterfacePrefs | AlertPrefs | PolicyPrefs], field: str, unit: str
    ) -> QSpinBox:
        low, high = bounds(group, field)
        spin = QSpinBox(self)
        spin.setRange(int(low), int(high))
        spin.setSuffix(f" {unit}")
        spin.setAccessibleDescription(
            self.tr("From {low} to {high} {unit}").format(low=int(low), high=int(high), unit=unit)
        )
        return spin

    def _with_bounds(self, control: QWidget, parent: QWidget) -> QWidget:
        """The control, with its bounds (or another hint: its description) written beside it."""
        row = QWidget(parent)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(control)
        hint = QLabel(control.accessibleDescription(), row)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setAccessibleName(control.accessibleDescription())
        layout.addWidget(hint, 1)
        return row

    def _display_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.language = QComboBox(page)
        for code in get_args(Language):
            name = language_info(code).native or code  # its own name: "español"
            self.language.addItem(name[:1].upper() + name[1:], code)
        self.language.setAccessibleName(self.tr("Interface language"))
        self.language.setAccessibleDescription(self.tr("Takes effect the next time you start"))
        form.addRow(
            _label(self.tr("&Language:"), self.language, page),
            self._with_bounds(self.language, page),
        )

        self.text_size = self._spin(InterfacePrefs, "text_size", "%")
        self.text_size.setSingleStep(10)
        self.text_size.setAccessibleName(self.tr("Text size"))
        form.addRow(
            _label(self.tr("&Text size:"), self.text_size, page),
            self._with_bounds(self.text_size, page),
        )

        self.theme = QComboBox(page)
        for choice, text in (
            (ThemeChoice.FOLLOW_OS, self.tr("As the computer is set")),
            (ThemeChoice.LIGHT, self.tr("Light")),
            (ThemeChoice.DARK, self.tr("Dark")),
            (ThemeChoice.HIGH_CONTRAST, self.tr("High contrast")),
        ):
            self.theme.addItem(text, choice.value)
        self.theme.setAccessibleName(self.tr("Colours"))
        self.theme.setAccessibleDescription(
            self.tr("Light, dark or high contrast; or as the computer is set")
        )
        form.addRow(_label(self.tr("&Colours:"), self.theme, page), self.theme)
        return page

    def _alerts_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.offer_sound = QCheckBox(self.tr("Ring for a new offer until it is answered"), page)
        self.offer_volume = self._spin(AlertPrefs, "offer_volume", "%")
        self.offer_volume.setSingleStep(10)
        self.offer_volume.setAccessibleName(self.tr("Volume of the alert sounds"))
        self.message_sound = QCheckBox(
            self.tr("A soft chime for a message in a tab that is not in front"), page
        )
        self.tray = QCheckBox(self.tr("Notify in the system tray (never with the message)"), page)
        self.flash = QCheckBox(self.tr("Flash the taskbar while an offer waits"), page)
        for box in (self.offer_sound, self.message_sound, self.tray, self.flash):
            box.setAccessibleName(box.text())
        form.addRow(self.offer_sound)
        form.addRow(
            _label(self.tr("&Volume:"), self.offer_volume, page),
            self._with_bounds(self.offer_volume, page),
        )
        form.addRow(self.message_sound)
        form.addRow(self.tray)
        form.addRow(self.flash)
        note = _plain(self.tr("During a call, offers and messages play a soft tone only."), page)
        note.setAccessibleName(note.text())
        form.addRow(note)
        return page

    def _lock_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.idle_lock = self._spin(PolicyPrefs, "idle_lock_minutes", self.tr("min"))
        self.idle_lock.setAccessibleName(self.tr("Lock after this many idle minutes"))
        form.addRow(
            _label(self.tr("Lock &after:"), self.idle_lock, page),
            self._with_bounds(self.idle_lock, page),
        )
        self.retention = _plain("", page)
        self.retention.setAccessibleName(self.tr("Closed cases kept on this computer"))
        self.retention.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.retention.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        form.addRow(_label(self.tr("Closed cases kept:"), self.retention, page), self.retention)
        return page

    def _seconds(self, field: str) -> QDoubleSpinBox:
        low, high = bounds(BoardPrefs, field)
        spin = QDoubleSpinBox(self)
        spin.setDecimals(0)
        spin.setRange(low, high)
        spin.setSuffix(self.tr(" s"))
        spin.setAccessibleDescription(
            self.tr("From {low} to {high} seconds").format(low=int(low), high=int(high))
        )
        return spin

    def _board_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.wait_waiting = self._seconds("wait_waiting_s")
        self.wait_long = self._seconds("wait_long_s")
        self.wait_very_long = self._seconds("wait_very_long_s")
        for spin, name, text in (
            (self.wait_waiting, self.tr("Waiting after"), self.tr("&Waiting after:")),
            (self.wait_long, self.tr("Long wait after"), self.tr("L&ong wait after:")),
            (self.wait_very_long, self.tr("Very long wait after"), self.tr("&Very long after:")),
        ):
            spin.setAccessibleName(name)
            form.addRow(_label(text, spin, page), self._with_bounds(spin, page))
        note = _plain(self.tr("Each threshold must be longer than the one before."), page)
        note.setAccessibleName(note.text())
        form.addRow(note)
        return page

    # ------------------------------------------------------------ values

    def show_prefs(self, prefs: Preferences) -> None:
        ui, alerts, policy = prefs.interface, prefs.alerts, prefs.policy
        self.language.setCurrentIndex(self.language.findData(ui.language))
        self.text_size.setValue(ui.text_size)
        self.theme.setCurrentIndex(self.theme.findData(ui.theme.value))
        self.offer_sound.setChecked(alerts.offer_sound)
        self.offer_volume.setValue(alerts.offer_volume)
        self.message_sound.setChecked(alerts.message_sound)
        self.tray.setChecked(alerts.tray_notification)
        self.flash.setChecked(alerts.taskbar_flash)
        self.idle_lock.setValue(policy.idle_lock_minutes)
        days = policy.effective_retention_days(self._hotline_retention)
        who = (
            self.tr("set on this computer")
            if policy.retention_days is not None
            else self.tr("set by the hotline")
        )
        self.retention.setText(
            self.tr("{days} days after closing ({who})").format(days=days, who=who)
        )
        if self.board_page is not None:
            self.wait_waiting.setValue(prefs.board.wait_waiting_s)
            self.wait_long.setValue(prefs.board.wait_long_s)
            self.wait_very_long.setValue(prefs.board.wait_very_long_s)

    def chosen(self) -> Preferences | None:
        """The preferences as the controls show them; None (and a message) when invalid."""
        current = self.settings.prefs
        board = current.board
        if self.board_page is not None:
            waits = (self.wait_waiting.value(), self.wait_long.value(), self.wait_very_long.value())
            if not waits[0] < waits[1] < waits[2]:
                self._say(self.tr("Each wait threshold must be longer than the one before."))
                return None
            board = BoardPrefs.model_validate(
                {
                    **board.model_dump(),
                    "wait_waiting_s": waits[0],
                    "wait_long_s": waits[1],
                    "wait_very_long_s": waits[2],
                }
            )
        self._say("")
        return Preferences(
            interface=InterfacePrefs(
                language=self.language.currentData(),
                text_size=self.text_size.value(),
                theme=ThemeChoice(self.theme.currentData()),
            ),
            alerts=AlertPrefs(
                offer_sound=self.offer_sound.isChecked(),
                offer_volume=self.offer_volume.value(),
                message_sound=self.message_sound.isChecked(),
                tray_notification=self.tray.isChecked(),
                taskbar_flash=self.flash.isChecked(),
            ),
            policy=current.policy.model_copy(update={"idle_lock_minutes": self.idle_lock.value()}),
            board=board,
        )

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def apply(self) -> bool:
        prefs = self.chosen()
        if prefs is None:
            return False
        if prefs != self.settings.prefs:
            self.settings.update(prefs)
            self.changed.emit(prefs)
        return True

    def _ok(self) -> None:
        if self.apply():
            self.accept()
