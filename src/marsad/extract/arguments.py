"""Attach arguments to an event cue: who acted (actor1), on whom (actor2), where, when.

Rules, in the order they are tried (each records why it fired, for `--explain`):

actors   agent right after a noun cue ("غارات التحالف", "قصف قوات الأسد") or after an agent word
         ("شنتها مقاتلات التحالف", "من قبل"); for a verb cue the first non-target actor after it
         (Arabic verb-subject order), else the nearest non-target actor before it in the clause,
         else in the sentence. Targets are actors after target words ("على", "ضد", "مواقع"),
         civilians, and the second party of "بين X و Y".
places   places after the cue in its clause, else before it in the clause, else in the sentence,
         else the previous sentence of the paragraph, else the headline.
dates    the time expression of the sentence nearest the cue, else the last date of the preceding
         sentences (inherited), else the headline's or the lead's, else the publication date.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from marsad.extract.document import AnalysedDocument, Sentence
from marsad.extract.mentions import ActorMention, CueMention
from marsad.extract.times import TimeExpr
from marsad.geo.resolve import PlaceMention

TARGET_INTERS = {7}  # civilians are always acted on
RELATIONAL_PATTERNS = ("near", "outskirts", "direction", "relative", "edge", "around", "side", "countryside")


@dataclass(frozen=True, slots=True)
class Roles:
    actor1: ActorMention | None
    actor2: ActorMention | None
    why1: str
    why2: str


def resolve_references(doc: AnalysedDocument) -> tuple[ActorMention, ...]:
    """Replace referring words ("التنظيم", "الميليشيا") by the latest earlier actor of that kind."""
    out: list[ActorMention] = []
    for a in doc.mentions.actors:
        if a.reference:
            earlier = [b for b in out if not b.reference and b.actor.inter == a.actor.inter and b.start < a.start]
            if earlier:
                a = ActorMention(a.start, a.end, earlier[-1].actor, True, a.word_start)
        out.append(a)
    return tuple(out)


def _is_target(doc: AnalysedDocument, a: ActorMention) -> bool:
    if a.actor.inter in TARGET_INTERS:
        return True
    return doc.role_before(a.word_start) == "target"


def _between_pair(doc: AnalysedDocument, actors: list[ActorMention], clause: tuple[int, int]) -> tuple[ActorMention, ActorMention] | None:
    for i, a in enumerate(actors):
        if doc.role_before(a.word_start) == "between" and i + 1 < len(actors):
            b = actors[i + 1]
            gap = doc.text[a.end:b.word_start]
            if gap.strip() in ("و", "") and clause[0] <= a.start < clause[1]:
                return a, b
    return None


def find_roles(doc: AnalysedDocument, cue: CueMention, actors: tuple[ActorMention, ...], sent: Sentence,
               clause: tuple[int, int], passive: bool = False) -> Roles:
    in_sent = [a for a in actors if sent.start <= a.start < sent.end and not (a.start >= cue.start and a.end <= cue.end)]
    in_clause = [a for a in in_sent if clause[0] <= a.start < clause[1]]
    pair = _between_pair(doc, in_clause, clause)
    if pair:
        return Roles(pair[0], pair[1], "first party of 'بين X و Y'", "second party of 'بين X و Y'")
    agents_after = [a for a in in_clause if a.start >= cue.end and not _is_target(doc, a)]
    agents_before = [a for a in in_clause if a.end <= cue.start and not _is_target(doc, a)]
    targets_after = [a for a in in_clause if a.start >= cue.end and _is_target(doc, a)]
    actor1: ActorMention | None = None
    why1 = ""
    if agents_after and agents_after[0].word_start - cue.end <= 2 and cue.cue.pos == "noun":
        actor1, why1 = agents_after[0], "agent right after the noun cue (construct state)"
    elif agents_after and doc.role_before(agents_after[0].word_start) == "agent":
        actor1, why1 = agents_after[0], "agent after an agent word (شنتها، من قبل)"
    elif agents_after and cue.cue.pos == "verb" and agents_after[0].word_start - cue.end <= 40:
        actor1, why1 = agents_after[0], "subject after the verb cue"
    elif agents_before:
        actor1, why1 = agents_before[-1], "nearest actor before the cue in its clause"
    else:
        before = [a for a in in_sent if a.end <= cue.start and not _is_target(doc, a)]
        if before:
            actor1, why1 = before[-1], "nearest actor before the cue in its sentence"
    actor2: ActorMention | None = None
    why2 = ""
    if passive and agents_before:
        actor2, why2 = agents_before[-1], "subject of a passive cue"
    elif targets_after:
        actor2, why2 = targets_after[0], "target after the cue (على، ضد، مواقع)"
    else:
        later = [a for a in in_sent if a.start >= cue.end and _is_target(doc, a)]
        earlier_victims = [a for a in in_clause if a.end <= cue.start and _is_target(doc, a)]
        if later:
            actor2, why2 = later[0], "target later in the sentence"
        elif earlier_victims:
            actor2, why2 = earlier_victims[-1], "victims named before the cue"
    if actor1 and actor2 and actor1.actor.id == actor2.actor.id:
        actor2, why2 = None, ""
    return Roles(actor1, actor2, why1, why2)


# ---------------------------------------------------------------- places


def _gap_is_list(text: str) -> bool:
    words = [w for w in text.replace("،", " ").replace(",", " ").replace("(", " ").replace(")", " ").split()]
    return len(words) <= 2 and all(w in ("و", "او", "قريه", "بلده", "مدينه", "حي", "منطقه", "وفي", "في", "ومدينه",
                                         "وبلده", "وقريه", "وحي", "ومنطقه") for w in words)


def _relational(p: PlaceMention) -> bool:
    return bool(p.pattern) and any(r in (p.pattern or "") for r in RELATIONAL_PATTERNS)


def place_group(doc: AnalysedDocument, cands: list[PlaceMention]) -> list[PlaceMention]:
    """The places an incident happened at: a coordinated list ("قريتي X وY"), without the
    containers and anchors that follow it ("جنوب مدينة Z في ريف إدلب"). Members the gazetteer
    does not know are located at that anchor (precision 2)."""
    if not cands:
        return []
    group = [cands[0]]
    anchor: PlaceMention | None = None
    for p in cands[1:]:
        prev = group[-1]
        if not _gap_is_list(doc.text[prev.end:p.start]) or (_relational(p) and p.pattern != group[0].pattern) \
                or (prev.geo_precision == 1 and p.geo_precision >= 2 and p.pattern != group[0].pattern):
            anchor = p
            break
        group.append(p)
    if anchor is None or anchor.latitude is None:
        known = [p for p in cands if p.latitude is not None]
        anchor = known[0] if known else None
    seen: set[str] = set()
    out: list[PlaceMention] = []
    for p in group:
        key = p.place.id if p.place else p.text
        if key in seen:
            continue
        seen.add(key)
        if p.latitude is None and anchor is not None and anchor.latitude is not None:
            p = replace(p, latitude=anchor.latitude, longitude=anchor.longitude, geo_precision=2)
        out.append(p)
    return out


def find_places_for(doc: AnalysedDocument, cue: CueMention, sent: Sentence,
                    clause: tuple[int, int]) -> tuple[list[PlaceMention], str]:
    after = doc.places_in(cue.end, clause[1])
    if after:
        return place_group(doc, after), "places after the cue in its clause"
    before = doc.places_in(clause[0], cue.start)
    if before:
        return [before[-1]], "place before the cue in its clause"
    s_after = doc.places_in(cue.end, sent.end)
    if s_after:
        return place_group(doc, s_after), "places later in the sentence"
    s_before = doc.places_in(sent.start, cue.start)
    if s_before:
        return [s_before[-1]], "place earlier in the sentence"
    if sent.index > 0:
        prev = doc.sentences[sent.index - 1]
        if prev.paragraph == sent.paragraph:
            ps = doc.places_in(prev.start, prev.end)
            if ps:
                return [ps[-1]], "place of the previous sentence"
    if doc.title_end:
        ps = doc.places_in(0, doc.title_end)
        if ps:
            return [ps[0]], "place of the headline"
    return [], ""


# ---------------------------------------------------------------- dates


@dataclass(frozen=True, slots=True)
class DateChoice:
    date: date | None
    precision: int
    time: TimeExpr | None
    inherited: bool
    why: str


def _usable(t: TimeExpr, published: date | None) -> bool:
    if t.date is None:
        return False
    return not (published and t.date > published)


def find_date(doc: AnalysedDocument, cue: CueMention, sent: Sentence) -> DateChoice:
    times = [t for t in doc.times_in(sent.start, sent.end) if _usable(t, doc.published)]
    if times:
        clause = doc.clause_at(cue.start)
        in_clause = [t for t in times if clause[0] <= t.start < clause[1]]
        pool = in_clause or times
        t = min(pool, key=lambda t: abs(t.start - cue.start))
        return DateChoice(t.date, t.time_precision, t, False, f"time expression '{t.text}' in the sentence")
    for prev in reversed(doc.sentences[max(0, sent.index - 4):sent.index]):
        if prev.in_title:
            continue
        ts = [t for t in doc.times_in(prev.start, prev.end) if _usable(t, doc.published)]
        if ts:
            t = ts[-1]
            return DateChoice(t.date, t.time_precision, t, True, f"inherited from an earlier sentence ('{t.text}')")
    body = [t for t in doc.times if t.start >= doc.title_end and _usable(t, doc.published)]
    if body and (sent.in_title or sent.index <= 2):
        t = body[0]
        return DateChoice(t.date, t.time_precision, t, True, f"the lead's date ('{t.text}')")
    if doc.published:
        return DateChoice(doc.published, 2, None, True, "publication date (the text gives none)")
    return DateChoice(None, 3, None, True, "no date in the text and no publication date")
