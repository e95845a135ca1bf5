"""The widgets' colours: calm, readable, and never the only carrier of meaning.

Every colour used to tell states apart comes with text or a shape as well
(WCAG 1.4.1).  Light, dark and high-contrast palettes each get their own shades.

The look of the whole application (:class:`Look`) follows the operating
system's colour scheme and its high-contrast preference
(``QStyleHints.colorScheme()``, ``QStyleHints.accessibility().contrastPreference()``,
Qt 6.10+) unless a scheme is chosen, and scales the application font from
100 % to 200 %.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from console.protocol import Channel, Presence


@dataclass(frozen=True, slots=True)
class Shades:
    """Colours for one palette (light or dark)."""

    contact_bubble: QColor
    advocate_bubble: QColor
    pending_border: QColor
    text: QColor
    muted: QColor
    danger: QColor
    warning: QColor
    ok: QColor
    selection: QColor
    banner_bg: QColor
    banner_text: QColor


_LIGHT = Shades(
    contact_bubble=QColor("#eef1f5"),
    advocate_bubble=QColor("#dcebfb"),
    pending_border=QColor("#6b7f99"),
    text=QColor("#1d232b"),
    muted=QColor("#5b6573"),
    danger=QColor("#b42318"),
    warning=QColor("#8a5a00"),
    ok=QColor("#2e7d32"),
    selection=QColor(38, 104, 178, 40),
    banner_bg=QColor("#f6c343"),
    banner_text=QColor("#2b2100"),
)

_DARK = Shades(
    contact_bubble=QColor("#2c3138"),
    advocate_bubble=QColor("#1e3a56"),
    pending_border=QColor("#9fb2c8"),
    text=QColor("#e8ebef"),
    muted=QColor("#a3acb8"),
    danger=QColor("#f97066"),
    warning=QColor("#f0b429"),
    ok=QColor("#6fcf97"),
    selection=QColor(120, 170, 230, 60),
    banner_bg=QColor("#f6c343"),
    banner_text=QColor("#2b2100"),
)

_CHANNEL = {
    Channel.CALL: QColor("#1f6fb2"),
    Channel.CHAT: QColor("#2e7d5b"),
    Channel.TEXT: QColor("#a8571c"),
}

_PRESENCE = {
    Presence.AVAILABLE: QColor("#2e7d32"),
    Presence.AWAY: QColor("#b7791f"),
    Presence.BREAK: QColor("#5a6b82"),
    Presence.OFFLINE: QColor("#8a939e"),
    Presence.BUSY: QColor("#b42318"),
    Presence.WRAP_UP: QColor("#6b4fa0"),
}


_HIGH_CONTRAST_DARK = Shades(
    contact_bubble=QColor("#000000"),
    advocate_bubble=QColor("#001f3f"),
    pending_border=QColor("#ffffff"),
    text=QColor("#ffffff"),
    muted=QColor("#e0e0e0"),
    danger=QColor("#ff8080"),
    warning=QColor("#ffff00"),
    ok=QColor("#7fff7f"),
    selection=QColor(255, 255, 0, 90),
    banner_bg=QColor("#ffff00"),
    banner_text=QColor("#000000"),
)

_HIGH_CONTRAST_LIGHT = Shades(
    contact_bubble=QColor("#ffffff"),
    advocate_bubble=QColor("#e6f0ff"),
    pending_border=QColor("#000000"),
    text=QColor("#000000"),
    muted=QColor("#1f1f1f"),
    danger=QColor("#9b0000"),
    warning=QColor("#5c3d00"),
    ok=QColor("#004d00"),
    selection=QColor(0, 0, 160, 70),
    banner_bg=QColor("#000000"),
    banner_text=QColor("#ffff00"),
)


def relative_luminance(color: QColor) -> float:
    """WCAG 2 relative luminance of ``color`` (0 black .. 1 white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    rgb = color.toRgb()
    return (
        0.2126 * channel(rgb.redF())
        + 0.7152 * channel(rgb.greenF())
        + 0.0722 * channel(rgb.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio, 1 (none) to 21 (black on white)."""
    a, b = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def is_high_contrast(palette: QPalette) -> bool:
    """Pure black on pure white or the reverse: the console's and the OSes' high-contrast look.

    (A ratio alone cannot tell: Fusion's ordinary light palette is black on #efefef.)
    """
    window = palette.color(QPalette.ColorRole.Window).toRgb()
    text = palette.color(QPalette.ColorRole.WindowText).toRgb()
    pure = {QColor("#000000").rgb(), QColor("#ffffff").rgb()}
    return window.rgb() in pure and text.rgb() in pure and window.rgb() != text.rgb()


def shades(widget: QWidget | None = None) -> Shades:
    """The shades that suit ``widget``'s palette (or the application's)."""
    palette = widget.palette() if widget is not None else QApplication.palette()
    dark = is_dark(palette)
    if is_high_contrast(palette):
        return _HIGH_CONTRAST_DARK if dark else _HIGH_CONTRAST_LIGHT
    return _DARK if dark else _LIGHT


def channel_color(channel: Channel) -> QColor:
    return QColor(_CHANNEL[channel])


def presence_color(presence: Presence) -> QColor:
    return QColor(_PRESENCE[presence])


# ---------------------------------------------------------------- the application's look


class Scheme(StrEnum):
    """A look; the same values as the settings' ``ThemeChoice``."""

    FOLLOW_OS = "follow_os"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high_contrast"


@dataclass(frozen=True, slots=True)
class Resolved:
    """What :class:`Look` shows: dark or light, high contrast or not."""

    dark: bool
    high_contrast: bool


def system_look(app: QGuiApplication | None = None) -> Resolved:
    """The operating system's colour scheme and contrast preference."""
    hints = (app or QGuiApplication.instance()).styleHints()  # type: ignore[union-attr]  # an app exists
    high = hints.accessibility().contrastPreference() is Qt.ContrastPreference.HighContrast
    return Resolved(dark=hints.colorScheme() is Qt.ColorScheme.Dark, high_contrast=high)


def resolve(scheme: Scheme, system: Resolved) -> Resolved:
    if scheme is Scheme.FOLLOW_OS:
        return system
    if scheme is Scheme.HIGH_CONTRAST:
        return Resolved(dark=system.dark or not system.high_contrast, high_contrast=True)
    return Resolved(dark=scheme is Scheme.DARK, high_contrast=False)


def _palette(colors: dict[QPalette.ColorRole, str], disabled: str) -> QPalette:
    palette = QPalette()
    for role, name in colors.items():
        palette.setColor(role, QColor(name))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return palette


_R = QPalette.ColorRole

_LIGHT_COLORS = {
    _R.Window: "#f3f4f6", _R.WindowText: "#1d232b", _R.Base: "#ffffff",
    _R.AlternateBase: "#eef1f5", _R.Text: "#1d232b", _R.Button: "#e8ebef",
    _R.ButtonText: "#1d232b", _R.Highlight: "#2668b2", _R.HighlightedText: "#ffffff",
    _R.ToolTipBase: "#ffffff", _R.ToolTipText: "#1d232b", _R.PlaceholderText: "#5b6573",
    _R.Link: "#1f5fa8", _R.BrightText: "#ffffff", _R.Light: "#ffffff", _R.Midlight: "#e3e6ea",
    _R.Mid: "#b8bfc9", _R.Dark: "#8a939e", _R.Shadow: "#4a525c",
}  # fmt: skip

_DARK_COLORS = {
    _R.Window: "#1f2329", _R.WindowText: "#e8ebef", _R.Base: "#16191d",
    _R.AlternateBase: "#262b32", _R.Text: "#e8ebef", _R.Button: "#2c3138",
    _R.ButtonText: "#e8ebef", _R.Highlight: "#4f8fd6", _R.HighlightedText: "#0b0d10",
    _R.ToolTipBase: "#2c3138", _R.ToolTipText: "#e8ebef", _R.PlaceholderText: "#a3acb8",
    _R.Link: "#8cbcf0", _R.BrightText: "#ffffff", _R.Light: "#3a4049", _R.Midlight: "#30363e",
    _R.Mid: "#4a525c", _R.Dark: "#121417", _R.Shadow: "#000000",
}  # fmt: skip

_HC_DARK_COLORS = {
    _R.Window: "#000000", _R.WindowText: "#ffffff", _R.Base: "#000000",
    _R.AlternateBase: "#0d0d0d", _R.Text: "#ffffff", _R.Button: "#000000",
    _R.ButtonText: "#ffffff", _R.Highlight: "#ffff00", _R.HighlightedText: "#000000",
    _R.ToolTipBase: "#000000", _R.ToolTipText: "#ffffff", _R.PlaceholderText: "#d0d0d0",
    _R.Link: "#00ffff", _R.BrightText: "#ffff00", _R.Light: "#ffffff", _R.Midlight: "#ffffff",
    _R.Mid: "#ffffff", _R.Dark: "#ffffff", _R.Shadow: "#ffffff",
}  # fmt: skip

_HC_LIGHT_COLORS = {
    _R.Window: "#ffffff", _R.WindowText: "#000000", _R.Base: "#ffffff",
    _R.AlternateBase: "#f2f2f2", _R.Text: "#000000", _R.Button: "#ffffff",
    _R.ButtonText: "#000000", _R.Highlight: "#00007f", _R.HighlightedText: "#ffffff",
    _R.ToolTipBase: "#ffffff", _R.ToolTipText: "#000000", _R.PlaceholderText: "#2f2f2f",
    _R.Link: "#00007f", _R.BrightText: "#000000", _R.Light: "#000000", _R.Midlight: "#000000",
    _R.Mid: "#000000", _R.Dark: "#000000", _R.Shadow: "#000000",
}  # fmt: skip


def palette_for(look: Resolved) -> QPalette:
    """The console's palette for a resolved look."""
    if look.high_contrast:
        if look.dark:
            return _palette(_HC_DARK_COLORS, "#9a9a9a")
        return _palette(_HC_LIGHT_COLORS, "#595959")
    if look.dark:
        return _palette(_DARK_COLORS, "#7d8591")
    return _palette(_LIGHT_COLORS, "#8a939e")


TEXT_SIZE_MIN = 100
TEXT_SIZE_MAX = 200


def scaled_font(base: QFont, percent: int) -> QFont:
    """``base`` at ``percent`` of its size (bounded to 100-200 %)."""
    percent = max(TEXT_SIZE_MIN, min(TEXT_SIZE_MAX, percent))
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * percent / 100)
    elif base.pixelSize() > 0:
        font.setPixelSize(round(base.pixelSize() * percent / 100))
    return font


class Look(QObject):
    """The application's palette and text size; follows the OS while asked to.

    Made once at start-up, before the windows: it remembers the system font as
    the 100 % size, so applying 150 % twice stays 150 %.  Under ``FOLLOW_OS``
    with no high-contrast preference, the platform's own palette is used (the
    platform theme already follows light and dark); the console's palettes are
    used for a chosen scheme and for high contrast.
    """

    changed = Signal(object)  # Resolved

    def __init__(
        self,
        app: QApplication,
        parent: QObject | None = None,
        *,
        system: Callable[[], Resolved] | None = None,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.system = system if system is not None else lambda: system_look(app)
        self.base_font = QFont(app.font())
        self.scheme = Scheme.FOLLOW_OS
        self.text_size = TEXT_SIZE_MIN
        self.current = self.system()
        hints = app.styleHints()
        hints.colorSchemeChanged.connect(self._system_changed)
        hints.accessibility().contrastPreferenceChanged.connect(self._system_changed)
        self._following = True

    def apply(self, scheme: Scheme, text_size: int) -> Resolved:
        self.scheme = scheme
        self.text_size = text_size
        self.app.setFont(scaled_font(self.base_font, text_size))
        return self._apply_scheme()

    def restore(self) -> None:
        """Back to the system palette and font, and stop following the OS (tests, quitting)."""
        hints = self.app.styleHints()
        if self._following:
            self._following = False
            hints.colorSchemeChanged.disconnect(self._system_changed)
            hints.accessibility().contrastPreferenceChanged.disconnect(self._system_changed)
        self.scheme = Scheme.FOLLOW_OS
        self.text_size = TEXT_SIZE_MIN
        self.app.setFont(self.base_font)
        hints.unsetColorScheme()
        self.app.setPalette(QPalette())

    def _system_changed(self, *_args: object) -> None:
        if self.scheme is Scheme.FOLLOW_OS or self.scheme is Scheme.HIGH_CONTRAST:
            self._apply_scheme()

    def _apply_scheme(self) -> Resolved:
        look = resolve(self.scheme, self.system())
        hints = self.app.styleHints()
        if self.scheme is Scheme.LIGHT:
            hints.setColorScheme(Qt.ColorScheme.Light)  # native dialogs follow where they can
        elif self.scheme is Scheme.DARK:
            hints.setColorScheme(Qt.ColorScheme.Dark)
        else:
            hints.unsetColorScheme()
        if self.scheme is Scheme.FOLLOW_OS and not look.high_contrast:
            self.app.setPalette(QPalette())  # the platform's palette, light or dark
        else:
            self.app.setPalette(palette_for(look))
        if look != self.current:
            self.current = look
            self.changed.emit(look)
        return look
