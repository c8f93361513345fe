"""The `marsad` command line: a thin shell over the library functions.

Each command lives in its own module of this package and registers itself on `app`
(`marsad.cli.app`). `main()` imports only the module of the command it runs, so that a small
`marsad events` call does not pay for the web, store and export stacks; `app` used otherwise
(help, tests) imports them all when its commands are first read.
"""

from __future__ import annotations

import sys

from marsad.cli.app import app

__all__ = ["app", "main"]


def main() -> None:
    words = [a for a in sys.argv[1:] if not a.startswith("-")]
    if words and not any(a in ("--help", "-h") for a in sys.argv[1:2]):
        app.load(words[0])
    app()
