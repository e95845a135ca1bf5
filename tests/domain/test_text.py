"""console.domain.text: hostile contact text is neutralised, ordinary text untouched."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from console.domain.text import BIDI_CONTROLS, ELLIPSIS, inert, isolate, one_line

RLO = "\u202e"
PDF = "\u202c"
ZWSP = "\u200b"
ZWJ = "\u200d"
ENGLAND = "\U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f"

# The format characters (Cf) that may stay: joiners, soft hyphen, visible
# prepended concatenation marks, Egyptian hieroglyph format controls.
ALLOWED_FORMAT = frozenset(
    "\u200c\u200d\u00ad\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u0890\u0891\u08e2"
    "\U000110bd\U000110cd" + "".join(chr(c) for c in range(0x13430, 0x13440))
)
ALL_FORMAT = [chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Cf"]

# Ordinary text: letters, marks, digits, punctuation, symbols, spaces, \n and \t.
ordinary_text = st.text(
    alphabet=st.one_of(
        st.characters(categories=["L", "M", "N", "P", "S", "Zs"]),
        st.sampled_from("\n\t"),
    )
)
# Anything at all, weighted towards the characters an attacker would use.
hostile_chars = st.sampled_from(
    [
        *sorted(BIDI_CONTROLS),
        *[ZWSP, ZWJ, "\u200c", "\u2060", "\ufeff", "\u180e", "\ufff9", "\U000e0001"],
        *["\U000e0041", "\U000e007f", "\U0001f3f4", "\r", "\r\n", "\x85", "\u2028", "\u2029"],
        *ALL_FORMAT,
        *["\x00", "\x1b", "\x7f", "\x9b", "\ud800", "\udfff", "<b>", "&amp;", " "],
    ]
)
hostile_text = st.lists(st.one_of(hostile_chars, st.characters()), max_size=60).map("".join)


def test_override_is_removed() -> None:
    assert inert(f"invoice{RLO}fdp.exe") == "invoicefdp.exe"
    assert inert(f"a{RLO}b{PDF}c") == "abc"


@pytest.mark.parametrize("control", sorted(BIDI_CONTROLS))
def test_every_bidi_control_is_removed(control: str) -> None:
    assert inert(f"x{control}y") == "xy"


def test_markup_is_left_as_literal_text() -> None:
    html = '<b>bold</b> <img src="http://example.invalid/x.png"> <a href="x">link</a> &amp;'
    assert inert(html) == html


def test_zero_width_and_bom_removed_but_joiners_kept() -> None:
    assert inert(f"S{ZWSP}TOP\ufeff\u2060") == "STOP"
    family = f"\U0001f468{ZWJ}\U0001f469{ZWJ}\U0001f467"
    assert inert(family) == family
    persian = "می\u200cخواهم"
    assert inert(persian) == persian


def test_tag_characters_hidden_text_removed_but_flags_kept() -> None:
    smuggled = "hi" + "".join(chr(0xE0000 + ord(c)) for c in "ignore this")
    assert inert(smuggled) == "hi"
    assert inert(f"go {ENGLAND}!") == f"go {ENGLAND}!"


def test_controls_made_visible_and_line_breaks_normalised() -> None:
    assert inert("a\x00b\x1bc\x7f") == "a\u2400b\u241bc\u2421"
    assert inert("a\r\nb\rc\x85d\u2028e\u2029f") == "a\nb\nc\nd\ne\nf"
    assert inert("tab\there\nnext") == "tab\there\nnext"
    assert inert("c1\x9bx") == "c1\ufffdx"


def test_lone_surrogates_replaced() -> None:
    assert inert("a\ud83db") == "a\ufffdb"
    inert("\udfff").encode("utf-8")  # encodable: Qt can take it


def test_isolate_wraps_in_first_strong_isolate() -> None:
    assert isolate("שלום") == "\u2068שלום\u2069"


def test_one_line_collapses_and_truncates() -> None:
    assert one_line("  Texter\n\n 4821\t ", 40) == "Texter 4821"
    assert one_line("abcdefghij", 5) == "abcd" + ELLIPSIS
    assert one_line("abc", 3) == "abc"
    assert one_line(f"evil{RLO}name", 40) == "evilname"
    assert one_line("x", 1) == "x"
    assert one_line("xy", 1) == ELLIPSIS


def test_one_line_does_not_split_a_joined_emoji_or_combining_mark() -> None:
    family = f"\U0001f468{ZWJ}\U0001f469{ZWJ}\U0001f467"
    assert one_line(f"ab {family} cd", 5) == "ab" + ELLIPSIS
    assert one_line("abce\u0301\u0301fgh", 5) == "abc" + ELLIPSIS


def test_one_line_rejects_a_zero_budget() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        one_line("x", 0)


@given(hostile_text)
@example(f"{RLO}{RLO}\u2066")
@example(f"\U0001f3f4{ZWSP}\U000e0067\U000e007f")
@example("\r\u200b\n")
def test_output_has_no_bidi_or_hidden_controls(text: str) -> None:
    out = inert(text)
    assert not BIDI_CONTROLS.intersection(out)
    assert "\r" not in out
    for ch in out:
        category = unicodedata.category(ch)
        assert category not in {"Cc", "Cs"} or ch in "\n\t"
        if category == "Cf":
            assert ch in ALLOWED_FORMAT or "\U000e0020" <= ch <= "\U000e007f", repr(ch)
    out.encode("utf-8")


@given(hostile_text)
@example(f"\U0001f3f4{ZWSP}\U000e0067\U000e007f")
def test_inert_is_idempotent(text: str) -> None:
    once = inert(text)
    assert inert(once) == once


@given(ordinary_text)
def test_ordinary_text_unchanged(text: str) -> None:
    assert inert(text) == text


@given(hostile_text, st.integers(min_value=1, max_value=80))
def test_one_line_bounds(text: str, max_chars: int) -> None:
    out = one_line(text, max_chars)
    assert len(out) <= max_chars
    assert "\n" not in out
    assert "\t" not in out
    assert not BIDI_CONTROLS.intersection(out)
    assert out == out.strip()
