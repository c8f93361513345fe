"""The tables of the event store (SQLAlchemy Core), one definition for SQLite and PostgreSQL.

Conventions, chosen so that the SQLite file opens in Datasette as it is and reads well there:

* Every identifier that a re-run must reproduce is derived from content, never an autoincrement:
  documents (`d` + content hash), events (`e` + hash of document and event key), places,
  clusters (`c` + hash of the founding event). Autoincrement keys appear only in logs (ingest runs,
  revisions), whose rows are expected to differ between two runs.
* Dates are ISO text (`YYYY-MM-DD`), timestamps ISO text in UTC, lists and mappings JSON text,
  booleans integers 0/1 on SQLite. Offsets index `documents.norm_text`.
* The columns the API filters on (date, type, admin1, country, coordinates, modality) are plain
  columns of `events` and `clusters`, with indexes; actors have their own table
  (`event_actors`, indexed by name) so that "events of this actor" is one index lookup.
* Full-text search: SQLite FTS5 table `documents_fts` (external content on `documents`), PostgreSQL
  a `tsvector` column with a GIN index; both created by migrations (`migrations.py`).
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

schema_migrations = Table(
    "schema_migrations", metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("name", Text, nullable=False),
    Column("applied_at", Text, nullable=False),
)

sources = Table(
    "sources", metadata,
    Column("name", String(200), primary_key=True),
    Column("kind", Text),  # corpus | file | feed | url
    Column("first_seen", Text),
)

ingest_runs = Table(
    "ingest_runs", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", Text, nullable=False),
    Column("finished_at", Text),
    Column("status", Text, nullable=False),  # running | done | failed
    Column("sources", Text),  # JSON list of the SOURCE arguments
    Column("workers", Integer),
    Column("documents_seen", Integer, default=0),
    Column("documents_added", Integer, default=0),
    Column("documents_skipped", Integer, default=0),
    Column("documents_failed", Integer, default=0),
    Column("events_added", Integer, default=0),
    Column("clusters_total", Integer, default=0),
    Column("seconds", Float),
    Column("docs_per_s", Float),
    Column("versions", Text),  # JSON: marsad version, schema version
)

documents = Table(
    "documents", metadata,
    Column("id", String(40), primary_key=True),
    Column("doc_key", Text, nullable=False),  # the input document's own id (`doc` of its events)
    Column("source", String(200), ForeignKey("sources.name")),
    Column("url", String(2000), unique=True),
    Column("content_hash", String(64), nullable=False, unique=True),  # sha256 of the raw input
    Column("text_hash", String(64), nullable=False),  # sha256 of the normalized article text
    Column("title", Text),
    Column("published", String(10)),
    Column("section", Text),  # JSON list
    Column("author", Text),
    Column("site_name", Text),
    Column("language", String(16)),
    Column("raw_kind", String(8), nullable=False),  # text | html
    Column("raw", Text, nullable=False),  # the input text or HTML as received (decoded)
    Column("body", Text, nullable=False),  # the article's full text (title, blank line, body)
    Column("norm_text", Text, nullable=False),  # normalize(body).text: evidence spans index it
    Column("minhash", LargeBinary),  # MinHash signature (near-duplicate documents)
    Column("near_dup_of", String(40)),  # the earlier stored document this one nearly repeats
    Column("n_events", Integer, nullable=False, default=0),
    Column("meta", Text),  # JSON: versions, stage timings
    Column("run_id", Integer),
    Column("ingested_at", Text, nullable=False),
    Index("ix_documents_text_hash", "text_hash"),
    Index("ix_documents_published", "published"),
    Index("ix_documents_source", "source"),
)

minhash_bands = Table(
    "minhash_bands", metadata,
    Column("band", Integer, primary_key=True, autoincrement=False),
    Column("bucket", String(32), primary_key=True),
    Column("document_id", String(40), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
)

places = Table(
    "places", metadata,
    Column("id", String(80), primary_key=True),  # gazetteer id, or `p` + hash of the fields
    Column("name", Text),
    Column("name_ar", Text),
    Column("country", Text),
    Column("admin1", Text),
    Column("admin2", Text),
    Column("admin3", Text),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("geo_precision", Integer),
    Index("ix_places_admin1", "admin1"),
)

actors = Table(
    "actors", metadata,
    Column("name", String(300), primary_key=True),
    Column("inter", Integer),
    Column("country", Text),
    Column("parent", Text),
)

def _date_indexes(table: str) -> list[Index]:
    """The listing indexes events and clusters share: by date, and by type, governorate or
    country then date."""
    return [Index(f"ix_{table}_date", "date_key", "id"), Index(f"ix_{table}_type_date", "event_type", "date_key"),
            Index(f"ix_{table}_admin1_date", "admin1", "date_key"),
            Index(f"ix_{table}_country_date", "country", "date_key")]


events = Table(
    "events", metadata,
    Column("id", String(40), primary_key=True),
    Column("document_id", String(40), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("doc_key", Text, nullable=False),
    Column("seq", Integer, nullable=False),
    Column("event_type", String(64), nullable=False),
    Column("sub_event_type", String(64), nullable=False),
    Column("disorder_type", Text),
    Column("event_date", String(10)),
    Column("date_key", String(10), nullable=False),  # event_date, or "" when unknown (sorting, paging)
    Column("time_precision", Integer, nullable=False),
    Column("actor1", String(300)),
    Column("actor2", String(300)),
    Column("place_id", String(80), ForeignKey("places.id")),
    Column("location", Text),  # place name as the record gives it
    Column("country", String(100)),
    Column("admin1", String(200)),
    Column("admin2", String(200)),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("geo_precision", Integer),
    Column("fatalities", Integer),
    Column("quantity", Integer),
    Column("modality", String(16), nullable=False),
    Column("aggregate", Boolean, nullable=False, default=False),
    Column("background", Boolean, nullable=False, default=False),
    Column("civilian_targeting", Boolean, nullable=False, default=False),
    Column("confidence", Float, nullable=False),
    Column("source", String(200)),
    Column("record", Text, nullable=False),  # JSON: Event.to_record(), exactly as extracted
    # the words that gave the date and the toll, with their spans in norm_text (also in `record`)
    Column("date_words", Text),
    Column("date_span_start", Integer),
    Column("date_span_end", Integer),
    Column("fatalities_words", Text),
    Column("fatalities_span_start", Integer),
    Column("fatalities_span_end", Integer),
    # unreviewed | accepted | corrected | rejected: the overlay of `reviews` (store/review.py)
    Column("review_status", String(12), nullable=False, default="unreviewed", server_default="unreviewed"),
    *_date_indexes("events"),
    # more indexes (fatality order, covering page keys): migrations._page_indexes
)

event_actors = Table(
    "event_actors", metadata,
    Column("event_id", String(40), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("role", String(16), primary_key=True),  # actor1 actor2 assoc_actor_1 assoc_actor_2 claimed_by
    Column("position", Integer, primary_key=True, autoincrement=False),
    Column("actor", String(300), ForeignKey("actors.name"), nullable=False),
    Column("text", Text),
    Column("span_start", Integer),
    Column("span_end", Integer),
    Column("date_key", String(10)),  # the event's date_key: "events of an actor, newest first" from the index
    Index("ix_event_actors_actor_date", "actor", "date_key", "event_id"),
)

evidence = Table(
    "evidence", metadata,
    Column("event_id", String(40), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True, autoincrement=False),
    Column("text", Text, nullable=False),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
)

clusters = Table(
    "clusters", metadata,
    Column("id", String(40), primary_key=True),
    Column("event_type", String(64), nullable=False),
    Column("sub_event_type", String(64), nullable=False),
    Column("disorder_type", Text),
    Column("event_date", String(10)),
    Column("date_key", String(10), nullable=False),
    Column("date_min", String(10)),
    Column("date_max", String(10)),
    Column("time_precision", Integer),
    Column("actor1", String(300)),
    Column("actor2", String(300)),
    Column("place_id", String(80)),
    Column("location", Text),
    Column("country", String(100)),
    Column("admin1", String(200)),
    Column("admin2", String(200)),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("geo_precision", Integer),
    Column("fatalities", Integer),
    Column("fatalities_min", Integer),
    Column("fatalities_max", Integer),
    Column("modality", String(16)),
    Column("civilian_targeting", Boolean, nullable=False, default=False),
    Column("confidence", Float),
    Column("n_reports", Integer, nullable=False),
    Column("n_documents", Integer, nullable=False),
    Column("n_sources", Integer, nullable=False),
    Column("sources", Text),  # JSON list of source names
    Column("representative", String(40)),  # the member event whose fields the cluster shows
    Column("created_run", Integer),
    Column("updated_run", Integer),
    Column("review_status", String(12), nullable=False, default="unreviewed", server_default="unreviewed"),
    *_date_indexes("clusters"),
    # more indexes: migrations._page_indexes
)

cluster_members = Table(
    "cluster_members", metadata,
    Column("event_id", String(40), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("cluster_id", String(40), ForeignKey("clusters.id"), nullable=False),
    # copies that let "incidents reported in documents matching a text query, newest first" be read
    # from one index: the member's document and the cluster's date_key
    Column("document_id", String(40)),
    Column("date_key", String(10)),
    Index("ix_cluster_members_cluster", "cluster_id"),
    Index("ix_cluster_members_document_date", "document_id", "date_key", "cluster_id"),
)

# The actors of each cluster's reports (any role), with the cluster's date_key: "incidents of an
# actor, newest first" from one index. Rewritten with the cluster (`store.clusters`).
cluster_actors = Table(
    "cluster_actors", metadata,
    Column("cluster_id", String(40), ForeignKey("clusters.id"), primary_key=True),
    Column("actor", String(300), primary_key=True),
    Column("date_key", String(10), nullable=False),
    Index("ix_cluster_actors_actor_date", "actor", "date_key", "cluster_id"),
)

cluster_revisions = Table(
    "cluster_revisions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer),
    Column("at", Text, nullable=False),
    Column("action", String(16), nullable=False),  # join | merge | split
    Column("cluster_id", String(40), nullable=False),
    Column("other", Text),  # JSON: the merged-in or split-off cluster ids, or the joined events
    Index("ix_cluster_revisions_cluster", "cluster_id"),
)

failures = Table(
    "failures", metadata,
    Column("id", String(40), primary_key=True),  # hash of (origin, document key, stage)
    Column("origin", Text, nullable=False),  # the SOURCE argument or URL the document came from
    Column("doc_key", Text, nullable=False),
    Column("url", Text),
    Column("stage", String(32), nullable=False),  # read | fetch | robots | feed | article | extract | store
    Column("reason", Text, nullable=False),
    Column("details", Text),  # JSON
    Column("attempts", Integer, nullable=False, default=1),
    Column("first_run", Integer),
    Column("last_run", Integer),
    Column("last_seen", Text),
    Index("ix_failures_stage", "stage"),
)

# Documents that cluster workers stored (`store/shared_writes.py`) and whose near-duplicate link
# (`documents.near_dup_of`) the ingest client has not yet settled: it does so in the order the
# sources gave them (`position` within the run), so the links are those of one writer.
near_dup_pending = Table(
    "near_dup_pending", metadata,
    Column("document_id", String(40), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("run_id", Integer, nullable=False),
    Column("position", Integer, nullable=False),
    Index("ix_near_dup_pending_order", "run_id", "position"),
)

http_cache = Table(
    "http_cache", metadata,
    Column("url", String(2000), primary_key=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("status", Integer),
    Column("content_hash", String(64)),
    Column("fetched_at", Text),
)

# Alerts (`store/alerts.py`, docs/alerts.md): saved views, their webhook targets, what each target
# was last sent of each incident, and the delivery log.
alert_views = Table(
    "alert_views", metadata,
    Column("name", String(64), primary_key=True),  # [A-Za-z0-9_-]: the feed is /feeds/{name}.atom
    Column("title", Text),  # free text (Arabic welcome): the feed's title
    Column("filters", Text, nullable=False),  # JSON: the parameters of /api/events, validated
    Column("created_at", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
)

alert_targets = Table(
    "alert_targets", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("view", String(64), ForeignKey("alert_views.name", ondelete="CASCADE"), nullable=False),
    Column("url", String(2000), nullable=False),  # http(s) only, checked against the address policy
    Column("secret", Text, nullable=False),  # the HMAC-SHA256 key of the signature header
    Column("created_at", Text, nullable=False),
    Index("ux_alert_targets_view_url", "view", "url", unique=True),
)

# The last revision of each incident handed to a target: an incident is "new" for a target when it
# has no row here, "updated" when its number of reports or sources differs from the row's.
alert_state = Table(
    "alert_state", metadata,
    Column("target_id", Integer, ForeignKey("alert_targets.id", ondelete="CASCADE"), primary_key=True),
    Column("cluster_id", String(40), primary_key=True),
    Column("n_reports", Integer, nullable=False),
    Column("n_sources", Integer, nullable=False),
    Column("delivery_id", String(40)),  # the delivery that carried it (None: the baseline of --from-now)
    Column("at", Text, nullable=False),
)

alert_deliveries = Table(
    "alert_deliveries", metadata,
    Column("id", String(40), primary_key=True),  # the delivery id: receivers' idempotency key
    Column("target_id", Integer, nullable=False),  # (no foreign key: the log outlives its target)
    Column("view", String(64), nullable=False),
    Column("url", String(2000), nullable=False),
    Column("created_at", Text, nullable=False),
    Column("status", String(16), nullable=False),  # pending | delivered | rejected
    Column("n_new", Integer, nullable=False),
    Column("n_updated", Integer, nullable=False),
    Column("payload", Text, nullable=False),  # the JSON body, sent byte for byte on every attempt
    Column("attempts", Integer, nullable=False, default=0),
    Column("last_status", Integer),  # HTTP status of the last attempt (None: no answer)
    Column("last_error", Text),
    Column("last_attempt_at", Text),
    Column("delivered_at", Text),
    Column("history", Text),  # JSON list of attempts: at, status, error, seconds
    Index("ix_alert_deliveries_target_status", "target_id", "status"),
    Index("ix_alert_deliveries_created", "created_at"),
)


# ---------------------------------------------------------------- reviews (store/review.py)
# An analyst's decision on a report or an incident. Its identity survives re-extraction and
# re-clustering: a report's review is keyed by the report's anchor (its document and the span of its
# first evidence sentence, `review.anchor`), an incident's by the id it had when first reviewed, with
# the anchors of its reports (`anchors`) to find it again after a merge or a new extraction.
# `target_id` is the report or incident the review applies to now; `fields` the reviewed values,
# written over the extracted ones whenever the target's row is written again.
reviews = Table(
    "reviews", metadata,
    Column("key", String(200), primary_key=True),  # "r:" + anchor (reports), "k:" + first cluster id
    Column("kind", String(8), nullable=False),  # report | cluster
    Column("target_id", String(40), nullable=False),
    Column("status", String(12), nullable=False),  # accepted | corrected | rejected
    Column("reason", String(16)),  # rejections: not_an_event duplicate background wrong_place other
    Column("note", Text),
    Column("fields", Text, nullable=False),  # JSON: reviewed field → value
    Column("corrected", Text, nullable=False),  # JSON list of the fields a reviewer changed
    Column("anchors", Text, nullable=False),  # JSON list: anchors of the reports seen at review time
    Column("evidence", Text),  # the first evidence sentence at review time (`marsad review stats`)
    Column("sub_event_type", String(64)),  # as extracted, at review time
    Column("reviewer", String(64), nullable=False),
    Column("reviewed_at", Text, nullable=False),
    Index("ix_reviews_target", "target_id"),
    Index("ix_reviews_status", "status", "target_id"),
)

review_history = Table(
    "review_history", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("review_key", String(200), nullable=False),
    Column("target_id", String(40), nullable=False),
    Column("reviewer", String(64), nullable=False),
    Column("at", Text, nullable=False),
    Column("field", String(32), nullable=False),  # status, reason, note, or a reviewed field
    Column("old", Text),  # JSON
    Column("new", Text),  # JSON
    Index("ix_review_history_key", "review_key", "id"),
)

# Tables whose rows a re-run must reproduce exactly (the crash test compares them).
CONTENT_TABLES = ("sources", "documents", "minhash_bands", "places", "actors", "events",
                  "event_actors", "evidence", "clusters", "cluster_members", "cluster_actors")
