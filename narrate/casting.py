"""Casting: which voice reads each segment of a script.

The narrator reads in the voice of each segment's language (or the voice the user
chose, for the article's own language). Each quotation's speaker gets a part of their
own, kept for the whole article: with espeak-ng a voice variant (a female-sounding one
when the text says the speaker is a woman, a male-sounding one when it says a man,
otherwise one in between, then alternating), applied to the voice of the quotation's
language; with an engine without variants, another voice of that language. Pure
functions over the engine's list of voices and variants, so any engine can be cast.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from .engines.base import Voice
from .languages import primary, voice_for
from .options import NARRATOR as NARRATOR
from .options import QUOTE_MODES as QUOTE_MODES
from .options import VOICED as VOICED
from .quotes import FEMALE, MALE
from .segment import Segment

FEMALE_VARIANTS = ("f3", "f2", "f5", "Annie", "f1", "f4")
"""espeak-ng variants that sound female: median pitch 180-235 Hz, against 103 Hz for the
plain voice (measured on one English sentence)."""
MALE_VARIANTS = ("Reed", "announcer", "Jacky", "ian", "Mike", "m7")
"""Variants that sound male yet apart from the plain voice: pitch or spectral centroid
at least 10% away from it."""
UNSTATED_VARIANTS = ("Nguyen", "f2", "Reed", "f5", "announcer", "Annie", "Jacky")
"""For a speaker whose gender the text does not state: the one variant measured between
the two (about 150 Hz), then female- and male-sounding ones in turn."""


@dataclass(frozen=True)
class Casting:
    """The user's choices about voices."""

    voice: str | None = None
    """The narrator's voice for the article's language (an engine voice id, with any
    +variant); None chooses it from the language ("--voice auto")."""
    quotes: str = VOICED
    """VOICED gives quotations their speakers' voices; NARRATOR reads them as narration."""
    quote_voices: tuple[str, ...] = ()
    """Engine voice ids to give the speakers, in order of appearance (cycling); empty
    chooses them from the variants."""


def split_voice(voice: str) -> tuple[str, str | None]:
    """("gmw/en-us", "f3") for "gmw/en-us+f3"; the variant is None when there is none."""
    base, plus, variant = voice.partition("+")
    return base, variant if plus else None


def narrator_voice(language: str, main: str, voices: Sequence[Voice], casting: Casting) -> str:
    """The narrator's voice for a segment in `language` of an article in `main`: the chosen
    voice for the article's language, else the language's own; a language no voice
    reads gets the article's voice (whose mismatch `readable` reports)."""
    if casting.voice and (
        primary(language) == primary(main) or voice_for(language, voices) is None
    ):
        return casting.voice
    found = voice_for(language, voices) or voice_for(main, voices)
    if found is not None:
        return found.id
    return casting.voice or (voices[0].id if voices else "")


def cast(
    segments: Sequence[Segment],
    main: str,
    voices: Sequence[Voice],
    variants: Sequence[str],
    speakers: Mapping[str, str | None],
    casting: Casting | None = None,
) -> list[Segment]:
    """The segments with `voice` set. `speakers` maps each speaker to the gender the text
    states (quotes.FEMALE, MALE or None), in order of appearance.

    Guarantees: a speaker keeps one part for the whole article; with voiced quotations
    and voices to spare, a quotation's voice differs from the narrator's for its
    language, and different speakers get different parts until the pool runs out; a
    gendered part only when the text states the gender.
    """
    casting = casting or Casting()
    parts = _parts(speakers, variants, casting, voices, main)
    cast_segments = []
    narrators: dict[str, str] = {}  # by language: looking through the voices takes time
    for segment in segments:
        narrator = narrators.get(segment.language)
        if narrator is None:
            narrator = narrator_voice(segment.language, main, voices, casting)
            narrators[segment.language] = narrator
        voice = narrator
        if segment.speaker is not None and casting.quotes == VOICED:
            part = parts.get(segment.speaker)
            voice = _quote_voice(part, narrator, segment.language, main, voices)
        cast_segments.append(replace(segment, voice=voice))
    return cast_segments


def _parts(
    speakers: Mapping[str, str | None],
    variants: Sequence[str],
    casting: Casting,
    voices: Sequence[Voice],
    main: str,
) -> dict[str, str]:
    """Each speaker's part: a voice id from `quote_voices`, or "+variant"."""
    if casting.quote_voices:
        chosen = casting.quote_voices
        return {who: chosen[i % len(chosen)] for i, who in enumerate(speakers)}
    known = set(variants)
    narrator = narrator_voice(main, main, voices, casting)
    taken = {split_voice(narrator)[1]}
    pools = {
        FEMALE: [v for v in FEMALE_VARIANTS if v in known and v not in taken],
        MALE: [v for v in MALE_VARIANTS if v in known and v not in taken],
        None: [v for v in UNSTATED_VARIANTS if v in known and v not in taken],
    }
    if not known:  # an engine without variants: other voices of the language
        others = [
            v.id
            for v in voices
            if v.id != split_voice(narrator)[0]
            and any(primary(x) == primary(main) for x in v.languages)
        ]
        return {who: others[i % len(others)] for i, who in enumerate(speakers)} if others else {}
    used: dict[str, int] = {}
    parts = {}
    for who, gender in speakers.items():
        pool = pools.get(gender) or pools[None] or sorted(known - taken)
        if not pool:
            continue
        fresh = [v for v in pool if v not in used]
        choice = fresh[0] if fresh else min(pool, key=lambda v: used[v])
        used[choice] = used.get(choice, 0) + 1
        parts[who] = "+" + choice
    return parts


def _quote_voice(
    part: str | None, narrator: str, language: str, main: str, voices: Sequence[Voice]
) -> str:
    """A speaker's voice in a segment's language: their variant on the narrator's voice
    for that language, or the voice chosen for them (for a quotation in another language
    than the article's and than that voice reads: the language's voice, with the chosen
    voice's variant)."""
    if part is None:
        return narrator
    base = split_voice(narrator)[0]
    if part.startswith("+"):
        return base + part
    own, variant = split_voice(part)
    reads = next((v.languages for v in voices if v.id == own), ())
    same = primary(language) == primary(main)
    if same or any(primary(x) == primary(language) for x in reads) or not reads:
        return part
    return base + ("+" + variant if variant else "")
