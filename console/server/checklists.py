"""The checklist templates the backend serves (``GET /api/v1/checklists``).

They are the bundled templates (``resources/checklists/``), validated by the
domain's loader; the app loads them at start-up, so a bad template file stops
the backend with a message naming it instead of failing requests later.
"""

from __future__ import annotations

from console.domain.checklists import load_templates
from console.protocol import ChecklistTemplate


def templates() -> tuple[ChecklistTemplate, ...]:
    """Every template, in every language the hotline serves, sorted by id."""
    return load_templates()
