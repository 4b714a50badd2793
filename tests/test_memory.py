from __future__ import annotations

import platform
import sys

from narrate.memory import return_large_blocks


def test_large_blocks_are_returned_on_glibc_and_nothing_changes_elsewhere() -> None:
    on_glibc = sys.platform == "linux" and platform.libc_ver()[0] == "glibc"
    assert return_large_blocks() is on_glibc
