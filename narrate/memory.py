"""How much memory a long run keeps: large blocks go back to the system when freed.

glibc's malloc raises its mmap threshold each time a large block is freed, so that later
blocks of that size come from the heap, and it keeps one arena per thread; freed memory
in either stays in the process. With pieces of several megabytes encoded on two threads,
that kept the main process 30 MB (a quarter) larger than what it held on the 10,000-word
benchmark text. Other C libraries and systems are left as they are.
"""

from __future__ import annotations

import ctypes
import platform
import sys

M_MMAP_THRESHOLD = -3
M_ARENA_MAX = -8
LARGE_BLOCK = 1 << 20
"""Blocks of this many bytes or more are mapped on their own, and unmapped when freed."""
ARENAS = 2


def return_large_blocks() -> bool:
    """On glibc, map blocks of `LARGE_BLOCK` bytes and more on their own (a fixed
    threshold: freed, they leave the process at once) and use at most `ARENAS` malloc
    arenas. True when both were set; False, changing nothing, on other C libraries."""
    if sys.platform != "linux" or platform.libc_ver()[0] != "glibc":
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    return bool(mallopt(M_MMAP_THRESHOLD, LARGE_BLOCK)) and bool(mallopt(M_ARENA_MAX, ARENAS))
