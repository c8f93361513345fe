"""`marsad serve`: the web API and the analyst map over the event store (uvicorn)."""

from __future__ import annotations

import dataclasses
import os
import socket
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from marsad.cli.app import app
from marsad.errors import MarsadError


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on host:port (port 0: any free port), IPv4 or IPv6."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY only on sockets whose proto says TCP (without
    # it, small responses wait ~40 ms for delayed ACKs on keep-alive connections).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def address(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


@app.command()
def serve(
    db: str = typer.Option(None, "--db", help="SQLite file or database URL (default: $MARSAD_DB or $MARSAD_HOME/marsad.db)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (0.0.0.0 exposes it to the network)."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="Port to listen on (0: any free port)."),
    workers: int = typer.Option(1, "--workers", min=1, max=64, help="Server processes sharing the socket."),
    allowed_host: Annotated[list[str] | None, typer.Option(
        "--allowed-host", help="A host name the server answers (Host header; repeatable; '*.example.org' "
                                   "for subdomains, '*' for any). Default: the bind address, localhost, "
                                   "127.0.0.1 and ::1, plus $MARSAD_ALLOWED_HOSTS.")] = None,
) -> None:
    """Serve the REST API (/api, docs at /docs) and the analyst map (/) until interrupted.

    Read-only unless MARSAD_API_TOKEN is set; MARSAD_TILE_URL adds a tile layer over the map's
    offline country outlines; MARSAD_API_CACHE_MB sizes the cache of repeated answers (0: none).
    Requests whose Host header names another host are answered 400 (DNS rebinding).
    Prints the address on standard output once it listens.
    """
    # here, not at the top: the web stack (0.5 s) loads for `serve` only, not for every command
    import uvicorn

    from marsad.api import create_app
    from marsad.api.app import SERVE_DB
    from marsad.api.hosts import default_hosts
    from marsad.api.settings import ApiSettings

    target = str(Path(db)) if db and "://" not in db else db
    try:
        settings = ApiSettings.from_env()
        hosts = default_hosts(host, [*(settings.allowed_hosts or ()), *(allowed_host or ())])
        os.environ["MARSAD_ALLOWED_HOSTS"] = ",".join(hosts)  # for the worker processes too
        web = create_app(target, dataclasses.replace(settings, allowed_hosts=hosts))  # opens the store: a
        # missing database fails here, before listening
    except MarsadError as e:
        typer.echo(f"marsad serve: {e}", err=True)
        raise typer.Exit(2) from e
    try:
        sock = bind(host, port)
    except OSError as e:
        typer.echo(f"marsad serve: cannot listen on {host}:{port}: {e.strerror}", err=True)
        raise typer.Exit(2) from e
    url = address(sock)
    typer.echo(f"marsad: serving {web.state.store_url.split('///')[-1]} at {url} (API docs: {url}docs)")
    sys.stdout.flush()
    options: dict[str, Any] = {"log_level": "warning", "access_log": False, "proxy_headers": False, "server_header": False,
               "timeout_graceful_shutdown": 3}
    if workers == 1:
        uvicorn.Server(uvicorn.Config(web, **options)).run(sockets=[sock])
        return
    # Several processes: each builds its own app from the environment (`app_from_env`).
    from uvicorn.supervisors import Multiprocess  # (see above: web stack for `serve` only)

    web.state.store.close()
    os.environ[SERVE_DB] = target or ""
    config = uvicorn.Config("marsad.api.app:app_from_env", factory=True, workers=workers, **options)
    Multiprocess(config, sockets=[sock]).run()
