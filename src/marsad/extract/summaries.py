"""Summaries: a record that counts incidents over a region or a period ("13 هجوماً خلال أسبوع",
"تسع ضربات جوية في سورية", "خلال الأشهر الماضية") is flagged aggregate, and words that sum up
many acts with no place or day of their own ("حملات اعتقال"), or name a whole campaign ("معركة
الموصل", "في اليوم الثامن من المعارك"), make no record. Steps of the event rules
(`marsad.extract.steps.STEPS`)."""

from __future__ import annotations

from itertools import pairwise

from marsad.acled import ARRESTS, BATTLES, PROTESTS, STRATEGIC
from marsad.extract import grammar
from marsad.extract.context import (
    inclusion_between,
    markers_in,
    number_before,
    place_in_construct,
    prefix_len,
)
from marsad.extract.document import CLAUSE_PUNCT, WORD_END_PUNCT, AnalysedDocument
from marsad.extract.draft import Draft
from marsad.extract.mentions import CueMention
from marsad.extract.positions import fight_noun
from marsad.extract.times import TimeExpr
from marsad.geo.resolve import PlaceMention

CAMPAIGN_HEAD_CHARS = 8  # "حملة " before a cue noun: the campaign it names
PERIOD_DAYS = 14  # a time of two weeks or more up to the present is a period, not a day
PERIOD_HEAD_CHARS = 16  # "[على مدى] يوليو": the words of duration right before a month
PERIOD_KINDS = ("recent", "period", "range")  # "في الأسابيع الأخيرة", "هذا العام", "من 7 يوليو وحتى اليوم"
VERB_OBJECT_CHARS = 60  # "شنت مقاتلات [التحالف خلال الأيام الأربعة الماضية] غارات": verb to its object
TIMES_CHARS = 8  # "270 [مرة]": the number to its noun of times
BEGUN_WORDS = 5  # "بدأت [تركيا الأسبوع الماضي] عمليات": from the verb of beginning to the plural cue
SPREAD_SPAN_DAYS = 2  # "خلال الـ48 ساعة ... في دير الزور والحسكة والرقة": days and three places, a summary
PLURAL_SPAN_DAYS = 3  # "غارات ... خلال الأيام الثلاثة الماضية": plural incidents over three days or more
AGGREGATE_MIN_COUNT = 3  # "تسع ضربات جوية في سورية", "في محافظات حماه وحلب وحمص": a summary
MUNITION_CUES = frozenset({"barrel bomb"})  # cues that name what is dropped, not the raids
PLURAL_SUBJECT_CHARS = 16  # "هجمات استهدفت": the longest plural noun right before its verb
COUNTED_PERIOD_CHARS = 30  # "في [اليوم الثامن من] المعارك": the period noun, its ordinal and "من"
ENTERING_CHARS, ENTERING_WORDS = 14, 10  # "مع دخول [القصف] ... أسبوعه الثاني": the entering word, then the period
OPENER_CHARS = 20  # "[منذ استئناف ]الهجوم": "منذ" and the event that opens a period, right before the cue
CAMPAIGN_REACH = 30  # characters after "معركة" where the place that names a campaign starts

def _opens_the_period(d: Draft) -> str | None:
    """"قتل 200 شخص منذ استئناف الهجوم": the incident right after "منذ" and the event that opens a
    period (`since_events`) is told as the start of what the clause counts over that period: a summary
    that keeps its toll (handed to no incident of the day)."""
    start = d.cue.start - prefix_len(d.doc, d.cue)
    opener = d.doc.text[max(d.clause[0], start - OPENER_CHARS):start].split()[-2:]
    if len(opener) == 2 and grammar.has(opener[0], "since") and grammar.has(opener[1], "since_events"):
        return f"the incident that opens a period ('{' '.join(opener)}'): what the clause counts runs over it"
    return None


def summary(d: Draft) -> str | None:
    """"تسع ضربات جوية في سورية", "13 هجوماً خلال أسبوع": a count of incidents over a region or a
    period is a summary ("300 قذيفة على بلدتي X وY" counts shells, not incidents)."""
    doc, cue = d.doc, d.cue
    d.qty = _incidents_counted(doc, cue) or _times_counted(d)
    found = [m for m in markers_in(doc, d.clause[0], d.clause[1]) if m.kind == "aggregate"
             and not (m.end <= cue.start and inclusion_between(doc, m.end, cue.start))]  # the cue is one of them
    marker = bool(found)
    places = d.places
    # places in more than one country (a village the gazetteer does not know is in none of them)
    coarse = not places or all(p.geo_precision >= 3 for p in places) or len({_country(p) for p in places} - {None}) > 1
    why = _summed_up(d, marker, coarse) or _opens_the_period(d)
    d.aggregate = why is not None
    if d.aggregate or (d.etype == STRATEGIC and not _arrests_town_by_town(d)):
        d.places = places[:1]
    if marker and not d.qty and coarse and d.etype != STRATEGIC:
        return "an unquantified summary ('سلسلة هجمات'), not an incident"
    many = next((m for m in found if grammar.has(doc.text[m.start:m.end], "many_places")), None)
    if many is not None and not d.qty and not [p for p in places if d.clause[0] <= p.start < d.clause[1]]:
        # "قصف قوات النظام العديد من المدن": no town of its own (one named before is not its place)
        return f"'{doc.text[many.start:many.end]}': a toll or an act over many towns, none named"
    if cue.cue.counted:
        if not d.qty:
            return _uncounted_plural(d)
        why = why or f"{d.qty} incidents counted over a region or a period"
        d.aggregate = True
    if why:
        d.why("aggregate", why)
    return None


def series_described(d: Draft) -> str | None:
    """"في أحدث حلقة من سلسلة هجمات دامية تستهدف قوات الأمن": a verb in the present right after a
    series (an aggregate marker, an adjective between) says what the series does, not an incident."""
    if d.cue.cue.pos != "verb" or not d.doc.text.startswith(grammar.suffixes("present_prefixes"), d.cue.start):
        return None
    series = next((m for m in markers_in(d.doc, d.clause[0], d.cue.start) if m.kind == "aggregate"
                   and len(d.doc.text[m.end:d.cue.start].split()) <= 1), None)
    return f"'{d.doc.text[series.start:series.end]}' described by its verb: the series, not an incident" if series else None


def _uncounted_plural(d: Draft) -> str | None:
    """A plural no number counts is a record only when counted ('10 هجمات'); a claim of the
    incidents told before ("أعلن التنظيم مسؤوليته عن الهجمات") names their maker: it only merges;
    the dead of attacks at one town ("قتل شخصان في هجمات بقنابل في حي الزعفرانية") are one incident
    there (ACLED: one event per place and day)."""
    if (d.reference and d.ascribed) or _dead_at_one_place(d):
        return None
    return "a plural that is a record only when counted ('10 هجمات')"


def _dead_at_one_place(d: Draft) -> bool:
    """The dead counted before the cue in its clause, one town or village after it (the places
    after that one only locate it: "في حي الزعفرانية جنوب بغداد", no list joined by و)."""
    doc, cue = d.doc, d.cue
    dead = [f for f in doc.index["fatalities"].starting_in(d.clause[0], cue.start) if f.value > 0]
    after = doc.places_in(cue.end, d.clause[1])
    if not dead or not after or after[0].geo_precision > 2:
        return False
    joins = (*grammar.words("conjunctions"), *CLAUSE_PUNCT)  # a list of places: "X وY", "X، Y"
    return not any(doc.text[a.end:b.start].strip().startswith(joins) for a, b in pairwise(after))


def _arrests_town_by_town(d: Draft) -> bool:
    """"اعتقلت الشرطة عشرات المشتبه بهم في أضنة وقونية ومانيسا": arrests in a list of towns are an
    event in each (ACLED's disaggregation by place); another strategic development is one."""
    return d.sub == ARRESTS and len(d.places) > 1 and all(p.geo_precision <= 2 for p in d.places)


def plural_subject(d: Draft) -> str | None:
    """"هجمات استهدفت قواتها": a verb right after a plural of incidents that no number counts tells
    what those did; like the plural, it is a record only when counted."""
    if d.cue.cue.pos != "verb":
        return None
    for c in d.doc.index["cues"].starting_in(d.cue.start - PLURAL_SUBJECT_CHARS, d.cue.start):
        if c.cue.counted and c.end <= d.cue.start and not d.doc.text[c.end:d.cue.start].strip() \
                and not _incidents_counted(d.doc, c):
            return f"the verb of an uncounted plural ('{d.doc.text[c.start:c.end]}'), a record only when counted"
    return None


def _summed_up(d: Draft, marker: bool, coarse: bool) -> str | None:
    """Why the draft sums up incidents (a count over a region or a period, three regions or more,
    months or years), or None."""
    places = d.places
    regions = len(places) >= AGGREGATE_MIN_COUNT and all(p.geo_precision >= 3 for p in places)
    if (d.qty and d.qty >= AGGREGATE_MIN_COUNT and coarse) or (marker and d.qty and d.qty >= 2):
        return f"{d.qty} incidents counted over a region or a period"
    if _over_time_or_in_a_wave(d):
        return "told over months or years, or as a wave of incidents"
    if (word := _begun(d)) is not None:
        return f"'{word} ...': the start of a campaign of many acts"
    if (regions and d.etype not in (STRATEGIC, PROTESTS)) or _counted_places(d):  # protests: one a governorate
        return f"{d.qty} incidents counted over a region or a period" if d.qty \
            else f"told over {len(places)} governorates or regions at once"
    return None


def _over_time_or_in_a_wave(d: Draft) -> bool:
    """"يعدم 600 شخص خلال عام", "خلال الأشهر": a summary marker of months or years in the clause;
    "مقتل 11 ... في موجة عنف", "سلسلة تفجيرات", "في حوادث منفصلة": one of many incidents at once
    (the cue told before the wave's marker or inside it)."""
    for m in markers_in(d.doc, d.clause[0], d.clause[1]):
        said = d.doc.text[m.start:m.end].split()
        if m.kind == "aggregate" and (grammar.has(said[-1], "long_period_nouns") or (m.end >= d.cue.end and (
                grammar.has(said[0], "wave_nouns") or grammar.has(said[-1], "scattered_words")))):
            return True  # "بعد تفجير" told after "شهدت تركيا موجة من العنف" is its cause, not one of the wave
    return False


def _begun(d: Draft) -> str | None:
    """"بدأت تركيا الأسبوع الماضي عمليات عسكرية": a verb of beginning (`beginning_verbs`) a few words
    before a plural noun cue (its subject and a time between) starts a campaign."""
    if d.cue.cue.pos != "noun" or not _plural_noun(d):
        return None
    words = d.doc.text[d.clause[0]:d.cue.start - prefix_len(d.doc, d.cue)].split()[-BEGUN_WORDS:]
    return next((w for w in words if grammar.has(w, "beginning_verbs")), None)


def campaigns(d: Draft) -> str | None:
    """"تزامنا مع الغارات وحملات اعتقال": a noun cue after a plural campaign noun, its clause
    naming no place and no day, sums up many acts: no incident."""
    doc, start = d.doc, d.cue.start - prefix_len(d.doc, d.cue)
    head = doc.text[max(0, start - CAMPAIGN_HEAD_CHARS):start].split()[-1:]
    if d.cue.cue.pos == "noun" and head and grammar.has(head[0], "campaign_nouns") \
            and head[0].endswith(grammar.suffixes("plural_endings")) \
            and not doc.places_in(d.clause[0], d.clause[1]) and not doc.times_in(d.clause[0], d.clause[1]):
        return f"campaigns of acts ('{head[0]} ...') with no place or day of their own, not an incident"
    return None


def _incidents_counted(doc: AnalysedDocument, cue: CueMention) -> int | None:
    """The number right before the noun cue's word ("13 هجوماً"); a number before a preposition
    ("مقتل 30 بانفجار") counts the dead, not the explosions; one before a munition that is a cue
    ("بثلاثة براميل متفجرة") counts what one raid dropped."""
    if cue.cue.weapon in MUNITION_CUES or cue.cue.pos == "verb":
        return None  # "ثمانية من العناصر ال54 خطفوا": before a verb a number counts its subject, not incidents
    start = cue.start - prefix_len(doc, cue)
    proclitics = doc.text[start:cue.start].lstrip("".join(grammar.words("clitic_conjunctions")))
    return None if proclitics[:1] in grammar.words("clitic_prepositions") else number_before(doc, start)


def _times_counted(d: Draft) -> int | None:
    """"قصفت الطائرات المنطقة أكثر من 270 مرة": a number before a noun of times (`times_nouns`) after
    a verb cue in its clause counts how often its deed was done, incidents."""
    if d.cue.cue.pos != "verb":
        return None
    for n in d.doc.index["numbers"].starting_in(d.cue.end, d.clause[1]):
        after = d.doc.text[n.end:n.end + TIMES_CHARS].split()[:1]
        if after and not n.ordinal and grammar.has(after[0].strip(WORD_END_PUNCT), "times_nouns"):
            return int(n.value)
    return None


def _throughout(doc: AnalysedDocument, start: int) -> bool:
    """"خلال يوليو الحالي", "طوال شهر رمضان": a time after a word of duration (`period_heads`) is
    spanned, not one day of it."""
    before = doc.text[max(0, start - PERIOD_HEAD_CHARS):start].split()[-2:]
    return any(grammar.has(w, "period_heads") for w in before[-1:]) or " ".join(before) in grammar.words("period_heads")


def _counted_places(d: Draft) -> bool:
    """"احتجزت السلطات 1302 شخص في 39 إقليما", "غارات على عشر بلدات": three or more places
    counted by a number, none of them named, are a summary over them ("قرب ثماني مدن منها الموصل
    والفلوجة" names its incidents)."""
    if _all_listed(d):
        return True
    if any(p.geo_precision <= 2 for p in d.places):
        return False
    for n in d.doc.index["numbers"].starting_in(d.clause[0], d.clause[1]):
        word = d.doc.text[n.end:n.end + 16].split()[:1]
        if n.value >= AGGREGATE_MIN_COUNT and not n.ordinal and word and grammar.has(word[0], "place_unit_nouns"):
            if n.end <= d.cue.start and inclusion_between(d.doc, n.end, d.cue.start):
                continue  # "في سبع مدن، بينها أربع غارات قرب الموصل": the cue is one of the incidents in them
            d.why("aggregate", f"'{n.text} {word[0]}': places counted, a summary over them")
            return True
    return False


def _all_listed(d: Draft) -> bool:
    """"حملات أمنية في 16 ولاية هي إسطنبول وأنقرة ... حيث ألقت القبض على 297 شخصا": three or more
    places counted, then listed all (`listing_words`), before the cue in its sentence are where a
    sweep over them took place (its place is none of them)."""
    for n in d.doc.index["numbers"].starting_in(d.sent.start, d.cue.end):
        words = d.doc.text[n.end:n.end + 24].split()[:2]
        if n.value >= AGGREGATE_MIN_COUNT and not n.ordinal and len(words) == 2 \
                and grammar.has(words[0], "place_unit_nouns") and words[1] in grammar.words("listing_words"):
            d.why("aggregate", f"'{n.text} {words[0]} {words[1]}': places counted and listed, a summary over them")
            return True
    return False


def period_summary(d: Draft) -> str | None:
    """"في الأسابيع الأخيرة", "خلال الأشهر الماضية", "هذا العام": an incident's own time that spans
    weeks up to the publication tells what happened over them (a summary), not one incident."""
    if not d.aggregate and d.when is not None and (d.when.inherited or d.when.time is None) \
            and (phrase := _same_period(d)) is not None:
        d.aggregate = True
        d.why("aggregate", f"'{phrase}': told over the period of the sentences before, a summary")
        return None
    t = d.when.time if d.when is not None and not d.when.inherited else None
    if d.aggregate or t is None or t.date is None or t.date_end is None or d.doc.published is None:
        return None
    if t.kind not in PERIOD_KINDS and not (t.kind == "month" and _throughout(d.doc, t.start)):
        return None  # a month's name ("في يوليو الحالي") may date one incident; "خلال يوليو" spans it
    if (d.doc.published - t.date_end).days > PERIOD_DAYS // 2:
        return None
    why = _over_the_period(d, t)
    if why is not None:
        d.aggregate = True
        d.why("aggregate", why)
    return None


def _over_the_period(d: Draft, t: TimeExpr) -> str | None:
    """Why an incident told over a span `t` up to the publication sums up several, or None."""
    assert t.date is not None and t.date_end is not None
    span = (t.date_end - t.date).days
    if span >= PERIOD_DAYS:
        return f"told over a period that reaches the present ('{t.text}'), not as one incident"
    if span >= PLURAL_SPAN_DAYS and t.kind in PERIOD_KINDS and (_plural_noun(d) or (d.qty or 0) >= 2) \
            and not (d.etype == BATTLES and fight_noun(grammar.bare(d.doc.text[d.cue.start:d.cue.end].split()[0]))):
        # a fight that lasts days goes on: one battle ("هجمات" over days are several)
        return f"a plural of incidents over days ('{t.text}'): one a day or more, a summary"
    if span >= SPREAD_SPAN_DAYS and t.kind in PERIOD_KINDS and len(d.places) >= AGGREGATE_MIN_COUNT:
        # "بمقتل 51 ... خلال الـ48 ساعة جراء قصف ... في دير الزور والحسكة والرقة"
        return f"told over days ('{t.text}') and {len(d.places)} places at once: a summary of several incidents"
    return None


def _same_period(d: Draft) -> str | None:
    """"وأسفرت غارات الجيش عن مقتل 260 مسلحا في نفس الفترة": the words naming the period told before
    (`same_period`) in a sentence with no day of its own, which sums up that period too; or None."""
    text = f" {' '.join(w.strip(WORD_END_PUNCT) for w in d.doc.text[d.sent.start:d.sent.end].split())} "
    return next((p for p in grammar.words("same_period") if f" {p} " in text or f" و{p} " in text), None)


def _plural_noun(d: Draft) -> bool:
    """"غارات مكثفة", "تفجيرات", "شنت غارات": a noun cue in the plural (`plural_endings`), alone or
    as the first noun cue of the verb's clause (its object)."""
    nouns = [c for c in d.doc.index["cues"].starting_in(d.cue.start, min(d.clause[1], d.cue.end + VERB_OBJECT_CHARS))
             if c.cue.pos == "noun"][:1] if d.cue.cue.pos == "verb" else [d.cue]  # "شنت مقاتلات [التحالف ...] غارات"
    return any(d.doc.text[c.start:c.end].split()[0].endswith(grammar.suffixes("plural_endings")) for c in nouns)


def _country(p: PlaceMention) -> str | None:
    return p.place.country if p.place else None


def campaign(d: Draft) -> str | None:
    """"تعد معركة الموصل أكبر عملية عسكرية", "حرب 2014": a fight named by its place or year, with
    no day of its own and no dead counted, outside the headline, is a campaign of months, not one
    incident (its incidents are told by their own words)."""
    if d.cue.cue.pos != "noun" or d.cue.cue.type != BATTLES or d.sent.in_title \
            or d.doc.times_in(d.clause[0], d.clause[1]) or d.doc.index["deaths"].starting_in(d.sent.start, d.sent.end):
        return None  # "معارك الرمادي أمس", "قتلى في معارك الأنبار": a day's battle, a headline, a toll
    word = d.doc.text[d.cue.start:d.cue.end].split()[0]
    if not grammar.has(word, "campaign_heads"):
        return None
    name = (d.doc.text[d.cue.end:d.cue.end + CAMPAIGN_REACH].split() or [""])[0]
    place = place_in_construct(d.doc, d.cue.end, CAMPAIGN_REACH)  # "معركة الموصل", "معركة بلدتي كفريا والفوعة"
    year = name.isdigit() and len(name) == 4
    return f"'{word} {name}': the name of a campaign, not an incident" if place or year else None


def entering_its_period(d: Draft) -> str | None:
    """"مع دخول القصف التركي للمتمردين أسبوعه الثاني", "تدخل الغارات يومها العاشر": a campaign
    entering its nth day, week or month is the whole campaign, not one incident."""
    if d.cue.cue.pos != "noun":
        return None
    if (counted := _counted_period_before(d)) is not None:
        return f"'{counted} ...': a day counted in a campaign, not one incident"
    before = d.doc.text[max(d.clause[0], d.cue.start - ENTERING_CHARS):d.cue.start].split()[-2:]
    if not any(grammar.has(w, "entering_words") for w in before):
        return None
    after = d.doc.text[d.cue.end:d.clause[1]].split()[:ENTERING_WORDS]
    period = next((w for w in after if grammar.has(w.strip(WORD_END_PUNCT), "own_periods")), None)
    return f"'{before[-1]} ... {period}': a campaign entering its period, not one incident" if period else None


def _counted_period_before(d: Draft) -> str | None:
    """"في اليوم الثامن من المعارك": a period noun (`counted_periods`), its ordinal and "من" right
    before the noun cue."""
    words = d.doc.text[max(d.clause[0], d.cue.start - COUNTED_PERIOD_CHARS):d.cue.start].split()[-3:]
    if len(words) < 3 or words[2] not in grammar.words("partitives") \
            or not grammar.has(words[0], "counted_periods", prepositions=True) \
            or not grammar.has(words[1], "period_ordinals"):
        return None
    return f"{words[0]} {words[1]}"
