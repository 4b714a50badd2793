"""`python -m narrate` and the `narrate` command.

Ctrl-C, SIGTERM, SIGHUP or SIGQUIT while the command line loads, before anything is
written, ends it at once with status 128 + the signal's number and one line;
`cli.errors_at_the_edge` takes over from there.
"""

from __future__ import annotations

import contextlib
import os
import signal
from types import FrameType


def main() -> None:
    for name in ("SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT"):
        number = getattr(signal, name, None)
        if number and signal.getsignal(number) is not signal.SIG_IGN:  # background, nohup
            signal.signal(number, _leave)
    from narrate.cli import main as command

    command(prog_name="narrate")


def _leave(signum: int, frame: FrameType | None) -> None:
    words = {"SIGINT": "interrupted", "SIGTERM": "terminated", "SIGQUIT": "quit"}
    words["SIGHUP"] = "hung up (the terminal closed)"  # as cli.STOPPING_SIGNALS says
    what = words.get(signal.Signals(signum).name, "stopped")
    with contextlib.suppress(OSError):  # after SIGHUP the terminal may be gone
        os.write(2, f"narrate: {what}; no output was written\n".encode())
    os._exit(128 + signum)


if __name__ == "__main__":
    main()
