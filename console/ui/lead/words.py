"""What the board says to a lead: why someone cannot take a session, why a move failed.

Every refusal is told in words with the person's name and what to do next;
never a status code.  The server's own sentence (its ``message``) is added
when it says more.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from console.app.board_rules import Unfit
from console.app.board_table import channel_text, presence_text
from console.domain.text import inert, one_line
from console.net.errors import ApiError
from console.protocol import RosterEntry, Session

LABEL_MAX = 40


def contact_label(session: Session) -> str:
    return inert(one_line(session.contact.label, LABEL_MAX))


def channel_word(session: Session) -> str:
    return channel_text(session.channel).lower()


def unfit_text(unfit: Unfit, person: RosterEntry | None, session: Session, *, me: bool) -> str:
    """One sentence: why ``person`` cannot take ``session`` now."""
    if me:
        name = QCoreApplication.translate("LeadBoard", "You")
    elif person is not None:
        name = one_line(person.display_name, 40)
    else:
        name = QCoreApplication.translate("LeadBoard", "That advocate")
    label = contact_label(session)
    channel = channel_word(session)
    if unfit is Unfit.HOLDS_IT:
        return QCoreApplication.translate("LeadBoard", "{label} is already with {name}.").format(
            label=label, name=name
        )
    if unfit is Unfit.NOT_ADVOCATE:
        return QCoreApplication.translate(
            "LeadBoard", "{name} is a shift lead: sessions go to advocates."
        ).format(name=name)
    if unfit is Unfit.NOT_AVAILABLE:
        status = (
            presence_text(person.presence).lower()
            if person is not None
            else QCoreApplication.translate("LeadBoard", "off shift")
        )
        return QCoreApplication.translate(
            "LeadBoard", "{name} cannot take {label}: {status}, not available."
        ).format(name=name, label=label, status=status)
    if unfit is Unfit.NO_ROOM:
        return QCoreApplication.translate(
            "LeadBoard", "{name} cannot take {label}: no room for another {channel}."
        ).format(name=name, label=label, channel=channel)
    if unfit is Unfit.LANGUAGE:
        return QCoreApplication.translate(
            "LeadBoard", "{name} cannot take {label}: it is in {language}, which they do not speak."
        ).format(name=name, label=label, language=session.language.upper())
    return QCoreApplication.translate(
        "LeadBoard", "{label} can no longer be moved: it has ended."
    ).format(label=label)


def refusal_text(error: ApiError, *, name: str, session: Session) -> str:
    """Why the server refused to move ``session`` to ``name``, and that nothing moved."""
    label = contact_label(session)
    if error.status == 403:
        lead = QCoreApplication.translate(
            "LeadBoard",
            "Only a shift lead may move sessions, and the server did not accept you as one."
            " Nothing was moved.",
        )
    elif error.code == "not_available":
        lead = QCoreApplication.translate(
            "LeadBoard",
            "{name} cannot take {label} now: they are not available, have no room for another"
            " {channel}, or do not speak its language. Nothing was moved; choose someone else.",
        ).format(name=name, label=label, channel=channel_word(session))
    elif error.code == "wrong_state":
        lead = QCoreApplication.translate(
            "LeadBoard",
            "{label} cannot be moved any more: it has ended, was answered, or is already"
            " with {name}.",
        ).format(label=label, name=name)
    elif error.status == 404:
        lead = QCoreApplication.translate(
            "LeadBoard", "{label} or {name} is no longer on this shift. Nothing was moved."
        ).format(label=label, name=name)
    elif error.status == 422:
        lead = QCoreApplication.translate(
            "LeadBoard", "The reason was not accepted (1 to 500 characters). Nothing was moved."
        )
    elif error.status == 429:
        lead = QCoreApplication.translate(
            "LeadBoard", "Too many requests just now. Wait a moment and try again."
        )
    else:
        lead = QCoreApplication.translate(
            "LeadBoard", "The server refused to move {label}. Nothing was moved."
        ).format(label=label)
    detail = inert(one_line(error.message, 200)).strip()
    if detail:
        return QCoreApplication.translate(
            "LeadBoard", "{sentence} The server said: “{detail}”"
        ).format(sentence=lead, detail=detail)
    return lead


def unreachable_text(session: Session) -> str:
    return QCoreApplication.translate(
        "LeadBoard",
        "The server did not answer, so {label} may not have moved. The board shows where it"
        " is once the connection is back; try again then if needed.",
    ).format(label=contact_label(session))


def session_summary(session: Session, holder: str | None) -> str:
    """ "Chat visitor 4821 · chat · ES · active with Ana Advocate"."""
    parts = [contact_label(session), channel_word(session), session.language.upper()]
    if holder:
        parts.append(
            QCoreApplication.translate("LeadBoard", "with {name}").format(name=one_line(holder, 40))
        )
    else:
        parts.append(QCoreApplication.translate("LeadBoard", "waiting, with nobody yet"))
    return " · ".join(parts)
