"""Cues made from the dead, where no incident word is told: the toll of an armed group's men
("أعلنت القيادة مقتل 49 مسلحا من تنظيم داعش في منطقة X"), a killing whose killer follows the verb
("قتلت داعش ثلاثة جنود"), a killing a group claims ("تبنى حزب العمال قتل شرطيين"). Entry point:
`toll_cues`, whose cues `events.build_candidates` reads with the lexicon's.
"""

from __future__ import annotations

from marsad.acled import AIR_STRIKE, BATTLES, EXPLOSIONS, Inter
from marsad.extract import grammar
from marsad.extract.document import AnalysedDocument, Spans
from marsad.extract.killers import killer, kills_a_count, men_start
from marsad.extract.mentions import ActorMention, CueInfo, CueMention, nationalities_in

__all__ = ["toll_cues"]

KILLERS = {Inter.STATE, Inter.REBEL, Inter.POLITICAL_MILITIA}  # who kills with arms; also the armed
# groups whose men a toll counts (a state force's by a noun only: "مقتل 9 من عناصر قوات النظام", not
# after a verb with its killer, "قتلت مقاتلة كردية ثلاثة جنود", whose own clause tells the killing)
# the subject of a killing verb may be a foreign state's forces too ("قتلت قوات الأمن الباكستانية عشرة مسلحين")
KILLING_SUBJECTS = KILLERS | {Inter.EXTERNAL}
TOLL_CUE = CueInfo(BATTLES, "Armed clash", None, "noun", None, 0.6)
KILLING_CUE = CueInfo(BATTLES, "Armed clash", None, "verb", None, 0.6)  # "قتلت داعش ثلاثة جنود": the killer after it
NAME_MARKS = '/"«»'  # "من تنظيم / داعش /": marks some agencies put around names
SUBJECT_CHARS = 40  # "[قوات الأمن الباكستانية] قتلوا": the longest subject right before its killing verb
MEMBER_PHRASE_CHARS = 40  # "قتل [مسلحون يشتبه في انتمائهم ل]جماعة": the men's phrase before the party that killed
TOLL_REACH = 45  # characters between a death word and the armed group whose men died
# "قتلت طائرة من دون طيار قياديا في القاعدة": an aircraft kills by an air strike
AIR_KILLING_CUE = CueInfo(EXPLOSIONS, AIR_STRIKE, None, "verb", "aircraft", 0.6)
GLOSS_CHARS = 12  # "طائرة من دون طيار [(درون)] قتلت": a short gloss between the aircraft and its verb
DESCRIPTION_WORDS = 3  # "طائرة [أمريكية بدون طيار] قتلت": whose and what kind, between the aircraft and its verb
CLAIM_REACH = 40  # "تبنى [حزب العمال الأربعاء] قتل": characters from a claim word to the killing it claims


def toll_cues(doc: AnalysedDocument, actors: Spans[ActorMention]) -> list[CueMention]:
    """"أعلنت القيادة مقتل 49 مسلحا من تنظيم داعش في منطقة X", "7 عناصر من داعش قتلوا في ...":
    a toll of an armed group's men, told with no incident word in its clause, is a clash (the
    military statements of the Iraqi and Syrian wars)."""
    out = []
    for start, end, pos in doc.index["deaths"].items:
        if grammar.has(doc.text[start:end], "natural_death_words"):
            continue  # "وفاة الملا عمر": no killing named
        if _killed_by_aircraft(doc, start, end):
            out.append(CueMention(start, end, AIR_KILLING_CUE))
            continue
        lo, hi = (end, end + TOLL_REACH) if pos == "before" else (start - TOLL_REACH, start)
        armed = [a for a in actors.starting_in(lo, hi) if a.actor.inter in KILLERS and _their_men(doc, a)
                 and (a.actor.inter != Inter.STATE or not grammar.has(doc.text[start:end], "killing_verbs"))]
        killers = [a for a in actors.starting_in(end, end + 2 + MEMBER_PHRASE_CHARS) if a.actor.inter in KILLING_SUBJECTS
                   and men_start(doc, a) <= end + 2 and killer(doc, a)]
        if not killers and grammar.has(doc.text[start:end], "killing_verbs") \
                and (kills_a_count(doc, start) or _count_right_after(doc, end)):
            # "قال الجيش إن جنوده قتلوا 12 مسلحا": the subject right before a verb that kills a count
            killers = [a for a in actors.starting_in(start - SUBJECT_CHARS, start) if a.end >= start - 2
                       and a.actor.inter in KILLING_SUBJECTS]
        sent, clause = doc.sentence_at(start), doc.clause_at(start)
        if _claimed_killing(doc, start, end, pos, clause, actors):
            out.append(CueMention(start, end, TOLL_CUE))  # "تبنى حزب العمال قتل شرطيين"
            continue
        told = clause if killers else (sent.start, sent.end)  # "في حين قتل التنظيم خمسة مواطنين": its own clause
        if not (armed or killers) or doc.index["cues"].starting_in(told[0], told[1]) \
                or not doc.places_in(*(sent.start, sent.end) if _armed_group_killed(killers) else clause):
            continue
        out.append(CueMention(start, end, KILLING_CUE if killers else TOLL_CUE))
    return out


def _armed_group_killed(killers: list[ActorMention]) -> bool:
    """"قتل مسلحون يشتبه في انتمائهم لجماعة X 16 شخصا، عندما هاجموا قرية قرب Y": an armed group
    that killed a count may have its place told in the next clause (a state's force that killed
    someone, "قتلت الشرطة الرجلين", is told with its own)."""
    return bool(killers) and all(a.actor.inter != Inter.STATE for a in killers)


def _count_right_after(doc: AnalysedDocument, end: int) -> bool:
    """"قتلت 12 مسلحا": a number right after the killing verb counts its dead (the verb is active)."""
    return any(n.start - end <= 1 for n in doc.index["numbers"].starting_in(end, end + 2))


def _killed_by_aircraft(doc: AnalysedDocument, start: int, end: int) -> bool:
    """"قتلت طائرة من دون طيار قياديا في القاعدة", "أن طائرة مسيرة (درون) أمريكية قتلت القيادي": an
    aircraft (`killing_aircraft`) is the subject of a killing verb, right after it or right before
    it, in a clause that tells no incident word of its own and a sentence that names a place
    ("قتلت، في سوريا في بداية يوليو، القيادي": the place may stand past a comma)."""
    if not grammar.has(doc.text[start:end], "killing_verbs"):
        return False
    after = doc.index["weapons"].starting_in(end, end + 2)
    before = [w for w in doc.index["weapons"].starting_in(start - GLOSS_CHARS - 40, start)
              if w.end <= start and _only_gloss(doc.text[w.end:start])]
    aircraft = [w for w in [*after, *before] if _aircraft(doc.text[w.start:w.end])]
    clause, sent = doc.clause_at(start), doc.sentence_at(start)
    return bool(aircraft) and not doc.index["cues"].starting_in(clause[0], clause[1]) \
        and bool(doc.places_in(sent.start, sent.end))


def _aircraft(words: str) -> bool:
    head = words.split()[:1]
    return bool(head) and grammar.has(head[0], "killing_aircraft")


def _phrases_out(gap: str) -> str:
    """`gap` without the phrases of `aircraft_descriptions` ("من دون"), each word of which alone
    may be no description ("من")."""
    for phrase in grammar.words("aircraft_descriptions"):
        if " " in phrase:
            gap = gap.replace(phrase, " ")
    return gap


def _only_gloss(gap: str) -> bool:
    """Nothing but spaces, a short gloss in parentheses, or a few words of description ("طائرة
    [أمريكية بدون طيار] قتلت": whose, and of what kind) between two words."""
    gap = gap.strip()
    return not gap or (len(gap) <= GLOSS_CHARS and gap[0] == "(" and gap[-1] == ")") \
        or (len(gap.split()) <= DESCRIPTION_WORDS and all(bool(nationalities_in(w)) or grammar.has(w, "aircraft_descriptions")
                                                         for w in _phrases_out(gap).split()))


def _claimed_killing(doc: AnalysedDocument, start: int, end: int, pos: str, clause: tuple[int, int],
                     actors: Spans[ActorMention]) -> bool:
    """"تبنى حزب العمال الأربعاء قتل شرطيين", "أعلن التنظيم مسؤوليته عن مقتل ثلاثة جنود": a killing
    that a group claims, its dead named after the death word, is an incident (the claimer's). A
    cue after a word of response names what the killing answered ("قتل شرطيين ... ردا على الهجوم
    الانتحاري"), not the killing."""
    if pos != "before" or doc.index["cues"].starting_in(clause[0], _before_response(doc, end, clause[1])):
        return False
    claim = [m for m in doc.index["markers"].between(clause[0], start) if m.kind == "modality:claimed"]
    if not claim or start - claim[-1].end > CLAIM_REACH:
        return False
    return bool(actors.starting_in(end, end + TOLL_REACH))


def _before_response(doc: AnalysedDocument, start: int, end: int) -> int:
    """Where the words of a response ("ردا على", "انتقاما ل") begin between `start` and `end`, else `end`."""
    at = start
    for w in doc.text[start:end].split(" "):
        if w and grammar.has(w.strip(NAME_MARKS), "response_heads"):
            return at
        at += len(w) + 1
    return end


def _their_men(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"49 مسلحا من تنظيم داعش", "عناصر التنظيم", "17 داعشيا": the group's men, not the group acting."""
    before = [w for w in doc.text[max(0, a.word_start - 12):a.word_start].split() if w.strip(NAME_MARKS)]
    words = doc.text[a.word_start:a.end].split()
    if len(before) > 1 and before[-1] in grammar.words("group_heads"):
        before = before[:-1]  # "من تنظيم / داعش /": the head noun stands outside the marks
    if len(before) > 1 and before[-1] in grammar.words("member_nouns") and before[-2] in grammar.words("partitives"):
        return True  # "9 من عناصر قوات النظام": the men of a force named by its own head noun
    return (bool(before) and before[-1] in grammar.words("partitives")) \
        or bool(words and words[0] in grammar.words("member_nouns")) or doc.text[a.start:a.end].endswith(grammar.suffixes("nisba_endings"))
