"""The one error hierarchy of narrate.

Every failure a user can cause or meet is a `NarrateError`; the CLI turns each into a
one-line message and an exit status. Anything else escaping the library is a bug.
"""

from __future__ import annotations


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
