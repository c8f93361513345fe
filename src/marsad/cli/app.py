"""The `marsad` Typer application: every command module of this package registers itself on `app`."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="marsad",
    help="marsad (مرصد): Arabic news → geolocated, deduplicated conflict events (ACLED typology).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
