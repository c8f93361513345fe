"""The `marsad` command line: a thin shell over the library functions.

Each command lives in its own module of this package and registers itself on `app`
(`marsad.cli.app`). `main()` imports only the module of the command it runs, so that a small
`marsad events` call does not pay for the web, store and export stacks; `app` used otherwise
(help, tests) imports them all when its commands are first read.

`run()` (the `marsad` script and `python -m marsad`) is `main()` and, after a command that leaves
nothing behind but its objects in memory, a quick exit: Python's own exit frees every object one
by one (the gazetteer's places, the lexicon's automata: 0.3 s after a one-article `marsad
events` with Who's On First imported), the process's end frees them at once.
"""

from __future__ import annotations

import atexit
import gc
import os
import sys
import threading

from marsad.cli.app import app

__all__ = ["app", "main", "run"]

# commands that write their output through files they close themselves and leave no thread
# running (`marsad ingest` closes its store and stops its writer thread and worker processes:
# its exit took 0.15 s more without, after a SaudiNewsNet run)
QUICK_EXIT = frozenset({"events", "ingest"})
# The cyclic collector's first threshold for the process (Python's default: 700). Extraction makes
# and frees hundreds of thousands of small containers an article, nearly all freed by their
# reference counts; at 700 allocations a young collection ran about every 10 ms of `marsad events`
# over SaudiNewsNet (0.16 s of its 7 s), at 10,000 the collector takes 0.05 s (2 % less CPU time
# for the whole corpus, about 1 MB more at its peak). The older generations keep their thresholds.
YOUNG_THRESHOLD = 10_000


def main() -> None:
    words = [a for a in sys.argv[1:] if not a.startswith("-")]
    if words and not any(a in ("--help", "-h") for a in sys.argv[1:2]):
        app.load(words[0])
    app()


def run() -> None:
    """`main()`, then the exit of the process (quick after the commands of `QUICK_EXIT`)."""
    words = [a for a in sys.argv[1:] if not a.startswith("-")]
    gc.set_threshold(YOUNG_THRESHOLD, *gc.get_threshold()[1:])
    try:
        main()
    except SystemExit as e:
        code = e.code
        if not (words and words[0] in QUICK_EXIT and (code is None or isinstance(code, int))
                and threading.active_count() == 1):
            raise
    else:
        return
    # what Python's exit does besides freeing objects: the exit handlers and the standard streams
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            code = code or 1
    os._exit(code or 0)
