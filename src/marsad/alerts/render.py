"""How an incident is told in a feed entry and a webhook payload: its title and summary in Arabic
(and English), the link to it in the map, and ids that never change.

The words are the page's own (`web/static/i18n.json`: interface strings, type, sub-type and
country names in both languages), so the map, the feed and the webhooks name things alike.
"""

from __future__ import annotations

import json
import uuid
from functools import cache
from typing import Any
from urllib.parse import quote, urlencode

from marsad.config import PACKAGE_DIR

I18N = PACKAGE_DIR / "web" / "static" / "i18n.json"
_NS = uuid.UUID("5b0c3c7e-7a1f-4d0e-9a55-6d6172736164")  # marsad's namespace of name-based UUIDs


@cache
def strings() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(I18N.read_text(encoding="utf-8"))
    return data


def say(lang: str, key: str, **values: Any) -> str:
    s = strings()
    text = str(s[lang].get(key) or s["en"][key])
    for k, v in values.items():
        text = text.replace("{" + k + "}", str(v))
    return text


def _kind(item: dict[str, Any], lang: str) -> str:
    s = strings()
    sub, typ = item.get("sub_event_type"), item.get("event_type")
    if lang == "ar":
        return str(s["sub_types"].get(sub) or (s["types"].get(typ) or {}).get("ar") or sub or typ or "")
    return str(sub or typ or "")


def _where(item: dict[str, Any], lang: str) -> str:
    place = (item.get("location_ar") if lang == "ar" else None) or item.get("location")
    country = item.get("country")
    if country and lang == "ar":
        country = strings()["countries"].get(country, country)
    parts = [p for p in (place, country) if p]
    if len(parts) == 2 and parts[0] == parts[1]:
        parts = parts[:1]
    return ("، " if lang == "ar" else ", ").join(parts)


def title(item: dict[str, Any], lang: str = "ar") -> str:
    """"غارة جوية أو بمسيرة في القامشلو، سوريا، 2024-01-26": what, where, when."""
    day = item.get("event_date") or say(lang, "alert_undated")
    where = _where(item, lang)
    if where:
        return say(lang, "alert_title", what=_kind(item, lang), where=where, date=day)
    return say(lang, "alert_title_nowhere", what=_kind(item, lang), date=day)


def summary(item: dict[str, Any], lang: str = "ar") -> str:
    """Title, actors, toll, and how many reports and outlets tell of it."""
    sep = "، " if lang == "ar" else ", "
    lines = [title(item, lang)]
    actors = [a for a in (item.get("actor1"), item.get("actor2")) if a]
    if actors:
        lines.append(say(lang, "alert_actors", names=sep.join(actors)))
    if item.get("fatalities") is not None:
        lines.append(say(lang, "alert_fatalities", n=item["fatalities"]))
    lines.append(say(lang, "alert_sources", reports=item.get("n_reports", 0), sources=item.get("n_sources", 0),
                     names=sep.join(item.get("sources") or [])))
    return ("؛ " if lang == "ar" else "; ").join(lines) + "."


def sources_now(n_sources: int, lang: str = "ar") -> str:
    return say(lang, "alert_sources_now", n=n_sources)


def event_link(base_url: str, cluster_id: str, lang: str = "ar") -> str:
    """The incident in the map (its permalink: the panel opens on it)."""
    return f"{base_url}/#" + urlencode({"lang": lang, "event": cluster_id})


def api_link(base_url: str, cluster_id: str) -> str:
    return f"{base_url}/api/events/{quote(cluster_id)}"


def view_link(base_url: str, filters: dict[str, Any], lang: str = "ar") -> str:
    """The saved view in the map (its filters as a permalink)."""
    pairs: list[tuple[str, str]] = [("lang", lang)]
    for key, value in filters.items():
        for v in value if isinstance(value, list) else [value]:
            pairs.append((key, str(v).lower() if isinstance(v, bool) else str(v)))
    return f"{base_url}/#" + urlencode(pairs)


def feed_link(base_url: str, name: str) -> str:
    return f"{base_url}/feeds/{quote(name)}.atom"


def entry_id(cluster_id: str) -> str:
    """The incident's Atom id: a name-based UUID of its id (the same on every server and run)."""
    return uuid.uuid5(_NS, f"incident:{cluster_id}").urn


def feed_id(name: str) -> str:
    return uuid.uuid5(_NS, f"view:{name}").urn
