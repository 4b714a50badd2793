"""narrate: turn a news article into one narrated audio file for offline listening.

The public surface is `narrate.pipeline` (`build`, `narrate`, `Settings`), the data
classes it returns, the `Engine` protocol and the `NarrateError` hierarchy; the stage
modules read top to bottom: article -> segment -> speak -> assemble -> export.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
