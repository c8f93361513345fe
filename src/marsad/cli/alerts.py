"""`marsad alerts`: saved views, their webhooks, delivery rounds and the delivery log
(docs/alerts.md). Every command writes JSON on stdout (one object, or one per line)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import typer

from marsad.alerts.runner import run_alerts
from marsad.alerts.settings import AlertSettings
from marsad.alerts.webhooks import check_secret, check_url, new_secret
from marsad.api.viewspec import canonical_filters, check_name, incident_query, parse_query
from marsad.cli.app import app
from marsad.cli.common import dumps, err_console
from marsad.errors import MarsadError
from marsad.store import Store, open_store
from marsad.store import alerts as saved

alerts_app = typer.Typer(help="Saved views, their Atom feeds and webhooks: `marsad alerts --help`.",
                         no_args_is_help=True)
app.add_typer(alerts_app, name="alerts")

DB_HELP = "SQLite path or database URL; default $MARSAD_DB or $MARSAD_HOME/marsad.db."


def _fail(message: str, code: int = 2) -> typer.Exit:
    err_console.print(f"[red]error:[/red] {message}", highlight=False)
    return typer.Exit(code)


@contextmanager
def _store(db: str | None) -> Iterator[Store]:
    try:
        store = open_store(db, create=False)
    except MarsadError as e:
        raise _fail(str(e)) from e
    try:
        yield store
    except MarsadError as e:
        raise _fail(str(e)) from e
    finally:
        store.close()


def _hooks(store: Store, view: str) -> list[dict[str, Any]]:
    return [{"id": x.id, "url": x.url, "created_at": x.created_at} for x in saved.targets(store, view)]


@alerts_app.command("views")
def views_command(db: str = typer.Option(None, "--db", help=DB_HELP)) -> None:
    """List the saved views, one JSON object per line: name, title, filters (the parameters of
    /api/events), created_at, updated_at, and their webhooks (id, url; never the secret)."""
    with _store(db) as store:
        for view in saved.list_views(store):
            view["webhooks"] = _hooks(store, view["name"])
            print(dumps(view))


@alerts_app.command("add")
def add_command(
    name: str = typer.Argument(..., help="The view's name: letters, digits, '-' and '_' (its feed is "
                                         "/feeds/NAME.atom)."),
    query: str = typer.Option(None, "--query", "-q", help="The filters as a query string of /api/events "
                              "('type=Battles&admin1=Aleppo&from=2024-01-01') or a map permalink ('#lang=ar&type=…'). "
                              "Given, it creates or replaces the view's filters; a new view without it matches "
                              "every incident."),
    title: str = typer.Option(None, "--title", help="The feed's title (any language; default: the name)."),
    webhook: str = typer.Option(None, "--webhook", help="Add a webhook target: an http(s) URL (non-public addresses "
                                "only with MARSAD_ALERT_ALLOW_PRIVATE=1 or MARSAD_ALERT_ALLOW_ADDRESSES)."),
    secret: str = typer.Option(None, "--secret", help="The webhook's signing secret (16 characters or more); "
                               "default: a new random one, printed once in the output."),
    from_now: bool = typer.Option(False, "--from-now", help="With --webhook: the incidents matching now count as "
                                  "sent; only later ones (and later reports of these) are delivered."),
    db: str = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Save a view (a named filter of /api/events) and optionally add a webhook to it. Prints one
    JSON object: the view, and the webhook (id, url, secret, and with --from-now how many
    incidents it starts from)."""
    try:
        check_name(name)
        filters = canonical_filters(parse_query(query)) if query is not None else None
        settings = AlertSettings.from_env()
        url = check_url(webhook, settings.policy) if webhook else None
        key = check_secret(secret) if secret is not None else new_secret()
    except MarsadError as e:
        raise _fail(str(e)) from e
    out: dict[str, Any] = {}
    with _store(db) as store:
        current = saved.get_view(store, name)
        if current is None or filters is not None or title is not None:
            view, _created = saved.save_view(store, name, title if title is not None else (current or {}).get("title"),
                                             filters if filters is not None else (current or {}).get("filters", {}))
        else:
            view = current
        out["view"] = view
        if url is not None:
            target = saved.add_target(store, name, url, key)
            hook: dict[str, Any] = {"id": target.id, "url": target.url, "secret": key}
            if from_now:
                hook["baseline"] = saved.baseline(store, target.id, incident_query(view["filters"]))
            out["webhook"] = hook
        out["view"]["webhooks"] = _hooks(store, name)
    print(dumps(out))


@alerts_app.command("remove")
def remove_command(
    name: str = typer.Argument(..., help="The view's name."),
    webhook: str = typer.Option(None, "--webhook", help="Remove only this webhook URL of the view."),
    db: str = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Remove a view with its webhooks (or, with --webhook, one webhook). The delivery log stays.
    Prints {"removed": …}; exit code 1 when there was nothing to remove."""
    with _store(db) as store:
        gone = saved.remove_target(store, name, webhook) if webhook else saved.delete_view(store, name)
    print(dumps({"removed": gone, "view": name, "webhook": webhook}))
    raise typer.Exit(0 if gone else 1)


@alerts_app.command("run")
def run_command(
    view: str = typer.Option(None, "--view", help="Only the webhooks of this view."),
    every: float = typer.Option(None, "--every", min=1.0, help="Run again every SECONDS until interrupted "
                                "(or --rounds rounds)."),
    rounds: int = typer.Option(0, "--rounds", min=0, help="With --every: stop after this many rounds (0: never)."),
    db: str = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Deliver to every webhook the incidents of its view that are new or updated since its last
    delivery (first the deliveries still pending from an earlier round). One JSON line per round:
    targets, deliveries, delivered, pending, rejected, new, updated, errors, and a log row per
    delivery. Exit code 1 when a delivery is left pending or rejected, or a target failed."""
    try:
        settings = AlertSettings.from_env()
    except MarsadError as e:
        raise _fail(str(e)) from e
    done = 0
    bad = False
    with _store(db) as store:
        while True:
            result = run_alerts(store, settings, incident_query, view=view)
            print(dumps(result.to_row()), flush=True)
            bad = bool(result.pending or result.rejected or result.errors)
            done += 1
            if every is None or (rounds and done >= rounds):
                break
            try:
                time.sleep(every)
            except KeyboardInterrupt:
                break
    raise typer.Exit(1 if bad else 0)


@alerts_app.command("log")
def log_command(
    view: str = typer.Option(None, "--view", help="Only the deliveries of this view."),
    status: str = typer.Option(None, "--status", help="Only deliveries in this state: pending, delivered, rejected."),
    limit: int = typer.Option(100, "--limit", min=1, max=100000, help="The newest N deliveries."),
    payload: bool = typer.Option(False, "--payload", help="Include each delivery's JSON body (as sent)."),
    db: str = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """The delivery log, newest first, one JSON object per line: id (the X-Marsad-Delivery header),
    view, url, created_at, status, n_new, n_updated, attempts, last_status, last_error,
    last_attempt_at, delivered_at, history (every attempt: at, status, error, seconds)."""
    if status is not None and status not in (saved.PENDING, saved.DELIVERED, saved.REJECTED):
        raise _fail("--status is one of pending, delivered, rejected")
    with _store(db) as store:
        for row in saved.delivery_log(store, view=view, status=status, limit=limit, with_payload=payload):
            print(dumps(row))
