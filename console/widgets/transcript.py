"""The transcript of one session: model, delegate and view.

``TranscriptModel`` holds the session's ``Message`` rows (and local rows
waiting to be sent); ``TranscriptView`` shows them through
``TranscriptDelegate``, which paints plain-text bubbles.
"""

from __future__ import annotations

from console.widgets._tail_proxy import TailProxy
from console.widgets._transcript_delegate import TranscriptDelegate
from console.widgets._transcript_model import TranscriptModel, TranscriptRole
from console.widgets._transcript_view import TranscriptView

__all__ = ["TailProxy", "TranscriptDelegate", "TranscriptModel", "TranscriptRole", "TranscriptView"]
