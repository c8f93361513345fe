"""How far a cue's words reach, and whether they tell an incident at all: the clauses of its
sentence a cue takes its weapons, parties and places from, and a cue joined with ل that is what
someone set out to do ("لتحرير المدينة"), unless a passive verb before it makes it what someone
suffered ("تعرضت البلدة لقصف"). Pure functions of the analysed document, asked by the event
steps, the roles and the places.
"""

from __future__ import annotations

from dataclasses import replace

from marsad.acled import ARRESTS
from marsad.extract import grammar
from marsad.extract.context import WORD, circumstance_noun, instrument_word, prefix_len
from marsad.extract.document import AnalysedDocument, Sentence
from marsad.extract.mentions import CueMention

JOURNEY_WORDS = 6  # "للسفر إلى مدينة الرقة في سوريا والقتال": words from a journey to the cue joined to it
AIMED_WORDS = 5  # "ليتمكن [أبناء العشائر] من": the verb of achievement, its subject, then من
URGING_WORDS = 4  # "تدفع [الشبان] إلى القتال": the verb and its object before إلى
PASSIVE_WORDS = 12  # "تعرضت [بعد منتصف ليل الأحد مناطق في مدينة داريا،] لقصف": a finite passive verb to the cue
PASSIVE_CHARS = 90
JOINED_WORDS = 4  # "لإطلاق نار كثيف [وعدد من] المقذوفات": from the passive's cue to the one joined to it
SUFFERED_WORDS, SUFFERED_CHARS = 4, 40  # "تعرض [دورية أمنية] لإطلاق نار": the noun of suffering, its subject, the cue
PASSIVE_LIST_WORDS = 30  # "[كما تعرضت أماكن في قرى X وY وZ ... بسهل الغاب] لقصف": a clause that opens with the verb


def cue_reach(doc: AnalysedDocument, cue: CueMention, sent: Sentence) -> Sentence:
    """The part of the sentence a cue takes its weapons, parties and places from: its own clause,
    widened over the neighbouring clauses that tell no incident of their own ("… وترافق ذلك مع
    قصف الطيران، فيما قصفت قوات النظام الحولة": the shelling of al-Houla is not the air raid's)."""
    clauses = sent.clauses
    here = next((i for i, (a, b) in enumerate(clauses) if a <= cue.start < b), None)
    if here is None or len(clauses) == 1:
        return sent

    def other_cue(i: int) -> bool:  # a cue of its own; "بالقذائف" is the instrument of ours; "أثناء
        a, b = clauses[i]  # مهمة للقبض على مطلوب،" before it the errand its parties were on
        return any(c.start != cue.start and not instrument_word(doc, c) and not (i > here and circumstance_noun(doc, c, a))
                   and not (i < here and c.cue.sub == ARRESTS and purpose(doc, c))
                   and not (i == here + 1 and _object_past_a_day(doc, cue, c, clauses[here]))
                   for c in doc.index["cues"].starting_in(a, b))

    lo = here
    if lo >= 2 and _after_a_relative_aside(doc, cue, clauses[lo - 1], clauses[lo]):
        lo -= 2  # "شن التحالف، الذي يدعم القوات العراقية، ضربة جوية": the verb and its subject before the aside
    while lo > 0 and not other_cue(lo - 1):
        lo -= 1
    hi = here
    while hi + 1 < len(clauses) and not other_cue(hi + 1):
        hi += 1
    if (lo, hi) == (0, len(clauses) - 1):
        return sent
    return replace(sent, start=clauses[lo][0], end=clauses[hi][1], clauses=clauses[lo:hi + 1])


def _object_past_a_day(doc: AnalysedDocument, cue: CueMention, c: CueMention, here: tuple[int, int]) -> bool:
    """"استعادت قوات النظام، أمس، السيطرة على بلدة", "استهدفت طائرات التحالف، صباح اليوم، تعزيزات
    للميليشيات": a noun opening the clause after the verb's, which ends with a day set off by commas
    ("، أمس،"), is the verb's object, no cue that ends its reach."""
    if cue.cue.pos != "verb" or c.cue.pos != "noun" or doc.text[doc.clause_at(c.start)[0]:c.start].strip() \
            or not (times := doc.times_in(cue.end, here[1])):
        return False
    return doc.text[times[-1].end:here[1]].strip() == "،" and doc.text[cue.end:times[-1].start].rstrip().endswith("،")


def _after_a_relative_aside(doc: AnalysedDocument, cue: CueMention, aside: tuple[int, int],
                            here: tuple[int, int]) -> bool:
    """The cue opens its clause right after a relative clause set off by commas ("، الذي ...،")."""
    first = doc.text[aside[0]:aside[1]].split()[:1]
    return bool(first) and first[0].strip("،,") in grammar.words("relative_pronouns") \
        and not doc.text[here[0]:cue.start - prefix_len(doc, cue)].strip(" ،,")


def purpose(doc: AnalysedDocument, cue: CueMention) -> bool:
    """A cue joined with ل is an aim ("لتحرير", "لاستعادتها", "ليشن"), except after "تعرض"
    ("تعرضت لقصف"); so is the noun of an aim before it ("لانتزاع السيطرة")."""
    prefix = doc.text[cue.start - prefix_len(doc, cue):cue.start]
    if prefix in grammar.words("conjunctions") and _journey_before(doc, cue):
        return True
    if prefix not in grammar.words("purpose_proclitics"):
        before = doc.text[max(0, cue.start - prefix_len(doc, cue) - 16):cue.start - prefix_len(doc, cue)].split()
        return (bool(before) and before[-1] in grammar.words("purpose_heads")
                and not _took_off(doc, cue)) or _urged_to(doc, cue) \
            or _achievement_aimed(doc, cue)  # "لانتزاع السيطرة", "اختير لتنفيذ عملية انتحارية"
    return not after_passive(doc, cue) and not _exchanged(doc, cue) and not _suffered_by(doc, cue) \
        and not _confronted(doc, cue)


def _suffered_by(doc: AnalysedDocument, cue: CueMention) -> bool:
    """"إثر تعرض دورية أمنية لإطلاق نار": the noun of suffering and its subject before the cue, in
    its clause (its ل is not an aim)."""
    clause = doc.clause_at(cue.start)
    words = doc.text[max(clause[0], cue.start - SUFFERED_CHARS):cue.start - prefix_len(doc, cue)].split()
    return grammar.any_of(words[-SUFFERED_WORDS:], "passive_verbs")


def _confronted(doc: AnalysedDocument, cue: CueMention) -> bool:
    """"خلال تصديهم أمس لهجوم شنته الميليشيات": a word of confronting (`confronting_words`) a few words
    before the cue in its clause takes it with ل as its object, no aim; so does a word of carrying
    out right before it ("تنفيذا لاتفاق تم التوصل إليه": `implementing_words`)."""
    clause = doc.clause_at(cue.start)
    words, at = [], clause[0]  # the words before the cue, its days left out ("تصديهم أمس الخميس 11 رجب لهجوم")
    for t in doc.times_in(clause[0], cue.start):
        words += doc.text[at:t.start].split()
        at = max(at, t.end)
    words += doc.text[at:cue.start - prefix_len(doc, cue)].split()
    return grammar.any_of(words[-SUFFERED_WORDS:], "confronting_words", prepositions=True) \
        or (bool(words) and grammar.has(words[-1], "implementing_words"))


def _achievement_aimed(doc: AnalysedDocument, cue: CueMention) -> bool:
    """"وليتمكن أبناء العشائر من السيطرة على الأرض", "حتى تتمكن القوات من استعادة المدينة": a noun
    cue after the "من" of a verb of achievement in the subjunctive (`aimed_achievements`, or after
    `aim_words`), a few words before it in its clause, is what is hoped for, an aim."""
    if cue.cue.pos != "noun" or prefix_len(doc, cue):
        return False
    words = doc.text[doc.clause_at(cue.start)[0]:cue.start].split()[-AIMED_WORDS - 1:]
    if not words or words[-1] not in grammar.words("from_prepositions"):
        return False
    return any(grammar.has(w, "aimed_achievements") or (grammar.has(w, "achievement_verbs") and i
               and grammar.has(words[i - 1], "aim_words")) for i, w in enumerate(words[:-1]))


def _urged_to(doc: AnalysedDocument, cue: CueMention) -> bool:
    """"الظروف التي تدفع المراهقين إلى القتال خارج بلدهم": a noun cue right after "إلى", a verb of
    pushing, calling or going (`urging_verbs`) a few words before it in its clause, is where people
    are driven, an aim, not an incident."""
    if cue.cue.pos != "noun" or prefix_len(doc, cue):
        return False
    clause = doc.clause_at(cue.start)
    before = doc.text[clause[0]:cue.start].split()[-URGING_WORDS - 1:]
    return bool(before) and before[-1] in grammar.words("urging_links") \
        and any(grammar.has(w, "urging_verbs") for w in before[:-1])


def _journey_before(doc: AnalysedDocument, cue: CueMention) -> bool:
    """"خططوا للسفر إلى سوريا والقتال هناك": a cue joined by و to a journey set out on or planned
    (`journey_aims`, within `JOURNEY_WORDS` words before it in its clause) is part of that aim."""
    clause = doc.clause_at(cue.start)
    before = doc.text[clause[0]:cue.start - prefix_len(doc, cue)].split()[-JOURNEY_WORDS:]
    return any(grammar.has(w, "journey_aims") for w in before)


def _took_off(doc: AnalysedDocument, cue: CueMention) -> bool:
    """"أقلعت طائرات القوة الجوية لتنفيذ ضربة": aircraft that took off to strike (`takeoff_verbs`
    in the cue's clause) are told striking."""
    clause = doc.clause_at(cue.start)
    return any(grammar.has(w, "takeoff_verbs") for w in doc.text[clause[0]:cue.start].split())


def _exchanged(doc: AnalysedDocument, cue: CueMention) -> bool:
    """"تبادل [خطير] لإطلاق النار": fire exchanged (its ل is not an aim)."""
    before = doc.text[max(0, cue.start - 24):cue.start - prefix_len(doc, cue)].split()
    return any(grammar.has(w, "exchange_verbs") for w in before[-2:])


def after_passive(doc: AnalysedDocument, cue: CueMention) -> bool:
    """"تعرضت البلدة لقصف", "إثر تعرضهن لهجوم": the cue follows a passive verb or its noun, alone
    or with the pronoun of who suffered it (its ل is not an aim)."""
    # the answer reads the document and where the cue's words start and end, nothing else: kept
    # per cue span (the roles, the places, the purpose and the merge ask it again)
    return doc.kept("reach.after_passive", (cue.start, cue.end), lambda: _after_passive(doc, cue))


def _after_passive(doc: AnalysedDocument, cue: CueMention) -> bool:
    before = doc.text[max(0, cue.start - 24):cue.start - prefix_len(doc, cue)].split()
    word = doc.text[cue.start:cue.end].split()[0]
    return any(grammar.has(w, "passive_verbs") or grammar.has_with_pronoun(w, "passive_verbs") for w in before[-2:]) \
        or grammar.has(word, "passive_participles") or _finite_passive_before(doc, cue) or joined_to_a_passive(doc, cue)


def joined_to_a_passive(doc: AnalysedDocument, cue: CueMention) -> bool:
    """"تعرض المركز لإطلاق نار كثيف وعدد من المقذوفات": a cue joined by "و" to the one a passive verb
    heads, a few words after it, shares what was suffered."""
    clause = doc.clause_at(cue.start)
    before = [c for c in doc.index["cues"].starting_in(clause[0], cue.start) if c.end < cue.start]
    if not before:
        return False
    words = doc.text[before[-1].end:cue.start - prefix_len(doc, cue)].split()
    return 0 < len(words) <= JOINED_WORDS and any(w.startswith(grammar.suffixes("clitic_conjunctions")) for w in words) \
        and _after_passive(doc, before[-1])


def _finite_passive_before(doc: AnalysedDocument, cue: CueMention) -> bool:
    """"تعرضت [بعد منتصف الليل مناطق في مدينة داريا،] لقصف": a finite passive verb whose subject
    stands between it and the cue, in the cue's sentence; a list of places may make that subject
    long ("تعرضت أماكن في قرى X وY وZ ... بسهل الغاب لقصف"), in the cue's clause."""
    sent = doc.sentence_at(cue.start)
    further = doc.text[max(sent.start, cue.start - PASSIVE_CHARS):cue.start - prefix_len(doc, cue)].split()
    if grammar.any_of(further[-PASSIVE_WORDS:], "passive_finite_verbs") or _verb_of_suffering(doc, cue, sent):
        return True
    clause = doc.clause_at(cue.start)
    words = doc.text[clause[0]:cue.start - prefix_len(doc, cue)].split()
    # "إلى ذلك، تعرض شرطيا مرور في ولاية ديار بكر لهجوم": "تعرض" opening its clause is the verb (after
    # a preposition it may be the noun of an incident told elsewhere: "ردا على تعرض البلدة لهجوم")
    opening = bool(words) and grammar.has(words[0], "passive_verbs")
    return len(words) <= PASSIVE_LIST_WORDS and (opening or grammar.any_of(words[:2], "passive_finite_verbs")) \
        and not doc.index["cues"].starting_in(clause[0] + 1, cue.start)


def _verb_of_suffering(doc: AnalysedDocument, cue: CueMention, sent: Sentence) -> bool:
    """"أنه عند الساعة العاشرة من مساء الاثنين تعرض مركز الخوبة ... لقذائف": "تعرض" after a time
    or a complementizer is the verb, not its noun ("ردا على تعرض البلدة لهجوم"), its subject between."""
    words = list(WORD.finditer(doc.text, max(sent.start, cue.start - PASSIVE_CHARS), cue.start - prefix_len(doc, cue)))
    for i, m in enumerate(words[-PASSIVE_WORDS:], max(0, len(words) - PASSIVE_WORDS)):
        if not grammar.has(m.group(), "passive_verbs") or doc.index["cues"].starting_in(m.end(), cue.start):
            continue
        if (i and grammar.has(words[i - 1].group(), "complementizers")) \
                or any(_right_after(doc.text[t.end:m.start()]) for t in doc.times_in(max(sent.start, m.start() - PASSIVE_CHARS), m.start())):
            return True
    return False


def _right_after(gap: str) -> bool:
    """Nothing between a time and the word after it but a date in figures ("مساء الاثنين 15/7/1436هـ تعرض")."""
    words = gap.split()
    return not words or (len(words) == 1 and any(ch.isdigit() for ch in words[0]))
