"""Weighing a reply (or a call back, a voicemail) against the case's safe-contact profile.

The session tab asks :meth:`OutboundGuard.review_reply` before it hands a reply
to ``Shift.send``.  The rules are the domain's
(:func:`console.domain.safe_contact.check_outbound`); this module words the
findings for the advocate and decides what a live reply may do:

- a texter who sent STOP, or a reply holding a code word: refused, always;
- the person said texts are not safe, or it is outside their safe times:
  refused once with the reasons; sending the same reply again sends it (the
  advocate has read why and decided, as in a live conversation they may have to);
- anything only uncertain (nothing recorded, a shared device, times not
  checkable): sent, with the reasons shown.

In a chat only code words count: the person is in the conversation now, on
the page they opened, and nothing reaches their phone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QObject, Signal

from console.app.casework import Casework
from console.domain.safe_contact import (
    Finding,
    FindingCode,
    OutboundAction,
    Severity,
    Verdict,
    check_outbound,
    mentions_code_word,
)
from console.protocol import Channel, Session

FINAL = frozenset({FindingCode.OPTED_OUT, FindingCode.CODE_WORD_IN_MESSAGE})

Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


def finding_text(finding: Finding, action: OutboundAction) -> str:
    """One finding in words for the advocate."""
    what = {
        OutboundAction.TEXT: QCoreApplication.translate("SafeContact", "a text"),
        OutboundAction.CALL_BACK: QCoreApplication.translate("SafeContact", "a call back"),
        OutboundAction.VOICEMAIL: QCoreApplication.translate("SafeContact", "a voicemail"),
    }[action]
    return {
        FindingCode.OPTED_OUT: QCoreApplication.translate(
            "SafeContact",
            "This number texted STOP: nothing may be sent to it, and no one may reach out.",
        ),
        FindingCode.CODE_WORD_IN_MESSAGE: QCoreApplication.translate(
            "SafeContact",
            "The reply contains one of the person's code words. Code words are for advocates"
            " only: take it out.",
        ),
        FindingCode.NO_PROFILE: QCoreApplication.translate(
            "SafeContact",
            "Nothing is recorded yet about how to reach this person safely: ask first.",
        ),
        FindingCode.NOT_SAFE: QCoreApplication.translate(
            "SafeContact", "The person said {what} is not safe."
        ).format(what=what),
        FindingCode.CALLS_NOT_SAFE: QCoreApplication.translate(
            "SafeContact", "The person said calls are not safe, so no voicemail."
        ),
        FindingCode.SAFETY_UNKNOWN: QCoreApplication.translate(
            "SafeContact", "The person has not said whether {what} is safe."
        ).format(what=what),
        FindingCode.OUTSIDE_SAFE_TIMES: QCoreApplication.translate(
            "SafeContact", "It is outside the person's safe times now."
        ),
        FindingCode.SAFE_TIMES_UNCHECKED: QCoreApplication.translate(
            "SafeContact",
            "Check the person's safe times (they could not be checked automatically).",
        ),
        FindingCode.SHARED_DEVICE: QCoreApplication.translate(
            "SafeContact", "Someone else may see or hear it on a shared device."
        ),
    }[finding.code]


@dataclass(frozen=True, slots=True)
class Review:
    """What the guard says about one outbound reply."""

    allowed: bool
    messages: tuple[str, ...] = ()
    final: bool = False  # refused whatever the advocate does (STOP, a code word)
    confirm: bool = False  # refused this time: the same reply sent again goes

    @property
    def clear(self) -> bool:
        return self.allowed and not self.messages


class OutboundGuard(QObject):
    """Reviews outbound actions of one session against its case's profile (module doc)."""

    #: the advocate must read these (shown in the safe-contact banner)
    warned = Signal(list)

    def __init__(
        self,
        casework: Casework,
        session: Session,
        parent: QObject | None = None,
        *,
        clock: Clock = _utc_now,
    ) -> None:
        super().__init__(parent)
        self.casework = casework
        self.session = session
        self._clock = clock
        self._confirmed: str | None = None  # the reply the advocate was warned about

    def set_session(self, session: Session) -> None:
        self.session = session

    def verdict(self, action: OutboundAction, body: str | None = None) -> Verdict:
        profile = self.casework.safe_contact(self.session.case_id) if self.session.case_id else None
        return check_outbound(
            profile,
            action,
            self._clock(),
            opted_out=self.session.contact.opted_out,
            body=body,
        )

    def review_action(self, action: OutboundAction) -> Review:
        """A call back or a voicemail: refused while anything blocks, else the warnings."""
        verdict = self.verdict(action)
        messages = tuple(finding_text(f, action) for f in verdict.findings)
        final = bool(verdict.codes() & FINAL)
        review = Review(not verdict.blocked, messages, final=final)
        if messages:
            self.warned.emit(list(messages))
        return review

    def review_reply(self, body: str) -> Review:
        """May this chat or text reply go now?  (See the module's docstring.)"""
        if self.session.channel is Channel.CALL:
            return self._say(Review(True))
        if self.session.channel is Channel.CHAT:
            case_id = self.session.case_id
            profile = self.casework.safe_contact(case_id) if case_id else None
            if mentions_code_word(profile, body):
                finding = Finding(FindingCode.CODE_WORD_IN_MESSAGE, Severity.BLOCK)
                return self._say(
                    Review(False, (finding_text(finding, OutboundAction.TEXT),), final=True)
                )
            return self._say(Review(True))
        verdict = self.verdict(OutboundAction.TEXT, body)
        messages = tuple(finding_text(f, OutboundAction.TEXT) for f in verdict.findings)
        if verdict.codes() & FINAL:
            return self._say(Review(False, messages, final=True))
        if verdict.blocked:
            if self._confirmed == body:
                self._confirmed = None
                return self._say(Review(True, messages))
            self._confirmed = body
            again = QCoreApplication.translate(
                "SafeContact", "Press Enter again to send it anyway."
            )
            return self._say(Review(False, (*messages, again), confirm=True))
        self._confirmed = None
        return self._say(Review(True, messages))

    def _say(self, review: Review) -> Review:
        self.warned.emit(list(review.messages))  # empty: the last warning no longer applies
        return review
