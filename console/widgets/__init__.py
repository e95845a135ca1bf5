"""Reusable views of the advocate console (DESIGN.md "widgets").

Widgets receive data through setters and models and report what the advocate
wants through Qt signals; they never call the network and never import the
application or screens layers.  Contact text is always shown as plain text,
neutralised by ``console.domain.text.inert``.
"""

from __future__ import annotations

from console.widgets.badges import (
    ChannelBadge,
    Tag,
    TagKind,
    UnreadBadge,
    channel_color,
    channel_icon,
    channel_name,
)
from console.widgets.call_panel import CallPanel
from console.widgets.composer import Composer, ComposerEdit
from console.widgets.disposition import DispositionDialog, disposition_explanation, disposition_name
from console.widgets.language_picker import LanguageFilter, LanguagePicker
from console.widgets.offer_banner import OfferBanner, OfferList
from console.widgets.status import (
    ConnectionIndicator,
    ConnectionState,
    PresenceSelector,
    TrainingBanner,
    presence_name,
)
from console.widgets.timers import (
    ElapsedLabel,
    Ticker,
    TickSubscription,
    format_elapsed,
    shared_ticker,
)
from console.widgets.transcript import (
    TranscriptDelegate,
    TranscriptModel,
    TranscriptRole,
    TranscriptView,
)

__all__ = [
    "CallPanel",
    "ChannelBadge",
    "Composer",
    "ComposerEdit",
    "ConnectionIndicator",
    "ConnectionState",
    "DispositionDialog",
    "ElapsedLabel",
    "LanguageFilter",
    "LanguagePicker",
    "OfferBanner",
    "OfferList",
    "PresenceSelector",
    "Tag",
    "TagKind",
    "TickSubscription",
    "Ticker",
    "TrainingBanner",
    "TranscriptDelegate",
    "TranscriptModel",
    "TranscriptRole",
    "TranscriptView",
    "UnreadBadge",
    "channel_color",
    "channel_icon",
    "channel_name",
    "disposition_explanation",
    "disposition_name",
    "format_elapsed",
    "presence_name",
    "shared_ticker",
]
