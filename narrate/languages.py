"""Which language an article and each of its passages are in, and which voice reads each.

Detection is py3langid's (measured against lingua and langdetect in
`bench/languages.py`); a language the article declares (Markdown front matter
`lang:` or `language:`) wins over it. A passage (a paragraph's narration or a
quotation) is given a language of its own only when it is long enough to tell and
clearly in another language than the article; anything else keeps the article's.
Every function here is pure (the detector's model is loaded once, on first use).
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import re
import shutil
import sys
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from .engines.base import Voice

DEFAULT_LANGUAGE = "en"
"""The language of an article with nothing to tell it by (no letters, nothing declared)."""
MIN_WORDS = 4
"""A passage of fewer words keeps the article's language: too short to tell."""
MIN_LETTERS = 16
UNSPACED_SCRIPTS = frozenset({"CJK", "HIRAGANA", "KATAKANA", "THAI", "LAO", "KHMER", "MYANMAR"})
"""Writing systems (as `main_script` names them) that put no spaces between words: a
passage in one is judged by its letters, `MIN_UNSPACED_LETTERS` of them or more."""
MIN_UNSPACED_LETTERS = 6
ARTICLE_CONFIDENCE = 0.5
"""How sure the detector must be of an article's language (not declared) for it to be
read in it: a line of names ("Meet Mary O. Brien, 34, and Jean-Luc R. Picard.") came out
Luxembourgish at 0.12; a sentence in another language scores 0.87 and more."""
CONFIDENCE = 0.9
"""How sure the detector must be (its probability among the readable languages) that a
passage is in another language than the article's."""
ARTICLE_SAMPLE_CHARS = 6000
"""The article's language is judged on its first this many characters."""

ALIASES = {"zh": "cmn", "no": "nb", "nn": "nb", "ms": "ms", "tl": "fil"}
"""Detector codes whose espeak-ng voices go by another code."""
PREFERRED = {"en": "en-us", "fr": "fr-fr", "pt": "pt", "es": "es", "nl": "nl"}
"""The voice language chosen for a bare language code when several voices read it
(en-us rather than British English: narrate's voice before languages were detected)."""

ENGLISH_WORDS = frozenset(
    "the of and to in is that for on was with he it as at by from his her said are were be "
    "has have had this not but they their an which who will would been its or she we our "
    "you after about than there after when what more also".split()
)
"""English words common enough that text full of them is English without asking the
detector (whose model takes a second or more to load): see `clearly_english`."""
ENGLISH_SHARE = 0.25
ENGLISH_PASSAGE_SHARE = 0.15
"""Less is asked of a passage of an English article (a headline has few small words)."""

_TAG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")
_WORD = re.compile(r"[^\W\d_]{2,}")


def normalize_tag(value: str | None) -> str | None:
    """A declared language as a BCP 47 tag ("pt_BR" -> "pt-BR", "FR" -> "fr"), or None
    when it is missing or not shaped like one."""
    if not value or not _TAG.match(value.strip()):
        return None
    primary, *rest = value.strip().replace("_", "-").split("-")
    subtags = [part.upper() if len(part) == 2 else part.lower() for part in rest]
    return "-".join([primary.lower(), *subtags])


def primary(tag: str) -> str:
    """The primary language subtag of a BCP 47 tag or an espeak language ("en-us" -> "en")."""
    return tag.lower().replace("_", "-").split("-")[0]


@functools.cache
def _identifier() -> Any:
    """The detector, loaded once a process: from its model unpacked in the cache when
    that is there (mapped into memory, a few milliseconds), else from py3langid's
    compressed model (half a second and more), which is then unpacked for next time."""
    from py3langid import langid
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    folder = _unpacked_folder(Path(MODEL_DIR, MODEL_FILE), Path(langid.__file__))
    if folder is not None and folder.exists():
        try:
            return _load_unpacked(folder)
        except Exception:  # damaged: unpack it again
            shutil.rmtree(folder, ignore_errors=True)
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    if folder is not None:
        _unpack(identifier, folder)
        with contextlib.suppress(Exception):  # the mapped model: its 80 MB can go now
            if folder.exists():
                return _load_unpacked(folder)
    return identifier


_UNPACKED_FORMAT = 1
_UNPACKED_FILES = ("manifest.json", "ptc.npy", "pc.npy", "nextmove", "row", "output")
_CHECK_TEXT = "Hemos visto inundaciones así en mi tierra, and the ferry sailed on Tuesday."


def _unpacked_folder(model: Path, code_file: Path) -> Path | None:
    """Where the model is (or will be) unpacked: a folder of the cache's `models` named
    by the model file, the detector's code and this format; None when it cannot be told."""
    from .cache import key, user_cache_dir

    try:
        code = code_file.stat()
        packed = model.stat()
        name = key(
            "py3langid", _UNPACKED_FORMAT, sys.byteorder, str(model), packed.st_size,
            packed.st_mtime_ns, code.st_size, code.st_mtime_ns,
        )  # fmt: skip
        return user_cache_dir() / "models" / f"langid-{name[:16]}"
    except (OSError, ValueError):
        return None


def _manifest(folder: Path) -> dict[str, Any]:
    """An unpacked model's manifest, once its files are checked: raises if a file is
    missing or cut short, or the model is of another format."""
    manifest: dict[str, Any] = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    if manifest["format"] != _UNPACKED_FORMAT:
        raise ValueError("another format")
    for name, size in manifest["sizes"].items():
        if (folder / name).stat().st_size != size:
            raise ValueError(f"{name} was cut short")
    return manifest


def _mapped(path: Path, typecode: Any = "B") -> memoryview:
    """A file mapped into memory, read only, as an array of `typecode` items."""
    import mmap

    with open(path, "rb") as file:
        found = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
    view: memoryview = memoryview(found).cast(typecode)
    return view


def _load_unpacked(folder: Path) -> Any:
    """The detector from an unpacked model: the arrays mapped from their files, read
    only as the detector looks into them. Raises if a file is missing or damaged."""
    import numpy as np

    manifest = _manifest(folder)
    tables = {
        name: _mapped(folder / name, manifest[name]) for name in ("nextmove", "row", "output")
    }
    ptc = np.load(folder / "ptc.npy", mmap_mode="r")
    return _from_tables(ptc, np.load(folder / "pc.npy"), list(manifest["classes"]), tables)


def _from_tables(ptc: Any, pc: Any, classes: list[str], tables: Mapping[str, Any]) -> Any:
    """The detector made from its arrays, as py3langid's `from_model_file` makes it."""
    from py3langid.langid import LanguageIdentifier

    return LanguageIdentifier(
        ptc, pc, classes, tables["nextmove"], tables["output"], norm_probs=True,
        tk_row=tables["row"],
    )  # fmt: skip


def _unpack(identifier: Any, folder: Path) -> None:
    """Write the detector's model, uncompressed, into `folder` (about 65 MB), complete
    or not at all, and keep it only if it ranks a text exactly as `identifier` does,
    made from the arrays in memory (before anything is written: a py3langid whose
    detector is made otherwise writes nothing) and from the files. Best effort: a cache
    that cannot be written, or a size limit below the model's, leaves nothing and says
    nothing."""
    from array import array

    import numpy as np

    from .cache import size_limit

    temp = folder.with_name(f".{folder.name}.{os.getpid()}.part")
    try:
        found = {
            "nextmove": identifier.tk_nextmove, "row": identifier.tk_row,
            "output": identifier.tk_output,
        }  # fmt: skip
        needed = np.asarray(identifier.nb_ptc).nbytes
        needed += sum(len(values) * getattr(values, "itemsize", 4) for values in found.values())
        if size_limit() < needed:
            return
        ptc = np.ascontiguousarray(identifier.nb_ptc)
        tables = {
            name: values if isinstance(values, array) else array("i", values)
            for name, values in found.items()
        }
        views = {name: memoryview(table) for name, table in tables.items()}
        made = _from_tables(ptc, np.asarray(identifier.nb_pc), list(identifier.nb_classes), views)
        if made.rank(_CHECK_TEXT) != identifier.rank(_CHECK_TEXT):
            return  # another py3langid than this was written for: nothing is written
        temp.mkdir(parents=True, exist_ok=True)
        np.save(temp / "ptc.npy", ptc)
        np.save(temp / "pc.npy", np.asarray(identifier.nb_pc))
        codes: dict[str, str] = {}
        for name, table in tables.items():
            codes[name] = table.typecode
            with (temp / name).open("wb") as handle:
                table.tofile(handle)  # not a copy in memory first: 41 MB for nextmove
        sizes = {name: (temp / name).stat().st_size for name in _UNPACKED_FILES[1:]}
        manifest = {
            "format": _UNPACKED_FORMAT, "classes": list(identifier.nb_classes), "sizes": sizes,
            **codes,
        }  # fmt: skip
        (temp / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
        if _load_unpacked(temp).rank(_CHECK_TEXT) != identifier.rank(_CHECK_TEXT):
            return
        os.replace(temp, folder)
    except Exception:  # a cache that cannot be written: load the packed model next time
        return
    finally:
        shutil.rmtree(temp, ignore_errors=True)


def _model_paths() -> tuple[Path, Path] | None:
    """py3langid's compressed model and its detector's code file, found without
    importing py3langid (which imports numpy); None when it is not installed."""
    import importlib.util

    spec = importlib.util.find_spec("py3langid")
    if spec is None or not spec.submodule_search_locations:
        return None
    package = Path(next(iter(spec.submodule_search_locations)))
    return Path(package, _MODEL_FILE), package / "langid.py"


_MODEL_FILE = "data/model.npz.xz"
"""py3langid's `MODEL_FILE` (tests/test_languages.py checks that it still is)."""


class _Scorer:
    """py3langid's detector (its `rank` with `norm_probs`), scored in plain Python over
    its model unpacked in the cache: a command that detects a few passages then never
    imports numpy, which took longer than the detection. Sums run in double precision
    and the probabilities are rounded to single precision as py3langid's are, so a
    language none of the text speaks for still comes out as 0.0; a probability may
    differ from py3langid's in its last digits. Raises when the model's files are not
    as `_unpack` writes them."""

    def __init__(self, folder: Path) -> None:
        import ast
        import struct

        manifest = _manifest(folder)
        self.nb_classes: list[str] = list(manifest["classes"])
        self._nextmove = _mapped(folder / "nextmove", manifest["nextmove"])
        self._row = _mapped(folder / "row", manifest["row"])
        self._output = _mapped(folder / "output", manifest["output"])
        self._ptc, self._ptc_at, shape, ptc_type = _npy(folder / "ptc.npy", ast)
        pc, pc_at, (width,), pc_type = _npy(folder / "pc.npy", ast)
        if len(shape) != 2 or shape[1] != width or len(self.nb_classes) != width:
            raise ValueError("a model of another shape")
        self._width = width
        self._ptc_row = struct.Struct(f"<{width}{ptc_type}")
        self._pc = list(struct.unpack_from(f"<{width}{pc_type}", pc, pc_at))
        first: dict[str, int] = {}
        self._aliases = [
            (first[code], i) for i, code in enumerate(self.nb_classes)
            if first.setdefault(code, i) != i
        ]  # fmt: skip

    def rank(self, text: str) -> list[tuple[str, float]]:
        """Every language by probability, best first (ties in the model's order)."""
        import math
        import unicodedata
        from array import array

        if text.isupper():
            text = text.lower()
        data = unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")
        nextmove, row, output = self._nextmove, self._row, self._output
        counts: dict[int, int] = {}
        state = 0
        for byte in data:
            state = nextmove[(row[state] << 8) + byte]
            feature = output[state]
            if feature >= 0:
                counts[feature] = counts.get(feature, 0) + 1
        if counts:
            by_count: dict[int, list[int]] = {}
            for feature, count in counts.items():
                by_count.setdefault(count, []).append(feature)
            unpack, ptc, at = self._ptc_row.unpack_from, self._ptc, self._ptc_at
            step = self._ptc_row.size
            scores = self._pc
            for count, features in by_count.items():  # rows of one weight summed first
                weight = math.log1p(count)
                rows = [unpack(ptc, at + feature * step) for feature in features]
                sums = map(sum, zip(*rows, strict=True))
                scores = [score + weight * total for score, total in zip(scores, sums, strict=True)]
        else:
            scores = [0.0] * self._width
        scale = 1.0 / math.sqrt(len(data) or 1)
        top = max(scores) * scale
        exps = array("f", [math.exp(score * scale - top) for score in scores]).tolist()
        total = sum(exps)
        probs = array("f", [value / total for value in exps])
        for i, j in self._aliases:
            probs[i] += probs[j]
            probs[j] = 0.0
        merged: dict[str, float] = {}
        for code, p in zip(self.nb_classes, probs.tolist(), strict=True):
            merged.setdefault(code, p)
        return sorted(merged.items(), key=lambda item: item[1], reverse=True)


_NPY_TYPES = {"<f2": "e", "<f4": "f", "<f8": "d"}


def _npy(path: Path, ast: Any) -> tuple[memoryview, int, tuple[int, ...], str]:
    """A .npy file (version 1, as numpy writes it) mapped into memory: its bytes, where
    its data starts, its shape and the `struct` code of its items. Little-endian floats
    in C order only: raises ValueError for anything else."""
    data = _mapped(path)
    if bytes(data[:8]) != b"\x93NUMPY\x01\x00":
        raise ValueError(f"{path.name} is not a .npy file of version 1")
    size = int.from_bytes(data[8:10], "little")
    header = ast.literal_eval(bytes(data[10 : 10 + size]).decode("latin-1"))
    if header["fortran_order"] or header["descr"] not in _NPY_TYPES:
        raise ValueError(f"{path.name} holds another kind of array")
    return data, 10 + size, tuple(header["shape"]), _NPY_TYPES[header["descr"]]


@functools.cache
def _scorer() -> Any:
    """What ranks languages: the model unpacked in the cache scored in plain Python
    (`_Scorer`), else py3langid's detector (whose first load unpacks the model, which is
    then scored as next time it will be)."""
    paths = _model_paths()
    folder = _unpacked_folder(*paths) if paths else None
    if folder is None or not folder.exists():
        identifier = _identifier()
        if folder is None or not folder.exists():
            return identifier
    try:
        return _Scorer(folder)
    except Exception:  # damaged or of another shape: py3langid's own detector
        return _identifier()


def release_detector() -> None:
    """Let the detector's model (about 80 MB loaded from the package, the pages read of
    its mapped files once unpacked) go; the next detection loads it again (a few
    milliseconds from the unpacked model). For long runs, whose later stages do not detect."""
    _scorer.cache_clear()
    _identifier.cache_clear()


@functools.cache
def detector_languages() -> frozenset[str]:
    """Every language the detector knows (ISO 639-1 codes, some 639-3)."""
    return frozenset(str(code) for code in _scorer().nb_classes)


def readable_languages(voices: Iterable[Voice]) -> frozenset[str]:
    """The languages some voice reads, as primary subtags, with the detector's codes for
    those it calls otherwise (`ALIASES`). Does not load the detector."""
    spoken = {primary(language) for voice in voices for language in voice.languages}
    return frozenset(spoken | {code for code, alias in ALIASES.items() if alias in spoken})


PYTHON_RANKS = 150
"""How many passages a process ranks with `_Scorer` (about half a millisecond each)
before it loads py3langid's own detector (numpy and the model: about 0.1 s, then a
tenth of a millisecond a passage): an article with many paragraphs in another language
than English pays that once. Both rank alike: the same likeliest language on every
text tried, probabilities within a few millionths."""
_ranked = [0]


def _rank(text: str, among: frozenset[str] | None) -> list[tuple[str, float]]:
    _ranked[0] += 1
    detector = _scorer() if _ranked[0] <= PYTHON_RANKS else _identifier()
    ranked = [(str(code), float(p)) for code, p in detector.rank(text)]
    if among:
        ranked = [(code, p) for code, p in ranked if code in among]
        total = sum(p for _, p in ranked) or 1.0
        ranked = [(code, p / total) for code, p in ranked]
    return ranked


def detect(text: str, among: frozenset[str] | None = None) -> tuple[str, float] | None:
    """The most likely language of `text` among `among` (all the detector knows when
    None or empty) and its probability; None for text without two words
    (text in a script without spaces, such as Chinese, is always ranked)."""
    if len(_WORD.findall(text)) < 2 and main_script(text) not in UNSPACED_SCRIPTS:
        return None
    ranked = _rank(text, among)
    return ranked[0] if ranked else None


def clearly_english(text: str, share: float = ENGLISH_SHARE) -> bool:
    """Whether the text is English beyond doubt: four words or more, `share` or more of
    them among `ENGLISH_WORDS`, and almost no letters outside ASCII. Saves loading the
    detector for English text, the usual case; says nothing about other text. (On the
    labelled paragraphs English had 0.19 to 0.50 of such words, the others 0.11 at most.)"""
    words = _WORD.findall(text.lower())
    if len(words) < MIN_WORDS:
        return False
    common = sum(word in ENGLISH_WORDS for word in words)
    if common < share * len(words):
        return False
    if text.isascii():
        return True
    letters = "".join(words)
    return sum(not char.isascii() for char in letters) * 50 <= len(letters)


def article_language(
    texts: Sequence[str], declared: str | None = None, among: frozenset[str] | None = None
) -> str:
    """The language of an article whose paragraphs are `texts`: the declared one when
    it is a language tag, else the detected one, else `DEFAULT_LANGUAGE`. Text in the
    Latin script is taken for another language only when there is `enough_to_tell` and
    the detector is `ARTICLE_CONFIDENCE` sure (a line of names is no language); text in
    another script is told by the detector, however short ("Привет, как дела?")."""
    tag = normalize_tag(declared)
    if tag:
        return tag
    sample = ""
    for text in texts:
        if len(sample) >= ARTICLE_SAMPLE_CHARS:
            break
        sample += text + "\n"
    if clearly_english(sample):
        return "en"
    found = detect(sample, among)
    if main_script(sample) not in (None, "LATIN"):  # the script itself tells: "Привет"
        return found[0] if found else DEFAULT_LANGUAGE
    if not found or not enough_to_tell(sample) or found[1] < ARTICLE_CONFIDENCE:
        return DEFAULT_LANGUAGE
    return found[0]


def enough_to_tell(text: str) -> bool:
    """Whether `text` is long enough for its language to be told: `MIN_WORDS` words and
    `MIN_LETTERS` letters, or `MIN_UNSPACED_LETTERS` in a script without spaces."""
    if main_script(text) in UNSPACED_SCRIPTS:  # "我们会继续在这里做生意。" is one "word"
        return sum(char.isalpha() for char in text) >= MIN_UNSPACED_LETTERS
    words = _WORD.findall(text)
    return len(words) >= MIN_WORDS and sum(len(word) for word in words) >= MIN_LETTERS


def passage_language(text: str, main: str, among: frozenset[str] | None = None) -> str:
    """The language of a passage of an article in `main`: another language only when
    there is `enough_to_tell` and the detector is `CONFIDENCE` sure of it; otherwise
    `main`. Never guesses from a name or a few words."""
    if not enough_to_tell(text):
        return main
    english = primary(main) == "en"
    if clearly_english(text, ENGLISH_PASSAGE_SHARE if english else ENGLISH_SHARE):
        return main if english else "en"
    found = detect(text, among)
    if found is None or found[1] < CONFIDENCE or found[0] == primary(main):
        return main
    return found[0]


def voice_for(language: str, voices: Sequence[Voice]) -> Voice | None:
    """The voice that reads `language` (a BCP 47 tag or detector code): one for the exact
    tag ("pt-BR" -> pt-br), else the preferred or plain one for its primary subtag, else
    any voice of that language; None when no voice reads it."""
    tag = language.lower().replace("_", "-")
    code = ALIASES.get(primary(tag), primary(tag))
    wanted = [tag] if "-" in tag else []
    wanted += [PREFERRED.get(code, code), code]
    for want in wanted:
        for voice in voices:
            if want in (x.lower() for x in voice.languages):
                return voice
    return next(
        (v for v in voices if any(primary(x) == code for x in v.languages)),
        None,
    )


def language_name(language: str, voices: Sequence[Voice]) -> str:
    """A language's English name for messages: the name of a voice that reads it
    ("French (France)" -> "French"), else the code itself."""
    voice = voice_for(language, voices)
    if voice is None:
        return language
    return voice.name.split(" (")[0]


def main_script(text: str) -> str | None:
    """The writing system most of the text's letters are in ("LATIN", "CYRILLIC", "KHMER"),
    by the first word of their Unicode names; None without letters. (ASCII letters are
    Latin without a name lookup; other letters are looked up once a process.)"""
    if text.isascii():
        return "LATIN" if any(map(str.isalpha, text)) else None
    counts: dict[str, int] = {}
    for char in text:
        if char.isalpha():
            name = "LATIN" if char.isascii() else script_name(char)
            counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda name: counts[name]) if counts else None


@functools.lru_cache(maxsize=4096)
def script_name(char: str) -> str:
    """The first word of a character's Unicode name ("CYRILLIC" for "д")."""
    return unicodedata.name(char, "UNKNOWN").split(" ", 1)[0]
