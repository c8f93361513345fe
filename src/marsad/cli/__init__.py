"""The `marsad` command line: a thin shell over the library functions.

Each command lives in its own module of this package and registers itself on `app`
(`marsad.cli.app`); importing the modules here registers them all.
"""

from __future__ import annotations

from marsad.cli import (  # noqa: F401  (each module adds its commands to `app` on import)
    alerts,
    bench,
    dates,
    events,
    export,
    extract,
    gazetteer,
    ingest,
    places,
    review,
    serve,
    stats,
)
from marsad.cli.app import app

__all__ = ["app", "main"]


def main() -> None:
    app()
