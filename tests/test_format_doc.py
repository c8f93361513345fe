"""docs/format.md against the code: its field tables name the fields, with the types, of the JSON
Schema the API serves (`/openapi.json`, `EventRecord` and its parts), and exactly the fields
`Event.to_record()` writes; its modality values and typology are the code's."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from marsad.api import ApiSettings, create_app
from marsad.api.params import Modality
from marsad.extract.events import DISORDER
from marsad.lexicon import section
from marsad.models import ActorRef, Attribution, Event, Evidence, Location
from marsad.store import open_store

DOC = Path(__file__).resolve().parents[1] / "docs" / "format.md"
# the object names the page uses for the schema's components
OBJECTS = {"ActorRecord": "actor", "LocationRecord": "location", "WordsRecord": "words",
           "AttributionRecord": "attribution"}
BLOCK = re.compile(r"<!-- format:(?P<name>[\w:]+) -->\n(?P<body>.*?)<!-- /format:(?P=name) -->", re.S)


def blocks() -> dict[str, list[list[str]]]:
    """Each marked block of the page: its table rows (cells), header and rule left out."""
    out = {}
    for m in BLOCK.finditer(DOC.read_text(encoding="utf-8")):
        rows = [re.split(r"(?<!\\)\|", line.strip().strip("|")) for line in m["body"].splitlines() if line.strip()]
        out[m["name"]] = [[c.strip().replace("\\|", "|") for c in r] for r in rows[2:]]
    return out


def fields(name: str) -> dict[str, str]:
    """field → type of a field table of the page."""
    return {r[0].strip("`"): r[1] for r in blocks()[name]}


def type_of(prop: dict[str, Any]) -> str:
    """A JSON Schema property in the page's notation."""
    if "anyOf" in prop:
        kinds = [type_of(p) for p in prop["anyOf"]]
        return " | ".join(sorted(kinds, key=lambda k: k == "null"))
    if "$ref" in prop:
        return OBJECTS[prop["$ref"].rsplit("/", 1)[1]]
    kind = prop["type"]
    if kind == "array":
        return f"[{type_of(prop['items'])}]"
    if kind == "string" and prop.get("format") == "date":
        return "date"
    return str(kind)


@pytest.fixture(scope="module")
def components(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    db = tmp_path_factory.mktemp("format") / "empty.db"
    open_store(db).close()
    schema: dict[str, Any] = create_app(db, ApiSettings()).openapi()
    return schema["components"]["schemas"]


def schema_fields(components: dict[str, Any], name: str) -> dict[str, str]:
    return {k: type_of(v) for k, v in components[name]["properties"].items()}


def test_every_table_of_the_page_is_checked() -> None:
    assert set(blocks()) == {"EventRecord", "EventRecord:store", "typology", *OBJECTS}


def test_the_event_record_is_the_served_schema(components: dict[str, Any]) -> None:
    documented = {**fields("EventRecord"), **fields("EventRecord:store")}
    assert documented == schema_fields(components, "EventRecord")
    # and the API says where the records are
    assert components["DocumentOut"]["properties"]["events"]["items"]["$ref"].endswith("/EventRecord")


@pytest.mark.parametrize("name", sorted(OBJECTS))
def test_each_object_is_the_served_schema(components: dict[str, Any], name: str) -> None:
    assert fields(name) == schema_fields(components, name)


def test_the_page_lists_what_marsad_events_writes() -> None:
    actor = ActorRef("Civilians (Syria)", "مدنيين", (4, 10), 7, "Syria")
    place = Location("Aleppo", "حلب", "Syria", "Aleppo", None, None, 36.2, 37.16, 1, "gn:170063", "حلب", (20, 23))
    words = Evidence("قتل مدنيين في حلب", (0, 23))
    ev = Event("d1", "Violence against civilians", "Attack", date(2024, 1, 2), 1, actor, actor, place, 3,
               claimed_by=(actor,), attribution=(Attribution("local sources", "بحسب مصادر محلية"),),
               evidence=(words,), date_words=words, fatality_words=words, id="e1")
    rec = ev.to_record()
    assert list(rec) == list(fields("EventRecord"))  # same fields, in the page's order
    assert set(rec["actor1"]) == set(fields("ActorRecord"))
    assert set(rec["location"]) == set(fields("LocationRecord"))
    assert set(rec["evidence"][0]) == set(rec["event_date_words"]) == set(fields("WordsRecord"))
    assert set(rec["attribution"][0]) == set(fields("AttributionRecord"))


def test_modality_values_are_the_code_s(components: dict[str, Any]) -> None:
    values = components["EventRecord"]["properties"]["modality"]["enum"]
    assert values == list(Modality.__args__)
    row = next(r for r in blocks()["EventRecord"] if r[0] == "`modality`")
    assert re.findall(r"`(\w+)`", row[2]) == values
    text = DOC.read_text(encoding="utf-8")
    section = text[text.index("### Modality"):text.index("### Evidence")]
    assert re.findall(r"^\| `(\w+)` \|", section, re.M) == values


def test_the_typology_is_the_code_s() -> None:
    table = {r[0]: (r[1], [s.strip() for s in r[2].split(";")]) for r in blocks()["typology"]}
    assert {t: d for t, (d, _) in table.items()} == DISORDER
    documented = {s for _, subs in table.values() for s in subs}
    cues, weapons = section("cues.yaml", "cues"), section("cues.yaml", "weapons")
    produced = {c["sub"] for c in cues if c["sub"] not in ("by-weapon", "by-actor")}
    produced |= {w["sub"] for w in weapons if w["sub"]}  # small arms imply no sub-type
    types = {c["type"] for c in cues}
    assert types <= set(table)
    assert produced <= documented
    assert len(documented) == 25  # ACLED's 25 sub-event types
