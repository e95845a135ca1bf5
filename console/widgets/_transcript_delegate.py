"""Paints transcript rows as chat bubbles, with plain text only.

Bodies are laid out with ``QTextLayout`` from the model's display text (already
passed through ``inert``): never rich text, so ``<b>``, ``<img src=...>`` or a
link is shown as the characters it is made of and nothing is ever loaded.
Long unbroken lines wrap anywhere.  Row heights are cached per row (its ``UID``
and ``REVISION``) and the cache is dropped whenever the width changes.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen, QTextLayout, QTextOption
from PySide6.QtWidgets import QAbstractScrollArea, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from console.domain.text import isolate
from console.protocol import Author
from console.widgets._theme import Shades, shades
from console.widgets._transcript_model import TranscriptRole

__all__ = ["TranscriptDelegate"]

ModelIndex = QModelIndex | QPersistentModelIndex

MARGIN_X = 12.0  # between the view's edge and a bubble
PAD_X = 12.0  # inside a bubble
PAD_Y = 7.0
TOP = 8.0  # above the meta line
META_GAP = 3.0  # between the meta line and the bubble
BOTTOM = 2.0
RADIUS = 10.0
MAX_BUBBLE = 680.0
LAYOUT_CACHE = 256


@dataclass(slots=True)
class _Geometry:
    """Where everything of one row goes, for a given width."""

    layout: QTextLayout
    text_size: tuple[float, float]
    meta: str
    height: float


def lay_out_text(
    text: str, font: QFont, width: float, *, centred: bool = False
) -> tuple[QTextLayout, float, float]:
    """A plain-text ``QTextLayout`` wrapped to ``width``: (layout, natural width, height)."""
    layout = QTextLayout(text.replace("\n", "\u2028"), font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    option.setTabStopDistance(QFontMetricsF(font).horizontalAdvance(" ") * 4)
    if centred:
        option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    layout.setTextOption(option)
    layout.setCacheEnabled(True)
    layout.beginLayout()
    y = 0.0
    natural = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0.0, y))
        y += line.height()
        natural = max(natural, line.naturalTextWidth())
    layout.endLayout()
    return layout, natural, y


def small_font(font: QFont) -> QFont:
    small = QFont(font)
    if font.pointSizeF() > 0:
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.86))
    else:
        small.setPixelSize(max(9, round(font.pixelSize() * 0.86)))
    return small


class TranscriptDelegate(QStyledItemDelegate):
    """Bubbles: contact on the left, advocate on the right, system centred and muted."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[int, tuple[int, int]] = {}  # uid -> (revision, height)
        self._layouts: OrderedDict[tuple[int, int], _Geometry] = OrderedDict()
        self._width = -1
        self._font_key = ""
        self._small: QFont | None = None  # the meta line's font, for the current font
        self._meta_height = 0.0
        self._palette_key = -1
        self._colors: Shades | None = None

    def clear_cache(self) -> None:
        self._heights.clear()
        self._layouts.clear()

    def cached_rows(self) -> int:
        return len(self._heights)

    # ------------------------------------------------------------ geometry

    def _view_width(self, option: QStyleOptionViewItem) -> int:
        widget = option.widget
        if isinstance(widget, QAbstractScrollArea):
            width: int = widget.viewport().width()
        else:
            width = option.rect.width()
        width = max(width, 160)
        font_key = getattr(widget, "font_key", None)  # a TranscriptView keeps it
        if not isinstance(font_key, str):
            font_key = option.font.key()
        if width != self._width or font_key != self._font_key:
            if font_key != self._font_key:
                self._small = small_font(option.font)
                self._meta_height = QFontMetricsF(self._small).height()
            self._width, self._font_key = width, font_key
            self.clear_cache()
        return width

    def _shades(self, option: QStyleOptionViewItem) -> Shades:
        """The widget's shades, worked out again only when its palette changes."""
        key = option.palette.cacheKey()
        if self._colors is None or key != self._palette_key:
            self._palette_key, self._colors = key, shades(option.widget)
        return self._colors

    def _geometry(
        self, option: QStyleOptionViewItem, index: ModelIndex, width: int, *, exact: bool
    ) -> _Geometry:
        font: QFont = option.font
        author = index.data(TranscriptRole.AUTHOR)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        time_text = index.data(TranscriptRole.TIME_TEXT) or ""
        small = self._small if self._small is not None else small_font(font)
        meta_height = self._meta_height
        if author == Author.SYSTEM:
            text_width = width * 0.85 - 2 * MARGIN_X
            layout, _natural, text_height = lay_out_text(text, small, text_width, centred=True)
            meta = time_text
            height = TOP + meta_height + META_GAP + text_height + BOTTOM
            return _Geometry(layout, (text_width, text_height), meta, height)
        bubble_max = min(MAX_BUBBLE, max(220.0, width * 0.78), width - 2 * MARGIN_X)
        text_width = bubble_max - 2 * PAD_X
        layout, natural, text_height = lay_out_text(text, font, text_width)
        if exact and natural + 1 < text_width:
            # Lay out again at the width actually used, so that right-to-left
            # paragraphs align inside the bubble, not inside the widest bubble.
            text_width = natural + 1
            layout, natural, text_height = lay_out_text(text, font, text_width)
        name = index.data(TranscriptRole.AUTHOR_NAME) or ""
        status = index.data(TranscriptRole.STATUS_TEXT) or ""
        meta = " · ".join(part for part in (isolate(name), time_text, status) if part)
        height = TOP + meta_height + META_GAP + text_height + 2 * PAD_Y + BOTTOM
        return _Geometry(layout, (text_width, text_height), meta, height)

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        # Called for every shown row on each layout pass (an insert lays out the
        # whole window again): the cached path must stay a few dictionary reads.
        width = self._view_width(option)
        key_of = getattr(index.model(), "size_key", None)
        key = key_of(index.row()) if key_of is not None else None
        if key is not None:
            uid, revision = key
        else:
            uid = index.data(TranscriptRole.UID)
            revision = index.data(TranscriptRole.REVISION)
        cached = self._heights.get(uid) if uid is not None else None
        if cached is not None and cached[0] == revision:
            return QSize(width, cached[1])
        height = int(self._geometry(option, index, width, exact=False).height + 0.999)
        if uid is not None:
            self._heights[uid] = (revision, height)
        return QSize(width, height)

    def _paint_geometry(self, option: QStyleOptionViewItem, index: ModelIndex) -> _Geometry:
        width = self._view_width(option)
        uid = index.data(TranscriptRole.UID)
        key = (uid, index.data(TranscriptRole.REVISION))
        geometry = self._layouts.get(key) if uid is not None else None
        if geometry is None:
            geometry = self._geometry(option, index, width, exact=True)
            if uid is not None:
                self._layouts[key] = geometry
                if len(self._layouts) > LAYOUT_CACHE:
                    self._layouts.popitem(last=False)
        else:
            self._layouts.move_to_end(key)
        return geometry

    # ------------------------------------------------------------ painting

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        geometry = self._paint_geometry(option, index)  # also brings the fonts up to date
        colors = self._shades(option)
        rect = QRectF(option.rect)
        state = option.state
        font: QFont = option.font
        author = index.data(TranscriptRole.AUTHOR)
        pending = bool(index.data(TranscriptRole.PENDING))
        failed = (
            bool(index.data(TranscriptRole.SEND_FAILED))
            or index.data(TranscriptRole.DELIVERY) == "failed"
        )

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, colors.selection)

        small = self._small if self._small is not None else small_font(font)
        meta_height = self._meta_height
        meta_rect = QRectF(
            rect.left() + MARGIN_X, rect.top() + TOP, rect.width() - 2 * MARGIN_X, meta_height
        )
        text_width, text_height = geometry.text_size
        body_top = meta_rect.bottom() + META_GAP

        if author == Author.SYSTEM:
            align = Qt.AlignmentFlag.AlignHCenter
            body = QRectF(rect.center().x() - text_width / 2, body_top, text_width, text_height)
            frame = body.adjusted(-4, -2, 4, 2)
            painter.setPen(colors.muted)
            geometry.layout.draw(painter, body.topLeft())
        else:
            bubble = QRectF(0, body_top, text_width + 2 * PAD_X, text_height + 2 * PAD_Y)
            if author == Author.ADVOCATE:
                bubble.moveRight(rect.right() - MARGIN_X)
                align = Qt.AlignmentFlag.AlignRight
                fill = colors.advocate_bubble
            else:
                bubble.moveLeft(rect.left() + MARGIN_X)
                align = Qt.AlignmentFlag.AlignLeft
                fill = colors.contact_bubble
            if pending and not failed:
                fill = fill.lighter(104)
                pen = QPen(colors.pending_border, 1.2, Qt.PenStyle.DashLine)
            elif failed:
                pen = QPen(colors.danger, 1.5)
            else:
                pen = QPen(Qt.PenStyle.NoPen)
            painter.setPen(pen)
            painter.setBrush(fill)
            painter.drawRoundedRect(bubble, RADIUS, RADIUS)
            painter.setPen(colors.text)
            painter.setFont(font)
            geometry.layout.draw(painter, QPointF(bubble.left() + PAD_X, bubble.top() + PAD_Y))
            frame = bubble

        painter.setFont(small)
        painter.setPen(colors.danger if failed else colors.muted)
        metrics = painter.fontMetrics()
        meta = metrics.elidedText(
            geometry.meta, Qt.TextElideMode.ElideMiddle, int(meta_rect.width())
        )
        painter.drawText(meta_rect, int(align | Qt.AlignmentFlag.AlignVCenter), meta)

        keyboard = QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange
        if (state & keyboard) == keyboard:  # a focus ring for keyboard users only
            focus = QPen(option.palette.highlight().color(), 1.5)
            painter.setPen(focus)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(frame.adjusted(-2, -2, 2, 2), RADIUS + 2, RADIUS + 2)
        painter.restore()

    def layout_text(self, option: QStyleOptionViewItem, index: ModelIndex) -> str:
        """The exact text the row's body layout holds (for tests and diagnostics)."""
        return self._paint_geometry(option, index).layout.text()
