"""Live charts of the shift (Qt Charts): waiting contacts, longest wait, advocates available.

Each chart redraws from the history's ring buffer after every sample
(``QXYSeries.replace``), so it never holds more points than the buffer.  Each
chart's accessible description says the latest values in words, for a lead
who does not look at lines.
"""

from __future__ import annotations

import math

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QWidget

from console.app.board_history import Sample, ShiftHistory
from console.app.board_table import channel_text, elapsed_text
from console.protocol import Channel
from console.widgets import channel_color

AVAILABLE_COLOR = QColor("#2e7d32")


def _ms(sample: Sample) -> float:
    return sample.at.timestamp() * 1000.0


def _count_top(value: float) -> float:
    """An axis top for counts with room above the highest point, in four whole steps."""
    return float(max(4, math.ceil((value + 1) / 4) * 4))


def _minutes_top(value: float) -> float:
    """An axis top for minutes with room above the highest point, in two even steps."""
    return float(max(1, math.ceil(value * 1.2)))


class _Chart(QChartView):
    """One small line chart over time."""

    def __init__(
        self, title: str, name: str, label_format: str = "%d", parent: QWidget | None = None
    ) -> None:
        chart = QChart()
        chart.setTitle(title)
        font = chart.titleFont()
        font.setBold(True)
        chart.setTitleFont(font)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(4)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(name)
        self.setMinimumHeight(200)
        self.time_axis = QDateTimeAxis()
        self.time_axis.setFormat("HH:mm")
        self.time_axis.setTickCount(4)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        chart.legend().setFont(small)
        self.value_axis = QValueAxis()
        self.value_axis.setLabelFormat(label_format)
        self.value_axis.setMin(0)
        for axis in (self.time_axis, self.value_axis):
            axis.setLabelsFont(small)
        chart.addAxis(self.time_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.value_axis, Qt.AlignmentFlag.AlignLeft)
        self.series: list[QLineSeries] = []

    def add_series(self, name: str, color: QColor) -> QLineSeries:
        series = QLineSeries()
        series.setName(name)
        series.setPen(QPen(color, 2.0))
        self.chart().addSeries(series)
        series.attachAxis(self.time_axis)
        series.attachAxis(self.value_axis)
        self.series.append(series)
        return series

    def set_range(self, first: float, last: float, top: float, ticks: int) -> None:
        if last <= first:
            last = first + 60_000.0
        self.time_axis.setRange(
            QDateTime.fromMSecsSinceEpoch(int(first)), QDateTime.fromMSecsSinceEpoch(int(last))
        )
        self.value_axis.setMax(top)
        self.value_axis.setTickCount(ticks)


class ShiftCharts(QWidget):
    def __init__(self, history: ShiftHistory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self.setAccessibleName(self.tr("Shift charts"))
        self.waiting = _Chart(self.tr("Waiting contacts"), self.tr("Waiting contacts over time"))
        self.longest = _Chart(
            self.tr("Longest wait (minutes)"),
            self.tr("Longest wait over time, per channel"),
            "%.1f",
        )
        self.available = _Chart(
            self.tr("Advocates available"), self.tr("Advocates available over time")
        )
        self._waiting = {
            c: self.waiting.add_series(channel_text(c), channel_color(c)) for c in Channel
        }
        self._longest = {
            c: self.longest.add_series(channel_text(c), channel_color(c)) for c in Channel
        }
        self._available = self.available.add_series(self.tr("Available"), AVAILABLE_COLOR)
        self.available.chart().legend().hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for view in (self.waiting, self.longest, self.available):
            layout.addWidget(view, 1)
        history.sampled.connect(self.redraw)
        self.redraw()

    def charts(self) -> list[QChartView]:
        return [self.waiting, self.longest, self.available]

    def point_counts(self) -> list[int]:
        return [
            s.count() for view in (self.waiting, self.longest, self.available) for s in view.series
        ]

    def redraw(self, *_: object) -> None:
        samples = list(self.history.samples)
        if not samples:
            for view in (self.waiting, self.longest, self.available):
                view.setAccessibleDescription(self.tr("No samples yet."))
            return
        times = [_ms(s) for s in samples]
        top_waiting = 0.0
        top_longest = 0.0
        for channel in Channel:
            waiting = [QPointF(t, s.waiting[channel]) for t, s in zip(times, samples, strict=True)]
            longest = [
                QPointF(t, s.longest_wait_s[channel] / 60.0)
                for t, s in zip(times, samples, strict=True)
            ]
            self._waiting[channel].replace(waiting)
            self._longest[channel].replace(longest)
            top_waiting = max(top_waiting, *(p.y() for p in waiting))
            top_longest = max(top_longest, *(p.y() for p in longest))
        available = [QPointF(t, s.available) for t, s in zip(times, samples, strict=True)]
        self._available.replace(available)
        top_available = max(p.y() for p in available)
        # Headroom above the highest point, so no line runs along the frame.
        self.waiting.set_range(times[0], times[-1], _count_top(top_waiting), 5)
        self.longest.set_range(times[0], times[-1], _minutes_top(top_longest), 3)
        self.available.set_range(times[0], times[-1], _count_top(top_available), 5)
        self._describe(samples[-1])

    def _describe(self, last: Sample) -> None:
        per_channel = ", ".join(
            self.tr("{channel}: {n}").format(channel=channel_text(c), n=last.waiting[c])
            for c in Channel
        )
        self.waiting.setAccessibleDescription(
            self.tr("Now {total} waiting ({channels}).").format(
                total=last.total_waiting(), channels=per_channel
            )
        )
        longest = ", ".join(
            self.tr("{channel}: {time}").format(
                channel=channel_text(c), time=elapsed_text(last.longest_wait_s[c])
            )
            for c in Channel
        )
        self.longest.setAccessibleDescription(
            self.tr("Longest wait now: {channels}.").format(channels=longest)
        )
        self.available.setAccessibleDescription(
            self.tr("{n} advocates available now.").format(n=last.available)
        )
