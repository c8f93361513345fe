"""Mentions over normalized article text: actors, event cues, weapons, modality and discourse
markers, attribution sources, fatalities.

Every lexicon is compiled once into a `PhraseMatcher` (cached); `find_mentions(text)` runs them
all over one normalized text and returns typed mentions with offsets into that text.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TypeVar

from marsad import lexicon
from marsad.extract.numbers import NumberMention, find_numbers
from marsad.text.match import Match, PhraseMatcher
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
    attribution, background, aggregate, habitual or flashback."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True, slots=True)
class SourceMention:
    start: int
    end: int
    source: str


@dataclass(frozen=True, slots=True)
class FatalityMention:
    start: int
    end: int
    value: int


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


# ---------------------------------------------------------------- compiled lexicons


@cache
def actor_matcher() -> PhraseMatcher[tuple[ActorInfo, bool]]:
    entries: list[tuple[str, tuple[ActorInfo, bool]]] = []
    by_id: dict[str, ActorInfo] = {}
    explicit: set[str] = set()
    for e in lexicon.section("actors.yaml", "actors"):
        info = ActorInfo(e["id"], e["name"], e.get("inter"), e.get("country"), e.get("parent"),
                         e.get("strikes") == "air", bool(e.get("target")))
        by_id[info.id] = info
        for term, key in zip(e["ar"], e["ar_norm"], strict=True):
            entries.append((term, (info, False)))
            explicit.add(key)
    nations = lexicon.section("actors.yaml", "nationalities")
    for head in lexicon.section("actors.yaml", "forces"):
        for nat in nations:
            info = ActorInfo(f"state-{nat['country']}", nat["actor"], 1 if nat["country"] in ("Syria", "Iraq") else 8,
                             nat["country"], None)
            for h in head["ar_norm"]:
                for adj in nat.get(head["gender"], []):
                    phrase = f"{h} {adj}"
                    if norm_key(phrase) not in explicit:
                        entries.append((phrase, (info, False)))
    for i, ref in enumerate(lexicon.section("actors.yaml", "references")):
        fallback = by_id[ref["fallback"]] if ref.get("fallback") else None
        info = ActorInfo(f"ref-{i}", "", None, None, None, False, False, tuple(int(x) for x in ref["inter"]), fallback)
        entries.extend((term, (info, True)) for term in ref["ar"])
    return PhraseMatcher(entries)


@cache
def cue_matcher() -> PhraseMatcher[CueInfo]:
    entries: list[tuple[str, CueInfo]] = []
    for e in lexicon.section("cues.yaml", "cues"):
        info = CueInfo(e["type"], e["sub"], e.get("default"), e["pos"], e.get("weapon"), float(e["strength"]),
                       bool(e.get("counted")))
        entries.extend((t, info) for t in e["ar"])
    return PhraseMatcher(entries)


@cache
def weapon_matcher() -> PhraseMatcher[tuple[str, str, int]]:
    return PhraseMatcher(
        (t, (e["weapon"], e["sub"], int(e["rank"]))) for e in lexicon.section("cues.yaml", "weapons") for t in e["ar"]
    )


@cache
def marker_matcher() -> PhraseMatcher[str]:
    entries: list[tuple[str, str]] = []
    for e in lexicon.section("modality.yaml", "modality"):
        entries.extend((t, f"modality:{e['modality']}") for t in e["ar"])
    for kind in ("future", "negation", "background", "aggregate", "habitual", "flashback"):
        for e in lexicon.section("modality.yaml", kind):
            entries.extend((t, kind) for t in e["ar"])
    for e in lexicon.section("modality.yaml", "attribution_verbs"):
        entries.extend((t, "attribution") for t in e["ar"])
    return PhraseMatcher(entries)


@cache
def source_matcher() -> PhraseMatcher[str]:
    return PhraseMatcher((t, e["source"]) for e in lexicon.section("modality.yaml", "sources") for t in e["ar"])


@cache
def fatality_matcher() -> PhraseMatcher[str]:
    return PhraseMatcher(
        (t, e["position"]) for sect in ("fatality_cues", "victim_nouns")
        for e in lexicon.section("modality.yaml", sect) for t in e["ar"]
    )


# ---------------------------------------------------------------- finding


def _longest(matches: list[Match[T]]) -> list[Match[T]]:
    """Drop matches contained in a longer one (keeps overlapping-but-not-contained ones, and
    every payload of the same span)."""
    out: list[Match[T]] = []
    for m in sorted(matches, key=lambda m: (m.start, -(m.end - m.start))):
        if any(m.start >= o.start and m.end <= o.end and (m.start, m.end) != (o.start, o.end) for o in out[-3:]):
            continue
        out.append(m)
    return out


def _first_of_overlaps(matches: list[Match[T]]) -> list[Match[T]]:
    """Of two cues that overlap without one containing the other ("تفكيك العبوات الناسفة"), the
    one that starts first is the event; same-span matches are all kept."""
    out: list[Match[T]] = []
    for m in matches:
        if out and m.start < out[-1].end and m.start > out[-1].start:
            continue
        out.append(m)
    return out


def find_fatalities(text: str, numbers: list[NumberMention]) -> list[FatalityMention]:
    """Deaths: "مقتل 27 شخصا", "18 قتيلا", "سقوط ثلاثة قتلى", "أسفر عن مقتل شخصين", "مقتل طفل"."""
    cues = _longest(fatality_matcher().find(text))
    out: list[FatalityMention] = []
    for n in numbers:
        if n.ordinal or n.value <= 0 or n.value > 100000:
            continue
        before = [c for c in cues if c.payload == "before" and 0 <= n.start - c.end <= 14]
        after = [c for c in cues if c.payload in ("after", "noun") and 0 <= c.start - n.end <= 12]
        wounded_after = [c for c in cues if c.payload == "wounded" and 0 <= c.start - n.end <= 3]
        wounded_before = [c for c in cues if c.payload == "wounded" and 0 <= n.start - c.end <= 3]
        if wounded_after or wounded_before:
            continue
        if before and (after or n.start - before[-1].end <= 3):
            out.append(FatalityMention(before[-1].start, n.end, n.value))
        elif any(c.payload == "after" for c in after):
            a = next(c for c in after if c.payload == "after")
            out.append(FatalityMention(n.start, a.end, n.value))
    # A lone singular or dual victim noun next to a death word: "مقتل شخص", "شخصين قتلا".
    for c in cues:
        if c.payload not in ("single", "dual") or any(f.start <= c.start < f.end for f in out):
            continue
        death = [d for d in cues if d.payload == "before" and (0 <= c.start - d.end <= 2 or 0 <= d.start - c.end <= 2)]
        if death:
            lo, hi = min(c.start, death[0].start), max(c.end, death[0].end)
            out.append(FatalityMention(lo, hi, 1 if c.payload == "single" else 2))
    out.sort(key=lambda f: f.start)
    return out


def find_mentions(text: str, not_numbers: list[tuple[int, int]] | None = None) -> Mentions:
    """All mentions in one normalized text; numbers inside the spans `not_numbers` (dates) are
    not counts."""
    actors = tuple(ActorMention(m.start, m.end, m.payload[0], m.payload[1], m.word_start)
                   for m in actor_matcher().find_longest(text))
    cues = tuple(CueMention(m.start, m.end, m.payload) for m in _first_of_overlaps(_longest(cue_matcher().find(text))))
    weapons = tuple(WeaponMention(m.start, m.end, *m.payload) for m in weapon_matcher().find_longest(text))
    markers = tuple(Marker(m.start, m.end, m.payload) for m in marker_matcher().find_longest(text))
    sources = tuple(SourceMention(m.start, m.end, m.payload) for m in source_matcher().find_longest(text))
    numbers = find_numbers(text)
    if not_numbers:
        numbers = [n for n in numbers if not any(a <= n.start < b for a, b in not_numbers)]
    fatalities = tuple(find_fatalities(text, numbers))
    deaths = tuple((m.start, m.end, m.payload) for m in fatality_matcher().find_longest(text)
                   if m.payload in ("before", "after"))
    return Mentions(actors, cues, weapons, markers, sources, fatalities, tuple(numbers), deaths)
