"""espeak-ng through pyttsx3: the default engine.

Nothing outside this module imports pyttsx3. pyttsx3 starts the engine. On Linux, speech
then comes straight from espeak-ng through
pyttsx3's own ctypes bindings: `runAndWait` sleeps 10 ms after every utterance and goes
through a WAV file, which made it about half of the synthesis time. Elsewhere each
segment is one `save_to_file` + `runAndWait`, a wait for `finished-utterance` with a
timeout, and a check that the file has frames. Either way pyttsx3's prints are kept off
stdout, every wait has a timeout, and libespeak-ng and its data come from the
`espeakng-loader` wheel unless the user sets `NARRATE_ESPEAK=system`.
"""

from __future__ import annotations

import contextlib
import ctypes
import io
import os
import shutil
import sys
import tempfile
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path
from typing import Any

from ..audio_tools import Audio, PcmFormat, read_file
from ..errors import EngineError
from ..words import WordMark
from .base import EngineInfo, Voice

ESPEAK_SAMPLE_RATE = 22050
"""What espeak-ng's voices produce: 16-bit mono at this rate."""
MS_PER_CHAR = 66.0
"""espeak-ng's median speech per letter or digit at `DEFAULT_RATE`: measured on the
samples' 54 segments at 90, 175, 300 and 400 words a minute (the lowest was 50)."""
MAX_CHARS = 4000
"""Well under the 14k characters that crashed espeak-ng (pyttsx3 upstream #448)."""
MIN_JOBS_PER_WORKER = 200
"""A worker costs a process start (about 0.15 s of CPU) and espeak-ng makes speech about
five times faster than the MP3 encoder turns it into frames, so on few cores the
encoders, not synthesis, are the bottleneck: workers only for long scripts."""

SYNTHESIS_VS_MP3 = 0.45
"""This process's CPU time synthesizing (and trimming, storing) a second of speech over
ffmpeg's encoding it to MP3 at the default quality with the loudness gain and limiter:
about 4.5 s to 10 s on 10,000 words of bench/realistic.py. Two cores: one synthesizes
(a worker process would only take the encoders' core); eight: three."""

# --- pyttsx3 ---------------------------------------------------------------------------


REINSTALL = "reinstall with 'pip install --force-reinstall espeakng-loader'"
ESPEAK_DATA_FILES = ("phontab", "phonindex", "phondata", "intonations")
"""Files espeak-ng cannot start without; it exits the whole process when one is missing."""


def _bundled_espeak() -> Path | None:
    """Load libespeak-ng from the espeakng-loader wheel; return its data directory.

    Returns None when the user asked for the system's espeak (NARRATE_ESPEAK=system) or
    when not on Linux, where pyttsx3 uses the platform's own speech service. Raises
    EngineError when the library cannot be loaded or espeak-ng's data is not whole.
    """
    if os.environ.get("NARRATE_ESPEAK", "").lower() == "system" or not sys.platform.startswith(
        "linux"
    ):
        _check_system_data()
        return None
    try:
        import espeakng_loader

        # Loaded privately: pyttsx3's CDLL("libespeak-ng.so.1") then finds it by its
        # soname, while its symbols stay out of the global scope, where they took the
        # place of the espeak-ng inside Piper's phonemizer and crashed it.
        ctypes.CDLL(espeakng_loader.get_library_path(), mode=ctypes.RTLD_LOCAL)
        data = Path(espeakng_loader.get_data_path())
    except (ImportError, OSError, RuntimeError) as exc:
        raise EngineError(
            f"cannot load the bundled espeak-ng ({exc}); {REINSTALL}, or install espeak-ng "
            "and set NARRATE_ESPEAK=system"
        ) from None
    _check_data(data, REINSTALL)
    os.environ["ESPEAK_DATA_PATH"] = str(data)
    return data


def _check_system_data() -> None:
    """Check the folder ESPEAK_DATA_PATH names, where espeak-ng looks first (if unset or
    not a folder, espeak-ng uses its built-in path, which it checks itself)."""
    setting = os.environ.get("ESPEAK_DATA_PATH")
    if not setting or not sys.platform.startswith("linux"):
        return
    folder = Path(setting)
    data = folder / "espeak-ng-data" if (folder / "espeak-ng-data").is_dir() else folder
    if data.is_dir():
        _check_data(data, "point ESPEAK_DATA_PATH at the folder of espeak-ng-data, or unset it")


def _initialize_synchronous() -> None:
    """Start espeak-ng in synchronous mode, before pyttsx3 would start it asynchronously.

    pyttsx3 initializes espeak-ng once a process with AUDIO_OUTPUT_RETRIEVAL: each
    message is queued to espeak-ng's own thread, which wakes to it and polls; that left
    the caller waiting about 6 ms a segment beyond the synthesis itself (0.38 s of wall
    time for 0.16 s of CPU on 40 segments). Synchronous, espeak-ng synthesizes within
    `Synth`, on the thread that calls it (the engine's own, see `_synth_on_own_thread`),
    and calls back there. pyttsx3's driver is told that espeak-ng is initialized, with
    the default voice it would have noted.
    """
    from pyttsx3.drivers import _espeak
    from pyttsx3.drivers.espeak import EspeakDriver

    if EspeakDriver._moduleInitialized:
        return
    if _espeak.Initialize(_espeak.AUDIO_OUTPUT_SYNCHRONOUS, 1000) == -1:
        raise RuntimeError("could not initialize espeak")
    current = _espeak.GetCurrentVoice()
    name = current.contents.name if current and current.contents.name else b"gmw/en"
    EspeakDriver._defaultVoice = name.decode("utf-8")
    EspeakDriver._moduleInitialized = True
    _COLLECTOR.synchronous = True


def _check_data(data: Path, fix: str) -> None:
    missing = [name for name in ESPEAK_DATA_FILES if not (data / name).is_file()]
    if missing:
        raise EngineError(f"espeak-ng's data in {data} lacks {', '.join(missing)}; {fix}")


class Pyttsx3Engine:
    """pyttsx3 driving espeak-ng (or the platform's speech service off Linux).

    One instance per process, used from one thread. On Linux speech comes back in memory;
    elsewhere each `synthesize` call writes a WAV into a private temporary directory
    (made on first use, removed by `close`), waits for it to be finished, reads it back
    and deletes it.
    """

    name = "espeak"

    def __init__(self, timeout_s: float = 30.0) -> None:
        self.timeout_s = timeout_s
        self._engine: Any = None
        self._data_dir: Path | None = None
        self._workdir: str | None = None
        self._done = threading.Event()
        self._errors: list[BaseException] = []
        self._settings: tuple[str, int, float] | None = None
        self._voices: list[Voice] | None = None
        self._count = 0
        self._thread: ThreadPoolExecutor | None = None
        self._late: Future[int] | None = None
        """A `Synth` call that outlived its timeout, until it ends."""
        self._version: tuple[bool, str] | None = None

    @property
    def version(self) -> str:
        """pyttsx3's version and, once the engine has started, the espeak-ng it loaded:
        looked up when first asked (reading package metadata takes milliseconds that
        `narrate script` need not spend)."""
        started = self._engine is not None
        if self._version is None or self._version[0] != started:
            found = f"pyttsx3 {_package_version('pyttsx3')}"
            if started:
                found += f" espeak-ng {_espeak_info()[0]}"
            self._version = (started, found)
        return self._version[1]

    def _start(self) -> Any:
        if self._engine is not None:
            return self._engine
        self._data_dir = _bundled_espeak()
        try:
            import pyttsx3

            if sys.platform.startswith("linux"):
                _initialize_synchronous()
            engine = pyttsx3.init()
        except Exception as exc:  # pyttsx3 raises RuntimeError, OSError or ImportError
            raise EngineError(
                f"cannot start the speech engine ({exc}); reinstall narrate with pip so that "
                "espeakng-loader is present, or unset NARRATE_ESPEAK"
            ) from None
        engine.connect("finished-utterance", self._on_finished)
        engine.connect("error", self._on_error)
        self._engine = engine
        return engine

    @staticmethod
    def _apply_settings(engine: Any, voice: str, rate: int, volume: float) -> None:
        """Set voice, rate and volume so that the very next utterance uses them.

        With espeak, pyttsx3's queued setProperty took effect one or more utterances
        late in about a quarter of changes (measured: 13 of 60 alternating-rate calls
        came back at the old rate). Setting espeak's parameters directly and waiting
        for espeak_Synchronize made 60 of 60 right.
        """
        if not sys.platform.startswith("linux"):
            engine.setProperty("voice", voice)
            engine.setProperty("rate", rate)
            engine.setProperty("volume", volume)
            return
        from pyttsx3.drivers import _espeak

        if _espeak.SetVoiceByName(voice.encode("utf-8")) != 0:
            raise EngineError(f"espeak-ng cannot load the voice {voice!r}")
        _espeak.SetParameter(_espeak.RATE, rate, 0)
        _espeak.SetParameter(_espeak.VOLUME, round(volume * 100), 0)
        _espeak.Synchronize()

    def _on_finished(self, name: object = None, completed: object = True) -> None:
        self._done.set()

    def _on_error(self, name: object = None, exception: BaseException | None = None) -> None:
        self._errors.append(exception or EngineError("unknown engine error"))

    def voices(self) -> list[Voice]:
        if self._voices is None:  # asked for by resolve_voice and again for its languages
            engine = self._start()
            found = []
            for voice in engine.getProperty("voices"):
                languages = tuple(
                    lang.decode("utf-8", "replace") if isinstance(lang, bytes) else str(lang)
                    for lang in (voice.languages or ())
                )
                found.append(Voice(str(voice.id), str(voice.name), languages, self.name))
            self._voices = found
        return list(self._voices)

    def info(self, voice: str) -> EngineInfo:
        self._start()  # for the version of the espeak-ng it loaded
        base = voice.partition("+")[0]
        languages = next((v.languages for v in self.voices() if v.id == base), ())
        return EngineInfo(
            self.name,
            self.version,
            PcmFormat(ESPEAK_SAMPLE_RATE, 1),
            MAX_CHARS,
            MS_PER_CHAR,
            languages,
            jobs_per_worker=MIN_JOBS_PER_WORKER,
            synthesis_vs_mp3=SYNTHESIS_VS_MP3,
        )

    def variants(self) -> list[str]:
        self._start()
        data = self._data_dir or _espeak_info()[1]
        folder = data / "voices" / "!v" if data else None
        if folder is None or not folder.is_dir():
            return []
        return sorted(entry.name for entry in folder.iterdir() if entry.is_file())

    def synthesize(self, spoken: str, voice: str, rate: int, volume: float) -> Audio:
        if not spoken.strip():
            raise EngineError("nothing to say: the engine was given empty text")
        engine = self._start()
        if self._settings != (voice, rate, volume):
            self._apply_settings(engine, voice, rate, volume)
            self._settings = (voice, rate, volume)
        if sys.platform.startswith("linux"):
            return self._synthesize_espeak(spoken)
        return self._synthesize_pyttsx3(engine, spoken)

    def _synthesize_espeak(self, spoken: str) -> Audio:
        """Synthesize through espeak-ng's retrieval callback, which runs on espeak's own
        thread; wait for its end-of-message event at most `timeout_s`."""
        from pyttsx3.drivers import _espeak

        collector = _COLLECTOR
        if _espeak.SynthCallback is not collector.installed:  # first use, or a new driver
            _espeak.SetSynthCallback(collector)  # pyttsx3's module keeps the reference
            collector.installed = _espeak.SynthCallback
        collector.chunks = []
        collector.marks = []
        collector.done.clear()
        collector.stopped = None
        # PHONEMES makes espeak-ng read [[phonemes]] from a pronunciation lexicon instead
        # of spelling them out.
        flags = _espeak.ENDPAUSE | _espeak.CHARS_UTF8 | _espeak.PHONEMES
        if collector.synchronous:
            status = self._synth_on_own_thread(_espeak.Synth, spoken.encode("utf-8"), flags)
        else:
            status = _espeak.Synth(spoken.encode("utf-8"), flags=flags)
        collector.take_stopped()
        if status != 0:
            self._settings = None
            raise EngineError(f"espeak-ng refused the text (error {status})")
        # synchronous: Synth returned when the message was said (no end event comes)
        finished = collector.synchronous or collector.done.wait(self.timeout_s)
        collector.take_stopped()
        if not finished:
            _espeak.Cancel()
            self._settings = None
            raise EngineError(f"the speech engine did not finish within {self.timeout_s:.0f} s")
        pcm = b"".join(collector.chunks)
        if not pcm:
            raise EngineError("the speech engine returned no audio")
        return Audio(pcm, ESPEAK_SAMPLE_RATE, marks=tuple(collector.marks))

    def _synth_on_own_thread(self, synth: Any, text: bytes, flags: int) -> int:
        """Run espeak-ng's synchronous `Synth` on this engine's own thread and wait for it
        at most `timeout_s`: its callbacks then never run on the main thread, where a
        signal's exception could strike before they can catch it, and a Ctrl-C ends the
        wait at once. Raises EngineError when it does not finish in time, and while a
        call that did not is still running."""
        if self._late is not None:
            if not self._late.done():
                raise EngineError("the speech engine is still busy with an earlier segment")
            self._late = None
        if self._thread is None:
            self._thread = ThreadPoolExecutor(1, thread_name_prefix="espeak")
        running: Future[int] = self._thread.submit(synth, text, flags=flags)
        try:
            return running.result(self.timeout_s)
        except FutureTimeout:
            self._late = running
            self._settings = None
            raise EngineError(
                f"the speech engine did not finish within {self.timeout_s:.0f} s"
            ) from None

    def _synthesize_pyttsx3(self, engine: Any, spoken: str) -> Audio:
        if self._workdir is None:
            self._workdir = tempfile.mkdtemp(prefix="narrate-engine-")
        self._count += 1
        path = os.path.join(self._workdir, f"segment-{self._count}.wav")
        self._done.clear()
        self._errors.clear()
        with contextlib.redirect_stdout(io.StringIO()):  # pyttsx3 prints "Audio saved to"
            engine.save_to_file(spoken, path)
            engine.runAndWait()
            finished = self._done.wait(self.timeout_s)
        if self._errors:
            self._settings = None
            raise EngineError(f"the speech engine failed: {self._errors[0]}")
        if not finished:
            raise EngineError(f"the speech engine did not finish within {self.timeout_s:.0f} s")
        try:
            return read_file(path)
        except (OSError, ValueError) as exc:
            raise EngineError(f"the speech engine wrote no usable audio ({exc})") from None
        finally:
            with contextlib.suppress(OSError):
                os.remove(path)

    def close(self) -> None:
        if self._thread is not None:
            self._thread.shutdown(wait=False)
            self._thread = None
        if self._workdir:
            shutil.rmtree(self._workdir, ignore_errors=True)
            self._workdir = None


class _Collector:
    """espeak-ng's synthesis callback, one per process as espeak-ng is (it runs on
    espeak's own thread): keeps the samples and the word marks, and notes the end of
    the message. Installed once, and again only if a new pyttsx3 driver took its place,
    never while espeak may be calling it."""

    def __init__(self) -> None:
        self.chunks: list[bytes] = []
        self.marks: list[WordMark] = []
        self.done = threading.Event()
        self.installed: object = None
        """The ctypes function pyttsx3's bindings made of it when it was installed."""
        self.synchronous = False
        """espeak-ng synthesizes within `Synth` (see `_initialize_synchronous`)."""
        self.stopped: BaseException | None = None
        """A signal's exception (Ctrl-C, SIGTERM) raised while the callback ran, for
        `take_stopped` to raise again: ctypes would print a traceback and drop it."""

    def __call__(self, wav: Any, samples: int, events: Any) -> int:
        try:
            if samples > 0:
                self.chunks.append(ctypes.string_at(wav, samples * 2))
            if _read_events(events, self.marks):
                self.done.set()
        except BaseException as exc:  # a signal handler's, if espeak called us on main
            self.stopped = exc
            self.done.set()
            return 1  # espeak-ng stops the message
        return 0

    def take_stopped(self) -> None:
        """Raise the exception a signal raised inside the callback, if one did."""
        stopped, self.stopped = self.stopped, None
        if stopped is not None:
            raise stopped


def _read_events(events: Any, marks: list[WordMark]) -> bool:
    """Read one list of espeak-ng events (`espeak_EVENT`s up to the terminating one):
    append a mark for each word event, its `sample` (in the message's audio, at
    `ESPEAK_SAMPLE_RATE`) as the start and its `text_position` (1-based, in characters
    with CHARS_UTF8) as the offset. Return whether the message ended."""
    from pyttsx3.drivers import _espeak

    ended = False
    i = 0
    while events[i].type != _espeak.EVENT_LIST_TERMINATED:
        event = events[i]
        if event.type == _espeak.EVENT_WORD:
            start_ms = 1000.0 * event.sample / ESPEAK_SAMPLE_RATE
            marks.append(WordMark(start_ms, max(0, event.text_position - 1), event.length))
        elif event.type == _espeak.EVENT_MSG_TERMINATED:
            ended = True
        i += 1
    return ended


_COLLECTOR = _Collector()


def _package_version(name: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "unknown"


def _espeak_info() -> tuple[str, Path | None]:
    """The loaded libespeak-ng's version and data directory (Linux only; pyttsx3 started)."""
    if not sys.platform.startswith("linux"):
        return "none", None
    from pyttsx3.drivers import _espeak

    info = _espeak.dll.espeak_Info
    info.restype = ctypes.c_char_p
    info.argtypes = [ctypes.POINTER(ctypes.c_char_p)]
    path = ctypes.c_char_p()
    version = info(ctypes.byref(path))
    return (
        version.decode() if version else "unknown",
        Path(path.value.decode()) if path.value else None,
    )


ENGINE = Pyttsx3Engine
"""For the registry in narrate.engines: espeak-ng speaks every voice no other engine claims."""
