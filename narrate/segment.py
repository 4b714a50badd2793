"""Read stage: an `Article` in, a script of `Segment`s out (what the engine will say).

Paragraphs are split into sentences, sentences longer than `MAX_SEGMENT_CHARS` are
split at clause boundaries (never inside a word), each segment gets its spoken and said
forms from `normalize.heard_and_said` and the pause that follows it. All functions are pure.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, fields, replace

from .article import BYLINE, DATELINE, HEADING, HEADLINE, ITEM, Article, Paragraph
from .languages import article_language, passage_language
from .lexicon import Lexicon
from .normalize import RULES, Rule, has_words, heard_and_said
from .options import Pauses as Pauses
from .quotes import Quotation, find_quotations
from .readings import LABELLED_BY_A_LETTER

MAX_SEGMENT_CHARS = 300
"""Longest written text of one segment: espeak crashes on very long utterances."""
MAX_SPOKEN_CHARS = 1000
"""Longest spoken form handed to the engine, whatever normalization made of the written
text (espeak-ng crashed at about 14,000 characters); longer ones are split again."""


@dataclass(frozen=True)
class Segment:
    """One utterance: the unit of synthesis, captions and caching."""

    index: int
    """0-based position in the script."""
    paragraph: int
    """0-based index of the source paragraph in the input."""
    kind: str
    """The paragraph's kind: headline, byline, dateline, body, heading or item."""
    text: str
    """The written text, as the article has it."""
    spoken: str
    """The text in words, as a listener hears it (and a transcript writes it)."""
    pause_after_ms: int
    """Silence after this segment; 0 for the last one."""
    sentence: int = 0
    """0-based index of the sentence this segment is (part of): captions never split one."""
    section: int = 0
    """0-based section: 0 is the headline and lead, each heading starts the next."""
    language: str = "en"
    """The language it is read in: an ISO 639-1 code ("de") or a BCP 47 tag ("pt-BR")."""
    speaker: str | None = None
    """Who says it when it is (part of) a quotation, as the text names or describes them
    ("Jonas Vik", "the 75-year-old", "someone"); None for the narrator."""
    voice: str = ""
    """The engine's voice id that reads it ("gmw/en-us+f3"); "" until voices are cast."""
    said: str = ""
    """The text handed to the engine: `spoken` with each spelled letter the engine could
    misread by its name ("F D eh" for "F D A"); `spoken` itself when given as ""."""

    def __post_init__(self) -> None:
        if not self.said:
            object.__setattr__(self, "said", self.spoken)

    def to_dict(self) -> dict[str, object]:
        """Every field by name, in order (what `asdict` gives for these plain values, a
        tenth of its time: `narrate script --json` writes one a segment)."""
        return {name: getattr(self, name) for name in _SEGMENT_FIELDS}


_SEGMENT_FIELDS = tuple(field.name for field in fields(Segment))


# --- sentences ------------------------------------------------------------------------

TITLES = frozenset(
    "mr mrs ms mx dr prof gen sen rep gov lt col capt cpt sgt maj adm cmdr brig cpl pvt "
    "mt ft rev fr hon pres supt insp det vs v approx dept est atty asst natl intl".split()
)
"""Abbreviations that are practically never the last word of a sentence."""

NUMBER_ABBREVIATIONS = frozenset(
    "no nos vol fig art ch sec p pp op para c ca rs prop lb lbs oz".split()
)
"""Abbreviations that do not end a sentence when a number follows ("No. 10", "p. 387", "c. 1850",
"Rs. 40")."""

ENDING_ABBREVIATIONS = frozenset(
    "inc ltd co corp jr sr plc llc bros etc al st a.m p.m u.s u.k u.n e.u u.s.a d.c "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
"""Abbreviations that may end a sentence: split only before a clear sentence opener."""

SENTENCE_OPENERS = frozenset(
    "the a an he she it they we i you his her its their our my this that these those there "
    "but and so yet in on at as after before when while if some many most no one its".split()
)

_ATTRIBUTION_VERBS = (
    "said|says|asked|asks|added|adds|told|tells|shouted|replied|whispered|wrote|writes|"
    "cried|sighed|explained|insisted|recalled|continued|warned|argued|noted|yelled|joked"
)
_ATTRIBUTION = re.compile(
    rf"^(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){{0,2}}|he|she|they|we|I)\s+(?:{_ATTRIBUTION_VERBS})\b"
)
_QUADRANT_NEXT = re.compile(r"[NS][EW]\b")
_ERA_NEXT = re.compile(r"(?:AD|A\.D\.)\s?\d")
"""A city's quadrant after a street: no sentence opens with it."""
_BOUNDARY = re.compile(r"(?:[.!?]+|\.\.\.)[\"')\]]*(?=\s+)")
_LAST_WORD = re.compile(r"([\w.'-]+)$")


def excerpt(text: str, limit: int = 60) -> str:
    """A segment's text, quoted and cut to `limit` characters, for messages naming it."""
    return repr(text if len(text) <= limit else text[: limit - 3] + "...")


def split_sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences; joining them with spaces gives the paragraph back.

    Will not split after titles (Mr., Dr., Gen., Nov.), initials (J. R.), dotted
    abbreviations before a name (U.S. Army), inside numbers (3.5), or after a quoted
    question or exclamation followed by its attribution ("Why?" he asked).
    """
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(paragraph):
        end = match.end()
        rest = paragraph[end:].lstrip()
        if rest and _is_sentence_end(paragraph[start : match.start()], match.group(0), rest):
            sentences.append(paragraph[start:end].strip())
            start = end
    tail = paragraph[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


def _is_sentence_end(before: str, mark: str, rest: str) -> bool:
    opener = rest.lstrip("\"'([")
    if not opener or not (opener[0].isupper() or opener[0].isdigit()):
        return False
    quoted = mark[-1] in "\"'" and mark[0] in "!?"
    if quoted and _ATTRIBUTION.match(rest):
        return False
    if not mark.startswith(".") or mark.startswith("..."):
        return True
    found = _LAST_WORD.search(before)
    word = found.group(1).lower().rstrip(".") if found else ""
    if word in TITLES or (word in NUMBER_ABBREVIATIONS and opener[0].isdigit()):
        return False
    if word in ("c", "ca") and _ERA_NEXT.match(opener):
        return False  # "from c. AD 122"
    if _QUADRANT_NEXT.match(opener):
        return False  # "1600 Pennsylvania Ave. NW"
    if len(word) == 1 and word.isalpha() and before.endswith(word.upper()):
        labelled = before[: -len(word)].split()[-1:]  # "Group B. Spain was second"
        return bool(labelled) and labelled[0].rstrip(",").lower() in LABELLED_BY_A_LETTER
    if word in ENDING_ABBREVIATIONS or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
        next_word = re.match(r"[\w']+", opener)
        return next_word is not None and next_word.group(0).lower() in SENTENCE_OPENERS
    return True


# --- words no voice can say ------------------------------------------------------------

MAX_WORD_CHARS = 100
"""Longest run of letters (and digits) read as a word: longer ones (a scraped blob, a
20,000-letter "word") are left out. The longest words of English and German (65 letters)
stay under; espeak-ng still said 300 random letters within the dropped-audio check."""
MAX_REPEATS = 3
"""A letter, or a group of two to four, repeated more than this many times in a row
("Nooooooooo", "hahahahahaha") is cut back to this many."""
_SAME_LETTER = re.compile(rf"([^\W\d_])\1{{{MAX_REPEATS + 1},}}")
_SAME_GROUP = re.compile(rf"([^\W\d_]{{2,4}}?)\1{{{MAX_REPEATS + 1},}}")
_UNSPACED = "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u2e80-\U0002ffff]"
"""Scripts written without spaces between words (Thai, Lao, Myanmar, Khmer, Chinese,
Japanese): a long run of them is a sentence, not a word. Compiled only for a word too
long to say (`_unspaced`): its ranges take 2.5 ms to compile."""


@functools.cache
def _unspaced() -> re.Pattern[str]:
    return re.compile(_UNSPACED)


_LONG_WORD = re.compile(rf"[^\W_]{{{MAX_WORD_CHARS + 1},}}")


def sayable(text: str) -> tuple[str, list[str]]:
    """`text` with what no voice can say sensibly cut back or removed, and a description
    of each change. Runs of a repeated letter or group are cut to `MAX_REPEATS`; a
    letter-bearing word longer than `MAX_WORD_CHARS` is removed. Numbers are left alone
    (the reading rules read long ones digit by digit), and so is every other word."""
    changes: list[str] = []

    def shorten(found: re.Match[str]) -> str:
        unit = found.group(1)
        changes.append(
            f"shortened {_quote(found.group())} ({len(found.group()) // len(unit)} times "
            f"{unit!r}) to {unit * MAX_REPEATS!r}"
        )
        return unit * MAX_REPEATS

    def remove(found: re.Match[str]) -> str:
        word = found.group()
        if not any(char.isalpha() for char in word) or _unspaced().search(word):
            return word
        changes.append(f"left out {_quote(word)}, a word of {len(word):,} letters")
        return ""

    if len(text) > MAX_REPEATS:
        text = _SAME_GROUP.sub(shorten, _SAME_LETTER.sub(shorten, text))
        text = _LONG_WORD.sub(remove, text)
    return text, changes


def _quote(word: str) -> str:
    return repr(word if len(word) <= 24 else word[:20] + "...")


def sayable_article(article: Article) -> tuple[Article, list[str]]:
    """The article with `sayable` applied to every paragraph, and one line per change
    naming its paragraph (1-based, as in the input)."""
    paragraphs = []
    notes: list[str] = []
    for paragraph in article.paragraphs:
        text, changes = sayable(paragraph.text)
        said, said_changes = sayable(paragraph.speak_as) if paragraph.speak_as else (None, [])
        notes += [f"paragraph {paragraph.source_index + 1}: {change}" for change in changes]
        notes += [f"paragraph {paragraph.source_index + 1}: {change}" for change in said_changes]
        if text != paragraph.text or said != paragraph.speak_as:
            paragraph = replace(paragraph, text=text, speak_as=said)
        paragraphs.append(paragraph)
    if not notes:
        return article, []
    return replace(article, paragraphs=tuple(paragraphs)), notes


# --- length bound ----------------------------------------------------------------------

_CLAUSE_BREAK = re.compile(r"(?:[;:,]|\s[-\u2013\u2014]|\u2014)\s+")


def bound_length(sentence: str, limit: int = MAX_SEGMENT_CHARS) -> list[str]:
    """Split a sentence into pieces of at most `limit` characters.

    Prefers the last clause break (; : , or a dash) in the second half of the window,
    then the last space; cuts a single run of more than `limit` non-space characters
    only where it must. Joining the pieces with spaces gives the sentence back.
    """
    pieces: list[str] = []
    rest = sentence.strip()
    while len(rest) > limit:
        window = rest[: limit + 1]
        cut = 0
        for match in _CLAUSE_BREAK.finditer(window):
            if match.end() - 1 <= limit and match.start() >= limit // 2:
                cut = match.end()
        if not cut:
            space = window.rfind(" ")
            cut = space + 1 if space > 0 else limit
        pieces.append(rest[:cut].strip())
        rest = rest[cut:].strip()
    if rest:
        pieces.append(rest)
    return pieces


# --- the script ------------------------------------------------------------------------


def build_script(
    article: Article,
    pauses: Pauses | None = None,
    lexicon: Lexicon | None = None,
    *,
    language: str | None = None,
    readable: frozenset[str] | None = None,
    quotations: bool = True,
    rules: Sequence[Rule] = RULES,
    progress: Callable[[int, int], None] | None = None,
) -> list[Segment]:
    """Turn an article into the segments to speak, in order, with their pauses.

    Guarantees: every word of every paragraph is in some segment's `text`, in order;
    no `text` is longer than `MAX_SEGMENT_CHARS` nor `said` than `MAX_SPOKEN_CHARS`;
    segments with nothing to say (only punctuation or symbols) are left out; the last
    segment's pause is 0. With `quotations`, a quotation's words are segments of their
    own, with its `speaker`; the attribution stays the narrator's. Each segment's
    `language` is `language` (default: the article's declared or detected one), or
    another of `readable` where a passage is clearly in it; English reading rules are
    applied to English segments only. `voice` is left empty (see `casting.cast`).
    `progress`, if given, hears (paragraphs done, paragraphs).
    """
    pauses = pauses or Pauses()
    after = {SENTENCE_END: pauses.sentence_ms, SHORT_BREAK: pauses.short_ms,
             CLAUSE_BREAK: pauses.clause_ms}  # fmt: skip
    segments: list[Segment] = []
    section = 0
    paragraphs = article.paragraphs
    texts = [_flat(paragraph) for paragraph in paragraphs]
    found = _quotations(paragraphs, texts)
    main = language or _main_language(article, texts, found, readable)
    if not quotations:
        found = [[] for _ in paragraphs]
    for number, paragraph in enumerate(paragraphs):
        if progress and number % PROGRESS_EVERY == 0:
            progress(number, len(paragraphs))
        if paragraph.kind == HEADING and segments:
            section += 1
            _set_pause(segments, max(segments[-1].pause_after_ms, pauses.section_ms))
        sentence = segments[-1].sentence + 1 if segments else 0
        spoke = False
        text, runs = texts[number], found[number]
        narration = "".join(text[a:b] for a, b in _gaps(text, runs))
        names_only = paragraph.kind in (BYLINE, DATELINE)  # names, not a language
        narrated_in = main if names_only else passage_language(narration, main, readable)
        languages = [passage_language(text[q.start : q.end], main, readable) for q in runs]
        for piece, say, end, run in _pieces(paragraph, text, runs):
            lang = narrated_in if run is None else languages[run]
            speaker = None if run is None else runs[run].speaker
            fitted = _fit_spoken(piece, say, lexicon, lang, rules)
            for number_in_piece, (part, spoken, said) in enumerate(fitted):
                if not has_words(spoken):
                    continue
                ending = end if number_in_piece == len(fitted) - 1 else CLAUSE_BREAK
                segments.append(
                    Segment(len(segments), paragraph.source_index, paragraph.kind, part, spoken,
                            after[ending], sentence, section, lang, speaker, said=said)
                )  # fmt: skip
                spoke = True
            sentence += end == SENTENCE_END
        if spoke:
            following = paragraphs[number + 1].kind if number + 1 < len(paragraphs) else None
            _set_pause(segments, _paragraph_pause(paragraph.kind, following, pauses))
    if segments:
        _set_pause(segments, 0)
    if progress:
        progress(len(paragraphs), len(paragraphs))
    return segments


PROGRESS_EVERY = 20
"""Paragraphs between two progress reports of `build_script`."""


QUOTED_KINDS = frozenset({"body", ITEM})
"""Kinds of paragraph in which quotations are looked for (not headlines or bylines)."""


def _flat(paragraph: Paragraph) -> str:
    """The paragraph's text as it is split: line breaks stand apart as their own words."""
    return paragraph.text.replace("\n", " \n ")


def _quotations(paragraphs: Sequence[Paragraph], texts: list[str]) -> list[list[Quotation]]:
    """The quotations of each paragraph that may have them (body text said as written)."""
    wanted = [p.kind in QUOTED_KINDS and p.speak_as is None for p in paragraphs]
    found = _found_quotations(
        tuple(text if ok else "" for text, ok in zip(texts, wanted, strict=True))
    )
    return [list(runs) if ok else [] for runs, ok in zip(found, wanted, strict=True)]


@functools.lru_cache(maxsize=8)
def _found_quotations(texts: tuple[str, ...]) -> tuple[tuple[Quotation, ...], ...]:
    """`find_quotations`, remembered: a run asks for an article's quotations three times
    (for its language, its script and its speakers), and they are the same each time."""
    return tuple(tuple(runs) for runs in find_quotations(texts))


def main_language(article: Article, readable: frozenset[str] | None = None) -> str:
    """The article's language: the declared one, else the one its narration (body text
    outside quotations) is detected in among `readable` (see `languages`)."""
    texts = [_flat(paragraph) for paragraph in article.paragraphs]
    return _main_language(article, texts, _quotations(article.paragraphs, texts), readable)


def _main_language(
    article: Article,
    texts: list[str],
    found: list[list[Quotation]],
    readable: frozenset[str] | None,
) -> str:
    paragraphs = article.paragraphs
    narration = [
        "".join(text[a:b] for a, b in _gaps(text, runs))
        for paragraph, text, runs in zip(paragraphs, texts, found, strict=True)
        if paragraph.kind not in (BYLINE, DATELINE)
    ]
    return article_language(narration, article.language, readable)


def speakers(article: Article) -> dict[str, str | None]:
    """Every quotation's speaker in the article, in order of first appearance, with the
    gender the text states for them (quotes.FEMALE or MALE) or None."""
    paragraphs = article.paragraphs
    found: dict[str, str | None] = {}
    for runs in _quotations(paragraphs, [_flat(p) for p in paragraphs]):
        for quotation in runs:
            found.setdefault(quotation.speaker, quotation.gender)
    return found


def _gaps(text: str, runs: Sequence[Quotation]) -> list[tuple[int, int]]:
    """The stretches of `text` outside the quotations."""
    gaps, at = [], 0
    for run in runs:
        gaps.append((at, run.start))
        at = run.end
    gaps.append((at, len(text)))
    return gaps


def _fit_spoken(
    text: str,
    say: str,
    lexicon: Lexicon | None,
    language: str | None = None,
    rules: Sequence[Rule] = RULES,
) -> list[tuple[str, str, str]]:
    """(written, spoken, said) for a piece, split in halves again and again while its
    said form is over MAX_SPOKEN_CHARS (a long run of digits read one by one)."""
    spoken, said = heard_and_said(say, rules, lexicon=lexicon, language=language)
    if len(said) <= MAX_SPOKEN_CHARS or len(say) < 2:
        return [(text, spoken, said)]
    halves = bound_length(say, (len(say) + 1) // 2)
    return [pair for half in halves for pair in _fit_spoken(half, half, lexicon, language, rules)]


def _set_pause(segments: list[Segment], pause_ms: int) -> None:
    segments[-1] = replace(segments[-1], pause_after_ms=pause_ms)


def _paragraph_pause(kind: str, following: str | None, pauses: Pauses) -> int:
    if kind in (HEADLINE, BYLINE, HEADING):
        return pauses.headline_ms
    if kind == DATELINE or (kind == ITEM and following == ITEM):
        return pauses.sentence_ms
    return pauses.paragraph_ms


SENTENCE_END = "sentence"
SHORT_BREAK = "short"
CLAUSE_BREAK = "clause"
_SHORT_BREAK = re.compile(r"(?:(?<=\.\.\.)|(?<=\u2026))\s+(?=[a-z])|\s*\n\s*")


def _pieces(
    paragraph: Paragraph, text: str, runs: Sequence[Quotation] = ()
) -> Iterator[tuple[str, str, str, int | None]]:
    """(written, to say, how it ends, which of `runs` it is in or None) for each piece of a
    paragraph, in order: its sentences, cut where a quotation starts or ends (a clause
    pause), at line breaks and mid-sentence ellipses (a short pause), then to the length
    bound (a clause pause). `text` is the paragraph's text as `_flat` gives it."""
    said = paragraph.speak_as
    if said is not None and max(len(said), len(paragraph.text)) <= MAX_SEGMENT_CHARS:
        yield paragraph.text, said, SENTENCE_END, None
        return  # too long to be said in one go, a "headline" is read like any paragraph
    at = 0
    for sentence in split_sentences(text):
        begin = text.find(sentence, at)
        at = begin + len(sentence)
        cuts = _at_quotations(sentence, begin, runs)
        for cut_number, (piece, run) in enumerate(cuts):
            last_cut = cut_number == len(cuts) - 1
            parts = [part for part in _SHORT_BREAK.split(piece) if part.strip()]
            for part_number, part in enumerate(parts):
                chunks = bound_length(part)
                for chunk_number, chunk in enumerate(chunks):
                    if chunk_number < len(chunks) - 1:
                        end = CLAUSE_BREAK
                    elif part_number < len(parts) - 1:
                        end = SHORT_BREAK
                    else:
                        end = SENTENCE_END if last_cut else CLAUSE_BREAK
                    yield chunk, chunk, end, run


def _at_quotations(
    sentence: str, begin: int, runs: Sequence[Quotation]
) -> list[tuple[str, int | None]]:
    """The sentence (at `begin` in its paragraph) cut where quotations start and end:
    (piece, index of its quotation or None), empty pieces left out."""
    end = begin + len(sentence)
    bounds = sorted(
        {begin, end} | {b for run in runs for b in (run.start, run.end) if begin < b < end}
    )
    cuts = []
    for a, b in itertools.pairwise(bounds):
        piece = sentence[a - begin : b - begin].strip()
        if piece:
            run = next((i for i, r in enumerate(runs) if r.start <= a < r.end), None)
            cuts.append((piece, run))
    return cuts
