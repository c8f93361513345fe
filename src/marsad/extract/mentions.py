"""Mentions over normalized article text: actors, event cues, weapons, modality and discourse
markers, attribution sources, fatalities.

The typed mentions and the actor lexicon (aliases, countries, references); the matchers of
every lexicon and the scan that finds all mentions in one text are `marsad.extract.mention_scan`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TypeVar

from marsad import aliases, lexicon
from marsad.acled import Inter
from marsad.extract import grammar
from marsad.extract.fatalities import FatalityMention
from marsad.extract.numbers import NumberMention
from marsad.text.match import PhraseMatcher
from marsad.text.normalize import norm_key

T = TypeVar("T")

# ---------------------------------------------------------------- mention types


@dataclass(frozen=True, slots=True)
class ActorInfo:
    id: str
    name: str  # may hold "{country}" for contextual actors
    inter: int | None
    country: str | None
    parent: str | None
    strikes_by_air: bool = False  # its bombardments are air strikes unless a weapon says otherwise
    target_only: bool = False  # names what is attacked (a checkpoint), never who attacks
    refers_to: tuple[int, ...] = ()  # a referring word: the inter codes it may refer back to
    fallback: ActorInfo | None = None  # ... and the actor it means when none was named before
    suspects: bool = False  # people held or sought ("المشتبه بهم"): a party of an arrest only
    counted_back: bool = False  # "7 آخرين": more of the people counted just before
    counted_only: bool = False  # "مقتل 16 مسلحا": a party only after a count ("هجوما مسلحا" is an adjective)
    pronoun: bool = False  # "مقاتليها": a pronoun's party, the one named last (by a referring word too)

    @property
    def state_by_name(self) -> bool:
        """A state named by its country or its capital ("تركيا", "طهران"): its forces, no unit named."""
        return self.country is not None and self.name == f"Military Forces of {self.country}"

    @property
    def flies(self) -> bool:
        """Only states and foreign forces fly combat aircraft (ACLED inter codes 1 and 8)."""
        return self.inter in (Inter.STATE, Inter.EXTERNAL)


def raid_by_aircraft(sub: str, weapons: list[str] | tuple[str, ...]) -> bool:
    """An air raid told with no drone: only a party that `flies` can have made it."""
    return sub == "Air/drone strike" and "drone" not in weapons


@dataclass(frozen=True, slots=True)
class ActorMention:
    start: int
    end: int
    actor: ActorInfo
    reference: bool = False  # a word referring back ("التنظيم"), resolved to an earlier actor
    word_start: int = -1  # start of the first word, proclitics included

    @property
    def prefix(self) -> int:
        """Length of the proclitics before the phrase (و، ب، ل ...)."""
        return self.start - self.word_start if self.word_start >= 0 else 0


@dataclass(frozen=True, slots=True)
class CueInfo:
    type: str
    sub: str  # an ACLED sub-type, "by-weapon" or "by-actor"
    default: str | None
    pos: str
    weapon: str | None
    strength: float
    counted: bool = False


@dataclass(frozen=True, slots=True)
class CueMention:
    start: int
    end: int
    cue: CueInfo


@dataclass(frozen=True, slots=True)
class WeaponMention:
    start: int
    end: int
    weapon: str
    sub: str
    rank: int


@dataclass(frozen=True, slots=True)
class Marker:
    """A discourse marker: kind is modality:claimed|alleged|denied, future, negation,
    attribution, background, aggregate, habitual, flashback or idiom (a negation idiom that
    negates nothing, kept only to hide the negation word inside it)."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True, slots=True)
class SourceMention:
    start: int
    end: int
    source: str


@dataclass(frozen=True, slots=True)
class Mentions:
    actors: tuple[ActorMention, ...]
    cues: tuple[CueMention, ...]
    weapons: tuple[WeaponMention, ...]
    markers: tuple[Marker, ...]
    sources: tuple[SourceMention, ...]
    fatalities: tuple[FatalityMention, ...]
    numbers: tuple[NumberMention, ...]
    death_words: tuple[tuple[int, int, str], ...] = ()  # (start, end, position) of death words
    suspects: tuple[ActorMention, ...] = ()  # people held or sought, kept apart from the parties


# ---------------------------------------------------------------- compiled lexicons


def actor_matcher() -> PhraseMatcher[tuple[ActorInfo, bool]]:
    """The actor phrases of the lexicon and the local aliases of reviews (rebuilt when they change)."""
    return _actor_matcher(aliases.version())


@lru_cache(maxsize=1)  # the matcher of the current aliases only: an older one leaves the shared scan
def _actor_matcher(local: tuple[str, float, int]) -> PhraseMatcher[tuple[ActorInfo, bool]]:
    return PhraseMatcher(_review_entries(aliases.load()) + _actor_entries(), shared=True)


def _review_entries(local: aliases.Aliases) -> tuple[tuple[str, tuple[ActorInfo, bool]], ...]:
    """Actor names analysts gave the article's words in reviews (`marsad.aliases`)."""
    out = []
    for a in local.actors:
        inter, country, parent = reference_actor(a.name)
        out.append((a.ar, (ActorInfo(f"review-{a.key}", a.name, inter, country, parent), False)))
    return tuple(out)


@cache
def _in_country() -> dict[tuple[str, str], ActorInfo]:
    entries = {e["id"]: e for e in lexicon.section("actors.yaml", "actors")}
    out: dict[tuple[str, str], ActorInfo] = {}
    for e in entries.values():
        for country, other in (e.get("in_country") or {}).items():
            out[(e["id"], country)] = _entry_info(entries[other])
    return out


def _entry_info(e: dict[str, object]) -> ActorInfo:
    """An actor of actors.yaml as the engine reads it (no referring word, no target-only name)."""
    return ActorInfo(str(e["id"]), str(e["name"]), e.get("inter"), e.get("country"), e.get("parent"),  # type: ignore[arg-type]
                     e.get("strikes") == "air")


@cache
def loyal_forces() -> dict[str, ActorInfo]:
    """The leader's word (normalized) and the forces loyal to him (actors.yaml `loyalties`)."""
    entries = {e["id"]: e for e in lexicon.section("actors.yaml", "actors")}
    return {w: _entry_info(entries[e["actor"]]) for e in lexicon.section("actors.yaml", "loyalties") for w in e["ar_norm"]}


@cache
def _air_forces() -> dict[str, ActorInfo]:
    out: dict[str, ActorInfo] = {}
    for e in lexicon.section("actors.yaml", "actors"):
        for country in e.get("air_force_of") or ():
            out[country] = _entry_info(e)
    return out


@cache
def _campaigns() -> dict[str, frozenset[str]]:
    return {str(e["id"]): frozenset(e["campaign_against"]) for e in lexicon.section("actors.yaml", "actors")
            if e.get("campaign_against")}


def campaign_against(actor_id: str) -> frozenset[str]:
    """The parties the strikes of `actor_id` are waged against (actors.yaml `campaign_against`)."""
    return _campaigns().get(actor_id, frozenset())


@cache
def _leaders() -> dict[str, frozenset[str]]:
    return {str(e["name"]): frozenset(e["led_by"]) for e in lexicon.section("actors.yaml", "actors") if e.get("led_by")}


def led_by(name: str) -> frozenset[str]:
    """The names of the forces that lead the coalition named `name` (actors.yaml `led_by`)."""
    return _leaders().get(name, frozenset())


def air_force_over(country: str | None) -> ActorInfo | None:
    """Whose are the military aircraft no word names over `country` (actors.yaml `air_force_of`)."""
    return _air_forces().get(country or "")


@cache
def adjective_countries() -> dict[str, str]:
    return {norm_key(adj): nat["country"] for nat in lexicon.section("actors.yaml", "nationalities")
            for adj in nat.get("f", []) + nat.get("m", [])}


@cache
def leader_countries() -> dict[str, str]:
    """The state each leader's surname speaks for ("السيسي": Egypt; `leaders` of the nationalities)."""
    return {norm_key(name): nat["country"] for nat in lexicon.section("actors.yaml", "nationalities")
            for name in nat.get("leaders", [])}


UNKNOWN_COUNTRY = "unknown country"  # the country of a party named with none, in its name
WORD_END = ".,،"  # what stands glued to a word's end (`document.WORD_END_PUNCT` is this, named there)


@cache
def _people_countries() -> dict[str, str]:
    return {norm_key(noun): nat["country"] for nat in lexicon.section("actors.yaml", "nationalities")
            for noun in nat.get("p", [])}


def people_of(word: str) -> str | None:
    """The country whose people a plural word names ("المغاربة": Morocco), or None."""
    return _people_countries().get(word.strip(WORD_END))


def nationalities_in(text: str) -> set[str]:
    """The countries whose nationality adjective stands in `text` ("غارة جوية أمريكية": United States)."""
    adjectives = adjective_countries()
    words = text.split()
    if not words:
        return set()
    # "الكورية الشمالية": two words
    bare = [w[1:] if w[:1] in grammar.words("conjunctions") else w for w in words]  # "وأمريكية"
    return {adjectives[k] for w, b, nxt in zip(words, bare, [*words[1:], ""], strict=True)
            for k in (w, b, f"{w} {nxt}") if k in adjectives}


NATIONALITY_CHARS = 16  # "جنديا [سعوديا]": the nationality word right after a party
OFFICE_WORDS = 3  # "رئيس [الوزراء العراقي]", "وزارة [الدفاع] الروسية": the words after a title that may hold the nationality


def nationality_word_after(text: str, end: int) -> tuple[int, set[str]] | None:
    """"جنديا [تركيا]", "جنديا [كينيا]": the word right after `end` (one space between) read as a
    nationality, also in the accusative: where it ends and the countries it names; None when it
    names none."""
    if text[end:end + 1] != " ":
        return None
    word = text[end + 1:end + 1 + NATIONALITY_CHARS].split()[:1]
    bare = word[0].rstrip(WORD_END) if word else ""
    countries = nationalities_of_word(bare) if bare else set()
    return (end + 1 + len(bare), countries) if countries else None


def forces_of_the_state_in(words: Sequence[str]) -> ActorInfo | None:
    """The forces of the one state whose nationality the words name ("[الوزراء العراقي]" after
    "رئيس", "[الأردنية]" after "الرئاسة"), or None."""
    countries = nationalities_in(" ".join(w.rstrip(WORD_END) for w in words[:OFFICE_WORDS]))
    return state_forces(countries.pop()) if len(countries) == 1 else None


def nationalities_of_word(word: str) -> set[str]:
    """The countries a nationality adjective names, also in the accusative ("تركيا" read as
    "تركي", "سعوديا" as "سعودي", `nisba_endings`)."""
    forms = [word] + ([word[:-1]] if word.endswith(grammar.suffixes("nisba_endings")) else [])
    return set().union(*(nationalities_in(w) for w in forms))


def named_for(template: str, country: str) -> str:
    """An actor's name with its country filled in; after "of" with the article the country's own
    forces take ("Police Forces of {country}" → "Police Forces of the United Kingdom")."""
    forces = state_forces(country)
    if forces is not None and forces.name.endswith(f" of the {country}"):
        template = template.replace(" of {country}", f" of the {country}")
    return template.replace("{country}", country)


@cache
def state_forces(country: str) -> ActorInfo | None:
    """The forces of a country of the nationality table ("Military Forces of Turkey")."""
    nat = next((n for n in lexicon.section("actors.yaml", "nationalities") if n["country"] == country), None)
    if nat is None:
        return None
    return ActorInfo(f"state-{country}", nat["actor"], 1 if country in ("Syria", "Iraq") else 8, country, None)


@cache
def force_heads() -> tuple[str, ...]:
    """The heads that name a state's forces ("غارة جوية", "القوات"), each with the space that
    joins it to a nationality adjective, longest first."""
    heads = {f"{h} " for e in lexicon.section("actors.yaml", "forces") for h in e["ar_norm"]}
    return tuple(sorted(heads, key=len, reverse=True))


def actor_in_country(info: ActorInfo, country: str | None) -> ActorInfo:
    """The actor the same words name in `country` ("التحالف" over Yemen: the Saudi-led coalition;
    "المعارضة" outside Syria: the country's protesters)."""
    found = _in_country().get((info.id, country or ""))
    if found is None and info.id in _elsewhere() and country and country != UNKNOWN_COUNTRY:
        other, home = _elsewhere()[info.id]
        found = None if country in home else other
    return found or info


@cache
def _elsewhere() -> dict[str, tuple[ActorInfo, frozenset[str]]]:
    """The actor the words of an actor name outside its own country and its neighbours."""
    entries = {e["id"]: e for e in lexicon.section("actors.yaml", "actors")}
    return {e["id"]: (_entry_info(entries[e["elsewhere"]]), frozenset([e["country"], *e.get("neighbours", [])]))
            for e in entries.values() if e.get("elsewhere")}


def named_in_country(a: ActorInfo, b: ActorInfo, countries: frozenset[str]) -> bool:
    """In one of `countries`, `b` is the actor the words of `a` name there, or the other way round
    ("طائرات التحالف" and "التحالف الذي تقوده السعودية" over Yemen)."""
    return any(actor_in_country(x, country).id == y.id for x, y in ((a, b), (b, a)) for country in countries)


@cache
def reference_actors() -> tuple[dict[str, ActorInfo], tuple[tuple[re.Pattern[str], ActorInfo], ...]]:
    """The lexicon's actors by name (the first entry of a name wins), and the names with a
    `{country}` placeholder as patterns (the country is captured)."""
    exact: dict[str, ActorInfo] = {}
    templates: dict[str, ActorInfo] = {}
    for _term, (info, is_ref) in _actor_entries():
        if is_ref:
            continue
        if "{country}" in info.name:
            templates.setdefault(info.name, info)
        else:
            exact.setdefault(info.name, info)
    patterns = tuple((re.compile(re.escape(name).replace(re.escape("{country}"), "(?P<country>.+)") + "$"), info)
                     for name, info in templates.items())
    return exact, patterns


def reference_actor(name: str) -> tuple[int | None, str | None, str | None]:
    """(inter, country, parent) of an actor name as the lexicon defines it, whatever document
    named it; a contextual name ("Civilians (Syria)") takes the country it names. (None, None,
    None) for a name the lexicon does not know."""
    exact, patterns = reference_actors()
    info = exact.get(name)
    if info is not None:
        return info.inter, info.country, info.parent
    for pattern, info in patterns:
        m = pattern.match(name)
        if m:
            country = m.group("country")
            return info.inter, None if country == UNKNOWN_COUNTRY else country, info.parent
    for pattern, info in patterns:  # "Military Forces of {country}" without a country
        if pattern.pattern.startswith(re.escape(name) + re.escape(" of ")):
            return info.inter, None, info.parent
    return None, None, None


@cache
def _actor_entries() -> tuple[tuple[str, tuple[ActorInfo, bool]], ...]:
    entries: list[tuple[str, tuple[ActorInfo, bool]]] = []
    by_id: dict[str, ActorInfo] = {}
    explicit: set[str] = set()
    for e in lexicon.section("actors.yaml", "actors"):
        info = ActorInfo(e["id"], e["name"], e.get("inter"), e.get("country"), e.get("parent"),
                         e.get("strikes") == "air", bool(e.get("target")), suspects=bool(e.get("suspects")),
                         counted_only=bool(e.get("counted_only")))
        if not info.counted_only:  # (the actor a reference falls back to is the plain one)
            by_id[info.id] = info
        for term, key in zip(e["ar"], e["ar_norm"], strict=True):
            entries.append((term, (info, False)))
            explicit.add(key)
    nations = lexicon.section("actors.yaml", "nationalities")
    for head in lexicon.section("actors.yaml", "forces"):
        for nat in nations:
            forces = state_forces(nat["country"])
            assert forces is not None
            for h in head["ar_norm"]:
                for adj in _adjectives(nat, head["gender"]):
                    phrase = f"{h} {adj}"
                    if norm_key(phrase) not in explicit:
                        entries.append((phrase, (forces, False)))
    for head in lexicon.section("actors.yaml", "construct_forces"):  # "جيش ميانمار"
        for nat in nations:
            forces = state_forces(nat["country"])
            assert forces is not None
            for h in head["ar_norm"]:
                entries.extend((phrase, (forces, False)) for name in nat.get("n", [])
                               if norm_key(phrase := f"{h} {name}") not in explicit)
    for i, ref in enumerate(lexicon.section("actors.yaml", "references")):
        fallback = by_id[ref["fallback"]] if ref.get("fallback") else None
        info = ActorInfo(f"ref-{i}", "", None, None, None, False, False, tuple(int(x) for x in ref["inter"]), fallback,
                         counted_back=bool(ref.get("counted")), pronoun=bool(ref.get("pronoun")))
        entries.extend((term, (info, True)) for term in ref["ar"])
    return tuple(entries)


BY_ACTOR = "by-actor"  # the cue sub-type of a change of control, decided by who took the place
BY_WEAPON = "by-weapon"  # the cue sub-type the weapons of its clause decide ("قصف", "استهداف", "تفجير")
UNIDENTIFIED = "unidentified"  # the id of armed men of no name of their own ("مسلحون", "مجهولون")
COUNT_GAP = 2  # characters between a count and the party it counts ("16 مسلحا")
DUAL_ENDINGS = ("ان", "ين")  # "تركي" → "تركيان", "تركيين"


def _adjectives(nat: lexicon.Entry, gender: str) -> list[str]:
    """A nationality's adjectives in a gender; the dual's are the masculine's with its endings."""
    if gender == "d":
        return [m + ending for m in nat.get("m", []) for ending in DUAL_ENDINGS]
    return list(nat.get(gender, []))


@cache
def one_word_actors() -> frozenset[str]:
    return frozenset(k for e in lexicon.section("actors.yaml", "actors") for k in e["ar_norm"] if " " not in k)


def both_sides_in_one(text: str, a1: ActorMention | None, a2: ActorMention | None) -> bool:
    """One party in the dual ("بين عشيرتين", `dual_sides`) stands for both sides of a fight: the same
    mention as actor1 and actor2, two parties of one kind (any other party twice is one side named twice)."""
    return a1 is not None and a2 is not None and a1.start == a2.start \
        and any(grammar.has(w, "dual_sides") for w in text[a1.start:a1.end].split())


def accusative(a: ActorMention, text: str) -> bool:
    """"جنودا", "شرطيا", "جنودا سوريين": a party whose first word is in the indefinite accusative
    (the alef of its ending after a word the lexicon knows without it) is an object, never a subject."""
    word = (norm_key(text[a.start:a.end]).split() or [""])[0]
    return word.endswith("ا") and word[:-1] in one_word_actors()
