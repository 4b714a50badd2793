"""Direct quotations in an article's paragraphs, and who said them.

Finds quoted speech in double quotes (straight or curly, and guillemets) and in single
quotes that close after punctuation ('Yes,' she said), including quotations that run
on into the next paragraph (the news convention: no closing mark at the end of the
first paragraph, an opening one at the start of the next). Attributes each to the
speaker the text names nearest to it: "said Valentyna", "she added", "the 75-year-old
said", "He said:", a pronoun resolved to the person named just before; a name beside
its role rather than the role ("said music teacher Laura Grant", "the soloist, Omar
Shah, said"), and a surname alone to the speaker with that full name. Notes a
speaker's gender only where the text states it (a pronoun, Mr./Mrs., "a woman").

Will not treat as quotations: apostrophes (it's, the islanders', '90s), scare quotes
around one or two words with no punctuation of their own ("so-called" "experts"), or
quoted words inside a quotation (they belong to its speaker). Pure functions.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

FEMALE = "female"
MALE = "male"

SOMEONE = "someone"
"""The speaker of a quotation the text does not attribute."""

LOOK_BACK = 3
"""How many paragraphs back a pronoun's speaker is looked for."""
SCARE_QUOTE_WORDS = 2
"""A quoted span of at most this many words, with no punctuation of its own, is a scare
quote (or a title, or a term) and stays in the narrator's voice."""

_CURLY = str.maketrans("\u201c\u201d\u201e\u201f\u00ab\u00bb\u2018\u2019\u201a\u201b",
                       "\"\"\"\"\"\"''''")  # fmt: skip


def _flat(text: str) -> str:
    """The text with every quotation mark straight. Text all ASCII (what narrate makes
    of most articles) is returned as it is, without a lookup per character."""
    return text if text.isascii() else text.translate(_CURLY)


VERBS = (
    "said|says|say|asked|asks|added|adds|told|tells|shouted|shouts|replied|replies|"
    "whispered|wrote|writes|cried|sighed|explained|explains|insisted|insists|recalled|"
    "recalls|continued|warned|warns|argued|argues|noted|notes|yelled|joked|laughed|"
    "declared|announced|admitted|admits|stressed|complained|pleaded|urged|answered|"
    "responded|remarked|observed|conceded|acknowledged|exclaimed|murmured|screamed|"
    "sobbed|smiled|shrugged|agreed|suggested|predicted|promised|vowed|recounted|"
    "lamented|cautioned|posted|tweeted|mused|snapped|boasted|confirmed|concluded|"
    # French, German, Spanish, Italian, Portuguese, Dutch: the usual verbs of news reports
    "a déclaré|a dit|a ajouté|a expliqué|a affirmé|a estimé|a souligné|a raconté|"
    "ha detto|ha spiegato|ha aggiunto|ha dichiarato|fügte hinzu|"
    "dit|déclare|ajoute|explique|affirme|estime|souligne|raconte|confie|"
    "sagte|sagt|erklärte|erklärt|meinte|betonte|berichtete|"
    "dijo|afirmó|explicó|declaró|añadió|señaló|aseguró|contó|"
    "dice|disse|spiega|aggiunge|afirmou|explicou|declarou|acrescentou|"
    "zei|zegt|aldus|vertelde"
)
_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Gen|Sen|Rep|Gov|Capt|Sgt|Col|Lt|Rev|Fr|Sir|Dame|Lady|Lord)"
_OFFICE = (
    r"(?:Mayor|President|Prime Minister|Minister|Chancellor|Governor|Senator|Judge|"
    r"Captain|Officer|Inspector|Detective|Sergeant|Chief|Bishop|Father|Sister|Professor|"
    r"Doctor|Coach|King|Queen|Prince|Princess|Pope|Deputy|Councillor|Councilor)"
)
_CAP = r"[A-Z\u00c0-\u00d6\u00d8-\u00de][\w'\u2019-]*"
_NAME = rf"(?:(?:{_TITLE}\.?|{_OFFICE})\s+)?{_CAP}(?:\s+(?:de|van|von|der|da|al|bin|{_CAP})){{0,3}}"
_NOT_NAMES_WORDS = (
    "The A An In On At But And So Yet If When While After Before As It This That These "
    "Those There Some Many Most One His Her Their Our We They He She I Others Police "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March "
    "April May June July August September October November December".split()
)
_PRONOUN = (
    r"(?:he|she|they|we|I|He|She|They|We|il|elle|Il|Elle|er|sie|Er|Sie|él|ella|Él|Ella|"
    r"lui|lei|Lui|Lei|ele|ela|Ele|Ela|hij|zij|Hij|Zij)"
)
_DESCRIPTION = (
    r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne|[Ll]e|[Ll]a|[Uu]ne?|[Dd]er|[Dd]ie|"
    r"[Ee]ine?|[Ee]l|[Uu]na|[Ii]l|[Uu]ma?|[Hh]et|[Ee]en)\s+[\w'\u2019-]+"
    r"(?:\s+[a-z][\w'\u2019-]*){0,6}?"
)
_FUNCTION_WORDS = (
    r"(?:on|in|at|to|of|for|with|by|from|that|this|the|an?|and|or|but|as|after|before|"
    r"when|while|then|now|later|earlier|also|again|once|yesterday|today|tonight|last|"
    r"his|her|their|its|our|about|during|outside|inside|into|over|under|through|"
    r"le|la|les|un|une|des|du|der|die|das|den|dem|ein|eine|einen|einem|el|los|las|una|"
    r"il|lo|gli|o|os|as|um|uma|het|een|de)"
)
_ROLE_WORDS = (
    rf"(?P<GROUP>(?:{_CAP}\s+)?(?:(?!{_FUNCTION_WORDS}\b|\w+ly\b)[a-z][\w'\u2019-]*\s+){{1,3}})"
)
"""Lowercase words naming a role before a name ("music teacher", "Head teacher"), with
no preposition, article or adverb among them; GROUP stands for the group's name."""
_NAMED = rf"(?!(?:{'|'.join(sorted(_NOT_NAMES_WORDS))})\b){_NAME}"
"""A name that is not a sentence opener, a weekday or a month."""
_APPOSED = rf",\s+(?P<GROUP>{_NAMED}),"
"""A name between commas after a role ("the soloist, Omar Shah,")."""
_AFTER = (
    rf"^\s*,?\s*(?:(?P<verb3>{VERBS})-(?:t-)?(?P<who3>il|elle)"
    rf"|(?P<verb4>{VERBS})\s+{_ROLE_WORDS.replace('GROUP', 'role4')}(?P<who4>{_NAMED})"
    rf"|(?P<verb5>{VERBS})\s+(?P<role5>{_DESCRIPTION}),\s+(?P<who5>{_NAMED})(?=\s*(?:[.;]|$))"
    rf"|(?P<verb1>{VERBS})\s+(?P<who1>{_PRONOUN}\b|{_NAME}|{_DESCRIPTION})"
    rf"|(?P<role2>{_DESCRIPTION}){_APPOSED.replace('GROUP', 'who6')}"
    rf"\s+(?:\w+ly\s+)?(?P<verb6>{VERBS})"
    rf"|(?P<who2>{_PRONOUN}|{_NAME}|{_DESCRIPTION})\s+(?:\w+ly\s+)?(?P<verb2>{VERBS}))\b"
)
_BEFORE = (
    rf"(?:^|[.!?]\s+|,\s+)(?:{_ROLE_WORDS.replace('GROUP', 'role')}(?P<named>{_NAMED})"
    rf"|(?P<described>{_DESCRIPTION}){_APPOSED.replace('GROUP', 'apposed')}"
    rf"|(?P<who>{_PRONOUN}|{_NAME}|{_DESCRIPTION}))\s+(?:\w+ly\s+)?"
    rf"(?:{VERBS})(?:\s+[\w'\u2019-]+){{0,5}}\s*[:,]\s*$"
)
_ROLE = (
    r"(?:minister|mayor|president|captain|officer|spokesman|spokeswoman|spokesperson|chief|"
    r"director|judge|governor|driver|doctor|teacher|headmaster|headmistress|priest|farmer|"
    r"owner|manager|coach|chairman|chairwoman|witness|victim|lawyer|prosecutor)"
)
_PERSON = (
    rf"(?:\b[Tt]he {_ROLE}\b"
    rf"|(?:{_TITLE}\.?|{_OFFICE})\s+{_CAP}(?:\s+{_CAP})*"
    rf"|{_CAP}(?:\s+{_CAP})+"
    rf"|{_CAP}(?:\s+{_CAP})+(?=,\s+(?:a|an|the|his|her|\d))"
    rf"|{_CAP}(?=,\s+(?:a|an|the|\d))"
    rf"|{_CAP}(?=\s+(?:{VERBS})\b))"
)
_NOT_NAMES = frozenset(_NOT_NAMES_WORDS)
_FEMALE_WORDS = frozenset(
    "she her woman women girl mother grandmother wife widow daughter sister aunt niece "
    "headmistress actress waitress policewoman businesswoman chairwoman spokeswoman lady "
    "mrs ms miss dame queen princess mum mom grandma "
    "elle sie ella lei ela zij madame mme frau señora sra signora senhora mevrouw femme "
    "frauen mujer donna mulher vrouw".split()
)
_MALE_WORDS = frozenset(
    "he his man men boy father grandfather husband widower son brother uncle nephew "
    "policeman businessman chairman spokesman gentleman mr sir lord king prince dad "
    "grandpa il er él lui ele hij monsieur herr señor signor senhor meneer homme mann "
    "hombre uomo homem".split()
)
_WORD = re.compile(r"[\w'\u2019-]+")
_APPOSITION = re.compile(r"^,\s+(?:a|an|the|his|her)\s+[^,.;:\"]{0,60}")


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """`pattern` compiled on first use: `_AFTER`, `_BEFORE` and `_PERSON` take about 30 ms
    to compile, which a run that attributes no quotation (or reads no article) need not pay."""
    return re.compile(pattern)


@dataclass(frozen=True)
class Quotation:
    """A quoted passage of one paragraph: offsets into that paragraph's text."""

    paragraph: int
    """Index of the paragraph in the sequence given to `find_quotations`."""
    start: int
    """Offset of the opening mark (of the paragraph's first letter when there is none)."""
    end: int
    """Offset just after the closing mark (the paragraph's end when it runs on)."""
    speaker: str = SOMEONE
    """Who says it, as the text names or describes them; `SOMEONE` when it does not."""
    gender: str | None = None
    """FEMALE or MALE when the text states it for this speaker, else None."""
    runs_on: bool = False
    """No closing mark: the quotation goes on in the next paragraph."""
    continued: bool = False
    """Goes on from a quotation that ran on from the previous paragraph."""


def quoted_spans(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of every quoted span in a paragraph, in order, scare quotes
    included; `closed` is False for one that runs to the paragraph's end."""
    flat = _flat(text)
    if '"' not in flat and "'" not in flat:
        return []
    spans = _double_spans(flat)
    spans += [s for s in _single_spans(flat) if not any(a <= s[0] < b for a, b, _ in spans)]
    return sorted(spans)


def _double_spans(text: str) -> list[tuple[int, int, bool]]:
    spans: list[tuple[int, int, bool]] = []
    opened: int | None = None
    floor = 0
    at = text.find('"')
    while at >= 0:
        i, at = at, text.find('"', at + 1)
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        opens = (before.isspace() or before in "([{\u2014\u2013-/:") and not after.isspace()
        closes = not before.isspace() and (after.isspace() or not after.isalnum())
        if before.isspace() and after.isspace():  # spaced, as French guillemets are
            opens = closes = True
        elif opened is not None and before.isspace() and not after.isalnum():
            closes = True  # a spaced closing guillemet before punctuation: « ... »,
        if opened is None:
            if opens or not closes:
                opened = i
            elif before.isdigit():  # inches (a 12" pipe), not a quotation
                continue
            else:  # a closing mark with no opening one: the quote began at its sentence
                start = _sentence_start(text, floor, i)
                if start < i:
                    spans.append((start, i + 1, True))
                floor = i + 1
        elif closes or not opens:
            spans.append((opened, i + 1, True))
            opened, floor = None, i + 1
    if opened is not None:
        spans.append((opened, len(text.rstrip()), False))
    return spans


def _sentence_start(text: str, floor: int, at: int) -> int:
    found = [m.end() for m in re.finditer(r"[.!?:]\s+", text[floor:at])]
    return floor + found[-1] if found else floor


_SINGLE = re.compile(r"(?<![\w'])'(?=[^\W\d_])(?P<inner>[^']*?(?:'[a-z][^']*?)*[,.!?])'(?![\w])")


def _single_spans(text: str) -> list[tuple[int, int, bool]]:
    return [(m.start(), m.end(), True) for m in _SINGLE.finditer(text)]


def _stray(rest: str) -> bool:
    """Whether a mark never closed is a stray one rather than a quotation running on: too
    few words to be speech, or markup and symbols after it ("><img ...")."""
    opening = rest.lstrip()[:1]
    few = len(_WORD.findall(rest)) <= SCARE_QUOTE_WORDS
    return few or not (opening.isalnum() or opening in "\u00bf\u00a1'.\u2026([")


def is_scare_quote(inner: str) -> bool:
    """One or two words with no punctuation of their own: a term, a title, a scare quote."""
    words = _WORD.findall(inner)
    return len(words) <= SCARE_QUOTE_WORDS and not re.search(r"[,.!?:;]\s*$", inner.strip())


def find_quotations(paragraphs: Sequence[str]) -> list[list[Quotation]]:
    """The quotations of each paragraph (same order and length as `paragraphs`), with
    speakers and genders resolved across the whole sequence, so that the same person
    has the same name in every quotation."""
    found: list[list[Quotation]] = []
    running = False
    for number, text in enumerate(paragraphs):
        quotations: list[Quotation] = []
        flat = _flat(text)
        for start, end, closed in quoted_spans(text):
            inner = flat[start:end].strip("\"' ")
            continued = running and not quotations and not flat[:start].strip()
            if not continued and closed and is_scare_quote(inner):
                continue
            if not continued and not closed and _stray(flat[start + 1 : end]):
                continue
            quotations.append(
                Quotation(number, start, end, runs_on=not closed, continued=continued)
            )
        running = bool(quotations) and quotations[-1].runs_on
        found.append(quotations)
    return _attribute(paragraphs, found)


def _attribute(paragraphs: Sequence[str], found: list[list[Quotation]]) -> list[list[Quotation]]:
    genders: dict[str, str] = {}
    speakers: list[str] = []
    last_speaker: str | None = None
    result: list[list[Quotation]] = []
    for number, quotations in enumerate(found):
        text = _flat(paragraphs[number])
        named: list[tuple[str | None, str | None]] = [
            _attribution(text, q, found[number], i) for i, q in enumerate(quotations)
        ]
        resolved: list[str | None] = []
        for i, quotation in enumerate(quotations):
            who, gender = named[i]
            if quotation.continued and last_speaker:
                speaker: str | None = last_speaker
            elif who is None:
                speaker = None
            else:
                earlier = [s for s in resolved if s]
                speaker = _resolve(who, gender, text[: quotation.start], earlier, speakers,
                                   _Recent(paragraphs, result, number), last_speaker,
                                   genders)  # fmt: skip
            if speaker and gender and speaker not in genders:
                genders[speaker] = gender
            if speaker and speaker not in speakers:
                speakers.append(speaker)
            resolved.append(speaker)
        for i in range(len(resolved)):  # unattributed: the paragraph's nearest speaker
            if resolved[i] is None:
                before = [s for s in resolved[:i] if s]
                after = [s for s in resolved[i + 1 :] if s]
                resolved[i] = before[-1] if before else after[0] if after else None
        if resolved and resolved[0] is None and not text[: quotations[0].start].strip():
            # a paragraph of quotation alone, after one that quoted someone: theirs
            previous = result[-1] if result else []
            if previous and previous[-1].speaker != SOMEONE:
                resolved = [previous[-1].speaker] * len(resolved)
        paragraph_result = []
        for quotation, speaker in zip(quotations, resolved, strict=True):
            paragraph_result.append(replace(quotation, speaker=speaker or SOMEONE))
            if speaker:
                last_speaker = speaker
        result.append(paragraph_result)
    return [[replace(q, gender=genders.get(q.speaker)) for q in paragraph] for paragraph in result]


def _attribution(
    text: str, quotation: Quotation, siblings: list[Quotation], index: int
) -> tuple[str | None, str | None]:
    """(who, gender) as the text around the quotation says: after it up to the next
    quotation, else the sentence before it ending in a colon or comma."""
    limit = siblings[index + 1].start if index + 1 < len(siblings) else len(text)
    rest = text[quotation.end : limit]
    after = _compiled(_AFTER).match(rest) if not quotation.runs_on else None
    if after:
        # a name after its role ("teacher Ben Cole", "the soloist, Omar Shah,") is the
        # speaker; the role still tells the gender when it states one
        who = next(after[g] for g in ("who4", "who5", "who6", "who1", "who2", "who3") if after[g])
        role = after["role4"] or after["role5"] or after["role2"] or ""
        apposition = _APPOSITION.match(rest[after.end() :])
        described = f"{role} {who}" + (" " + apposition.group(0) if apposition else "")
        return _clean(who), _gender_of(described)
    floor = siblings[index - 1].end if index else 0
    before = _compiled(_BEFORE).search(text[floor : quotation.start])
    if before:
        who = before["named"] or before["apposed"] or before["who"]
        role = before["role"] or before["described"] or ""
        return _clean(who), _gender_of(f"{role} {who}")
    return None, None


class _Recent:
    """People named or speaking in the `LOOK_BACK` paragraphs before `number`, nearest
    first; found only when asked for (most attributions name their speaker)."""

    def __init__(
        self, paragraphs: Sequence[str], result: list[list[Quotation]], number: int
    ) -> None:
        self.paragraphs, self.result, self.number = paragraphs, result, number
        self._found: list[str] | None = None

    def __call__(self) -> list[str]:
        if self._found is None:
            found: list[str] = []
            for back in range(self.number - 1, max(self.number - 1 - LOOK_BACK, -1), -1):
                found += [q.speaker for q in self.result[back][::-1] if q.speaker != SOMEONE]
                found += _people(_flat(self.paragraphs[back]))[::-1]
            self._found = found
        return self._found


def _clean(who: str) -> str:
    who = who.strip().rstrip(",.")
    words = who.split()
    if words and words[0].lower() in _PRONOUNS:
        return words[0].lower()
    if words and words[0] in ("The", "A", "An", "His", "Her", "Their", "One"):
        words[0] = words[0].lower()
    return " ".join(words)


def _gender_of(who: str) -> str | None:
    words = {w.lower().rstrip(".") for w in _WORD.findall(who)}
    if words & _FEMALE_WORDS:
        return FEMALE
    if words & _MALE_WORDS:
        return MALE
    return None


_PRONOUNS = {
    "he": MALE, "she": FEMALE, "they": None, "we": None, "I": None, "i": None,
    "il": MALE, "elle": FEMALE, "er": MALE, "sie": FEMALE, "él": MALE, "ella": FEMALE,
    "lui": MALE, "lei": FEMALE, "ele": MALE, "ela": FEMALE, "hij": MALE, "zij": FEMALE,
}  # fmt: skip


def _resolve(
    who: str,
    gender: str | None,
    before: str,
    earlier: list[str],
    speakers: list[str],
    recent: Callable[[], list[str]],
    last_speaker: str | None,
    genders: dict[str, str],
) -> str:
    """The speaker `who` refers to: a pronoun or a description ("the 75-year-old") to the
    person named nearest before it (an earlier speaker in the paragraph, a name in the
    text before the quotation, the previous paragraph's); a surname to the speaker with
    that full name (or a person named before); otherwise `who` itself."""

    def fits(name: str) -> bool:
        stated = genders.get(name) or _gender_of(name)
        return gender is None or stated is None or stated == gender

    if who.lower() in _PRONOUNS or not who[:1].isupper():
        candidates = [*earlier[::-1], *_people(before)[::-1]]
        if who.lower() in _PRONOUNS:
            candidates += recent()
            if last_speaker:
                candidates.append(last_speaker)
        for name in candidates:
            if fits(name):
                return _known(name, speakers)
        return who
    named = _known(who, speakers)
    return named if named != who else _known(who, [*_people(before)[::-1], *recent()])


def _known(name: str, speakers: list[str]) -> str:
    """An already-known speaker this name is a shorter form of ("Dahl", "Mayor Dahl" for
    "Mayor Hanne Dahl"), else the name."""
    bare = _bare(name)
    for speaker in speakers:
        if speaker == name:
            return speaker
    for speaker in speakers:
        full = _bare(speaker)
        if bare and full and (full == bare or full.endswith(" " + bare)):
            return speaker
    return name


def _bare(name: str) -> str:
    words = [w for w in name.split() if not re.fullmatch(rf"{_TITLE}\.?|{_OFFICE}", w)]
    return " ".join(words)


@functools.lru_cache(maxsize=1024)
def _people(text: str) -> tuple[str, ...]:
    """Names of people in a text, in order: capitalised words that are not sentence
    openers or dates, with a title or an apposition ("Ivan, a police officer").
    Remembered: the paragraphs before a quotation are looked into again and again."""
    found = []
    for match in _compiled(_PERSON).finditer(text):
        if match.group(0).lower().startswith("the "):
            found.append(match.group(0).lower())
            continue
        words = match.group(0).split()
        while words and words[0] in _NOT_NAMES:
            words.pop(0)
        if words:
            found.append(" ".join(words))
    return tuple(found)
