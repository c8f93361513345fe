"""The date of an incident (a step of the event rules, `marsad.extract.steps.where_and_when`).

In the order tried (each records why it fired, for `--explain`): the time expression of the
sentence nearest the cue (a statement's day dates the statement, a day in another clause's cause
dates that cause), else the last date of the preceding sentences (inherited), else the headline's
or the lead's, else the day before publication for a text that tells its news as yesterday's,
else the publication date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from marsad.acled import ARRESTS, BATTLES
from marsad.extract import grammar
from marsad.extract.context import (
    WORD,
    beside_a_deed,
    deed_on_people_before,
    definite,
    incidents_after_suspects,
    number_before,
    prefix_len,
)
from marsad.extract.document import CLAUSE_PUNCT, WORD_END_PUNCT, AnalysedDocument, Sentence, Spans
from marsad.extract.mentions import CueMention
from marsad.extract.positions import fight_noun
from marsad.extract.said_days import of_a_statement, reporting, said_on
from marsad.extract.times import TimeExpr
from marsad.extract.times.vocab import weekday_in

EARLIER_SENTENCES = 40  # the sentences before one with no date of its own that may lend it theirs (8 and 15 tried: no better)
SPAN_KINDS = ("recent",)  # times that span the days up to the present ("في الأيام الأخيرة", "الأيام الثلاثة الماضية")


@dataclass(frozen=True, slots=True)
class DateChoice:
    date: date | None
    precision: int
    time: TimeExpr | None
    inherited: bool
    why: str


LISTED_DAYS_SPAN = 6  # "الجمعة والسبت", "السبت والخميس": two days of one week
TOPIC_SHIFT_CHARS = 30  # "من جهة أخرى، ..." opens the sentence
OLD_DAYS = 31  # an earlier sentence's date this long before publication dates no section of the day's round-up
SUBHEADING_WORDS = 4  # "[عملية فجر الكرمة] ميدانيا،": a subheading run into the sentence before its topic shift
LEAD_DATE_DAYS = 7  # as recall.BACKGROUND_DAYS: a week of news
YEAR_NOUN_CHARS = 20  # the noun right before "عام 2013"
RECALLED_TIME_CHARS = 6  # "في وقت سابق [من] الشهر الجاري": the marker right before the time
MARKER_CHARS = 20  # the longest background marker that may end there ("في وقت سابق")
LEAD_SENTENCES = 3  # the title and the first sentences: where the lead's date is told
SERIES_WORDS = 3  # "كان آخرها [في] الخميس الماضي": from "the latest of them" to the time
RELATIVE_CHARS = 20  # "الذي وقع [مطلع الأسبوع]": the relative pronoun and its verb before a time
BEGINNING_CHARS = 16  # "التي [بدأت في] 4 يوليو": the verb of beginning and its preposition before a time
STATE_WORDS = 3  # "المضرب [عن الطعام] منذ": the participle of the state, then its complement
STATE_CHARS = 40
BARE_RELATIVE_CHARS = 30  # "[خلية فككتها] الشرطة": the noun and the verb right before the subject
OWN_RELATIVE_WORDS = 3  # "التفجير [الإرهابي الذي استهدف]": an adjective, the relative pronoun, its verb
OWN_RELATIVE_CHARS = 40


def _usable(doc: AnalysedDocument, t: TimeExpr) -> bool:
    """A date an incident can have: resolved, not after publication, and not the start of a
    state ("منذ 28 مايو": since; "منذ يومين", two days ago, is fine)."""
    if t.date is None or (doc.published and t.date > doc.published):
        return False
    if t.text.startswith(grammar.suffixes("since")) and t.time_precision >= 2:
        return False  # "منذ أكثر من أسبوع": how long something lasts
    if t.kind == "year" and _names_a_thing(doc, t):
        return False
    if t.text.startswith(grammar.suffixes("since")) and _state_lasting(doc, t):
        return False
    return not (t.kind not in ("ago", "relative_day", "weekday", "recent")
                and doc.text[max(0, t.start - 4):t.start].strip().endswith(grammar.suffixes("since")))


def _state_lasting(doc: AnalysedDocument, t: TimeExpr) -> bool:
    """"الناشط المضرب عن الطعام منذ 71 يوما", "البلدة المحاصرة منذ عامين": a participle of a lasting
    state (`state_participles`) a few words before "منذ": how long that state lasts, no incident's day."""
    words = doc.text[max(0, t.start - STATE_CHARS):t.start].split()[-STATE_WORDS:]
    return grammar.any_of(words, "state_participles")


def _names_a_thing(doc: AnalysedDocument, t: TimeExpr) -> bool:
    """"اتفاقية عام 2013": a year in construct after the noun of a thing (`year_named_things`) is
    that thing's, no incident's."""
    before = doc.text[max(0, t.start - YEAR_NOUN_CHARS):t.start].split()
    return bool(before) and grammar.has(before[-1], "year_named_things", prepositions=True)


def _flashback(doc: AnalysedDocument, s: Sentence) -> bool:
    return any(m.kind == "flashback" for m in doc.index["markers"].starting_in(s.start, s.start + 3))


def _statement_days(doc: AnalysedDocument, times: list[TimeExpr], earlier: TimeExpr) -> bool:
    """"أمس الجمعة ..." then "وذكرت، في بيان أصدرته ظهر اليوم الأحد، أن المقاتلات قصفت": the
    sentence's only days are its statement's, and the earlier sentence's day lies in the week before."""
    return earlier.date is not None and all(
        of_a_statement(doc, t) and t.date is not None and 0 <= (t.date - earlier.date).days <= LEAD_DATE_DAYS for t in times)


def _earlier_time(doc: AnalysedDocument, sent: Sentence, cue: CueMention) -> TimeExpr | None:
    """The last incident time of the nearest earlier body sentence that has one; past the day of a
    statement ("وفقا للبيان الذي أذيع اليوم") to an incident's day in the week before it."""
    statement = None
    for prev in reversed(doc.sentences[max(0, sent.index - EARLIER_SENTENCES):sent.index]):
        if prev.in_title:
            continue
        found = _sentence_times(doc, prev)
        if found is None:
            continue
        ts, own = found
        own = [t for t in own if not _of_a_relative_clause(doc, t, cue)] or own
        own = own[:1] + [t for a, t in pairwise(own) if not _of_the_answered(doc, a, t)]
        if own:
            return own[-1] if statement is None or _statement_days(doc, [statement], own[-1]) else statement
        statement = statement or (ts[-1] if ts else None)
        if turns_to_another_story(doc, prev):
            break  # the story told from there on lends nothing from before it
    return statement


def _of_the_answered(doc: AnalysedDocument, before: TimeExpr, t: TimeExpr) -> bool:
    """"شنت الولايات المتحدة فجر اليوم هجوما ...، ردا على الهجوم الكيميائي الذي قتل فيه العشرات يوم
    الثلاثاء": a time after a word of answering (`response_heads`) that follows the sentence's own
    time dates the incident answered, which no later sentence goes on with."""
    return grammar.any_of(doc.text[before.end:t.start].split(), "response_heads")


def _sentence_times(doc: AnalysedDocument, prev: Sentence) -> tuple[list[TimeExpr], list[TimeExpr]] | None:
    """The incident times an earlier sentence may lend (None when it opens a flashback), and
    those of no statement among them. They read the document alone, not the cue: worked out once
    per sentence (`_earlier_time` asks about the same few sentences for each cue after them)."""
    return doc.kept("event_dates.sentence_times", prev.start, lambda: _lent_times(doc, prev))


def _lent_times(doc: AnalysedDocument, prev: Sentence) -> tuple[list[TimeExpr], list[TimeExpr]] | None:
    if _flashback(doc, prev):
        return None
    ts = [t for t in _incident_times(doc, prev.start, prev.end)
          if t.kind not in SPAN_KINDS and not (_of_a_recalled_clause(doc, t) and not _long_before(doc, t))
          and not _told_as_earlier(doc, t) and not _a_beginning(doc, t) and not _a_deadline(doc, t)]
    return ts, [t for t in ts if not of_a_statement(doc, t)]


def _a_deadline(doc: AnalysedDocument, t: TimeExpr) -> bool:
    """"ودعا المدنيين إلى مغادرتها قبل السابعة من مساء الجمعة": a time a deadline bounds ("قبل", an
    hour and "من" before it: `deadline_before_words`) is the limit set, not the day of what the
    sentences after it tell."""
    words = doc.text[max(0, t.start - BEGINNING_CHARS):t.start].split()[-3:]
    return len(words) == 3 and words[0] in grammar.words("deadline_before_words") \
        and words[-1] in grammar.words("from_prepositions")


def _a_beginning(doc: AnalysedDocument, t: TimeExpr) -> bool:
    """"بعدما أظهرت نتائج المعركة التي بدأت في 4 يوليو حجم الخسائر": the day something began
    (`beginning_verbs` right before it) dates the start of a battle or a campaign going on, not
    what the sentences after it tell."""
    words = doc.text[max(0, t.start - BEGINNING_CHARS):t.start].split()[-2:]
    if words and words[-1] in grammar.words("locatives"):
        words = words[:-1]  # "بدأت في"
    return bool(words) and grammar.has(words[-1], "beginning_verbs")


def _told_as_earlier(doc: AnalysedDocument, t: TimeExpr) -> bool:
    """"تفجير مماثل في وقت سابق من الشهر الجاري": a time a background marker puts before the news
    dates that earlier incident; the sentences after it do not go on with it ("في وقت سابق من يوم
    الجمعة", a day, still dates the story)."""
    return t.time_precision >= 2 and any(m.kind == "background" and 0 <= t.start - m.end <= RECALLED_TIME_CHARS
               for m in doc.index["markers"].starting_in(max(0, t.start - RECALLED_TIME_CHARS - MARKER_CHARS), t.start))


def _of_a_recalled_clause(doc: AnalysedDocument, t: TimeExpr) -> bool:
    """"... بعد أن قتل انتحاري 32 شخصا في سروج الأسبوع الماضي": the time of a clause that tells an
    earlier incident as the time of something else (not a day closing the sentence) dates that
    incident; a recent one is lent to no later sentence (an old one is: the story goes on)."""
    clause = doc.clause_at(t.start)
    before = f" {doc.text[clause[0]:t.start]}"
    return any(f" {w} " in before for w in grammar.words("recall_conjunctions")) and not _closes_the_sentence(doc, t)


def _latest_of_a_series(doc: AnalysedDocument, t: TimeExpr) -> bool:
    """"استهدفت هجمات عدة دوريات الجيش، وكان آخرها قبل أربعة أيام": a time a few words after "the
    latest of them" (`series_latest`) dates the last of a series told before it, no lead's incident."""
    words = doc.text[doc.clause_at(t.start)[0]:t.start].split()[-SERIES_WORDS:]
    return grammar.any_of(words, "series_latest")


def _dates_its_relative(doc: AnalysedDocument, t: TimeExpr, cue: CueMention) -> bool:
    """"القبض على منفذي الهجوم الذي استهدف بلدة الخالص الأحد": a time after another incident's
    relative clause (its noun, "الذي" or "التي", a verb, no break) dates that incident, not the cue."""
    if t.start < cue.end:
        return False
    others = [c for c in doc.index["cues"].starting_in(cue.end, t.start) if c.cue.type != cue.cue.type]
    if not others:
        return False
    between = doc.text[others[0].end:t.start]
    words = between.split()[:2]  # "بالتفجير [الذي] استهدف", "هجوم [انتحاري الذي]"
    return any(grammar.has(w, "relative_pronouns") for w in words) and not any(p in between for p in CLAUSE_PUNCT)


def _in_a_bare_relative(doc: AnalysedDocument, t: TimeExpr, cue: CueMention) -> bool:
    """"اعتقلت الشرطة رجلا على صلة بخلية فككتها الشرطة الإيطالية في الشهر الماضي": a relative clause
    with no relative pronoun (an indefinite noun, a verb carrying its pronoun, the verb's subject
    right after) holds the time told after it, no clause mark between: the time is that verb's."""
    if t.start < cue.end:
        return False
    for a in doc.index["actors"].starting_in(cue.end, t.start):  # the subject first: few per span
        words = list(WORD.finditer(doc.text, max(cue.end, a.word_start - BARE_RELATIVE_CHARS), a.word_start))[-2:]
        if len(words) == 2 and words[1].end() + 1 == a.word_start and _verb_with_its_object(doc, words[0], words[1]) \
                and not _claim_word(doc, words[1]):  # "هجوم بشاحنة تبناه التنظيم في نيس في 14 يوليو": the attack's day
            return not any(p in doc.text[words[1].end():t.start] for p in CLAUSE_PUNCT)
    return False


def _claim_word(doc: AnalysedDocument, verb: re.Match[str]) -> bool:
    """The verb is a word of claiming ("تبناه"): its relative clause tells the incident itself."""
    return any(m.kind == "modality:claimed" and m.start <= verb.start() < m.end
               for m in doc.index["markers"].starting_in(verb.start() - 1, verb.end()))


def _verb_with_its_object(doc: AnalysedDocument, noun: re.Match[str], verb: re.Match[str]) -> bool:
    """"خلية فككتها": an indefinite noun, then a word with an attached pronoun (on the original
    letters: normalization folds ة into ه, "قبضة تنظيم") that is no preposition ("تسيطر عليها")."""
    w = verb.group()
    ending = next((e for e in grammar.suffixes("pronoun_suffixes") if doc.nt.original_text(verb.start(), verb.end()).endswith(e)), None)
    if ending is None or noun.group().startswith("ال") or w.startswith("ال"):
        return False
    stem = w[:-len(ending)]
    return not (grammar.has(stem, "prepositions") or stem in grammar.words("clitic_prepositions"))


def _of_a_relative_clause(doc: AnalysedDocument, t: TimeExpr, cue: CueMention) -> bool:
    """"فرقت الشرطة مساء الجمعة المتظاهرين ... بعد الهجوم الذي وقع مطلع الأسبوع": a time right after
    "الذي وقع" dates the incident the relative clause recalls, not the sentence's own; it is lent
    only to an incident of that kind ("واستهدف هجوم سوروتش"); one after a deed that describes people too."""
    lo = max(0, t.start - RELATIVE_CHARS)
    before = " ".join(doc.text[lo:t.start].split()[-2:])
    if not any(before.endswith(w) for w in grammar.words("occurrence_relatives")):
        return deed_on_people_before(doc, t.start, cue)
    recalled = doc.index["cues"].starting_in(max(0, lo - RELATIVE_CHARS), t.start)
    return not recalled or all(c.cue.type != cue.cue.type for c in recalled)


def _incident_times(doc: AnalysedDocument, start: int, end: int, cue: CueMention | None = None,
                    keep: Callable[[TimeExpr], bool] = lambda t: True) -> list[TimeExpr]:
    """The times of a span that may date an incident: those of no report or statement, else all."""
    times = [t for t in doc.times_in(start, end) if _usable(doc, t) and keep(t)]
    own = [t for t in times if not reporting(doc, t, cue)]
    return own or times


def _dates_another(doc: AnalysedDocument, t: TimeExpr, cue: CueMention) -> bool:
    """"تبنى الحزب الأربعاء قتل شرطيين، ردا على هجوم وقع الاثنين": a time in another clause after
    an incident or a death that clause gives as a cause ("ردا على", "إثر") dates it; in the cue's
    own clause, so does a time after such an incident that follows the cue ("بعد يوم من غارات ثأرا من
    مقتل جنود قبل أسبوع")."""
    clause = doc.clause_at(t.start)
    if _closes_the_sentence(doc, t):
        return False  # "تعرضت القرى لقصف عنيف بعد هجوم شنته المعارضة على مواقعه، أمس.": the sentence's day
    start = cue.end if clause[0] <= cue.start < clause[1] else clause[0]
    # "سيطرت القوات على المبنى بعد معارك مع المسلحين يوم الأحد": the fight a fight's deed came after
    # (a place taken) was how it came about, on its day
    causes = [c.start - prefix_len(doc, c) for c in doc.index["cues"].starting_in(start, t.start) if c.start != cue.start
              and not (cue.cue.type == c.cue.type == BATTLES and fight_noun(doc.text[c.start:c.end].split()[0]))]
    causes += [d[0] for d in doc.index["deaths"].starting_in(start, t.start)]  # "ردا على مقتل شرطيين"
    return any(doc.role_before(c) == "cause" for c in causes)


def _closes_the_sentence(doc: AnalysedDocument, t: TimeExpr) -> bool:
    """A bare day after a comma at the very end of its sentence (", أمس.") dates the whole report."""
    sent = doc.sentence_at(t.start)
    before = doc.text[max(sent.start, t.start - 2):t.start].strip()
    return len(before) == 1 and before in CLAUSE_PUNCT \
        and not doc.text[t.end:sent.end].strip(" .\n")


def _in_other_relative(doc: AnalysedDocument, t: TimeExpr) -> bool:
    """"... ابنها الذي التحق بالتنظيم في مارس": the date of another verb's relative clause."""
    clause = doc.clause_at(t.start)
    words = doc.text[clause[0]:t.start].split()
    at = next((i for i, w in enumerate(words) if w in grammar.words("relative_pronouns")), None)
    # "... سنجار، الذي تقطنه أغلبية إيزيدية، في 3 آب": a verb of state takes no date; it is the main verb's
    return at is not None and not (at + 1 < len(words) and grammar.has(words[at + 1], "stative_verbs"))


def _long_before(doc: AnalysedDocument, t: TimeExpr) -> bool:
    """A lead's date weeks before publication dates a recalled story, not the lead's incident."""
    end = t.date_end or t.date
    return bool(doc.published and end and (doc.published - end).days > LEAD_DATE_DAYS)


def days_listed(when: DateChoice) -> list[DateChoice]:
    """"شنت المقاتلات غارات الجمعة والسبت": two named days joined by "و" are two days of the
    deed, an incident each (ACLED's one event per day); any other date is one."""
    t = when.time
    if t is None or when.inherited or t.kind != "range" or t.date is None or t.date_end is None \
            or not 1 <= (t.date_end - t.date).days <= LISTED_DAYS_SPAN or _overnight(t):
        return [when]
    parts = t.text.split(" و")
    if len(parts) != 2 or any(weekday_in(p) is None for p in parts):
        return [when]
    return [DateChoice(t.date, 1, t, False, f"the first of the two days '{t.text}'"),
            DateChoice(t.date_end, 1, t, False, f"the second of the two days '{t.text}'")]


def _overnight(t: TimeExpr) -> bool:
    """"ليل الجمعة - السبت", "بعد منتصف ليل الاثنين - الثلاثاء": a night across two days."""
    return t.kind == "range" and t.date is not None and t.date_end is not None \
        and (t.date_end - t.date).days == 1 and any(grammar.has(w, "night_words") for w in t.text.split()[:3])


def _sequel_of_the_incident(doc: AnalysedDocument, cue: CueMention, clause: tuple[int, int]) -> bool:
    """"اعتقلت الشرطة 12 شخصا في أعقاب الهجوم": an act after "the attack" the article is about
    follows it; it takes the day the lead gives that attack, not an earlier sentence's."""
    words = doc.text[cue.end:clause[1]].split()
    return grammar.any_of(words[:-1], "sequel_links") and any(
        grammar.has(w, "sequel_links") and grammar.has(n.strip(WORD_END_PUNCT), "incident_nouns") for w, n in pairwise(words))


def find_date(doc: AnalysedDocument, cue: CueMention, sent: Sentence) -> DateChoice:
    clause = doc.clause_at(cue.start)
    # a deed beside the one told before it ("الذين خاضوا أمس اشتباكات ...، وسط غارات") is on its day,
    # whatever clause tells that day
    beside = beside_a_deed(doc, cue, clause)
    suspected = suspects_incident(doc, cue, sent.end)  # "مشتبه بهم في تفجير وقع الشهر الماضي": that one's day
    times = _incident_times(doc, sent.start, sent.end, cue, lambda t: not _dates_another(doc, t, cue) and (
        clause[0] <= t.start < clause[1] or not _in_other_relative(doc, t) or (beside and t.start < clause[0]))
        and not _dates_its_relative(doc, t, cue) and not _in_a_bare_relative(doc, t, cue)
        and (suspected is None or t.start < suspected))
    shifted = turns_to_another_story(doc, sent)
    earlier = None if shifted else _time_lent(doc, sent, cue)
    if times and earlier is not None and _statement_days(doc, times, earlier):
        return DateChoice(earlier.date, earlier.time_precision, earlier, True,
                          f"inherited from an earlier sentence ('{earlier.text}'); '{times[0].text}' dates the statement")
    if times and _named_in_what_was_said(doc, cue, times):
        return _borrowed_date(doc, cue, sent, earlier, shifted)
    if times:
        t = min(_pool(doc, cue, clause, times), key=lambda t: abs(t.start - cue.start))
        if _overnight(t):  # "ليل الجمعة - السبت": the night ends on the second day
            return DateChoice(t.date_end, 1, t, False, f"the night '{t.text}' ends on its second day")
        said = said_on(doc, t, sent)
        if said is not None and t.date is not None and said.date is not None and doc.published is not None:
            day = t.date + (said.date - doc.published)
            return DateChoice(day, t.time_precision, t, False, f"'{t.text}' in a quote said '{said.text}': that day's")
        if t.time_precision == 1 and reporting(doc, t, cue):
            # "خطفت النصرة ثمانية مقاتلين، بحسب ما أفاد المرصد الخميس": the day it was told, on
            # which or shortly before it happened (a report that gives its own day joins it)
            return DateChoice(t.date, 2, t, False, f"'{t.text}' is the day it was reported: that day or shortly before")
        return DateChoice(t.date, t.time_precision, t, False, f"time expression '{t.text}' in the sentence")
    followed = _day_of_what_it_followed(doc, cue, clause)
    if followed is not None:
        return DateChoice(followed.date, followed.time_precision, followed, False,
                          f"'{followed.text}' dates the incident it came right after: that day")
    return _borrowed_date(doc, cue, sent, earlier, shifted)


def _day_of_what_it_followed(doc: AnalysedDocument, cue: CueMention, clause: tuple[int, int]) -> TimeExpr | None:
    """"اقتحموا فندقا بعد تفجير سيارة ملغومة عند مدخله مساء السبت": a deed told right after
    another ("بعد", "عقب": `sequence_causes`, no retaliation) whose day its clause gives, and no
    other day, is on that day."""
    for t in _incident_times(doc, cue.end, clause[1], cue):
        causes = [c for c in doc.index["cues"].starting_in(cue.end, t.start)
                  if doc.role_before(c.start - prefix_len(doc, c)) == "cause"]
        for c in causes[:1]:
            start = doc.role_start(c.start - prefix_len(doc, c))
            if start is not None and grammar.has(doc.text[start:c.start - prefix_len(doc, c)].strip(), "sequence_causes"):
                return t
    return None


def _pool(doc: AnalysedDocument, cue: CueMention, clause: tuple[int, int], times: list[TimeExpr]) -> list[TimeExpr]:
    """The times the cue's day is the nearest of: its own relative clause's, else its clause's, else
    its sentence's."""
    own = _in_its_relative(doc, cue, times)
    if own is not None:
        return [own]
    return [t for t in times if clause[0] <= t.start < clause[1]] or times


def _in_its_relative(doc: AnalysedDocument, cue: CueMention, times: list[TimeExpr]) -> TimeExpr | None:
    """"أدان المجلس في جلسته أمس التفجير الذي استهدف مسجدا في الكويت الجمعة الماضية": a noun cue's
    own relative clause (a word or two after it, "الذي" or "التي", then its verb) holds its day,
    before the first clause mark, whatever day the sentence gives nearer to the cue."""
    if cue.cue.pos != "noun":
        return None
    words = doc.text[cue.end:cue.end + OWN_RELATIVE_CHARS].split()[:OWN_RELATIVE_WORDS]
    at = next((i for i, w in enumerate(words) if w in grammar.words("relative_pronouns")), None)
    if at is None or at + 1 >= len(words):
        return None
    later = [t for t in times if t.start > cue.end]
    if not later or any(p in doc.text[cue.end:later[0].start] for p in CLAUSE_PUNCT):
        return None
    return later[0]


def _named_in_what_was_said(doc: AnalysedDocument, cue: CueMention, times: list[TimeExpr]) -> bool:
    """"وأعلن رئيس الوزراء أمس أن الشرطة تعرفت على مشتبه به مرتبط بالهجوم الانتحاري": an incident told
    before in the body (the same head noun, "هجوم انتحاري"), named again by a definite noun in what was
    said, the sentence's only days the saying's: the day it was spoken of is not its own."""
    if cue.cue.pos != "noun" or not definite(doc, cue) or not all(t.end <= cue.start and reporting(doc, t) for t in times):
        return False
    # in a phrase of a preposition ("مرتبط بالهجوم", "تحقيق في التفجير"), not the subject of what was said
    proclitics = doc.text[cue.start - prefix_len(doc, cue):cue.start].removesuffix("ال")
    before = doc.text[max(0, cue.start - prefix_len(doc, cue) - 8):cue.start - prefix_len(doc, cue)].split()[-1:]
    if not (any(p in proclitics for p in "بل") or (before and before[0] in grammar.words("prepositions"))):
        return False
    head = grammar.bare(doc.text[cue.start:cue.end].split()[0])
    sent = doc.sentence_at(cue.start)
    return any(c.cue.type == cue.cue.type and grammar.bare(doc.text[c.start:c.end].split()[0]) == head
               for c in doc.index["cues"].starting_in(doc.title_end, sent.start))



def turns_to_another_story(doc: AnalysedDocument, sent: Sentence) -> bool:
    """The sentence opens with a topic shift ("من جهة أخرى، ...", "ميدانيا، ...")."""
    # the first words of the sentence decide: worked out once per sentence (asked for each cue of
    # the sentence and again for each cue of the sentences after it)
    return doc.kept("event_dates.topic_shift", sent.start, lambda: _topic_shift(doc, sent))


def _topic_shift(doc: AnalysedDocument, sent: Sentence) -> bool:
    opening = doc.text[sent.start:sent.start + TOPIC_SHIFT_CHARS].lstrip()
    opening = opening.removeprefix(next((c for c in grammar.suffixes("conjunctions") if opening.startswith(c)), ""))
    if opening.startswith(grammar.suffixes("topic_shifts")):
        return True
    # "عملية فجر الكرمة ميدانيا، أعلنت ...": a subheading the page ran into the sentence, then the shift
    head, comma, _ = opening.partition("،")
    words = head.split()
    return bool(comma) and len(words) <= SUBHEADING_WORDS + 1 and any(
        " ".join(words[i:]) in grammar.words("topic_shifts") for i in range(1, len(words)))


def _time_lent(doc: AnalysedDocument, sent: Sentence, cue: CueMention) -> TimeExpr | None:
    """The earlier sentence's time the cue's sentence borrows: none of long ago for a round-up's
    section ("...الذي قتل العام الماضي." then "وفي العاصمة، ارتفعت حصيلة ...": the day's news)."""
    earlier = _earlier_time(doc, sent, cue)
    if earlier is not None and _long_ago(doc, earlier) and _opens_with_its_place(doc, sent):
        return None
    return earlier


def _long_ago(doc: AnalysedDocument, t: TimeExpr) -> bool:
    return doc.published is not None and t.date is not None and (doc.published - t.date).days > OLD_DAYS


def _opens_with_its_place(doc: AnalysedDocument, sent: Sentence) -> bool:
    """"وفي العاصمة، ارتفعت حصيلة ...", "وفي حلب، ...": a round-up's section opened by its place and a
    comma lends no date of long ago told before it."""
    words = doc.text[sent.start:sent.start + TOPIC_SHIFT_CHARS].split()
    if not words or words[0] not in grammar.words("section_locatives"):
        return False
    head = next((i for i, w in enumerate(words[:SUBHEADING_WORDS + 1]) if w.endswith("،")), None)
    if head is None:
        return False
    end = sent.start + len(" ".join(words[:head + 1]))
    named = bool(doc.places_in(sent.start, end)) or grammar.any_of([w.rstrip("،") for w in words[1:head + 1]], "capital_nouns")
    return named and not doc.index["cues"].starting_in(sent.start, end)


def _borrowed_date(doc: AnalysedDocument, cue: CueMention, sent: Sentence, earlier: TimeExpr | None,
                   shifted: bool) -> DateChoice:
    """The date of a sentence without a usable time of its own: its words kept unresolved, the
    incident it follows, an earlier sentence's, the lead's, the publication date."""
    unresolved = [t for t in doc.times_in(sent.start, sent.end) if t.date is None] if doc.published is None else []
    if unresolved:  # "أمس" with no publication date: the words are kept, the day is unknown
        t = min(unresolved, key=lambda t: abs(t.start - cue.start))
        return DateChoice(None, t.time_precision, t, False, f"'{t.text}' cannot be resolved without a publication date")
    kept = [(t, told) for t, told in _lead_times(doc) if not _dates_another(doc, t, cue)]
    body = [t for t, told in kept if not told] or [t for t, _ in kept]  # "ذكرت الوكالة فجر اليوم": when it was told
    sequel = _sequel_of_the_incident(doc, cue, doc.clause_at(cue.start))
    if body and sequel:
        t = body[0]
        return DateChoice(_day_of(t), t.time_precision, t, True, f"a sequel of the incident the lead dates ('{t.text}')")
    if earlier is not None and not sequel:  # (the lead giving no day, a sequel takes no other sentence's)
        return DateChoice(_day_of(earlier), earlier.time_precision, earlier, True, f"inherited from an earlier sentence ('{earlier.text}')")
    return _lead_day(doc, sent, body, shifted) or _day_of_publication(doc, cue)


def _lead_times(doc: AnalysedDocument) -> list[tuple[TimeExpr, bool]]:
    """The times of the body's first 2000 characters that may date an incident the lead tells,
    each with whether it is the day of a report (`said_days.reporting`). None of these tests reads the
    cue: worked out once per document (`_borrowed_date` asks for every cue with no time of its
    own); only whether a time dates another incident than the cue's is asked per cue."""
    return doc.kept("event_dates.lead_times", 0, lambda: [
        (t, reporting(doc, t)) for t in doc.index["times"].starting_in(doc.title_end, doc.title_end + 2000)
        if _usable(doc, t) and not _in_other_relative(doc, t) and not _long_before(doc, t) and not _of_a_recalled_clause(doc, t)
        and not _latest_of_a_series(doc, t)])


def _lead_day(doc: AnalysedDocument, sent: Sentence, body: list[TimeExpr], shifted: bool) -> DateChoice | None:
    """The lead's day, for a sentence of the lead with no day of its own, or for one of the
    incidents the lead counts, told apart later; None otherwise."""
    # "خلال يوليو الحالي" dates no incident of the lead (a page with no publication date keeps its years)
    # nor "خلال الأيام الثلاثة الماضية": the days up to the present are no day of the lead's incident
    days = [t for t in body if t.time_precision <= 2 and t.kind not in SPAN_KINDS] if doc.published else body
    if doc.published is None:  # a page with no date: a year told far below the lead is no date of it
        days = [t for t in days if doc.sentence_at(t.start).index <= LEAD_SENTENCES]
    if days and (sent.in_title or sent.index <= 2) and not shifted \
            and not any(turns_to_another_story(doc, s) for s in doc.sentences[:sent.index]):
        t = days[0]
        return DateChoice(_day_of(t), t.time_precision, t, True, f"the lead's date ('{t.text}')")
    if days and _one_the_lead_counted(doc, sent, days[0]):
        t = days[0]
        return DateChoice(_day_of(t), t.time_precision, t, True, f"one of the incidents the lead counts on its day ('{t.text}')")
    return None


def _one_the_lead_counted(doc: AnalysedDocument, sent: Sentence, day: TimeExpr) -> bool:
    """"أصيب عشرة من رجال الشرطة في تفجيرين ليلة الجمعة ... وفي حادث منفصل، أصيب سبعة في هجوم
    بقنبلة": a sentence opened as another incident (`incident_openers`) tells one of those the lead
    counted (two or more incidents told in the sentence of the day) on the lead's day."""
    opening = doc.text[sent.start:sent.start + TOPIC_SHIFT_CHARS].lstrip()
    opening = opening.removeprefix(next((c for c in grammar.suffixes("conjunctions") if opening.startswith(c)), ""))
    if not any(opening.startswith(w) for w in grammar.words("incident_openers")):
        return False
    lead = doc.sentence_at(day.start)
    if lead.index > LEAD_SENTENCES or lead.index >= sent.index:
        return False
    cues = doc.index["cues"].starting_in(lead.start, lead.end)
    words = [doc.text[c.start:c.end].split()[0] for c in cues]
    return len(cues) >= 2 or any(w.endswith(grammar.suffixes("dual_endings")) for w in words) \
        or any((number_before(doc, c.start) or 0) >= 2 for c in cues)


def _day_of(t: TimeExpr) -> date | None:
    """The day a time lent to another sentence names: a night of two days ends on its second
    ("بعد منتصف ليل السبت- الأحد" lends Sunday)."""
    return t.date_end if _overnight(t) else t.date


def _day_of_publication(doc: AnalysedDocument, cue: CueMention) -> DateChoice:
    """An incident the text gives no day: the publication date, or the day before it in a text
    written for the next day's paper."""
    if not doc.published:
        return DateChoice(None, 3, None, True, "no date in the text and no publication date")
    if _told_in_the_present(doc, cue):
        return DateChoice(doc.published, 2, None, True, "publication date: a fight told in the present goes on")
    if _news_of_yesterday(doc):
        return DateChoice(doc.published - timedelta(days=1), 2, None, True,
                          "the day before publication: the text tells its news as yesterday's")
    if doc.print_daily:
        return DateChoice(doc.published - timedelta(days=1), 2, None, True,
                          "the day before publication: a printed daily's issue tells the day before")
    return DateChoice(doc.published, 2, None, True, "publication date (the text gives none)")


PRESENT_VERB_WORDS = 3  # "تخوض [المعارضة السورية المسلحة] معارك": the verb a few words before its noun cue


def _told_in_the_present(doc: AnalysedDocument, cue: CueMention) -> bool:
    """"تخوض المعارضة معارك عنيفة في درعا": a fight noun after a verb of the present in its clause."""
    clause = doc.clause_at(cue.start)
    words = doc.text[clause[0]:cue.start].split()[-(PRESENT_VERB_WORDS + 1):]
    return cue.cue.pos == "noun" and any(grammar.has(w, "present_fight_verbs") for w in words)


def _news_of_yesterday(doc: AnalysedDocument) -> bool:
    """A text that says "أمس" more often than "اليوم" was written for the next day's paper: the
    incidents it tells with no day of their own are the day before publication's (found once per
    document)."""
    if "yesterday" not in doc.index:
        assert doc.published is not None
        days = [(doc.published - t.date).days for t in doc.times if t.kind == "relative_day" and t.date is not None
                and t.start >= doc.title_end]
        doc.index["yesterday"] = Spans([(0, 0, days.count(1) > days.count(0))])
    return bool(doc.index["yesterday"].items[0][2])


def suspects_incident(doc: AnalysedDocument, cue: CueMention, before: int) -> int | None:
    """Where the incident the people an arrest cue holds are suspected of starts (the suspects named
    after the cue and before `before`, the incident right after them: "اعتقلت الشرطة مشتبها به في
    تفجير وقع في أنقرة الشهر الماضي"), or None. Its place and its day are that incident's."""
    if cue.cue.sub != ARRESTS:
        return None
    for held in doc.index["suspects"].starting_in(cue.end, before):
        incident = [c for c in incidents_after_suspects(doc, held.end) if c.cue.sub != ARRESTS]
        if incident:
            return incident[0].start
    return None
