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

from marsad.acled import Inter
from marsad.extract import grammar
from marsad.extract.document import AnalysedDocument, Sentence, Spans
from marsad.extract.mentions import ActorInfo, ActorMention, CueMention
from marsad.extract.times import TimeExpr
from marsad.geo.resolve import PlaceMention

TARGET_INTERS = {Inter.CIVILIANS}  # civilians are always acted on
EXTERNAL_FORCES = 8
GENERIC_FORCES = {"security-forces"}
LEAD_SENTENCES = 3  # the headline and the first sentences: where the headline's place still holds  # "الجيش", "القوات": whose forces the context says
RELATIONAL_PATTERNS = ("near", "outskirts", "direction", "relative", "edge", "around", "side", "countryside")


@dataclass(frozen=True, slots=True)
class Roles:
    actor1: ActorMention | None
    actor2: ActorMention | None
    why1: str
    why2: str


def resolve_references(doc: AnalysedDocument) -> Spans[ActorMention]:
    """Replace referring words ("التنظيم", "الميليشيا") by the latest earlier actor of that kind
    (or the word's fallback actor); drop the ones that refer to nothing. Actors inside state
    descriptions ("الخاضعة لسيطرة فصائل المعارضة") take no part in events."""
    out: list[ActorMention] = []
    latest: dict[int | None, ActorInfo] = {}  # inter code → the actor named last
    for a in doc.mentions.actors:
        if doc.in_non_event(a.start, a.end) or _is_location(doc, a) or _is_label(doc, a) or _is_adjective(doc, a):
            continue
        if a.reference:
            found = [latest[i] for i in a.actor.refers_to if i in latest]
            target = found[0] if len(found) == 1 else _latest_of(out, a.actor.refers_to) or a.actor.fallback
            if target is None:
                continue
            a = ActorMention(a.start, a.end, target, True, a.word_start)
        elif (bound := _bind_generic_forces(doc, a, out)) is not None:
            a = ActorMention(a.start, a.end, bound, True, a.word_start)
        else:
            latest[a.actor.inter] = a.actor
        out.append(a)
    return Spans(out)


def _bind_generic_forces(doc: AnalysedDocument, a: ActorMention, earlier: list[ActorMention]) -> ActorInfo | None:
    """"الجيش" right after the United States was named: that country's forces, not those of
    the country the incident happens in."""
    if a.actor.id not in GENERIC_FORCES:
        return None
    sent = doc.sentence_at(a.start).index
    for b in reversed(earlier[-8:]):
        if sent - doc.sentence_at(b.start).index > 1:
            break
        if b.actor.inter == EXTERNAL_FORCES and b.actor.country and "{country}" not in b.actor.name \
                and b.actor.name.startswith(a.actor.name.split("{country}")[0]):
            return b.actor
    return None


def _is_location(doc: AnalysedDocument, a: ActorMention) -> bool:
    """A country's name that stands as a place ("جنوب شرقي تركيا", "في تركيا") is no actor."""
    if a.actor.inter != Inter.EXTERNAL or not a.actor.country:
        return False
    for p in doc.places_in(a.word_start - 40, a.end + 1):
        if p.start <= a.start and a.end <= p.end and (p.pattern or p.start < a.word_start):
            return True
    before = doc.text[max(0, a.word_start - 4):a.word_start].split()
    return bool(before) and before[-1] in grammar.words("locatives")


def _is_adjective(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"رتلاً عسكرياً تركياً": a country's name read where the accusative adjective stands (written
    with tanween, or agreeing with an adjective before it) is no actor."""
    if a.actor.inter != 8 or not a.actor.country or " " in doc.text[a.start:a.end]:
        return False
    if "\u064b" in doc.nt.original_text(a.start, a.end):  # tanween fath: "تركيًا"
        return True
    before = doc.text[max(0, a.word_start - 14):a.word_start].split()
    return bool(before) and before[-1].endswith("يا") and a.word_start == a.start


def _is_label(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"تركيا: مقتل 30 ...", "المعارضة السورية: النظام استهدف ...": a name before a colon at the
    start of a line says where the story is or who tells it; it takes no part in the incident."""
    line_start = doc.text.rfind("\n", 0, a.word_start) + 1
    return doc.text[a.end:a.end + 2].lstrip().startswith(":") and not doc.text[line_start:a.word_start].strip()


def _speaking(doc: AnalysedDocument, a: ActorMention, cue: CueMention) -> bool:
    """"أعلنت السلطات التركية أن انتحاريا فجر نفسه": the subject of a reporting verb tells of an
    incident in the clause it opens with أن; "أعلنت القيادة تفكيك عبوات" is its own act."""
    if not any(m.kind == "attribution" and 0 <= a.word_start - m.end <= 2
               for m in doc.index["markers"].starting_in(a.word_start - 40, a.word_start)):
        return False
    words = doc.text[a.end:cue.start].split()
    opens = [i for i, w in enumerate(words) if w in grammar.words("complementizers")]
    if not opens or not words[opens[-1] + 1:]:
        return False  # "أعلن الجيش أنه قصف": the speaker is the subject
    # "أن طائراتها دمرت": the subject of the reported clause is the speaker's own
    said = doc.nt.original_text(a.end, cue.start).split()
    subject = said[-(len(words) - opens[-1] - 1)]
    return not subject.endswith(grammar.suffixes("pronoun_suffixes"))


def _latest_of(out: list[ActorMention], inters: tuple[int, ...]) -> ActorInfo | None:
    for b in reversed(out[-50:]):
        if b.actor.inter in inters:
            return b.actor
    return None


def _is_target(doc: AnalysedDocument, a: ActorMention) -> bool:
    """Acted on: civilians; after a target word ("على", "ضد", "مواقع"); or a possessor joined
    with ل to a noun that is not the cue ("القاعدة العسكرية لقوات التحالف")."""
    if a.actor.inter in TARGET_INTERS or a.actor.target_only:
        return True
    role = doc.role_before(a.word_start)
    if role == "target":
        return True
    if role in ("owner", "agent", "with", "descriptive"):
        return False
    if _victim(doc, a):
        return True
    prefix = doc.text[a.word_start:a.start]
    return prefix in grammar.words("purpose_proclitics") and a.word_start > 0 and doc.text[a.word_start - 1] == " " \
        and not _after_cue(doc, a.word_start)


def _with_before(doc: AnalysedDocument, cue_end: int, a: ActorMention) -> bool:
    """"اشتباكات مع متشددين من جبهة النصرة": the other party, a few words after مع."""
    if doc.role_before(a.word_start) == "with":
        return True
    words = doc.text[cue_end:a.word_start].split()
    return 0 < len(words) <= 4 and doc.role_of(words[0]) == "with"


def _victim(doc: AnalysedDocument, a: ActorMention) -> bool:
    """Named as the dead: "مقتل 7 من قادة داعش", "لقي عناصر التنظيم مصرعهم"."""
    for s, e, pos in doc.index["deaths"].starting_in(a.word_start - 60, a.end + 30):
        if pos == "before" and 0 <= a.word_start - e <= 25 and "،" not in doc.text[e:a.word_start]:
            return True
        if pos == "after" and 0 <= s - a.end <= 25 and "،" not in doc.text[a.end:s]:
            return True
    return False


def _after_cue(doc: AnalysedDocument, pos: int) -> bool:
    return any(0 <= pos - c.end <= 1 for c in doc.index["cues"].starting_in(pos - 60, pos))


def _can_act(doc: AnalysedDocument, a: ActorMention) -> bool:
    """Actors joined with ب ("ارتباطهم بالميليشيات") are instruments or associates, not agents."""
    prefix = doc.text[a.word_start:a.start]
    return not (prefix in grammar.words("instrument_proclitics") and doc.role_before(a.word_start) not in ("owner", "agent"))


def _between_pair(doc: AnalysedDocument, actors: list[ActorMention], clause: tuple[int, int],
                  sent: Sentence) -> tuple[ActorMention, ActorMention] | None:
    """"بين X و Y", or "بين X ... من جهة، و Y من جهة أخرى" (the sides of a fight)."""
    for i, a in enumerate(actors):
        if doc.role_before(a.word_start) != "between" or not clause[0] <= a.start < clause[1]:
            continue
        side_end = next((r[1] for r in doc.roles if r[2] == "side" and a.end <= r[0] < sent.end), None)
        if side_end is not None:
            other = [b for b in actors if b.start >= side_end and b.actor.id != a.actor.id]
            if other:
                return a, other[0]
        if i + 1 < len(actors):
            b = actors[i + 1]
            if doc.text[a.end:b.word_start].strip() in grammar.words("list_glue") | {""}:
                return a, b
    return None


def _possessor(doc: AnalysedDocument, cue: CueMention, in_sent: list[ActorMention]) -> ActorMention | None:
    """"وسيطرتها", "قصفه": a noun cue with an attached pronoun belongs to the actor named just
    before it."""
    word_end = cue.end
    while word_end < len(doc.text) and doc.text[word_end].isalnum():
        word_end += 1
    # on the original letters: normalization folds ة into ه, a pronoun is a real ه
    # ("وسيطرتها" is the territory noun even when a verb form of the lexicon matched it)
    if doc.text[cue.start:cue.end].split()[-1].startswith(("نفس", "انفس")):
        return None  # "فجر نفسه": the reflexive, no possessor
    if (cue.cue.pos != "noun" and cue.cue.sub != "by-actor") \
            or not doc.nt.original_text(cue.start, word_end).endswith(grammar.suffixes("pronoun_suffixes")):
        return None
    before = [a for a in in_sent if a.end <= cue.start and cue.start - a.end <= 60]
    return before[-1] if before else None


def _source_after(doc: AnalysedDocument, cue: CueMention, agents_after: list[ActorMention]) -> ActorMention | None:
    """"غارات مكثفة من التحالف": the actor a noun cue comes from."""
    if cue.cue.pos != "noun" or not agents_after:
        return None
    words = doc.text[cue.end:agents_after[0].word_start].split()
    return agents_after[0] if words and words[-1] in grammar.words("source_prepositions") and len(words) <= 2 else None


def _subject_after(doc: AnalysedDocument, cue: CueMention, a: ActorMention) -> bool:
    """Arabic verb-subject order: the subject follows the verb closely, no preposition between."""
    gap = doc.text[cue.end:a.word_start].split()
    return a.word_start - cue.end <= 40 and len(gap) <= 3 and not any(w in grammar.words("prepositions") for w in gap)


def find_roles(doc: AnalysedDocument, cue: CueMention, actors: Spans[ActorMention], sent: Sentence,
               clause: tuple[int, int], passive: bool = False) -> Roles:
    in_sent = [a for a in actors.starting_in(sent.start, sent.end) if not (a.start >= cue.start and a.end <= cue.end)
               and doc.role_before(a.word_start) not in ("descriptive", "allegiance")]
    in_clause = [a for a in in_sent if clause[0] <= a.start < clause[1]]
    pair = _between_pair(doc, in_sent, clause, sent)
    if pair:
        return Roles(pair[0], pair[1], "first party of 'بين X و Y'", "second party of 'بين X و Y'")
    # an owner after the cue owns the object ("وحدات تابعة للتنظيم"): it is acted on
    agents_after = [a for a in in_clause if a.start >= cue.end and not _is_target(doc, a) and _can_act(doc, a)
                    and doc.role_before(a.word_start) != "owner"]
    agents_before = [a for a in in_clause if a.end <= cue.start and not _is_target(doc, a) and _can_act(doc, a)
                     and not _speaking(doc, a, cue)]
    targets_after = [a for a in in_clause if a.start >= cue.end
                     and (_is_target(doc, a) or doc.role_before(a.word_start) == "owner")]
    with_party = [a for a in in_sent if a.start >= cue.end and _with_before(doc, cue.end, a)]
    actor1: ActorMention | None = None
    why1 = ""
    if with_party and cue.cue.type == "Battles" and cue.cue.sub != "by-actor" \
            and with_party[0].start < clause[1]:
        other = [a for a in in_sent if a.end <= cue.start and a.actor.id != with_party[0].actor.id]
        return Roles(with_party[0], other[-1] if other else None, "the other party of 'اشتباكات مع X'",
                     "the subject engaged in the clash" if other else "")
    possessor = _possessor(doc, cue, in_sent)
    source = _source_after(doc, cue, agents_after)
    named = [a for a in actors.starting_in(cue.start - 20, cue.start + 1)
             if a.start <= cue.start and cue.end < a.end and not a.actor.target_only]
    if named:
        actor1, why1 = named[0], "the cue's own words name the agent ('ضربات التحالف', 'غارات أميركية')"
    elif possessor is not None:
        actor1, why1 = possessor, "the actor a noun cue with a pronoun belongs to (سيطرتها)"
    elif source is not None:
        actor1, why1 = source, "the actor after 'من' that the noun cue comes from"
    elif agents_after and agents_after[0].word_start - cue.end <= 2 and cue.cue.pos == "noun":
        actor1, why1 = agents_after[0], "agent right after the noun cue (construct state)"
    elif agents_after and doc.role_before(agents_after[0].word_start) == "agent":
        actor1, why1 = agents_after[0], "agent after an agent word (شنتها، من قبل)"
    elif agents_after and cue.cue.pos == "verb" and _subject_after(doc, cue, agents_after[0]):
        actor1, why1 = agents_after[0], "subject after the verb cue"
    elif agents_before:
        actor1, why1 = agents_before[-1], "nearest actor before the cue in its clause"
    else:
        before = [a for a in in_sent if a.end <= cue.start and not _is_target(doc, a) and _can_act(doc, a)
                  and not _speaking(doc, a, cue)]
        if before:
            actor1, why1 = before[-1], "nearest actor before the cue in its sentence"
    actor2: ActorMention | None = None
    why2 = ""
    if passive and agents_before:
        actor2, why2 = agents_before[-1], "subject of a passive cue"
    elif targets_after:
        actor2, why2 = targets_after[0], "target after the cue (على، ضد، مواقع)"
    elif actor1 is not None and actor1.end <= cue.start and _objects(doc, in_clause, cue, actor1):
        actor2 = _objects(doc, in_clause, cue, actor1)[0]
        why2 = "object after the cue (the agent stands before it)"
    else:
        later = [a for a in in_sent if a.start >= cue.end and _is_target(doc, a)]
        earlier_victims = [a for a in in_sent if a.end <= cue.start and _is_target(doc, a)]
        if later:
            actor2, why2 = later[0], "target later in the sentence"
        elif earlier_victims:
            actor2, why2 = earlier_victims[-1], "victims named before the cue"
    if actor2 is None and actor1 is not None and actor1.start >= cue.end and cue.cue.type == "Battles":
        defenders = [a for a in agents_before if a.actor.id != actor1.actor.id]
        if defenders:  # "صدت قوات البيشمركة هجوما لتنظيم داعش": the other party stands before
            actor2, why2 = defenders[-1], "the party before the cue facing the attacker"
    if actor2 is None and cue.cue.type in ("Explosions/Remote violence", "Violence against civilians"):
        civilians = [a for a in in_sent if a.actor.inter == Inter.CIVILIANS]
        if civilians:
            actor2, why2 = civilians[0], "civilians named as victims in the sentence"
    if actor1 and actor2 and actor1.actor.id == actor2.actor.id:
        actor2, why2 = None, ""
    return Roles(actor1, actor2, why1, why2)


def _objects(doc: AnalysedDocument, in_clause: list[ActorMention], cue: CueMention,
             actor1: ActorMention) -> list[ActorMention]:
    return [a for a in in_clause if a.start >= cue.end and a.actor.id != actor1.actor.id
            and doc.role_before(a.word_start) not in ("owner", "agent", "descriptive")]


# ---------------------------------------------------------------- places


def _gap_is_list(text: str) -> bool:
    words = text.replace("،", " ").replace(",", " ").replace("(", " ").replace(")", " ").split()
    return len(words) <= 2 and all(w in grammar.words("list_glue") for w in words)


def _relational(p: PlaceMention) -> bool:
    return bool(p.pattern) and any(r in (p.pattern or "") for r in RELATIONAL_PATTERNS)


def _gap_is_new_item(doc: AnalysedDocument, text: str, start: int, end: int) -> bool:
    """"... وحقول ألغام قريبة من مدينة الرقة": a new coordinated item with its own words."""
    words = text.replace("(", " ").replace(")", " ").replace("،", " ").split()
    if not words or not words[0].startswith(grammar.suffixes("conjunctions")) or len(words) > 5 \
            or any(ch in text for ch in ".؟!:؛"):
        return False
    return not doc.index["markers"].starting_in(start, end) and not doc.index["cues"].starting_in(start, end)


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
        gap = doc.text[prev.end:p.start]
        container = p.place is not None and p.geo_precision >= 2 and prev.geo_precision < p.geo_precision \
            and p.pattern != group[0].pattern
        if not (_gap_is_list(gap) or _gap_is_new_item(doc, gap, prev.end, p.start)) \
                or (_relational(p) and p.pattern != group[0].pattern) or container:
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


def _origin(doc: AnalysedDocument, p: PlaceMention, clause: tuple[int, int]) -> bool:
    """"انطلق القصف من مدينة دجلة": the place a strike was launched from, not where it struck."""
    before = doc.text[max(clause[0], p.start - 30):p.start].split()
    if not before or before[-1] not in ("من", "ومن"):
        return False
    return any(w in grammar.words("origin_verbs") or w.lstrip("و") in grammar.words("origin_verbs")
               for w in doc.text[clause[0]:p.start].split())


def find_places_for(doc: AnalysedDocument, cue: CueMention, sent: Sentence,
                    clause: tuple[int, int]) -> tuple[list[PlaceMention], str]:
    places, why = _find_places(doc, cue, sent, clause)
    struck = [p for p in places if not _origin(doc, p, clause)]
    if places and not struck:  # only the origin named here: the target lies further on
        later = [p for p in doc.places_in(places[-1].end, sent.end) if not _origin(doc, p, clause)]
        struck = place_group(doc, later) if later else []
        why = "the place struck, not the one the strike came from"
    places = struck or places
    if places and all(p.geo_precision >= 3 for p in places):
        reach = clause[1]
        for a, b in sent.clauses:
            if a >= clause[1] and doc.index["deaths"].starting_in(a, b):
                reach = b  # "، بعد مقتل سكان في قرية X": the victims' place
                break
        later = [p for p in doc.places_in(cue.end, reach) if p.geo_precision < 3 and p.latitude is not None]
        if later:
            rest = doc.places_in(later[0].start, reach)
            return place_group(doc, rest), "precise places later in the sentence narrow a regional one"
    return places, why


def _find_places(doc: AnalysedDocument, cue: CueMention, sent: Sentence,
                 clause: tuple[int, int]) -> tuple[list[PlaceMention], str]:
    ref = next((r for r in doc.place_refs if cue.end <= r[0] < clause[1]), None)
    after = doc.places_in(cue.end, clause[1])
    if ref and not [p for p in after if p.start < ref[0]]:
        sent = doc.sentence_at(cue.start)  # the places referred to may stand in another clause
        lookback = sent.start
        if not [p for p in doc.places_in(sent.start, cue.start) if p.geo_precision <= 2] and sent.index > 0:
            lookback = doc.sentences[sent.index - 1].start
        earlier = [p for p in doc.places_in(lookback, cue.start) if p.geo_precision <= 2]
        if earlier:
            first = earlier[0]
            return place_group(doc, doc.places_in(first.start, cue.start)), "'the two villages': the places named before"
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
    main = _main_place(doc)
    if main is not None:
        return [main], "the place the article is about (named most often)"
    return [], ""


def _main_place(doc: AnalysedDocument) -> PlaceMention | None:
    if "main_place" not in doc.index:
        doc.index["main_place"] = Spans([p] if (p := _count_main_place(doc)) else [])
    found = doc.index["main_place"].items
    return found[0] if found else None


def _count_main_place(doc: AnalysedDocument) -> PlaceMention | None:
    counts: dict[str, int] = {}
    first: dict[str, PlaceMention] = {}
    for p in doc.places:
        if p.place is None or p.geo_precision > 2:
            continue
        counts[p.place.id] = counts.get(p.place.id, 0) + 1
        first.setdefault(p.place.id, p)
    if not counts:
        return None
    best = max(counts, key=lambda k: counts[k])
    return first[best] if counts[best] >= 2 else None


# ---------------------------------------------------------------- dates


@dataclass(frozen=True, slots=True)
class DateChoice:
    date: date | None
    precision: int
    time: TimeExpr | None
    inherited: bool
    why: str


def _usable(doc: AnalysedDocument, t: TimeExpr) -> bool:
    """A date an incident can have: resolved, not after publication, and not the start of a
    state ("منذ 28 مايو": since; "منذ يومين", two days ago, is fine)."""
    if t.date is None or (doc.published and t.date > doc.published):
        return False
    if t.text.startswith(grammar.suffixes("since")) and t.time_precision >= 2:
        return False  # "منذ أكثر من أسبوع": how long something lasts
    return not (t.kind not in ("ago", "relative_day", "weekday", "recent")
                and doc.text[max(0, t.start - 4):t.start].strip().endswith(grammar.suffixes("since")))


def _flashback(doc: AnalysedDocument, s: Sentence) -> bool:
    return any(m.kind == "flashback" for m in doc.index["markers"].starting_in(s.start, s.start + 3))


def _reporting(doc: AnalysedDocument, t: TimeExpr) -> bool:
    """The day something was said or claimed ("أفادت مصادر أمنية أمس", "تبنى الحزب أمس هجوما")."""
    clause = doc.clause_at(t.start)
    return any(m.kind in ("attribution", "modality:claimed") and clause[0] <= m.start and m.end <= t.start and t.start - m.end <= 40
               for m in doc.index["markers"].starting_in(clause[0], t.start))


def _incident_times(doc: AnalysedDocument, start: int, end: int) -> list[TimeExpr]:
    times = [t for t in doc.times_in(start, end) if _usable(doc, t)]
    own = [t for t in times if not _reporting(doc, t)]
    return own or times


def find_date(doc: AnalysedDocument, cue: CueMention, sent: Sentence) -> DateChoice:
    times = _incident_times(doc, sent.start, sent.end)
    if times:
        clause = doc.clause_at(cue.start)
        in_clause = [t for t in times if clause[0] <= t.start < clause[1]]
        pool = in_clause or times
        t = min(pool, key=lambda t: abs(t.start - cue.start))
        return DateChoice(t.date, t.time_precision, t, False, f"time expression '{t.text}' in the sentence")
    unresolved = [t for t in doc.times_in(sent.start, sent.end) if t.date is None] if doc.published is None else []
    if unresolved:  # "أمس" with no publication date: the words are kept, the day is unknown
        t = min(unresolved, key=lambda t: abs(t.start - cue.start))
        return DateChoice(None, t.time_precision, t, False, f"'{t.text}' cannot be resolved without a publication date")
    for prev in reversed(doc.sentences[max(0, sent.index - 40):sent.index]):
        if prev.in_title or _flashback(doc, prev):
            continue
        ts = _incident_times(doc, prev.start, prev.end)
        if ts:
            t = ts[-1]
            return DateChoice(t.date, t.time_precision, t, True, f"inherited from an earlier sentence ('{t.text}')")
    body = [t for t in doc.index["times"].starting_in(doc.title_end, doc.title_end + 2000) if _usable(doc, t)]
    if body and (sent.in_title or sent.index <= 2):
        t = body[0]
        return DateChoice(t.date, t.time_precision, t, True, f"the lead's date ('{t.text}')")
    if doc.published:
        return DateChoice(doc.published, 2, None, True, "publication date (the text gives none)")
    return DateChoice(None, 3, None, True, "no date in the text and no publication date")
