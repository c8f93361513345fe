"""Attach arguments to an event cue: where (when in `marsad.extract.event_dates`, who in
`marsad.extract.roles`).

Rules, in the order they are tried (each records why it fired, for `--explain`): places after the
cue in its clause (and the list that goes on after its comma), else before it in the clause, else
in the sentence, else the previous sentence of the paragraph, else the headline, else the place
the article is about.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from marsad.acled import ARRESTS, BATTLES, EXPLOSIONS
from marsad.extract import grammar
from marsad.extract.context import (
    NAMED_REACH,
    WORD,
    beside_a_deed,
    inclusion_between,
    markers_in,
    named_incident_place,
)
from marsad.extract.document import NAME_QUOTES, AnalysedDocument, Sentence, Spans
from marsad.extract.event_dates import suspects_incident, turns_to_another_story
from marsad.extract.mentions import CueMention
from marsad.extract.place_antecedents import antecedent, chained, innermost, main_place
from marsad.extract.place_roles import (
    advance_goal,
    aircraft_base,
    between_two,
    deed_after,
    destination,
    displaced_from,
    first_end,
    held_past_the_topic,
    journey_end,
    locative,
    names_where,
    origin,
    people_of,
    relational,
    road_between,
    road_named,
    street_of,
    told_again,
    way_goal,
    within_the_label,
)
from marsad.extract.reach import after_passive
from marsad.geo.resolve import IN_CITY, PlaceMention

MAIN_PLACE = "the place the article is about (named most often)"  # the last resort of a place
HEADLINE_PLACE = "place of the headline"
PREVIOUS_PLACE = "place of the previous sentence"
MIN_VERB_CHARS = 2  # a verb is longer than its prefix and one letter
WITNESS_WORDS = 3  # "[كما شهدت محافظات] البصرة": the verb of witnessing and the plural noun before the places
ABROAD = (BATTLES, EXPLOSIONS)  # what a state does abroad as well as at home
ACROSS_CHARS = 14  # "[المقابلة ل]مدينة كيليس": the word of facing before the town across the border
LIST_CLAUSE_WORDS = 16  # "، وقرب الحديثة وكركوك ... في العراق": the longest clause that only goes on with a list
INCLUSION_HEAD_WORDS = 3  # "[ومدن أخرى] منها": the nouns of a list before the word that opens its members
REF_MODIFIER_CHARS = 25  # "المناطق القريبة من الرمادي": a place near, around or east of, this close after a plural of places, tells which
REF_MODIFIER_PATTERNS = ("near", "direction")  # not "في ريف حلب": where the towns named before lie
LIST_GAP_MARKS = str.maketrans({c: " " for c in "،,()"})  # "، و(": punctuation between a list's members
GLOSS = re.compile(r"\([^()]{1,24}\)")  # "قونية (وسط)": a gloss after a list member
CITY_KINDS = ("city", "town")


# ---------------------------------------------------------------- places


def _gap_is_list(text: str) -> bool:
    """"، و", "، وفي «": glue words only; the mark that opens the next member's quoted name is no
    word, nor a short gloss in parentheses after a member ("وقونية (وسط) ومانيسا")."""
    words = GLOSS.sub(" ", text).rstrip(NAME_QUOTES).translate(LIST_GAP_MARKS).split()
    return len(words) <= 2 and all(w in grammar.words("list_glue") for w in words)


def _gap_is_inclusion(text: str) -> bool:
    """"ومدن أخرى، منها": a list's place nouns (`place_unit_nouns`, `list_inclusion_heads`), then the
    word that opens its members (`list_inclusion`)."""
    words = text.replace("،", " ").replace(",", " ").split()
    for n in (1, 2):
        if len(words) > n and " ".join(words[-n:]) in grammar.words("list_inclusion"):
            head = words[:-n]
            return len(head) <= INCLUSION_HEAD_WORDS and all(
                grammar.has(w, "place_unit_nouns") or w in grammar.words("list_inclusion_heads") for w in head)
    return False


def _gap_is_new_item(doc: AnalysedDocument, text: str, start: int, end: int) -> bool:
    """"... ومخازن ذخيرة قرب بلدة الشدادي": a new coordinated item with its own words."""
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
    group, anchor = _coordinated(doc, cands)
    if len(group) == 2 and between_two(doc, group[0]):
        group = group[:1]  # "في منطقة بين محافظتي صلاح الدين وديالى": one place between two, told by its first
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
    if len(out) > 1 and all(_quarter(p) for p in out):  # "على حيي باب توما والقصاع في دمشق": the quarters
        return [anchor] if anchor is not None and anchor.place is not None and anchor.place.kind in CITY_KINDS \
            else out[:1]  # of one city are one place, that city (ACLED)
    return out


def _quarter(p: PlaceMention) -> bool:
    return (p.place is not None and p.place.kind == "neighbourhood") or IN_CITY in (p.pattern or "")


def _coordinated(doc: AnalysedDocument, cands: list[PlaceMention]) -> tuple[list[PlaceMention], PlaceMention | None]:
    """The members of the list the first place opens, and the anchor that ends it (a container or
    a relational place); a member's own anchor followed by ", و" lets the list go on."""
    group = [cands[0]]
    anchor: PlaceMention | None = None
    skip = False
    for i, p in enumerate(cands[1:], 1):
        if skip:  # the anchor of the member before ("تادف بالقرب من مدينة الباب، وقباسين")
            skip = False
            continue
        prev = group[-1]
        gap = doc.text[prev.end:p.start]
        container = p.place is not None and p.geo_precision >= 2 and prev.geo_precision < p.geo_precision \
            and p.pattern != group[0].pattern
        if not (_gap_is_list(gap) or _gap_is_new_item(doc, gap, prev.end, p.start) or _gap_is_inclusion(gap)) \
                or (relational(p) and p.pattern != group[0].pattern) or container:
            anchor = anchor or p
            if i + 1 < len(cands) and relational(p) and _list_after_anchor(doc, p, cands[i + 1]):
                group.append(cands[i + 1])
                skip = True
                continue
            break
        group.append(p)
    return group, anchor


def _road_end(doc: AnalysedDocument, places: list[PlaceMention]) -> PlaceMention | None:
    """The first town of a road named by its two ends ("الطريق الرابط بين X وY", "طريق X - Y"); the town
    a road named after a city lies in (`street_of`)."""
    if places and (street := street_of(doc, places[0])) is not None:
        return street
    if len(places) > 1 and (road_between(doc, places[0]) or road_named(doc, places[0], places[1])):
        return places[0]
    if len(places) == 1 and road_between(doc, places[0]):
        return first_end(doc, places[0])
    return None


def _list_after_anchor(doc: AnalysedDocument, anchor: PlaceMention, nxt: PlaceMention) -> bool:
    """"في كل من تادف بالقرب من مدينة الباب، وقباسين": after a member's relational anchor, a
    comma and a conjunction go on with the list, not with the anchor."""
    gap = doc.text[anchor.end:nxt.start]
    return "،" in gap and _gap_is_list(gap)


def find_places_for(doc: AnalysedDocument, cue: CueMention, sent: Sentence,
                    clause: tuple[int, int]) -> tuple[list[PlaceMention], str]:
    places, why = _find_places(doc, cue, sent, clause)
    if places and (held := held_past_the_topic(doc, sent, places)):
        return place_group(doc, held), "the place the protest was held, past the places of what it was against"
    if (road := _road_end(doc, places)) is not None:
        return [road], "a road between two towns: one place, the first named"
    if places and people_of(doc, places[0], clause):
        later = [p for p in doc.places_in(places[0].end, clause[1])
                 if p.start - places[0].end > 1 and not people_of(doc, p, clause) and locative(doc, p)]
        if later:  # the place the people came to, when the text names one
            places, why = place_group(doc, doc.places_in(later[0].start, sent.end)), "not the place the people come from"
        elif displaced_from(doc, places[0], clause):  # "أوقف المسلحون عشرين أسرة من نازحي الأنبار": they fled it
            places, why = _places_beyond(doc, cue, sent)
            why = f"{why}, not the place the displaced fled"
    struck = [p for p in places if not origin(doc, p, clause)]
    if places and not struck:  # only the origin named here: the target lies further on
        later = [p for p in doc.places_in(places[-1].end, sent.end) if not origin(doc, p, clause)]
        struck = place_group(doc, later) if later else []
        if not struck:
            return [], "only the place the strike came from is named"
        why = "the place struck, not the one the strike came from"
    places = struck or places
    if places and destination(doc, places[-1]):
        places, why = _off_the_road(doc, clause, places, why)
    if places and all(p.geo_precision >= 3 for p in places):
        narrowed = _narrowed(doc, cue, sent, clause, places)
        if narrowed:
            return narrowed, "precise places later in the sentence narrow a regional one"
    return places, why


def _off_the_road(doc: AnalysedDocument, clause: tuple[int, int], places: list[PlaceMention],
                  why: str) -> tuple[list[PlaceMention], str]:
    """The places that are not the towns a road leads to ("على الطرق المؤدية إلى حلب وحماة"): those
    named with them, else those named after them in the clause ("، قرب بلدة القريتين"), else the
    towns themselves (the road leads there: the nearest place named)."""
    beyond = [p for p in places if not destination(doc, p)]
    if not beyond:
        later = [p for p in doc.places_in(places[-1].end, clause[1]) if not destination(doc, p)]
        beyond = place_group(doc, later) if later else []
    return (beyond, f"{why}; not the towns a road leads to") if beyond else (places, why)


def _narrowed(doc: AnalysedDocument, cue: CueMention, sent: Sentence, clause: tuple[int, int],
              places: list[PlaceMention]) -> list[PlaceMention]:
    """The precise places after a regional one in the clause (or in the clause of the victims,
    "، بعد مقتل سكان في قرية X"); after a country alone, a town of it anywhere in the sentence
    ("داخل الأراضي التركية، بعد استهدافه تجمعا بمدينة سوروتش"); never the town across a border that
    the place faces ("في سورية المقابلة لمدينة كيليس": the incident was in Syria, and a force of the
    town's country among its parties places it on the strip across from it, `records.placed_across_borders`)."""
    reach = clause[1]
    for a, b in sent.clauses:
        if a >= clause[1] and doc.index["deaths"].starting_in(a, b):
            reach = b
            break
    lands = {p.place.country for p in places if p.place is not None and p.place.kind == "country"}
    whole = len(lands) == len(places)
    if whole:
        reach = sent.end
    reach = min(reach, _report_end(doc, cue, sent))  # not into another report of the sentence
    later = [p for p in doc.places_in(cue.end, reach) if p.geo_precision < 3 and p.latitude is not None
             and not people_of(doc, p, clause) and not _a_members_place(doc, cue, p)
             and (not whole or p.place is None or p.place.country in lands) and not _across_from(doc, p)
             and not aircraft_base(doc, p) and not way_goal(doc, p) and not origin(doc, p, (sent.start, reach))]
    later = _before_an_accompanying_deed(doc, cue, later)
    if later and suspects_incident(doc, cue, later[0].start) is not None:
        return []  # "اعتقال 5 في تركيا للاشتباه في صلتهم بهجوم إسطنبول": the incident's town, not the arrest's
    return place_group(doc, doc.places_in(later[0].start, reach)) if later else []


def _across_from(doc: AnalysedDocument, p: PlaceMention) -> bool:
    """"في سورية المقابلة لمدينة كيليس": the town across the border that the place faces, not where
    the incident was."""
    before = [w for w in doc.text[max(0, p.start - ACROSS_CHARS):p.start].split() if w != "ل"]  # "المقابلة ل مدينة"
    return bool(before) and grammar.has(before[-1], "facing_words")


def _subject_of_the_passive(doc: AnalysedDocument, cue: CueMention, sent: Sentence) -> list[PlaceMention] | None:
    """"تعرضت أطراف قريتي الكبير والشيخ حسن في ناحية كنسبا، بريف اللاذقية، لقصف جوي": the places
    that suffered the cue, named between its passive verb and it across commas."""
    if not after_passive(doc, cue):
        return None
    verbs = [m.start() for m in WORD.finditer(doc.text, sent.start, cue.start) if grammar.has(m.group(), "passive_finite_verbs")] \
        or [m.start() for m in WORD.finditer(doc.text, sent.start, cue.start) if grammar.has(m.group(), "passive_verbs")]
    if not verbs:
        return None
    between = [p for p in doc.places_in(verbs[-1], cue.start) if names_where(doc, p)]
    return place_group(doc, between) if between else None


def _a_members_place(doc: AnalysedDocument, cue: CueMention, p: PlaceMention) -> bool:
    """"18 غارة في العراق بينها أربع غارات قرب الموصل": a place after a word of inclusion and an
    incident noun of its own is where one of the incidents counted happened, not the count's."""
    return inclusion_between(doc, cue.end, p.start) and bool(doc.index["cues"].starting_in(cue.end + 1, p.start))


def _find_places(doc: AnalysedDocument, cue: CueMention, sent: Sentence,
                 clause: tuple[int, int]) -> tuple[list[PlaceMention], str]:
    ref = next((r for r in doc.place_refs if cue.end <= r[0] < clause[1]), None)
    report_end = _report_end(doc, cue, doc.sentence_at(cue.start))
    after = doc.places_in(cue.end, min(clause[1], report_end))
    if ref and not [p for p in after if p.start < ref[0] or (ref[1] <= p.start <= ref[1] + REF_MODIFIER_CHARS
                                                     and (p.pattern or "").startswith(REF_MODIFIER_PATTERNS))]:
        sent = doc.sentence_at(cue.start)  # the places referred to may stand in another clause
        lookback = sent.start
        if not [p for p in doc.places_in(sent.start, cue.start) if p.geo_precision <= 2 and names_where(doc, p)] \
                and sent.index > 0:
            lookback = doc.sentences[sent.index - 1].start
        earlier = [p for p in doc.places_in(lookback, cue.start) if p.geo_precision <= 2 and names_where(doc, p)]
        if earlier:
            first = earlier[0]
            return place_group(doc, doc.places_in(first.start, cue.start)), "'the two villages': the places named before"
    after = _before_thesuspects_incident(doc, cue, _before_an_accompanying_deed(
        doc, cue, [p for p in after if names_where(doc, p)]))
    if after := [p for p in after if not way_goal(doc, p) and not (after_passive(doc, cue) and origin(doc, p, clause))]:
        group = place_group(doc, after)
        more = _list_goes_on(doc, clause, group)
        if more:
            return group + more, "places after the cue in its clause and the list that goes on after its comma"
        return group, "places after the cue in its clause"
    return _places_past_the_clause(doc, cue, sent, clause, report_end)


def _of_a_named_incident(doc: AnalysedDocument, p: PlaceMention, cue: CueMention) -> bool:
    """"نافيا أي صلة له بهجوم المنيا": a place another incident's noun is named by
    (`context.named_incident_place`) names that incident, not where the cue's was."""
    return any(c.start != cue.start and named_incident_place(doc, c) is p
               for c in doc.index["cues"].starting_in(max(0, p.start - NAMED_REACH), p.start))


def _places_past_the_clause(doc: AnalysedDocument, cue: CueMention, sent: Sentence, clause: tuple[int, int],
                            report_end: int) -> tuple[list[PlaceMention], str]:
    """No place after the cue in its clause: the places its sentence names elsewhere, the way a
    party was on last ("في طريقهم من كركوك إلى بغداد"), then the places beyond the sentence."""
    if (suffered := _subject_of_the_passive(doc, cue, sent)) is not None and suffered[0].start < clause[0]:
        return suffered, "the places between the passive verb and its cue, past commas"
    if (found_before := _places_before(doc, cue, clause)) is not None:
        return found_before
    if (found := antecedent(doc, clause)) is not None:
        return [found[0]], f"'{found[1]}': the last place of its kind named before"
    later = _before_thesuspects_incident(doc, cue, _before_an_accompanying_deed(
        doc, cue, [p for p in doc.places_in(cue.end, min(sent.end, report_end))
                   if names_where(doc, p) and not _of_a_named_incident(doc, p, cue)]))
    if s_after := [p for p in later if not way_goal(doc, p) and not destination(doc, p)]:
        return place_group(doc, s_after), "places later in the sentence"
    s_before = _not_peoples(doc, sent, [p for p in doc.places_in(sent.start, cue.start)
                                        if names_where(doc, p) and not journey_end(doc, p) and not _where_said(doc, p, cue)])
    if s_before:
        return [innermost(doc, s_before)], "place earlier in the sentence"
    if (beside := _place_beside(doc, cue, clause)) is not None:
        return [beside], "the place of the deed it goes on beside ('وسط قصف', 'ترافق مع')"
    if later:
        return [later[0]], "the place of the way the party was on, the only one its sentence names"
    return _places_beyond(doc, cue, sent)


def _where_said(doc: AnalysedDocument, p: PlaceMention, cue: CueMention) -> bool:
    """"وفي واشنطن، قال وزير الدفاع إن الضربات استهدفت ...": a place of another country than the
    article's that opens the sentence, before a verb of reporting whose reported clause holds the
    cue, or before a verb of condemning or welcoming, is where it was said ("وفي ولاية قندوز، قال
    مسؤولون إن ..." places what they tell)."""
    if doc.text[doc.sentence_at(p.start).start:p.start].split()[1:] or p.place is None or not p.place.country:
        return False  # (a place further on is an incident's: "قتلوا في البيضاء، وقالت مصادر إن ...")
    # (the places' countries read the document alone: counted once for it, this place left out)
    countries = doc.kept("arguments.place_countries", None, lambda: Counter(
        o.place.country for o in doc.places if o.place is not None and o.place.country)).copy()
    countries[p.place.country] -= 1
    countries = +countries  # (no count left at nought)
    if not countries or countries.most_common(1)[0][0] == p.place.country:
        return False
    words = doc.text[p.end:cue.start].split()
    if words and words[0] == "،" and words[1:] and any(grammar.has(words[1], k) for k in ("condemnation_verbs", "welcome_verbs")):
        return True  # "وفي الرياض، رحبت مصادر بسيطرة القوات على المطار": where the welcome was
    said = next((i for i, w in enumerate(words) if w in grammar.words("complementizers")), None)
    return said is not None and any(m.kind == "attribution" for m in markers_in(doc, p.end, cue.start)
                                    if m.end <= p.end + len(" ".join(words[:said])) + 1)


def _not_peoples(doc: AnalysedDocument, sent: Sentence, places: list[PlaceMention]) -> list[PlaceMention]:
    """The places but those that say where people come from ("المهاجمون، وهم من بلدة X في شمال
    البلاد، قتلوا"), and the places that locate them."""
    kept: list[PlaceMention] = []
    dropped: PlaceMention | None = None
    for p in places:
        if people_of(doc, p, (sent.start, p.end)) or (dropped is not None and chained(doc, dropped, p)):
            dropped = p
        else:
            kept.append(p)
    return kept


def _report_end(doc: AnalysedDocument, cue: CueMention, sent: Sentence) -> int:
    """Where the report the cue is told in ends: at a verb of reporting joined by و that opens
    another report, of an incident of its own, in the same sentence ("قصفت مواقع لداعش وذكرت وسائل إعلام أن الشرطة داهمت ...
    في مدينة إسطنبول": the places after it are the other report's)."""
    for m in markers_in(doc, cue.end, sent.end):
        if m.kind == "attribution" and doc.text[m.start - 1:m.start] == "و" \
                and (m.start < 2 or not doc.text[m.start - 2].isalnum()) and _tells_its_own(doc, m.end, sent.end):
            return m.start - 1
    return sent.end


def _tells_its_own(doc: AnalysedDocument, start: int, end: int) -> bool:
    """The report from `start` tells an incident of its own before it names a place ("أن الشرطة
    نفذت مداهمات في مدينة إسطنبول"), not only where the one told before it happened ("أن الوفيات
    وقعت في سيلوبي")."""
    first = next(iter(doc.places_in(start, end)), None)
    return bool(doc.index["cues"].starting_in(start, first.start if first is not None else end))


def _before_an_accompanying_deed(doc: AnalysedDocument, cue: CueMention,
                                 after: list[PlaceMention]) -> list[PlaceMention]:
    """"ترافقت الاشتباكات مع قصف الطيران لمناطق في قرى X": X is the raid's, not the fight's
    (`place_roles.deed_after`)."""
    deed = deed_after(doc, cue, after[0].start) if after else None
    return after if deed is None else [p for p in after if p.end <= deed]


def _before_thesuspects_incident(doc: AnalysedDocument, cue: CueMention,
                                  after: list[PlaceMention]) -> list[PlaceMention]:
    """"تعتقل مشتبها به في تفجير استهدف حافلة في أنقرة": the places after the incident the
    arrested are suspected of are that incident's, not the arrest's. In the body, an arrest that
    names no other place is placed there (its best guess left); the headline's joins the body's."""
    start = suspects_incident(doc, cue, after[0].start) if after else None
    if start is None:
        return after
    own = [p for p in after if p.end <= start]
    return own if own or cue.start < doc.title_end else after


def _not_the_suspects_incident(doc: AnalysedDocument, cue: CueMention, ps: list[PlaceMention]) -> list[PlaceMention]:
    """The headline's places an arrest may take: not those of the incident the headline's arrested
    are suspected of ("الشرطة تعتقل مشتبها به في تفجير استهدف حافلة في أنقرة")."""
    if cue.cue.sub != ARRESTS:
        return ps
    for c in doc.index["cues"].starting_in(0, doc.title_end):
        if (start := suspects_incident(doc, c, doc.title_end)) is not None:
            ps = [p for p in ps if p.start < start]
    return ps


def _places_before(doc: AnalysedDocument, cue: CueMention,
                   clause: tuple[int, int]) -> tuple[list[PlaceMention], str] | None:
    """The place before the cue in its clause (the finest of its chain); before a passive cue,
    every place of the list ("تعرضت أماكن في بلدتي سلمى وكنسبا وقرية الدرة لقصف")."""
    before = [p for p in doc.places_in(clause[0], cue.start) if names_where(doc, p)]
    if not before:
        return None
    if after_passive(doc, cue) and len(hit := place_group(doc, before)) > 1:
        return hit, "the places listed before the passive cue"
    if _witnessed_by(doc, before[0], clause) and len(hit := place_group(doc, before)) > 1:
        # "كما شهدت محافظات البصرة وواسط والمثنى مظاهرات": every place that witnessed it
        return hit, "the places listed as the subject of a verb of witnessing ('شهدت')"
    return [innermost(doc, before)], "place before the cue in its clause"


def _witnessed_by(doc: AnalysedDocument, first: PlaceMention, clause: tuple[int, int]) -> bool:
    """A verb of witnessing ("شهدت", `witness_verbs`) opens the clause right before its subject, the
    places listed from `first` on."""
    words = doc.text[clause[0]:first.start].split()[-WITNESS_WORDS:]
    return any(grammar.has(w, "witness_verbs", prepositions=True) for w in words)


def _place_beside(doc: AnalysedDocument, cue: CueMention, clause: tuple[int, int]) -> PlaceMention | None:
    """"شن طيران النظام غارات على مدينة الزبداني، وسط قصف مدفعي": a deed in a clause opened by a
    word of accompaniment (`accompaniment_words`) or of sequel ("، أعقبتها اشتباكات", `sequel_words`)
    with no place of its own is where the deed told before it in the sentence is."""
    if not beside_a_deed(doc, cue, clause):
        return None
    whole = doc.sentence_at(cue.start)
    before = [p for p in doc.places_in(whole.start, clause[0]) if names_where(doc, p) and not journey_end(doc, p)]
    return innermost(doc, before) if before else None


def _list_goes_on(doc: AnalysedDocument, clause: tuple[int, int], group: list[PlaceMention]) -> list[PlaceMention]:
    """"ضربت الطائرات أهدافا في دير الزور والبوكمال في سوريا، وقرب القائم والموصل في العراق": after the
    comma that ends the cue's clause, a clause joined by و that names places and tells no incident
    of its own goes on with the list (nothing when the cue's places stopped before their container).
    A clause after that one, or after a member's own anchor ("، وفي دابق بمحيط أعزاز، وفي مارع"),
    goes on with it only when it opens with its place."""
    more: list[PlaceMention] = []
    while (found := _next_list_clause(doc, clause, group + more, strict=bool(more))) is not None:
        clause, places = found
        more += places
    return more


def _next_list_clause(doc: AnalysedDocument, clause: tuple[int, int], group: list[PlaceMention],
                      strict: bool) -> tuple[tuple[int, int], list[PlaceMention]] | None:
    """The clause after `clause` and the members of the list it goes on with, if it only goes on."""
    if not group:
        return None
    rest = doc.places_in(group[-1].end, clause[1])
    if not all(_container(p) or relational(p) for p in rest):
        return None
    sent = doc.sentence_at(clause[0])
    nxt = next(((a, b) for a, b in sent.clauses if a == clause[1]), None)
    if nxt is None or not doc.text[nxt[0]:nxt[1]].lstrip().startswith(grammar.suffixes("conjunctions")) \
            or len(doc.text[nxt[0]:nxt[1]].split()) > LIST_CLAUSE_WORDS or doc.index["cues"].starting_in(nxt[0], nxt[1]) \
            or any(m.kind == "attribution" for m in markers_in(doc, nxt[0], nxt[1])):  # "، وفق ما أعلنته الوزارة في غزة"
        return None
    places = [p for p in doc.places_in(nxt[0], nxt[1]) if names_where(doc, p) and not advance_goal(doc, p)]
    opening = doc.text[nxt[0]:places[0].start] if places else ""
    if grammar.first_told(opening, "comment_openers") is not None:
        return None  # "، وهو ما نفته دمشق": a comment on what the clause told, its place a party that speaks
    if (strict or not all(_container(p) for p in rest)) \
            and (len(opening.split()) > 1 and not _gap_is_list(opening)):  # not "، وفر آخرون إلى منطقة"
        return None
    found = [p for p in place_group(doc, places)
             if all(p.place is None or q.place is None or p.place.id != q.place.id for q in group)]
    return (nxt, found) if found else None


def _container(p: PlaceMention) -> bool:
    """A place after a list that only says where its members lie ("في سوريا")."""
    return p.place is not None and p.geo_precision >= 3


def _place_of_the_deed_during(doc: AnalysedDocument, cue: CueMention, whole: Sentence) -> PlaceMention | None:
    """"قتل فلسطينيان خلال مواجهات شرقي مدينة خان يونس، رشق خلالها شبان الجنود": a verb with a pronoun
    of when right after it (`during_pronouns`) is at the place of the deed its sentence told before."""
    after = doc.text[cue.end:whole.end].split()[:1]
    if not after or not grammar.has(after[0], "during_pronouns"):
        return None
    during = [p for p in doc.places_in(whole.start, cue.start) if names_where(doc, p)]
    return innermost(doc, during) if during else None


def _places_beyond(doc: AnalysedDocument, cue: CueMention, sent: Sentence) -> tuple[list[PlaceMention], str]:
    """A sentence that names no place of its own: what its nouns of places refer back to, the
    previous sentence's place, the headline's, the article's."""
    whole = doc.sentence_at(cue.start)  # `sent` may be the clauses the cue reaches
    if (found := antecedent(doc, (whole.start, whole.end))) is not None:
        return [found[0]], f"'{found[1]}': the last place of its kind named before"
    if (listed := _place_of_the_deeds_before(doc, cue, whole, sent)) is not None:
        return [listed], "the place of the deeds its sentence lists before it"
    if during := _place_of_the_deed_during(doc, cue, whole):
        return [during], "the place of the deed it was done during ('خلالها')"
    if sent.index > 0:
        prev = doc.sentences[sent.index - 1]
        if prev.paragraph != sent.paragraph and (again := told_again(doc, cue, whole, prev)) \
                and (ps := doc.places_in(prev.start, prev.end)):
            own = [p for p in ps if not relational(p)]  # "مديرية نهم شرق العاصمة صنعاء": Nihm, not Sanaa
            return [own[0] if own else ps[-1]], f"{again}: the place of the sentence before"
        if prev.paragraph == sent.paragraph:
            ps = doc.places_in(prev.start, prev.end)
            # "... قاعدة الشعيرات، ردا على الهجوم على بلدة اللطامنة": not the place of what was answered
            ps = [p for p in ps if not grammar.any_of(doc.text[ps[0].end:p.start].split(), "response_heads")] or ps
            if ps:
                return [ps[-1]], PREVIOUS_PLACE
            if (found := antecedent(doc, (prev.start, prev.end))) is not None:
                return [found[0]], f"'{found[1]}' of the previous sentence: the last place of its kind named before"
    if doc.title_end:
        ps = [p for p in doc.places_in(0, doc.title_end) if names_where(doc, p) or p.place is None or p.place.kind == "country"]
        ps = _not_the_suspects_incident(doc, cue, ps)
        if ps and cue.cue.type in ABROAD and _headline_subject(doc, ps[0]):
            return [], "the headline's country is the state that acts, not where"
        if ps and (opened := _place_of_the_part(doc, sent)) is not None:
            return [opened], "the place of the part of the article a topic shift opened ('من ناحية أخرى ...')"
        if ps:
            return [within_the_label(doc, ps)], HEADLINE_PLACE
    main = main_place(doc)
    if main is not None:
        return [main], MAIN_PLACE
    return [], ""


def _place_of_the_deeds_before(doc: AnalysedDocument, cue: CueMention, whole: Sentence,
                               reach: Sentence) -> PlaceMention | None:
    """The place of the deeds a sentence lists before a deed joined to them (`_joined_deed`),
    told before the clauses the cue reaches."""
    if whole.start >= reach.start or not _joined_deed(doc, cue, whole):
        return None
    own = _not_peoples(doc, whole, [p for p in doc.places_in(whole.start, reach.start)
                                    if names_where(doc, p) and not journey_end(doc, p)])
    return innermost(doc, own) if own else None


def _joined_deed(doc: AnalysedDocument, cue: CueMention, whole: Sentence) -> bool:
    """"تمكنت من دهم استراحة في حي X، والقبض على سبعة، وضبط أسلحة": a verbal noun that opens its
    clause after a comma and و goes on with the list of deeds of the verb before it; a verb right
    after "حين" (`when_words`) tells how the deed before it went."""
    clause = next(((a, b) for a, b in whole.clauses if a <= cue.start < b), None)
    if clause is None or clause[0] <= whole.start:
        return False
    opening = doc.text[clause[0]:cue.start].strip()
    # "هجوم على فندق في مقديشو يوم الأربعاء، حين فجر انتحاريان سيارتين": how the deed before it went
    return (cue.cue.pos == "noun" and opening in grammar.words("clitic_conjunctions")) or grammar.has(opening, "when_words")


def _place_of_the_part(doc: AnalysedDocument, sent: Sentence) -> PlaceMention | None:
    """"من ناحية أخرى أفادت مصادر بأعمال عنف شهدتها مدينة بعقوبة ... وأشارت إلى مقتل 11 مدنيا في
    انفجار داخل مقهى": a sentence with no place of its own, in a part of the article a topic shift
    opened, is in the town that part opened with, not in the headline's place (it only replaces that
    place: a sentence the headline lends no place to gets none from here)."""
    if "topic_shifts" not in doc.index:  # the sentences that open a part, found once per document
        doc.index["topic_shifts"] = Spans([(s.start, s.end, s) for s in doc.sentences
                                           if s.start >= doc.title_end and turns_to_another_story(doc, s)])
    shifts = doc.index["topic_shifts"].starting_in(doc.title_end, sent.start)
    if not shifts:
        return None
    prev = shifts[-1][2]
    towns = [p for p in doc.places_in(prev.start, prev.end) if p.place is not None and p.geo_precision <= 2]
    return towns[0] if towns else None


def _headline_subject(doc: AnalysedDocument, p: PlaceMention) -> bool:
    """"أمريكا تدافع عن مقاتلي المعارضة بالقوة الجوية": a country that opens the headline before a
    verb in the present is the state that acts, not where its strikes and battles are (its arrests
    are at home)."""
    if p.place is None or p.place.kind != "country" or doc.text[:p.start].strip(NAME_QUOTES + " "):
        return False
    after = doc.text[p.end:doc.title_end].split()[:1]
    return bool(after) and len(after[0]) > MIN_VERB_CHARS and after[0].startswith(grammar.suffixes("present_prefixes"))
