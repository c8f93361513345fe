"""Rows of the reference tables `actors` and `places`, from the lexicon and the gazetteer.

An event carries its own actors' inter codes and countries and its own location (a place "near"
Aleppo gets precision 2 and a moved point); the `actors` and `places` tables describe the actor
and the place themselves. They are written once per name or id ("insert or ignore"), so taking
their values from the first event that named them made the tables depend on the order the
documents came in (Military Forces of Turkey inter 1 or 8, Hamas under Kuwait or Palestine).
Here they come from reference data only, so any order of ingestion gives the same rows:

* an actor: inter, country and parent as `actors.yaml` defines the name (`reference_actor`);
  a contextual name ("Civilians (Syria)") takes the country it names; an unknown name gets none;
* a place of the gazetteer: its gazetteer record (names, admin areas, point) and the precision
  of its kind; a place outside the gazetteer is keyed by all its fields already.
"""

from __future__ import annotations

from typing import Any

from marsad.models import Location


def actor_row(name: str) -> dict[str, Any]:
    # here, not at the top: the lexicon loads when a document is saved, not when the store opens
    from marsad.extract.mentions import reference_actor

    inter, country, parent = reference_actor(name)
    return {"name": name, "inter": inter, "country": country, "parent": parent}


def place_row(pid: str, loc: Location) -> dict[str, Any]:
    place = None
    if loc.gazetteer_id:
        # here, not at the top: the gazetteer loads when a place is saved, not when the store opens
        from marsad.geo.gazetteer import default_gazetteer
        from marsad.geo.items import kind_precision

        place = default_gazetteer().by_id.get(loc.gazetteer_id)
        if place is not None:
            return {"id": pid, "name": place.name, "name_ar": place.name_ar, "country": place.country,
                    "admin1": place.admin1, "admin2": place.admin2, "admin3": place.admin3,
                    "latitude": place.latitude, "longitude": place.longitude,
                    "geo_precision": kind_precision(place.kind)}
    return {"id": pid, "name": loc.name, "name_ar": loc.name_ar, "country": loc.country, "admin1": loc.admin1,
            "admin2": loc.admin2, "admin3": loc.admin3, "latitude": loc.latitude, "longitude": loc.longitude,
            "geo_precision": loc.geo_precision}
