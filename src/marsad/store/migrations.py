"""Versioned schema migrations, each recorded in `schema_migrations` (version, name, applied_at).

A migration is a function of a connection inside a transaction; `migrate(engine)` applies the ones
not yet recorded, in order, each in its own transaction, so a crash leaves the database at a
recorded version. Append new migrations at the end of `MIGRATIONS`; never edit an applied one.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, inspect, select, update

from marsad.errors import StoreError
from marsad.store import schema
from marsad.store.dialects import dialect_named
from marsad.store.provenance import is_local_path, source_name


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    apply: Callable[[Connection], None]


def _initial(conn: Connection) -> None:
    # The migrations table is created by `migrate` itself; everything else here.
    tables = [t for t in schema.metadata.sorted_tables if t.name != "schema_migrations"]
    schema.metadata.create_all(conn, tables=tables, checkfirst=True)


def _full_text(conn: Connection) -> None:
    dialect_named(conn.dialect.name).create_full_text(conn)


# Indexes of the API's page queries (`queries._page_select`). The expression `coalesce(fatalities,
# -1)` must be spelled exactly as the queries spell it (a literal -1, not a parameter).
_PAGE_INDEXES = (
    "ix_events_type_fatalities ON events (event_type, coalesce(fatalities, -1), id)",
    "ix_events_fatalities ON events (coalesce(fatalities, -1), id)",
    "ix_clusters_type_fatalities ON clusters (event_type, coalesce(fatalities, -1), id)",
    "ix_clusters_fatalities ON clusters (coalesce(fatalities, -1), id)",
    # covering: a page's ids are chosen from these without reading the (wide) rows
    "ix_events_document_date ON events (document_id, date_key, id)",
    "ix_events_lonlat_date ON events (longitude, latitude, date_key, id)",
    "ix_clusters_lonlat_date ON clusters (longitude, latitude, date_key, id)",
    "ix_cluster_members_event_cluster ON cluster_members (event_id, cluster_id)",  # dropped by 4
)
_PAGE_INDEXES_REPLACE = ("ix_events_document", "ix_events_lonlat", "ix_clusters_lonlat")


def _page_indexes(conn: Connection) -> None:
    for ddl in _PAGE_INDEXES:
        conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {ddl}")
    for name in _PAGE_INDEXES_REPLACE:  # their columns lead the new ones
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")


def _columns(conn: Connection, table: str) -> set[str]:
    return {c["name"] for c in inspect(conn).get_columns(table)}


def _member_keys(conn: Connection) -> None:
    """Copies of the sort key beside the member filters (see schema.py): event_actors.date_key,
    cluster_members.document_id and .date_key, and the cluster_actors table, filled from what
    is stored. A fresh database has them from migration 1; only the copies are filled here."""
    schema.cluster_actors.create(conn, checkfirst=True)
    if "date_key" not in _columns(conn, "event_actors"):
        conn.exec_driver_sql("ALTER TABLE event_actors ADD COLUMN date_key VARCHAR(10)")
    have = _columns(conn, "cluster_members")
    for col, kind in (("document_id", "VARCHAR(40)"), ("date_key", "VARCHAR(10)")):
        if col not in have:
            conn.exec_driver_sql(f"ALTER TABLE cluster_members ADD COLUMN {col} {kind}")
    conn.exec_driver_sql("UPDATE event_actors SET date_key = "
                         "(SELECT e.date_key FROM events e WHERE e.id = event_actors.event_id)")
    conn.exec_driver_sql("UPDATE cluster_members SET "
                         "document_id = (SELECT e.document_id FROM events e WHERE e.id = cluster_members.event_id), "
                         "date_key = (SELECT c.date_key FROM clusters c WHERE c.id = cluster_members.cluster_id)")
    conn.exec_driver_sql("DELETE FROM cluster_actors")
    conn.exec_driver_sql("INSERT INTO cluster_actors (cluster_id, actor, date_key) "
                         "SELECT DISTINCT cm.cluster_id, ea.actor, cm.date_key FROM cluster_members cm "
                         "JOIN event_actors ea ON ea.event_id = cm.event_id")
    for ddl in ("ix_event_actors_actor_date ON event_actors (actor, date_key, event_id)",
                "ix_cluster_members_document_date ON cluster_members (document_id, date_key, cluster_id)",
                "ix_cluster_actors_actor_date ON cluster_actors (actor, date_key, cluster_id)"):
        conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {ddl}")
    for name in ("ix_event_actors_actor", "ix_cluster_members_event_cluster"):
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")


_WORD_COLUMNS = (("date_words", "TEXT"), ("date_span_start", "INTEGER"), ("date_span_end", "INTEGER"),
                 ("fatalities_words", "TEXT"), ("fatalities_span_start", "INTEGER"),
                 ("fatalities_span_end", "INTEGER"))


def _words_and_outlets(conn: Connection) -> None:
    """The words behind each event's date and toll as columns (filled from the stored records
    that carry them), and outlet names instead of the local paths earlier versions stored as the
    source of files (see `provenance.source_name`)."""
    have = _columns(conn, "events")
    for col, kind in _WORD_COLUMNS:
        if col not in have:
            conn.exec_driver_sql(f"ALTER TABLE events ADD COLUMN {col} {kind}")
    rows = conn.execute(select(schema.events.c.id, schema.events.c.record).where(
        schema.events.c.record.like('%_words":{%'))).all()
    for ident, record in rows:
        rec = json.loads(record)
        values: dict[str, object] = {}
        for name, key in (("date", "event_date_words"), ("fatalities", "fatalities_words")):
            w = rec.get(key)
            if isinstance(w, dict) and isinstance(w.get("span"), list) and len(w["span"]) == 2:
                values.update({f"{name}_words": w.get("text"), f"{name}_span_start": w["span"][0],
                               f"{name}_span_end": w["span"][1]})
        if values:
            conn.execute(update(schema.events).where(schema.events.c.id == ident).values(**values))
    _outlets(conn)


def _outlets(conn: Connection) -> None:
    d, e, c = schema.documents, schema.events, schema.clusters
    renamed: dict[str, str] = {}
    moves: list[tuple[str, str]] = []
    for ident, source, site, url in conn.execute(select(d.c.id, d.c.source, d.c.site_name, d.c.url)).all():
        if source and is_local_path(source):
            name = source_name(source, site, url) or source
            renamed[source] = name  # one file, one name (site and URL belong to the file)
            moves.append((ident, name))
    if not renamed:
        return
    known = set(conn.execute(select(schema.sources.c.name)).scalars())
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    for name in sorted(set(renamed.values()) - known):  # the new names first (documents refer to them)
        conn.execute(schema.sources.insert().values(name=name, kind="file", first_seen=stamp))
    for ident, name in moves:
        conn.execute(update(d).where(d.c.id == ident).values(source=name))
        conn.execute(update(e).where(e.c.document_id == ident).values(source=name))
    conn.execute(schema.sources.delete().where(schema.sources.c.name.in_(sorted(set(renamed) - set(renamed.values())))))
    for ident, sources in conn.execute(select(c.c.id, c.c.sources)).all():
        names = json.loads(sources or "[]")
        if any(n in renamed for n in names):
            fixed = sorted({renamed.get(n, n) for n in names})
            conn.execute(update(c).where(c.c.id == ident).values(
                sources=json.dumps(fixed, ensure_ascii=False), n_sources=len(fixed)))


def _alerts(conn: Connection) -> None:
    """The tables of saved views, webhook targets, alert state and the delivery log (a fresh
    database has them from migration 1)."""
    for table in (schema.alert_views, schema.alert_targets, schema.alert_state, schema.alert_deliveries):
        table.create(conn, checkfirst=True)


def _reviews(conn: Connection) -> None:
    """The review tables and the `review_status` column of events and clusters (store/review.py)."""
    for table in ("events", "clusters"):
        if "review_status" not in _columns(conn, table):
            conn.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN review_status VARCHAR(12) "
                                 "NOT NULL DEFAULT 'unreviewed'")
    schema.reviews.create(conn, checkfirst=True)
    schema.review_history.create(conn, checkfirst=True)


def _near_dup_pending(conn: Connection) -> None:
    """The documents stored by cluster workers whose near-duplicate link is not yet settled."""
    schema.near_dup_pending.create(conn, checkfirst=True)


def _batched_full_text(conn: Connection) -> None:
    """The full-text entries of a batch of documents inserted in one statement after its rows
    (`Dialect.insert_documents`) instead of one by one by the insert trigger."""
    dialect_named(conn.dialect.name).batch_full_text(conn)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial tables", _initial),
    Migration(2, "full-text search over documents", _full_text),
    Migration(3, "indexes of the API's pages (fatality order, covering page keys)", _page_indexes),
    Migration(4, "sort keys beside the member filters (actor and text in the clusters view)", _member_keys),
    Migration(5, "words behind dates and tolls; outlet names instead of local paths", _words_and_outlets),
    Migration(6, "alerts: saved views, webhook targets, alert state, delivery log", _alerts),
    Migration(7, "reviews: decisions, corrections and their history; review_status of events and clusters",
              _reviews),
    Migration(8, "near-duplicate links still to settle (documents stored by cluster workers)", _near_dup_pending),
    Migration(9, "full-text entries of a batch of documents inserted in one statement", _batched_full_text),
)

SCHEMA_VERSION = MIGRATIONS[-1].version


def applied_versions(conn: Connection) -> set[int]:
    if not inspect(conn).has_table("schema_migrations"):
        return set()
    return set(conn.execute(select(schema.schema_migrations.c.version)).scalars())


def current_version(engine: Engine) -> int:
    with engine.connect() as conn:
        return max(applied_versions(conn), default=0)


def migrate(engine: Engine) -> list[int]:
    """Apply pending migrations; returns the versions applied now. Raises StoreError when the
    database was written by a newer marsad (a version this code does not know)."""
    with engine.begin() as conn:
        schema.schema_migrations.create(conn, checkfirst=True)
    done: list[int] = []
    with engine.connect() as conn:
        applied = applied_versions(conn)
    unknown = applied - {m.version for m in MIGRATIONS}
    if unknown:
        raise StoreError(f"the database has schema version {max(unknown)}, newer than this marsad "
                         f"({SCHEMA_VERSION}); upgrade marsad")
    for m in MIGRATIONS:
        if m.version in applied:
            continue
        with engine.begin() as conn:
            if dialect_named(conn.dialect.name).lock_for_migration(conn) and m.version in applied_versions(conn):
                continue  # another process applied it while this one waited for the lock
            m.apply(conn)
            conn.execute(schema.schema_migrations.insert().values(
                version=m.version, name=m.name, applied_at=datetime.now(UTC).isoformat(timespec="seconds")))
        done.append(m.version)
    return done
