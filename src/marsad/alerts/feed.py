"""The Atom 1.0 feed of a saved view (`GET /feeds/{name}.atom`): its newest incidents first, each
entry with a stable id (a name-based UUID of the incident id), an Arabic title built from the
incident's type, place and date, a link to the incident in the map, the time its latest report
was stored (`updated`: an entry changes when a new report joins its incident) and a summary that
says how many reports and outlets tell of it.

Written with ElementTree, which escapes every text and attribute; the feed is UTF-8 XML.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from marsad import __version__
from marsad.alerts import render
from marsad.store import EventQuery, Store, query_events
from marsad.store.alerts import incidents

ATOM = "http://www.w3.org/2005/Atom"
MEDIA_TYPE = "application/atom+xml; charset=utf-8"
FEED_SIZE = 50
EPOCH = "1970-01-01T00:00:00Z"


def atom_time(iso: str | None) -> str:
    """An ISO timestamp as RFC 3339 in UTC (`2024-05-02T10:00:00Z`)."""
    if not iso:
        return EPOCH
    moment = datetime.fromisoformat(iso)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def feed_items(store: Store, query: EventQuery, size: int = FEED_SIZE) -> list[dict[str, Any]]:
    """The newest incidents (by event date) of a view's `query`, with the fields entries show."""
    page = query_events(store, replace(query, view="clusters", sort="-date", limit=size, cursor=None))
    ids = [item["id"] for item in page.items]
    found = incidents(store, ids)
    return [found[i] for i in ids if i in found]


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    node = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
    if text is not None:
        node.text = text
    return node


def render_feed(view: dict[str, Any], items: Sequence[dict[str, Any]], base_url: str) -> bytes:
    """The Atom document of `view` (a stored view) over `items` (`feed_items`)."""
    ET.register_namespace("", ATOM)
    name = view["name"]
    root = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": "ar"})
    _sub(root, "id", render.feed_id(name))
    _sub(root, "title", view.get("title") or name)
    _sub(root, "subtitle", render.say("ar", "feed_subtitle", name=name))
    times = [atom_time(i.get("updated")) for i in items]
    _sub(root, "updated", max([*times, atom_time(view.get("updated_at"))]))
    _sub(root, "link", rel="self", type="application/atom+xml", href=render.feed_link(base_url, name))
    _sub(root, "link", rel="alternate", type="text/html", href=render.view_link(base_url, view["filters"]))
    author = _sub(root, "author")
    _sub(author, "name", "marsad")
    _sub(root, "generator", "marsad", version=__version__)
    for item, updated in zip(items, times, strict=True):
        entry = _sub(root, "entry")
        _sub(entry, "id", render.entry_id(item["id"]))
        _sub(entry, "title", render.title(item, "ar"))
        _sub(entry, "link", rel="alternate", type="text/html", href=render.event_link(base_url, item["id"]))
        _sub(entry, "link", rel="related", type="application/json", href=render.api_link(base_url, item["id"]))
        _sub(entry, "updated", updated)
        _sub(entry, "summary", render.summary(item, "ar"), type="text")
        _sub(entry, "category", term=str(item.get("event_type") or ""),
             label=render.strings()["types"].get(item.get("event_type"), {}).get("ar", ""))
    out: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return out
