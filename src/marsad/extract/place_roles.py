"""What a place named near a cue is to the incident: where it happened, or something else the
words say it is: where a strike was launched from ("انطلق القصف من مدينة دجلة"), where people come
from ("أهالي الموصل"), the ends of a road ("الطريق الرابط بين مدينتي X وY"), the base aircraft return
to, the venue of a statement, a state named as a party ("سفير تركيا"), where someone travelled.
Predicates of `marsad.extract.arguments`, which chooses the places of a cue.
"""

from __future__ import annotations

from marsad.extract import grammar
from marsad.extract.context import WORD, fight_told_again, prefix_len
from marsad.extract.document import (
    CLAUSE_PUNCT,
    NAME_QUOTES,
    AnalysedDocument,
    Sentence,
    opens_its_line,
    told_where,
)
from marsad.extract.mentions import UNIDENTIFIED, ActorMention, CueMention
from marsad.geo.resolve import PlaceMention
from marsad.text.morphology import morphology

VENUE_CHARS = 40  # "في مؤتمر صحفي مشترك في": the venue phrase before a place
ADVANCE_CHARS = 40  # "[تقدم للمقاومة باتجاه ]مدينة": the advance and the word of direction before the place
ADVANCE_WORDS = 8  # "[وفرار من تبقى من الانقلابيين] باتجاه": the flight, who fled, then the direction
OUTLET_CHARS = 4  # 'لـ"' before a newspaper's name
WAY_WORDS = 6  # "في [طريقها من المحافظات الشمالية] إلى": the way, where it came from, then إلى
WAY_CHARS = 60
ROAD_CHARS, ROAD_WORDS = 60, 3  # "الطريق السريع الرابط بين": the road's words before "بين"
BETWEEN_WORDS = 2  # "[بين محافظتي ]صلاح الدين": "بين", then perhaps the plural type word
ROAD_BETWEEN = " بين "
AREA_CHARS = 24  # "[أماكن في] مدينة داريا": an area noun and its locative before the place
BASE_WORDS, BASE_CHARS = 5, 48  # "[تعود إلى قاعدة] ديار بكر", "[استخدام التحالف لقاعدتي إنجرليك و]ديار بكر"
RELATIONAL_PATTERNS = ("near", "outskirts", "direction", "relative", "edge", "around", "side", "countryside", "centre")
TRANSFER_WORDS = 4  # "نقل [تبعية جزيرتين في البحر] إلى": from the noun of handing over to "إلى"
TRANSFER_CHARS = 60
LOCATIVE_OPENING_WORDS = 3  # "، [في حي] الدقي": the clause mark, "في", a pattern word before the place
STREET_TOWN_CHARS = 24  # "[ في العاصمة ]مقديشو": from a road's name to the town it lies in
HOSPITAL_WORDS = 4  # "إلى [مستشفى السلام] في": the hospital and its name between "إلى" and "في"


LABEL_MARKS = (":", "..", "-", "|")  # what closes the label of a headline ("مصر: ...", "سوريا.. ...")


def relational(p: PlaceMention) -> bool:
    """Told by its relation to a named place ("قرب الحسكة", "ريف حلب"), not as the place itself."""
    return bool(p.pattern) and any(r in (p.pattern or "") for r in RELATIONAL_PATTERNS)


def origin(doc: AnalysedDocument, p: PlaceMention, clause: tuple[int, int]) -> bool:
    """"انطلق القصف من مدينة دجلة": the place a strike was launched from, not where it struck."""
    before = doc.text[max(clause[0], p.start - 30):p.start].split()
    if before and grammar.has(before[-1], "origin_heads"):  # "مصدرها حي جوبر"
        return True
    if len(before) > 1 and before[-1] in grammar.words("inside_words"):  # "أطلقت من داخل الأراضي اليمنية"
        before = before[:-1]
        if before[-1] in grammar.words("partitives") and p.place is not None and p.place.kind == "country":
            return True  # "هاجم مسلحون من داخل أفغانستان موقعا": from inside another land, whatever the verb
    if len(before) > 1 and before[-1] in grammar.words("strip_heads"):  # "صواريخ من قطاع غزة"
        before = before[:-1]
    if len(before) > 2 and before[-1] in grammar.words("prepositions") and before[-2] in grammar.words("held_positions"):
        before = before[:-2]  # "من مواقعهم في منطقة الحوبان": the positions fired from
    if not before or before[-1] not in grammar.words("partitives"):  # "من", "ومن"
        return False
    if grammar.any_of(before[-3:-1], "side_words", prepositions=True):
        return False  # "على أحياء في الجانب الأيسر من الموصل": a side of the town, not where fire came from
    # "أطلقته الميليشيات من داخل الأراضي اليمنية": the verb with the pronoun of what was fired
    return any(grammar.has(w, "origin_verbs", prepositions=True) or grammar.has_with_pronoun(w, "origin_verbs")
               for w in doc.text[clause[0]:p.start].split())


def _after_head(doc: AnalysedDocument, p: PlaceMention, clause: tuple[int, int], section: str) -> bool:
    """The word right before the place is a head of `section`."""
    before = doc.text[max(clause[0], p.start - 20):p.start].split()
    return bool(before) and grammar.has(before[-1], section)


def people_of(doc: AnalysedDocument, p: PlaceMention, clause: tuple[int, int]) -> bool:
    """"نظمها مسيحيو سهل نينوى", "أهالي الموصل", "شابا من مدينة أديامان": a place that says where
    people come from."""
    if _after_head(doc, p, clause, "people_heads"):
        return True
    before = doc.text[max(clause[0], p.start - 30):p.start].split()
    # (or their pronoun: "المهاجمون، وهم من بلدة X")
    return len(before) > 1 and before[-1] in grammar.words("partitives") \
        and (grammar.has(before[-2], "origin_persons") or grammar.has(before[-2], "apposition_pronouns"))


def displaced_from(doc: AnalysedDocument, p: PlaceMention, clause: tuple[int, int]) -> bool:
    """"من نازحي صلاح الدين": the place the people named before it fled."""
    return _after_head(doc, p, clause, "displaced_heads")


def told_as_place(doc: AnalysedDocument, p: PlaceMention) -> bool:
    """Named as a place: with a type or relation word, after a locative, or in the headline (not
    "وسائل الإعلام السويدية": a word that only looks like a town's name)."""
    return bool(p.pattern) or locative(doc, p) or p.start < doc.title_end


def road_between(doc: AnalysedDocument, p: PlaceMention) -> bool:
    """"على الطريق السريع الرابط بين مدينتي بتليس وديار بكر": the towns are the ends of a road,
    not two places of the incident (`road_heads` a few words before "بين")."""
    words = doc.text[max(0, p.start - ROAD_CHARS):p.start].split()
    between = ROAD_BETWEEN.strip()
    if between not in words:
        return False
    before = words[:len(words) - 1 - words[::-1].index(between)]
    return any(grammar.has(w, "road_heads") for w in before[-ROAD_WORDS:])


def between_two(doc: AnalysedDocument, p: PlaceMention) -> bool:
    """"في منطقة مطيبيجة بين محافظتي صلاح الدين وديالى": two places after "بين" (a plural type word
    perhaps between) tell where one place lies between them, not two places of the incident."""
    words = doc.text[max(0, p.start - ROAD_CHARS):p.start].split()[-BETWEEN_WORDS:]
    return ROAD_BETWEEN.strip() in words


def road_named(doc: AnalysedDocument, p: PlaceMention, nxt: PlaceMention) -> bool:
    """"على طريق بغداد كركوك", "طريق دمشق - بيروت": a road named by its two ends (a road head right
    before the first, nothing but a dash between them) is one place, not two of the incident."""
    head = doc.text[max(0, p.start - ROAD_CHARS):p.start].split()[-1:]
    return bool(head) and grammar.has(head[0], "road_heads") and not doc.text[p.end:nxt.start].strip(" -–/")


def street_of(doc: AnalysedDocument, p: PlaceMention) -> PlaceMention | None:
    """"على طريق مكة المكرمة في العاصمة مقديشو": a road named after a city (a road head right before
    it) that the text then places in a town of another country (after a locative, right after it):
    that town, where the road is a street."""
    head = doc.text[max(0, p.start - ROAD_CHARS):p.start].split()[-1:]
    nxt = doc.places_in(p.end, p.end + STREET_TOWN_CHARS)
    if not head or not grammar.has(head[0], "road_heads") or not nxt or p.place is None or nxt[0].place is None:
        return None
    return nxt[0] if p.place.country != nxt[0].place.country and locative(doc, nxt[0]) else None


def road_destination(doc: AnalysedDocument, p: PlaceMention) -> bool:
    """"على الطرق المؤدية إلى حلب وحماة": the towns a road leads to (`road_destination_words` right
    before "إلى", a road head before them), the place and the towns of a list after it, are not
    where the incident was."""
    at, link = max((doc.text.rfind(f" {w} ", max(0, p.start - ROAD_CHARS), p.start), w)
                   for w in grammar.words("journey_links"))  # "إلى"
    if at < 0:
        return False
    words = doc.text[max(0, at - ROAD_CHARS):at].split()[-2:]
    if len(words) < 2 or not grammar.has(words[1], "road_destination_words") or not (grammar.has(words[0], "road_heads") or grammar.has(words[0], "road_plurals")):
        return False
    if relational(p):
        return False  # "ومناطق بريف الحسكة", "قرب بلدة القريتين": told by where it lies, not as a town
    after = at + len(link) + 2
    members = doc.places_in(after, p.start)
    gap = doc.text[members[-1].end if members else after:p.start].replace("،", " ").split()
    return all(w in grammar.words("clitic_conjunctions") for w in gap) and (bool(gap) or not members)


def transfer_destination(doc: AnalysedDocument, p: PlaceMention) -> bool:
    """"ضد قرار نقل تبعية جزيرتين إلى السعودية", "قبل ترحيلهم إلى تركيا": a place right after
    "إلى" with a noun of handing over or moving people or land (`transfer_nouns`) a few words
    before it is where they go, not where the incident was."""
    words = doc.text[max(0, p.start - TRANSFER_CHARS):p.start].split()
    # "نقلت جثث القتلى إلى مستشفى السلام في مدينة صعدة": the town of the hospital they were taken to
    link = next((i for i in range(len(words) - 2, max(-1, len(words) - 2 - HOSPITAL_WORDS), -1)
                 if words[i] in grammar.words("journey_links") and grammar.has(words[i + 1], "hospital_nouns")), None)
    if link is not None and words[-1] in grammar.words("locatives"):
        words = words[:link + 1]
    if not words or words[-1] not in grammar.words("journey_links"):
        return False
    return any(grammar.has(w, "transfer_nouns", prepositions=True) for w in words[-TRANSFER_WORDS - 1:-1])


def destination(doc: AnalysedDocument, p: PlaceMention) -> bool:
    """Where a road leads or people or land are handed over to: not the incident's place."""
    return road_destination(doc, p) or transfer_destination(doc, p)


def first_end(doc: AnalysedDocument, p: PlaceMention) -> PlaceMention | None:
    """The town named first between "بين" and `p`, the second end of a road."""
    start = max(0, p.start - ROAD_CHARS)
    at = doc.text.rfind(ROAD_BETWEEN, start, p.start)
    ends = doc.places_in(at + len(ROAD_BETWEEN), p.start) if at >= 0 else []
    return ends[0] if ends else None


def aircraft_base(doc: AnalysedDocument, p: PlaceMention) -> bool:
    """"قبل أن تعود إلى قاعدتها في ملاطية", "استخدام قاعدتي إنجرليك وديار بكر": the base aircraft use or
    return to (a base noun after a word of use or return, `base_uses`) is no place of the strike."""
    words = doc.text[max(0, p.start - BASE_CHARS):p.start].split()[-BASE_WORDS:] + doc.text[p.start:p.end].split()[:1]
    bases = [i for i, w in enumerate(words) if grammar.has(w, "base_nouns", prepositions=True)]  # or the name's own head
    return bool(bases) and any(grammar.has(w, "base_uses", prepositions=True) for w in words[max(0, bases[0] - 2):bases[0]])


def names_where(doc: AnalysedDocument, p: PlaceMention) -> bool:
    """A state's bare name after a noun of what the state has or is ("مصالح أميركا", "سفير
    تركيا", "حكومة العراق") names the state, not where something happens; a place right after a
    noun of an agreement or a meeting ("اتفاق فيينا", "محادثات جنيف") names that, not a place; a
    name in quotation marks glued to ل ("قالت مصادر لـ«الرياض»") is the newspaper told."""
    if _venue(doc, p) or aircraft_base(doc, p) or _outlet_told(doc, p):
        return False
    head = doc.text[max(0, p.start - 16):p.start].split()[-1:]
    if head and not p.pattern and grammar.has(head[0], "meeting_heads", prepositions=True):
        return False
    if p.place is None or p.place.kind != "country" or p.pattern or locative(doc, p):
        return True
    return not (head and grammar.has(head[0], "state_heads"))


def held_past_the_topic(doc: AnalysedDocument, sent: Sentence, places: list[PlaceMention]) -> list[PlaceMention]:
    """"لتفريق المحتجين على نقل السيادة على الجزيرتين إلى السعودية، في حي الدقي": the places of what
    a protest is against (after a word of protesting and "على", "ضد": `protest_topic_heads`,
    `target_prepositions`; or after "تنديدا", "رفضا": `protest_topic_adverbs`) are not where it
    was held when a later clause of the sentence opens with "في" and a place: the places from there."""
    words = [(m.start(), m.group()) for m in WORD.finditer(doc.text, sent.start, places[0].start)]
    opened = [a for (a, w), (_, nxt) in zip(words, [*words[1:], (0, "")], strict=False)
              if grammar.has(w, "protest_topic_adverbs")
              or (grammar.has(w, "protest_topic_heads") and grammar.has(nxt, "target_prepositions"))]
    if not opened or any(c in doc.text[opened[-1]:places[0].start] for c in CLAUSE_PUNCT):
        return []
    for a, b in sent.clauses:
        opening = doc.text[a:b].lstrip(CLAUSE_PUNCT + " ").split()[:1]
        held = doc.places_in(a, b)
        if a >= places[-1].end and opening and grammar.has(opening[0], "held_at_openers") and held \
                and len(doc.text[a:held[0].start].split()) <= LOCATIVE_OPENING_WORDS:
            return held
    return []


def _outlet_told(doc: AnalysedDocument, p: PlaceMention) -> bool:
    """'قالت مصادر لـ"الرياض"': a name in quotation marks right after a bare ل (the normalized text
    drops the tatweel) is the newspaper told."""
    before = doc.text[max(0, p.start - OUTLET_CHARS):p.start]
    quoted = before.rstrip(NAME_QUOTES.strip())
    return quoted != before and quoted.split()[-1:] == ["ل"]


def journey_end(doc: AnalysedDocument, p: PlaceMention) -> bool:
    """"غادر إلى مالي": where someone went (`journey_verbs`, then `journey_links`)."""
    before = doc.text[max(0, p.start - VENUE_CHARS):p.start].split()[-2:]
    return len(before) == 2 and before[1] in grammar.words("journey_links") and grammar.has(before[0], "journey_verbs")


def advance_goal(doc: AnalysedDocument, p: PlaceMention) -> bool:
    """"وسط تقدم للمقاومة باتجاه مدينة قعطبة": the place an advance heads for (a word of advancing,
    `advance_words`, a few words before a word of direction, `direction_words`), not where it fought."""
    before = doc.text[max(0, p.start - ADVANCE_CHARS):p.start].split()
    if not before or before[-1] not in grammar.words("direction_words"):
        return False
    return grammar.any_of(before[-ADVANCE_WORDS:-1], "advance_words", prepositions=True)


def way_goal(doc: AnalysedDocument, p: PlaceMention) -> bool:
    """"اعترضت تعزيزات كانت في طريقها من صنعاء إلى أبين": where a force was on its way from or to (a
    word of the way, `way_words`, right before "من" or a few words before "إلى"), not where it was
    stopped."""
    before = doc.text[max(0, p.start - WAY_CHARS):p.start].split()
    if len(before) > 1 and before[-1] in grammar.words("from_prepositions") and grammar.has(before[-2], "way_words"):
        return True  # "في طريقها من صنعاء": where it came from
    return bool(before) and before[-1] in grammar.words("goal_prepositions") \
        and grammar.any_of(before[-WAY_WORDS:-1], "way_words")


def _venue(doc: AnalysedDocument, p: PlaceMention) -> bool:
    """"وقال في مؤتمر صحافي في أنقرة": the place where words were spoken (`speech_venues`)."""
    before = doc.text[max(0, p.start - VENUE_CHARS):p.start].split()
    if before and (before[-1] in grammar.words("locatives") or before[-1] in grammar.words("locative_proclitics")):
        before = before[:-1]  # "في أنقرة", "ببغداد"
    if before and grammar.has(before[-1], "venue_adjectives"):
        before = before[:-1]  # "في المؤتمر الصحفي اليومي بقاعدة الرياض الجوية"
    return " ".join(before).endswith(grammar.suffixes("speech_venues"))


def struck_place(doc: AnalysedDocument, p: PlaceMention) -> bool:
    """"قصفت قوات النظام الحولة وتلبيسة", "استهداف قريتي كفريا والفوعة": a place named with no
    locative or relation word before it is what was struck (the towns, not a party in them);
    "نفذت سبع ضربات قرب الحسكة", "غارات على مواقع في الرقة" name where; so are the town's own
    areas ("قصفت أماكن في مدينة داريا", `town_area_nouns`)."""
    if relational(p):
        return False
    if not locative(doc, p):
        return True
    before = doc.text[max(0, p.start - AREA_CHARS):p.start].split()
    return len(before) > 1 and before[-1] in grammar.words("locatives") and grammar.has(before[-2], "town_area_nouns")


def locative(doc: AnalysedDocument, p: PlaceMention) -> bool:
    """"في مدينة أربيل", "بمحافظة أربيل", "أمام مبنى المحافظة في X": a place told as where."""
    return told_where(doc.text, p.start)


def deed_after(doc: AnalysedDocument, cue: CueMention, first: int) -> int | None:
    """Where a deed of another kind starts between the cue and the first place after it, told after
    a word of accompaniment ("ترافقت الاشتباكات مع قصف الطيران لمناطق في قرى ..."), or an incident
    joined by "و" after the cue's own object ("في غارة على سوق وقصف حوثي على تعز"), or recalled
    after a word of reminding (`reminder_words`): the places after that deed are its own, not the cue's."""
    for other in doc.index["cues"].starting_in(cue.end, first):
        start = other.start - prefix_len(doc, other)
        between = doc.text[cue.end:start].split()
        before = between[-2:]
        if grammar.any_of(between, "reminder_words"):
            return other.start  # "ويعيد تفجير القديح إلى الأذهان الهجوم الذي استهدف قرية الدالوة"
        if other.cue.type == cue.cue.type and not _joined_after_an_object(doc, cue, other, start):
            continue
        if any(grammar.has(" ".join(before[i:]), "accompaniment_words") for i in range(len(before))) \
                or _joined_after_an_object(doc, cue, other, start):
            return other.start
    return None


def _joined_after_an_object(doc: AnalysedDocument, cue: CueMention, other: CueMention, start: int) -> bool:
    return doc.text[start:other.start].startswith(grammar.suffixes("clitic_conjunctions")) \
        and grammar.any_of(doc.text[cue.start:start].split(), "target_prepositions")


def told_again(doc: AnalysedDocument, cue: CueMention, whole: Sentence, prev: Sentence) -> str | None:
    """The sentence of `cue`, opening a paragraph, tells again the incident of the sentence before
    (`prev`): a definite fight with what it led to (`context.fight_told_again`), or the people the
    sentence before named (`_people_told_again`). Why, in words, or None."""
    if fight_told_again(doc, cue, whole):
        return "the fight told again ('وأسفرت المعارك عن')"
    word = _people_told_again(doc, doc.clause_at(cue.start), prev)
    return f"'{word}': the people of the sentence before told again" if word else None


def _people_told_again(doc: AnalysedDocument, clause: tuple[int, int], prev: Sentence) -> str | None:
    """"قتلت قوات الأمن مطلوبين اثنين في تبادل لإطلاق النار ببلدة العوامية" then, opening the next
    paragraph, "وأوضح المتحدث أن المطلوبين بادرا بإطلاق النار": people the sentence before named
    without the article, named again with it in the cue's clause (one noun: `grammar.noun_stem`),
    are the same people. The word, or None."""
    article = morphology().article
    earlier = {(a.actor.id, grammar.noun_stem(doc.text[a.start:a.end].split()[0]))
               for a in _people_in(doc, prev.start, prev.end) if not doc.text[a.start:a.end].startswith(article)}
    return next((w for a in _people_in(doc, clause[0], clause[1])
                 if (w := doc.text[a.start:a.end].split()[0]).startswith(article)
                 and (a.actor.id, grammar.noun_stem(w)) in earlier), None)


def _people_in(doc: AnalysedDocument, start: int, end: int) -> list[ActorMention]:
    """The armed men of no name of their own ("مسلحون") and the people held or sought ("مطلوبين")
    named from `start` to `end`: nouns of people a report names again as the same (not a state's
    forces, not a party's name)."""
    return [*(a for a in doc.index["actors"].starting_in(start, end) if a.actor.id == UNIDENTIFIED),
            *doc.index["suspects"].starting_in(start, end)]


def within_the_label(doc: AnalysedDocument, ps: list[PlaceMention]) -> PlaceMention:
    """"فنزويلا: مقتل متظاهر في احتجاجات في كراكاس": the headline's first place, unless it is the
    country of a label that opens the headline (`LABEL_MARKS` after it) and the headline tells
    where, within that country, after it: that place."""
    first = ps[0]
    if first.place is None or first.place.kind != "country" or not opens_its_line(doc.text, first.start) \
            or not doc.text[first.end:first.end + 3].lstrip().startswith(LABEL_MARKS):
        return first
    return next((p for p in ps[1:] if p.place is not None and p.place.kind != "country"
                 and p.place.country == first.place.country and locative(doc, p)), first)
