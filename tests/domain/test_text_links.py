"""console.domain.text: embedding, tool-tip escaping and links from contacts."""

from __future__ import annotations

import html

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from console.domain.text import (
    BIDI_CONTROLS,
    LINK_SCHEMES,
    as_rich_text,
    embed,
    find_links,
    inert,
    parse_link,
)

FSI, PDI, RLO, LRE, PDF = "\u2068", "\u2069", "\u202e", "\u202a", "\u202c"

hostile_pieces = st.sampled_from(
    [
        *sorted(BIDI_CONTROLS),
        "\u200b",
        "\u200d",
        "\ufeff",
        "\U000e0041",
        "\ud800",
        "\x00",
        "\x1b",
        "\r\n",
        "\n",
        "<b>",
        "</b>",
        '<img src="http://example.invalid/x.png">',
        "<a href='x'>",
        "&amp;",
        "&lt;b&gt;",
        "**bold**",
        "[x](http://e.invalid)",
        "![i](http://e.invalid/i.png)",
        "https://",
        "http://xn--80ak6aa92e.com/",
        "www.",
        "mailto:",
        "tel:",
        "@",
        ".",
        "javascript:",
        "data:text/html,",
        "file:///etc/passwd",
        "\u0430",
        "é",
        "שלום",
    ]
)
hostile_text = st.lists(st.one_of(hostile_pieces, st.characters()), max_size=40).map("".join)
huge_text = st.builds(lambda s, n: s * n, hostile_text, st.integers(min_value=1, max_value=400))


def _balanced(text: str) -> bool:
    """Every isolate/embedding opened is closed, in order (no leak to the surroundings)."""
    depth = 0
    for ch in text:
        if ch in "\u2066\u2067\u2068\u202a\u202b\u202d\u202e":
            depth += 1
        elif ch in "\u2069\u202c":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def test_embed_isolates_and_strips_inner_controls() -> None:
    assert embed(f"evil{RLO}gpj.exe") == f"{FSI}evilgpj.exe{PDI}"
    assert embed(f"{PDI}{PDI}x{LRE}", 10) == f"{FSI}x{PDI}"
    assert embed("a\nb", 10) == f"{FSI}a b{PDI}"
    assert embed("a\nb") == f"{FSI}a\nb{PDI}"


@given(st.one_of(hostile_text, huge_text), st.one_of(st.none(), st.integers(1, 200)))
@example(f"{PDI}{PDI}{RLO}", None)
@example(f"{FSI}{FSI}{LRE}x", 3)
def test_embedded_text_is_one_balanced_isolate(text: str, max_chars: int | None) -> None:
    out = embed(text, max_chars)
    assert out.startswith(FSI)
    assert out.endswith(PDI)
    inner = out[1:-1]
    assert not BIDI_CONTROLS.intersection(inner)
    assert _balanced(out)
    if max_chars is not None:
        assert len(inner) <= max_chars
        assert "\n" not in inner
    out.encode("utf-8")


def test_rich_text_is_escaped() -> None:
    tip = as_rich_text('<img src="http://example.invalid/x.png"> & <b>')
    assert (
        tip == "<qt>&lt;img src=&quot;http://example.invalid/x.png&quot;&gt; &amp; &lt;b&gt;</qt>"
    )
    assert as_rich_text("a\nb") == "<qt>a<br>b</qt>"


@given(st.one_of(hostile_text, huge_text))
@example('<img src="http://x.invalid/p.png">')
@example("<qt><img src=x></qt>")
def test_rich_text_has_no_markup_of_its_own(text: str) -> None:
    tip = as_rich_text(text)
    assert tip.startswith("<qt>")
    assert tip.endswith("</qt>")
    inner = tip[4:-5]
    assert "<" not in inner.replace("<br>", "")
    assert ">" not in inner.replace("<br>", "")
    assert html.unescape(inner.replace("<br>", "\n")) == inert(text)


# ---------------------------------------------------------------- links


def test_links_found_and_trailing_punctuation_left_out() -> None:
    links = find_links(
        "See https://example.org/help. Or www.example.net/a?b=1, (https://x.example)"
    )
    assert [link.url for link in links] == [
        "https://example.org/help",
        "http://www.example.net/a?b=1",
        "https://x.example",
    ]
    assert links[0].written == "https://example.org/help"


def test_idn_host_shown_decoded_and_raw() -> None:
    target = parse_link("https://bücher.example/a")
    assert target is not None
    assert target.host == "xn--bcher-kva.example"
    assert target.host_unicode == "bücher.example"
    assert target.url == "https://xn--bcher-kva.example/a"
    assert target.international
    raw = parse_link("https://xn--pple-43d.com/")  # Cyrillic "а" imitating apple.com
    assert raw is not None
    assert raw.host_unicode == "\u0430pple.com"
    assert raw.international


def test_userinfo_disguise_is_flagged() -> None:
    target = parse_link("https://bank.example@evil.example/login")
    assert target is not None
    assert target.host == "evil.example"
    assert target.userinfo


def test_mail_and_phone_links() -> None:
    mail = parse_link("mailto:help@bücher.example")
    assert mail is not None
    assert mail.url == "mailto:help@xn--bcher-kva.example"
    tel = parse_link("tel:+1-555-0100")
    assert tel is not None
    assert tel.url == "tel:+1-555-0100"


@pytest.mark.parametrize(
    "text",
    [
        "javascript:alert(1)",
        "data:text/html,<b>x</b>",
        "file:///etc/passwd",
        "ftp://example.org/x",
        "https://",
        "https://exa mple.org",
        "https://example.org:99999/",
        f"https://exam{RLO}ple.org",
        "https://ex\u200bample.org",
        "tel:call-me",
        "mailto:nobody",
        "https://a..b/",
    ],
)
def test_not_links(text: str) -> None:
    assert parse_link(text) is None


def test_hidden_characters_are_not_part_of_a_found_link() -> None:
    links = find_links(f"go to https://exa\u200bmple.org{RLO}/x now")
    assert [link.url for link in links] == ["https://example.org/x"]


@settings(max_examples=300)
@given(st.one_of(hostile_text, huge_text))
@example("https://bücher.example@evil.example/" + "a" * 3000)
@example("www.\u0430pple.com https://xn--80ak6aa92e.com tel:+1 mailto:a@b.c")
def test_every_found_link_is_safe_to_open(text: str) -> None:
    links = find_links(text)
    assert len(links) <= 10
    for link in links:
        assert link.scheme in LINK_SCHEMES
        assert link.url.isascii()
        assert link.url.isprintable()
        assert not any(ch.isspace() for ch in link.url)
        assert link.url.lower().startswith(link.scheme + ":")
        assert not BIDI_CONTROLS.intersection(link.written + link.host_unicode)
        if link.scheme in ("http", "https"):
            assert link.host.isascii()
            assert link.host
        assert parse_link(link.written) == link
