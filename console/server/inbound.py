"""Contacts coming in through the gateways: ``POST /api/v1/inbound``.

``start`` queues a new session (and opens its case); ``message`` appends to the
contact's open session (queued, offered or active), and a text with no open
session starts one; ``end`` means the contact left.  Texts pass through the SMS
keyword rules first (:mod:`console.server.keywords`).
"""

from __future__ import annotations

from console.protocol import Author, Channel, InboundEvent, InboundKind, InboundResult
from console.server.contacts import contact_hash
from console.server.context import ServerContext
from console.server.db import Tx
from console.server.intake import start_session
from console.server.keywords import handle_keywords
from console.server.lifecycle import contact_left
from console.server.messages import append
from console.server.sessions import open_session_for


def handle(ctx: ServerContext, tx: Tx, event: InboundEvent) -> InboundResult:
    contact = contact_hash(ctx.secret, event.from_)
    channel = event.channel
    body = event.body if event.body and event.body.strip() else None
    if channel is Channel.TEXT and event.event is not InboundKind.END:
        handled = handle_keywords(ctx, tx, contact, event.language, body)
        if handled is not None:
            return handled
    current = open_session_for(tx, contact, channel)
    if event.event is InboundKind.END:
        if current is None:
            return InboundResult(action="ignored")
        contact_left(ctx, tx, current)
        return InboundResult(action="ended", session_id=current["id"])
    if current is not None:
        if body is None or channel is Channel.CALL:
            return InboundResult(action="ignored", session_id=current["id"])
        append(tx, current, Author.CONTACT, body)
        return InboundResult(action="appended", session_id=current["id"])
    if event.event is InboundKind.MESSAGE and channel is not Channel.TEXT:
        return InboundResult(action="ignored")
    row = start_session(tx, channel, contact, language=event.language, relay=bool(event.relay))
    if body is not None and channel is not Channel.CALL:
        append(tx, row, Author.CONTACT, body)
    return InboundResult(action="queued", session_id=row["id"])
