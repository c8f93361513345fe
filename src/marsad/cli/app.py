"""The `marsad` Typer application: every command module of this package registers itself on `app`.

The command modules are imported on demand: `marsad.cli.main` imports only the module of the
command it runs (`marsad events` never imports SQLAlchemy, httpx or FastAPI); anything else that
asks the application for its commands (help, tests, `typer.main.get_command`) gets all of them.
"""

from __future__ import annotations

import importlib
from typing import Any

import typer

# command name → module of this package that registers it
COMMAND_MODULES = {
    "alerts": "alerts", "bench": "bench", "dates": "dates", "events": "events", "export": "export",
    "extract": "extract", "gazetteer": "gazetteer", "ingest": "ingest", "places": "places", "reextract": "review",
    "review": "review", "serve": "serve", "stats": "stats",
}


class OnDemandTyper(typer.Typer):
    """A Typer application that imports its command modules when its commands are first read."""

    def __init__(self, **kwargs: Any) -> None:
        self._pending = True
        super().__init__(**kwargs)

    def load(self, command: str | None = None) -> None:
        """Import the module of `command` only (when it is one), or every command module."""
        self._pending = False
        names = [COMMAND_MODULES[command]] if command in COMMAND_MODULES else sorted(set(COMMAND_MODULES.values()))
        for name in names:
            importlib.import_module(f"marsad.cli.{name}")

    def _ready(self) -> None:
        if self._pending:
            self.load()

    @property
    def registered_commands(self) -> list[Any]:
        self._ready()
        return self._commands

    @registered_commands.setter
    def registered_commands(self, value: list[Any]) -> None:
        self._commands = value

    @property
    def registered_groups(self) -> list[Any]:
        self._ready()
        return self._groups

    @registered_groups.setter
    def registered_groups(self, value: list[Any]) -> None:
        self._groups = value


app = OnDemandTyper(
    name="marsad",
    help="marsad (مرصد): Arabic news → geolocated, deduplicated conflict events (ACLED typology).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root() -> None:
    # A group even when only one command module is loaded ("marsad events FILE" stays a subcommand).
    pass
