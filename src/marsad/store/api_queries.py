"""Queries the web API needs beyond the store's own (owned by the API; bound parameters only).

`counts_by_day_type`: rows matching an `EventQuery` counted per event date and event type, the
data of the page's stacked timeline.
"""

from __future__ import annotations

from sqlalchemy import func, select

from marsad.store import schema as t
from marsad.store.engine import Store
from marsad.store.queries import EventQuery, event_filters


def counts_by_day_type(store: Store, query: EventQuery) -> dict[str, dict[str, int]]:
    """{"YYYY-MM-DD": {event_type: count}} over the rows of `query.view` matching its filters
    (rows without a date are left out)."""
    tbl = t.clusters if query.view == "clusters" else t.events
    stmt = (select(tbl.c.event_date, tbl.c.event_type, func.count())
            .where(*event_filters(store, tbl, query), tbl.c.date_key != "")
            .group_by(tbl.c.event_date, tbl.c.event_type))
    out: dict[str, dict[str, int]] = {}
    with store.engine.connect() as conn:
        for day, event_type, n in conn.execute(stmt):
            out.setdefault(day, {})[event_type] = int(n)
    return dict(sorted(out.items()))
