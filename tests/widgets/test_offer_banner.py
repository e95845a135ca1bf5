"""OfferBanner and OfferList: countdown to the offer's end, answers, ordering."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from console.widgets.offer_banner import OfferBanner, OfferList
from tests.widgets.factories import FakeClock, session


def test_countdown_reaches_zero_and_emits_expired(qtbot: QtBot) -> None:
    now = datetime.now(UTC)
    offer = session(
        offered_at=now - timedelta(seconds=29), offer_expires_at=now + timedelta(seconds=0.6)
    )
    banner = OfferBanner(offer)
    qtbot.addWidget(banner)
    banner.show()
    assert 0 < banner.remaining() <= 0.6
    assert banner._countdown.text() == "0:01"
    with qtbot.waitSignal(banner.expired, timeout=3000) as expired:
        pass
    assert expired.args == ["s1"]
    assert banner.is_expired()
    assert banner.remaining() == 0
    assert banner._bar.value() == 0
    assert banner._countdown.text() == "Expired"
    assert not banner.accept_button().isEnabled()
    assert not banner.decline_button().isEnabled()


def test_countdown_follows_a_monotonic_deadline(qtbot: QtBot) -> None:
    clock = FakeClock()
    now = datetime.now(UTC)
    offer = session(offered_at=now, offer_expires_at=now + timedelta(seconds=30))
    banner = OfferBanner(offer, now=lambda: now, monotonic=clock)
    qtbot.addWidget(banner)
    assert banner._countdown.text() == "0:30"
    assert banner._bar.value() == 1000
    clock.advance(12.5)
    qtbot.waitUntil(lambda: banner._countdown.text() == "0:18", timeout=2000)
    assert banner._bar.value() == 583
    with qtbot.waitSignal(banner.expired, timeout=2000):
        clock.advance(20)


def test_an_offer_already_past_its_end_expires_at_once(qtbot: QtBot) -> None:
    now = datetime.now(UTC)
    offer = session(offer_expires_at=now - timedelta(seconds=3))
    banner = OfferBanner(offer)
    qtbot.addWidget(banner)
    assert banner.is_expired()


def test_accept_and_decline_emit_the_session_id(qtbot: QtBot) -> None:
    banner = OfferBanner(session(id="abc"))
    qtbot.addWidget(banner)
    banner.show()
    with qtbot.waitSignal(banner.accepted, timeout=1000) as accepted:
        banner.accept_button().click()
    assert accepted.args == ["abc"]
    assert not banner.accept_button().isEnabled()  # no second click while it is sent
    banner.set_busy(False)
    with qtbot.waitSignal(banner.declined, timeout=1000) as declined:
        banner.decline_button().click()
    assert declined.args == ["abc"]


def test_banner_shows_relay_interpreter_language_and_inert_label(qtbot: QtBot) -> None:
    offer = session(
        channel="call",
        language="vi",
        contact={"label": "Caller\u202e 3310 " + "x" * 200, "relay": True},
        interpreter_needed=True,
    )
    banner = OfferBanner(offer)
    qtbot.addWidget(banner)
    texts = [label.text() for label in banner.findChildren(type(banner._countdown))]
    assert any("711 relay" in text for text in texts)
    assert any("Interpreter needed" in text for text in texts)
    assert any("Vietnamese" in text for text in texts)
    title = banner._title.text()
    assert "\u202e" not in title
    assert title.startswith("Call · \u2068Caller 3310")  # contact text in a bidi isolate
    assert title.endswith("…\u2069")
    assert banner.focusProxy() is banner.accept_button()


def test_offer_list_orders_by_time_left_and_forwards_signals(qtbot: QtBot) -> None:
    now = datetime.now(UTC)
    offers = OfferList(remove_expired_after_ms=0)
    qtbot.addWidget(offers)
    assert offers.isHidden()
    with qtbot.waitSignal(offers.count_changed, timeout=1000):
        offers.add_offer(session(id="later", offer_expires_at=now + timedelta(seconds=25)))
    offers.add_offer(session(id="sooner", offer_expires_at=now + timedelta(seconds=10)))
    assert offers.count() == 2
    assert not offers.isHidden()
    assert [b.session_id() for b in offers.banners()] == ["sooner", "later"]

    banner = offers.banner("later")
    assert banner is not None
    with qtbot.waitSignal(offers.accepted, timeout=1000) as accepted:
        banner.accept_button().click()
    assert accepted.args == ["later"]

    offers.add_offer(session(id="later", offer_expires_at=now + timedelta(seconds=20)))
    assert offers.count() == 2  # the same session replaces its banner
    assert offers.remove_offer("later")
    assert not offers.remove_offer("later")
    offers.clear()
    assert offers.count() == 0
    assert offers.isHidden()


def test_offer_list_removes_an_expired_offer(qtbot: QtBot) -> None:
    now = datetime.now(UTC)
    offers = OfferList(remove_expired_after_ms=0)
    qtbot.addWidget(offers)
    with qtbot.waitSignal(offers.expired, timeout=3000) as expired:
        offers.add_offer(session(id="short", offer_expires_at=now + timedelta(seconds=0.3)))
    assert expired.args == ["short"]
    qtbot.waitUntil(lambda: offers.count() == 0, timeout=1000)


def test_a_surge_of_offers_scrolls_instead_of_growing_the_window(qtbot: QtBot) -> None:
    now = datetime.now(UTC)
    offers = OfferList()
    qtbot.addWidget(offers)
    offers.resize(900, 400)
    offers.show()
    for n in range(2):
        offers.add_offer(session(id=f"s{n}", offer_expires_at=now + timedelta(seconds=20 + n)))
    two = offers.sizeHint().height()
    one_banner = offers.banners()[0].sizeHint().height()
    assert two >= 2 * one_banner  # a few are shown whole
    for n in range(2, 20):
        offers.add_offer(session(id=f"s{n}", offer_expires_at=now + timedelta(seconds=20 + n)))
    assert offers.count() == 20
    tall = offers.minimumSizeHint().height()
    assert tall < 4 * one_banner + 60  # three whole, a peek of the fourth; the rest scroll
    assert offers.sizeHint().height() < 4 * one_banner + 60
