"""ACLED's typology, in one place: event types and their sub-event types, the disorder type of each
event type, the inter codes of actors, the interaction code of two actors, and the families of
types and sub-types that deduplication treats as one incident told two ways.

Every other module takes these names from here (the extractor's rules, the merge, the export,
deduplication); `tests/test_acled.py` checks them against ACLED's codebook.
"""

from __future__ import annotations

import hashlib
from enum import IntEnum
from functools import cache

from marsad import datafiles


class Inter(IntEnum):
    """ACLED's actor type codes (`inter1`, `inter2`)."""

    STATE = 1
    REBEL = 2
    POLITICAL_MILITIA = 3
    IDENTITY_MILITIA = 4
    RIOTERS = 5
    PROTESTERS = 6
    CIVILIANS = 7
    EXTERNAL = 8  # external/other forces (foreign armies, international missions)


NON_STATE_ARMED = frozenset({Inter.REBEL, Inter.POLITICAL_MILITIA, Inter.IDENTITY_MILITIA})  # armed, no state's


BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VAC = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"
ARRESTS = "Arrests"  # the sub-type of Strategic developments most rules ask about
DISRUPTED = "Disrupted weapons use"  # a bomb defused or set off under control, a missile intercepted
ABDUCTION = "Abduction/forced disappearance"  # what an armed group's detention is
ARMED_CLASH = "Armed clash"  # the battle with no change of control
EXCESSIVE_FORCE = "Excessive force against protesters"  # the force acts on the protesters (actor1 the force)
DECISIVE_SUBS = ("Chemical weapon", "Suicide bomb")  # weapons that decide an incident's kind over the word that told it
VIOLENT_DEMONSTRATION = "Violent demonstration"  # protesters turned violent: rioters (actor1 "Rioters (country)")
AIR_STRIKE = "Air/drone strike"
SHELLING = "Shelling/artillery/missile attack"
SUICIDE_BOMB = "Suicide bomb"
TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")  # who took a place decides which

SUB_EVENT_TYPES: dict[str, tuple[str, ...]] = {
    BATTLES: ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    EXPLOSIONS: ("Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
                 "Remote explosive/landmine/IED", "Grenade"),
    VAC: ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    PROTESTS: ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    RIOTS: ("Violent demonstration", "Mob violence"),
    STRATEGIC: ("Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                "Headquarters or base established", "Looting/property destruction",
                "Non-violent transfer of territory", "Other"),
}
EVENT_TYPES = tuple(SUB_EVENT_TYPES)
EVENT_TYPE_OF = {sub: etype for etype, subs in SUB_EVENT_TYPES.items() for sub in subs}

POLITICAL_VIOLENCE = "Political violence"
DEMONSTRATIONS = "Demonstrations"
STRATEGIC_DEVELOPMENTS = "Strategic developments"
DISORDER = {BATTLES: POLITICAL_VIOLENCE, EXPLOSIONS: POLITICAL_VIOLENCE, VAC: POLITICAL_VIOLENCE,
            PROTESTS: DEMONSTRATIONS, RIOTS: DEMONSTRATIONS, STRATEGIC: STRATEGIC_DEVELOPMENTS}

# Deduplication: two reports of one incident have types of one family (a clash reported by one
# outlet as an attack on civilians by another), and sub-types of one sub-type family (an air strike
# may be told as shelling, a clash as a town taken); any other two sub-types are two incidents.
TYPE_FAMILY = {BATTLES: "violence", EXPLOSIONS: "violence", VAC: "violence",
               PROTESTS: "demonstrations", RIOTS: "demonstrations", STRATEGIC: "strategic"}
SUBTYPE_FAMILY = {
    "Air/drone strike": "remote fire",
    "Shelling/artillery/missile attack": "remote fire",
    "Chemical weapon": "remote fire",
    "Remote explosive/landmine/IED": "explosive",
    "Suicide bomb": "explosive",
    "Grenade": "explosive",
    "Armed clash": "battle",
    "Government regains territory": "battle",
    "Non-state actor overtakes territory": "battle",
    "Peaceful protest": "protest",
    "Protest with intervention": "protest",
    "Excessive force against protesters": "protest",
    "Violent demonstration": "riot",
    "Mob violence": "riot",
}

# actor1 of an event whose text names none (ACLED's convention: the perpetrator is unknown, yet
# every event has an actor1): protesters of a protest, rioters of a riot, else an armed group.
DEFAULT_ACTOR1 = {PROTESTS: ("Protesters ({country})", Inter.PROTESTERS),
                  RIOTS: ("Rioters ({country})", Inter.RIOTERS)}
UNIDENTIFIED_ARMED_GROUP = ("Unidentified Armed Group ({country})", Inter.POLITICAL_MILITIA)


def default_actor1(event_type: str, country: str | None, sub_event_type: str | None = None) -> tuple[str, Inter]:
    """ACLED's actor1 (name, inter code) of an event of `event_type` whose text names no actor; the
    protesters of excessive force are its actor2, and the force no text names is unidentified."""
    name, inter = UNIDENTIFIED_ARMED_GROUP if sub_event_type == EXCESSIVE_FORCE \
        else DEFAULT_ACTOR1.get(event_type, UNIDENTIFIED_ARMED_GROUP)
    return (name.format(country=country) if country else name.replace(" ({country})", "")), inter


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: the two inter codes as a two-digit number, the smaller first
    (13: state forces and a political militia); one actor alone gives its code followed by 0."""
    if inter1 is None:
        inter1, inter2 = inter2, None
    if inter1 is None:
        return None
    if inter2 is None:
        return int(inter1) * 10
    a, b = sorted((int(inter1), int(inter2)))
    return a * 10 + b


def family(event_type: str) -> str:
    return TYPE_FAMILY.get(event_type, event_type)


def subtype_family(sub_event_type: str) -> str:
    return SUBTYPE_FAMILY.get(sub_event_type, sub_event_type)


# Country names the gazetteer writes that pycountry spells otherwise.
_ISO_ALIASES = {"Palestine": "PSE", "Turkey": "TUR", "Syria": "SYR", "Iran": "IRN", "North Korea": "PRK",
                "South Korea": "KOR", "Russia": "RUS"}


@cache
def iso_codes(country: str | None) -> tuple[str, int] | None:
    """(ISO 3166-1 alpha-3, numeric) of a country name, or None when it names no country."""
    if not country:
        return None
    import pycountry  # here, not at the top: importing it costs ~0.2 s, and only exports need it

    try:
        c = pycountry.countries.lookup(_ISO_ALIASES.get(country, country))
    except LookupError:
        try:
            c = pycountry.countries.search_fuzzy(country)[0]
        except LookupError:
            return None
    return str(c.alpha_3), int(c.numeric)


@cache
def _regions() -> dict[str, str]:
    return {iso3: str(e["region"]) for e in datafiles.read("acled_regions.yaml")["regions"] for iso3 in e["iso3"]}


def region_of(country: str | None) -> str | None:
    """ACLED's region of a country ("Middle East", "Northern Africa", "Europe" ...), or None."""
    codes = iso_codes(country)
    return _regions().get(codes[0]) if codes else None


def event_id_cnty(iso3: str, marsad_id: str) -> str:
    """An ACLED-style event id: the country's alpha-3 code and a number that depends only on the
    marsad id (so a re-export gives every incident the id it had), e.g. SYR48813092714."""
    return f"{iso3}{int(hashlib.sha256(marsad_id.encode('utf-8')).hexdigest()[:12], 16)}"
