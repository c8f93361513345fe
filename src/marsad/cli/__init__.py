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
from marsad.cli import bench, events, extract  # noqa: E402,F401
from marsad.cli import export, ingest, stats  # noqa: E402,F401  (event store commands)
from marsad.cli import dates  # noqa: E402,F401
from marsad.cli import gazetteer, places  # noqa: E402,F401
from marsad.cli import serve  # noqa: E402,F401  (web API and map)


def main() -> None:
    app()
