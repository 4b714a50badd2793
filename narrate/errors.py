"""The one error hierarchy of narrate.

Every failure a user can cause or meet is a `NarrateError`; the CLI turns each into a
one-line message and an exit status. Anything else escaping the library is a bug.
"""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass


class NarrateError(Exception):
    """Base of every error narrate raises on purpose. `exit_code` is the CLI's status."""

    exit_code = 1


class UsageError(NarrateError):
    """Raised when an option's value cannot work: an unknown voice, output format or rate."""

    exit_code = 2


class ArticleError(NarrateError):
    """Raised when the article cannot be read or has nothing to speak."""


class OutputError(NarrateError):
    """Raised when the output file cannot be written where it was asked for."""


class EngineError(NarrateError):
    """Raised when the speech engine cannot start, or fails on a segment after a retry."""


class LexiconError(NarrateError):
    """Raised when a pronunciation lexicon cannot be read or has a malformed line."""


_WRITE_FAILURES = {
    errno.ENOSPC: "no space left on the device; free some space or {elsewhere}",
    errno.EDQUOT: "over the disk quota; free some space or {elsewhere}",
    errno.EFBIG: "too large for the file system; {elsewhere}",
    errno.EROFS: "the file system is read-only; {elsewhere}",
    errno.EACCES: "permission denied; {elsewhere}",
    errno.ENOENT: "its folder was removed while narrate was writing; run again",
    errno.EIO: "an input/output error on the device; check the disk and run again",
}
OUTPUT_ELSEWHERE = "write elsewhere with -o"
CACHE_ELSEWHERE = "set NARRATE_CACHE_DIR to another folder, or use --no-cache"


def write_failure(detail: OSError | str, elsewhere: str = OUTPUT_ELSEWHERE) -> str:
    """What a failed write means and what to do, from an OSError or from a tool's message
    that quotes the system's words ("No space left on device"). `elsewhere` says how to
    write somewhere else."""
    if isinstance(detail, OSError):
        if detail.errno in _WRITE_FAILURES:
            return _WRITE_FAILURES[detail.errno].format(elsewhere=elsewhere)
        return (detail.strerror or str(detail)).lower()
    for code, meaning in _WRITE_FAILURES.items():
        if os.strerror(code).lower() in detail.lower():
            return meaning.format(elsewhere=elsewhere)
    return detail


@dataclass(frozen=True)
class Destination:
    """Where a write goes, as messages name it, with how to write elsewhere instead."""

    name: str
    elsewhere: str = OUTPUT_ELSEWHERE

    @classmethod
    def cache(cls, root: object) -> Destination:
        return cls(f"the segment cache in {root}", CACHE_ELSEWHERE)

    def failed(self, detail: OSError | str) -> OutputError:
        """The error for a write here that failed with `detail`."""
        failure = write_failure(detail, self.elsewhere)
        return OutputError(f"{self.name}: could not be written: {failure}")
