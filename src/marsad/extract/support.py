"""Whether a candidate is enough to call an incident: a place, or an actor and a date of its own;
a weak cue (a bare "هجوم") with its own date, parties and place, or its own dead; no speech about
events, no whole country for a weak cue. `unsupported` gives the reason a candidate makes no
record (None when it does), `support` what makes it one, in words for --explain. Read by
`events.build_candidates`.
"""

from __future__ import annotations

from marsad.acled import ARRESTS, BATTLES, DECISIVE_SUBS, EXPLOSIONS, PROTESTS, SUICIDE_BOMB, VAC, Inter
from marsad.extract import grammar
from marsad.extract.candidates import PLANTED, Candidate
from marsad.extract.context import (
    definite,
    in_quotes,
    in_response,
    incident_told_before,
    markers_in,
    named_or_definite,
    people_noun,
    speaker_words,
    state_country,
)
from marsad.extract.document import NAME_QUOTES, AnalysedDocument
from marsad.extract.event_dates import turns_to_another_story
from marsad.extract.killers import unnamed_attacker
from marsad.extract.mentions import UNIDENTIFIED, ActorMention, raid_by_aircraft
from marsad.extract.reach import after_passive
from marsad.text.morphology import morphology

__all__ = ["QUOTED", "STRONG_CUE", "WEAK", "answered_incident", "day_of_the_known", "support", "toll_of_the_known",
           "unsupported"]

MEANS_CUES = 2  # "إن الانفجار نجم عن حزام ناسف": the incident noun and its means, nothing else
STRONG_CUE = 0.6  # weaker cues (a bare "هجوم") need a date and a place of their own
EXTENSION_CHARS = 8  # "امتد [القصف]": a verb of spreading right before the cue
QUOTED = "quoted speech with no date of its own"  # the reason such a candidate is no record of its own
WEAK = "a weak cue without its own date, parties and place"
COMMENTARY_WORDS = 6  # "[وفي صحيفة التايمز تكتب آسلين لينغ] عن": the words that open a retelling
WHOLE_LANDS = frozenset({"country", "region"})  # "عملية عسكرية في سوريا والعراق"
ANSWERED_SENTENCES = 2  # sentences back to the reply that named the incident a definite noun tells again


def support(c: Candidate, doc: AnalysedDocument) -> str:
    """What makes the candidate an incident, in words, for --explain."""
    place = "no place" if c.place is None else ("a precise place" if c.place.geo_precision < 3 else "a regional place")
    when = "its own date" if not c.when.inherited else ("the publication date" if c.when.time is None else "a borrowed date")
    who = "an actor named" if c.actor1 is not None else "no actor named"
    flags = [f for f, on in (("background", c.background), ("aggregate", c.aggregate)) if on]
    return f"{place}, {when}, {who}, cue strength {c.strength}" + (f"; flagged {' and '.join(flags)}" if flags else "")


def _lead(doc: AnalysedDocument, c: Candidate) -> bool:
    """The headline or the first sentence of the body."""
    return c.sentence.in_title or c.sentence.index == doc.lead_index()


def _quoted_report(doc: AnalysedDocument, c: Candidate) -> bool:
    """"وأعلنوا أن "طيران النظام قصف أحياء في أطراف بلدة سراقب"": a quoted statement that tells
    an act with its precise place reports it ("فجر انتحاري نفسه بحزام ناسف عند مدخل بلدة في ريف الحسكة":
    a blast verb opens the cue's phrase); speech without one is talk about the war."""
    before = doc.text[max(c.clause[0], c.cue.start - EXTENSION_CHARS):c.cue.start].split()[-1:]
    verb = c.cue.cue.pos == "verb" or grammar.has(doc.text[c.cue.start:c.cue.end].split()[0], "blast_verbs") \
        or (bool(before) and grammar.has(before[0], "extension_verbs"))  # "«وامتد القصف الجوي إلى عين لاروز»"
    # "«ودارت اشتباكات بين التنظيم والجيش التركي قرب بلدة الراعي»": both sides named in the text
    both = c.actor1 is not None and c.actor2 is not None and c.actor1.start > c.cue.start and c.actor2.start > c.cue.start
    if c.place is None or c.place.geo_precision > 2:
        return False
    if after_passive(doc, c.cue) and c.clause[0] <= c.place.start < c.cue.start:
        return True  # "«تعرضت مناطق في قرية الكريز لقصف من الطيران المروحي»": the place hit, then the blow
    if c.event_type == "Battles" and c.actor1 is not None and c.actor2 is not None and c.actor2.start > c.cue.start \
            and c.sentence.start <= c.place.start < c.cue.start and in_quotes(doc.text, c.sentence.start, c.place.start):
        return True  # "«سيطرت على مبنى في حي جوبر بعد اشتباكات عنيفة مع قوات النظام»": the place told first
    return ((verb or both) and c.place.start > c.cue.start and c.place.start < c.clause[1]) or _reported_statement(doc, c)


def _reported_statement(doc: AnalysedDocument, c: Candidate) -> bool:
    """"أعلن اتحاد التنسيقيات أن «سيارة مفخخة انفجرت في حي الميدان»", "أكد المرصد أن «فصائل المعارضة
    قصفت ... في مطار الثعلة»": a quotation opened right after "أن", in a sentence a source or a
    verb of reporting leads, is the statement that reports the incident, its place inside it; so is
    one opened right after the subject that follows "أن"."""
    assert c.place is not None
    quote = doc.text.rfind('"', c.sentence.start, c.cue.start)
    if quote < 0 or c.place.start <= quote:
        return False
    if speaker_words(doc, quote) is not None:
        return True
    # "ذكر ناشطون أن فصائل معارضة «سيطرت على مبنى البريد في حي القدم»": the quoted clause's
    # subject named after "أن", right before the quotation
    subject = next((a for a in doc.index["actors"].starting_in(c.sentence.start, quote) if 0 <= quote - a.end <= 1), None)
    return subject is not None and speaker_words(doc, subject.word_start) is not None


def _answered_with_its_place(c: Candidate, doc: AnalysedDocument) -> bool:
    """"ردا على إطلاق صاروخ من القطاع سقط قرب مدينة سديروت مساء الاثنين": the incident an act answers,
    told with a precise place (and, as every weak cue must, a day of its own) and found news of its
    own (no reference: `retold._news_answered`), needs no parties."""
    return not c.reference and c.place is not None and c.place.geo_precision < 3 and in_response(doc, c.clause, c.cue)


def _accused_of(c: Candidate, doc: AnalysedDocument) -> bool:
    """"واتهم مسؤولون مسلحي الحوثي بإطلاق القذائف": the incident a party is accused of, no other
    incident told between the accusation and it (not "تتهمه بالضلوع في هجمات ... بعد التفجير"), the
    party named after the accuser."""
    if c.modality != "alleged" or c.actor1 is None:
        return False
    said = [m for m in markers_in(doc, c.sentence.start, c.cue.start) if m.kind == "modality:alleged"]
    # the accused, not the accuser: "واتهمت جماعة X حزب Y بالوقوف وراء التفجير" names X right after the verb
    return bool(said) and not doc.index["cues"].starting_in(said[-1].end, c.cue.start) \
        and said[-1].end < c.actor1.start and bool(doc.text[said[-1].end:c.actor1.start].split())


def unsupported(c: Candidate, doc: AnalysedDocument) -> str | None:
    """Why a candidate is not enough to call an incident, or None. An incident needs a place, or
    an actor and a date of its own; a weak cue (a bare "هجوم") needs its own date; words in
    quotation marks with no date of their own are speech about events; an incident known only by
    the publication date needs a precise place. A document without a publication date has no
    dates to borrow: the tests on dates are left out."""
    borrowed = c.when.inherited and doc.published is not None
    if c.reference and (c.ascribed or _accused_of(c, doc)) and named_or_definite(doc, c.cue):
        # "ونسب الهجوم إلى حزب العمال", "اتهم الحوثيين بإطلاق القذائف", "تبنى التنظيم هجوم برشلونة":
        return None  # it only merges, and gives its maker
    if _arrest_by_a_state(c, doc):  # placed in the state later (`placed_by_its_police`)
        return QUOTED if _speech(c, doc, borrowed) else None
    if (why := _no_substance(c, doc, borrowed)) is not None:
        return why
    if _weak_alone(c, doc, borrowed):
        return WEAK
    if c.strength < STRONG_CUE and not c.aggregate and _whole_land(c) and not _toll_of_its_own(c, doc):
        return "a weak cue placed only in a whole country or region (an operation, not an incident)"
    if _speech(c, doc, borrowed):
        return QUOTED
    if borrowed and _commentary(c, doc):
        return "what a writer or a column tells, with no date of its own: commentary, not a report"
    if c.aggregate or not borrowed or _placed_enough(c, doc):
        return None
    return "a regional place and a borrowed date, without both parties or a toll"


def _commentary(c: Candidate, doc: AnalysedDocument) -> bool:
    """"يصف الكاتب تقدم المتمردين في الجنوب", "وفي صحيفة التايمز تكتب مراسلة عن ...": a writer,
    a column or an article (`commentary_words`) leads the sentence before the cue: a review of the
    press or an essay retells, it does not report."""
    words = doc.text[c.sentence.start:c.cue.start].split()[:COMMENTARY_WORDS]
    return grammar.any_of([w.strip(NAME_QUOTES + "،,") for w in words], "commentary_words")



def _placed_enough(c: Candidate, doc: AnalysedDocument) -> bool:
    """A precise place; or a regional one for a report with its parties and a toll, or for a
    governorate's incident with its own dead ("مقتل خمسة جنود في هجوم في محافظة الأنبار")."""
    return (c.place is not None and c.place.geo_precision < 3) or _regional_report(c, doc) \
        or (_governorate(c) and _toll_of_its_own(c, doc))


def _arrest_by_a_state(c: Candidate, doc: AnalysedDocument) -> bool:
    """"ألقت السلطات الألمانية القبض على شخص", "تركيا تعتقل 20 صحفيا": an arrest with no place, in the
    lead, by a state's force whose country the text names (its own, or its nationality after it), or
    by the state named itself, happened in that country, told as news ("شخص تحتجزهم جماعات" later on tells who holds whom)."""
    a = c.actor1
    if c.sub_event_type != ARRESTS or c.reference or a is None \
            or not (a.actor.inter == Inter.STATE or _state_by_its_name(doc, a)) or not _lead(doc, c):
        return False
    country = state_country(doc, a)
    # (placed at the state's own country alone, "القبض على خلية في البحرين", it has no place of its own either)
    return country is not None and (c.place is None or (c.place.place is not None and c.place.place.kind == "country"
                                                        and c.place.place.country == country))


def _state_by_its_name(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"إيران تعتقل ستة أشخاص": a state named by its country or its capital (no word of an army)
    arrests at home, with its police (`records.to_event`)."""
    return a.actor.inter == Inter.EXTERNAL and a.actor.state_by_name \
        and not grammar.any_of(doc.text[a.start:a.end].split(), "army_words")


def _speech(c: Candidate, doc: AnalysedDocument, borrowed: bool) -> bool:
    """Words in quotation marks with no date of their own that report no act: speech about events."""
    return borrowed and in_quotes(doc.text, c.sentence.start, c.cue.start) and not _quoted_report(doc, c)


def _weak_alone(c: Candidate, doc: AnalysedDocument, borrowed: bool) -> bool:
    """A weak cue with no toll of its own that borrows its date (unless it opens the day's other
    news), has no date words in an undated document, or names neither its parties and place nor
    the place of an incident answered."""
    no_words = doc.published is None and c.when.time is None  # undated, and no date words of its own
    return c.strength < STRONG_CUE and not c.aggregate and not _toll_of_its_own(c, doc) and (
        (borrowed and not _field_news(c, doc)) or no_words
        or not (_own_parties_and_place(c) or _answered_with_its_place(c, doc)))


def _field_news(c: Candidate, doc: AnalysedDocument) -> bool:
    """"في غضون ذلك، شنت المقاومة الشعبية هجوما على مواقع الميليشيات في جبل صبر": a sentence opened
    by a turn to the day's other news (`topic_shifts`), with both parties of the cue and a precise
    place in its clause, tells an incident of that day, dated or not."""
    return c.actor1 is not None and c.actor2 is not None and _own_parties_and_place(c) and c.place is not None \
        and c.place.geo_precision < 3 and not c.reference and turns_to_another_story(doc, c.sentence)


def _own_parties_and_place(c: Candidate) -> bool:
    return (c.actor1 is not None or c.actor2 is not None) and c.place is not None \
        and c.clause[0] <= c.place.start < c.clause[1]


def _toll_of_its_own(c: Candidate, doc: AnalysedDocument) -> bool:
    """"أعلنت تركيا أمس مقتل جنديين في هجوم على مخفر": people killed in it, with a date of its own
    or a precise place in its clause ("قتل مسلحون جنديين في هجوم ببلدة X"), make a weak cue
    ("هجوم") an incident."""
    own_place = c.place is not None and (c.place.geo_precision <= 2 or _governorate(c)) \
        and c.clause[0] <= c.place.start < c.clause[1] \
        and not _definite(doc, c)  # "الهجوم الذي أوقع 32 قتيلا في سروج": the attack known before, recalled
    # (a headline's toll at a precise place of its own needs no party: "أربعة قتلى في هجوم بشاحنة وسط ستوكهولم")
    return (bool(c.fatalities) or c.toll_shared) and (not c.when.inherited or own_place) \
        and (c.actor1 is not None or c.actor2 is not None or (c.sentence.in_title and own_place))


def toll_of_the_known(c: Candidate, doc: AnalysedDocument) -> bool:
    """"قالت الشرطة إن 7 أشخاص قتلوا في الهجوم": a definite weak cue with its dead, alone in a
    sentence that names no day and no place, after an incident the body told before: that one's
    toll."""
    return bool(c.fatalities) and _definite(doc, c) and _of_the_known(c, doc, 1)  # no other incident told beside it


def day_of_the_known(c: Candidate, doc: AnalysedDocument) -> bool:
    """"ووقع الهجوم مساء الخميس": a definite weak cue with a day of its own, alone in a sentence that
    names no place, after an incident the body told before: that one's day (a report's day told
    with it, "بحسب ما أعلنه الوزير اليوم", only bounds it)."""
    sent, t = c.sentence, c.when.time
    return not c.when.inherited and t is not None and t.time_precision == 1 and not t.future and _definite(doc, c) \
        and not sent.in_title and not doc.places_in(sent.start, sent.end) \
        and len(doc.index["cues"].starting_in(sent.start, sent.end)) == 1 and incident_told_before(doc, sent)


def means_of_the_known(c: Candidate, doc: AnalysedDocument) -> bool:
    """"وقالت الشرطة إن انتحاريا نفذ الهجوم", "إن الانفجار نجم عن حزام ناسف": a weapon that decides
    the kind (a suicide attacker, gas), or aircraft believed to be a state's ("أن الغارات نفذتها
    طائرات يعتقد أنها روسية"), told of a definite incident noun in a sentence that names no day, no
    place and no dead, after an incident the body told before: that one's means."""
    sent = c.sentence
    text = doc.text[sent.start:sent.end]
    believed = raid_by_aircraft(c.sub_event_type, c.weapons) and any(f" {b} " in text for b in grammar.words("belief_words"))
    if not (c.sub_event_type in DECISIVE_SUBS or believed) or doc.index["deaths"].starting_in(sent.start, sent.end):
        return False
    # "وفجر انتحاري شاحنة مفخخة قرب الساحة": a suicide attacker's deed is the incident's too
    told = _definite(doc, c) or c.sub_event_type == SUICIDE_BOMB \
        or any(w.strip(".،,") in grammar.words("incident_nouns") for w in text.split())
    return told and _of_the_known(c, doc, MEANS_CUES)


def deed_of_the_attackers(c: Candidate, doc: AnalysedDocument) -> bool:
    """"وأوضح البيان أن المهاجمين فجروا سيارة مفخخة قرب الحاجز ثم أطلقوا النار على أفراده": what the
    attackers of an incident the body told before did (their definite noun, `attacker_nouns`, the
    cue's actor1), in a sentence that names no day and no place of its own, is how that incident was
    made: no incident of its own."""
    sent = c.sentence
    if c.actor1 is None or c.reference or not c.when.inherited or sent.in_title or doc.places_in(sent.start, sent.end):
        return False
    words = doc.text[c.actor1.word_start:c.actor1.end].split()
    return bool(words) and (grammar.has(words[0], "attacker_nouns") or _named_again(doc, c.actor1)) \
        and incident_told_before(doc, sent)


def _named_again(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"قتل ثمانية عندما هاجم مسلحون البلدة ... وقال شهود إن المسلحين أطلقوا قذائف": the men of no
    name the body told before without the article, named again with it (one noun: `grammar.noun_stem`),
    are the attackers of the incident told with them."""
    if a.actor.id != UNIDENTIFIED or not people_noun(doc, a)[1]:
        return False
    return any(b.actor.id == UNIDENTIFIED and people_noun(doc, b) == (people_noun(doc, a)[0], False)
               for b in doc.index["actors"].starting_in(doc.title_end, a.start))


def _of_the_known(c: Candidate, doc: AnalysedDocument, most_cues: int) -> bool:
    """The cue's sentence names no day and no place of its own, tells at most `most_cues` cues, and
    follows an incident the body told before (outside the headline): what it says is of that one."""
    sent = c.sentence
    return c.when.inherited and not sent.in_title and not doc.places_in(sent.start, sent.end) \
        and len(doc.index["cues"].starting_in(sent.start, sent.end)) <= most_cues and incident_told_before(doc, sent)


def answered_incident(doc: AnalysedDocument, c: Candidate) -> bool:
    """The incident an act answers ("ردا على إطلاق صاروخ من القطاع", `in_response`, naming no party
    it was made on), or that incident named again by the same noun with its article in a sentence
    after ("وكانت القذيفة قد سقطت قرب مستوطنة سديروت"): made by the act's other side, it takes no
    parties from the act."""
    if c.actor2 is None and in_response(doc, c.clause, c.cue):
        return True
    if c.cue.cue.pos != "noun" or not definite(doc, c.cue):
        return False
    word = grammar.bare(doc.text[c.cue.start:c.cue.end].split()[0])
    start = doc.sentences[max(0, c.sentence.index - ANSWERED_SENTENCES)].start
    return any(grammar.bare(doc.text[x.start:x.end].split()[-1]) == word and in_response(doc, doc.clause_at(x.start), x)
               for x in doc.index["cues"].starting_in(start, c.sentence.start - 1))


def _definite(doc: AnalysedDocument, c: Candidate) -> bool:
    return definite(doc, c.cue)


def _no_substance(c: Candidate, doc: AnalysedDocument, borrowed: bool) -> str | None:
    if c.place is None and (c.actor1 is None or borrowed) and not c.reference:
        return "no place, and no actor with a date of its own"
    if _nothing_of_its_own(c, doc):
        return "nothing of its own: no party, people counted, date, place or toll in its sentence (a general word)"
    return None


def _nothing_of_its_own(c: Candidate, doc: AnalysedDocument) -> bool:
    """"سلاح المسلحين الذي يلجؤون إليه في مواجهة الغارات": a cue outside the lead whose place
    and date are borrowed and whose sentence names no party (civilians who fear raids are none),
    counts no people and gives no toll speaks of such incidents in general (the lead tells the article's own
    incident); one whose clause names an attacker of no name ("إن انتحاريا فجر سيارة مفخخة") tells one."""
    s = c.sentence
    own_place = c.place is not None and s.start <= c.place.start < s.end
    own_date = c.when.time is not None and not c.when.inherited and s.start <= c.when.time.start < s.end
    armed_target = c.actor2 is not None and c.actor2.actor.inter != Inter.CIVILIANS  # "السكان" fear raids
    counted = any(not n.ordinal and grammar.has((doc.text[n.end:n.end + 16].split() or [""])[0], "counted_people")
                  for n in doc.index["numbers"].starting_in(s.start, s.end))  # "ستة أشخاص اعتقلوا"
    return not (own_place or own_date or c.actor1 or armed_target or counted or c.fatalities is not None
                or c.reference or c.aggregate or _lead(doc, c) or _attacker_told(doc, c))


def _attacker_told(doc: AnalysedDocument, c: Candidate) -> bool:
    """A deed of violence whose clause names an attacker of no name ("إن انتحاريا فجر سيارة مفخخة"),
    or a bomber's deed told by a verb ("فجر انتحاري نفسه"), unless it is only the means of the
    incident told before (`means_of_the_known`: it merges)."""
    bomber = c.sub_event_type == SUICIDE_BOMB and c.cue.cue.pos == "verb"
    at = unnamed_attacker(doc, [c.clause])  # one attacker of no name: without the article ("السلاح الذي يستخدمه المسلحون" is any)
    one = at is not None and not doc.text.startswith(morphology().article, at[0])
    return c.event_type in (BATTLES, EXPLOSIONS, VAC) and (bomber or one) and not means_of_the_known(c, doc)


def _governorate(c: Candidate) -> bool:
    """Placed in a governorate ("في محافظة شمال سيناء"): where ACLED codes an incident no town is named for."""
    return c.place is not None and c.place.place is not None and c.place.place.kind == "governorate"


def _whole_land(c: Candidate) -> bool:
    return c.place is not None and c.place.place is not None and c.place.place.kind in WHOLE_LANDS


def _regional_report(c: Candidate, doc: AnalysedDocument) -> bool:
    """A regional place and a borrowed date make a record only for a report with its parties and
    a toll dated by an earlier sentence (not by the publication date alone), or for the lead,
    which tells the day's news."""
    actor1 = c.actor1 is not None or (c.default_actor1 is not None and c.sub_event_type in PLANTED)
    if c.when.time is not None and actor1 and (c.actor2 is not None or c.fatalities is not None):
        return True
    if _protests_by_governorate(c, doc):
        return True
    return _lead(doc, c) and actor1 and c.place is not None  # "استنكر التفجير الانتحاري الذي استهدف مسجدا في منطقة عسير"


def _protests_by_governorate(c: Candidate, doc: AnalysedDocument) -> bool:
    """"كما شهدت محافظات البصرة وواسط والمثنى مظاهرات حاشدة": protests of a day told governorate by
    governorate (a list of two or more, dated by an earlier sentence) are each a protest there (ACLED
    codes a protest at the governorate's seat when no town is named)."""
    if c.event_type != PROTESTS or c.place is None or c.place.place is None or c.place.place.kind != "governorate" \
            or c.when.time is None:
        return False
    listed = [p for p in doc.places_in(c.clause[0], c.clause[1]) if p.place is not None and p.place.kind == "governorate"]
    return len(listed) >= 2
