"""Session life cycle (API.md "Sessions"): which action is allowed in which state.

queued -> offered (to one advocate, 30 s to answer) -> active -> wrap_up -> closed.
An offer falls back to queued on decline or time-out; a lead may reassign a
queued, offered or active session; a contact who leaves moves an active session to wrap_up.
"""

from __future__ import annotations

from enum import StrEnum

from console.protocol import CHAT_BODY_MAX, TEXT_BODY_MAX, Channel, SessionState


class SessionAction(StrEnum):
    OFFER = "offer"
    ACCEPT = "accept"
    DECLINE = "decline"
    EXPIRE = "expire"
    SEND = "send"
    CALL_CONTROL = "call_control"
    END = "end"
    CONTACT_LEFT = "contact_left"
    CLOSE = "close"
    REASSIGN = "reassign"
    WITHDRAW = "withdraw"  # the contact left before anyone answered


_S = SessionState
_ALLOWED: dict[SessionAction, frozenset[SessionState]] = {
    SessionAction.OFFER: frozenset({_S.QUEUED}),
    SessionAction.ACCEPT: frozenset({_S.OFFERED}),
    SessionAction.DECLINE: frozenset({_S.OFFERED}),
    SessionAction.EXPIRE: frozenset({_S.OFFERED}),
    SessionAction.SEND: frozenset({_S.ACTIVE}),
    SessionAction.CALL_CONTROL: frozenset({_S.ACTIVE}),
    SessionAction.END: frozenset({_S.ACTIVE}),
    SessionAction.CONTACT_LEFT: frozenset({_S.ACTIVE}),
    SessionAction.CLOSE: frozenset({_S.WRAP_UP}),
    SessionAction.REASSIGN: frozenset({_S.QUEUED, _S.OFFERED, _S.ACTIVE}),
    SessionAction.WITHDRAW: frozenset({_S.QUEUED, _S.OFFERED}),
}

_NEXT: dict[SessionAction, SessionState] = {
    SessionAction.OFFER: _S.OFFERED,
    SessionAction.ACCEPT: _S.ACTIVE,
    SessionAction.DECLINE: _S.QUEUED,
    SessionAction.EXPIRE: _S.QUEUED,
    SessionAction.END: _S.WRAP_UP,
    SessionAction.CONTACT_LEFT: _S.WRAP_UP,
    SessionAction.CLOSE: _S.CLOSED,
    SessionAction.WITHDRAW: _S.CLOSED,
}


def allowed(action: SessionAction, state: SessionState) -> bool:
    return state in _ALLOWED[action]


def next_state(action: SessionAction, state: SessionState) -> SessionState:
    """The state after ``action``; raises ValueError when it is not allowed."""
    if not allowed(action, state):
        raise ValueError(f"{action.value} is not allowed in state {state.value}")
    return _NEXT.get(action, state)


def is_live(state: SessionState) -> bool:
    """A session an advocate still holds a tab for."""
    return state in (_S.OFFERED, _S.ACTIVE, _S.WRAP_UP)


def counts_against_capacity(state: SessionState) -> bool:
    """Offered, active and wrap-up sessions all take a slot of their channel."""
    return state in (_S.OFFERED, _S.ACTIVE, _S.WRAP_UP)


def has_transcript(channel: Channel) -> bool:
    return channel in (Channel.CHAT, Channel.TEXT)


def body_limit(channel: Channel) -> int:
    return TEXT_BODY_MAX if channel is Channel.TEXT else CHAT_BODY_MAX
