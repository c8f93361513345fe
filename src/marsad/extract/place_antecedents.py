"""The place a word for a place refers back to ("المحافظة ذاتها", "في المنطقة", "جنوب البلاد"), the
finest place of a chain ("منطقة الزبداني بريف دمشق"), and the place an article is about: what the
rules of `marsad.extract.arguments` fall back on when a clause names no place of its own."""

from __future__ import annotations

from collections import Counter

from marsad.extract import grammar
from marsad.extract.document import AnalysedDocument, Spans
from marsad.extract.place_roles import RELATIONAL_PATTERNS, told_as_place
from marsad.extract.times import quoted_alone
from marsad.geo.patterns import patterns as place_patterns
from marsad.geo.resolve import PlaceMention

CHAIN_GAP = 6  # characters between "الزبداني" and "بريف دمشق" in a chain of places
CHAIN_DESCRIPTION_WORDS = 2  # "مخيم درعا [للاجئين الفلسطينيين] جنوب سوريا"
ANAPHOR_HEAD_CHARS = 12  # "إقليم شانلي أورفا": the noun right before a name tells its kind
BARE_ANAPHOR_SENTENCES = 2  # sentences before "في المنطقة" where the place it refers to may be named
ANAPHOR_REACH = 3000  # characters before "الإقليم نفسه" where the place it refers to is looked for


def innermost(doc: AnalysedDocument, places: list[PlaceMention]) -> PlaceMention:
    """The last place named, or the finest of the chain it ends ("منطقة الزبداني بريف دمشق":
    Zabadani, not its governorate); a chain goes from the fine to the coarse, so of two as precise
    the first ("محيط مدينة دوما بالغوطة الشرقية": Douma, not the Ghouta it lies in); a town the
    gazetteer does not know, named after the word of a town or a village and located at the place
    after it, is finer than that place ("ببلدة القديح بمحافظة القطيف": al-Qudaih)."""
    best = i = len(places) - 1
    while i > 0 and chained(doc, places[i - 1], places[i]):
        i -= 1
        if places[i].geo_precision <= places[best].geo_precision or _unknown_settlement_at(places[i], places[best]):
            best = i
    return places[best]


def _unknown_settlement_at(p: PlaceMention, known: PlaceMention) -> bool:
    """An unknown name after a word of a town or a village ("بلدة", "قرية"), located at `known`."""
    if p.anchor is None or known.place is None or p.anchor.id != known.place.id or not (p.pattern or "").startswith("type:"):
        return False
    cue = place_patterns().cues.get((p.pattern or "").split(":", 1)[1])
    return cue is not None and cue.kinds[:1] in (("town",), ("village",))


def chained(doc: AnalysedDocument, a: PlaceMention, b: PlaceMention) -> bool:
    """`b` locates `a` ("الزبداني بريف دمشق"), perhaps past a description of `a` in two words with
    "لل" ("مخيم النيرب للاجئين الفلسطينيين شرقي حلب"); not a list ("و")."""
    between = doc.text[a.end:b.start]
    if between.strip(" ،,").startswith("و"):
        return False
    if b.start - a.end <= CHAIN_GAP:
        return True
    words = between.split()
    return len(words) <= CHAIN_DESCRIPTION_WORDS + 1 and words[0].startswith("لل") and not any(ch in between for ch in "،,.")


def antecedent(doc: AnalysedDocument, clause: tuple[int, int]) -> tuple[PlaceMention, str] | None:
    """"وكانت المحافظة ذاتها قد شهدت هجوما": the place a noun of its kind refers back to: the last
    one named with that noun before it ("إقليم شانلي أورفا"), else the last one of that kind
    named by itself (a place a direction or a countryside is measured from is no antecedent); a
    bare noun ("في المنطقة") refers to the later of the two in its sentence or the two before, the
    finest of the chain it ends ("مديرية صرواح غربي مأرب")."""
    for start, end, kinds, bare in doc.index["anaphors"].starting_in(clause[0], clause[1]):
        if doc.text[end:end + 2].lstrip().startswith(":") or quoted_alone(doc.text, start, end):
            continue  # "إب - المدينة:", "لـ«المدينة»": a paper's name, no word for a place
        if "country" in kinds:  # "في جنوب شرق البلاد": the country the text names most before it
            if (country := _country_named_most(doc, start)) is not None:
                return country, doc.text[start:end]
            continue
        words = doc.text[start:end].split()
        head = next((w for w in words if w.startswith(("ال", "بال"))), words[0]).split("ال", 1)[-1]
        earlier = [p for p in doc.places_in(max(0, start - ANAPHOR_REACH), start)
                   if p.end <= start and _told_with_incident(doc, p)]
        named = [p for p in earlier if (p.pattern or "").endswith(head)
                 or _head_before(doc.text[max(0, p.start - ANAPHOR_HEAD_CHARS):p.start].split()[-1:], head)
                 or _head_before(doc.text[p.start:p.end].split()[:1], head)]
        # "قرب مدينة إعزاز" is where "المنطقة نفسها" lies, not where "المدينة" does
        of_kind = [p for p in earlier if p.place is not None and p.place.kind in kinds and p.geo_precision <= 2
                   and ("area" in kinds or not (p.pattern or "").startswith(RELATIONAL_PATTERNS))]
        if bare:  # told in its own sentence or the two before
            near = doc.sentences[max(0, doc.sentence_at(start).index - BARE_ANAPHOR_SENTENCES)].start
            if found := sorted((p for p in named + of_kind if p.start >= near), key=lambda p: p.start):
                return innermost(doc, [p for p in earlier if p.start <= found[-1].start]), doc.text[start:end]
            continue
        if found := (named or of_kind):
            return found[-1], doc.text[start:end]
    return None


def _country_named_most(doc: AnalysedDocument, start: int) -> PlaceMention | None:
    countries = [p for p in doc.places_in(max(0, start - ANAPHOR_REACH), start)
                 if p.place is not None and p.place.kind == "country" and p.end <= start]
    if not countries:
        return None
    counts = Counter(p.place.id for p in countries if p.place is not None)
    return max(reversed(countries), key=lambda p: counts[p.place.id if p.place else ""])


def _head_before(before: list[str], head: str) -> bool:
    """The word before a place (or its first) is the head noun of an anaphor, alone or behind a
    clitic preposition ("بمحافظة الجوف" for "بالمحافظة ذاتها")."""
    return bool(before) and (before[0] == head or (before[0][:1] in grammar.words("clitic_prepositions") and before[0][1:] == head))


def _told_with_incident(doc: AnalysedDocument, p: PlaceMention) -> bool:
    """The place's sentence tells an incident ("قال مسؤول في دمشق" only says where a man spoke)."""
    s = doc.sentence_at(p.start)
    return bool(doc.index["cues"].starting_in(s.start, s.end))


def main_place(doc: AnalysedDocument) -> PlaceMention | None:
    if "main_place" not in doc.index:
        doc.index["main_place"] = Spans([p] if (p := _count_main_place(doc)) else [])
    found = doc.index["main_place"].items
    return found[0] if found else None


def _count_main_place(doc: AnalysedDocument) -> PlaceMention | None:
    counts: dict[str, int] = {}
    first: dict[str, PlaceMention] = {}
    for p in doc.places:
        if p.place is None or p.geo_precision > 2 or not told_as_place(doc, p):
            continue
        counts[p.place.id] = counts.get(p.place.id, 0) + 1
        first.setdefault(p.place.id, p)
    if not counts:
        return None
    best = max(counts, key=lambda k: counts[k])
    return first[best] if counts[best] >= 2 else None
