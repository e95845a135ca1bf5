"""Reference data: checklist templates and HSDS-shaped referral services."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import Field

from console.protocol._base import ItemState, Wire

# ---------------------------------------------------------------- reference data: checklists

#: A text in each language the hotline serves: BCP 47 tag -> text (English always present).
LocalText = dict[str, str]
ChecklistId = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[a-z0-9][a-z0-9_]*$")]


class ChecklistKind(StrEnum):
    SAFETY_PLAN = "safety_plan"
    INDICATORS = "indicators"
    PROTOCOL = "protocol"


class ChecklistSection(Wire):
    id: ChecklistId
    title: LocalText


class ChecklistTemplateItem(Wire):
    """One item of a template.  ``help`` is for the advocate (why it matters);
    ``tags`` classify indicators (force, fraud, coercion, sex, labor, ...).
    An item removed from the checklist stays in the template with ``retired_in``
    (the version that retired it), so older runs still show its text."""

    id: ChecklistId
    section: ChecklistId
    text: LocalText
    help: LocalText = Field(default_factory=dict)
    tags: list[str] = Field(default_factory=list)
    retired_in: Annotated[int, Field(ge=1)] | None = None


class ChecklistRule(Wire):
    """A rule the template states and the domain applies: when any of ``when_any``
    is marked done, ``effect`` holds and ``text`` tells the advocate why."""

    id: ChecklistId
    when_any: list[ChecklistId]
    effect: str
    text: LocalText


class ChecklistTemplate(Wire):
    id: ChecklistId
    version: Annotated[int, Field(ge=1)]
    kind: ChecklistKind
    stage: str | None = None
    languages: list[str]
    title: LocalText
    description: LocalText = Field(default_factory=dict)
    #: How each item state reads in this template (an indicator "done" is "present").
    state_labels: dict[ItemState, LocalText] = Field(default_factory=dict)
    #: Items are offered as the person's own choices ("Would you like to ...").
    choice_wording: bool = False
    sections: list[ChecklistSection]
    items: list[ChecklistTemplateItem]
    rules: list[ChecklistRule] = Field(default_factory=list)


# ---------------------------------------------------------------- reference data: referrals

REFERRALS_LIMIT_MAX = 500


class ReferralOrganization(Wire):
    id: str
    name: str
    description: str | None = None
    website: str | None = None
    email: str | None = None


class ReferralLanguage(Wire):
    code: str | None = None  # ISO 639-1 or 639-3, as HSDS language.code
    name: str | None = None
    note: str | None = None


class ReferralPhone(Wire):
    number: str
    extension: str | None = None
    type: str | None = None  # RFC 6350: voice, text (SMS), textphone (TTY), video, fax, ...
    description: str | None = None
    languages: list[str] = Field(default_factory=list)


class ReferralAccessibility(Wire):
    description: str | None = None
    details: str | None = None
    url: str | None = None


class ReferralHours(Wire):
    """One HSDS schedule: its description, and the iCal parts when given."""

    description: str | None = None
    opens_at: str | None = None
    closes_at: str | None = None
    byday: str | None = None
    freq: str | None = None
    timezone: float | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    notes: str | None = None


class ReferralAddress(Wire):
    address_1: str | None = None
    address_2: str | None = None
    city: str | None = None
    region: str | None = None
    state_province: str | None = None
    postal_code: str | None = None
    country: str | None = None
    address_type: str | None = None  # physical | postal | virtual


class ReferralLocation(Wire):
    id: str
    name: str | None = None
    location_type: str | None = None  # physical | postal | virtual
    description: str | None = None
    transportation: str | None = None
    url: str | None = None
    addresses: list[ReferralAddress] = Field(default_factory=list)
    accessibility: list[ReferralAccessibility] = Field(default_factory=list)


class ReferralService(Wire):
    """An HSDS service with what an advocate needs to refer someone to it."""

    id: str
    name: str
    alternate_name: str | None = None
    description: str | None = None
    status: str = "active"
    url: str | None = None
    email: str | None = None
    organization: ReferralOrganization | None = None
    service_types: list[str] = Field(default_factory=list)  # taxonomy term names
    phones: list[ReferralPhone] = Field(default_factory=list)
    languages: list[ReferralLanguage] = Field(default_factory=list)
    accessibility: list[ReferralAccessibility] = Field(default_factory=list)
    regions: list[str] = Field(default_factory=list)  # service area names
    nationwide: bool = False
    locations: list[ReferralLocation] = Field(default_factory=list)
    hours: list[ReferralHours] = Field(default_factory=list)
    interpretation_services: str | None = None
    eligibility_description: str | None = None
    minimum_age: float | None = None
    maximum_age: float | None = None
    fees_description: str | None = None
    application_process: str | None = None
    alert: str | None = None
    updated_at: datetime | None = None
