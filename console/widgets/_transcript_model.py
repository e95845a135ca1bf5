"""The messages of one session as a Qt list model, oldest first.

Rows live in parallel lists ordered by ``created_at``: the time stamps (floats),
the row uids (ints) and the ``Message`` objects.  A new message at the end is an
amortised O(1) append; any other insert or lookup is a binary search over the
stamps.  No object is made per row (a bulk load of 100,000 messages makes three
lists and two dictionaries), so loading and freeing stay cheap for the garbage
collector too.  Rows are found by server id or by ``client_msg_id``: the
server's echo of a message the advocate just sent, or queued while offline,
replaces the local "waiting to send" row instead of adding a second one.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimeZone,
)

from console.domain.text import inert, one_line
from console.protocol import Author, Delivery, Message

__all__ = ["TranscriptModel", "TranscriptRole"]

NAME_MAX = 40

ModelIndex = QModelIndex | QPersistentModelIndex


class TranscriptRole(IntEnum):
    AUTHOR = Qt.ItemDataRole.UserRole + 1  # "contact" | "advocate" | "system"
    AUTHOR_NAME = AUTHOR + 1  # who wrote it, as shown ("Texter 4821", "You")
    BODY = AUTHOR + 2  # the literal body, exactly as received
    TIME = AUTHOR + 3  # created_at as a QDateTime (UTC)
    TIME_TEXT = AUTHOR + 4  # created_at as shown ("14:05")
    DELIVERY = AUTHOR + 5  # "sent" | "delivered" | "failed" | None (not yet sent)
    PENDING = AUTHOR + 6  # True while only local: waiting for the server
    SEND_FAILED = AUTHOR + 7  # a local message the server refused
    STATUS_TEXT = AUTHOR + 8  # "Delivered", "Waiting to send", ...
    MESSAGE_ID = AUTHOR + 9
    CLIENT_MSG_ID = AUTHOR + 10
    UID = AUTHOR + 11  # an int that names the row for as long as it lives
    REVISION = AUTHOR + 12  # raised whenever the row's content changes


_last_uid = 0


def _reserve_uids(count: int) -> range:
    """``count`` new row uids, unique in the process."""
    global _last_uid  # noqa: PLW0603 (one counter for the process, like itertools.count)
    first = _last_uid + 1
    _last_uid += count
    return range(first, first + count)


def _stamp(when: datetime) -> float:
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)  # the API's times are UTC
    return when.timestamp()


class TranscriptModel(QAbstractListModel):
    """``Message`` rows of one session, plus local rows waiting to be sent."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stamps: list[float] = []
        self._uids: list[int] = []
        self._messages: list[Message] = []
        self._by_id: dict[str, int] = {}  # server id -> uid
        self._by_cmid: dict[str, int] = {}  # client_msg_id -> uid
        self._stamp_of: dict[int, float] = {}  # uid -> stamp, to find a row
        self._pending: set[int] = set()
        self._failed: set[int] = set()
        self._revision: dict[int, int] = {}
        self._shown: dict[int, str] = {}  # uid -> inert(body), made when first needed
        self._contact_label = ""
        self._names: dict[str, str] = {}
        self._me: str | None = None

    # ------------------------------------------------------------ names

    def set_contact_label(self, label: str) -> None:
        """The contact's pseudonymous label ("Texter 4821"), untrusted text."""
        self._contact_label = one_line(label, NAME_MAX)
        self._all_changed([TranscriptRole.AUTHOR_NAME, Qt.ItemDataRole.AccessibleTextRole])

    def set_advocate_names(self, names: Mapping[str, str], me: str | None = None) -> None:
        """Display names by advocate id; ``me`` is shown as "You"."""
        self._names = {key: one_line(value, NAME_MAX) for key, value in names.items()}
        self._me = me
        self._all_changed([TranscriptRole.AUTHOR_NAME, Qt.ItemDataRole.AccessibleTextRole])

    # ------------------------------------------------------------ changes

    def set_messages(self, messages: Iterable[Message]) -> None:
        """Replace the server messages in one reset; local rows not echoed stay.

        A message id given twice keeps its last version.
        """
        unique = {message.id: message for message in messages}
        batch = list(unique.values())
        uids = list(_reserve_uids(len(batch)))
        stamps = [_stamp(message.created_at) for message in batch]
        echoed = {message.client_msg_id for message in batch}
        kept: set[int] = set()
        for uid in sorted(self._pending):
            local = self._messages[self._index_of(uid)]
            if local.client_msg_id not in echoed:
                batch.append(local)
                uids.append(uid)
                stamps.append(self._stamp_of[uid])
                kept.add(uid)
        if any(stamps[i] > stamps[i + 1] for i in range(len(stamps) - 1)):
            order = sorted(range(len(stamps)), key=stamps.__getitem__)
            batch = [batch[i] for i in order]
            uids = [uids[i] for i in order]
            stamps = [stamps[i] for i in order]
        self.beginResetModel()
        self._messages, self._uids, self._stamps = batch, uids, stamps
        self._stamp_of = dict(zip(uids, stamps, strict=True))
        self._by_id = {
            message.id: uid for message, uid in zip(batch, uids, strict=True) if uid not in kept
        }
        self._by_cmid = {
            message.client_msg_id: uid
            for message, uid in zip(batch, uids, strict=True)
            if message.client_msg_id is not None
        }
        self._pending = kept
        self._failed &= kept
        self._revision = {uid: self._revision[uid] for uid in kept if uid in self._revision}
        self._shown = {}
        self.endResetModel()

    def merge(self, messages: Iterable[Message]) -> None:
        """Upsert many messages at once (a transcript load): one reset, not one insert each.

        Rows the batch does not name stay (messages that arrived live meanwhile,
        local rows waiting to be sent); a message already here takes the
        batch's version.  Upserting 100,000 messages one by one into a shown
        model takes seconds; this takes what ``set_messages`` takes.
        """
        known = [
            m for uid, m in zip(self._uids, self._messages, strict=True) if uid not in self._pending
        ]
        self.set_messages([*known, *messages])

    def clear(self) -> None:
        self.beginResetModel()
        self._stamps, self._uids, self._messages = [], [], []
        self._by_id, self._by_cmid, self._stamp_of = {}, {}, {}
        self._pending, self._failed = set(), set()
        self._revision, self._shown = {}, {}
        self.endResetModel()

    def upsert(self, message: Message) -> int:
        """Add ``message`` in time order, or update the row it already has.

        The same id, or the same ``client_msg_id`` as a local row, updates that
        row (delivery, body, time) instead of adding one.  Returns the row.
        """
        uid = self._by_id.get(message.id)
        if uid is None and message.client_msg_id:
            uid = self._by_cmid.get(message.client_msg_id)
        if uid is None:
            return self._insert(_reserve_uids(1)[0], message, pending=False)
        index = self._index_of(uid)
        old = self._messages[index]
        if uid not in self._pending and old.id != message.id:
            self._by_id.pop(old.id, None)
        self._by_id[message.id] = uid
        if message.client_msg_id:
            self._by_cmid[message.client_msg_id] = uid
        elif old.client_msg_id:  # keep answering to the id this console made
            message = message.model_copy(update={"client_msg_id": old.client_msg_id})
        if old.body != message.body:
            self._shown.pop(uid, None)
        self._messages[index] = message
        self._pending.discard(uid)
        self._failed.discard(uid)
        self._revision[uid] = self._revision.get(uid, 0) + 1
        return self._reposition(index, _stamp(message.created_at))

    def pending(
        self,
        client_msg_id: str,
        body: str,
        *,
        created_at: datetime | None = None,
        advocate_id: str | None = None,
    ) -> int:
        """Show a message the advocate sent that the server has not confirmed yet.

        A ``client_msg_id`` the model already knows is not added again.
        Returns the row.
        """
        known = self._by_cmid.get(client_msg_id)
        if known is not None:
            return self._index_of(known)
        stand_in = Message.model_construct(  # not validated: a local row has no id yet
            id="",
            client_msg_id=client_msg_id,
            session_id="",
            author=Author.ADVOCATE,
            advocate_id=advocate_id,
            body=body,
            created_at=created_at or datetime.now(UTC),
            delivery=Delivery.SENT,
        )
        return self._insert(_reserve_uids(1)[0], stand_in, pending=True)

    def mark_send_failed(self, client_msg_id: str, failed: bool = True) -> bool:
        """Flag a local message the server refused (or clear the flag)."""
        uid = self._by_cmid.get(client_msg_id)
        if uid is None or uid not in self._pending:
            return False
        if failed:
            self._failed.add(uid)
        else:
            self._failed.discard(uid)
        self._revision[uid] = self._revision.get(uid, 0) + 1
        self._row_changed(self._index_of(uid))
        return True

    def remove_pending(self, client_msg_id: str) -> bool:
        """Drop a local message that will not be sent after all."""
        uid = self._by_cmid.get(client_msg_id)
        if uid is None or uid not in self._pending:
            return False
        index = self._index_of(uid)
        self.beginRemoveRows(QModelIndex(), index, index)
        self._take(index)
        del self._by_cmid[client_msg_id]
        self.endRemoveRows()
        return True

    # ------------------------------------------------------------ queries

    def message_at(self, row: int) -> Message | None:
        """The server message at ``row`` (None for a local row)."""
        return None if self._uids[row] in self._pending else self._messages[row]

    def row_of_message(self, message_id: str) -> int | None:
        uid = self._by_id.get(message_id)
        return None if uid is None else self._index_of(uid)

    def row_of_client_msg(self, client_msg_id: str) -> int | None:
        uid = self._by_cmid.get(client_msg_id)
        return None if uid is None else self._index_of(uid)

    def pending_count(self) -> int:
        return len(self._pending)

    def size_key(self, row: int) -> tuple[int, int] | None:
        """(uid, revision) of a row, without the item-data round trip: a view's
        delegate asks this for every row of each layout pass."""
        if not 0 <= row < len(self._uids):
            return None
        uid = self._uids[row]
        return uid, self._revision.get(uid, 0)

    # ------------------------------------------------------------ Qt model

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._messages)

    def roleNames(self) -> dict[int, QByteArray]:
        names = super().roleNames()
        for role in TranscriptRole:
            names[int(role)] = QByteArray(role.name.lower().encode())
        return names

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown_text(row)
        getter = _GETTERS.get(role)
        return None if getter is None else getter(self, row)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    # ------------------------------------------------------------ roles

    def _shown_text(self, row: int) -> str:
        uid = self._uids[row]
        shown = self._shown.get(uid)
        if shown is None:
            shown = self._shown[uid] = inert(self._messages[row].body)
        return shown

    def _author_name(self, row: int) -> str:
        message = self._messages[row]
        if message.author == Author.CONTACT:
            return self._contact_label or self.tr("Contact")
        if message.author == Author.SYSTEM:
            return self.tr("Hotline")
        if self._is_pending(row) or (self._me is not None and message.advocate_id == self._me):
            return self.tr("You")
        return self._names.get(message.advocate_id or "") or self.tr("Advocate")

    def _status_text(self, row: int) -> str:
        if self._is_pending(row):
            return self.tr("Not sent") if self._is_failed(row) else self.tr("Waiting to send")
        message = self._messages[row]
        if message.author != Author.ADVOCATE:
            return ""
        texts = {
            Delivery.SENT: self.tr("Sent"),
            Delivery.DELIVERED: self.tr("Delivered"),
            Delivery.FAILED: self.tr("Not delivered"),
        }
        return texts[message.delivery]

    def _time(self, row: int) -> QDateTime:
        msecs = round(self._stamps[row] * 1000)
        return QDateTime.fromMSecsSinceEpoch(msecs, QTimeZone.utc())

    def _time_text(self, row: int) -> str:
        local = self._time(row).toLocalTime()
        locale = QLocale()
        if local.date() == QDateTime.currentDateTime().date():
            return locale.toString(local.time(), QLocale.FormatType.ShortFormat)
        return locale.toString(local, QLocale.FormatType.ShortFormat)

    def _tooltip(self, row: int) -> str:
        stamp = QLocale().toString(self._time(row).toLocalTime(), QLocale.FormatType.LongFormat)
        status = self._status_text(row)
        return f"{stamp}\n{status}" if status else stamp

    def _accessible_text(self, row: int) -> str:
        template = self.tr("{author}, {time}: {body}")
        return template.format(
            author=self._author_name(row), time=self._time_text(row), body=self._shown_text(row)
        )

    def _is_pending(self, row: int) -> bool:
        return self._uids[row] in self._pending

    def _is_failed(self, row: int) -> bool:
        return self._uids[row] in self._failed

    # ------------------------------------------------------------ internals

    def _index_of(self, uid: int) -> int:
        stamp = self._stamp_of[uid]
        index = bisect.bisect_left(self._stamps, stamp)
        uids = self._uids
        while index < len(uids) and uids[index] != uid:  # rows with the same stamp
            index += 1
        if index >= len(uids) or self._stamps[index] != stamp:
            raise LookupError("transcript row index out of step")  # a bug of ours
        return index

    def _insert(self, uid: int, message: Message, *, pending: bool) -> int:
        stamp = _stamp(message.created_at)
        if not self._stamps or stamp >= self._stamps[-1]:
            index = len(self._stamps)  # the common case: a new message at the end
        else:
            index = bisect.bisect_right(self._stamps, stamp)
        self.beginInsertRows(QModelIndex(), index, index)
        self._stamps.insert(index, stamp)
        self._uids.insert(index, uid)
        self._messages.insert(index, message)
        self._stamp_of[uid] = stamp
        if pending:
            self._pending.add(uid)
        else:
            self._by_id[message.id] = uid
        if message.client_msg_id:
            self._by_cmid[message.client_msg_id] = uid
        self.endInsertRows()
        return index

    def _take(self, index: int) -> tuple[int, Message]:
        uid = self._uids.pop(index)
        del self._stamps[index]
        message = self._messages.pop(index)
        del self._stamp_of[uid]
        self._pending.discard(uid)
        self._failed.discard(uid)
        self._revision.pop(uid, None)
        self._shown.pop(uid, None)
        return uid, message

    def _reposition(self, index: int, stamp: float) -> int:
        """Give the row at ``index`` a new time, moving it if the order needs it."""
        stamps = self._stamps
        before_ok = index == 0 or stamps[index - 1] <= stamp
        after_ok = index + 1 >= len(stamps) or stamp <= stamps[index + 1]
        uid = self._uids[index]
        if before_ok and after_ok:  # still in order: update in place
            stamps[index] = stamp
            self._stamp_of[uid] = stamp
            self._row_changed(index)
            return index
        revision = self._revision.get(uid, 0)
        self.beginRemoveRows(QModelIndex(), index, index)
        uid, message = self._take(index)
        self.endRemoveRows()
        self._revision[uid] = revision
        return self._insert(uid, message, pending=False)

    def _row_changed(self, index: int) -> None:
        model_index = self.index(index, 0)
        self.dataChanged.emit(model_index, model_index, [])

    def _all_changed(self, roles: list[int]) -> None:
        if self._messages:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._messages) - 1, 0), roles)


_GETTERS: dict[int, Callable[[TranscriptModel, int], Any]] = {
    TranscriptRole.AUTHOR: lambda m, row: str(m._messages[row].author),
    TranscriptRole.AUTHOR_NAME: TranscriptModel._author_name,
    TranscriptRole.BODY: lambda m, row: m._messages[row].body,
    TranscriptRole.TIME: TranscriptModel._time,
    TranscriptRole.TIME_TEXT: TranscriptModel._time_text,
    TranscriptRole.DELIVERY: lambda m, row: (
        None if m._is_pending(row) else str(m._messages[row].delivery)
    ),
    TranscriptRole.PENDING: TranscriptModel._is_pending,
    TranscriptRole.SEND_FAILED: TranscriptModel._is_failed,
    TranscriptRole.STATUS_TEXT: TranscriptModel._status_text,
    TranscriptRole.MESSAGE_ID: lambda m, row: None if m._is_pending(row) else m._messages[row].id,
    TranscriptRole.CLIENT_MSG_ID: lambda m, row: m._messages[row].client_msg_id,
    TranscriptRole.UID: lambda m, row: m._uids[row],
    TranscriptRole.REVISION: lambda m, row: m._revision.get(m._uids[row], 0),
    Qt.ItemDataRole.ToolTipRole: TranscriptModel._tooltip,
    Qt.ItemDataRole.AccessibleTextRole: TranscriptModel._accessible_text,
    Qt.ItemDataRole.AccessibleDescriptionRole: TranscriptModel._status_text,
}
