"""Reading the store: filtered, keyset-paged event lists (reports or clusters), one event, one
document, and iteration for exports. SQL is built only with bound parameters.

`EventQuery` carries the filters of the web API and of `marsad export`; `query_events` returns a
`Page` with `items` and `next_cursor` (an opaque string; pass it back as `cursor`).
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    Table,
    and_,
    case,
    func,
    literal_column,
    not_,
    or_,
    select,
    tuple_,
)

from marsad.errors import StoreError
from marsad.store import schema as t
from marsad.store.engine import Store
from marsad.store.review import rejected_ids
from marsad.text.normalize import norm

SORTS = ("-date", "date", "-fatalities", "fatalities", "review")  # review: unreviewed first, newest first
VIEWS = ("clusters", "reports")
# which reviewed rows a listing shows: the default leaves out the rejected ones
REVIEW_FILTERS = ("default", "all", "unreviewed", "accepted", "corrected", "rejected")
MAX_LIMIT = 1000


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Filters, order and page of an event listing. Empty tuples mean "any"."""

    date_from: date | None = None
    date_to: date | None = None
    types: tuple[str, ...] = ()
    sub_types: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()  # canonical actor names, any role
    admin1: tuple[str, ...] = ()
    country: tuple[str, ...] = ()
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north (degrees)
    modality: tuple[str, ...] = ()
    q: str | None = None  # full-text query over the article texts
    sort: str = "-date"
    limit: int | None = 100  # None: no limit (exports)
    cursor: str | None = None
    view: str = "clusters"
    # records of earlier incidents told as context (background) and summaries of several
    # (aggregate) are left out of the reports view unless True; they are never clustered, so
    # the clusters view never shows them
    include_background: bool = False
    review: str = "default"  # one of REVIEW_FILTERS

    def __post_init__(self) -> None:
        if self.review not in REVIEW_FILTERS:
            raise StoreError(f"unknown review filter {self.review!r}; one of {', '.join(REVIEW_FILTERS)}")
        if self.sort not in SORTS:
            raise StoreError(f"unknown sort {self.sort!r}; one of {', '.join(SORTS)}")
        if self.view not in VIEWS:
            raise StoreError(f"unknown view {self.view!r}; one of {', '.join(VIEWS)}")
        if self.limit is not None and not 1 <= self.limit <= MAX_LIMIT:
            raise StoreError(f"limit must be between 1 and {MAX_LIMIT}")
        if self.bbox is not None:
            w, s, e, n = self.bbox
            if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= n <= 90):
                raise StoreError("bbox must be west,south,east,north in degrees with south <= north")


@dataclass(frozen=True, slots=True)
class Page:
    items: list[dict[str, Any]]
    next_cursor: str | None


def parse_bbox(value: str) -> tuple[float, float, float, float]:
    """"west,south,east,north" → a tuple of floats (StoreError when it is not one)."""
    try:
        parts = tuple(float(p) for p in value.split(","))
    except ValueError as e:
        raise StoreError(f"bbox must be four numbers west,south,east,north, not {value!r}") from e
    if len(parts) != 4:
        raise StoreError(f"bbox must be four numbers west,south,east,north, not {value!r}")
    return parts[0], parts[1], parts[2], parts[3]


def _encode_cursor(key: Any, ident: str) -> str:
    raw = json.dumps([key, ident], ensure_ascii=False).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _decode_cursor(cursor: str) -> tuple[Any, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        key, ident = json.loads(raw)
    except (ValueError, TypeError) as e:
        raise StoreError("invalid cursor") from e
    if not isinstance(ident, str) or not isinstance(key, str | int):
        raise StoreError("invalid cursor")
    return key, ident


_FTS_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_terms(q: str) -> list[str]:
    """The words of a text query, normalized like the stored text."""
    return _FTS_TOKEN.findall(norm(q))


def _doc_ids_matching(store: Store, q: str) -> Any:
    """A selectable of the ids of documents whose text contains every word of `q` (None: no words)."""
    terms = fts_terms(q)
    if not terms:
        return None
    return store.backend.documents_matching(terms)


def _date_conds(col: Any, qy: EventQuery) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if qy.date_from:
        conds.append(col >= qy.date_from.isoformat())
    if qy.date_to:
        conds.append(and_(col <= qy.date_to.isoformat(), col != ""))
    return conds


def _row_conds(tbl: Table, qy: EventQuery) -> list[ColumnElement[bool]]:
    """The filters on the row's own columns, dates aside."""
    c = tbl.c
    conds: list[ColumnElement[bool]] = []
    if qy.types:
        conds.append(c.event_type.in_(qy.types))
    if qy.sub_types:
        conds.append(c.sub_event_type.in_(qy.sub_types))
    if qy.admin1:
        conds.append(c.admin1.in_(qy.admin1))
    if qy.country:
        conds.append(c.country.in_(qy.country))
    if qy.modality:
        conds.append(c.modality.in_(qy.modality))
    if qy.bbox:
        w, s, e, n = qy.bbox
        lon = c.longitude.between(w, e) if w <= e else or_(c.longitude >= w, c.longitude <= e)
        conds.append(and_(lon, c.latitude.between(s, n)))
    return conds


def _review_conds(tbl: Table, qy: EventQuery, ident: Any = None) -> list[ColumnElement[bool]]:
    """The review filter. The default leaves out rejected rows by id (`NOT IN` a small set, on
    `ident` when given: the id column of a table that carries it), so the covering indexes still
    cover; a report of a rejected incident is left out with it."""
    if qy.review == "all":
        return []
    if qy.review != "default":
        return [tbl.c.review_status == qy.review]
    col = tbl.c.id if ident is None else ident
    conds = [col.not_in(rejected_ids())]
    if tbl is t.events:
        conds.append(col.not_in(select(t.cluster_members.c.event_id)
                                .where(t.cluster_members.c.cluster_id.in_(rejected_ids()))))
    return conds


def _actor_events(actors: tuple[str, ...]) -> Select[Any]:
    return select(t.event_actors.c.event_id).where(t.event_actors.c.actor.in_(actors))


def event_filters(store: Store, tbl: Table, qy: EventQuery) -> list[ColumnElement[bool]]:
    """Every filter of `qy` as conditions on `tbl` (events or clusters)."""
    c = tbl.c
    conds = _date_conds(c.date_key, qy) + _row_conds(tbl, qy) + _review_conds(tbl, qy)
    if not qy.include_background and tbl is t.events:  # (clusters never hold such records)
        conds.append(not_(or_(t.events.c.background, t.events.c.aggregate)))
    # Actor and text conditions go through the member events of a cluster.
    ev_conds: list[ColumnElement[bool]] = []
    if qy.q:
        ids = _doc_ids_matching(store, qy.q)
        if ids is None:
            conds.append(c.id.is_(None))
        else:
            ev_conds.append(t.events.c.document_id.in_(ids))
    if tbl is t.events:
        if qy.actors:
            conds.append(c.id.in_(_actor_events(qy.actors)))
        conds.extend(ev_conds)
    elif ev_conds or qy.actors:
        # The clusters with a member report that meets them, as one set (`IN`), not a correlated
        # test per cluster: the set is small next to the clusters walked newest first otherwise.
        cm = t.cluster_members
        members = select(cm.c.cluster_id)
        if ev_conds:
            members = members.join(t.events, t.events.c.id == cm.c.event_id).where(*ev_conds)
        if qy.actors:
            members = members.where(cm.c.event_id.in_(_actor_events(qy.actors)))
        conds.append(c.id.in_(members))
    return conds


# `-1` is rendered as a literal: SQLite (and PostgreSQL) use an expression index only when the
# query spells the same expression, and a bound parameter is not the same expression.
NO_FATALITIES: ColumnElement[int] = literal_column("-1")


def _sort_key(tbl: Table, sort: str) -> ColumnElement[Any]:
    if sort == "review":  # "1YYYY-MM-DD" for unreviewed rows, "0…" for the others: descending
        return case((tbl.c.review_status == "unreviewed", literal_column("'1'")),
                    else_=literal_column("'0'")).concat(tbl.c.date_key)
    if sort.endswith("date"):
        return tbl.c.date_key
    return func.coalesce(tbl.c.fatalities, NO_FATALITIES)


def _keyset(key: Any, ident: Any, qy: EventQuery) -> tuple[list[ColumnElement[bool]], list[Any]]:
    """The cursor condition and the order of a page keyed by (key, ident)."""
    desc = qy.sort.startswith("-") or qy.sort == "review"
    conds: list[ColumnElement[bool]] = []
    if qy.cursor:
        ck, cid = _decode_cursor(qy.cursor)
        conds.append(tuple_(key, ident) < tuple_(ck, cid) if desc else tuple_(key, ident) > tuple_(ck, cid))
    return conds, ([key.desc(), ident.desc()] if desc else [key.asc(), ident.asc()])


def _member_driven_ids(store: Store, tbl: Table, qy: EventQuery) -> Select[Any] | None:
    """For a page in date order filtered by actor or text, the page's ids read from the table of
    the filter, which carries the date beside it (event_actors, cluster_members, cluster_actors):
    the newest matches come from one index range, instead of looking every match up in the
    events or clusters to learn its date. None when the query has no such shape."""
    if not qy.sort.endswith("date"):
        return None
    if tbl is t.events:
        if not qy.actors or qy.q:
            return None
        link: Any = t.event_actors
        conds: list[ColumnElement[bool]] = [link.c.actor.in_(qy.actors)]
        ident, main_id = link.c.event_id, t.events.c.id
    elif qy.q:
        docs = _doc_ids_matching(store, qy.q)
        if docs is None:
            return None
        link = t.cluster_members
        conds = [link.c.document_id.in_(docs)]
        if qy.actors:  # both on the same report
            conds.append(link.c.event_id.in_(_actor_events(qy.actors)))
        ident, main_id = link.c.cluster_id, t.clusters.c.id
    elif qy.actors:
        link = t.cluster_actors
        conds = [link.c.actor.in_(qy.actors)]
        ident, main_id = link.c.cluster_id, t.clusters.c.id
    else:
        return None
    key = link.c.date_key
    cursor, order = _keyset(key, ident, qy)
    by_id = qy.review in ("default", "all")
    stmt = select(key, ident).distinct().where(*conds, *_date_conds(key, qy), *cursor,
                                               *(_review_conds(tbl, qy, ident) if by_id else []))
    others = _row_conds(tbl, qy) + ([] if by_id else _review_conds(tbl, qy))
    if others:
        stmt = stmt.join(tbl, main_id == ident).where(*others)
    stmt = stmt.order_by(*order)
    if qy.limit is not None:
        stmt = stmt.limit(qy.limit + 1)
    page = stmt.subquery()
    return select(page.c[ident.name])


_EVENT_FIELDS = ("id", "document_id", "event_type", "sub_event_type", "event_date", "time_precision", "actor1",
                 "actor2", "location", "country", "admin1", "admin2", "latitude", "longitude", "geo_precision",
                 "fatalities", "modality", "source", "confidence", "review_status")
_CLUSTER_FIELDS = ("id", "event_type", "sub_event_type", "event_date", "date_min", "date_max", "time_precision",
                   "actor1", "actor2", "location", "country", "admin1", "admin2", "latitude", "longitude",
                   "geo_precision", "fatalities", "fatalities_min", "fatalities_max", "modality", "confidence",
                   "n_reports", "n_documents", "n_sources", "sources", "representative", "review_status")


def _page_select(store: Store, tbl: Table, qy: EventQuery, *, full: bool = False) -> Select[Any]:
    """The rows of one page, in order. The page's ids are chosen first, by a query that touches
    only indexes where it can; the rows (wide: events carry their JSON record) are read for those
    ids alone, so a filter matching thousands of rows never sorts thousands of wide rows.

    `full` selects every column (exports); otherwise the fields of a list item (`_EVENT_FIELDS`,
    `_CLUSTER_FIELDS`), events with `doc_key` and the text of their first evidence sentence, and
    always the sort key last (`_key`)."""
    key = _sort_key(tbl, qy.sort)
    cursor, order = _keyset(key, tbl.c.id, qy)
    ids = _member_driven_ids(store, tbl, qy)
    if ids is None:
        ids = select(tbl.c.id).where(*event_filters(store, tbl, qy), *cursor).order_by(*order)
        if qy.limit is not None:
            ids = ids.limit(qy.limit + 1)
    if full:
        cols: list[Any] = list(tbl.c)
    elif tbl is t.events:
        ev = t.evidence
        first = (select(ev.c.text).where(ev.c.event_id == tbl.c.id, ev.c.position == 0)
                 .scalar_subquery().label("_evidence"))
        cols = [tbl.c[f] for f in _EVENT_FIELDS] + [tbl.c.doc_key, first]
    else:
        cols = [tbl.c[f] for f in _CLUSTER_FIELDS]
    return select(*cols, key.label("_key")).where(tbl.c.id.in_(ids)).order_by(*order)


def _event_items(rows: Sequence[Any]) -> list[dict[str, Any]]:
    n = len(_EVENT_FIELDS)
    out = []
    for r in rows:
        item = dict(zip(_EVENT_FIELDS, r, strict=False))
        item["kind"] = "report"
        item["doc"] = r[n]
        item["evidence"] = r[n + 1]
        out.append(item)
    return out


def _cluster_items(rows: Sequence[Any]) -> list[dict[str, Any]]:
    out = []
    for r in rows:
        item = dict(zip(_CLUSTER_FIELDS, r, strict=False))
        item["kind"] = "cluster"
        item["sources"] = json.loads(item["sources"] or "[]")
        out.append(item)
    return out


def query_events(store: Store, qy: EventQuery, *, time_limit: float | None = None) -> Page:
    """One page of events (view "reports") or deduplicated incidents (view "clusters").

    `time_limit` (seconds, where the back end can interrupt a query: SQLite): interrupt the query
    when it has used that much CPU time, or ten times that much wall time (waiting for the disk),
    and raise `OverTime`. (The web API
    runs pages on its event loop under a limit, and runs the few that overrun in a worker thread.)
    """
    tbl = t.clusters if qy.view == "clusters" else t.events
    stmt = _page_select(store, tbl, qy)
    with store.engine.connect() as conn:
        rows = store.backend.run_limited(conn, stmt, time_limit)
    more = qy.limit is not None and len(rows) > qy.limit
    rows = rows[:qy.limit] if qy.limit is not None else rows
    items = _cluster_items(rows) if tbl is t.clusters else _event_items(rows)
    nxt = _encode_cursor(rows[-1][-1], rows[-1][0]) if more and rows else None
    return Page(items, nxt)


def iter_rows(store: Store, qy: EventQuery, batch: int = 1000) -> Iterator[Any]:
    """Every row (events or clusters, as `qy.view` says) matching the filters, in pages of `batch`."""
    tbl = t.clusters if qy.view == "clusters" else t.events
    cur = replace(qy, limit=batch, cursor=None)
    while True:
        with store.engine.connect() as conn:
            rows = conn.execute(_page_select(store, tbl, cur, full=True)).all()
        yield from rows[:batch]
        if len(rows) <= batch:
            return
        cur = replace(cur, cursor=_encode_cursor(rows[batch - 1]._key, rows[batch - 1].id))


def stream_rows(store: Store, qy: EventQuery, batch: int = 1000) -> Iterator[Any]:
    """The rows of `iter_rows` for exports, memory flat: on PostgreSQL one query read through a
    server-side cursor (`stream_results`, `batch` rows a fetch); on SQLite keyset pages, each its
    own short read, so a long export never holds a read transaction against the writers."""
    if not store.backend.server:
        yield from iter_rows(store, qy, batch=batch)
        return
    tbl = t.clusters if qy.view == "clusters" else t.events
    stmt = _page_select(store, tbl, replace(qy, limit=None, cursor=None), full=True)
    with store.engine.connect() as conn:
        yield from conn.execution_options(stream_results=True, yield_per=batch).execute(stmt)


def event_context(store: Store, event_ids: list[str]) -> dict[str, dict[str, Any]]:
    """For each event id: its record, cluster id, and its document's URL, title, source, dates."""
    out: dict[str, dict[str, Any]] = {}
    stmt = (select(t.events.c.id, t.events.c.record, t.cluster_members.c.cluster_id, t.documents.c.url,
                   t.documents.c.title, t.documents.c.source, t.documents.c.published, t.documents.c.doc_key,
                   t.documents.c.ingested_at)
            .select_from(t.events.join(t.documents, t.documents.c.id == t.events.c.document_id)
                         .outerjoin(t.cluster_members, t.cluster_members.c.event_id == t.events.c.id)))
    with store.engine.connect() as conn:
        for i in range(0, len(event_ids), 500):
            for r in conn.execute(stmt.where(t.events.c.id.in_(event_ids[i:i + 500]))):
                out[r.id] = {"record": json.loads(r.record), "cluster_id": r.cluster_id, "url": r.url,
                             "title": r.title, "source": r.source, "published": r.published, "doc": r.doc_key,
                             "ingested_at": r.ingested_at}
    return out


def actor_inters(store: Store, names: Sequence[str]) -> dict[str, int | None]:
    """The ACLED inter code of each named actor (reference data of the `actors` table)."""
    out: dict[str, int | None] = {}
    wanted = sorted(set(names))
    with store.engine.connect() as conn:
        for i in range(0, len(wanted), 500):
            for name, inter in conn.execute(select(t.actors.c.name, t.actors.c.inter)
                                            .where(t.actors.c.name.in_(wanted[i:i + 500]))):
                out[name] = inter
    return out


def cluster_member_ids(store: Store, cluster_ids: list[str]) -> dict[str, list[str]]:
    """For each cluster id, its member event ids (sorted)."""
    out: dict[str, list[str]] = {c: [] for c in cluster_ids}
    with store.engine.connect() as conn:
        for i in range(0, len(cluster_ids), 500):
            rows = conn.execute(select(t.cluster_members.c.cluster_id, t.cluster_members.c.event_id)
                                .where(t.cluster_members.c.cluster_id.in_(cluster_ids[i:i + 500])))
            for cid, eid in rows:
                out[cid].append(eid)
    for v in out.values():
        v.sort()
    return out
