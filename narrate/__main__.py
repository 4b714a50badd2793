"""`python -m narrate` and the `narrate` command.

Ctrl-C or SIGTERM while the command line loads, before anything is written, ends it at
once with status 130 or 143 and one line; `cli.errors_at_the_edge` takes over from there.
"""

from __future__ import annotations

import os
import signal
from types import FrameType


def main() -> None:
    for number in (signal.SIGINT, signal.SIGTERM):
        if signal.getsignal(number) is not signal.SIG_IGN:  # a shell's background job
            signal.signal(number, _leave)
    from narrate.cli import main as command

    command(prog_name="narrate")


def _leave(signum: int, frame: FrameType | None) -> None:
    what = "interrupted" if signum == signal.SIGINT else "terminated"
    os.write(2, f"narrate: {what}; no output was written\n".encode())
    os._exit(128 + signum)


if __name__ == "__main__":
    main()
