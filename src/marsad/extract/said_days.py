"""The days things were said (a step of `marsad.extract.event_dates`): the day of a statement or of
a reporting verb, which dates the saying and not the incident, and the relative days a speaker
counts from the day of speaking ("قال مسؤولون الأحد إن مسلحين هاجموا الليلة الماضية": the night
before that Sunday, not before the day the article was published).
"""

from __future__ import annotations

from marsad.extract import grammar
from marsad.extract.context import in_quotes
from marsad.extract.document import CLAUSE_PUNCT, AnalysedDocument, Sentence
from marsad.extract.mentions import CueMention
from marsad.extract.times import TimeExpr
from marsad.extract.times.vocab import weekday_in

STATEMENT_WORDS = 4  # "في بيان [لها] صباح اليوم", "بيان [لقوة المهام المشتركة] اليوم": from a statement's noun to its day
STATEMENT_CHARS = 40
REPORT_CHARS = 40  # "أفادت مصادر أمنية [عراقية] أمس": from the reporting word to its day
SAID_TO_CLAUSE_WORDS = 3  # "قال الجيش الأحد [في بيان] إن": from the day of saying to the reported clause


def of_a_statement(doc: AnalysedDocument, t: TimeExpr) -> bool:
    """"وذكرت الوزارة، في بيان أصدرته ظهر اليوم الأحد، أن ...": the day of a statement, a few words
    after its noun (`statement_nouns`), is when it was made."""
    words = doc.text[max(0, t.start - STATEMENT_CHARS):t.start].split()[-STATEMENT_WORDS:]
    if _opens_what_was_said(words):  # "قال في بيان إن طائراته استهدفت فجر الاثنين": what was said
        return False
    if grammar.any_of(words, "statement_nouns", prepositions=True):
        return True
    # "وفقا للبيان العسكري الذي أذيع اليوم الاثنين": the day of a relative clause that publishes it
    words = doc.text[max(0, t.start - 2 * STATEMENT_CHARS):t.start].split()
    if len(words) < 2 or words[-2] not in grammar.words("relative_pronouns") or not grammar.has(words[-1], "publish_verbs"):
        return False
    return grammar.any_of(words[-2 - STATEMENT_WORDS:-2], "statement_nouns", prepositions=True)


def reporting(doc: AnalysedDocument, t: TimeExpr, cue: CueMention | None = None) -> bool:
    """The day something was said or claimed ("أفادت مصادر أمنية أمس", "تبنى الحزب أمس هجوما");
    not a day told after the incident's own word ("أعلن التنظيم إعدام ستة أشخاص في الرقة أمس"), nor
    one inside the clause reported before the cue."""
    clause = doc.clause_at(t.start)
    if of_a_statement(doc, t):
        return True
    return any(m.kind in ("attribution", "modality:claimed") and clause[0] <= m.start and m.end <= t.start
               and t.start - m.end <= REPORT_CHARS
               and not (cue is not None and m.end <= cue.start and cue.end <= t.start)
               and not (cue is not None and t.end <= cue.start and _opens_what_was_said(doc.text[m.end:t.start].split()))
               for m in doc.index["markers"].starting_in(clause[0], t.start))


def _opens_what_was_said(words: list[str]) -> bool:
    """"وأضاف المصدر أن خبراء المفرقعات تمكنوا صباح اليوم من تفكيك": a time after the word that opens
    the reported clause ("أن", "إن": `complementizers`, `reported_openers`), before the cue, is of what
    was said, the cue's own."""
    return any(w in grammar.words("reported_openers") or w in grammar.words("complementizers") for w in words)


def _in_a_quote(doc: AnalysedDocument, t: TimeExpr, sent: Sentence) -> TimeExpr | None:
    """"وقال مساء الخميس إن "الاشتباكات مستمرة منذ صباح اليوم"": the day of saying before the quote."""
    if not in_quotes(doc.text, sent.start, t.start):
        return None
    opening = doc.text.find('"', sent.start, t.start)
    said = [s for s in doc.times_in(sent.start, opening) if s.date is not None and s.kind != "relative_day"]
    return said[-1] if said else None


def _in_what_was_reported(doc: AnalysedDocument, t: TimeExpr, sent: Sentence) -> TimeExpr | None:
    """"قال مسؤولون أمنيون يوم الأحد إن مسلحين قتلوا خمسة جنود الليلة الماضية": a named day of a
    reporting verb, a few words before the reported clause ("إن", "أن": `reported_openers`,
    `complementizers`) the relative day is in, with no clause mark between them."""
    said = [s for s in doc.times_in(sent.start, t.start) if s.date is not None and s.kind != "relative_day"
            and s.time_precision == 1 and reporting(doc, s)]
    if not said:
        return None
    s = said[-1]
    words = doc.text[s.end:t.start].split()
    opener = next((i for i, w in enumerate(words) if w in grammar.words("reported_openers")
                   or w in grammar.words("complementizers")), None)
    if opener is None or opener > SAID_TO_CLAUSE_WORDS or any(p in doc.text[s.end:t.start] for p in CLAUSE_PUNCT):
        return None
    return s


def said_on(doc: AnalysedDocument, t: TimeExpr, sent: Sentence) -> TimeExpr | None:
    """The named day before publication on which the words holding the bare relative day `t` were
    said (a quote, or a clause reported after "قال ... الأحد إن"), or None: the speaker's "أمس" is
    the day before that day."""
    if t.kind != "relative_day" or doc.published is None:
        return None
    said = _in_a_quote(doc, t, sent)
    if said is None and weekday_in(t.text) is None:  # "أمس السبت" names its own day
        said = _in_what_was_reported(doc, t, sent)
    if said is None or said.date is None or said.date >= doc.published:
        return None
    return said
