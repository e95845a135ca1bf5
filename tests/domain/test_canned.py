"""console.domain.canned: the bundled replies and their search."""

from __future__ import annotations

from typing import Any

import pytest

from console.domain.canned import CannedError, CannedReply, load_replies, parse_replies, search
from console.domain.sms import segments
from console.protocol import Channel

EXPECTED = {
    "greeting",
    "safe_to_talk",
    "confidentiality",
    "consent",
    "here_for_you",
    "ending",
    "explain_911",
    "interpreter_offer",
    "relay_reminder",
}


def _ids(replies: list[CannedReply]) -> list[str]:
    return [r.id for r in replies]


def test_the_bundled_replies_are_short_and_in_english_and_spanish() -> None:
    replies = load_replies()
    assert {r.id for r in replies} >= EXPECTED
    assert len({r.id for r in replies}) == len(replies)
    for reply in replies:
        for language in ("en", "es"):
            text = reply.text_for(language)
            assert text.strip() and reply.title_for(language).strip()
            assert segments(text)[0] <= 3, (reply.id, language)  # short enough for a text
        assert reply.text["en"] != reply.text["es"]


def test_the_safety_check_asks_whether_it_is_safe_to_talk() -> None:
    reply = next(r for r in load_replies() if r.id == "safe_to_talk")
    assert "safe to talk right now" in reply.text_for("en")
    interpreter = next(r for r in load_replies() if r.id == "interpreter_offer")
    assert "phone call" in interpreter.text_for("en")  # interpreters are phone-only


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("adios", "ending"),  # accents ignored: "adiós"
        ("ADIÓS", "ending"),
        ("goodbye", "ending"),
        ("seguridad", "safe_to_talk"),
        ("interp", "interpreter_offer"),  # word prefixes
        ("intérprete", "interpreter_offer"),
        ("confidencial", "confidentiality"),
        ("911 emergencia", "explain_911"),
        ("GA relay", "relay_reminder"),
    ],
)
def test_search_finds_replies_in_either_language(query: str, first: str) -> None:
    found = search(query)
    assert found and found[0].id == first, _ids(found)


def test_every_word_must_match_and_nonsense_finds_nothing() -> None:
    assert search("greeting ending") == []
    assert search("zzzz") == []


def test_an_empty_query_lists_everything_in_order() -> None:
    assert _ids(search("")) == _ids(list(load_replies()))
    assert _ids(search("  ¿?! ")) == _ids(list(load_replies()))


def test_the_channel_filter() -> None:
    for_calls = search("", channel=Channel.CALL)
    assert "relay_reminder" in _ids(for_calls)
    assert "text_safety" not in _ids(for_calls)
    assert "relay_reminder" not in _ids(search("", channel=Channel.TEXT))


def test_titles_and_tags_weigh_more_than_the_text() -> None:
    replies = [
        CannedReply(id="body", title={"en": "Other"}, text={"en": "talk about consent"}),
        CannedReply(id="title", title={"en": "Consent"}, text={"en": "words"}),
    ]
    assert _ids(search("consent", replies)) == ["title", "body"]


ONE = {"id": "x", "title": {"en": "X"}, "text": {"en": "x"}}


@pytest.mark.parametrize(
    "data",
    [
        {"version": 1, "languages": ["en", "es"], "replies": [ONE]},  # no Spanish
        {"version": 1, "languages": ["en"], "replies": [{**ONE, "id": "Bad Id"}]},
        {"version": 1, "languages": ["en"], "replies": [{**ONE, "colour": "red"}]},
        {"languages": ["en"], "replies": []},
    ],
)
def test_a_bad_file_is_refused_naming_it(data: dict[str, Any]) -> None:
    with pytest.raises(CannedError, match=r"^broken\.json: "):
        parse_replies("broken.json", data)
