"""Who acted (actor1) and on whom (actor2), for one event cue: the actors around the cue are
sorted into the positions the rules read (`marsad.extract.positions.Scene`), then ordered lists of
small named rules are tried in turn; the first that finds an actor gives it, with its reason for
`--explain`.

Before that, `marsad.extract.references.resolve_references` resolves referring words ("التنظيم",
"الميليشيا") to the actor named before them and drops the mentions that are no parties.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from marsad.acled import ARRESTS, Inter
from marsad.extract import grammar
from marsad.extract.acted_on import (
    FORCE_NOUN_CHARS,
    TARGET_AFTER,
    civilians_named,
    defender_before,
    force_noun_of_that,
    members_arrested,
    object_after,
    object_after_force_noun,
    object_after_subject,
    object_of_the_verb_after,
    passive_subject,
    struck_pronoun,
    suspects_arrested,
    suspects_of_an_incident,
    target_after,
    target_later,
    victims_before,
)
from marsad.extract.context import (
    WORD,
    claims_before,
    described_directly,
    prefix_len,
)
from marsad.extract.document import NAME_QUOTES, PHRASE_BREAKS, AnalysedDocument, Sentence, Spans
from marsad.extract.killers import killer
from marsad.extract.mention_scan import OPENING_MARKS
from marsad.extract.mentions import ActorMention, CueMention, accusative, force_heads, nationalities_of_word
from marsad.extract.positions import (
    Actor1Rule,
    Actor2Rule,
    Found,
    Roles,
    Scene,
    admitting,
    bomb_cue,
    in_a_relative_aside,
    no_party,
    possessor_of,
    scene,
    source_named_after,
    subject_after,
    ties_a_person,
)
from marsad.extract.sides import PAIR_RULES
from marsad.extract.targets import (
    TARGET_INTERS,
    armed_owner,
    can_act,
    is_target,
    members_taken,
    named_as_hurt,
)
from marsad.extract.tellers import tells_of_another
from marsad.text.morphology import morphology

NAMED_BEFORE_CHARS = 60  # the longest party's name that may end right before its ally
CAUSE_DEATH_GAP = 3  # "بعد [ ]مقتل": the cause word, then the death word right after it
AUXILIARY_CHARS = 10  # "وكانت [جبهة النصرة] خطفت": the auxiliary right before the subject
CONSTRUCT_CHARS = 16  # the noun right before a cue ("حملة قصف")
FORCE_NOUNS = 2  # "مروحيات طيران الجيش": the force nouns that may stand before the agent
AGENT_TIME_CHARS = 30  # "شنتها [فجر يوم الجمعة] الولايات المتحدة"
ARREST_CHARS = 24  # "ألقت القبض على": the longest arrest verb before its subject
SUPPORT_WORDS = 12  # "ساندت [مقاتلات التحالف تقدم قوات الجيش الوطني] بغارات": the clause up to the cue
JOINT_CHARS = 24  # "[القوات المشتركة من ]الجيش": the joint force's adjective and its من before its first party
JOINT_DESCRIPTION_WORDS = 2  # "الجيش [الوطني اليمني] والمقاومة": words that describe a party of a joint force
ACHIEVER_WORDS = 8  # "تمكن [المقاتلون الأكراد أمس] من طرد": from the verb of achievement to the cue
DOER_CHARS = 60  # "قيام [عناصر تابعة لجبهة النصرة] بخطف": from the verb of doing to the deed
ALLY_CHARS = 16  # "والفصيل [المتحالف] معه": the party to the word naming it an ally
VICTIM_LAM_WORDS, VICTIM_LAM_CHARS = 3, 24  # "خطف جبهة النصرة [في سوريا] لمقاتلين": complement to victim


# ---------------------------------------------------------------- actor1, in order


def named_in_cue(sc: Scene) -> Found:
    named = [a for a in sc.actors.starting_in(sc.cue.start - 20, sc.cue.end)
             if a.start < sc.cue.end < a.end and not a.actor.target_only]
    return (named[0], "the cue's own words name the agent ('ضربات التحالف', 'غارات أميركية', 'سقطت مقاتلة سورية')") if named else None


def possessor(sc: Scene) -> Found:
    a = possessor_of(sc.doc, sc.cue, sc.in_sent, sc.actors)
    return (a, "the actor a noun cue with a pronoun belongs to (سيطرتها)") if a else None


def source_after(sc: Scene) -> Found:
    a = source_named_after(sc.doc, sc.cue, sc.agents_after)
    return (a, "the actor after 'من' that the noun cue comes from") if a else None


def construct_state(sc: Scene) -> Found:
    first = sc.agents_after[0] if sc.agents_after else None
    if first is not None and (sc.doc.member_start(first.word_start) or _glued_start(sc.doc, first)) - _its_means_end(sc, first) <= 2 \
            and sc.cue.cue.pos == "noun" and (not _patient_noun(sc) or _victim_with_lam(sc, first)) \
            and not accusative(first, sc.doc.text) and not _agrees_with_cue(sc, first):  # "ثم طعن شرطيا": an object
        return first, "agent right after the noun cue (construct state)"  # "انتحاري يعتقد أنه من التنظيم": a member phrase
    return _agent_after_description(sc)


def _agrees_with_cue(sc: Scene, first: ActorMention) -> bool:
    """"مقذوفا عسكريا": a noun cue in the indefinite accusative (its last word ends in the alef of
    the ending) has no noun after it in construct; the word after it ending the same way is its
    adjective (a soldier's word, "عسكريا", describing a military projectile)."""
    cue_words = sc.doc.text[sc.cue.start:sc.cue.end].split()
    agent_words = sc.doc.text[first.start:first.end].split()
    return bool(cue_words and agent_words) and first.start >= sc.cue.end \
        and cue_words[-1].endswith("ا") and agent_words[0].endswith("ا")


def _its_means_end(sc: Scene, first: ActorMention) -> int:
    """Where the agent's construct may start: right after the cue, or after the weapon that fired,
    named right after a cue of fire with the ب of the instrument ("بنيران [قناص] حوثي", "بقذائف
    [مدفعية] الحوثيين": `instrument_cue_words`)."""
    means = [w for w in sc.doc.index["weapons"].starting_in(sc.cue.end, sc.cue.end + 2) if w.end <= first.word_start]
    words = sc.doc.text[sc.cue.start:sc.cue.end].split()
    return means[0].end if means and words and grammar.has(words[0], "instrument_cue_words") else sc.cue.end


def _glued_start(doc: AnalysedDocument, a: ActorMention) -> int:
    """Where the word of a name starts: before the marks around it and the proclitic glued to them
    ("تفجير انتحاري لـ«داعش»": the ل of the construct)."""
    i = a.word_start
    while i > 0 and doc.text[i - 1] in OPENING_MARKS:
        i -= 1
    glued = doc.text.rfind(" ", 0, i) + 1
    return glued if i < a.word_start and doc.text[glued:i] in morphology().proclitics(article=False) else a.word_start


def _victim_with_lam(sc: Scene, complement: ActorMention) -> bool:
    """"خطف جبهة النصرة لمقاتلين", "إعدام التنظيم لجنديين": after a patient noun and its construct
    complement, the victim joined with ل; the complement is the agent."""
    if any(0 < a.word_start - complement.end <= VICTIM_LAM_CHARS and a.prefix
           and sc.doc.text[a.word_start:a.start] in grammar.words("purpose_proclitics") for a in sc.in_clause):
        return True  # "لعناصر من الجيش الحر"
    words = sc.doc.text[complement.end:sc.clause[1]].split()[:VICTIM_LAM_WORDS + 1]
    for i, w in enumerate(words[:VICTIM_LAM_WORDS]):
        # "لمدنيين", "لمقاتليها" (the construct "مقاتلي" with its pronoun), "لسبعة أشخاص"
        bare = next((w[:-len(e)] for e in grammar.suffixes("pronoun_suffixes") if w.endswith(e)), w)
        if not w.startswith(grammar.suffixes("purpose_proclitics")):
            continue
        if grammar.has(w, "counted_people", prepositions=True) or grammar.has(bare, "counted_people", prepositions=True) \
                or (i + 1 < len(words) and grammar.has(words[i + 1], "counted_people")):
            return True
    return False


def _agent_after_description(sc: Scene) -> Found:
    """"غارات مكثفة للتحالف الدولي", "قصف عنيف لقوات النظام": a noun cue, the words that describe it
    (`cue_adjectives`), then its agent joined with ل."""
    first = next((a for a in sc.in_clause if a.start >= sc.cue.end), None)
    if first is None or sc.cue.cue.pos != "noun" or _patient_noun(sc) \
            or sc.doc.text[first.word_start:first.start] not in grammar.words("purpose_proclitics"):
        return None
    between, at = [], sc.cue.end  # the words between, the times left out ("قصف [بنهاية الأسبوع] للطيران التركي")
    times = sc.doc.times_in(sc.cue.end, first.word_start)
    for t in times:
        between += sc.doc.text[at:t.start].split()
        at = max(at, t.end)
    between += sc.doc.text[at:first.word_start].split()
    # a proclitic glued to the time ("[ب]نهاية الأسبوع") is no word between
    between = [w for w in between if w not in morphology().proclitics(article=False)]
    if between and len(between) <= 2 and all(grammar.has(w, "cue_adjectives") for w in between):
        return first, f"agent joined with ل after the words that describe the noun cue ('{' '.join(between)}')"
    if times and not between:
        return first, f"agent joined with ل after the time of the noun cue ('{times[0].text}')"
    return None


def _noun_in_construct(sc: Scene) -> bool:
    """"حملة قصف لمخيمات الحزب": a word that reads as a verb ("قصف") right after the noun of a
    campaign is a noun in construct, with no subject after it."""
    before = sc.doc.text[max(sc.sent.start, sc.cue.start - CONSTRUCT_CHARS):sc.cue.start].split()
    if before and not sc.doc.text[sc.cue.start - 1].isspace():
        before = before[:-1]  # the proclitics of the cue's own word ("وقصف")
    return (bool(before) and grammar.has(before[-1], "campaign_nouns")) or _claimed_deed(sc) or _deed_gone_on_with(sc)


def _deed_gone_on_with(sc: Scene) -> bool:
    """"وواصل الجيش اللبناني اليوم قصف تحركات المسلحين": after a verb of going on (`went_on_verbs`)
    and its subject, a word that reads as a verb ("قصف") is the noun of the deed gone on with."""
    for w in reversed(list(WORD.finditer(sc.doc.text, sc.clause[0], sc.cue.start))):
        if grammar.has(w.group(), "went_on_verbs"):
            return any(a.start >= w.end() and a.end <= sc.cue.start for a in sc.in_clause)
    return False


def _claimed_deed(sc: Scene) -> bool:
    """"تبنت جبهة النصرة أمس خطف العناصر": after a word of claiming and its claimer, a word that
    reads as a verb ("خطف") is the noun of the deed claimed, with its victim after it."""
    claims = claims_before(sc.doc, sc.clause[0], sc.cue.start)
    return bool(claims) and any(a.start >= claims[-1].end and a.end <= sc.cue.start for a in sc.in_clause)


def _patient_noun(sc: Scene) -> bool:
    """"إعدام جنديين", "اغتيال الضابط", "خطف صحفيين": the noun of an act done to someone takes
    its victim, not its agent, in construct ("غارات التحالف" takes its agent)."""
    return any(grammar.has(w, "patient_nouns") for w in sc.doc.text[sc.cue.start:sc.cue.end].split()[:1])


def after_agent_word(sc: Scene) -> Found:
    first = sc.agents_after[0] if sc.agents_after else None
    if first is None:
        return None
    start = first.word_start
    for _ in range(FORCE_NOUNS):  # "شنتها مروحيات [طيران] الجيش": the means of the agent before it
        window = sc.doc.text[max(sc.sent.start, start - FORCE_NOUN_CHARS):start]
        if not window.endswith(force_heads()):
            break
        start -= len(next(h for h in force_heads() if window.endswith(h)))
    counted = [n for n in sc.doc.index["numbers"].starting_in(start - 30, start) if 0 <= start - n.end <= 2]
    if counted:  # "نفذتها أربع مقاتلات تركية": a count between the agent word and the agent
        start = counted[-1].start
    timed = [t for t in sc.doc.times_in(start - AGENT_TIME_CHARS, start) if 0 <= start - t.end <= 2]
    if timed:  # "التي نفذتها مساء الأحد بريطانيا": a day between the agent word and the agent
        start = timed[-1].start
    if sc.doc.role_before(start) == "agent":
        return first, "agent after an agent word (شنتها، من قبل)"
    if sc.doc.role_before(start) == "owner" and armed_owner(sc.doc, first):  # "نفذها الطيران التابع للنظام"
        return first, "the owner of the weapon that struck"
    return None


def _subject_right_before(sc: Scene) -> tuple[ActorMention, str] | None:
    """The actor that ends right before the cue, and the word right before that actor."""
    if not sc.agents_before:
        return None
    a = sc.agents_before[-1]
    # (quotation marks around the party's name stand outside the gap: "و«داعش» يستهدف")
    gap = [w for w in sc.doc.text[a.end:sc.cue.start - prefix_len(sc.doc, sc.cue)].split() if w.strip(NAME_QUOTES)]
    if gap and grammar.has(gap[-1], "verb_particles"):  # "وكانت جبهة النصرة [قد] خطفت"
        gap = gap[:-1]
    if not all(grammar.has(w, "party_epithets") for w in gap):  # "عناصر داعش [الإرهابي] هاجمت"
        return None
    start = a.word_start
    for _ in range(FORCE_NOUNS):  # "إن [دبابات] المقاومة الشعبية قصفت": the party's means before it
        window = sc.doc.text[max(sc.clause[0], start - FORCE_NOUN_CHARS):start]
        if not window.endswith(force_heads()):
            break
        start -= len(next(h for h in force_heads() if window.endswith(h)))
    start = sc.doc.member_start(start) or start  # "إن [مجموعة مسلحة من] حزب العمال استهدفت": the men of the party
    before = sc.doc.text[max(sc.clause[0], start - AUXILIARY_CHARS):start].split()[-1:]
    opening = sc.doc.text[sc.clause[0]:start].strip(NAME_QUOTES + " ")
    if before and opening in grammar.words("clitic_conjunctions"):
        before, opening = [], ""  # "و«داعش» يستهدف": the conjunction, its party in quotation marks
    if not before and not opening:
        return a, ""  # "التنظيم يختطف مقاتلين": the party opens its clause, the verb after it
    return (a, before[0]) if before else None


def subject_after_auxiliary(sc: Scene) -> Found:
    """"وكانت جبهة النصرة خطفت ثمانية عناصر": after كان the subject stands before the verb."""
    found = _subject_right_before(sc) if sc.cue.cue.pos == "verb" else None
    if found and grammar.has(found[1], "pluperfect_auxiliaries"):
        return found[0], "subject between كان and its verb"
    return None


def _subject_of_that(sc: Scene) -> bool:
    """"قالت مصادر إن جبهة النصرة هاجمت مقاتلين من الجيش الحر": after "أن"/"إن" the subject stands
    right before its verb; the party after the verb is its object."""
    found = _subject_right_before(sc)
    return found is not None and (found[1] in grammar.words("complementizers") or (found[1] == "" and sc.sent.in_title))


def subject_after_verb(sc: Scene) -> Found:
    first = sc.agents_after[0] if sc.agents_after else None
    if first is not None and sc.cue.cue.pos == "verb" and not _noun_in_construct(sc) \
            and subject_after(sc.doc, sc.cue, first) and not _noun_cue_right_before(sc) and not _subject_of_that(sc) \
            and not force_noun_of_that(sc) and not _pronoun_right_before(sc, first) and not accusative(first, sc.doc.text) \
            and not grammar.has(sc.doc.text[first.start:first.end], "others_objects") and not _person_subject(sc, first):
        return first, "subject after the verb cue"
    return None


def object_of_a_person(sc: Scene, actor1: ActorMention | None) -> Found:
    """"هاجم رجل شرطيين بسكين": the party right after the person who did it is the object."""
    first = sc.agents_after[0] if sc.agents_after else None
    if actor1 is not None or first is None or not (sc.cue.cue.pos == "verb" or _opens_its_clause(sc)) \
            or not _person_subject(sc, first):
        return None
    return first, "object of the verb whose subject is a person no party names"


def _opens_its_clause(sc: Scene) -> bool:
    """"طعن فلسطيني جنديا": a word read as a noun that opens its clause (past "و") is the verb."""
    return not sc.doc.text[sc.clause[0]:sc.cue.start].strip(" ،و\n")


def _person_subject(sc: Scene, first: ActorMention) -> bool:
    """"هاجم رجل شرطيين بسكين", "إن رجلا هاجم شرطيين": a person no party names (`origin_persons`)
    right after the verb, or right before it, is its subject; the party after it is the object; so
    is a man named by his nationality alone right after the verb ("طعن فلسطيني جنديا")."""
    between = sc.doc.text[sc.cue.end:first.word_start].split()
    if between and grammar.has(between[0], "during_pronouns"):
        between = between[1:]  # "رشق خلالها شبان الجنود بالحجارة": when it was done, then who did it
    if between and sc.doc.index["numbers"].starting_in(first.word_start - len(between[-1]) - 1, first.word_start):
        between = between[:-1]  # "طعن فلسطيني ثلاثة جنود": the count of those he struck
    if len(between) == 2 and between[1][:1] in grammar.words("clitic_prepositions") and between[1][1:2].isalpha():
        between = between[:1]  # "دهس فلسطيني بسيارته جنديين": the means he did it with after him
    before = sc.doc.text[sc.clause[0]:sc.cue.start - prefix_len(sc.doc, sc.cue)].split()[-1:]
    return (len(between) == 1 and (grammar.has(between[0], "origin_persons") or _a_man_of(between[0]))) \
        or (bool(before) and grammar.has(before[0], "origin_persons"))


def _a_man_of(word: str) -> bool:
    """A nationality's adjective as a noun, without the article ("فلسطيني", "سوريان"): a man of that land."""
    return not word.startswith(morphology().article) and bool(nationalities_of_word(word))


def _pronoun_right_before(sc: Scene, first: ActorMention) -> bool:
    """"أكد التنظيم أنه خطف عشرة مقاتلين من الفصيل": the pronoun of "أنه" right before the verb is
    its subject; a party told further on than right after the verb is its object ("أفاد بأنه
    قصفت قوات الجيش القرية": a party right after the verb is its subject, the pronoun a dummy)."""
    if not sc.doc.text[sc.cue.end:first.word_start].strip():
        return False
    words = sc.doc.text[sc.clause[0]:sc.cue.start - prefix_len(sc.doc, sc.cue)].split()[-2:]
    if words and grammar.has(words[-1], "verb_particles"):  # "إنه قد خطف"
        words = words[:-1]
    return bool(words) and words[-1] in grammar.words("pronoun_subjects")



def _noun_cue_right_before(sc: Scene) -> bool:
    """"ضربات جوية تستهدف داعش", "غارات للتحالف تستهدف داعش": the strikes (and their owner, two
    words at most) are the verb's subject; the party after it is its object."""
    def right_before(c: CueMention) -> bool:
        between = sc.doc.text[c.end:sc.cue.start].split()
        return c.cue.pos == "noun" and c.end < sc.cue.start and (
            (len(between) <= 2 and all(w.isalpha() for w in between)) or described_directly(sc.doc, c, sc.cue))
    # (within the sentence: a headline's last words stand before its body's first verb)
    return any(right_before(c) for c in sc.doc.index["cues"].starting_in(max(sc.sent.start, sc.cue.start - 40), sc.cue.start))


def _went_off(sc: Scene) -> bool:
    """"ذكر مصدر بوزارة الداخلية أنه انفجرت عبوة ناسفة": the device is the subject of its verb."""
    words = sc.doc.text[max(sc.sent.start, sc.cue.start - 16):sc.cue.end].split()
    return any(grammar.has(w, "went_off") for w in words[-3:]) and bomb_cue(sc.cue)


def doer_of_the_deed(sc: Scene) -> Found:
    """"قيام مسلحين تابعين لتنظيم داعش باختطاف الطبيب": the party right after a verb of doing
    (`doing_verbs`) carried out the incident noun joined with ب that follows it."""
    prefix = sc.doc.text[sc.cue.start - prefix_len(sc.doc, sc.cue):sc.cue.start]
    if not prefix.endswith(tuple(grammar.words("instrument_proclitics"))):
        return None  # "بخطف": a noun however the cue reads
    doing = [m for m in WORD.finditer(sc.doc.text, max(sc.clause[0], sc.cue.start - DOER_CHARS), sc.cue.start)
             if grammar.has(m.group().strip(NAME_QUOTES), "doing_verbs", prepositions=True)]
    if not doing:
        return None
    doers = [a for a in sc.in_sent if doing[-1].end() <= a.word_start and a.end <= sc.cue.start
             and a.actor.inter not in TARGET_INTERS]
    return (doers[0], "who carried it out (a verb of doing, then the party, then the deed with ب)") if doers else None


def achiever(sc: Scene) -> Found:
    """"تمكنت القوات العراقية من طرد مسلحي التنظيم": the subject of a verb of achievement
    (`achievement_verbs`) before the cue in its clause did what the cue tells."""
    if not grammar.any_of(sc.doc.text[sc.clause[0]:sc.cue.start].split(), "achievement_verbs"):
        return None  # (the words WORD finds are those of str.split: one test in C for the clause)
    words = list(WORD.finditer(sc.doc.text, sc.clause[0], sc.cue.start))
    verbs = [i for i, m in enumerate(words) if grammar.has(m.group(), "achievement_verbs")]
    if not verbs or len(words) - verbs[-1] > ACHIEVER_WORDS:
        return None
    subjects = [a for a in sc.agents_before if a.word_start >= words[verbs[-1]].end()]
    return (subjects[0], "the subject of a verb of achievement ('تمكن ... من')") if subjects else None


def supporter(sc: Scene) -> Found:
    """"ساندت مقاتلات التحالف تقدم قوات الجيش بغارات", "إن مقاتلات التحالف ساندت ...": the
    subject of a verb of support (`support_verbs`) made the strikes its noun cue after ب tells; the
    party whose advance it backed stands between."""
    if sc.cue.cue.pos != "noun" or not sc.doc.text[sc.cue.start - prefix_len(sc.doc, sc.cue):sc.cue.start].startswith("ب"):
        return None
    words = list(WORD.finditer(sc.doc.text, sc.clause[0], sc.cue.start))
    verbs = [m for m in words if grammar.has(m.group(), "support_verbs")]
    if not verbs or len(words) > SUPPORT_WORDS:
        return None
    verb = verbs[-1]
    after = [a for a in sc.agents_before if a.word_start >= verb.end()]
    before = [a for a in sc.agents_before if a.end <= verb.start()]
    if after and not sc.doc.text[verb.end():after[0].word_start].strip():
        return after[0], "the subject of a verb of support ('ساندت ... بغارات')"
    if before and not sc.doc.text[before[-1].end:verb.start()].strip():
        return before[-1], "the subject of a verb of support ('ساندت ... بغارات')"
    return None


def killer_in_clause(sc: Scene) -> Found:
    """"وفي هجومين منفصلين قتل مسلحون جنديين": the subject of the killing verb of the cue's clause
    (no other incident told between them: "قتلوا جنديين في تفجير ... بالتزامن مع ضربات" is the bomb's)."""
    a = next((a for a in sc.in_clause if killer(sc.doc, a)
              and not (a.end < sc.cue.start and sc.doc.index["cues"].starting_in(a.end, sc.cue.start))), None)
    return (a, "who killed (the subject of the killing verb)") if a is not None else None


def nearest_before_in_clause(sc: Scene) -> Found:
    if not sc.agents_before or _went_off(sc):
        return None
    a = sc.agents_before[-1]
    for b in reversed(sc.agents_before[:-1]):  # "من قبل الجيش أو الميليشيات": the first alternative
        gap = sc.doc.text[b.end:a.word_start].split()  # "أو", "أو مليشيات"
        if not (gap and gap[0] in grammar.words("alternatives") and len(gap) <= 2) and not _ally_after(sc.doc, b, a):
            break
        a = b
    a = _leader_of_the_joint_force(sc, a)
    if (verb := _object_of_the_verb_before(sc, a)) is not None:
        # "رشقوا الشرطة بالحجارة وأحرقوا إطارات": the second verb's subject is the first's
        subjects = [b for b in sc.agents_before if b.end <= verb.start]
        if not subjects:
            return None
        a = subjects[-1]
    if admitting(sc.doc, a, sc.sent) or _arrester(sc, a) or tells_of_another(sc, a) or members_taken(sc.doc, sc.cue) \
            or _suffered_the_cause(sc, a) or _ally_of_the_unnamed(sc.doc, a):
        return None
    return a, "nearest actor before the cue in its clause"


def _ally_of_the_unnamed(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"إن قواته والفصائل المتحالفة معها سيطرت": a party joined by "و" and described as the ally of
    the words before it (`ally_adjectives`), named by no party ("قواته"), fights beside them: it is
    not who the verb's subject first names."""
    if not doc.text[a.word_start:a.start].startswith(tuple(grammar.words("clitic_conjunctions"))):
        return False
    after = doc.text[a.end:a.end + ALLY_CHARS].split()[:1]
    return bool(after) and grammar.has(after[0], "ally_adjectives") and not any(
        b.end <= a.word_start and not doc.text[b.end:a.word_start].strip()
        for b in doc.index["actors"].starting_in(max(0, a.word_start - NAMED_BEFORE_CHARS), a.word_start))


def _suffered_the_cause(sc: Scene, a: ActorMention) -> bool:
    """"ردت المدفعية الأردنية بقصف مواقع للتنظيم بعد مقتل جندي أردني برصاص قناص": a cause phrase ("بعد",
    "إثر": a cause role word) between the party and the cue, a death word right after it, that names a
    man of the party's own side, named as hurt before the cue, tells what befell that side: the party
    did not do it."""
    for _, end, role in sc.doc.roles_between(a.end, sc.cue.start):
        deaths = sc.doc.index["deaths"].starting_in(end, end + CAUSE_DEATH_GAP)  # "بعد [مقتل] جندي تركي"
        if role == "cause" and deaths and any(
                (b.actor.name == a.actor.name or (b.actor.country is not None and b.actor.country == a.actor.country
                                                  and b.actor.inter == a.actor.inter))
                and named_as_hurt(sc.doc, b) for b in sc.actors.starting_in(deaths[0][1], sc.cue.start)):
            return True
    return False


def _object_of_the_verb_before(sc: Scene, a: ActorMention) -> CueMention | None:
    """"إن المتظاهرين رشقوا الشرطة بالحجارة وأحرقوا إطارات السيارات": a party inside the words of an
    earlier cue of the clause, or right after an earlier verb cue, is that cue's object; a verb cue
    joined to it by "و" shares its subject."""
    if sc.cue.cue.pos != "verb" or sc.doc.text[sc.cue.start - prefix_len(sc.doc, sc.cue):sc.cue.start] \
            not in grammar.words("clitic_conjunctions"):
        return None
    return next((c for c in sc.doc.index["cues"].starting_in(sc.clause[0], a.word_start) if c.end <= sc.cue.start
                 and (a.end <= c.end or (c.cue.pos == "verb" and not sc.doc.text[c.end:a.word_start].strip()))), None)


def _leader_of_the_joint_force(sc: Scene, a: ActorMention) -> ActorMention:
    """"تمكنت القوات المشتركة من الجيش الوطني والمقاومة الشعبية من استعادة": a party in the list
    after a joint force's من is one of the parties it is made of; the first of them leads it."""
    for first in sc.agents_before:
        if first.start > a.start:
            break
        before = sc.doc.text[max(sc.clause[0], first.word_start - JOINT_CHARS):first.word_start].split()
        if len(before) >= 2 and grammar.has(before[-1], "partitives") and grammar.has(before[-2], "joint_adjectives") \
                and all(_joined(sc.doc, x, y) for x, y in pairwise([m for m in sc.agents_before if first.start <= m.start <= a.start])):
            return first
    return a


def _joined(doc: AnalysedDocument, x: ActorMention, y: ActorMention) -> bool:
    """`y` follows `x` in a list: nothing between them but its conjunction and the words that
    describe `x` ("الجيش الوطني والمقاومة")."""
    between = doc.text[x.end:y.word_start]
    return len(between.split()) <= JOINT_DESCRIPTION_WORDS and not any(ch in between for ch in PHRASE_BREAKS) \
        and doc.text[y.word_start:y.start].startswith(tuple(grammar.words("clitic_conjunctions")))


def _ally_after(doc: AnalysedDocument, first: ActorMention, ally: ActorMention) -> bool:
    """"الجيش السوري والفصيل المتحالف معه استعادا": the party joined right after another with و and
    described as its ally (`ally_adjectives`) fights beside it; the first is the first actor."""
    if doc.text[first.end:ally.word_start].strip() \
            or not doc.text[ally.word_start:ally.start].startswith(tuple(grammar.words("clitic_conjunctions"))):
        return False
    after = doc.text[ally.end:ally.end + ALLY_CHARS].split()[:1]
    return bool(after) and grammar.has(after[0], "ally_adjectives")


def _arrester(sc: Scene, a: ActorMention) -> bool:
    """"الشرطة تحتجز مشتبها به في حادث دهس", "اعتقلت الشرطة ثلاثة مشتبه بهم في التفجير": who
    arrests a suspect did not do what he is suspected of. A group that is no state's seizes people
    it holds no suspicion against ("خطف التنظيم خمسين مدنيا خلال مداهمة لبلدة استولوا عليها"):
    it may have done what the sentence tells next."""
    if sc.cue.cue.sub == ARRESTS or a.actor.inter != Inter.STATE:
        return False
    return any(c.cue.sub == ARRESTS and ((c.start >= a.end and c.end <= sc.cue.start) or 0 <= a.word_start - c.end <= 2)
               for c in sc.doc.index["cues"].starting_in(a.word_start - ARREST_CHARS, sc.cue.start))


IN_SENTENCE = "nearest actor before the cue in its sentence"  # the last actor1 rule: a party of another clause


def nearest_before_in_sentence(sc: Scene) -> Found:
    if _went_off(sc):
        return None
    before = [a for a in sc.in_sent if a.end <= sc.cue.start and not is_target(sc.doc, a) and can_act(sc.doc, a)
              and not no_party(sc.doc, a, sc.cue, sc.sent) and not admitting(sc.doc, a, sc.sent) and not _arrester(sc, a)
              and not tells_of_another(sc, a) and not members_taken(sc.doc, sc.cue) and not _suffered_the_cause(sc, a)
              and not _ally_of_the_unnamed(sc.doc, a) and not ties_a_person(sc.doc, a, sc.cue.start)]
    before = [a for a in before if not in_a_relative_aside(sc.doc, a, sc.cue.start)] or before
    if len(before) > 1 and _ally_after(sc.doc, before[-2], before[-1]):
        return before[-2], IN_SENTENCE  # "إن قوات سوريا الديمقراطية والفصائل الحليفة لها، داهمت": the first, not its ally
    return (before[-1], IN_SENTENCE) if before else None


ACTOR1_RULES: tuple[Actor1Rule, ...] = (
    named_in_cue, possessor, source_after, construct_state, after_agent_word, doer_of_the_deed, achiever, supporter,
    subject_after_auxiliary, subject_after_verb,
    killer_in_clause, nearest_before_in_clause, nearest_before_in_sentence,
)
# the first five look at the clause and the sentence; the last two fill what they left empty
ACTOR2_RULES: tuple[Actor2Rule, ...] = (passive_subject, members_arrested, suspects_of_an_incident, target_after, object_after, object_after_subject,
                                         object_of_a_person, object_after_force_noun, object_of_the_verb_after, target_later, struck_pronoun,
                                         victims_before)
ACTOR2_FALLBACKS: tuple[Actor2Rule, ...] = (defender_before, suspects_arrested, civilians_named)


def find_roles(doc: AnalysedDocument, cue: CueMention, actors: Spans[ActorMention], sent: Sentence,
               clause: tuple[int, int], passive: bool = False) -> Roles:
    """actor1 and actor2 of one cue: the pair rules, else the first actor1 rule that finds one,
    then the first actor2 rule."""
    sc = scene(doc, cue, actors, sent, clause, passive)
    for pair_rule in PAIR_RULES:
        pair = pair_rule(sc)
        if pair is not None:
            if pair.actor1 is not None and pair.actor1.actor.inter in TARGET_INTERS:  # civilians never act first
                return Roles(None, pair.actor2 or pair.actor1, "", pair.why2 if pair.actor2 else pair.why1)
            return pair
    # ACLED: civilians are acted on, they are never the first actor; the next rule may find who acted
    actor1, why1 = _first(f for f in (rule(sc) for rule in ACTOR1_RULES) if f is None or f[0].actor.inter not in TARGET_INTERS)
    if passive and actor1 is not None and actor1.end <= cue.start:
        actor1, why1 = None, ""  # "تعرض الجيش لهجوم", "شرطيين مقتولين": who stands before suffered it
    actor2, why2 = _first(rule(sc, actor1) for rule in ACTOR2_RULES)
    if actor2 is None:
        actor2, why2 = _first(rule(sc, actor1) for rule in ACTOR2_FALLBACKS)
    if actor1 and actor2 and actor1.actor.id == actor2.actor.id:
        if why1 == IN_SENTENCE and why2 == TARGET_AFTER and actor2.actor.inter == Inter.STATE:
            # "أثناء قيام رجال الأمن بمتابعة مطلوب، بادر المطلوب بإطلاق النار على رجال الأمن": a state's
            # force struck after the cue, named in another clause before it, did not act on itself (a
            # group may purge its own men)
            actor1, why1 = None, ""
        else:
            actor2, why2 = None, ""
    return Roles(actor1, actor2, why1, why2)


def _first(found: Iterable[Found]) -> tuple[ActorMention | None, str]:
    for f in found:
        if f is not None:
            return f
    return None, ""
