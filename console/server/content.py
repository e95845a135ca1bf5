"""Texts the backend sends or writes, loaded from ``resources/`` (content is data).

``resources/sms/replies.json``: automatic replies to SMS keywords, per language.
``resources/server/texts.json``: contact labels, case titles, system messages.
"""

from __future__ import annotations

import importlib.resources
import json
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from console.protocol import Channel

RESOURCES = importlib.resources.files("console.resources")
SMS_LANGUAGES = ("en", "es")


def _load(relative: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((RESOURCES / relative).read_text(encoding="utf-8"))
    return data


@dataclass(frozen=True, slots=True)
class Texts:
    replies: dict[str, dict[str, str]]
    labels: dict[str, str]
    titles: dict[str, str]
    months: list[str]
    system: dict[str, str]

    def reply(self, key: str, language: str) -> str:
        table = self.replies.get(language) or self.replies["en"]
        return table.get(key) or self.replies["en"][key]

    def contact_label(self, channel: Channel, number: str) -> str:
        return self.labels[channel.value].format(n=number)

    def case_title(self, channel: Channel, number: str, day: datetime) -> str:
        date = f"{day.day} {self.months[day.month - 1]}"
        return self.titles[channel.value].format(n=number, date=date)

    def system_text(self, key: str, **values: object) -> str:
        return self.system[key].format(**values)


@cache
def texts() -> Texts:
    replies = _load("sms/replies.json")
    server = _load("server/texts.json")
    return Texts(
        replies={lang: dict(replies[lang]) for lang in SMS_LANGUAGES},
        labels=dict(server["contact_label"]),
        titles=dict(server["case_title"]),
        months=list(server["months"]),
        system=dict(server["system"]),
    )
