"""The consent record of a report (DOMAIN.md 3.2 and 7.4).

Who consented (the person themselves, or someone reporting about another
adult), to sharing what, with which recipient, how (aloud on a call, in writing
in a chat or text) and until when.  The reporting flow checks the scope and
recipient names and the longest allowed duration (``Flow.check_consent``).
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from console.protocol import Channel

__all__ = ["Consent", "ConsentMethod", "ConsentParty", "Key", "method_for_channel"]

Key = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[a-z0-9_]+$")]


class ConsentParty(StrEnum):
    SURVIVOR = "survivor"
    REPORTER = "reporter"


class ConsentMethod(StrEnum):
    VERBAL = "verbal"  # aloud, on a call
    WRITTEN = "written"  # in writing, in a chat or text conversation


def method_for_channel(channel: Channel) -> ConsentMethod:
    """How consent is given on a channel: aloud on a call, in writing in a chat or text."""
    return ConsentMethod.VERBAL if channel is Channel.CALL else ConsentMethod.WRITTEN


class Consent(BaseModel):
    """Who consented, to sharing what, with which recipient, how, and until when.

    ``scope`` and ``recipient`` are keys of the flow's consent lists; the flow
    checks them (:meth:`Flow.check_consent`).  Times are aware datetimes.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    party: ConsentParty
    scope: Annotated[list[Key], Field(min_length=1, max_length=20)]
    recipient: Key
    method: ConsentMethod
    channel: Channel
    given_at: datetime
    until: datetime

    @model_validator(mode="after")
    def _coherent(self) -> Self:
        if self.given_at.tzinfo is None or self.until.tzinfo is None:
            raise ValueError("consent times must carry a time zone")
        if self.until <= self.given_at:
            raise ValueError("consent must end after it is given")
        if self.method is not method_for_channel(self.channel):
            raise ValueError(
                "on a call consent is given aloud (verbal); in a chat or text, in writing"
            )
        return self
