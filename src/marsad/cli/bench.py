"""`marsad bench NAME [ARGS]`: run a benchmark of `marsad.bench` (prints JSON figures)."""

from __future__ import annotations

import importlib
import pkgutil

import typer

from marsad import bench as bench_pkg
from marsad.cli.app import app


def available() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(bench_pkg.__path__)
                  if not m.name.startswith("_") and m.name not in bench_pkg.HELPERS)


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def bench(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="Benchmark to run (see the list below)."),
) -> None:
    """Run a benchmark and print its figures as JSON (documents/s, per core, ms per call ...).

    Benchmarks: extract, dates, places, events, ingest, dedup, api, growth (those installed are listed by
    `marsad bench list`). Arguments after the name go to the benchmark; its own help is
    `marsad bench NAME -- --help`.
    """
    if name == "list":
        typer.echo("\n".join(available()))
        return
    if name not in available():
        typer.echo(f"unknown benchmark {name!r}; available: {', '.join(available())}", err=True)
        raise typer.Exit(2)
    module = importlib.import_module(f"marsad.bench.{name}")
    raise typer.Exit(module.main(list(ctx.args)))
