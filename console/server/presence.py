"""Effective presence: what the console shows for a user.

The rule: a user's presence is the status they chose (``available``, ``away``,
``break``, ``offline``), except when they chose ``available``:

* ``busy`` when they have no room on any channel (for every channel, their
  offered + active + wrap-up sessions reach ``max_sessions`` of that channel);
* otherwise ``wrap_up`` when they hold a session in wrap-up and none active;
* otherwise ``available``.

A user with no open event stream keeps their status (nobody is made offline
behind their back).  The stored ``effective`` value and ``presence_since``
change only when this result changes; every change is sent as
``presence.updated`` to the user and to all leads.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from console.protocol import Channel, EventName, MaxSessions, Presence, SettablePresence
from console.server.db import Tx
from console.server.users import lead_ids, load_user


@dataclass(slots=True)
class Load:
    """A user's sessions that take a slot, per channel, and by state."""

    per_channel: dict[Channel, int] = field(default_factory=lambda: dict.fromkeys(Channel, 0))
    active: int = 0
    wrap_up: int = 0

    def has_room(self, limits: MaxSessions, channel: Channel) -> bool:
        return self.per_channel[channel] < limits.for_channel(channel)


def load_of(tx: Tx, user_id: str) -> Load:
    load = Load()
    for row in tx.all(
        "SELECT channel, state, COUNT(*) AS n FROM sessions"
        " WHERE advocate_id = ? AND state IN ('offered', 'active', 'wrap_up')"
        " GROUP BY channel, state",
        (user_id,),
    ):
        load.per_channel[Channel(row["channel"])] += row["n"]
        if row["state"] == "active":
            load.active += row["n"]
        elif row["state"] == "wrap_up":
            load.wrap_up += row["n"]
    return load


def all_loads(tx: Tx) -> dict[str, Load]:
    loads: dict[str, Load] = {}
    for row in tx.all(
        "SELECT advocate_id, channel, state, COUNT(*) AS n FROM sessions"
        " WHERE advocate_id IS NOT NULL AND state IN ('offered', 'active', 'wrap_up')"
        " GROUP BY advocate_id, channel, state"
    ):
        load = loads.setdefault(row["advocate_id"], Load())
        load.per_channel[Channel(row["channel"])] += row["n"]
        if row["state"] == "active":
            load.active += row["n"]
        elif row["state"] == "wrap_up":
            load.wrap_up += row["n"]
    return loads


def effective_presence(status: SettablePresence, load: Load, limits: MaxSessions) -> Presence:
    """The rule of the module docstring."""
    if status is not SettablePresence.AVAILABLE:
        return Presence(status.value)
    if not any(load.has_room(limits, channel) for channel in Channel):
        return Presence.BUSY
    if load.wrap_up and not load.active:
        return Presence.WRAP_UP
    return Presence.AVAILABLE


def refresh_presence(tx: Tx) -> None:
    """Pre-commit hook: store and announce the presence of users whose load changed."""
    if not tx.presence_users:
        return
    leads = lead_ids(tx)
    for user_id in sorted(tx.presence_users):
        user = load_user(tx, user_id)
        if user is None:
            continue
        now = effective_presence(user.status, load_of(tx, user_id), user.max_sessions)
        if now is user.effective:
            continue
        tx.execute(
            "UPDATE users SET effective = ?, presence_since = ? WHERE id = ?",
            (now.value, tx.now_text, user_id),
        )
        updated = load_user(tx, user_id)
        assert updated is not None
        tx.emit([user_id, *leads], EventName.PRESENCE_UPDATED, updated.model())
    tx.presence_users.clear()
