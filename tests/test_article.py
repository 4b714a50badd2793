from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest

from narrate import article as article_module
from narrate.article import (
    BODY,
    BYLINE,
    DATELINE,
    HEADLINE,
    classify,
    decode,
    is_credits,
    is_scrape_junk,
    normalize_typography,
    parse_article,
    parse_byline,
    parse_dateline,
    split_paragraphs,
    strip_trailing_credits,
)
from narrate.errors import ArticleError

TEXT = "Caf\u00e9 owners said \u201cyes\u201d \u2013 twice."


# --- decoding ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with a BOM, native order
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "utf-16-le", "utf-16-be"],
)
def test_decode_unicode_forms(data: bytes) -> None:
    text, warnings = decode(data)
    assert text == TEXT
    assert warnings == []


def test_decode_falls_back_to_cp1252_with_a_warning() -> None:
    text, warnings = decode(TEXT.encode("cp1252"), "old.txt")
    assert text == TEXT
    assert warnings == ["old.txt: not valid UTF-8, read as Windows-1252 (cp1252)"]


def test_decode_keeps_utf8_around_a_stray_latin1_byte_and_names_its_line() -> None:
    data = ("Ł\u00f3d\u017a is calm.\nThe " + "\u201cfjord\u201d" + " is cold.\n").encode()
    data += "Caf\u00e9 de la Paix.\n".encode("latin-1")  # one byte pasted from elsewhere
    text, warnings = decode(data, "mixed.txt")
    assert (
        text == "Ł\u00f3d\u017a is calm.\nThe \u201cfjord\u201d is cold.\nCaf\u00e9 de la Paix.\n"
    )
    assert len(warnings) == 1
    assert warnings[0].startswith("mixed.txt: line 3: a byte that is not UTF-8, read as Windows")


def test_decode_a_stray_byte_no_codepage_has_is_not_binary() -> None:
    data = "\u0141ukasz wrote: the \u201cferry\u201d".encode() + b" is \x81back.\n"
    text, warnings = decode(data * 3, "odd.txt")
    assert text == "\u0141ukasz wrote: the \u201cferry\u201d is back.\n" * 3
    assert warnings[0].startswith("odd.txt: line 1: a byte that is not UTF-8 (and 2 more)")


@pytest.mark.parametrize("order", ["utf-16-le", "utf-16-be"])
def test_decode_utf16_without_a_byte_order_mark(order: str) -> None:
    text, warnings = decode((TEXT + "\nA second line.\n").encode(order))
    assert text == TEXT + "\nA second line.\n"
    assert warnings == []


def test_decode_refuses_a_pdf_by_name() -> None:
    with pytest.raises(ArticleError, match=r"story\.pdf: is a PDF, not text; save it as text"):
        decode(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n", "story.pdf")


def test_decode_removes_terminal_colour_codes() -> None:
    link = b"\x1b]8;;https://example.org\x1b\\ferries\x1b]8;;\x1b\\"
    data = b"\x1b[1;31mStorm\x1b[0m warning: " + link + b" stop.\n"
    text, warnings = decode(data * 20)
    assert text == "Storm warning: ferries stop.\n" * 20
    assert warnings == []


@pytest.mark.parametrize(
    "data",
    [b"\x7fELF\x02\x01\x01\x00\x00\x00", bytes(range(256)) * 4, b"\x81\x8d\x8f" * 10],
    ids=["nul-bytes", "all-bytes", "undecodable"],
)
def test_decode_rejects_binary(data: bytes) -> None:
    with pytest.raises(ArticleError, match="binary"):
        decode(data)


# --- typography ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "normalized"),
    [
        ("\u201cHi,\u201d she said", '"Hi," she said'),
        ("it\u2019s \u2018fine\u2019", "it's 'fine'"),
        ("well\u2026", "well..."),
        ("1994\u20122000", "1994\u20132000"),
        ("wait\u2015no", "wait\u2014no"),
        ("co\u2010op \u22125", "co-op -5"),
        ("10\u00a0km\u202fnow", "10 km now"),
        ("zero\u200bwidth\u200d join\ufeff", "zerowidth join"),
        ("hyphen\u00adated", "hyphenated"),
        ("Cafe\u0301", "Caf\u00e9"),  # NFC
        ("tab\there  and   spaces", "tab here and spaces"),
        ("bell\x07char", "bell char"),
        ("one\r\ntwo\rthree", "one\ntwo\nthree"),
    ],
)
def test_normalize_typography(written: str, normalized: str) -> None:
    assert normalize_typography(written) == normalized


def test_normalize_typography_spaces_exactly_the_control_characters_but_newlines() -> None:
    controls = [chr(c) for c in range(0x3000) if unicodedata.category(chr(c)) == "Cc"]
    assert len(controls) == 65  # Unicode keeps category Cc to these
    for char in controls:
        assert normalize_typography(f"a{char}b") == ("a\nb" if char in "\r\n" else "a b")
    bad = [char for char in controls if article_module._CONTROL_BAD.fullmatch(char)]
    assert sorted(set(controls) - set(bad)) == sorted(article_module._CONTROL_OK)
    kept = "".join(
        char for char in map(chr, range(0xA0, 0x3000))
        if unicodedata.category(char) == "Lo" and unicodedata.normalize("NFC", char) == char
    )  # fmt: skip
    assert normalize_typography(kept) == kept


def test_split_paragraphs_on_blank_lines_and_line_breaks() -> None:
    assert split_paragraphs("One.\n\n\nTwo.\nThree.\n   \n") == ["One.", "Two.", "Three."]


# --- news conventions ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("(Writing by Ana Diaz; Editing by Tom Reed)", True),
        ("(Reporting by Lee Park in Seoul; Additional reporting by Kim Jo)", True),
        ("Reporting by Lee Park; editing by Ann Cole", True),
        ("(Compiled by the Tokyo desk)", True),
        ("Editing by hand takes time, the editors said.", False),
        ("The report by the ministry was late.", False),
    ],
)
def test_is_credits(paragraph: str, expected: bool) -> None:
    assert is_credits(paragraph) is expected


@pytest.mark.parametrize(
    ("paragraph", "trailing", "expected"),
    [
        ("Advertisement", False, True),
        ("ADVERTISEMENT", False, True),
        ("Story continues below advertisement", False, True),
        ("Brought to you by", True, True),
        ("Brought to you by", False, False),
        ("Read more: Ferry returns after storm", True, True),
        ("Share this article", True, True),
        ("Subscribe to our newsletter", True, True),
        ("\u00a9 2026 Northwire. All rights reserved.", True, True),
        (
            "Read more books, the minister told schools in a speech that ran long and was "
            "widely reported by every newspaper in the country on the following morning.",
            True,
            False,
        ),
        ("Related talks will resume on Monday, officials said.", False, False),
    ],
)
def test_is_scrape_junk(paragraph: str, trailing: bool, expected: bool) -> None:
    assert is_scrape_junk(paragraph, trailing) is expected


def test_strip_trailing_credits_keeps_the_story() -> None:
    assert strip_trailing_credits("It ended. (Reporting by Al Ray)") == "It ended."
    assert strip_trailing_credits("They met (in secret) on Monday.") == (
        "They met (in secret) on Monday."
    )


@pytest.mark.parametrize(
    ("paragraph", "authors"),
    [
        ("By Maren Holt", ("Maren Holt",)),
        ("By Maren Holt and Tobias Eriksen", ("Maren Holt", "Tobias Eriksen")),
        ("By Ann Lee, Bo Kim & Cy Tan", ("Ann Lee", "Bo Kim", "Cy Tan")),
        ("By the time the ferry came, the crowd had gone.", None),
        ("Bystanders watched.", None),
        # the byline words of the other languages narrate names bylines in
        ("Par Claire Dubois", ("Claire Dubois",)),
        ("Von Markus Weber und Anna Roth", ("Markus Weber", "Anna Roth")),
        ("Por Ana Ruiz y Pedro Gil", ("Ana Ruiz", "Pedro Gil")),
        ("Di Giulia Rossi e Marco Bianchi", ("Giulia Rossi", "Marco Bianchi")),
        ("Door Jan de Vries en Piet Bakker", ("Jan de Vries", "Piet Bakker")),
        ("Di Maria scores late winner", None),  # a headline: not all names
        ("Par ailleurs, il pleut", None),
    ],
)
def test_parse_byline(paragraph: str, authors: tuple[str, ...] | None) -> None:
    assert parse_byline(paragraph) == authors


@pytest.mark.parametrize(
    ("paragraph", "written", "place", "source"),
    [
        (
            "PORT ELLIS, Norway (Northwire) \u2013 The ferry sailed.",
            "PORT ELLIS, Norway (Northwire) \u2013",
            "Port Ellis, Norway",
            "Northwire",
        ),
        ("WASHINGTON (AP) \u2014 Lawmakers met.", "WASHINGTON (AP) \u2014", "Washington", "AP"),
        (
            "LONDON, Nov 24 (Reuters) - Shares fell.",
            "LONDON, Nov 24 (Reuters) -",
            "London",
            "Reuters",
        ),
        (
            "ST. JOHN'S, Canada \u2013 Snow fell.",
            "ST. JOHN'S, Canada \u2013",
            "St. John's, Canada",
            None,
        ),
        ("NATO said on Monday it would meet.", None, None, None),
        ("The mayor - who was late - spoke.", None, None, None),
        ("Toretsk, Ukraine (Reuters) - lower case city", None, None, None),
    ],
)
def test_parse_dateline(
    paragraph: str, written: str | None, place: str | None, source: str | None
) -> None:
    found = parse_dateline(paragraph)
    if written is None:
        assert found is None
    else:
        assert found is not None
        assert (found.written, found.place, found.source) == (written, place, source)


def test_a_later_dateline_opens_another_story_when_it_names_an_agency_or_region() -> None:
    article = parse_article(
        "OSLO (Northwire) - The first story ran.\n\n"
        "NATO - the alliance met in full.\n\n"
        "UPDATE (3 p.m.) - The storm moved east.\n\n"
        "US, Canada - The two countries met.\n\n"
        "EDITOR'S NOTE (June 5) - A correction.\n\n"
        "WHO (World Health Organization) - officials warned.\n\n"
        "LIMA, Peru (Northwire) - The second story began.\n\n"
        "CAIRO (AP) \u2014 The third one.\n\n"
        "YARROW BAY, Ohio - The fourth.\n\n"
        "HARWICK (Coastal Press) - The fifth."
    )
    kinds = [(p.kind, p.speak_as or p.text) for p in article.paragraphs]
    assert kinds == [
        (DATELINE, "Oslo."),
        (BODY, "The first story ran."),
        (BODY, "NATO - the alliance met in full."),
        (BODY, "UPDATE (3 p.m.) - The storm moved east."),
        (BODY, "US, Canada - The two countries met."),
        (BODY, "EDITOR'S NOTE (June 5) - A correction."),
        (BODY, "WHO (World Health Organization) - officials warned."),
        (DATELINE, "Lima, Peru."),
        (BODY, "The second story began."),
        (DATELINE, "Cairo."),
        (BODY, "The third one."),
        (DATELINE, "Yarrow Bay, Ohio."),
        (BODY, "The fourth."),
        (DATELINE, "Harwick."),
        (BODY, "The fifth."),
    ]
    assert (article.place, article.source) == ("Oslo", "Northwire")  # the first story's


WIRE = """Ferry returns after storm

By Maren Holt

PORT ELLIS, Norway (Northwire) \u2013 The ferry sailed again on Tuesday.

\u201cWe waited,\u201d said a captain.

Advertisement

The town cheered.

(Reporting by Maren Holt; Editing by Clara Moen)

Brought to you by
"""


def test_parse_article_classifies_and_cleans() -> None:
    article = parse_article(WIRE)
    assert [(p.kind, p.source_index) for p in article.paragraphs] == [
        (HEADLINE, 0),
        (BYLINE, 1),
        (DATELINE, 2),
        (BODY, 2),
        (BODY, 3),
        (BODY, 5),
    ]
    assert article.title == "Ferry returns after storm"
    assert article.authors == ("Maren Holt",)
    assert (article.place, article.source) == ("Port Ellis, Norway", "Northwire")
    assert article.paragraphs[2].speak_as == "Port Ellis, Norway."
    assert article.paragraphs[3].text == "The ferry sailed again on Tuesday."
    assert article.dropped == (
        "Advertisement",
        "(Reporting by Maren Holt; Editing by Clara Moen)",
        "Brought to you by",
    )


@pytest.mark.parametrize(
    ("text", "title", "authors"),
    [
        ("Le bac revient\nPar Claire Dubois\nLes lycées rouvrent.", "Le bac revient",
         ("Claire Dubois",)),
        ("Die Fähre fährt wieder\nVon Markus Weber\nSie fuhr am Dienstag.",
         "Die Fähre fährt wieder", ("Markus Weber",)),
        # a title-case headline that reads as a byline, followed by the byline
        ("Von Der Leyen Warns EU\nBy Ann Lee\nShe spoke on Monday.", "Von Der Leyen Warns EU",
         ("Ann Lee",)),
    ],
)  # fmt: skip
def test_parse_article_finds_bylines_in_other_languages(
    text: str, title: str, authors: tuple[str, ...]
) -> None:
    article = parse_article(text)
    assert [p.kind for p in article.paragraphs] == [HEADLINE, BYLINE, BODY]
    assert (article.title, article.authors) == (title, authors)


def test_parse_article_without_headline_or_byline_keeps_everything() -> None:
    article = parse_article("The first sentence.\nThe second one.")
    assert [(p.kind, p.text) for p in article.paragraphs] == [
        (BODY, "The first sentence."),
        (BODY, "The second one."),
    ]
    assert article.title is None


def test_parse_article_keeps_story_lines_that_only_look_like_trailers() -> None:
    article = parse_article("Read more carefully, the judge said.\n\nThe case ended.")
    assert [p.text for p in article.paragraphs] == [
        "Read more carefully, the judge said.",
        "The case ended.",
    ]


def test_sample_article_parses_as_a_wire_story(sample_article: Path) -> None:
    article = parse_article(sample_article.read_text(encoding="utf-8"))
    kinds = [p.kind for p in article.paragraphs]
    assert kinds[:4] == [HEADLINE, BYLINE, DATELINE, BODY]
    assert article.place == "Port Ellis, Norway"
    assert len(article.dropped) == 2
    assert not any("Brought to you" in p.text or "Editing by" in p.text for p in article.paragraphs)


# --- page furniture pasted with a story: each rule drops its line, keeps the story beside it

FURNITURE = [
    # (story line kept, furniture line dropped)
    ("The mayor posted a photo of the new pier on Friday.",
     "\u2014 Harbour Town Council (@harbourtown) November 1, 2019"),
    ("The singer shared pictures from the rehearsal.",
     "A post shared by Mira Lund (@miralund) on Nov 1, 2019 at 3:04pm PST"),
    ("Crews worked through the night to clear the road.",
     "Main image credit: Northwire archive"),
    ("The festival drew 40,000 visitors.", "(Image credit: Jo Bell)"),
    ("The book sold out in a week.", "Cover image: Harbour Press"),
    ("Photographers lined the route as the ferry arrived.", "Photo credit: Ann Lee / Northwire"),
    ("Prices rose for a third month.", "Story continues below"),
    ("Click here and you will see why, the mayor joked at the launch.", None),
    ("Officials said the work would finish in May.", "Click here to read the full report."),
    ("The exhibition opens on Saturday.", "See more photos"),
    ("Visitors can see the photos in the town hall until May.", None),
    ("The team won the final 3-1.",
     "This article was originally published by The Coast Review."),
    ("The study was originally published in 2019, the authors said.", None),
    ("The council will vote again in June.", "Be sure to follow us on Instagram and TikTok."),
    ("Passengers can book seats from Monday.", "Download the Northwire app for live updates."),
    ("Get the app, the minister urged farmers, and report every outbreak.", None),
    ("Shops reopened on Tuesday.", "Sign up for our morning newsletter here."),
    ("Residents were told to boil water.", "Subscribe to our podcast for more stories."),
    ("Links to the council documents are below.", "https://council.example/docs/2026-11.pdf"),
]  # fmt: skip


@pytest.mark.parametrize(("story", "furniture"), FURNITURE)
def test_page_furniture_goes_and_the_story_beside_it_stays(
    story: str, furniture: str | None
) -> None:
    lines = ["Ferry returns", "By Ann Lee", "The ferry came back on Monday.", story]
    if furniture:
        lines.append(furniture)
    lines.append("Everyone cheered as it docked.")
    article = parse_article("\n\n".join(lines))
    spoken = [p.text for p in article.paragraphs]
    assert story in spoken and "Everyone cheered as it docked." in spoken
    assert article.dropped == ((furniture,) if furniture else ())


def test_embedded_post_links_go_and_the_post_text_stays() -> None:
    article = parse_article(
        "The council shared the news. Great day at the harbour! pic.twitter.com/AbC123xY\n\n"
        "The crossing takes 40 minutes. (Image credit: Jo Bell)"
    )
    assert [p.text for p in article.paragraphs] == [
        "The council shared the news. Great day at the harbour!",
        "The crossing takes 40 minutes.",
    ]
    assert article.dropped == ("pic.twitter.com/AbC123xY", "(Image credit: Jo Bell)")


def test_bare_links_in_a_list_are_left_out() -> None:
    found = classify(
        [(BODY, "Sources:"), ("item", "https://a.example/report"), ("item", "The town plan")]
    )
    assert [p.text for p in found.paragraphs] == ["Sources:", "The town plan"]
    assert found.dropped == ("https://a.example/report",)
