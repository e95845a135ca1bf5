"""Hostile contact text in every widget that shows it: plain, isolated, nothing loaded.

Property-based (hypothesis) over strings an attacker would send: bidi controls,
zero-width and tag characters, HTML and markdown with remote images, huge
strings, lone surrogates, every kind of line break.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtWidgets import QApplication, QLabel, QStyleOptionViewItem, QWidget

from console.domain.text import BIDI_CONTROLS, LinkTarget, embed, find_links, inert, isolate
from console.ui.link_dialog import LinkDialog
from console.widgets import OfferBanner, TranscriptModel, TranscriptView, channel_name
from console.widgets._transcript_delegate import TranscriptDelegate
from tests.widgets.factories import message, session

FSI, PDI = "\u2068", "\u2069"
REMOTE = '<img src="http://127.0.0.1:9/x.png">'

pieces = st.sampled_from(
    [
        *sorted(BIDI_CONTROLS),
        "\u200b",
        "\u200d",
        "\u2060",
        "\ufeff",
        "\U000e0041",
        "\U000e007f",
        "\ud800",
        "\udfff",
        "\x00",
        "\x1b",
        "\x7f",
        "\x9b",
        "\r\n",
        "\r",
        "\n",
        "\x85",
        "\u2028",
        "\u2029",
        "\t",
        "<b>",
        "</b>",
        REMOTE,
        "<a href='http://e.invalid'>",
        "<qt>",
        "<!DOCTYPE html>",
        "&amp;",
        "&lt;img&gt;",
        "**bold**",
        "![i](http://e.invalid/i.png)",
        "[x](https://e.invalid)",
        "https://bücher.example/p",
        "www.xn--pple-43d.com",
        "mailto:a@b.example",
        "tel:+15550100",
        "שלום",
        "مرحبا",
        "é",
        "\u0301",
    ]
)
hostile = st.lists(st.one_of(pieces, st.characters()), max_size=30).map("".join)
huge = st.builds(lambda s, n: s * n, hostile, st.integers(min_value=50, max_value=300))
contact_text = st.one_of(hostile, huge)

QT_SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def labels_with_text(root: QWidget) -> Iterator[QLabel]:
    for label in root.findChildren(QLabel):
        if label.text():
            yield label


def assert_safe_widget_tree(root: QWidget) -> None:
    """Every label with text is plain text; every tool tip is plain or escaped."""
    for label in labels_with_text(root):
        assert label.textFormat().name == "PlainText", label.objectName() or label.text()[:40]
    for widget in [root, *root.findChildren(QWidget)]:
        tip = widget.toolTip()
        if "<" in tip:
            assert tip.startswith("<qt>"), tip[:60]
            inner = tip[4:-5].replace("<br>", "")
            assert "<" not in inner
            assert ">" not in inner


def assert_isolated(text: str, contact: str) -> None:
    """``text`` holds the contact's text only inside one balanced isolate."""
    assert FSI in text
    start = text.index(FSI)
    end = text.index(PDI, start)
    inner = text[start + 1 : end]
    assert not BIDI_CONTROLS.intersection(inner)
    assert not BIDI_CONTROLS.intersection(text[:start])
    assert inner == inert(inner)
    del contact


# ---------------------------------------------------------------- offer banner


@QT_SETTINGS
@given(contact_text)
@example(REMOTE)
@example("\u202eevil.exe")
@example("<!DOCTYPE html><img src=x>")
def test_offer_banner_shows_the_label_as_plain_isolated_text(
    qapp: QApplication, label: str
) -> None:
    banner = OfferBanner(session(contact={"label": label}))
    try:
        assert_safe_widget_tree(banner)
        title = banner._title.text()
        assert title == f"{channel_name(banner.session().channel)} · {embed(label, 48)}"
        assert_isolated(title, label)
        assert_isolated(banner.accessibleName(), label)
        for button in (banner.accept_button(), banner.decline_button()):
            assert_isolated(button.accessibleDescription(), label)
    finally:
        banner.deleteLater()


# ---------------------------------------------------------------- transcript


@pytest.fixture
def transcript(qapp: QApplication) -> Iterator[tuple[TranscriptModel, TranscriptView]]:
    model = TranscriptModel()
    view = TranscriptView(page=50)
    view.resize(480, 400)
    view.set_transcript(model)
    yield model, view
    view.deleteLater()
    model.deleteLater()


@QT_SETTINGS
@given(body=contact_text, label=hostile)
@example(body=f"{REMOTE} <b>x</b>", label="\u202eTexter")
@example(body="a\r\nb\u2029c", label="<i>x</i>")
def test_transcript_paints_and_copies_plain_isolated_text(
    transcript: tuple[TranscriptModel, TranscriptView], body: str, label: str
) -> None:
    model, view = transcript
    model.set_contact_label(label)
    model.set_messages([message(1, body=body or "x")])
    shown = inert(body or "x")
    index = view.model().index(0, 0)
    delegate = view.itemDelegate()
    assert isinstance(delegate, TranscriptDelegate)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    # The layout holds exactly the inert body: no markup was interpreted.
    assert delegate.layout_text(option, index) == shown.replace("\n", "\u2028")
    view.setCurrentIndex(index)
    copied = view.selected_text()
    assert isolate(shown) in copied
    assert_isolated(copied, label)
    assert "\r" not in copied
    copied.encode("utf-8")
    # The row's tool tip (time and status) does not depend on the body at all.
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    model.set_messages([message(1, body="plain")])
    assert view.model().index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == tip


@QT_SETTINGS
@given(contact_text)
@example("see https://bücher.example/x and https://bank.example@evil.example/login")
def test_transcript_offers_only_safe_links(
    transcript: tuple[TranscriptModel, TranscriptView], body: str
) -> None:
    model, view = transcript
    model.set_messages([message(1, body=body or "x")])
    index = view.model().index(0, 0)
    links = view.links_at(index)
    assert links == find_links(inert(body or "x"))
    menu = view.link_menu(index)
    try:
        opened: list[LinkTarget] = []
        view.link_requested.connect(opened.append)
        link_actions = [a for a in menu.actions() if not a.isSeparator()][1:]
        assert len(link_actions) == len(links)
        for action in link_actions:
            action.trigger()
        assert opened == links
    finally:
        view.link_requested.disconnect()
        menu.deleteLater()


def test_link_menu_outside_a_row_has_only_copy(
    transcript: tuple[TranscriptModel, TranscriptView],
) -> None:
    _model, view = transcript
    menu = view.link_menu(QModelIndex())
    assert [a.text() for a in menu.actions()] == ["Copy"]
    menu.deleteLater()


# ---------------------------------------------------------------- link confirmation


@QT_SETTINGS
@given(contact_text)
@example("https://xn--pple-43d.com/login")
@example("https://bank.example@evil.example/")
@example("http://\u0430pple.com/")
def test_link_dialog_shows_the_real_target_plainly(qapp: QApplication, text: str) -> None:
    for target in find_links(text) or find_links("https://example.org/"):
        opened: list[QUrl] = []

        def opener(url: QUrl, into: list[QUrl] = opened) -> bool:
            into.append(url)
            return True

        dialog = LinkDialog(target, None, opener=opener)
        try:
            assert_safe_widget_tree(dialog)
            assert dialog.cancel_button.isDefault()
            assert not dialog.open_button.isDefault()
            assert dialog.address.text() == isolate(target.url)
            if target.international:
                assert dialog.raw_site is not None
                assert dialog.raw_site.text() == target.host
                assert dialog.site is not None
                assert dialog.site.text() == isolate(target.host_unicode)
            if target.userinfo:
                assert target.host_unicode in dialog.warning.text()
            dialog.reject()
            assert opened == []
            dialog.accept()
            assert [url.toString(QUrl.ComponentFormattingOption.FullyEncoded) for url in opened]
            assert opened[0].scheme() == target.scheme
            assert opened[0].host(QUrl.ComponentFormattingOption.FullyEncoded) == target.host or (
                target.scheme in ("mailto", "tel")
            )
        finally:
            dialog.deleteLater()


def test_link_dialog_warns_about_look_alike_and_disguised_hosts(qapp: QApplication) -> None:
    (target,) = find_links("https://paypal.com@xn--pple-43d.com/")
    dialog = LinkDialog(target, None, opener=lambda _url: True)
    assert not dialog.warning.isHidden()
    warning = dialog.warning.text()
    assert "other alphabets" in warning
    assert "\u0430pple.com" in warning
    assert dialog.raw_site is not None
    assert dialog.raw_site.text() == "xn--pple-43d.com"
    dialog.deleteLater()
