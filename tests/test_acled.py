"""The ACLED typology of `marsad.acled` against ACLED's codebook, and the data files against it."""

from __future__ import annotations

import re

import pycountry
import pytest

from marsad import acled, lexicon
from marsad.acled import Inter

# ACLED's codebook: the six event types and their 25 sub-event types, the disorder type of each
# event type, and the eight actor type (inter) codes. Written here from the codebook, not from
# the module under test.
CODEBOOK = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}
CODEBOOK_DISORDER = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
                     "Violence against civilians": "Political violence", "Protests": "Demonstrations",
                     "Riots": "Demonstrations", "Strategic developments": "Strategic developments"}
CODEBOOK_REGIONS = {"Western Africa", "Middle Africa", "Eastern Africa", "Southern Africa", "Northern Africa",
                    "Middle East", "South Asia", "Southeast Asia", "East Asia", "Caucasus and Central Asia", "Europe",
                    "North America", "Central America", "South America", "Caribbean", "Oceania", "Antarctica"}
CODEBOOK_INTER = {1: "State forces", 2: "Rebel groups", 3: "Political militias", 4: "Identity militias",
                  5: "Rioters", 6: "Protesters", 7: "Civilians", 8: "External/other forces"}


def test_event_types_and_sub_types_are_the_codebooks() -> None:
    assert {t: set(s) for t, s in acled.SUB_EVENT_TYPES.items()} == CODEBOOK
    assert len(acled.EVENT_TYPES) == 6
    assert sum(len(s) for s in acled.SUB_EVENT_TYPES.values()) == 25
    assert len(acled.EVENT_TYPE_OF) == 25  # no sub-type under two types


def test_disorder_types_are_the_codebooks() -> None:
    assert acled.DISORDER == CODEBOOK_DISORDER


def test_inter_codes_are_the_codebooks() -> None:
    assert {int(i) for i in Inter} == set(CODEBOOK_INTER)
    for code, label in CODEBOOK_INTER.items():
        assert Inter(code).name.split("_")[0] == label.upper().split()[0].split("/")[0], (code, label)


@pytest.mark.parametrize(("inter1", "inter2", "expected"), [
    (1, 2, 12), (2, 1, 12), (3, 7, 37), (7, 3, 37), (8, 1, 18), (1, 1, 11), (6, 1, 16),
    (1, None, 10), (6, None, 60), (None, 7, 70), (None, None, None),
])
def test_interaction_code(inter1: int | None, inter2: int | None, expected: int | None) -> None:
    # ACLED: the two inter codes, the smaller first; an actor alone is followed by 0
    assert acled.interaction(inter1, inter2) == expected


def test_interaction_accepts_the_enum() -> None:
    assert acled.interaction(Inter.STATE, Inter.CIVILIANS) == 17


@pytest.mark.parametrize(("event_type", "name", "inter"), [
    ("Protests", "Protesters (Syria)", 6), ("Riots", "Rioters (Syria)", 5),
    ("Explosions/Remote violence", "Unidentified Armed Group (Syria)", 3),
    ("Battles", "Unidentified Armed Group (Syria)", 3),
])
def test_default_actor1(event_type: str, name: str, inter: int) -> None:
    assert acled.default_actor1(event_type, "Syria") == (name, inter)


def test_excessive_force_with_no_force_named_is_an_unidentified_groups() -> None:
    """The protesters are its actor2: the force no text names is an unidentified armed group."""
    assert acled.default_actor1("Protests", "Iraq", "Excessive force against protesters") == (
        "Unidentified Armed Group (Iraq)", 3)
    assert acled.default_actor1("Protests", "Iraq", "Peaceful protest") == ("Protesters (Iraq)", 6)


def test_default_actor1_without_country() -> None:
    assert acled.default_actor1("Battles", None) == ("Unidentified Armed Group", 3)


def test_families_cover_only_codebook_types() -> None:
    assert set(acled.TYPE_FAMILY) == set(CODEBOOK)
    for sub in acled.SUBTYPE_FAMILY:
        assert sub in acled.EVENT_TYPE_OF, sub
    # one sub-type family never spans two families of types
    for fam in set(acled.SUBTYPE_FAMILY.values()):
        types = {acled.family(acled.EVENT_TYPE_OF[s]) for s, f in acled.SUBTYPE_FAMILY.items() if f == fam}
        assert len(types) == 1, fam


def test_cue_data_uses_the_codebook() -> None:
    for cue in lexicon.section("cues.yaml", "cues"):
        assert cue["type"] in CODEBOOK, cue["type"]
        if cue["sub"] not in ("by-weapon", "by-actor"):
            assert cue["sub"] in CODEBOOK[cue["type"]], cue
        if cue.get("default"):
            assert cue["default"] in CODEBOOK[cue["type"]], cue
    for weapon in lexicon.section("cues.yaml", "weapons"):
        assert weapon["sub"] == "" or weapon["sub"] in CODEBOOK["Explosions/Remote violence"], weapon


def test_actor_data_uses_inter_codes() -> None:
    for actor in lexicon.section("actors.yaml", "actors"):
        assert actor.get("inter") is None or actor["inter"] in CODEBOOK_INTER, actor["id"]
    for ref in lexicon.section("actors.yaml", "references"):
        assert all(int(i) in CODEBOOK_INTER for i in ref["inter"])


def test_every_country_has_one_acled_region() -> None:
    regions = lexicon.section("acled_regions.yaml", "regions")
    assert {e["region"] for e in regions} == CODEBOOK_REGIONS
    codes = [c for e in regions for c in e["iso3"]]
    assert len(codes) == len(set(codes))
    assert set(codes) == {c.alpha_3 for c in pycountry.countries}


@pytest.mark.parametrize(("country", "iso3", "numeric", "region"), [
    ("Syria", "SYR", 760, "Middle East"), ("Iraq", "IRQ", 368, "Middle East"), ("Turkey", "TUR", 792, "Middle East"),
    ("Palestine", "PSE", 275, "Middle East"), ("Iran", "IRN", 364, "Middle East"),
    ("Egypt", "EGY", 818, "Northern Africa"), ("Sudan", "SDN", 729, "Northern Africa"),
    ("France", "FRA", 250, "Europe"), ("Russia", "RUS", 643, "Europe"), ("Afghanistan", "AFG", 4, "South Asia"),
    ("North Korea", "PRK", 408, "East Asia"), ("Azerbaijan", "AZE", 31, "Caucasus and Central Asia"),
    ("United States", "USA", 840, "North America"), ("Mexico", "MEX", 484, "Central America"),
    ("Nigeria", "NGA", 566, "Western Africa"), ("Somalia", "SOM", 706, "Eastern Africa"),
])
def test_country_codes_and_regions(country: str, iso3: str, numeric: int, region: str) -> None:
    assert acled.iso_codes(country) == (iso3, numeric)
    assert acled.region_of(country) == region


def test_no_country_no_codes() -> None:
    assert acled.iso_codes(None) is None and acled.region_of(None) is None
    assert acled.iso_codes("Nowhereland") is None


def test_event_ids_are_the_country_code_and_a_stable_number() -> None:
    a, b = acled.event_id_cnty("SYR", "c0123456789abcdef"), acled.event_id_cnty("SYR", "c0123456789abcdee")
    assert re.fullmatch(r"SYR\d+", a) and a != b
    assert a == acled.event_id_cnty("SYR", "c0123456789abcdef")
