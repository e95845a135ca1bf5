"""The safe-contact rules: may the hotline reach this person this way, now?

A case's :class:`~console.protocol.SafeContactProfile` says whether a call back,
a text and a voicemail are safe, when, and the code words for "safe" and "not
safe" (advocates only).  :func:`check_outbound` weighs one outbound action
against it and answers with findings, each a warning or a block:

- a texter who sent STOP (``opted_out``) can never be messaged, and STOP stops
  all outreach (DOMAIN.md 4 and 7.4): every action is blocked.  The backend
  enforces the same for messages (409 ``not_available``);
- the profile says "no" to this action: blocked.  A voicemail also needs calls
  to be safe;
- the profile does not say (``unknown``, or no profile at all): a warning, ask first;
- outside every structured safe time range: blocked; when only a free-text
  note says when, or the time zone is unknown, a warning to check;
- a shared device: a warning for texts and voicemails;
- a message that would send a code word: blocked (code words never go to a contact).

Findings carry codes, not sentences: the screens word them.  Nothing here logs,
and the code words never appear in a finding or a ``repr``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, time
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from console.protocol import SafeContactProfile, SafeTimeRange, SafetyAnswer, Weekday

__all__ = [
    "Finding",
    "FindingCode",
    "OutboundAction",
    "Severity",
    "Verdict",
    "check_outbound",
    "mentions_code_word",
    "within_safe_times",
]

_DAYS = (Weekday.MO, Weekday.TU, Weekday.WE, Weekday.TH, Weekday.FR, Weekday.SA, Weekday.SU)


class OutboundAction(StrEnum):
    CALL_BACK = "call_back"
    TEXT = "text"
    VOICEMAIL = "voicemail"


class Severity(StrEnum):
    WARN = "warn"
    BLOCK = "block"


class FindingCode(StrEnum):
    OPTED_OUT = "opted_out"  # texted STOP: no outreach at all
    NO_PROFILE = "no_profile"  # nothing recorded yet: ask first
    NOT_SAFE = "not_safe"  # the person said this action is not safe
    CALLS_NOT_SAFE = "calls_not_safe"  # a voicemail needs a call, and calls are not safe
    SAFETY_UNKNOWN = "safety_unknown"  # the person has not said whether this action is safe
    OUTSIDE_SAFE_TIMES = "outside_safe_times"
    SAFE_TIMES_UNCHECKED = "safe_times_unchecked"  # only a note, or no usable time zone
    SHARED_DEVICE = "shared_device"  # someone else may see or hear it
    CODE_WORD_IN_MESSAGE = "code_word_in_message"


@dataclass(frozen=True, slots=True)
class Finding:
    code: FindingCode
    severity: Severity


@dataclass(frozen=True, slots=True)
class Verdict:
    action: OutboundAction
    findings: tuple[Finding, ...]

    @property
    def blocked(self) -> bool:
        return any(f.severity is Severity.BLOCK for f in self.findings)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.WARN)

    @property
    def blocks(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.BLOCK)

    @property
    def clear(self) -> bool:
        """Nothing to warn about and nothing blocks."""
        return not self.findings

    def codes(self) -> set[FindingCode]:
        return {f.code for f in self.findings}


def _answer(profile: SafeContactProfile, action: OutboundAction) -> SafetyAnswer:
    if action is OutboundAction.CALL_BACK:
        return profile.safe_to_call
    if action is OutboundAction.TEXT:
        return profile.safe_to_text
    return profile.may_leave_voicemail


def _in_range(span: SafeTimeRange, day: Weekday, previous: Weekday, clock: time) -> bool:
    start, end = time.fromisoformat(span.start), time.fromisoformat(span.end)
    days = set(span.days) or set(_DAYS)
    if start < end:
        return day in days and start <= clock < end
    # Past midnight: the evening part on a listed day, the morning part on the day after.
    return (day in days and clock >= start) or (previous in days and clock < end)


def within_safe_times(profile: SafeContactProfile, at: datetime) -> bool | None:
    """Whether ``at`` (an aware datetime) falls in a structured safe range.

    None when that cannot be told: no ranges, or no usable time zone.
    """
    if at.tzinfo is None:
        raise ValueError("give an aware datetime")
    if not profile.safe_times or not profile.timezone:
        return None
    try:
        local = at.astimezone(ZoneInfo(profile.timezone))
    except (ZoneInfoNotFoundError, ValueError):
        return None
    day = _DAYS[local.weekday()]
    previous = _DAYS[(local.weekday() - 1) % 7]
    clock = local.time().replace(tzinfo=None)
    return any(_in_range(span, day, previous, clock) for span in profile.safe_times)


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def mentions_code_word(profile: SafeContactProfile | None, text: str) -> bool:
    """Whether ``text`` contains one of the profile's code words (as whole words,
    ignoring case and accents)."""
    if profile is None:
        return False
    folded = _folded(text)
    for word in (profile.code_word_safe, profile.code_word_unsafe):
        if word and word.strip():
            pattern = r"(?<!\w)" + re.escape(_folded(word.strip())) + r"(?!\w)"
            if re.search(pattern, folded):
                return True
    return False


def check_outbound(
    profile: SafeContactProfile | None,
    action: OutboundAction,
    at: datetime,
    *,
    opted_out: bool = False,
    body: str | None = None,
) -> Verdict:
    """Weigh one outbound action at ``at`` (aware) against the profile.

    ``opted_out`` comes from the session's ``contact.opted_out``; ``body`` is the
    text about to be sent (texts only), checked for code words.
    """
    if at.tzinfo is None:
        raise ValueError("give an aware datetime")
    found: list[Finding] = []

    def add(code: FindingCode, severity: Severity) -> None:
        found.append(Finding(code, severity))

    if opted_out:
        add(FindingCode.OPTED_OUT, Severity.BLOCK)
    if body is not None and mentions_code_word(profile, body):
        add(FindingCode.CODE_WORD_IN_MESSAGE, Severity.BLOCK)
    if profile is None:
        add(FindingCode.NO_PROFILE, Severity.WARN)
        return Verdict(action, tuple(found))

    answer = _answer(profile, action)
    if answer is SafetyAnswer.NO:
        add(FindingCode.NOT_SAFE, Severity.BLOCK)
    elif answer is SafetyAnswer.UNKNOWN:
        add(FindingCode.SAFETY_UNKNOWN, Severity.WARN)
    if action is OutboundAction.VOICEMAIL:
        if profile.safe_to_call is SafetyAnswer.NO:
            add(FindingCode.CALLS_NOT_SAFE, Severity.BLOCK)
        elif profile.safe_to_call is SafetyAnswer.UNKNOWN and answer is not SafetyAnswer.UNKNOWN:
            add(FindingCode.SAFETY_UNKNOWN, Severity.WARN)

    inside = within_safe_times(profile, at)
    if inside is False:
        add(FindingCode.OUTSIDE_SAFE_TIMES, Severity.BLOCK)
    elif inside is None and (profile.safe_times or (profile.safe_times_note or "").strip()):
        add(FindingCode.SAFE_TIMES_UNCHECKED, Severity.WARN)

    if (
        action in (OutboundAction.TEXT, OutboundAction.VOICEMAIL)
        and profile.shared_device_risk is SafetyAnswer.YES
    ):
        add(FindingCode.SHARED_DEVICE, Severity.WARN)
    return Verdict(action, tuple(found))
