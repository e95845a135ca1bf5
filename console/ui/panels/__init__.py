"""The case panels of a session tab (issue 5): checklists, the reporting guide,
referrals, canned replies and the safe-contact profile.

Each panel is a self-contained widget built from the application services
(:class:`~console.app.casework.Casework`, :class:`~console.app.reference.Reference`)
and the session it belongs to.
"""

from __future__ import annotations

from .canned_picker import CannedPicker, install_canned_shortcut, open_canned_picker
from .checklist_panel import ChecklistPanel
from .composer_link import insert_into_composer
from .outbound_guard import OutboundGuard, Review, finding_text
from .referral_panel import ReferralPanel
from .reporting_dialog import ReportingDialog, ReportingPanel
from .safe_contact import SafeContactBanner
from .safe_contact_editor import SafeContactEditor
from .sidebar import CaseSidebar

__all__ = [
    "CannedPicker",
    "CaseSidebar",
    "ChecklistPanel",
    "OutboundGuard",
    "ReferralPanel",
    "ReportingDialog",
    "ReportingPanel",
    "Review",
    "SafeContactBanner",
    "SafeContactEditor",
    "finding_text",
    "insert_into_composer",
    "install_canned_shortcut",
    "open_canned_picker",
]
