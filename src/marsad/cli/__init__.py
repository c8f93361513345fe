"""The `marsad` command line: a thin shell over the library functions.

Each command lives in its own module of this package and registers itself on `app`.
"""

from __future__ import annotations

import typer

app = typer.Typer(
    name="marsad",
    help="marsad (مرصد): Arabic news → geolocated, deduplicated conflict events (ACLED typology).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Command modules (each adds its commands to `app` on import).
from marsad.cli import (  # noqa: E402,F401
    bench,
    dates,
    events,
    export,
    extract,
    gazetteer,
    ingest,
    places,
    serve,
    stats,
)


def main() -> None:
    app()
