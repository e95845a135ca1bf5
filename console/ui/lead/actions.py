"""The lead's actions on a session: reassign, take it myself, look in.

Each is a ``QAction`` with a shortcut that works anywhere on the board
(Ctrl+R, Ctrl+T, Ctrl+Shift+L) and in the tables' context menus, acting on the
session selected last in the queue or the live sessions.  Dropping a session
on an advocate opens the same dialog with that advocate chosen, or says in
words why they cannot take it.  The server has the last word; its refusals are
explained in the dialog, which stays open for another choice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from console.app.board import BoardService
from console.app.board_rules import Unfit, speaks
from console.app.board_table import channel_text, presence_text
from console.app.tasks import TaskOwner
from console.domain.sessions import SessionAction, allowed
from console.domain.text import one_line
from console.net.errors import ApiError, NetError
from console.protocol import Channel, RosterEntry, Session

from .look_in import LookInWindow
from .reassign_dialog import Choice, ReassignDialog
from .words import contact_label, refusal_text, session_summary, unfit_text, unreachable_text

log = logging.getLogger(__name__)


class BoardActions(QObject):
    notice = Signal(str)  # a sentence for the board's notice line

    def __init__(self, service: BoardService, tasks: TaskOwner, host: QWidget) -> None:
        super().__init__(host)
        self.service = service
        self.tasks = tasks
        self.host = host
        self.dialog: ReassignDialog | None = None  # the open reassign / take dialog
        self.question: QMessageBox | None = None  # "set yourself available?"
        self.look_ins: dict[str, LookInWindow] = {}
        self._current: str | None = None
        #: the advocate the lead points at (the roster's current row while it has focus)
        self.advocate_hint: Callable[[], str | None] = lambda: None

        self.reassign_action = self._action(
            self.tr("&Reassign…"), "Ctrl+R", self.tr("Move the selected session to an advocate")
        )
        self.reassign_action.triggered.connect(self.reassign_current)
        self.take_action = self._action(
            self.tr("&Take it myself…"), "Ctrl+T", self.tr("Take the selected contact yourself")
        )
        self.take_action.triggered.connect(self.take_current)
        self.look_in_action = self._action(
            self.tr("&Look in"),
            "Ctrl+Shift+L",
            self.tr("Read the selected chat or text as it happens"),
        )
        self.look_in_action.triggered.connect(self.look_in_current)
        service.changed.connect(self._update)
        self._update()

    def _action(self, text: str, keys: str, tip: str) -> QAction:
        action = QAction(text, self.host)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(
            f"{tip} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        action.setStatusTip(tip)
        self.host.addAction(action)
        return action

    def actions(self) -> list[QAction]:
        return [self.reassign_action, self.take_action, self.look_in_action]

    # ------------------------------------------------------------ current session

    def set_current(self, session_id: str | None) -> None:
        self._current = session_id
        self._update()

    def current(self) -> Session | None:
        return self.service.session(self._current) if self._current else None

    def _update(self) -> None:
        session = self.current()
        movable = session is not None and allowed(SessionAction.REASSIGN, session.state)
        self.reassign_action.setEnabled(movable)
        self.take_action.setEnabled(movable)
        self.look_in_action.setEnabled(session is not None and session.channel is not Channel.CALL)

    # ------------------------------------------------------------ reassign

    def reassign_current(self) -> None:
        """Ctrl+R: the current session; from the roster, to the advocate selected there
        (the keyboard's way to drag a session onto someone)."""
        if self._current is None:
            return
        advocate_id = self.advocate_hint()
        if advocate_id is not None:
            self.dropped(self._current, advocate_id)
        else:
            self.open_reassign(self._current)

    def open_reassign(
        self, session_id: str, *, preselect: str | None = None, note: str | None = None
    ) -> ReassignDialog | None:
        session = self._movable(session_id)
        if session is None:
            return None
        dialog = ReassignDialog(
            session_summary(session, self.service.state.name_of(session.advocate_id)),
            self.choices(session),
            empty_text=self.tr(
                "Nobody on shift can take this {channel} now: no one available with room"
                " who speaks {language}."
            ).format(
                channel=channel_text(session.channel).lower(), language=session.language.upper()
            ),
            note=note,
            preselect=preselect,
            parent=self.host,
        )
        dialog.submitted.connect(
            lambda advocate_id, reason: self.tasks.start(
                self._submit(dialog, session, advocate_id, reason, set_available=False)
            )
        )
        return self._show(dialog)

    def choices(self, session: Session) -> list[Choice]:
        return [self._choice(person, session) for person in self.service.eligible(session)]

    def _choice(self, person: RosterEntry, session: Session, *, me: bool = False) -> Choice:
        held = self.service.state.load_of(person.id)[session.channel]
        limit = person.max_sessions.for_channel(session.channel)
        channel = channel_text(session.channel).lower()
        detail = " · ".join(
            (
                presence_text(person.presence),
                self.tr("{channel} {held}/{limit}").format(channel=channel, held=held, limit=limit),
                ", ".join(language.upper() for language in person.languages),
            )
        )
        name = one_line(person.display_name, 40)
        return Choice(person.id, self.tr("{name} (you)").format(name=name) if me else name, detail)

    def dropped(self, session_id: str, advocate_id: str) -> None:
        """A session was dropped on an advocate's row."""
        if advocate_id == self.service.me.id:
            self.take(session_id)
            return
        session = self._movable(session_id)
        if session is None:
            return
        unfit = self.service.unfit(session, advocate_id)
        if unfit is None:
            self.open_reassign(session_id, preselect=advocate_id)
        elif unfit in (Unfit.HOLDS_IT, Unfit.WRONG_STATE):
            self.notice.emit(unfit_text(unfit, self.service.person(advocate_id), session, me=False))
        else:
            note = unfit_text(unfit, self.service.person(advocate_id), session, me=False)
            self.open_reassign(session_id, note=note)

    # ------------------------------------------------------------ take it myself

    def take_current(self) -> None:
        if self._current is not None:
            self.take(self._current)

    def take(self, session_id: str) -> None:
        session = self._movable(session_id)
        if session is None:
            return
        if session.advocate_id == self.service.me.id:
            self.notice.emit(unfit_text(Unfit.HOLDS_IT, None, session, me=True))
            return
        held, limit = self.service.my_room(session)
        if held >= limit:
            self.notice.emit(
                self.tr(
                    "You cannot take {label}: you already hold {held} of your {limit} {channel}"
                    " sessions. Reassign it to an advocate instead."
                ).format(
                    label=contact_label(session),
                    held=held,
                    limit=limit,
                    channel=channel_text(session.channel).lower(),
                )
            )
            return
        me = self.service.person(self.service.me.id)
        languages = me.languages if me is not None else self.service.me.languages
        exempt = session.channel is Channel.CALL and session.interpreter_needed
        if not exempt and not speaks(languages, session.language):
            self.notice.emit(unfit_text(Unfit.LANGUAGE, None, session, me=True))
            return
        if self.service.i_take_contacts():
            self._open_take(session, set_available=False)
        else:
            self._ask_available(session)

    def _ask_available(self, session: Session) -> None:
        box = QMessageBox(self.host)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Take it myself"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr(
                "Your status is {status}. A shift lead can take a contact only while available."
                " Set your status to Available and take {label}?"
            ).format(status=presence_text(self.service.me.presence), label=contact_label(session))
        )
        accept: QPushButton = box.addButton(
            self.tr("Set me &available and take it"), QMessageBox.ButtonRole.AcceptRole
        )
        accept.setAccessibleName(self.tr("Set me available and take it"))
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(accept)

        def answered(_result: int) -> None:
            chosen = box.clickedButton() is accept
            self.question = None
            box.deleteLater()
            if chosen:
                self._open_take(session, set_available=True)

        box.finished.connect(answered)
        self.question = box
        box.open()

    def _open_take(self, session: Session, *, set_available: bool) -> ReassignDialog:
        me = self.service.me
        person = self.service.person(me.id) or RosterEntry.model_validate(me.model_dump())
        dialog = ReassignDialog(
            session_summary(session, self.service.state.name_of(session.advocate_id)),
            [self._choice(person, session, me=True)],
            empty_text="",
            preselect=me.id,
            reason=self.tr("The shift lead is taking this contact."),
            take=True,
            parent=self.host,
        )
        dialog.submitted.connect(
            lambda advocate_id, reason: self.tasks.start(
                self._submit(dialog, session, advocate_id, reason, set_available=set_available)
            )
        )
        return self._show(dialog)

    # ------------------------------------------------------------ asking the server

    async def _submit(
        self,
        dialog: ReassignDialog,
        session: Session,
        advocate_id: str,
        reason: str,
        *,
        set_available: bool,
    ) -> None:
        mine = advocate_id == self.service.me.id
        name = self.tr("you") if mine else self.service.state.name_of(advocate_id) or "?"
        try:
            if mine:
                await self.service.take(session.id, reason, set_available=set_available)
            else:
                await self.service.reassign(session.id, advocate_id, reason)
        except ApiError as error:
            log.info("Reassignment refused (%s %s)", error.status, error.code)
            fresh = self.service.session(session.id) or session
            dialog.show_refusal(
                refusal_text(error, name=name, session=fresh),
                None if mine else self.choices(fresh),
            )
            return
        except NetError as error:
            log.info("Reassignment failed (%s)", type(error).__name__)
            dialog.show_refusal(unreachable_text(session))
            return
        dialog.accept()
        if mine:
            text = self.tr("You took {label}. It is open in its own tab.")
        else:
            text = self.tr("{label} moved to {name}.")
        self.notice.emit(text.format(label=contact_label(session), name=one_line(name, 40)))

    # ------------------------------------------------------------ look in

    def look_in_current(self) -> None:
        if self._current is not None:
            self.look_in(self._current)

    def look_in(self, session_id: str) -> LookInWindow | None:
        session = self.service.session(session_id)
        if session is None:
            self.notice.emit(self.tr("That session has closed."))
            return None
        if session.channel is Channel.CALL:
            self.notice.emit(self.tr("Calls have no transcript to look in on."))
            return None
        window = self.look_ins.get(session_id)
        if window is not None:  # already open: bring it forward
            window.raise_()
            window.activateWindow()
            return window
        window = LookInWindow(self.service, session, self.host)
        window.destroyed.connect(lambda *_: self.look_ins.pop(session_id, None))
        self.look_ins[session_id] = window
        window.show()
        return window

    # ------------------------------------------------------------ helpers

    def _movable(self, session_id: str) -> Session | None:
        session = self.service.session(session_id)
        if session is None:
            self.notice.emit(self.tr("That session has closed."))
            return None
        if not allowed(SessionAction.REASSIGN, session.state):
            self.notice.emit(unfit_text(Unfit.WRONG_STATE, None, session, me=False))
            return None
        return session

    def _show(self, dialog: ReassignDialog) -> ReassignDialog:
        if self.dialog is not None:
            self.dialog.reject()
        self.dialog = dialog

        def finished(_result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog
