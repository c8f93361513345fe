"""Who acted (actor1) and on whom (actor2), for one event cue: the actors around the cue are
sorted into the positions the rules read (`marsad.extract.positions.Scene`), then ordered lists of
small named rules are tried in turn; the first that finds an actor gives it, with its reason for
`--explain`.

Before that, `marsad.extract.references.resolve_references` resolves referring words ("التنظيم",
"الميليشيا") to the actor named before them and drops the mentions that are no parties.
"""

from __future__ import annotations

from collections.abc import Iterable

from marsad.acled import ARRESTS, Inter
from marsad.extract import grammar
from marsad.extract.context import (
    WORD,
    claims_before,
    described_directly,
    incidents_after_suspects,
    prefix_len,
    weapons_in,
)
from marsad.extract.document import NAME_QUOTES, AnalysedDocument, Sentence, Spans
from marsad.extract.killers import killer
from marsad.extract.mention_scan import OPENING_MARKS
from marsad.extract.mentions import ActorMention, CueMention, accusative, force_heads
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
)
from marsad.extract.sides import PAIR_RULES, a_teller
from marsad.extract.targets import TARGET_INTERS, armed_owner, can_act, is_target, members_taken
from marsad.extract.tellers import in_the_telling, tells_of_another
from marsad.text.morphology import morphology

AUXILIARY_CHARS = 10  # "وكانت [جبهة النصرة] خطفت": the auxiliary right before the subject
CONSTRUCT_CHARS = 16  # the noun right before a cue ("حملة قصف")
DISPLACED_WORDS = 5  # "نزح [أكثر من 70 ألف] مدني": the words between the verb and the people
DISPLACED_CHARS = 40
FORCE_NOUNS = 2  # "مروحيات طيران الجيش": the force nouns that may stand before the agent
AGENT_TIME_CHARS = 30  # "شنتها [فجر يوم الجمعة] الولايات المتحدة"
ARREST_CHARS = 24  # "ألقت القبض على": the longest arrest verb before its subject
ACHIEVER_WORDS = 8  # "تمكن [المقاتلون الأكراد أمس] من طرد": from the verb of achievement to the cue
DOER_CHARS = 60  # "قيام [عناصر تابعة لجبهة النصرة] بخطف": from the verb of doing to the deed
VERB_AFTER_NOUN_CHARS = 2  # "هجوم [ ]استهدف": a verb cue right after the noun cue, as `events._verb_after_noun` joins them
FORCE_NOUN_WORDS = 2  # "أن [قوات برية] استهدفت": the words of a force noun between "أن" and its verb
FORCE_NOUN_CHARS = 24
ALLY_CHARS = 16  # "والفصيل [المتحالف] معه": the party to the word naming it an ally
NEARBY_WORDS = 2  # "قرب [أحد أبواب] المسجد": the words between the word of nearness and the site
NEARBY_CHARS = 30
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
    if first is not None and (sc.doc.member_start(first.word_start) or _glued_start(sc.doc, first)) - sc.cue.end <= 2 \
            and sc.cue.cue.pos == "noun" and (not _patient_noun(sc) or _victim_with_lam(sc, first)) \
            and not accusative(first, sc.doc.text):  # "ثم طعن شرطيا": the cue is a verb and this its object
        return first, "agent right after the noun cue (construct state)"  # "انتحاري يعتقد أنه من التنظيم": a member phrase
    return _agent_after_description(sc)


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
    return (bool(before) and grammar.has(before[-1], "campaign_nouns")) or _claimed_deed(sc)


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
    gap = sc.doc.text[a.end:sc.cue.start - prefix_len(sc.doc, sc.cue)].split()
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
    if not before and not sc.doc.text[sc.clause[0]:start].strip(NAME_QUOTES + " "):
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
            and not _force_noun_of_that(sc) and not _pronoun_right_before(sc, first) and not accusative(first, sc.doc.text):
        return first, "subject after the verb cue"
    return None


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


def _force_noun_of_that(sc: Scene) -> bool:
    """"وأضاف أن قوات برية استهدفت مسلحي الحزب": after "أن" a force noun with no party named
    (`forces` of actors.yaml) right before the verb is its subject; the party after it is its object."""
    words = sc.doc.text[sc.clause[0]:sc.cue.start - prefix_len(sc.doc, sc.cue)].split()[-FORCE_NOUN_WORDS - 1:]
    that = [i for i, w in enumerate(words) if w in grammar.words("complementizers")]
    if not that or len(words) - that[-1] - 1 not in range(1, FORCE_NOUN_WORDS + 1):
        return False
    if any(c.end <= sc.cue.start for c in sc.doc.index["cues"].starting_in(sc.cue.start - FORCE_NOUN_CHARS, sc.cue.start)):
        return False  # "إن القصف استهدف قرية": an incident noun, whose verb goes on with it
    return (" ".join(words[that[-1] + 1:]) + " ").startswith(force_heads())


def _noun_cue_right_before(sc: Scene) -> bool:
    """"ضربات جوية تستهدف داعش", "غارات للتحالف تستهدف داعش": the strikes (and their owner, two
    words at most) are the verb's subject; the party after it is its object."""
    def right_before(c: CueMention) -> bool:
        between = sc.doc.text[c.end:sc.cue.start].split()
        return c.cue.pos == "noun" and c.end < sc.cue.start and (
            (len(between) <= 2 and all(w.isalpha() for w in between)) or described_directly(sc.doc, c, sc.cue))
    return any(right_before(c) for c in sc.doc.index["cues"].starting_in(sc.cue.start - 40, sc.cue.start))


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
    if (verb := _object_of_the_verb_before(sc, a)) is not None:
        # "رشقوا الشرطة بالحجارة وأحرقوا إطارات": the second verb's subject is the first's
        subjects = [b for b in sc.agents_before if b.end <= verb.start]
        if not subjects:
            return None
        a = subjects[-1]
    if admitting(sc.doc, a, sc.sent) or _arrester(sc, a) or tells_of_another(sc, a) or members_taken(sc.doc, sc.cue):
        return None
    return a, "nearest actor before the cue in its clause"


def _object_of_the_verb_before(sc: Scene, a: ActorMention) -> CueMention | None:
    """"إن المتظاهرين رشقوا الشرطة بالحجارة وأحرقوا إطارات السيارات": a party inside the words of an
    earlier cue of the clause, or right after an earlier verb cue, is that cue's object; a verb cue
    joined to it by "و" shares its subject."""
    if sc.cue.cue.pos != "verb" or sc.doc.text[sc.cue.start - prefix_len(sc.doc, sc.cue):sc.cue.start] \
            not in grammar.words("clitic_conjunctions"):
        return None
    return next((c for c in sc.doc.index["cues"].starting_in(sc.clause[0], a.word_start) if c.end <= sc.cue.start
                 and (a.end <= c.end or (c.cue.pos == "verb" and not sc.doc.text[c.end:a.word_start].strip()))), None)


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


def nearest_before_in_sentence(sc: Scene) -> Found:
    if _went_off(sc):
        return None
    before = [a for a in sc.in_sent if a.end <= sc.cue.start and not is_target(sc.doc, a) and can_act(sc.doc, a)
              and not no_party(sc.doc, a, sc.cue, sc.sent) and not admitting(sc.doc, a, sc.sent) and not _arrester(sc, a)
              and not tells_of_another(sc, a) and not members_taken(sc.doc, sc.cue)]
    before = [a for a in before if not in_a_relative_aside(sc.doc, a, sc.cue.start)] or before
    return (before[-1], "nearest actor before the cue in its sentence") if before else None


# ---------------------------------------------------------------- actor2, in order


def passive_subject(sc: Scene, actor1: ActorMention | None) -> Found:
    if not sc.passive:
        return None
    before = [a for a in sc.in_clause if a.end <= sc.cue.start]
    if before and before[-1].actor.inter in TARGET_INTERS:  # "جثث خمسة أشخاص مقتولين": the people, not who found them
        return before[-1], "subject of a passive cue"
    return (sc.agents_before[-1], "subject of a passive cue") if sc.agents_before else None


STATE_INTERS = (Inter.STATE, Inter.EXTERNAL)  # a state's forces, at home or abroad ("جنديان تركيان" in Syria)


def target_after(sc: Scene, actor1: ActorMention | None) -> Found:
    t = next((t for t in sc.targets_after if t is not actor1  # "غارات مكثفة للتحالف على مواقع التنظيم"
              and not _site_nearby(sc, t)), None)
    if t is not None and t.actor.target_only and t.actor.inter == Inter.STATE:
        # "قتل شرطيان في هجوم على نقطة تفتيش": a post of no named force; the state's men named as its
        # victims before the cue say whose it was
        victims = victims_before(sc, actor1)
        forces = {a.actor.id for a in sc.in_sent if a.end <= sc.cue.start and a.actor.inter in STATE_INTERS}
        if victims is not None and victims[0].actor.inter in STATE_INTERS and len(forces) == 1:
            return victims[0], "the state's men named as the victims of the attack on a post"
    return (t, "target after the cue (على، ضد، مواقع)") if t is not None else None


def _site_nearby(sc: Scene, t: ActorMention) -> bool:
    """"قتل شرطيان في هجوم قرب أحد أبواب المسجد": a site after a word of nearness (`nearby_words`,
    two words between at most) places the incident; the victims named before the cue were hit."""
    if t.actor.inter != Inter.CIVILIANS:
        return False
    words = sc.doc.text[max(sc.cue.end, t.word_start - NEARBY_CHARS):t.word_start].split()[-NEARBY_WORDS - 1:]
    return grammar.any_of(words, "nearby_words") and victims_before(sc, None) is not None


def object_after(sc: Scene, actor1: ActorMention | None) -> Found:
    if actor1 is None or actor1.end > sc.cue.start:
        return None
    objects = _objects(sc.doc, sc.in_clause, sc.cue, actor1)
    return (objects[0], "object after the cue (the agent stands before it)") if objects else None


def object_after_subject(sc: Scene, actor1: ActorMention | None) -> Found:
    """"هاجم مسلحون الشرطة", "استهدف التحالف أمس داعش": verb, subject, object."""
    if actor1 is None or sc.cue.cue.pos != "verb" or actor1.start < sc.cue.end:
        return None
    objects = [a for a in _objects(sc.doc, sc.in_clause, sc.cue, actor1) if a.start >= actor1.end]
    if not objects:
        return None
    a = objects[0]
    if sc.doc.text[a.word_start:a.start].startswith("و"):
        return None  # "قصف الجيش السوري والطيران الروسي": a second subject, not the object
    gap = (actor1.end, a.word_start)  # nothing between, or a day ("أمس"): "جبهة النصرة، فرع القاعدة" describes
    day = next((t for t in sc.doc.times_in(gap[0], gap[1]) if t.start <= gap[0] + 1 and t.end < gap[1] - 1), None)
    if day is not None and (_members_between(sc.doc, day.end, gap[1]) or _means_between(sc.doc, day.end, gap[1])):
        return a, "object after the subject of the verb cue, a day and the object's men or the means between"
    if sc.doc.text[gap[0]:gap[1]].strip() and not _means_between(sc.doc, *gap) and not _members_between(sc.doc, *gap) \
            and not any(t.start <= gap[0] + 1 and t.end >= gap[1] - 1 for t in sc.doc.times_in(gap[0], gap[1])):
        return None
    return a, "object after the subject of the verb cue"


def _members_between(doc: AnalysedDocument, start: int, end: int) -> bool:
    """"خطفت جبهة النصرة [ثمانية عناصر من] الفرقة 30": the party's men, counted or not, between
    the subject and the party: a member noun, a number before it, "من" after it; or the count alone
    ("قتلت القوات [20 من] عناصر داعش", "قتلت قوات الأمن [عشرة] مسلحين")."""
    words = doc.text[start:end].split()
    numbers = doc.index["numbers"].starting_in(start, end)
    if numbers:  # the count alone, "من" after it or not
        after = doc.text[numbers[-1].end:end].split()
        if not doc.text[start:numbers[0].start].strip() and len(after) <= 1 \
                and all(w in grammar.words("partitives") for w in after):
            return True
    if len(words) < 2 or words[-1] not in grammar.words("partitives") or not grammar.has(words[-2], "member_nouns"):
        return False
    return len(words) == 2 or (len(words) == 3 and bool(numbers))


def _means_between(doc: AnalysedDocument, start: int, end: int) -> bool:
    """"استهدف انتحاري [بسيارة مفخخة] مركز شرطة": the means, a weapon after ب, between the subject
    and the object."""
    gap = doc.text[start:end]
    weapons = weapons_in(doc, start, end)
    return gap.strip().startswith(grammar.suffixes("locative_proclitics")) and bool(weapons) \
        and not doc.text[max(w.end for w in weapons):end].strip()


def object_after_force_noun(sc: Scene, actor1: ActorMention | None) -> Found:
    """"أن قوات برية استهدفت مسلحي الحزب": the party right after a verb whose subject is the force
    noun before it is its object."""
    if sc.cue.cue.pos != "verb" or not sc.agents_after or not _force_noun_of_that(sc):
        return None
    return sc.agents_after[0], "object of a verb whose subject is the force noun before it"


def object_of_the_verb_after(sc: Scene, actor1: ActorMention | None) -> Found:
    """"في حادث دهس استهدف جنودا", "تفجير استهدف دورية للشرطة": a verb cue right after a noun cue
    has the incident the noun names as its subject; the first party after the verb is its object."""
    if sc.cue.cue.pos != "noun":
        return None
    verb = next((c for c in sc.doc.index["cues"].starting_in(sc.cue.end, sc.cue.end + VERB_AFTER_NOUN_CHARS + 1)
                 if c.cue.pos == "verb" and c.start - prefix_len(sc.doc, c) - sc.cue.end <= VERB_AFTER_NOUN_CHARS), None)
    if verb is None:
        return None
    after = [a for a in sc.in_clause if a.start >= verb.end and a is not actor1 and not a.reference
             and sc.doc.role_before(a.word_start) not in ("agent", "owner")]
    if not after or sc.doc.index["cues"].starting_in(verb.end, after[0].start):
        return None
    return after[0], "object of the verb that goes on with the noun cue"


def target_later(sc: Scene, actor1: ActorMention | None) -> Found:
    """A target later in the sentence, before a reporting verb that opens another's words
    ("... وخطفهم، وقال مدير المرصد إن الاجتماع كان للتنسيق ضد تنظيم داعش") or a word that opens a
    contrary statement ("تدور معارك ...، إلا أن السكان يغتنمون أي فرصة": `contrast_openings`)."""
    said = [m.start for m in sc.doc.index["markers"].starting_in(sc.cue.end, sc.sent.end) if m.kind == "attribution"]
    end = said[0] if said else sc.sent.end
    framed = f" {sc.doc.text[sc.cue.end:end]} "
    contrast = [framed.find(f" {w} ") for w in grammar.words("contrast_openings") if f" {w} " in framed]
    end = sc.cue.end + max(0, min(contrast) - 1) if contrast else end
    later = [a for a in sc.in_sent if sc.cue.end <= a.start < end and is_target(sc.doc, a) and not _site_nearby(sc, a)]
    return (later[0], "target later in the sentence") if later else None


def victims_before(sc: Scene, actor1: ActorMention | None) -> Found:
    earlier = [a for a in sc.in_sent if a.end <= sc.cue.start and is_target(sc.doc, a) and not _displaced(sc.doc, a)
               and not a_teller(sc.doc, a) and not in_the_telling(sc, a)]
    return (earlier[-1], "victims named before the cue") if earlier else None


def _displaced(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"نزح قرابة 45 ألف شخص منذ انطلاق العملية": people who fled are no victims of what follows."""
    words = doc.text[max(0, a.word_start - DISPLACED_CHARS):a.word_start].split()[-DISPLACED_WORDS:]
    return any(grammar.has(w, "displacement_verbs") for w in words)


def defender_before(sc: Scene, actor1: ActorMention | None) -> Found:
    """"صدت قوات البيشمركة هجوما لتنظيم داعش": the other party stands before the cue."""
    if actor1 is None or actor1.start < sc.cue.end or sc.cue.cue.type != "Battles":
        return None
    defenders = [a for a in sc.agents_before if a.actor.id != actor1.actor.id]
    return (defenders[-1], "the party before the cue facing the attacker") if defenders else None


def suspects_arrested(sc: Scene, actor1: ActorMention | None) -> Found:
    """"ألقت الشرطة القبض على خمسة مشتبه بهم": the suspects after an arrest cue in its clause,
    when no party is named as the arrested."""
    if sc.cue.cue.sub != "Arrests":
        return None
    held = sc.doc.index["suspects"].starting_in(sc.cue.end, sc.clause[1])
    return (held[0], "the suspects arrested") if held else None


def suspects_of_an_incident(sc: Scene, actor1: ActorMention | None) -> Found:
    """"اعتقال المتورطين في تفجير السوق": suspects of an incident named right after them are the
    arrested; the parties after belong to that incident."""
    found = suspects_arrested(sc, actor1)
    if found is None:
        return None
    held = found[0]
    if not incidents_after_suspects(sc.doc, held.end):
        return None
    return held, "the suspects of the incident named after them"


def civilians_named(sc: Scene, actor1: ActorMention | None) -> Found:
    if sc.cue.cue.type not in ("Explosions/Remote violence", "Violence against civilians"):
        return None
    civilians = [a for a in sc.in_sent if a.actor.inter == Inter.CIVILIANS and not a_teller(sc.doc, a)]
    return (civilians[0], "civilians named as victims in the sentence") if civilians else None


ACTOR1_RULES: tuple[Actor1Rule, ...] = (
    named_in_cue, possessor, source_after, construct_state, after_agent_word, doer_of_the_deed, achiever,
    subject_after_auxiliary, subject_after_verb,
    killer_in_clause, nearest_before_in_clause, nearest_before_in_sentence,
)
# the first five look at the clause and the sentence; the last two fill what they left empty
ACTOR2_RULES: tuple[Actor2Rule, ...] = (passive_subject, suspects_of_an_incident, target_after, object_after, object_after_subject,
                                         object_after_force_noun, object_of_the_verb_after, target_later, victims_before)
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
        actor2, why2 = None, ""
    return Roles(actor1, actor2, why1, why2)


def _first(found: Iterable[Found]) -> tuple[ActorMention | None, str]:
    for f in found:
        if f is not None:
            return f
    return None, ""


def _objects(doc: AnalysedDocument, in_clause: list[ActorMention], cue: CueMention,
             actor1: ActorMention) -> list[ActorMention]:
    return [a for a in in_clause if a.start >= cue.end and a.actor.id != actor1.actor.id
            and doc.role_before(a.word_start) not in ("owner", "agent", "descriptive")]
