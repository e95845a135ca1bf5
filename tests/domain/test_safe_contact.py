"""console.domain.safe_contact: outbound actions weighed against the safe-contact profile."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from pydantic import ValidationError

from console.domain.safe_contact import (
    FindingCode,
    OutboundAction,
    Severity,
    check_outbound,
    mentions_code_word,
    within_safe_times,
)
from console.protocol import CaseRecord, SafeContactProfile

CHICAGO = ZoneInfo("America/Chicago")
# Tuesday 10:30 in Chicago.
TUESDAY_MORNING = datetime(2025, 3, 4, 10, 30, tzinfo=CHICAGO)
ALL_ACTIONS = list(OutboundAction)


def _profile(**values: Any) -> SafeContactProfile:
    base: dict[str, Any] = {
        "safe_to_call": "yes",
        "safe_to_text": "yes",
        "may_leave_voicemail": "yes",
        "shared_device_risk": "no",
    }
    base.update(values)
    return SafeContactProfile.model_validate(base)


@pytest.mark.parametrize("action", ALL_ACTIONS)
def test_a_texter_who_sent_stop_can_never_be_reached(action: OutboundAction) -> None:
    verdict = check_outbound(_profile(), action, TUESDAY_MORNING, opted_out=True)
    assert verdict.blocked
    assert FindingCode.OPTED_OUT in verdict.codes()
    assert check_outbound(None, action, TUESDAY_MORNING, opted_out=True).blocked


@pytest.mark.parametrize("action", ALL_ACTIONS)
def test_everything_safe_is_clear(action: OutboundAction) -> None:
    verdict = check_outbound(_profile(), action, TUESDAY_MORNING)
    assert verdict.clear and not verdict.blocked and verdict.warnings == ()


@pytest.mark.parametrize("action", ALL_ACTIONS)
def test_without_a_profile_the_advocate_is_told_to_ask_first(action: OutboundAction) -> None:
    verdict = check_outbound(None, action, TUESDAY_MORNING)
    assert not verdict.blocked
    assert [f.code for f in verdict.warnings] == [FindingCode.NO_PROFILE]


# (profile field, its answer, action) -> expected finding and severity
CALL, TEXT, VOICEMAIL = OutboundAction.CALL_BACK, OutboundAction.TEXT, OutboundAction.VOICEMAIL
WARN, BLOCK = Severity.WARN, Severity.BLOCK
TABLE = [
    ("safe_to_call", "no", CALL, FindingCode.NOT_SAFE, BLOCK),
    ("safe_to_call", "unknown", CALL, FindingCode.SAFETY_UNKNOWN, WARN),
    ("safe_to_text", "no", TEXT, FindingCode.NOT_SAFE, BLOCK),
    ("safe_to_text", "unknown", TEXT, FindingCode.SAFETY_UNKNOWN, WARN),
    ("may_leave_voicemail", "no", VOICEMAIL, FindingCode.NOT_SAFE, BLOCK),
    ("may_leave_voicemail", "unknown", VOICEMAIL, FindingCode.SAFETY_UNKNOWN, WARN),
    ("safe_to_call", "no", VOICEMAIL, FindingCode.CALLS_NOT_SAFE, BLOCK),
    ("safe_to_call", "unknown", VOICEMAIL, FindingCode.SAFETY_UNKNOWN, WARN),
    ("shared_device_risk", "yes", TEXT, FindingCode.SHARED_DEVICE, WARN),
    ("shared_device_risk", "yes", VOICEMAIL, FindingCode.SHARED_DEVICE, WARN),
]


@pytest.mark.parametrize(("field", "answer", "action", "code", "severity"), TABLE)
def test_the_profile_rules(
    field: str, answer: str, action: OutboundAction, code: FindingCode, severity: Severity
) -> None:
    verdict = check_outbound(_profile(**{field: answer}), action, TUESDAY_MORNING)
    assert [(f.code, f.severity) for f in verdict.findings] == [(code, severity)]
    assert verdict.blocked is (severity is Severity.BLOCK)


def test_a_no_for_one_action_does_not_block_the_others() -> None:
    profile = _profile(safe_to_text="no", shared_device_risk="yes")
    assert check_outbound(profile, OutboundAction.CALL_BACK, TUESDAY_MORNING).clear
    assert check_outbound(profile, OutboundAction.TEXT, TUESDAY_MORNING).blocked


# ---------------------------------------------------------------- safe times

MORNINGS = [{"days": ["MO", "TU", "WE", "TH", "FR"], "start": "09:00", "end": "11:00"}]
NIGHTS = [{"days": ["SA"], "start": "22:00", "end": "02:00"}]  # runs past midnight


@pytest.mark.parametrize(
    ("ranges", "moment", "inside"),
    [
        (MORNINGS, datetime(2025, 3, 4, 10, 30, tzinfo=CHICAGO), True),
        (MORNINGS, datetime(2025, 3, 4, 9, 0, tzinfo=CHICAGO), True),  # start included
        (MORNINGS, datetime(2025, 3, 4, 11, 0, tzinfo=CHICAGO), False),  # end excluded
        (MORNINGS, datetime(2025, 3, 8, 10, 0, tzinfo=CHICAGO), False),  # a Saturday
        (MORNINGS, datetime(2025, 3, 4, 16, 30, tzinfo=UTC), True),  # 10:30 in Chicago
        (MORNINGS, datetime(2025, 3, 4, 10, 30, tzinfo=UTC), False),  # 04:30 in Chicago
        (NIGHTS, datetime(2025, 3, 8, 23, 0, tzinfo=CHICAGO), True),  # Saturday night
        (NIGHTS, datetime(2025, 3, 9, 1, 30, tzinfo=CHICAGO), True),  # early Sunday
        (NIGHTS, datetime(2025, 3, 9, 23, 0, tzinfo=CHICAGO), False),  # Sunday night
        (NIGHTS, datetime(2025, 3, 8, 1, 30, tzinfo=CHICAGO), False),  # early Saturday
        ([{"start": "00:00", "end": "00:00"}], datetime(2025, 3, 8, 12, 0, tzinfo=CHICAGO), True),
    ],
)
def test_safe_time_ranges(ranges: list[dict[str, Any]], moment: datetime, inside: bool) -> None:
    profile = _profile(safe_times=ranges, timezone="America/Chicago")
    assert within_safe_times(profile, moment) is inside
    verdict = check_outbound(profile, OutboundAction.CALL_BACK, moment)
    assert (FindingCode.OUTSIDE_SAFE_TIMES in verdict.codes()) is not inside
    assert verdict.blocked is not inside


def test_times_that_cannot_be_checked_warn() -> None:
    no_zone = _profile(safe_times=MORNINGS)
    unknown_zone = _profile(safe_times=MORNINGS, timezone="Mars/Olympus_Mons")
    note_only = _profile(safe_times_note="after the kids' bus leaves")
    for profile in (no_zone, unknown_zone, note_only):
        assert within_safe_times(profile, TUESDAY_MORNING) is None
        verdict = check_outbound(profile, OutboundAction.TEXT, TUESDAY_MORNING)
        assert [(f.code, f.severity) for f in verdict.findings] == [
            (FindingCode.SAFE_TIMES_UNCHECKED, Severity.WARN)
        ]


def test_a_time_without_a_zone_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="aware"):
        check_outbound(_profile(), OutboundAction.TEXT, datetime(2025, 3, 4, 10, 30))
    with pytest.raises(ValueError, match="aware"):
        within_safe_times(_profile(safe_times=MORNINGS), datetime(2025, 3, 4, 10, 30))


# ---------------------------------------------------------------- code words


def test_a_message_that_would_send_a_code_word_is_blocked() -> None:
    profile = _profile(code_word_safe="Girasol", code_word_unsafe="blue car")
    for body in (
        "Say GIRASOL when you can",
        "is the girasól there?",
        "the Blue  car".replace("  ", " "),
    ):
        verdict = check_outbound(profile, OutboundAction.TEXT, TUESDAY_MORNING, body=body)
        assert FindingCode.CODE_WORD_IN_MESSAGE in verdict.codes(), body
        assert verdict.blocked
    for body in ("girasoles are lovely", "a bluecar", "hello"):
        assert not mentions_code_word(profile, body), body
        assert check_outbound(profile, OutboundAction.TEXT, TUESDAY_MORNING, body=body).clear
    assert not mentions_code_word(None, "anything")
    assert not mentions_code_word(_profile(code_word_safe="  "), "  ")


def test_code_words_never_show_in_a_repr() -> None:
    profile = _profile(code_word_safe="Girasol", code_word_unsafe="blue car")
    case = CaseRecord(id="c", version=1, updated_at=TUESDAY_MORNING, safe_contact=profile)
    for text in (repr(profile), str(profile), repr(case)):
        assert "Girasol" not in text and "blue car" not in text
    verdict = check_outbound(profile, OutboundAction.TEXT, TUESDAY_MORNING, body="Girasol")
    assert "Girasol" not in repr(verdict)


@pytest.mark.parametrize(
    "values",
    [
        {"safe_to_call": "maybe"},
        {"safe_times": [{"start": "9:00", "end": "11:00"}]},
        {"safe_times": [{"start": "24:00", "end": "11:00"}]},
        {"safe_times": [{"days": ["XX"], "start": "09:00", "end": "11:00"}]},
        {"code_word_safe": "x" * 101},
        {"safe_times_note": "x" * 501},
        {"timezone": "../../etc/passwd"},
    ],
)
def test_malformed_profiles_are_refused(values: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        _profile(**values)
