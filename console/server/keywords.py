"""SMS keywords on the text channel, answered as carriers require (DOMAIN.md section 4).

* STOP and its synonyms: block the number (its hash), end any open conversation
  with a system message, and send one neutral confirmation.
* While blocked, only START / UNSTOP / YES act: they lift the block and confirm.
  HELP still gets the help reply (required whether or not subscribed), and
  anything else is dropped (``blocked``): nothing is ever sent to a blocked number.
* HELP / INFO: the compliant help reply, and a conversation is opened or queued,
  because a person texting HELP may be in crisis.
* AYUDA / ESPAÑOL / HOLA ...: start a conversation in Spanish.
Replies come from ``resources/sms/replies.json`` in the conversation's language.
Every keyword event is audited (never the body).
"""

from __future__ import annotations

from console.domain.sms import KeywordAction, classify
from console.protocol import Author, Channel, InboundResult
from console.server.audit import audit
from console.server.contacts import served_language
from console.server.content import texts
from console.server.context import ServerContext
from console.server.db import Tx
from console.server.intake import start_session
from console.server.lifecycle import contact_left
from console.server.messages import append, system_note
from console.server.sessions import open_session_for


def _audit(tx: Tx, action: str, contact: str, session_id: str | None = None) -> None:
    audit(tx, action, subject_type="contact", subject_id=contact, session_id=session_id)


def is_blocked(tx: Tx, contact: str) -> bool:
    return tx.one("SELECT 1 FROM blocked WHERE contact_hash = ?", (contact,)) is not None


def handle_keywords(
    ctx: ServerContext, tx: Tx, contact: str, language: str | None, body: str | None
) -> InboundResult | None:
    """The result when the text was a keyword (or the number is blocked); None to go on."""
    keyword = classify(body)
    current = open_session_for(tx, contact, Channel.TEXT)
    lang = current["language"] if current is not None else served_language(Channel.TEXT, language)
    words = texts()

    if is_blocked(tx, contact):
        if keyword.action is KeywordAction.OPT_IN:
            tx.execute("DELETE FROM blocked WHERE contact_hash = ?", (contact,))
            _audit(tx, "sms.opt_in", contact)
            return InboundResult(action="opted_in", replies=[words.reply("opt_in", lang)])
        if keyword.action is KeywordAction.HELP:
            _audit(tx, "sms.help_while_blocked", contact)
            return InboundResult(action="help", replies=[words.reply("help", lang)])
        if keyword.action is not KeywordAction.NONE:
            _audit(tx, f"sms.{keyword.action.value}_while_blocked", contact)
        return InboundResult(action="blocked")

    if keyword.action is KeywordAction.OPT_OUT:
        tx.execute(
            "INSERT OR IGNORE INTO blocked(contact_hash, blocked_at) VALUES (?, ?)",
            (contact, tx.now_text),
        )
        session_id = current["id"] if current is not None else None
        _audit(tx, "sms.opt_out", contact, session_id)
        if current is not None:
            system_note(tx, current, words.system_text("opted_out"))
            contact_left(ctx, tx, current, note=False)
        return InboundResult(
            action="opted_out", session_id=session_id, replies=[words.reply("opt_out", lang)]
        )

    if keyword.action is KeywordAction.HELP:
        row = (
            current
            if current is not None
            else start_session(tx, Channel.TEXT, contact, language=lang)
        )
        assert body is not None
        append(tx, row, Author.CONTACT, body)
        reply = words.reply("help", row["language"])
        system_note(tx, row, words.system_text("auto_reply", reply=reply))
        _audit(tx, "sms.help", contact, row["id"])
        return InboundResult(action="help", session_id=row["id"], replies=[reply])

    if keyword.action is KeywordAction.START_CONVERSATION:
        wanted = keyword.language or lang
        row = (
            current
            if current is not None
            else start_session(tx, Channel.TEXT, contact, language=wanted)
        )
        assert body is not None
        append(tx, row, Author.CONTACT, body)
        _audit(tx, "sms.start", contact, row["id"])
        return InboundResult(
            action="appended" if current is not None else "queued", session_id=row["id"]
        )

    return None
