"""Incidents the text names as told elsewhere: a definite noun that refers to an incident of the
article ("بعد الهجوم"، "الاعتداء الذي وقع في سروج"، "ردا على مقتل جنود"), one named by its place
("تفجير سروج"), one said to be "another" ("في تفجير آخر"). Steps of `marsad.extract.steps.STEPS`:
`reference` and `another` early, `referenced` last; such a cue merges into the record of the
incident it names, or tells the place and the day of the one it is.
"""

from __future__ import annotations

from bisect import bisect_left

from marsad.acled import ARRESTS, BATTLES, EXPLOSIONS, SHELLING
from marsad.extract import grammar
from marsad.extract.ascribed import maker_predicate
from marsad.extract.context import (
    WORD,
    cue_key,
    definite,
    in_quotes,
    in_response,
    incident_told_before,
    incidents_after_suspects,
    markers_in,
    named_incident_place,
    named_incident_towns,
    prefix_len,
    told_before,
)
from marsad.extract.document import (
    CLOSING_MARKS,
    NAME_QUOTES,
    PHRASE_BREAKS,
    WORD_END_PUNCT,
    AnalysedDocument,
    Sentence,
)
from marsad.extract.draft import Draft
from marsad.extract.event_dates import DateChoice
from marsad.extract.mentions import BY_WEAPON, CueMention
from marsad.extract.modality import blamed_party, claimed_object, general_incident_word
from marsad.extract.place_roles import origin
from marsad.extract.recall import sequel_subject
from marsad.extract.said_days import reporting
from marsad.geo.resolve import PlaceMention

PERPETRATOR_REACH = 16  # characters: the word right before the cue
OUTCOME_CHARS = 12  # "[أسفرت عن] مقتل": the verb of outcome that may open the death phrase
INVOLVED_CHARS = 32  # "[متورطة في عمليات] خطف": the phrase of involvement and a word of operations
RELATION_CHARS = 10  # "[تتعلق] بهجوم": the verb of relation right before the cue
RELATIVE_AGENT_CHARS = 12  # "الضربات الجوية [] التي شنها": from the noun to the relative clause of its doer
RELATIVE_AFTER_CHARS = 10  # "الاعتداء [الذي] وقع": the relative pronoun right after the noun
RELATIVE_HEAD_CHARS = 16  # "[الأهداف] التي قصفت": the noun right before the relative pronoun
PLACE_BEFORE_RELATIVE = 40  # "مدينة تلبيسة [بريف حمص] التي": where the place a relative clause describes ends
SUBJECT_NOUN_CHARS = 24  # "[الغارة] دمرت": the incident noun right before the verb
OUTCOME_VERB_CHARS = 12  # "الضربة [أسفرت] عن": the verb of an outcome right after its incident noun
ANSWERED_DAYS = 2  # "ردا على إطلاق صاروخ ... مساء [الاثنين]": how old an incident answered may be, to be news
ASCRIBER_WORDS = 8  # "نسب [وزير الداخلية التركي سليمان صويلو صراحة] الهجوم": the verb and its subject before the noun
RECENT_WORDS = 3  # "الاعتداءات [والتفجيرات] الأخيرة": the cue, a conjunct and "الأخيرة"
RECENT_CHARS = 30
ANOTHER_CHARS = 24  # "تفجير [انتحاري] آخر": the words after the noun that may say "another"
SEQUENCE_CHARS = 24  # "[في أعقاب عملية ]الهدم": the word of sequence and a construct head before the noun
PERCEPTION_CHARS = 16  # "[كنا نسمع ]إطلاق النار": the verb of perceiving right before the cue
ANSWER_WORDS = 2  # "الغارة [جاءت ردا]": the verb of coming, then the word of answering


def reference(d: Draft) -> str | None:
    """Names an incident told elsewhere ("بسبب ضربات التحالف", "هذا الهجوم"): it only merges."""
    doc, cue = d.doc, d.cue
    reach = _answered_after(d, _sides_reach(d))
    anaphors = doc.index["anaphors"].starting_in(cue.end, reach)  # "في محيط المدينة": the town named before
    named, precise_here = _named_after(d, reach, bool(anaphors))
    # "قالت الوحدات إن القصف أصاب منازل في البلدة": a word for a town told in an earlier sentence is
    # the known incident's place; after a town named in its own sentence, the incident is there
    placed_here = bool(named) or (bool(anaphors) and any(p.geo_precision <= 2 for p in doc.places_in(d.sent.start, cue.start)))
    definite = doc.text.startswith("ال", cue.start) or doc.text[cue.start - prefix_len(doc, cue):cue.start].endswith("ال") \
        or named_incident_place(doc, cue) is not None
    d.reference = _demonstrative(d) or (d.role == "cause" and _cause_told_elsewhere(d, definite)) \
        or (d.role == "simultaneous" and definite) or _known_by_other_words(d) \
        or (doc.text.startswith("ال", cue.start) and _recent_after(doc, cue)) \
        or (_told_again(d) and not placed_here and not _the_lead_tells_it(d)) \
        or (in_response(doc, d.clause, cue) and not _news_answered(d, reach, precise_here)) \
        or (definite and (_said_to_answer(d) or ((not precise_here or _named_by_its_places(d)) and _given_its_maker(d)))) \
        or _named_by_what_befell_it(d)
    if not (d.sent.in_title and cue.cue.sub == ARRESTS):  # "القبض على خلية" over "أعلنت الوزارة القبض على":
        d.seen_cues.add(cue_key(doc, cue))  # the body tells the arrests the headline sums up, it refers to none
    return None


def _known_by_other_words(d: Draft) -> bool:
    """An incident told elsewhere, named by what it is related to or by what a witness perceived."""
    return _related_to(d) or _perceived_by_a_witness(d)


def _perceived_by_a_witness(d: Draft) -> bool:
    """"لم نخرج من البيت منذ يومين، نسمع إطلاق النار": what a witness hears or sees, a verb of
    perceiving in the first person right before the cue (`witness_perception_verbs`), is the
    incident told around it, not one of its own."""
    before = d.doc.text[max(d.sent.start, d.cue.start - PERCEPTION_CHARS):d.cue.start].split()[-2:]
    return any(grammar.has(w, "witness_perception_verbs") for w in before) \
        or " ".join(before) in grammar.words("witness_perception_verbs")


def _the_lead_tells_it(d: Draft) -> bool:
    """"ارتفع عدد قتلى الهجوم الذي شنته حركة الشباب على فندق ... صباح أمس الأربعاء إلى 28" under
    a headline that names the attack: the lead's first incident noun, with a day of its own in its
    sentence, tells the headline's incident in full; it refers to no other telling."""
    lead = next((s for s in d.doc.sentences if not s.in_title), None)
    return lead is not None and d.sent.index == lead.index and d.sent.index > 0 \
        and not d.doc.index["cues"].starting_in(d.sent.start, d.cue.start) \
        and any(t.time_precision == 1 and not t.future for t in d.doc.times_in(d.sent.start, d.sent.end))


def _named_after(d: Draft, reach: int, anaphor: bool) -> tuple[list[PlaceMention], bool]:
    """The towns and villages named after the cue up to `reach` but those fired from ("بإطلاق
    القذائف من مواقعهم في منطقة X"), and whether any place (those too) or a word for a town told
    before (`anaphor`: "في محيط المدينة") is named there."""
    named = [p for p in d.doc.places_in(d.cue.end, reach) if p.geo_precision <= 2]
    return [p for p in named if not origin(d.doc, p, d.clause)], bool(named) or anaphor


def _said_to_answer(d: Draft) -> bool:
    """"وقال الجيش إن الغارة جاءت ردا على إطلاق صواريخ": a definite incident noun that a verb right after
    it says answered another is the incident told before, named to say why."""
    after = d.doc.text[d.cue.end:d.clause[1]].split()[:ANSWER_WORDS]
    return len(after) > 1 and (grammar.has(after[1], "response_heads") or (
        grammar.has(after[0], "coming_verbs") and after[1] in grammar.words("came_after_heads")))


def _answered_after(d: Draft, reach: int) -> int:
    """"أن الغارات جاءت ردا على إطلاق قذيفة باتجاه مستوطنات غلاف غزة": the places after the word that
    names what the cue answers (`response_heads`) are the answered incident's, not the cue's own."""
    if not any(h in d.doc.text[d.cue.end:reach] for h in grammar.words("response_heads")):
        return reach  # (asked of every cue: most clauses name no answer at all)
    answered = next((w.start() for w in WORD.finditer(d.doc.text, d.cue.end, reach)
                     if grammar.has(w.group().strip(NAME_QUOTES), "response_heads")), None)
    return reach if answered is None else answered


def _aim_of_the_claimed(d: Draft) -> bool:
    """"وأعلنت الحركة مسؤوليتها عن الهجوم، قائلة إنه استهدف جنودا": a verb of targeting after the
    claim of a definite incident noun in its sentence says what that incident was aimed at."""
    doc, cue = d.doc, d.cue
    if cue.cue.pos != "verb" or not grammar.has(doc.text[cue.start:cue.end].split()[0], "targeting_verbs"):
        return False
    claims = [m for m in markers_in(doc, d.sent.start, cue.start) if m.kind == "modality:claimed"]
    return bool(claims) and any(c.cue.pos == "noun" and definite(doc, c) and general_incident_word(doc, c)
                                for c in doc.index["cues"].starting_in(claims[0].end, cue.start - 1))


def _cause_told_elsewhere(d: Draft, definite: bool) -> bool:
    """A cause ("بسبب ضربات التحالف", "إثر الهجوم") names an incident told elsewhere, unless the
    sentence tells it here: the dead before it or after it, the fight of an advance, its own place
    (an indefinite cause), its own relative clause of a doer and a day."""
    return not _outcome_before(d) and not _outcome_after(d) and not _fight_of_an_advance(d) \
        and (definite or not d.doc.places_in(d.cue.end, d.clause[1])) and not _told_by_its_relative(d)


def _sides_reach(d: Draft) -> int:
    """Where the cue's clause ends; when it names the first side of a fight ("بين قوات النظام من
    جهة، والفصائل من جهة أخرى في مدينة الزبداني"), or when the next clause opens with its place
    ("سلسلة من الغارات، في مناطق راوة والقائم"), where the next incident word or the sentence ends."""
    end = d.clause[1]
    later = d.doc.index["cues"].starting_in(end, d.sent.end)
    reach = later[0].start if later else d.sent.end
    if any(w in d.doc.text[d.cue.end:end] for w in grammar.words("first_side_words")):
        return reach
    # "نفذت مساء أمس سلسلة من الغارات، في مناطق راوة والقائم": the place opens the next clause
    opening = d.doc.text[end:reach].split()[:1]
    if opening and opening[0] in grammar.words("prepositions") and d.doc.places_in(end, reach):
        first = d.doc.places_in(end, reach)[0]
        if len(d.doc.text[end:first.start].split()) <= 1:  # the bare preposition, then the place
            return reach
    return end


def _told_by_its_relative(d: Draft) -> bool:
    """"هدد الحزب بإنهاء الهدنة إثر الضربات الجوية التي شنها الجيش الجمعة على معسكراته": the cause
    told whole in its own relative clause (a relative pronoun and a verb of its doer: an agent
    role, "التي شنها") with its own day is an incident told here, not one told elsewhere."""
    doc, cue = d.doc, d.cue
    for start, end, role in doc.roles[bisect_left(doc.role_ends, cue.end):]:
        if start > cue.end + RELATIVE_AGENT_CHARS or start >= d.clause[1]:
            return False
        if role == "agent" and doc.text[start:end].split()[0] in grammar.words("relative_pronouns"):
            return any(t.time_precision == 1 for t in doc.times_in(end, d.clause[1]))
    return False


def _fight_of_an_advance(d: Draft) -> bool:
    """"تقدمت قوات الشرطة في حصيبة أمس بعد اشتباكات مع داعش": a fight named with no article right
    after "بعد" (`advance_links`), a verb of advancing (`advance_verbs`) before it in its sentence,
    is the fight of that advance: an incident, not one told elsewhere."""
    start = d.cue.start - prefix_len(d.doc, d.cue)
    before = d.doc.text[d.sent.start:start].split()
    return d.cue.cue.type == "Battles" and not d.doc.text.startswith("ال", d.cue.start) \
        and bool(before) and before[-1] in grammar.words("advance_links") \
        and any(grammar.has(w, "advance_verbs") for w in before[:-1])


def _depicted(d: Draft) -> bool:
    """"لمنع نشر صور التفجير": a definite incident whose pictures or footage are told of is one
    that happened before, told elsewhere: it only merges."""
    if not d.doc.text.startswith("ال", d.cue.start) or prefix_len(d.doc, d.cue):
        return False
    before = d.doc.text[max(d.clause[0], d.cue.start - RELATION_CHARS):d.cue.start].split()[-1:]
    return bool(before) and grammar.has(before[0], "depiction_nouns")


def _related_to(d: Draft) -> bool:
    """"صورا تتعلق بهجوم انتحاري": what photos or news relate to (`relation_verbs`, then ب) is an
    incident that happened and is told elsewhere: it only merges."""
    start = d.cue.start - prefix_len(d.doc, d.cue)
    before = d.doc.text[max(d.clause[0], start - RELATION_CHARS):start].split()[-1:]
    return d.doc.text[start:d.cue.start].endswith(grammar.suffixes("concern_proclitics")) and bool(before) \
        and grammar.has(before[0], "relation_verbs")


def _demonstrative(d: Draft) -> bool:
    """"هذا الهجوم": a demonstrative right before the cue names an incident told before; one a
    comma closes ("وفي موازاة ذلك، فتح مسلحان النار") ends its phrase."""
    start = d.cue.start - prefix_len(d.doc, d.cue)
    return d.role == "demonstrative" and not any(ch in PHRASE_BREAKS for ch in d.doc.text[max(0, start - 3):start])


def _perpetrators_of(doc: AnalysedDocument, cue: CueMention, sent: Sentence) -> bool:
    """"البحث عن منفذي عملية التفجير", "اعتقال مرتكبي الهجوم": the definite incident whose
    perpetrators are sought or named, after an incident told in an earlier sentence of the body,
    is the one told, not another (in the lead it is the article's own)."""
    if not doc.text.startswith("ال", cue.start) or not any(
            not doc.sentence_at(c.start).in_title for c in doc.index["cues"].starting_in(0, sent.start)):
        return False
    before = doc.text[max(0, cue.start - PERPETRATOR_REACH):cue.start].split()
    if before and before[-1] in grammar.words("campaign_nouns"):
        before = before[:-1]  # "منفذي عملية التفجير"
    return bool(before) and grammar.has(before[-1], "perpetrator_nouns")


def _involved_in(doc: AnalysedDocument, cue: CueMention) -> bool:
    """"عصابات متورطة في عمليات خطف", "المتهمين بتفجير": the incidents people are described as
    involved in (`involvement_phrases`, a word of operations between allowed) are what they are
    known for, told elsewhere or not at all: no incident of the article's own."""
    before = doc.text[max(0, cue.start - prefix_len(doc, cue) - INVOLVED_CHARS):cue.start - prefix_len(doc, cue)].split()
    if before and before[-1] in grammar.words("campaign_nouns"):
        before = before[:-1]  # "متورطة في عمليات خطف"
    prefix = doc.text[cue.start - prefix_len(doc, cue):cue.start]
    said = " ".join(before[-2:]) + (" " + prefix if prefix else "")
    return said.endswith(grammar.suffixes("involvement_phrases")) or (said + " ").endswith(grammar.spaced("involvement_phrases"))


def _recent_after(doc: AnalysedDocument, cue: CueMention) -> bool:
    """"الاعتداءات والتفجيرات الأخيرة في لندن": the recent attacks (a plural), named as known ones; "الهجوم
    الأخير" may be the article's own."""
    if not doc.text[cue.start:cue.end].split()[0].endswith(grammar.suffixes("plural_endings")):
        return False
    return any(grammar.has(w.strip(CLOSING_MARKS), "recent_words")  # "(الاعتداءات الأخيرة)"
               for w in doc.text[cue.end:cue.end + RECENT_CHARS].split()[:RECENT_WORDS])


def _outcome_after(d: Draft) -> bool:
    """"فرضت السلطات حظر تجوال بعد اشتباكات بين قوات الأمن ومسلحين أسفرت عن مقتل جندي": an indefinite
    incident noun given as the cause, its own dead told after it in its clause by a verb of outcome
    (`outcome_verbs`), is told in full here ("بعد تفجير انتحاري قتل 32 شخصا": one told before)."""
    doc, cue = d.doc, d.cue
    if cue.cue.pos != "noun" or doc.text.startswith("ال", cue.start):
        return False
    for s, _, pos in doc.index["deaths"].starting_in(cue.end, d.clause[1]):
        if pos != "noun" and grammar.any_of(doc.text[cue.end:s + OUTCOME_CHARS].split(), "outcome_verbs"):
            return True
    return False


def _outcome_before(d: Draft) -> bool:
    """"قتل خمسة أشخاص في بلدة X جراء قصف": an indefinite incident noun given as the cause of
    deaths or wounds told before it in its clause is the incident of the sentence, not one told
    elsewhere ("جراء القصف", definite, still names one)."""
    doc, cue = d.doc, d.cue
    if cue.cue.pos != "noun":
        return False
    if doc.text.startswith("ال", cue.start) and not any(
            p.geo_precision <= 2 for p in doc.places_in(d.clause[0], cue.start)):
        return False  # "قتل خمسة مدنيين في بلدة كفرنبل جراء القصف": the deaths' town makes it this one
    return any(pos != "noun" for _, _, pos in doc.index["deaths"].starting_in(d.clause[0], cue.start))


def another(d: Draft) -> str | None:
    """"في تفجير آخر", "هجوم انتحاري ثان": an indefinite incident noun with "another" (right after
    it or after its adjective) is an incident besides those told before it (merge keeps them apart)."""
    doc, cue = d.doc, d.cue
    clitics = doc.text[cue.start - prefix_len(doc, cue):cue.start]
    if cue.cue.pos != "noun" or doc.text.startswith("ال", cue.start) or clitics.endswith(("ال", "لل")):
        return None
    after = doc.text[cue.end:min(d.sent.end, cue.end + ANOTHER_CHARS)].split()[:2]
    if after and not grammar.has(after[0], "another_words") and not grammar.has(after[0], "similar_words") \
            and after[0].endswith(grammar.suffixes("adjective_endings")):
        after = after[1:]
    at = doc.text.find(after[0], cue.end) if after else -1
    if after and (grammar.has(word := after[0].strip(WORD_END_PUNCT), "another_words") or grammar.has(word, "similar_words")) \
            and not doc.index["times"].starting_in(at, at + 1):  # "عملية انتحارية ثالث أيام العيد": a day
        d.another = True
        d.why("merge", f"'{doc.text[cue.start:cue.end]} {after[0]}': another incident than those told before")
    return None


def _news_answered(d: Draft, reach: int, precise: object) -> bool:
    """"ردا على إطلاق صاروخ من القطاع سقط قرب مدينة سديروت مساء الاثنين": the projectile an act
    answers, its weapon named, told with a precise place and a day of its own a day or two before the
    publication at most, is news of its own, not one told elsewhere (the cause of days before, or a
    bombardment named by no weapon, "في رد على قصف قوات النظام لمدينة درعا", stays a reference)."""
    pub = d.doc.published
    return bool(precise) and pub is not None and bool(d.doc.index["weapons"].starting_in(d.cue.start, reach)) and any(
        t.time_precision == 1 and t.date is not None and not t.future and 0 <= (pub - t.date).days <= ANSWERED_DAYS
        for t in d.doc.times_in(d.cue.end, reach))


def _object_of_an_ascription(d: Draft) -> bool:
    """"ونسب رئيس الوزراء بوضوح الهجوم إلى التنظيم": a definite incident noun right after the verb
    of ascribing and its subject, إلى after it, is the incident told before, given its maker."""
    before = d.doc.text[d.clause[0]:d.cue.start - prefix_len(d.doc, d.cue)].split()[-ASCRIBER_WORDS:]
    after = d.doc.text[d.cue.end:d.clause[1]].split()[:2]
    return d.cue.cue.pos == "noun" and any(grammar.has(w, "ascription_verbs") for w in before) \
        and any(w in grammar.words("ascription_links") for w in after)


def _given_its_maker(d: Draft) -> bool:
    """An incident told before, given its maker: by an ascription, a predicate of making or a claim."""
    return _object_of_an_ascription(d) or _made_one_told_before(d) or _claimed_one_told_before(d) \
        or (blamed_party(d) is not None and incident_told_before(d.doc, d.sent))  # "وحمل المكتب الحزب المسؤولية عن الهجوم"


def _named_by_its_places(d: Draft) -> bool:
    """"مسؤوليته عن هجوم برشلونة", "عن تفجيري السماوة والنهروان": the towns after an incident noun in
    its clause are its name, not where it is told to happen, when the first is in construct with the
    noun and the others are joined to it."""
    towns = named_incident_towns(d.doc, d.cue, d.clause[1])
    return bool(towns) and len(towns) == len(d.doc.places_in(d.cue.end, d.clause[1]))


def _made_one_told_before(d: Draft) -> bool:
    """"... قتل 20 شخصا في تفجير. وقال الوزير إن داعش يقف وراء الاعتداء": a definite incident noun
    after a predicate of making, an incident told in the body before its sentence: that one, given
    its maker (the lead's "تفيد أن داعش يقف وراء الاعتداء الانتحاري الذي ..." tells the news)."""
    return maker_predicate(d) is not None and incident_told_before(d.doc, d.sent)


def _claimed_one_told_before(d: Draft) -> bool:
    """"قتل خمسة جنود في انفجار ... وأعلن التنظيم مسؤوليته عن الهجوم": the definite noun a claim
    takes as its object, an incident told in the body before its sentence: that one, claimed; not
    when its clause places it ("مسؤوليته عن الاعتداء على مسجد في الكويت": the incident itself) or
    spans a period ("عن معظم الاعتداءات في الأشهر الأخيرة": a summary)."""
    return claimed_object(d) is not None and incident_told_before(d.doc, d.sent) \
        and (not d.doc.places_in(d.cue.end, d.clause[1]) or _named_by_its_places(d)) \
        and all(t.time_precision == 1 for t in d.doc.times_in(d.cue.end, d.clause[1]))  # "في الأشهر الأخيرة": many


def _told_again(d: Draft) -> bool:
    """A definite noun that names an incident told before: the same word, a word after one of
    sequence, or the noun of a verb told before."""
    return told_before(d.doc, d.cue, d.seen_cues) or _after_one_of_its_kind(d) or _verb_of_its_root_before(d) \
        or _its_weapon_again(d) or _outcome_of_one_told(d)


def _outcome_of_one_told(d: Draft) -> bool:
    """"وقالت القيادة إن الضربة أسفرت عن مقتل ستة عسكريين" after "أطلقت الولايات المتحدة 59 صاروخا على
    قاعدة الشعيرات": a definite noun of a strike, one word, right before a verb of its outcome
    (`outcome_verbs`) with no day of its own in its sentence, is the incident of its kind told
    before in the body."""
    doc, cue = d.doc, d.cue
    if cue.cue.pos != "noun" or cue.cue.type != EXPLOSIONS or d.sent.in_title or " " in doc.text[cue.start:cue.end] \
            or not definite(doc, cue):
        return False
    after = doc.text[cue.end:min(d.clause[1], cue.end + OUTCOME_VERB_CHARS)].split()[:1]
    if not after or not grammar.has(after[0], "outcome_verbs") or doc.times_in(d.sent.start, d.sent.end):
        return False  # (a strike's: "المعارك أسفرت عن مقتل عشرة من عناصر النظام" names the fight's sides)
    return any(c.cue.type == cue.cue.type and c is not cue for c in doc.index["cues"].starting_in(doc.title_end, d.sent.start))


def _its_weapon_again(d: Draft) -> bool:
    """"قتل ثمانية جراء قصف مدفعي استهدف حي الروضة" then "واتهم مسؤولون الحوثيين بإطلاق القذائف": a
    definite projectile, one word that is a cue of the kind of an incident told in its sentence or the one
    before (in the body), with no day of its own after it, names the weapon of that incident."""
    doc, cue = d.doc, d.cue
    if cue.cue.pos != "noun" or cue.cue.sub != SHELLING or not definite(doc, cue) or d.sent.in_title \
            or " " in doc.text[cue.start:cue.end] \
            or not any(w.end == cue.end for w in doc.index["weapons"].starting_in(cue.start, cue.end)) \
            or (d.when is not None and d.when.time is not None and d.when.time.start > cue.start) \
            or in_quotes(doc.text, d.sent.start, cue.start):
        return False  # (one word, the weapon itself, no day of its own after it; quoted words lend their maker elsewhere)
    start = doc.sentences[d.sent.index - 1].start if d.sent.index > 0 else d.sent.start
    return any(c.cue.type == cue.cue.type and c.cue.sub in (cue.cue.sub, BY_WEAPON) and c is not cue
               for c in doc.index["cues"].starting_in(max(start, doc.title_end), cue.start))


def _after_one_of_its_kind(d: Draft) -> bool:
    """"واندلعت مواجهات عقب عملية الهدم": a definite cue right after a word of sequence
    (`sequence_causes`, a construct head between: "عملية") names the incident of its kind the
    article told before it, by a verb or another noun ("هدمت القوات منزلا")."""
    doc, cue = d.doc, d.cue
    if not definite(doc, cue):  # (a verb's pattern read with the article, "الهدم", is the noun)
        return False
    word_start = doc.text.rfind(" ", 0, cue.start) + 1
    words = doc.text[max(0, word_start - SEQUENCE_CHARS):word_start].split()
    if words and grammar.has(words[-1], "construct_heads"):
        words = words[:-1]
    if not words or not (grammar.has(words[-1], "sequence_causes") or " ".join(words[-2:]) in grammar.words("sequence_causes")):
        return False
    return any(c.cue.type == cue.cue.type and c.cue.sub == cue.cue.sub and c is not cue
               for c in doc.index["cues"].starting_in(0, cue.start))


def _verb_of_its_root_before(d: Draft) -> bool:
    """"قصفت المدفعية التركية قرية مريمين" then "وقالت الوحدات إن القصف أصاب منازل": a definite noun
    cue whose letters open a verb cue of its kind told before ("قصف" of "قصفت") names that incident."""
    doc, cue = d.doc, d.cue
    if cue.cue.pos != "noun" or not definite(doc, cue) or len(words := doc.text[cue.start:cue.end].split()) != 1:
        return False
    stem = grammar.bare(words[0])
    return any(c.cue.pos == "verb" and c.cue.type == cue.cue.type and doc.text[c.start:c.end].startswith(stem)
               for c in doc.index["cues"].starting_in(0, cue.start - 1))


def _subject_named_by_place(d: Draft) -> bool:
    """"استهدف هجوم سوروتش ...": the noun right after a verb cue is an incident named by its place."""
    if d.cue.cue.pos != "verb":
        return False
    return any(c.cue.pos == "noun" and c.start - d.cue.end <= 2 and named_incident_place(d.doc, c) is not None
               for c in d.doc.index["cues"].starting_in(d.cue.end, d.cue.end + 3))


def _subject_told_before(d: Draft) -> bool:
    """"بأن الغارة دمرت آليتين": the definite noun right before a verb cue (or right after it,
    `_subject_after_told_before`) names an incident the article told before; the verb tells what it
    did (with no place of its own in the verb's clause: "القصف الصاروخي استهدف منطقتي X وY" tells
    where the strikes told before fell)."""
    if d.cue.cue.pos != "verb" or any(p.geo_precision <= 2 for p in d.doc.places_in(d.cue.end, d.clause[1])):
        return False
    return any(0 <= d.cue.start - prefix_len(d.doc, d.cue) - c.end <= 2 and told_before(d.doc, c, d.seen_cues)
               for c in d.doc.index["cues"].starting_in(d.cue.start - SUBJECT_NOUN_CHARS, d.cue.start)) \
        or _subject_after_told_before(d)


def _subject_after_told_before(d: Draft) -> bool:
    """"واستهدف الهجوم نقطة للجيش": a definite incident noun right after a verb cue, its subject,
    names an incident the article told before."""
    return any(c.cue.pos == "noun" and c.start - d.cue.end <= 2 and definite(d.doc, c) and told_before(d.doc, c, d.seen_cues)
               for c in d.doc.index["cues"].starting_in(d.cue.end, d.cue.end + 3))


def _named_by_what_befell_it(d: Draft) -> bool:
    """An incident named by what came of it or around it: its sequel, its perpetrators, a depiction,
    those involved in it, the aim of the one claimed, its repelling."""
    doc, cue = d.doc, d.cue
    return sequel_subject(doc, d.sent, cue) or _perpetrators_of(doc, cue, d.sent) or _depicted(d) \
        or _involved_in(doc, cue) or _aim_of_the_claimed(d) or _repelled_told_before(d)


def _repelled_told_before(d: Draft) -> bool:
    """"لكن الجيش قال إن قواته صدت الهجوم": a verb of repelling (`repel_verbs`) whose object is a
    definite incident noun, after a fight told before it in the body, names that fight."""
    words = d.doc.text[d.cue.start:d.cue.end].split()
    return d.cue.cue.pos == "verb" and len(words) == 2 and words[1].startswith("ال") \
        and grammar.has(words[0], "repel_verbs") \
        and any(c.cue.type == BATTLES for c in d.doc.index["cues"].starting_in(d.doc.title_end, d.sent.start))


def _told_again_by_its_maker(d: Draft) -> bool:
    """"إن القصف التركي أصاب قرى", "الغارات الروسية قتلت مدنيين": a definite incident noun with its
    maker's adjective right after it (the record's first party), an incident of its kind told
    before it in the body: that incident named again by whom it was made."""
    return d.cue.cue.pos == "noun" and definite(d.doc, d.cue) and d.actor1 is not None \
        and d.cue.start <= d.actor1.start <= d.cue.end + 1 and d.actor1.end > d.cue.end and d.actor1.word_start == d.actor1.start \
        and any(c.cue.type == d.cue.cue.type for c in d.doc.index["cues"].starting_in(d.doc.title_end, d.sent.start))


def _dated_by_the_saying(d: Draft) -> bool:
    """"قال قادة الحركة الثلاثاء إن التفجير الذي ضرب مقر الشرطة كان ردا على ...": the only day of the
    sentence is the day the words were said (`said_days.reporting`), before the cue."""
    t = d.when.time if d.when is not None else None
    return t is not None and t.end <= d.cue.start and reporting(d.doc, t)


def _described_known(d: Draft) -> bool:
    """A definite incident noun right before a relative pronoun, outside quotes ("الاعتداء الذي وقع")."""
    after = d.doc.text[d.cue.end:d.cue.end + RELATIVE_AFTER_CHARS].split()[:1]
    return d.cue.cue.pos == "noun" and definite(d.doc, d.cue) and not in_quotes(d.doc.text, d.sent.start, d.cue.start) \
        and bool(after) and after[0] in grammar.words("relative_pronouns")


def _targets_described(d: Draft) -> bool:
    """"الأهداف التي قصفت تقع في مناطق غير مأهولة": a verb in a relative clause about what was hit
    (`struck_heads`, definite) tells the strike told before, not another one."""
    rel = d.doc.role_start(d.cue.start - prefix_len(d.doc, d.cue))
    if d.cue.cue.pos != "verb" or d.role != "relative" or rel is None:
        return False
    head = d.doc.text[max(0, rel - RELATIVE_HEAD_CHARS):rel].split()[-1:]
    return bool(head) and grammar.has(head[0], "struck_heads")


def place_described(d: Draft) -> bool:
    """"مدينة تلبيسة التي قصفت قوات النظام مناطق فيها": the relative clause of a place tells what
    happened there (the news itself)."""
    rel = d.doc.role_start(d.cue.start - prefix_len(d.doc, d.cue))
    return rel is not None and any(0 <= rel - p.end <= 2 for p in d.doc.places_in(max(0, rel - PLACE_BEFORE_RELATIVE), rel))


def _why_told_elsewhere(d: Draft) -> str | None:
    """Why a cue names an incident told elsewhere (its place and date that one's), or None."""
    assert d.when is not None
    body, inherited = not d.sent.in_title, d.when.inherited and not d.sent.in_title
    if inherited and named_incident_place(d.doc, d.cue) is not None:  # "بعد هجوم سروج الانتحاري"
        return "an incident named by its place, with no date of its own"
    if body and _described_known(d) and (d.when.inherited or _dated_by_the_saying(d)):
        # "لكن الاعتداء الذي وقع في مدينة سروج وأوقع 32 قتيلا غير المعطيات"
        return "a definite incident described by a relative clause, with no date of its own: one told elsewhere"
    if inherited and _subject_named_by_place(d):  # "واستهدف هجوم سوروتش مجموعة من الشبان": what the named incident did
        return "a verb whose subject is an incident named by its place, with no date of its own"
    if inherited and _subject_told_before(d):  # "وأفاد مصدر بأن الغارة دمرت آليتين": what the strike told before did
        return "a verb whose subject is an incident told before, with no date of its own"
    if inherited and _told_again_by_its_maker(d):  # "وقالت الوحدات إن القصف التركي أصاب قرى": the shelling told before
        return ("a definite incident noun whose adjective names its maker, told after an incident of its kind, "
                "with no date of its own")
    if _targets_described(d):
        return "a relative clause about what was hit ('الأهداف التي قصفت'): the strike told before"
    if _went_on(d):
        return "a definite noun after a verb of going on: the incident of its type told before it in its sentence"
    if body and (held := _suspected_of(d)) is not None:
        return f"the incident the people sought or held are suspected of ('{held}'), with no date of its own"
    return None


def _went_on(d: Draft) -> bool:
    """"هاجم مسلحون نقطة تفتيش ليل الثلاثاء، واستمر الاشتباك حتى الفجر": a definite noun right after
    a verb of going on (`went_on_verbs`) tells how the incident of its type told before it in its
    sentence went on."""
    doc, cue = d.doc, d.cue
    if cue.cue.pos != "noun" or not definite(doc, cue):
        return False
    before = doc.text[d.clause[0]:cue.start - prefix_len(doc, cue)].split()
    return len(before) == 1 and grammar.has(before[0], "went_on_verbs") \
        and any(c.cue.type == cue.cue.type for c in doc.index["cues"].starting_in(d.sent.start, d.clause[0]))


def _suspected_of(d: Draft) -> str | None:
    """"ضمن ملاحقة المتورطين في أعمال إطلاق النار على رجال الأمن": the incident right after the
    people an arrest holds or seeks (linked to them by a preposition), with no place of its own, is
    what they are suspected of, told elsewhere when at all (its sentence's day, before them, is the
    arrest's). A headline's is the article's news."""
    assert d.when is not None
    doc, cue = d.doc, d.cue
    if doc.places_in(cue.end, d.clause[1]):
        return None  # "مشتبه بهم في التفجير الذي استهدف حافلة في مدينة إسطنبول": told here, with its place
    linked = doc.text[cue.start - prefix_len(doc, cue):cue.start].endswith(tuple(grammar.words("clitic_prepositions")))
    for held in doc.index["suspects"].starting_in(d.sent.start, cue.start):
        gap = doc.text[held.end:cue.start].split()  # "المتورطين [في] ...": not "حاول أحد المطلوبين تفجير نفسه"
        if any(c.start == cue.start for c in incidents_after_suspects(doc, held.end)) \
                and (linked or grammar.any_of(gap, "prepositions")) \
                and (d.when.time is None or d.when.time.start < held.start):
            return doc.text[held.start:held.end]
    return None


def referenced(d: Draft) -> str | None:
    assert d.when is not None
    if not d.reference and (why := _why_told_elsewhere(d)) is not None:
        d.reference = True
        d.why("reference", why)
    if d.reference:  # it names an incident told elsewhere: its place and date are that one's
        assert d.when is not None
        d.places = []
        if not _day_told_of_it(d):
            d.when = DateChoice(d.when.date, d.when.precision, None, True, "the incident it refers to")
    return None


def _day_told_of_it(d: Draft) -> bool:
    """"ووقع الهجوم مساء الخميس": a day right after the incident named again, in its clause, is the
    day that incident happened (it dates the one it refers to when merged)."""
    assert d.when is not None
    t = d.when.time
    return t is not None and not d.when.inherited and t.time_precision == 1 and not t.future \
        and d.cue.end <= t.start < d.clause[1] and not d.doc.text[d.cue.end:t.start].strip()
