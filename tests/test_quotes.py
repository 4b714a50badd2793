from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from narrate.quotes import FEMALE, MALE, SOMEONE, find_quotations, is_scare_quote, quoted_spans


def _found(*paragraphs: str) -> list[list[tuple[str, str, str | None]]]:
    """(quoted text, speaker, gender) for each paragraph's quotations."""
    return [
        [(text[q.start : q.end], q.speaker, q.gender) for q in quotations]
        for text, quotations in zip(paragraphs, find_quotations(paragraphs), strict=True)
    ]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ('"We owed it to them," said Jonas Vik.', [('"We owed it to them,"', "Jonas Vik", None)]),
        ('"We owed it to them," he said.', [('"We owed it to them,"', "he", MALE)]),
        ('"It is over," she added.', [('"It is over,"', "she", FEMALE)]),
        ("He said: \"Nobody will leave.\"", [('"Nobody will leave."', "he", MALE)]),
        ('"Why now?" asked Mrs. Dahl.', [('"Why now?"', "Mrs. Dahl", FEMALE)]),
        ('"Why now?" Mr. Dahl asked.', [('"Why now?"', "Mr. Dahl", MALE)]),
        ('"We stay," the 75-year-old said.', [('"We stay,"', "the 75-year-old", None)]),
        ("A woman next to her shouted: \"Go home!\"",
         [('"Go home!"', "a woman next to her", FEMALE)]),
        ("\u201cCurly quotes work too,\u201d said Anna.",
         [("\u201cCurly quotes work too,\u201d", "Anna", None)]),
        ("'Single quotes as well,' said Anna.", [("'Single quotes as well,'", "Anna", None)]),
        ('"He told me \'never again\' and left," she said.',
         [("\"He told me 'never again' and left,\"", "she", FEMALE)]),  # inside a quotation
        ('"Yes," said Anna, a retired nurse.', [('"Yes,"', "Anna", None)]),  # not stated
        ('"Yes," said Anna, a retired headmistress.', [('"Yes,"', "Anna", FEMALE)]),
        ('"Everyone left."', [('"Everyone left."', SOMEONE, None)]),  # no attribution
        # a name after its role is the speaker, not the role
        ('"It rained all day," said teacher Ben Cole.',
         [('"It rained all day,"', "Ben Cole", None)]),
        ('"We practised," said music teacher Laura Grant.',
         [('"We practised,"', "Laura Grant", None)]),
        ('"We practised," said headmistress Jo Berg.', [('"We practised,"', "Jo Berg", FEMALE)]),
        ('Head teacher Mary Lee said: "We are proud."', [('"We are proud."', "Mary Lee", None)]),
        ('"Honestly, nobody expected it," the soloist, Omar Shah, said.',
         [('"Honestly, nobody expected it,"', "Omar Shah", None)]),
        ('The mayor, Hanne Dahl, said: "We stay."', [('"We stay."', "Hanne Dahl", None)]),
        # ... but words that are not a role before a capitalised word make no name
        ('"We stay," said the mayor on Monday.', [('"We stay,"', "the mayor", None)]),
        ('"We stay," said the mayor, who had arrived.', [('"We stay,"', "the mayor", None)]),
    ],
)  # fmt: skip
def test_quotations_and_who_said_them(
    paragraph: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _found(paragraph) == [expected]


@pytest.mark.parametrize(
    "paragraph",
    [
        "It's the islanders' ferry, and they've waited since the '90s for it.",  # apostrophes
        'Residents call the dyke a "temporary measure" that became permanent.',  # scare quotes
        'The "experts" were wrong, and the "plan" failed.',
        "Rock 'n' roll came to the island's only hall.",
        'Workers replaced the old 12" pipe under the quay.',  # inches
        'The film "Cold Water" opens on Friday.',
    ],
)
def test_apostrophes_and_scare_quotes_are_not_quotations(paragraph: str) -> None:
    assert _found(paragraph) == [[]]


def test_a_quotation_that_runs_on_into_the_next_paragraph_keeps_its_speaker() -> None:
    first = '"The design was ready," said Mrs. Vold. "We were told the money would come.'
    second = '"It did not come."'
    assert _found(first, second) == [
        [('"The design was ready,"', "Mrs. Vold", FEMALE),
         ('"We were told the money would come.', "Mrs. Vold", FEMALE)],
        [('"It did not come."', "Mrs. Vold", FEMALE)],
    ]  # fmt: skip
    assert [q.runs_on for q in find_quotations([first, second])[0]] == [False, True]
    assert find_quotations([first, second])[1][0].continued


def test_pronouns_and_descriptions_go_to_the_person_named_before() -> None:
    found = _found(
        "The captain, Jonas Vik, said the crew had worked all night.",
        '"It is an old boat," he said. "But a good one," the 60-year-old added.',
        "Mayor Hanne Dahl was at the quay.",
        '"We will build a wall," Dahl said. "It will cost money," she added.',
    )
    assert [who for paragraph in found for _, who, _ in paragraph] == [
        "Jonas Vik", "Jonas Vik", "Mayor Hanne Dahl", "Mayor Hanne Dahl"
    ]  # fmt: skip
    assert found[3][0][2] == FEMALE  # stated later by "she": one gender for the speaker


def test_a_name_after_a_role_is_a_new_speaker_and_its_surname_the_same_one() -> None:
    found = _found(
        '"We will win," said Amir Shah.',
        '"It rained all day," said teacher Ben Cole.',
        '"We practised for months," said music teacher Laura Grant.',
        '"It paid off," Grant added. "Cole agrees," Shah said.',
    )
    assert [who for paragraph in found for _, who, _ in paragraph] == [
        "Amir Shah", "Ben Cole", "Laura Grant", "Laura Grant", "Amir Shah"
    ]  # fmt: skip


def test_a_quotation_without_attribution_takes_the_paragraphs_speaker() -> None:
    found = _found('"Are you staying?" he asked. "You cannot stay here."', "Nobody answered.")
    assert [who for _, who, _ in found[0]] == ["he", "he"]


def test_a_paragraph_of_quotation_alone_is_the_previous_speakers() -> None:
    found = _found('"It is the same everywhere," said Tomas.', '"Nobody should do this twice."')
    assert found[1] == [('"Nobody should do this twice."', "Tomas", None)]
    alone = _found("The river rose.", '"Nobody should do this twice."')
    assert alone[1] == [('"Nobody should do this twice."', SOMEONE, None)]


def test_a_closing_mark_without_an_opening_one_closes_its_sentence() -> None:
    text = '"We\'ll leave," he sighed. We\'ll leave."'
    assert [text[a:b] for a, b, _ in quoted_spans(text)] == ['"We\'ll leave,"', "We'll leave.\""]


@pytest.mark.parametrize(
    ("inner", "scare"),
    [("so-called", True), ("temporary measure", True), ("Yes,", False), ("Go!", False),
     ("three words here", False)],
)  # fmt: skip
def test_is_scare_quote(inner: str, scare: bool) -> None:
    assert is_scare_quote(inner) is scare


def test_spaced_marks_as_french_guillemets_become() -> None:
    text = '" Nous avons attendu ce jour ", a déclaré la maire.'
    assert [text[a:b] for a, b, _ in quoted_spans(text)] == ['" Nous avons attendu ce jour "']


LABELLED = json.loads((Path(__file__).parent / "data" / "quotes.json").read_text(encoding="utf-8"))[
    "groups"
]


@pytest.mark.parametrize("group", LABELLED, ids=lambda g: g["paragraphs"][0][:30])
def test_the_labelled_set(group: dict[str, Any]) -> None:
    """tests/data/quotes.json, which bench/quotes.py measures precision and recall on."""
    paragraphs = group["paragraphs"]
    found = [
        [p, paragraphs[p][q.start : q.end], None if q.speaker == SOMEONE else q.speaker]
        for p, quotations in enumerate(find_quotations(paragraphs))
        for q in quotations
    ]
    assert found == group["quotes"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ('" Nous partons demain ", a déclaré la maire, Sophie Garnier.',
         [('" Nous partons demain "', "Sophie Garnier", None)]),  # the name, not the role
        ('\u00ab Nous partons demain \u00bb, a déclaré la maire, Sophie Martin.',
         [('\u00ab Nous partons demain \u00bb', "Sophie Martin", None)]),
        ('" Nous partons demain ", a déclaré la maire.',
         [('" Nous partons demain "', "la maire", None)]),
        ('"Oui, nous partons," dit-elle.', [('"Oui, nous partons,"', "elle", FEMALE)]),
        ('"Ohne die Fähre geht es nicht", sagte eine Krankenschwester.',
         [('"Ohne die Fähre geht es nicht"', "eine Krankenschwester", None)]),
        ('"Wir bleiben hier", sagte er.', [('"Wir bleiben hier"', "er", MALE)]),
        ('"No nos vamos," dijo Ana Ruiz.', [('"No nos vamos,"', "Ana Ruiz", None)]),
        ('"Restiamo qui," ha detto lei.', [('"Restiamo qui,"', "lei", FEMALE)]),
    ],
)  # fmt: skip
def test_attribution_in_other_languages(
    paragraph: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _found(paragraph) == [expected]


@pytest.mark.parametrize(
    "paragraph",
    ['It said 3 < 4 > 2 & </textarea> "> too.', 'It carried "><img src=x onerror=alert(2)> too.',
     'The sign read "closed.'],
)  # fmt: skip
def test_a_stray_mark_never_closed_is_not_a_quotation(paragraph: str) -> None:
    assert _found(paragraph) == [[]]
