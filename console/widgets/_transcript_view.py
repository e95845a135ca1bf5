"""The transcript of one session: a list view that follows new messages.

Contact text stays plain: a link in a message is only characters.  The
context menu (right click, the Menu key or Shift+F10) lists the links of the
message under it; choosing one emits ``link_requested`` with its real target,
for the screen to confirm before anything is opened.  Copied text isolates
names and bodies (FSI ... PDI) so a pasted message cannot reorder its line.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QListView, QMenu, QPushButton, QWidget

from console.domain.text import LinkTarget, find_links, isolate, one_line
from console.widgets._tail_proxy import TailProxy
from console.widgets._transcript_delegate import TranscriptDelegate
from console.widgets._transcript_model import TranscriptModel, TranscriptRole
from console.widgets._util import plural, set_accessible

__all__ = ["TranscriptView"]

log = logging.getLogger(__name__)

STICK_SLACK = 4  # pixels from the bottom that still count as "at the bottom"
# Rows kept in the window while following the end: each insert lays the whole
# window out again (a sizeHint call a row), so it stays between this and this
# plus a page; scrolling up widens it a page at a time.
KEEP_WHEN_FOLLOWING = 100


class TranscriptView(QListView):
    """Shows a ``TranscriptModel``; sticks to the newest message while at the bottom.

    When the advocate has scrolled up, new messages do not move the view; a
    "new messages" button appears instead.  Only the newest rows are laid out
    (a ``TailProxy`` window, one page at a time, grown when scrolling to the
    top), so 100,000 messages cost what a few hundred do.  Ctrl+C copies the
    selected messages as plain text.
    """

    #: the number of messages that arrived below the visible part, 0 when none
    unseen_changed = Signal(int)
    #: a link of a message the advocate chose to open (``LinkTarget``): confirm first
    link_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, page: int = 100) -> None:
        super().__init__(parent)
        self._proxy = TailProxy(page, self)
        #: the font's key, kept here: the delegate compares it for every row it sizes
        self.font_key: str = self.font().key()
        self._stick = True
        self._adjusting = False
        self._unseen = 0
        self.setItemDelegate(TranscriptDelegate(self))
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.verticalScrollBar().setSingleStep(24)
        set_accessible(
            self,
            self.tr("Conversation"),
            self.tr(
                "Messages of this conversation, oldest first. Ctrl+C copies the selected messages."
            ),
        )

        self._copy_action = QAction(self.tr("Copy"), self)
        self._copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self._copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self._copy_action.triggered.connect(self.copy_selection)
        self.addAction(self._copy_action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)

        self._jump = QPushButton(self.viewport())
        self._jump.setObjectName("transcriptJump")
        self._jump.setCursor(Qt.CursorShape.PointingHandCursor)
        self._jump.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._jump.setStyleSheet(
            "QPushButton#transcriptJump { background: #1f5f99; color: white; border: none;"
            " border-radius: 13px; padding: 4px 14px; font-weight: 600; }"
            "QPushButton#transcriptJump:focus { border: 2px solid #f6c343; }"
        )
        self._jump.clicked.connect(self.scroll_to_bottom)
        self._jump.hide()
        set_accessible(self._jump, self.tr("Jump to the newest message"))

        bar = self.verticalScrollBar()
        bar.valueChanged.connect(self._on_scrolled)
        bar.rangeChanged.connect(self._on_range_changed)
        self._proxy.rowsInserted.connect(self._on_rows_inserted)
        self._proxy.modelReset.connect(self._on_reset)

    # ------------------------------------------------------------ model

    def set_transcript(self, model: TranscriptModel | None) -> None:
        self._proxy.setSourceModel(model)
        super().setModel(self._proxy if model is not None else None)
        self._on_reset()

    def setModel(self, model: QAbstractItemModel | None) -> None:
        """A ``TranscriptModel`` is shown through the view's window; others as they are."""
        if model is None or isinstance(model, TranscriptModel):
            self.set_transcript(model)
        else:
            super().setModel(model)

    def transcript(self) -> TranscriptModel | None:
        source = self._proxy.sourceModel()
        return source if isinstance(source, TranscriptModel) else None

    def window_proxy(self) -> TailProxy:
        return self._proxy

    def source_index(self, index: QModelIndex) -> QModelIndex:
        return self._proxy.mapToSource(index) if index.model() is self._proxy else index

    # ------------------------------------------------------------ following the end

    def is_following(self) -> bool:
        """True while the view sticks to the newest message."""
        return self._stick

    def unseen(self) -> int:
        return self._unseen

    def scroll_to_bottom(self) -> None:
        self._stick = True
        self._set_unseen(0)
        self.scrollToBottom()

    def _at_bottom(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum() - STICK_SLACK

    def _on_scrolled(self, value: int) -> None:
        if self._adjusting:
            return
        self._stick = self._at_bottom()
        if self._stick:
            self._set_unseen(0)
        elif value == self.verticalScrollBar().minimum() and self._proxy.hidden_above():
            QTimer.singleShot(0, self._load_older)

    def _on_range_changed(self, _minimum: int, maximum: int) -> None:
        if self._stick:
            self._adjusting = True
            try:
                self.verticalScrollBar().setValue(maximum)
            finally:
                self._adjusting = False

    def _on_rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        if last != self._proxy.rowCount() - 1:
            return  # older rows (or rows in the middle): not news
        own = any(
            self._proxy.index(row, 0).data(TranscriptRole.PENDING) for row in range(first, last + 1)
        )
        if own:
            self.scroll_to_bottom()  # the advocate just sent something: show it
        elif self._stick:
            if self._proxy.rowCount() > KEEP_WHEN_FOLLOWING + self._proxy.page():
                # Not from inside this signal: the list view has not seen the insert yet.
                QTimer.singleShot(0, self._trim_window)
        else:
            self._set_unseen(self._unseen + last - first + 1)

    def _trim_window(self) -> None:
        if self._stick and self._proxy.rowCount() > KEEP_WHEN_FOLLOWING + self._proxy.page():
            self._proxy.trim(KEEP_WHEN_FOLLOWING)

    def _on_reset(self) -> None:
        delegate = self.itemDelegate()
        if isinstance(delegate, TranscriptDelegate):
            delegate.clear_cache()
        self._stick = True
        self._set_unseen(0)
        self.scrollToBottom()

    def _load_older(self) -> None:
        bar = self.verticalScrollBar()
        if bar.value() != bar.minimum() or not self._proxy.hidden_above():
            return
        anchor = self.indexAt(QPoint(1, 1))
        anchor_row = anchor.row() if anchor.isValid() else 0
        anchor_top = self.visualRect(anchor).top() if anchor.isValid() else 0
        added = self._proxy.extend()
        self.doItemsLayout()
        moved = self._proxy.index(anchor_row + added, 0)
        self._adjusting = True
        try:
            bar.setValue(bar.value() + self.visualRect(moved).top() - anchor_top)
        finally:
            self._adjusting = False
        log.debug("transcript: %d older rows shown, %d hidden", added, self._proxy.hidden_above())

    def _set_unseen(self, count: int) -> None:
        if count == self._unseen:
            return
        self._unseen = count
        if count:
            text = plural(self.tr("%n new message(s)", "", count), count)
            self._jump.setText(f"{text}  ↓")
            self._jump.adjustSize()
            self._place_jump()
            self._jump.show()
            self._jump.raise_()
        else:
            self._jump.hide()
        self.unseen_changed.emit(count)

    def _place_jump(self) -> None:
        area = self.viewport().rect()
        size = self._jump.sizeHint()
        self._jump.resize(size)
        self._jump.move(area.center().x() - size.width() // 2, area.bottom() - size.height() - 10)

    # ------------------------------------------------------------ events

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_jump()

    def dataChanged(
        self,
        top_left: QModelIndex | QPersistentModelIndex,
        bottom_right: QModelIndex | QPersistentModelIndex,
        roles: Sequence[int] = (),
    ) -> None:
        super().dataChanged(top_left, bottom_right, list(roles))
        self.scheduleDelayedItemsLayout()  # a changed row may need another height

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.font_key = self.font().key()
            delegate = self.itemDelegate()
            if isinstance(delegate, TranscriptDelegate):
                delegate.clear_cache()
            self.scheduleDelayedItemsLayout()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            event.accept()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------ copy

    def selected_text(self) -> str:
        """The selected messages (or the current one) as plain text, oldest first."""
        indexes = sorted(self.selectedIndexes(), key=lambda index: index.row())
        if not indexes and self.currentIndex().isValid():
            indexes = [self.currentIndex()]
        lines = []
        for index in indexes:
            name = index.data(TranscriptRole.AUTHOR_NAME) or ""
            time_text = index.data(TranscriptRole.TIME_TEXT) or ""
            body = index.data(Qt.ItemDataRole.DisplayRole) or ""
            lines.append(f"[{time_text}] {isolate(name)}: {isolate(body)}")
        return "\n".join(lines)

    def copy_selection(self) -> None:
        text = self.selected_text()
        if text:
            QGuiApplication.clipboard().setText(text)

    # ------------------------------------------------------------ links

    def links_at(self, index: QModelIndex | QPersistentModelIndex) -> list[LinkTarget]:
        """The links of the message at ``index`` (its body, as shown)."""
        if not index.isValid():
            return []
        return find_links(index.data(Qt.ItemDataRole.DisplayRole) or "")

    def link_menu(self, index: QModelIndex | QPersistentModelIndex) -> QMenu:
        """Copy, then one "Open link" entry per link of the message at ``index``."""
        menu = QMenu(self)
        menu.addAction(self._copy_action)
        links = self.links_at(index)
        if links:
            menu.addSeparator()
        for target in links:
            shown = isolate(one_line(target.written, 60))
            action = menu.addAction(self.tr("Open link {link}…").format(link=shown))
            action.triggered.connect(lambda _=False, t=target: self.link_requested.emit(t))
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            index = self.indexAt(event.pos())
        else:
            index = self.currentIndex()
        menu = self.link_menu(index)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())
        event.accept()
