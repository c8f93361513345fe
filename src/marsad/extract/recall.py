"""Is the incident news, or context? Background (an earlier incident the article recalls) and
incidents that are not political violence (crime, accidents, disasters).

Background, in the order tried:
- its date (own or inherited) ends more than `BACKGROUND_DAYS` before publication ("في عام
  2014", "الشهر الماضي" in a story of the 8th, "يوم 26 يونيو" in one of 31 July);
- a recall marker ("يذكر أن", "سبق أن") before the cue and no date of its own;
- the pluperfect ("وكان التنظيم قد سيطر", "وكان الزوجان اعتقلا") and no date of its own, or a
  pluperfect inside the sentence ("جنود كانوا قتلوا في المعارك") whose date is not its own;
- a verb cue right after a recall conjunction ("بعد أن سيطر", "منذ أن اجتاح") and no date of its own.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from marsad import lexicon
from marsad.acled import NON_STATE_ARMED, PROTESTS, VAC
from marsad.extract import grammar
from marsad.extract.context import WORD, definite, markers_in, prefix_len
from marsad.extract.document import (
    CLAUSE_PUNCT,
    PHRASE_BREAKS,
    WORD_END_PUNCT,
    AnalysedDocument,
    Sentence,
    Spans,
)
from marsad.extract.event_dates import DateChoice
from marsad.extract.mentions import BY_ACTOR, CueMention
from marsad.extract.numbers import parse_number
from marsad.text.match import PhraseMatcher
from marsad.text.morphology import morphology

HEAD_CUE_CHARS = 64  # "استعادة [القوات الحكومية والمقاومة الشعبية] السيطرة": from the noun cue to the one it heads
CHRONOLOGY = re.compile(r"\s*(?:1[89]|20)\d\d\s*[-–:]\s")  # "2008 - اسرائيل تشن ...": a timeline's line
RELATIVE_CHARS = 10  # "الهجوم [الذي] وقع": the relative pronoun right after an incident noun
PLUPERFECT_SUBJECT_WORDS = 3  # "وكان [جنود الجيش التركي] قصفوا": the subject between كان and the verb
BACKGROUND_DAYS = 7  # news tells the incidents of the last week; earlier ones are context
ANNOUNCED_DAYS = 31  # an incident a statement of the week makes known is news up to a month after it
ANNOUNCEMENT_CHARS = 40  # "قالت [وزارة الدفاع الأمريكية في بيان] أمس": from the word of saying to the day
RECAP_OPENING = 12  # characters from the sentence start where "يشار إلى أن", "يذكر أن" open a recap
RECAP_KINDS = ("recent", "period", "range")  # "خلال الأيام الماضية": a stretch of days, no day
ESSAY_CHARS = 3000  # a body this long that names no day of the last week is an essay, not a report
INNER_PLUPERFECT_WORDS = 4  # "كانوا قتلوا [في المعارك]": the words from the verb to the cue
WHO_CHARS, WHO_WORDS = 60, 5  # "[الجنود الذين قتلوا في ]الهجوم": from the people to the cue
SEQUEL_WORDS = 12  # "ويأتي ذلك بعد ..." up to the cue
SEQUEL_SUBJECT_WORDS = 4  # "وجاءت [الاشتباكات العنيفة] بعد", "الضربات [الجوية] التي جاءت بعد": words up to the link
SEQUEL_SUBJECT_CHARS = 40
TRIAL_WORDS = 4  # "محاكمة [20 متهما في] تفجير": from the word of the court to the incident
PRESS_TITLE_WORDS = 3  # "في الفاينانشال تايمز:": the newspaper (and "في") before the headline's colon
ELAPSED_CHARS = 40  # characters before the cue where "بعد ثلاثة أسابيع على", "بعد أربعة أيام على" is read
CONDEMNED_DAYS = 3  # "أدان الهجوم الذي وقع أمس" is the day's news; one of three days or more is its context
CONDEMNED_WORDS, CONDEMNED_CHARS = 2, 30  # "[مستنكرا] الهجوم", "[أدانت السعودية] الهجوم": the word of condemning before the cue
ELAPSED_OBJECT_WORDS = 2  # "بعد 34 يوما من [كشف ملابسات] تفجير": a verbal noun and its object between the link and the cue


def background_reason(doc: AnalysedDocument, cue: CueMention, sent: Sentence, clause: tuple[int, int],
                      when: DateChoice) -> str | None:
    """Why the incident is told as earlier context, or None when it is news."""
    if (listing := _a_listing(doc, sent)) is not None:
        return listing
    last = (when.time.date_end or when.time.date) if when.time is not None else when.date
    ref = doc.published or latest_date(doc)
    if ref and last and (ref - last).days > BACKGROUND_DAYS and not _announced_this_week(doc, sent, cue, when, ref):
        told = "publication" if doc.published else f"the latest date of the text ({ref.isoformat()})"
        return f"dated {last.isoformat()}, more than {BACKGROUND_DAYS} days before {told}"
    earlier = _earlier_by_construction(doc, cue, sent, when)
    if earlier:
        return earlier
    if (listed := _listed_known(doc, cue, clause) or _listed_after_known(doc, cue, sent)
            or _on_trial(doc, cue, clause)) is not None:
        return listed
    if not when.inherited:
        return _recap(doc, sent, cue, when)
    if _essay(doc):
        return f"a text of {ESSAY_CHARS:,}+ characters that names no day of the past week (an essay, an analysis)"
    if (opener := _chronology_before(doc, sent)) is not None:
        return f"an entry of the chronology '{opener}' opens, no date of its own"
    hit = [m for m in markers_in(doc, sent.start, sent.end) if m.kind == "background" and m.end <= cue.start
           and (m.start >= clause[0] or not doc.text.startswith(grammar.suffixes("since"), m.start))  # "منذ": its clause
           and doc.text[m.start:m.end] not in grammar.words("earlier_words")]
    if hit:
        return f"recall marker '{doc.text[hit[-1].start:hit[-1].end]}' and no date of its own"
    if _pluperfect_of_an_earlier(doc, sent, cue, when):
        return "the pluperfect ('كان ... قد') and no date of its own"
    if (once := grammar.first_told(doc.text[sent.start:sent.end], "undated_once")) is not None:
        return f"'{once}': an episode told as once, no dated incident"
    return _told_as_a_time(doc, sent, cue) or _when_a_state_held(doc, sent, cue)


SINCE_CHARS = 16  # "منذ [يوم] الثالث من يوليو": the word of since before the day


def _old_day_before_it(doc: AnalysedDocument, sent: Sentence, cue: CueMention, ref: date) -> str | None:
    """"استهدف مركز سويف في الخامس من يناير الماضي، واستشهد فيه ثلاثة ... وفجر أحدهم حزاما ناسفا": a
    day of its sentence before the cue, long before publication, dates what the sentence goes on to
    tell with no day of its own."""
    days = [t for t in doc.times_in(sent.start, cue.start) if t.date is not None and not t.future]
    last = days[-1] if days else None
    if last is None or last.date is None or last.time_precision != 1 or last.date_end not in (None, last.date) \
            or (ref - last.date).days <= BACKGROUND_DAYS:
        return None  # (only one day: "منذ الثالث من يوليو" opens a campaign that goes on)
    before = doc.text[max(sent.start, last.start - SINCE_CHARS):last.start].split()[-2:]
    return None if any(grammar.has(w, "since") for w in before) else last.text


def _pluperfect_of_an_earlier(doc: AnalysedDocument, sent: Sentence, cue: CueMention, when: DateChoice) -> bool:
    """The pluperfect, and not of the incident dated right before (`_retells_the_dated`)."""
    return _pluperfect(doc, sent, cue) and not _retells_the_dated(doc, sent, when) and not _retells_the_lead(doc, sent)


LEAD_SENTENCES = 2  # the lead, or the sentence after a dateline


def _retells_the_lead(doc: AnalysedDocument, sent: Sentence) -> bool:
    """"أدانت المملكة الاعتداء الذي استهدف مدرعة جنوب مدينة رفح أمس" ... "وكان المتحدث العسكري قد أعلن
    أن عبوة ناسفة زرعت جنوب رفح انفجرت": a pluperfect sentence that names the town of the incident
    the lead dates in the past week tells that incident again (how it went), not an earlier one."""
    lead, pub = doc.lead_index(), doc.published
    if lead is None or pub is None:
        return False
    first = next((s for s in doc.sentences[lead:min(sent.index, lead + LEAD_SENTENCES)]
                  if doc.index["cues"].starting_in(s.start, s.end)), None)  # (past a dateline)
    if first is None or not any(t.date is not None and 0 <= (pub - t.date).days <= BACKGROUND_DAYS
                                for t in doc.times_in(first.start, first.end)):
        return False
    towns = {p.place.id for p in doc.places_in(first.start, first.end) if p.place is not None and p.geo_precision <= 2}
    return any(p.place is not None and p.place.id in towns for p in doc.places_in(sent.start, sent.end))


def _retells_the_dated(doc: AnalysedDocument, sent: Sentence, when: DateChoice) -> bool:
    """"كشفت الشرطة هوية منفذ الهجوم الذي وقع قرب البرلمان يوم الأربعاء. وكان المهاجم قد صدم المارة":
    the pluperfect of the sentence right after an incident a relative clause dates in the past
    week tells how that incident went (news), not an earlier one."""
    t, pub = when.time, doc.published
    if t is None or t.date is None or pub is None or not 0 <= (pub - t.date).days <= BACKGROUND_DAYS \
            or sent.index == 0 or not doc.sentences[sent.index - 1].start <= t.start < sent.start:
        return False
    before = doc.sentences[sent.index - 1]
    for c in doc.index["cues"].starting_in(before.start, t.start):
        after = doc.text[c.end:c.end + RELATIVE_CHARS].split()[:1]  # "الهجوم [الذي] وقع"
        if c.cue.pos == "noun" and after and after[0] in grammar.words("relative_pronouns"):
            return True
    return False


def _chronology_before(doc: AnalysedDocument, sent: Sentence) -> str | None:
    """"وفيما يلي تسلسل زمني لتلك الهجمات:": the words of a sentence before this one that opens a
    chronology (`chronology_openers`), whose entries the sentences after it are."""
    found = doc.kept("recall.chronology", 0, lambda: next(
        ((s.index, w) for s in doc.sentences if (w := grammar.first_told(doc.text[s.start:s.end], "chronology_openers"))), None))
    return found[1] if found is not None and found[0] < sent.index else None


def _announced_this_week(doc: AnalysedDocument, sent: Sentence, cue: CueMention, when: DateChoice, ref: date) -> bool:
    """"قالت وزارة الدفاع في بيان أمس إن الفضلي قتل في ضربة جوية في الثامن من يوليو": an incident of
    the past month with a date of its own that a statement of the past week makes known (a word
    of saying, then a day of that week, before the cue; "مؤخرا" names no day) is the week's news;
    so is one the lead's statement makes known with no day of its own (round 41)."""
    last = (when.time.date_end or when.time.date) if when.time is not None else when.date
    if when.inherited or last is None or (ref - last).days > ANNOUNCED_DAYS:
        return False
    lead = sent.index == doc.lead_index()
    for m in markers_in(doc, sent.start, cue.start):
        if m.kind == "attribution":
            days = [t.date for t in doc.times_in(m.end, min(cue.start, m.end + ANNOUNCEMENT_CHARS)) if t.time_precision == 1]
            if any(d is not None and d > last and (ref - d).days <= BACKGROUND_DAYS for d in days):
                return True
            if lead and not days and not _pluperfect(doc, sent, cue) \
                    and not grammar.any_of(doc.text[m.start:cue.start].split(), "lately_words"):
                return True  # "أعلنت الوزارة أن غارة أدت في مطلع يوليو إلى مقتل": the lead's statement is the day's
    return False



def _cause_of_the_dead(doc: AnalysedDocument, sent: Sentence, cue: CueMention, conj: str) -> bool:
    """"قتل خمسة من رجال الشرطة بعد أن استهدفهم مسلحون": the dead the sentence opens with, no other
    deed told before "after", died of the attack told after it: one incident, the news."""
    at = cue.start - prefix_len(doc, cue) - len(conj) - 1
    return conj in grammar.words("caused_after") and cue.cue.sub != BY_ACTOR and cue.cue.type != PROTESTS \
        and bool(doc.index["deaths"].starting_in(sent.start, at)) and not doc.index["cues"].starting_in(sent.start, at)


def _told_as_a_time(doc: AnalysedDocument, sent: Sentence, cue: CueMention) -> str | None:
    """"بعد أن قتل انتحاري": a verb after a recall conjunction is the time of something else; "منذ
    تفجير المحيا": an incident noun after "منذ" is the time counted from."""
    before = doc.text[max(sent.start, cue.start - prefix_len(doc, cue) - 12):cue.start - prefix_len(doc, cue)]
    conj = [c for c in grammar.words("recall_conjunctions") if before.rstrip().endswith(" " + c) or before.strip() == c]
    if cue.cue.pos == "verb" and conj and not _cause_of_the_dead(doc, sent, cue, max(conj, key=len)):
        return f"told as the time of something else ('{max(conj, key=len)}') and no date of its own"
    words = before.split()[-2:]
    if cue.cue.pos == "noun" and words and (words[-1] in grammar.words("since") or (
            len(words) == 2 and words[0] in grammar.words("since") and grammar.has(words[1], "start_nouns"))):
        return "'منذ' before it (or before its start, 'منذ بدء'): the incident time is counted from, and no date of its own"
    return None


def _when_a_state_held(doc: AnalysedDocument, sent: Sentence, cue: CueMention) -> str | None:
    """"وكان ذلك واضحاً عندما قصفت الطائرات الروسية المستشفى": in a sentence opened by كان, an
    incident told after "عندما" (`when_words`) in the same clause is the time a past state held."""
    if not any(m.kind == "flashback" for m in markers_in(doc, sent.start, sent.start + 8)):
        return None
    head = doc.text[sent.start:cue.start - prefix_len(doc, cue)]
    if any(c in head for c in CLAUSE_PUNCT):  # "وكان هؤلاء عائدين من اجتماع، عندما أوقفهم حاجز": the scene of the news
        return None
    words = head.split()
    at = next((i for i in range(len(words) - 1, -1, -1) if grammar.has(words[i], "when_words")), None)
    if at is None:
        return None
    return f"the time ('{words[at]}') of what the sentence says was (كان), no date of its own"


def _recap(doc: AnalysedDocument, sent: Sentence, cue: CueMention, when: DateChoice) -> str | None:
    """"يشار إلى أن الأردن نفذ خلال الأيام الماضية ضربات ... عقب هجوم مسلح": a sentence opened by
    a recall marker and dated only by a stretch of days ("خلال الأيام الماضية") sums up what came
    before; an exact day of its own ("يذكر أن ... أمس") keeps it news."""
    if when.time is None or when.time.kind not in RECAP_KINDS:
        return None
    hit = [m for m in markers_in(doc, sent.start, min(sent.end, sent.start + RECAP_OPENING)) if m.kind == "background"]
    return f"recall marker '{doc.text[hit[0].start:hit[0].end]}' opens a sentence dated by a stretch of days" if hit else None


def _listed_known(doc: AnalysedDocument, cue: CueMention, clause: tuple[int, int]) -> str | None:
    """"نفذت الخلية عمليات شملت حادث استهداف المصلين في بلدة X": an incident named as a known one
    ("حادث", `known_incident_heads`) in a list of what someone did ("شملت", "منها": `inclusion_words`),
    with no date of its own after the list word ("وقال أمس إن التنظيم نفذ عمليات شملت ...": the day
    is the speech's), is recalled, not reported."""
    start = cue.start - prefix_len(doc, cue)
    words = doc.text[clause[0]:start].split()
    if not words or not grammar.has(words[-1], "known_incident_heads"):
        return None
    at = clause[0]
    for w in words[:-1]:
        at = doc.text.index(w, at)
        if grammar.has(w, "inclusion_words"):
            if not doc.times_in(at, clause[1]):  # the list's own day, if any, comes after its word
                return f"a known incident ('{words[-1]}') in a list of what was done ('{w}'), no date of its own"
            return None
        at += len(w)
    return None


def _listed_after_known(doc: AnalysedDocument, cue: CueMention, sent: Sentence) -> str | None:
    """"نفذ التنظيم عمليات شملت حادث استهداف المصلين في القديح، وإطلاق النار على دورية في الرياض":
    the later items of a list of what someone did, opened by an inclusion word and a known incident
    ("شملت حادث"), are recalled with it when the sentence gives the list no day."""
    start = cue.start - prefix_len(doc, cue)
    words = doc.text[sent.start:start].split()
    for i, w in enumerate(words[:-1]):
        if grammar.has(w, "inclusion_words") and grammar.has(words[i + 1], "known_incident_heads"):
            at = doc.text.find(w, sent.start, start)
            if not doc.times_in(at, sent.end):
                return f"an item of a list of what was done ('{w} {words[i + 1]} ...'), no date of its own"
            return None
    return None


def _this_weeks_day(doc: AnalysedDocument, when: DateChoice, inner: int) -> bool:
    """"كانت دورية قد تعرضت لإطلاق نار مساء الجمعة الماضي": a day of the pluperfect clause's own (told
    after `inner`, where it begins) in the week before publication is this week's news."""
    return when.time is not None and not when.inherited and when.time.start >= inner and when.precision == 1 \
        and when.date is not None \
        and doc.published is not None and 0 <= (doc.published - when.date).days <= BACKGROUND_DAYS


def _on_trial(doc: AnalysedDocument, cue: CueMention, clause: tuple[int, int]) -> str | None:
    """"بدء محاكمة متهمين في تفجير مسجد", "المتهمين في الهجوم": the incident a court
    tries (`trial_words` a few words before it) was done before, whatever day the trial has."""
    start = cue.start - prefix_len(doc, cue)
    word = grammar.first(doc.text[clause[0]:start].split()[-TRIAL_WORDS:], "trial_words")
    return f"the incident a court tries ('{word}')" if word else None


def _earlier_by_construction(doc: AnalysedDocument, cue: CueMention, sent: Sentence, when: DateChoice) -> str | None:
    """Told as earlier than what the sentence reports, whatever its date: a span before it, the
    pluperfect of an inner clause, what the news comes after."""
    # "بعد شهر من تفجير استهدف مسجدا": a verb right after a noun cue tells the same incident; "بعد
    # شهر من استعادة القوات السيطرة على عدن": so does the control the regaining noun takes as object
    head = [c for c in doc.index["cues"].starting_in(cue.start - HEAD_CUE_CHARS, cue.start) if 0 < cue.start - c.end <= 2
            or (c.cue.type == cue.cue.type and cue.cue.sub == BY_ACTOR and c.cue.sub == BY_ACTOR
                and not any(m in doc.text[c.end:cue.start] for m in PHRASE_BREAKS))]
    elapsed = _elapsed_before(doc, cue) or (_elapsed_before(doc, head[-1]) if head else None)
    if elapsed:
        return f"told as '{elapsed}' before what the sentence reports"
    inner = _inner_pluperfect(doc, sent, cue)
    if inner and (when.time is None or when.time.start < sent.start + inner[0] or when.time.start >= cue.end) \
            and not _this_weeks_day(doc, when, sent.start + inner[0]):
        return f"the pluperfect of a clause inside the sentence ('{inner[1]}')"
    if when.precision >= 3 and when.time is not None and _pluperfect(doc, sent, cue):
        return f"the pluperfect ('كان ... قد') with only a month or a year ('{when.time.text}')"
    return _earlier_by_telling(doc, cue, sent, when)


def _earlier_by_telling(doc: AnalysedDocument, cue: CueMention, sent: Sentence, when: DateChoice) -> str | None:
    """Told as earlier by what the sentence says of it: condemned days ago, what was done to the
    people it tells of, counted among the news's kind, dated by a day long ago, what the news follows."""
    if (condemned := _condemned_days_ago(doc, cue, when) or _condemned_on_the_days_words(doc, sent, cue, when)) is not None:
        return f"an incident of days before that the sentence condemns ('{condemned}')"
    if (described := _who_they_are(doc, sent, cue, when)) is not None:
        return f"what was done to the people the sentence tells of ('{described}'), no day of its own"
    if (kind := _nth_of_its_kind(doc, sent, cue, when)) is not None:
        return f"an incident named after the news is counted among its kind ('{kind}')"
    ref = doc.published or latest_date(doc)
    if when.inherited and ref and (old := _old_day_before_it(doc, sent, cue, ref)) is not None:
        return f"its sentence tells an incident of '{old}', more than {BACKGROUND_DAYS} days before, and it no day of its own"
    sequel = _sequel(doc, sent, cue)
    if sequel and days_before(doc, cue) is None and not _a_day_of_its_own(when):  # "ويأتي هذا التصعيد بعد أسابيع من قصف"
        return f"what the news comes after ('{sequel}')"  # (a few days before, "غداة قصف", or its own day: the week's news)
    return None


def _condemned_days_ago(doc: AnalysedDocument, cue: CueMention, when: DateChoice) -> str | None:
    """"مستنكرا الهجوم الإرهابي الذي استهدف مسجدا في أبها الأسبوع الماضي": a definite incident a
    statement condemns (a word of `condemnation_verbs` right before it, an adjective between), days
    before the publication: the statement is the news, the incident its context."""
    start = cue.start - prefix_len(doc, cue)
    if not definite(doc, cue) or when.inherited or doc.published is None:
        return None
    last = (when.time.date_end or when.time.date) if when.time is not None else when.date
    if last is None or (doc.published - last).days < CONDEMNED_DAYS:
        return None
    return grammar.first(doc.text[max(0, start - CONDEMNED_CHARS):start].split()[-CONDEMNED_WORDS:], "condemnation_verbs")


def _condemned_on_the_days_words(doc: AnalysedDocument, sent: Sentence, cue: CueMention, when: DateChoice) -> str | None:
    """"دان وزراء الخارجية، في ختام اجتماعهم اليوم الثلاثاء، الهجوم الكيمياوي الذي استهدف البلدة": the
    first incident of a sentence its opening verb of condemning (`condemnation_verbs`) takes as
    object, a definite noun, the day told between the verb and it: the day is the condemning's, the
    incident an earlier one."""
    first = doc.text[sent.start:sent.end].split()[:1]
    if not first or not (grammar.has(first[0], "condemnation_verbs") or grammar.has(first[0], "opening_condemnation_verbs")) \
            or not definite(doc, cue) or when.time is None \
            or not sent.start < when.time.start < cue.start or doc.index["cues"].starting_in(sent.start, cue.start):
        return None
    return first[0]


def _who_they_are(doc: AnalysedDocument, sent: Sentence, cue: CueMention, when: DateChoice) -> str | None:
    """"طالب المجلس بكشف مصير النساء اللاتي اختطفن في سنجار", "التقى الوزير أهالي الجنود الذين قتلوا
    في الهجوم": a cue in a relative clause (a few words after its pronoun, no clause mark between)
    that follows people (`counted_people`), in a sentence whose main clause tells no incident, with
    no day in the relative clause: what was done to them says who they are; the incident is an
    earlier one (the sentence's day is the main verb's)."""
    start = cue.start - prefix_len(doc, cue)
    lo = max(sent.start, start - WHO_CHARS)
    words = list(WORD.finditer(doc.text, lo, start))
    at = next((i for i in range(len(words) - 1, max(0, len(words) - WHO_WORDS) - 1, -1)
               if words[i].group() in grammar.words("relative_pronouns")), None)
    if at is None or at == 0 or not _people_before(words[max(0, at - 2):at]) \
            or any(p in doc.text[words[at].end():start] for p in CLAUSE_PUNCT):
        return None
    pronoun = words[at].start()
    if doc.index["cues"].starting_in(sent.start, pronoun) or (when.time is not None and when.time.start > pronoun):
        return None  # the main clause tells an incident, or the relative clause has its own day
    return f"{words[at - 1].group()} {words[at].group()}"


def _people_before(words: list[re.Match[str]]) -> bool:
    """The last of `words` names people (`counted_people`), or the one before it and an adjective
    of nisba ("النساء الأيزيديات", `adjective_endings`, `plural_adjective_endings`)."""
    article = morphology().article
    said = [w.group() for w in words]
    said = [w[1:] if w[:1] in grammar.words("clitic_conjunctions") and w[1:].startswith(article) else w for w in said]
    if not said:
        return False
    if grammar.has_bare(said[-1], "counted_people"):
        return True
    return len(said) == 2 and said[1].startswith(article) \
        and said[1].endswith(grammar.suffixes("adjective_endings") + grammar.suffixes("plural_adjective_endings")) \
        and grammar.has_bare(said[0], "counted_people")


def _a_day_of_its_own(when: DateChoice) -> bool:
    """"وتأتي المداهمة في أعقاب اعتقال تسعة أشخاص الأحد": the incident the news follows is told with
    a day of the week or a day before ("الأحد"، "أمس"), its own: it is the week's news too."""
    return not when.inherited and when.time is not None and when.time.time_precision == 1 \
        and when.time.kind in ("weekday", "relative_day")


def _sequel(doc: AnalysedDocument, sent: Sentence, cue: CueMention) -> str | None:
    """"ويأتي ذلك بعد أن قتل انتحاري ...", "وجاء الهجوم بعد أسبوع من تفجير ...": the sentence
    says what the news follows; an incident after its "بعد" is an earlier one (further on, the
    sentence may tell the week's news of its own)."""
    words = doc.text[sent.start:cue.start].split()
    if not words or not grammar.has(words[0], "sequel_verbs") or len(words) > SEQUEL_WORDS:
        return None
    after = [i for i, w in enumerate(words[1:5], 1) if w in grammar.words("sequel_links")]
    return " ".join(words[:after[0] + 1]) if after else None


def _nth_of_its_kind(doc: AnalysedDocument, sent: Sentence, cue: CueMention, when: DateChoice) -> str | None:
    """"ويعد تفجير أمس الثالث من نوعه خلال ثلاثة أشهر، بعد تفجير مسجد في القديح": after the count of
    the news among incidents of its kind (`of_its_kind`), an incident after "بعد" is an earlier one
    (a day told before the count is the news's own)."""
    text = doc.text[sent.start:cue.start]
    kind = next((k for k in grammar.words("of_its_kind") if f" {k}" in text), None)
    if kind is None:
        return None
    at = sent.start + text.index(f" {kind}")
    link = next((w for w in doc.text[at:cue.start].split() if w in grammar.words("sequel_links")), None)
    if link is None or (when.time is not None and not when.inherited and when.time.start > at):
        return None
    return f"{kind} ... {link}"


def sequel_subject(doc: AnalysedDocument, sent: Sentence, cue: CueMention) -> bool:
    """"وجاءت الاشتباكات بعد يومين على هجوم ...": the subject of a sequel verb is the news itself,
    told before the sentence says what it follows."""
    head = doc.text[sent.start:cue.start - prefix_len(doc, cue)].split()
    after = doc.text[cue.end:min(sent.end, cue.end + SEQUEL_SUBJECT_CHARS)].split()[:SEQUEL_SUBJECT_WORDS]
    if len(head) != 1 or not grammar.has(head[0], "sequel_verbs"):
        return _known_sequel(doc, cue, after)
    return any(w in grammar.words("sequel_links") for w in after)


def _known_sequel(doc: AnalysedDocument, cue: CueMention, after: list[str]) -> bool:
    """"وتزامنت الغارات الجوية التي جاءت بعد مكالمة بين الرئيسين": a definite incident noun described by
    what it came after (a relative pronoun, a sequel verb, a sequel link) is one told before."""
    definite = doc.text.startswith("ال", cue.start) or doc.text[cue.start - prefix_len(doc, cue):cue.start].endswith("ال")
    return definite and cue.cue.pos == "noun" and any(
        after[i] in grammar.words("relative_pronouns") and grammar.has(after[i + 1], "sequel_verbs")
        and after[i + 2] in grammar.words("sequel_links") for i in range(len(after) - 2))


def _a_listing(doc: AnalysedDocument, sent: Sentence) -> str | None:
    """An entry of a chronology, or a review of what the newspapers wrote: no incident reported."""
    entry = CHRONOLOGY.match(doc.text, sent.start)
    if entry:
        return f"an entry of a chronology ('{entry.group(0).strip()}')"
    if _press_review(doc):
        return "a review of the newspapers: what they wrote of, no incident the article reports"
    return None


def _press_words(text: str) -> bool:
    """Words of a review of the papers (`press_review_words`) as whole words ("عدد من الصحف", not
    "عدد من الصحفيين")."""
    return _press_pattern().search(text) is not None


@cache
def _press_pattern() -> re.Pattern[str]:
    return re.compile("|".join(rf"(?<!\w){re.escape(w)}(?!\w)" for w in grammar.suffixes("press_review_words")))


def _press_review(doc: AnalysedDocument) -> bool:
    """"صحف عربية تناقش ...", "التايمز: ...", "البداية من صحيفة التايمز التي نشرت": a review of the
    newspapers (its headline or first sentence says so; found once per document)."""
    if "press review" not in doc.index:
        head_end = doc.title_end or (doc.sentences[0].end if doc.sentences else 0)
        head = doc.text[:head_end]
        first = next((s for s in doc.sentences if s.start >= doc.title_end), None)
        opening = doc.text[first.start:first.end] if first is not None else ""
        title = head.split(":", 1)[0].split()
        review = _press_words(head) or _press_words(opening) \
            or (":" in head and 0 < len(title) <= PRESS_TITLE_WORDS
                and " ".join(w for w in title if w not in grammar.words("section_locatives")) in grammar.words("press_titles"))
        doc.index["press review"] = Spans([(0, 0, review)])
    return bool(doc.index["press review"].items[0][2])


def _essay(doc: AnalysedDocument) -> bool:
    """A long dated text whose body names no day of the week before publication tells no news
    ("تبدو تركيا هدف داعش الجديد", a columnist's recall of the mosque bombings): the incidents
    it tells with no date of their own are context (found once per document)."""
    if "essay" not in doc.index:
        pub = doc.published
        near = pub is not None and any(
            t.start >= doc.title_end and t.date is not None and 0 <= (pub - t.date).days <= BACKGROUND_DAYS
            for t in doc.times)
        essay = pub is not None and len(doc.text) - doc.title_end >= ESSAY_CHARS and not near \
            and not _told_to_the_paper(doc)
        doc.index["essay"] = Spans([(0, 0, essay)])
    return bool(doc.index["essay"].items[0][2])


def _told_to_the_paper(doc: AnalysedDocument) -> bool:
    """"في حديث لـ«الشرق الأوسط»": someone speaks to the paper, as a reporter's sources do."""
    framed = f" {' '.join(doc.text.split())}"  # normalized: the quotes and the tatweel are gone
    return any(f" {p}" in framed for p in grammar.words("told_to_the_paper"))


def latest_date(doc: AnalysedDocument) -> date | None:
    """An undated document's own time: the latest day its text names (found once per document)."""
    if "latest_date" not in doc.index:
        days = [t.date_end or t.date for t in doc.times if t.date is not None]
        doc.index["latest_date"] = Spans([(0, 0, max(days))] if days else [])
    found = doc.index["latest_date"].items
    return found[0][2] if found else None


@cache
def _long_units() -> frozenset[str]:
    """Time units of more than a week ("أسبوعين", "شهر", "أعوام"): the words of time.yaml."""
    return frozenset(k for e in lexicon.section("time.yaml", "units")
                     if e["unit"] in ("month", "year") or (e["unit"] == "week" and e["count"] != 1) for k in e["ar_norm"])


def _elapsed_before(doc: AnalysedDocument, cue: CueMention) -> str | None:
    """"بعد أكثر من شهرين على تفجير", "بعد ثلاثة أسابيع على هجوم", "بعد 34 يوما من كشف ملابسات
    تفجير": a span of more than a week between the incident and what the sentence tells (days
    apart, both are the week's news); the link may govern a verbal noun whose object the cue is
    (`ELAPSED_OBJECT_WORDS` words between, no comma)."""
    start = cue.start - prefix_len(doc, cue)
    words = doc.text[max(0, start - ELAPSED_CHARS):start].split()[-6 - ELAPSED_OBJECT_WORDS:]
    links = [i for i in range(max(0, len(words) - 1 - ELAPSED_OBJECT_WORDS), len(words))
             if words[i] in grammar.words("elapsed_links") and "،" not in "".join(words[i:])]
    for link in reversed(links):  # the link nearest the cue first ("بعد أكثر من شهر من تفجير")
        heads = [i for i, w in enumerate(words[:link]) if w in grammar.words("elapsed_heads")]
        if heads and _more_than_a_week(words[heads[-1] + 1:link]):
            return " ".join(words[heads[-1]:])
    return None


def _more_than_a_week(span: list[str]) -> bool:
    """"شهرين", "ثلاثة أسابيع", "34 يوما": a span of time longer than a week (a long unit, or a
    count of more than seven days before a unit of days)."""
    if any(w in _long_units() for w in span):
        return True
    return any(i + 1 < len(span) and span[i + 1] in _short_units() and _short_units()[span[i + 1]][0] == 1
               and (parse_number(w) or 0) > BACKGROUND_DAYS for i, w in enumerate(span))


@cache
def _short_units() -> dict[str, tuple[int, int]]:
    """Days and weeks of time.yaml: word → (days in one, count the word says, 0 when a number
    stands before it)."""
    per = {"day": 1, "week": 7}
    return {k: (per[e["unit"]], int(e["count"])) for e in lexicon.section("time.yaml", "units")
            if e["unit"] in per for k in e["ar_norm"]}


def days_before(doc: AnalysedDocument, cue: CueMention) -> tuple[int, str, int] | None:
    """"بعد أربعة أيام على هجوم انتحاري", "بعد يومين من تفجير", "غداة قصف": the incident lies that
    many days before the day the sentence tells (days, the words, where they start)."""
    start = cue.start - prefix_len(doc, cue)
    lo = max(0, start - ELAPSED_CHARS)
    last = doc.text[lo:start].rsplit(None, 1)[-1:]  # (the last word: most cues have neither below)
    if not last or not (grammar.has(last[0], "day_after_heads") or last[0] in grammar.words("elapsed_links")):
        return None
    words = [(m.group(), m.start()) for m in WORD.finditer(doc.text, lo, start)][-5:]
    if words and grammar.has(words[-1][0], "day_after_heads"):
        return 1, words[-1][0], words[-1][1]
    if len(words) < 3 or words[-1][0] not in grammar.words("elapsed_links"):
        return None
    heads = [i for i, (w, _) in enumerate(words) if w in grammar.words("elapsed_heads")]
    if not heads:
        return None
    span = words[heads[-1]:]
    unit = next((_short_units()[w] for w, _ in span[1:-1] if w in _short_units()), None)
    if unit is None:
        return None
    # "بعد أربعة أيام", "بعد 34 يوما" (the singular after 11 and more): the number before the unit
    numbers = [n for n in doc.index["numbers"].starting_in(span[0][1], start) if not n.ordinal]
    count = int(numbers[-1].value) if numbers else unit[1]
    return (unit[0] * count, " ".join(w for w, _ in span), span[0][1]) if count else None


def _pluperfect(doc: AnalysedDocument, sent: Sentence, cue: CueMention) -> bool:
    opens = [m for m in markers_in(doc, sent.start, sent.start + 8) if m.kind == "flashback"]
    if not opens:
        return False
    words = doc.text[opens[0].end:cue.start].split()
    if any(w in grammar.words("pluperfect_particles") for w in words[:6]) or _reported_before(doc, opens[0].end, cue):
        return True
    # "وكان الزوجان اعتقلا", "وكانت طائرات تركية قصفت": a subject then the verb, without قد
    return cue.cue.pos == "verb" and 1 <= len(words) <= PLUPERFECT_SUBJECT_WORDS \
        and not any(c in doc.text[opens[0].end:cue.start] for c in "،,:")


def _reported_before(doc: AnalysedDocument, start: int, cue: CueMention) -> bool:
    """"وكانت التحقيقات كشفت أن مسلحا قتل 38 سائحا": what a pluperfect report told ("كشفت أن",
    "أفاد بأن": a verb of reporting after its subject, then, a word between at most, the word that
    opens the report) happened before that report."""
    said = [m for m in markers_in(doc, start, cue.start) if m.kind == "attribution"]
    if not said or len(doc.text[start:said[0].start].split()) > PLUPERFECT_SUBJECT_WORDS:
        return False
    after = doc.text[said[0].end:cue.start].split()[:2]  # "كشفت أخيرا أن": a word between
    return grammar.any_of(after, "complementizers") and not any(c in doc.text[start:said[0].end] for c in "،,:")


def _inner_pluperfect(doc: AnalysedDocument, sent: Sentence, cue: CueMention) -> tuple[int, str] | None:
    """"مقابل جثث جنود كانوا قتلوا في المعارك", "التي كانت قد سيطرت": كان inside the sentence, then
    قد or a verb of the perfect plural (the imperfect "كانوا يطلقون" tells the scene itself), a few
    words before the cue: (offset of كان in the sentence, the words)."""
    start = cue.start - prefix_len(doc, cue)
    head = doc.text[sent.start:start]
    words = head.split()
    if not grammar.any_of(words[max(1, len(words) - INNER_PLUPERFECT_WORDS - 1):], "pluperfect_auxiliaries"):
        return None  # (no auxiliary among the words the loop below reads)
    for i in range(max(1, len(words) - INNER_PLUPERFECT_WORDS - 1), len(words)):
        if not grammar.has(words[i], "pluperfect_auxiliaries") or any(c in " ".join(words[i:]) for c in "،,:؛"):
            continue
        nxt = words[i + 1] if i + 1 < len(words) else doc.text[cue.start:cue.end].split()[0]
        if (cue.cue.pos == "verb" and i + 1 == len(words)) or nxt in grammar.words("pluperfect_particles") or (
                nxt.endswith(grammar.suffixes("perfect_plural_endings")) and len(nxt) > 3):
            return head.rfind(" " + words[i] + " ") + 1, " ".join(words[i:i + 2])
    return None


@cache
def _non_political_matcher() -> PhraseMatcher[tuple[str, tuple[str, ...]]]:
    return PhraseMatcher((t, (e["kind"], tuple(e["types"])))
                         for e in lexicon.section("cues.yaml", "non_political") for t in e["ar"])


@cache
def _political_matcher() -> PhraseMatcher[str]:
    return PhraseMatcher((t, "political") for e in lexicon.section("cues.yaml", "political_context") for t in e["ar"])


def _died_of_no_violence(doc: AnalysedDocument, cue: CueMention, clause: tuple[int, int]) -> str | None:
    """"العثور على جثث خمسة نازحين قضوا عطشا": a verb of dying in the cue's clause (`dying_verbs`),
    right after it how the people died of no violence (`natural_deaths`): no attack killed them,
    whoever they fled."""
    if cue.cue.type != VAC:
        return None
    words = [w.strip(WORD_END_PUNCT) for w in doc.text[clause[0]:clause[1]].split()]
    if not grammar.any_of(words, "dying_verbs"):  # one test in C for the clause first
        return None
    for i in range(1, len(words)):
        for n in (1, 2):
            how = " ".join(words[i:i + n])
            if grammar.has(how, "natural_deaths") and grammar.has(words[i - 1], "dying_verbs"):
                return f"{words[i - 1]} {how}"
    return None


def non_political_reason(doc: AnalysedDocument, cue: CueMention, sent: Sentence,
                         clause: tuple[int, int]) -> str | None:
    """Why the cue's incident is no political violence (a drug arrest, a gas explosion, people who
    died of thirst), or None."""
    if (how := _died_of_no_violence(doc, cue, clause)) is not None:
        return f"people who died '{how}', of no violence"
    text = doc.text[sent.start:sent.end]
    hits = [m for m in _non_political_matcher().find(text) if cue.cue.type in m.payload[1]]
    if not hits:
        return None
    armed = any(a.actor.inter in NON_STATE_ARMED for a in doc.mentions.actors if sent.start <= a.start < sent.end)
    if armed or _political_matcher().find(text):
        return None
    return f"{hits[0].payload[0]} ('{text[hits[0].start:hits[0].end]}'), not political violence"
