"""Offers of new sessions: one banner each, with a countdown to the offer's end.

An offer lasts ``OFFER_TIMEOUT_S`` (30 s) on the server.  The banner counts
down from a monotonic deadline computed once from ``offer_expires_at``, and
repaints four times a second, so a busy event loop never makes it run slow.
Accepting or declining disables both buttons until the window removes the
banner (or calls ``set_busy(False)`` when the request failed).

The contact's label is untrusted: plain-text labels only, isolated (FSI ...
PDI) wherever it sits next to other text, and escaped in the tool tip (Qt
guesses rich text in tool tips).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from console.domain.text import as_rich_text, embed
from console.protocol import OFFER_TIMEOUT_S, Session
from console.widgets._icons import glyph_pixmap
from console.widgets._languages import language_info
from console.widgets._theme import channel_color
from console.widgets._util import set_accessible
from console.widgets.badges import Tag, TagKind, channel_glyph, channel_name
from console.widgets.timers import format_elapsed

__all__ = ["OfferBanner", "OfferList"]

TICK_MS = 250
LABEL_MAX = 48
STRIPE = 5


def _utc_now() -> datetime:
    return datetime.now(UTC)


class OfferBanner(QFrame):
    """One pending offer: who, which channel and language, time left, Accept / Decline."""

    accepted = Signal(str)
    declined = Signal(str)
    expired = Signal(str)

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] = _utc_now,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._monotonic = monotonic
        self._expired = False
        self.setObjectName("offerBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        color = channel_color(session.channel)
        self.setStyleSheet(
            "QFrame#offerBanner { background: palette(base); border: 1px solid #c9d1db;"
            " border-radius: 8px; }"
        )

        total, remaining = _offer_window(session, now())
        self._total = total
        self._deadline = monotonic() + remaining

        icon = QLabel(self)
        icon.setPixmap(
            glyph_pixmap(channel_glyph(session.channel), 22, color, self.devicePixelRatioF())
        )
        title = QLabel(self)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title_font = title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
        title_font.setWeight(QFont.Weight.DemiBold)
        title.setFont(title_font)
        label = embed(session.contact.label, LABEL_MAX)
        title.setText(f"{channel_name(session.channel)} · {label}")
        title.setToolTip(as_rich_text(session.contact.label))
        title.setMinimumWidth(60)
        title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._title = title

        self._countdown = QLabel(self)
        self._countdown.setTextFormat(Qt.TextFormat.PlainText)
        count_font = self._countdown.font()
        count_font.setPointSizeF(count_font.pointSizeF() * 1.25)
        count_font.setWeight(QFont.Weight.Bold)
        count_font.setFeature(QFont.Tag("tnum"), 1)
        self._countdown.setFont(count_font)
        set_accessible(self._countdown, self.tr("Time left to answer"))

        self._bar = QProgressBar(self)
        self._bar.setRange(0, 1000)
        self._bar.setTextVisible(False)
        self._bar.setFixedHeight(6)
        self._bar.setStyleSheet(
            "QProgressBar { background: #e3e8ee; border: none; border-radius: 3px; }"
            f"QProgressBar::chunk {{ background: {color.name()}; border-radius: 3px; }}"
        )
        set_accessible(self._bar, self.tr("Time left to answer"))

        tags = QHBoxLayout()
        tags.setSpacing(6)
        language = language_info(session.language)
        tags.addWidget(Tag(language.label(), TagKind.NEUTRAL, self))
        if session.contact.relay:
            tags.addWidget(Tag(self.tr("711 relay"), TagKind.INFO, self))
        if session.interpreter_needed:
            tags.addWidget(Tag(self.tr("Interpreter needed"), TagKind.ATTENTION, self))
        tags.addStretch(1)

        self._decline = QPushButton(self.tr("Decline"), self)
        self._accept = QPushButton(self.tr("Accept"), self)
        for button in (self._decline, self._accept):
            button.setAutoDefault(False)
            button.setMinimumHeight(30)
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance(button.text()) + 48)
        self._accept.setObjectName("offerAccept")
        self._accept.setStyleSheet(
            "QPushButton#offerAccept { background: #1f5f99; color: white; border: none;"
            " border-radius: 4px; padding: 4px 18px; font-weight: 600; }"
            "QPushButton#offerAccept:focus { outline: none; border: 2px solid #f6c343; }"
            "QPushButton#offerAccept:disabled { background: #9bb3cc; }"
        )
        who = label
        set_accessible(
            self._accept, self.tr("Accept"), self.tr("Accept the offer from {who}").format(who=who)
        )
        set_accessible(
            self._decline,
            self.tr("Decline"),
            self.tr("Decline the offer from {who}").format(who=who),
        )
        self._accept.clicked.connect(self._on_accept)
        self._decline.clicked.connect(self._on_decline)

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(icon)
        top.addWidget(title, 1)
        top.addWidget(self._countdown)
        buttons = QHBoxLayout()
        buttons.addLayout(tags, 1)
        buttons.addWidget(self._decline)
        buttons.addWidget(self._accept)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(STRIPE + 12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self._bar)
        layout.addLayout(buttons)

        self.setFocusProxy(self._accept)  # focus entering the banner lands on Accept
        set_accessible(
            self,
            self.tr("Offer: {channel} from {who}").format(
                channel=channel_name(session.channel), who=who
            ),
            self.tr("Language: {language}").format(language=language.english),
        )

        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self._tick()

    # ------------------------------------------------------------ state

    def session(self) -> Session:
        return self._session

    def session_id(self) -> str:
        return self._session.id

    def remaining(self) -> float:
        """Seconds left to answer (0 once expired)."""
        return max(0.0, self._deadline - self._monotonic())

    def is_expired(self) -> bool:
        return self._expired

    def accept_button(self) -> QPushButton:
        return self._accept

    def decline_button(self) -> QPushButton:
        return self._decline

    def set_busy(self, busy: bool) -> None:
        """Disable the buttons while an answer is on its way."""
        enabled = not busy and not self._expired
        self._accept.setEnabled(enabled)
        self._decline.setEnabled(enabled)

    # ------------------------------------------------------------ internals

    def _on_accept(self) -> None:
        self.set_busy(True)
        self.accepted.emit(self._session.id)

    def _on_decline(self) -> None:
        self.set_busy(True)
        self.declined.emit(self._session.id)

    def _tick(self) -> None:
        left = self.remaining()
        self._countdown.setText(format_elapsed(math.ceil(left)))
        fraction = left / self._total if self._total > 0 else 0.0
        self._bar.setValue(round(1000 * fraction))
        if left <= 0 and not self._expired:
            self._expired = True
            self._timer.stop()
            self._countdown.setText(self.tr("Expired"))
            self.set_busy(True)
            self.expired.emit(self._session.id)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(channel_color(self._session.channel))
        rect = QRectF(1, 1, STRIPE + 4, self.height() - 2)
        painter.setClipRect(QRectF(1, 1, STRIPE, self.height() - 2))
        painter.drawRoundedRect(rect, 7, 7)
        painter.end()


def _offer_window(session: Session, now: datetime) -> tuple[float, float]:
    """(whole offer length, seconds left) from the session's offer times."""
    total = float(OFFER_TIMEOUT_S)
    expires = session.offer_expires_at
    if expires is None:
        return total, total
    if session.offered_at is not None:
        total = max(1.0, (expires - session.offered_at).total_seconds())
    remaining = (expires - now).total_seconds()
    return total, min(max(remaining, 0.0), total)


SHOWN_AT_ONCE = 3  # offers shown whole; more scroll
PEEK_PX = 28  # of the next offer, so that more waiting is plain to see


class OfferList(QWidget):
    """The pending offers, the one ending soonest on top; hidden when there is none."""

    accepted = Signal(str)
    declined = Signal(str)
    expired = Signal(str)
    count_changed = Signal(int)

    def __init__(
        self, parent: QWidget | None = None, *, remove_expired_after_ms: int = 2000
    ) -> None:
        super().__init__(parent)
        self._banners: dict[str, OfferBanner] = {}
        self._linger_ms = remove_expired_after_ms
        # The banners scroll past the first few: a surge of offers must never push
        # the sessions off the screen (or the window past it).
        content = QWidget()
        self._layout = QVBoxLayout(content)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        self._scroll = QScrollArea(self)
        self._scroll.setWidget(content)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._scroll)
        set_accessible(self, self.tr("Offers waiting for an answer"))
        self.hide()

    def add_offer(self, session: Session) -> OfferBanner:
        """Show an offer (replacing the banner of the same session, if any)."""
        self.remove_offer(session.id)
        banner = OfferBanner(session, self)
        banner.accepted.connect(self.accepted)
        banner.declined.connect(self.declined)
        banner.expired.connect(self._on_expired)
        position = sum(
            1 for other in self._banners.values() if other.remaining() <= banner.remaining()
        )
        self._layout.insertWidget(position, banner)
        self._banners[session.id] = banner
        self._changed()
        return banner

    def remove_offer(self, session_id: str) -> bool:
        banner = self._banners.pop(session_id, None)
        if banner is None:
            return False
        self._layout.removeWidget(banner)
        banner.hide()
        banner.deleteLater()
        self._changed()
        return True

    def clear(self) -> None:
        for session_id in list(self._banners):
            self.remove_offer(session_id)

    def banner(self, session_id: str) -> OfferBanner | None:
        return self._banners.get(session_id)

    def count(self) -> int:
        return len(self._banners)

    def _on_expired(self, session_id: str) -> None:
        self.expired.emit(session_id)
        banner = self._banners.get(session_id)
        if self._linger_ms >= 0 and banner is not None:
            QTimer.singleShot(self._linger_ms, self, lambda: self._remove_if(session_id, banner))

    def _remove_if(self, session_id: str, banner: OfferBanner) -> None:
        if self._banners.get(session_id) is banner:  # not a newer offer of the same session
            self.remove_offer(session_id)

    def banners(self) -> list[OfferBanner]:
        """The banners, top to bottom (the offer ending soonest first)."""
        items = (self._layout.itemAt(i) for i in range(self._layout.count()))
        return [w for item in items if isinstance(w := item and item.widget(), OfferBanner)]

    def shown_height(self) -> int:
        """The banners' area: all of them up to ``SHOWN_AT_ONCE``, then a peek of
        the next one, so that more waiting below is plain to see."""
        heights = [b.sizeHint().height() for b in self.banners()]
        spacing = self._layout.spacing()
        shown = heights[:SHOWN_AT_ONCE]
        height = sum(shown) + spacing * max(0, len(shown) - 1)
        if len(heights) > SHOWN_AT_ONCE:
            height += spacing + min(heights[SHOWN_AT_ONCE], PEEK_PX)
        return height

    def _changed(self) -> None:
        self._scroll.setFixedHeight(self.shown_height())
        self.setVisible(bool(self._banners))
        self.count_changed.emit(len(self._banners))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._banners:
            self._scroll.setFixedHeight(self.shown_height())
