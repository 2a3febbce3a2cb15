"""Process-wide settings for training on a worker thread while a window is drawn.

**One malloc arena.** glibc gives each new thread its own malloc arena. A training thread's
arena seems to grow and shrink its heap around every batch's tensors (pages mapped, zeroed and
given back each time), while the main thread's arena keeps its memory. Measured with
``benchmarks/bench_threads.py --where`` on 2 cores, the Keras CNN trained at 0.75× the main
thread's speed on a fresh thread each run (0.95× on one long-lived worker thread); with one
arena for every thread, at 0.98× and 0.99×. The app trains on a worker thread (the GUI keeps the
main one), so it asks glibc for a single arena (``mallopt(M_ARENA_MAX, 1)``, as the environment
variable ``MALLOC_ARENA_MAX=1`` would) before it starts any thread. Only glibc has this;
elsewhere it does nothing.

**OpenMP threads that wait without spinning.** PyTorch's CPU kernels run on an OpenMP team
(2 threads on 2 cores). By default an idle team member spins, burning its core, so that the
next small kernel starts at once. That is fastest on an otherwise idle machine, and collapses
when anything else wants a core — here the GUI thread drawing the curves, or any other
program: the team then waits at each barrier for a thread that is not running. Measured with
``benchmarks/bench_threads.py`` (Keras CNN, 2 threads, 2 cores, the machine busy with other
work): spinning 290 samples/s, waiting passively 1,742/s (one thread: 2,135/s); on the idle
machine, passive waiting costs about 15 % against spinning (12,100 against 14,400/s) and the
GUI then trains as fast as headless. So the app (not ``dlviz train``, which keeps PyTorch's
default) sets ``OMP_WAIT_POLICY=PASSIVE`` before torch is imported, unless the user set it.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys

M_ARENA_MAX = -8  # glibc's malloc.h

_tuned: bool | None = None


def gui_thread_policy() -> bool:
    """``OMP_WAIT_POLICY=PASSIVE`` for the app's process, when torch is not imported yet and the
    user did not choose. True when set here."""
    if "OMP_WAIT_POLICY" in os.environ or "torch" in sys.modules:
        return False
    os.environ["OMP_WAIT_POLICY"] = "PASSIVE"
    return True


def tune_allocator() -> bool:
    """One malloc arena for all threads (glibc on Linux only; once per process). True when set.

    Respects a ``MALLOC_ARENA_MAX`` the user set: then it changes nothing."""
    global _tuned
    if _tuned is not None:
        return _tuned
    _tuned = False
    if not sys.platform.startswith("linux") or "MALLOC_ARENA_MAX" in os.environ:
        return _tuned
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # no C library found by that name
        return _tuned
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    _tuned = bool(mallopt(M_ARENA_MAX, 1))
    return _tuned
