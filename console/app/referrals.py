"""Referral results as a list model, and a referral in words (for a note, for a reply).

A referral put into a chat or a text reply is short and in the contact's
language; its wording is data (``resources/referrals/share_text.json``).  The
note added to the case is for advocates and carries the service's id, so the
referral can be found again in the directory.
"""

from __future__ import annotations

import importlib.resources
import json
from enum import IntEnum
from functools import cache
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from console.domain.text import inert, one_line
from console.protocol import ReferralService

ModelIndex = QModelIndex | QPersistentModelIndex

SHARE_MAX = 320  # two SMS segments at most


class ReferralRole(IntEnum):
    SERVICE = Qt.ItemDataRole.UserRole + 1
    SERVICE_ID = Qt.ItemDataRole.UserRole + 2


@cache
def _share() -> dict[str, Any]:
    entry = importlib.resources.files("console.resources").joinpath("referrals", "share_text.json")
    data: dict[str, Any] = json.loads(entry.read_text(encoding="utf-8"))
    return data


def _pick(table: dict[str, str], language: str) -> str:
    primary = language.split("-", 1)[0].lower()
    return table.get(primary) or table.get("en") or ""


def organization_line(service: ReferralService) -> str:
    org = service.organization.name if service.organization else ""
    return "" if not org or org == service.name else org


def share_text(service: ReferralService, language: str) -> str:
    """A short referral for the contact, in ``language`` (English when not available)."""
    data = _share()
    primary = language.split("-", 1)[0].lower()
    phones = []
    for phone in service.phones:
        verb = data["phone_types"].get((phone.type or "voice").lower())
        if verb is None:
            continue
        number = phone.number + (f" ext. {phone.extension}" if phone.extension else "")
        phones.append(_pick(verb, language).format(number=number))
    text = _pick(data["text"], language).format(
        name=service.name, phones=_pick(data["joiner"], language).join(phones)
    )
    hours = next((h.description for h in service.hours if h.description), None)
    hours_text = data["hours"].get(primary)
    if hours and hours_text:
        text += hours_text.format(hours=hours)
    return one_line(text, SHARE_MAX)


def note_text(service: ReferralService) -> str:
    """The body of the case note that records a referral given (for advocates)."""
    lines = [
        QCoreApplication.translate("Referrals", "Referral given: {name}").format(name=service.name)
    ]
    org = organization_line(service)
    if org:
        lines.append(
            QCoreApplication.translate("Referrals", "Organization: {name}").format(name=org)
        )
    for phone in service.phones:
        kind = f" ({phone.type})" if phone.type else ""
        lines.append(
            QCoreApplication.translate("Referrals", "Phone: {number}{kind}").format(
                number=phone.number, kind=kind
            )
        )
    if service.url:
        lines.append(
            QCoreApplication.translate("Referrals", "Website: {url}").format(url=service.url)
        )
    lines.append(
        QCoreApplication.translate("Referrals", "Directory id: {id}").format(id=service.id)
    )
    return "\n".join(lines)


def detail_text(service: ReferralService) -> str:
    """Everything an advocate needs to refer someone, as plain text."""
    lines = [service.name]
    org = organization_line(service)
    if org:
        lines.append(org)
    if service.alert:
        lines += [
            "",
            QCoreApplication.translate("Referrals", "Alert: {text}").format(text=service.alert),
        ]
    if service.description:
        lines += ["", service.description]
    if service.service_types:
        lines += [
            "",
            QCoreApplication.translate("Referrals", "Services: {list}").format(
                list=", ".join(service.service_types)
            ),
        ]
    if service.phones:
        lines += ["", QCoreApplication.translate("Referrals", "Phones:")]
        for phone in service.phones:
            parts = [phone.number]
            if phone.extension:
                parts.append(
                    QCoreApplication.translate("Referrals", "ext. {n}").format(n=phone.extension)
                )
            if phone.type:
                parts.append(f"({phone.type})")
            if phone.languages:
                parts.append("· " + ", ".join(phone.languages))
            lines.append("  " + " ".join(parts))
            if phone.description:
                lines.append("    " + phone.description)
    languages = [n for x in service.languages if (n := x.name or x.code)]
    lines += [
        "",
        QCoreApplication.translate("Referrals", "Languages: {list}").format(
            list=", ".join(languages) or "—"
        ),
    ]
    if service.interpretation_services:
        lines.append(
            QCoreApplication.translate("Referrals", "Interpreting: {text}").format(
                text=service.interpretation_services
            )
        )
    access = [x for a in service.accessibility if (x := a.description or a.details)]
    lines.append(
        QCoreApplication.translate("Referrals", "Accessibility: {list}").format(
            list="; ".join(access) or "—"
        )
    )
    hours = [h.description or _hours(h.opens_at, h.closes_at, h.byday) for h in service.hours]
    lines.append(
        QCoreApplication.translate("Referrals", "Hours: {list}").format(
            list="; ".join(h for h in hours if h) or "—"
        )
    )
    areas = [*service.regions] or (
        [QCoreApplication.translate("Referrals", "Nationwide")] if service.nationwide else []
    )
    lines.append(
        QCoreApplication.translate("Referrals", "Serves: {list}").format(
            list="; ".join(areas) or "—"
        )
    )
    if service.eligibility_description:
        lines.append(
            QCoreApplication.translate("Referrals", "Eligibility: {text}").format(
                text=service.eligibility_description
            )
        )
    if service.fees_description:
        lines.append(
            QCoreApplication.translate("Referrals", "Fees: {text}").format(
                text=service.fees_description
            )
        )
    if service.url:
        lines.append(
            QCoreApplication.translate("Referrals", "Website: {url}").format(url=service.url)
        )
    return inert("\n".join(lines))


def _hours(opens: str | None, closes: str | None, days: str | None) -> str:
    if not opens or not closes:
        return ""
    return f"{days or ''} {opens}–{closes}".strip()


class ReferralModel(QAbstractListModel):
    """The services found by the last search, best first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ReferralService] = []

    def set_services(self, services: list[ReferralService]) -> None:
        self.beginResetModel()
        self._rows = list(services)
        self.endResetModel()

    def service_at(self, row: int) -> ReferralService:
        return self._rows[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's default argument)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        service = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            org = organization_line(service)
            phone = service.phones[0].number if service.phones else ""
            first = inert(one_line(service.name, 90))
            second = " · ".join(x for x in (org, phone) if x)
            return f"{first}\n{inert(second)}" if second else first
        if role == ReferralRole.SERVICE:
            return service
        if role == ReferralRole.SERVICE_ID:
            return service.id
        return None
