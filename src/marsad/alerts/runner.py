"""One delivery round (`marsad alerts run`): for every webhook target, first the deliveries still
pending from earlier runs (same id, same body), then the incidents of its view that are new or
updated since what it was last sent, in deliveries of at most `batch` incidents.

Guarantee: each revision of an incident (its numbers of reports and sources) goes into exactly
one delivery per target: the delivery is recorded, with its body, in the same transaction that
moves the target's state (`store.alerts.claim`), before anything is sent. A delivery is sent at
least once until the receiver answers 2xx (a crash after the POST and before its result is
recorded sends it again at the next run): at-least-once, with the delivery id as the receiver's
idempotency key. A second report of a known incident is an *update* of it ("3 sources now"),
never a new alert. Background records and summaries of several incidents are never clustered,
so never alerted; the view's filters decide the rest.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from marsad.alerts import render
from marsad.alerts.settings import AlertSettings
from marsad.alerts.webhooks import Sender
from marsad.errors import MarsadError
from marsad.store import EventQuery, Store
from marsad.store.alerts import (
    DELIVERED,
    PENDING,
    REJECTED,
    Change,
    ClaimConflict,
    Target,
    claim,
    get_view,
    incidents,
    pending_changes,
    pending_deliveries,
    record_attempts,
    targets,
)
from marsad.store.repository import now

QueryOf = Callable[[Mapping[str, Any]], EventQuery]


@dataclass
class RunResult:
    targets: int = 0
    deliveries: int = 0
    delivered: int = 0
    pending: int = 0
    rejected: int = 0
    new: int = 0
    updated: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)
    log: list[dict[str, Any]] = field(default_factory=list)  # one row per delivery tried

    def to_row(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in ("targets", "deliveries", "delivered", "pending", "rejected", "new",
                                                "updated", "errors", "log")}


def event_payload(item: dict[str, Any], change: Change, base_url: str) -> dict[str, Any]:
    """One incident of a delivery: what changed, its title and summary (Arabic, and English), its
    links, its fields."""
    out: dict[str, Any] = {
        "change": "new" if change.previous is None else "updated",
        "id": item["id"], "title": render.title(item, "ar"), "title_en": render.title(item, "en"),
        "summary": render.summary(item, "ar"), "summary_en": render.summary(item, "en"),
        "url": render.event_link(base_url, item["id"]), "api_url": render.api_link(base_url, item["id"]),
    }
    out.update({k: v for k, v in item.items() if k not in ("id", "location_ar")})
    out["location_ar"] = item.get("location_ar")
    if change.previous is not None:
        out["previous"] = {"n_reports": change.previous[0], "n_sources": change.previous[1]}
        out["note"] = render.sources_now(item["n_sources"], "ar")
        out["note_en"] = render.sources_now(item["n_sources"], "en")
    return out


def build_payload(view: dict[str, Any], delivery_id: str, changes: Sequence[Change],
                  items: Mapping[str, dict[str, Any]], base_url: str) -> str:
    """The JSON body of a delivery (docs/alerts.md, "Payload")."""
    body = {
        "delivery_id": delivery_id, "created_at": now(),
        "view": {"name": view["name"], "title": view.get("title"), "filters": view["filters"],
                 "feed": render.feed_link(base_url, view["name"]),
                 "map": render.view_link(base_url, view["filters"])},
        "events": [event_payload(items[ch.cluster_id], ch, base_url) for ch in changes],
    }
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


class _Round:
    def __init__(self, store: Store, settings: AlertSettings, sender: Sender, result: RunResult) -> None:
        self.store, self.settings, self.sender, self.result = store, settings, sender, result

    def send(self, target: Target, delivery_id: str, payload: str, n_new: int, n_updated: int) -> str:
        status, attempts = self.sender.deliver(target.url, target.secret, delivery_id, payload.encode("utf-8"))
        record_attempts(self.store, delivery_id, attempts, status)
        r = self.result
        r.deliveries += 1
        r.delivered += status == DELIVERED
        r.pending += status == PENDING
        r.rejected += status == REJECTED
        if status == DELIVERED:
            r.new += n_new
            r.updated += n_updated
        last = attempts[-1] if attempts else {}
        r.log.append({"delivery_id": delivery_id, "view": target.view, "url": target.url, "status": status,
                      "attempts": len(attempts), "last_status": last.get("status"), "error": last.get("error"),
                      "new": n_new, "updated": n_updated})
        return status

    def target(self, target: Target, query: EventQuery, view: dict[str, Any]) -> None:
        for d in pending_deliveries(self.store, target.id):  # the older ones first, as they were
            if self.send(target, d["id"], d["payload"], d["n_new"], d["n_updated"]) == PENDING:
                return  # the receiver is still down: nothing newer is claimed for it now
        while True:
            changes = pending_changes(self.store, target.id, query, self.settings.batch)
            items = incidents(self.store, [ch.cluster_id for ch in changes])
            changes = [ch for ch in changes if ch.cluster_id in items]
            if not changes:
                return
            delivery_id = str(uuid.uuid4())
            payload = build_payload(view, delivery_id, changes, items, self.settings.base_url)
            claim(self.store, target, delivery_id, payload, changes)
            n_new = sum(ch.previous is None for ch in changes)
            if self.send(target, delivery_id, payload, n_new, len(changes) - n_new) != DELIVERED:
                return


def run_alerts(store: Store, settings: AlertSettings, query_of: QueryOf, *, view: str | None = None,
               sender: Sender | None = None) -> RunResult:
    """One round over every webhook target (of `view` only, when given). `query_of` turns a view's
    stored filters into the store query of its incidents (`marsad.api.viewspec.incident_query`).
    A target that fails (an invalid stored view, a store error) is recorded in `errors` and the
    round goes on."""
    result = RunResult()
    own = sender is None
    sender = sender or Sender(settings)
    work = _Round(store, settings, sender, result)
    try:
        for target in targets(store, view):
            result.targets += 1
            try:
                found = get_view(store, target.view)
                if found is None:
                    continue
                work.target(target, query_of(found["filters"]), found)
            except ClaimConflict as e:
                result.errors.append({"view": target.view, "url": target.url, "error": str(e)})
            except (MarsadError, ValueError) as e:  # one target's trouble never stops the round
                result.errors.append({"view": target.view, "url": target.url, "error": f"{type(e).__name__}: {e}"})
    finally:
        if own:
            sender.close()
    return result
