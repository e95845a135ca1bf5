"""Who may be given a session: the backend's reassignment rules, as the board sees them.

API.md: the target must be ``available`` or ``busy`` with room for the
session's channel and speak its language; a call flagged
``interpreter_needed`` needs no language match.  The backend enforces this;
the board uses the same rules only to list the advocates worth offering and to
say, in words, why someone is not among them.
"""

from __future__ import annotations

from enum import StrEnum

from console.domain.sessions import SessionAction, allowed
from console.protocol import Channel, Presence, Role, RosterEntry, Session

from .board_state import BoardState

__all__ = ["Unfit", "eligible", "primary_language", "speaks", "unfit_for"]

#: Presences in which an advocate chose to take contacts (the server sets ``busy``).
TAKING = frozenset({Presence.AVAILABLE, Presence.BUSY})


class Unfit(StrEnum):
    """Why a person cannot be given a session now."""

    HOLDS_IT = "holds_it"  # it is theirs already
    NOT_ADVOCATE = "not_advocate"  # another lead
    NOT_AVAILABLE = "not_available"  # away, on break, offline, wrap-up
    NO_ROOM = "no_room"  # at their limit for that channel
    LANGUAGE = "language"  # does not speak the session's language
    WRONG_STATE = "wrong_state"  # the session cannot be moved (wrap-up, closed)


def primary_language(tag: str) -> str:
    return tag.split("-", 1)[0].lower()


def speaks(languages: list[str], language: str) -> bool:
    want = primary_language(language)
    return any(primary_language(lang) == want for lang in languages)


def unfit_for(
    state: BoardState, session: Session, person: RosterEntry, *, me: str | None = None
) -> Unfit | None:
    """Why ``person`` cannot take ``session`` now, or None.  ``me``: the lead's own id
    (a lead may take a session themself, never give it to another lead)."""
    if not allowed(SessionAction.REASSIGN, session.state):
        return Unfit.WRONG_STATE
    if session.advocate_id == person.id:
        return Unfit.HOLDS_IT
    if person.role is not Role.ADVOCATE and person.id != me:
        return Unfit.NOT_ADVOCATE
    if person.presence not in TAKING:
        return Unfit.NOT_AVAILABLE
    if state.load_of(person.id)[session.channel] >= person.max_sessions.for_channel(
        session.channel
    ):
        return Unfit.NO_ROOM
    exempt = session.channel is Channel.CALL and session.interpreter_needed
    if not exempt and not speaks(person.languages, session.language):
        return Unfit.LANGUAGE
    return None


def eligible(state: BoardState, session: Session) -> list[RosterEntry]:
    """Advocates who may take ``session`` now: the least loaded first, then by name."""
    fits = [
        person
        for person in state.roster.values()
        if person.role is Role.ADVOCATE and unfit_for(state, session, person) is None
    ]
    return sorted(
        fits,
        key=lambda p: (
            state.load_of(p.id)[session.channel],
            sum(state.load_of(p.id).values()),
            p.display_name.casefold(),
        ),
    )
