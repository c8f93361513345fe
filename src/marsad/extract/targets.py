"""Who a cue's sentence names as acted on, for the role rules: civilians; a party after a word of
targeting ("على", "ضد", "مواقع"); the owner of a place or a thing struck; the dead and the wounded
named around the cue; and who can act at all. `marsad.extract.positions` sorts a scene's actors
with these tests; its table tests are in tests/test_event_targets.py and tests/test_event_rules.py.
"""

from __future__ import annotations

from marsad.acled import ARRESTS, Inter
from marsad.extract import grammar
from marsad.extract.context import WORD, repelled_before
from marsad.extract.document import NAME_QUOTES, WORD_END_PUNCT, AnalysedDocument
from marsad.extract.killers import killer, kills_a_count, victim_nouns
from marsad.extract.mentions import UNIDENTIFIED, ActorMention, CueMention, nationality_word_after

OBJECT_WORDS = 3  # "وقصفت [وحدات تكتيكية] تابعة للتنظيم": the object between the verb and its owner
OWNER_CHARS = 60  # the longest name of an owner before the conjunction
COORDINATION_CHARS = 5  # '" و"' between two owners
UNIT_NAME_WORDS = 3  # "الفرقة [الأولى الساحلية]": a unit's head and the words of its name
WOUNDED_WORDS = 8  # "أصيب [ما لا يقل عن سبعة من] عناصر الشرطة": from the word of wounding to the wounded
WOUNDED_CHARS = 60
WOUNDED_AFTER_CHARS = 16  # "[قد] أصيبوا": the party's end to its verb of wounding
GEAR_WORDS = 4  # "[منصات لإطلاق الصواريخ] تابعة": the gear and its purpose before the owner's word
GEAR_CHARS = 40
ARMED_MEN_CHARS = 24  # "[مسلحون مجهولون] يعتقد أنهم": the armed men right before a member phrase
OWNED_PLACE_CHARS = 16  # "[مسجد] قوات الطوارئ": the place word before its owner
USE_CHARS = 16  # "يتخذه التنظيم": the verb of using right before its subject (and its noun after it)
FELLING_CHARS = 12  # "[ترديه ]قوات الأمن": the verb of felling right before its subject
ATTEMPT_WORDS = 2  # "[محاولة تسلل] لعناصر من": the attempt and what was attempted before its owner
ATTEMPT_CHARS = 30
NAME_WORDS, NAME_CHARS = 6, 60  # "الجندي [أول علي بن محمد الحربي] استشهد": a man's rank and name before his verb
VICTIM_CHARS, AMONG_VICTIM_CHARS = 25, 50  # from a death word to the dead it names; past "من بينهم"
MEMBERS_CHARS = 20  # "[على أفرادها]": the words after an arrest that name whose men are taken
USE_WORDS = 2  # "يتخذه التنظيم [مقرا]": the words after the subject that name what the place is used as
RANK_CHARS = 40  # "[ضابطا برتبة عقيد في ]الجيش": the officer, his rank and the word of belonging before his force
TARGET_INTERS = {Inter.CIVILIANS}  # civilians are always acted on


def is_target(doc: AnalysedDocument, a: ActorMention) -> bool:
    """Acted on: civilians; after a target word ("على", "ضد", "مواقع"); or a possessor joined
    with ل to a noun that is not the cue ("القاعدة العسكرية لقوات التحالف")."""
    # the answer reads the document and the party alone, not the cue: kept per party (asked again
    # for each cue of its sentence); the party is kept with it, so that its id names no other
    return doc.kept("positions.is_target", id(a), lambda: (a, _is_target(doc, a)))[1]


def _is_target(doc: AnalysedDocument, a: ActorMention) -> bool:
    if a.actor.inter in TARGET_INTERS or a.actor.target_only:
        return True
    if grammar.has(doc.text[a.start:a.end].split()[0], "position_heads"):
        return True  # "مواقع التنظيم" named as one phrase: its positions are hit
    role = doc.role_before(a.word_start)
    if role == "target":
        return not _men_before_their_verb(doc, a)
    if role == "owner":  # "قصفوا أهدافا تابعة للتنظيم": the owner of a target is hit
        start = doc.role_start(a.word_start)
        return start is not None and (doc.role_before(start) == "target" or _owner_of_a_place(doc, a, start)
                                      or _owner_of_an_attempt(doc, start) or _owner_of_gear_struck(doc, start))
    if role in ("agent", "with", "descriptive"):  # (the maker of an attempt foiled is fought)
        start = doc.role_start(a.word_start)
        agent = doc.role_start(start) if start is not None else None  # "نفذها [عناصر من] الميليشيا"
        return role == "agent" and any(s is not None and _owner_of_an_attempt(doc, s) for s in (start, agent))
    if named_as_hurt(doc, a) or _coordinated_owner(doc, a) or _user_of_the_place(doc, a) or _owner_of_a_place(doc, a) \
            or _attempt_described(doc, a) or _force_of_an_officer(doc, a):
        return True
    return _joined_with_lam(doc, a)


def _force_of_an_officer(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"اغتال مسلحون ضابطا برتبة عقيد في الجيش اليمني": the force after "في" (or ب) that an
    officer named by his rank (`officer_nouns`, `rank_words`) serves in is his, acted on with him."""
    words = doc.text[max(0, a.word_start - RANK_CHARS):a.word_start].split()
    if a.start == a.word_start:  # "في الجيش": the word of belonging stands alone
        if not words or words[-1] not in grammar.words("belonging_prepositions"):
            return False
        words = words[:-1]
    elif doc.text[a.word_start] not in grammar.words("belonging_prepositions"):
        return False  # "بالجيش": only ب glued to the force
    return len(words) >= 3 and words[-2] in grammar.words("rank_words") and grammar.has(words[-3], "officer_nouns")


def _joined_with_lam(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"محاولة تسلل [لعناصر من] الميليشيا": the men of an attempt fought off; a party joined with ل
    (`purpose_proclitics`) before the cue, but the group of armed men's member phrase."""
    men = doc.member_start(a.word_start)
    if men is not None and doc.text.startswith("ل", men) and _owner_of_an_attempt(doc, men):
        return True
    prefix = doc.text[a.word_start:a.start]
    return prefix in grammar.words("purpose_proclitics") and a.word_start > 0 and doc.text[a.word_start - 1] == " " \
        and not _after_cue(doc, a.word_start) \
        and not (men is not None and (_armed_men_before(doc, men) or _of_belonging(doc, men, a.word_start)))


def _of_belonging(doc: AnalysedDocument, men: int, end: int) -> bool:
    """"مسلحون يشتبه في انتمائهم لتنظيم القاعدة": a member phrase of belonging (`belonging_words`)
    joins the group with ل; the group is the men's, no party acted on."""
    return grammar.any_of(doc.text[men:end].split(), "belonging_words")


def _armed_men_before(doc: AnalysedDocument, men: int) -> bool:
    """"مسلحون يعتقد أنهم ينتمون لتنظيم X": the group of armed men of no name of their own told right
    before a member phrase (`UNIDENTIFIED`) is theirs, not a party acted on ("تفكيك خلية تابعة
    لداعش": the cell's group is)."""
    return any(b.actor.id == UNIDENTIFIED and 0 <= men - b.end <= 2
               for b in doc.mentions.actors if men - ARMED_MEN_CHARS <= b.start < men)


def _attempt_described(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"تصدت القوات لمحاولة تسلل حوثية": the party an attempt fought off is described by (its
    adjective right after the attempt and what was attempted, "ل" before the attempt too) made it."""
    return a.word_start == a.start and _owner_of_an_attempt(doc, a.word_start, prepositions=True)


def _owner_of_an_attempt(doc: AnalysedDocument, start: int, prepositions: bool = False) -> bool:
    """"صدت القوات محاولة تسلل لعناصر من الميليشيا", "أفشلت القوات محاولة تسلل نفذها عناصر من
    الميليشيا": whose attempt was fought off or foiled (a verb or noun of repelling before it) is
    fought."""
    found = [m for m in WORD.finditer(doc.text, max(0, start - ATTEMPT_CHARS), start)][-ATTEMPT_WORDS:]
    attempt = next((m for m in reversed(found) if grammar.has(m.group(), "attempt_words", prepositions=prepositions)), None)
    if attempt is None:
        return False
    word_start = doc.text.rfind(" ", 0, attempt.start()) + 1  # "لمحاولة": before its proclitic
    return repelled_before(doc, word_start, doc.sentence_at(start).start, foiled=True)


def _men_before_their_verb(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"إن عناصر النصرة خطفوا قائد الفصيل": the party's men (a bare member noun, the target word
    of "استهدف عناصر التنظيم") right before a verb cue, no conjunction between, are its subject."""
    start = doc.role_start(a.word_start)
    if start is None or not grammar.has(doc.text[start:a.word_start].split()[0], "member_nouns"):
        return False
    verb = doc.index["cues"].starting_in(a.end, a.end + 2)
    return bool(verb) and verb[0].cue.pos == "verb" and not doc.text[a.end:verb[0].start].strip()


def _user_of_the_place(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"استهداف مبنى يتخذه التنظيم مقرا": the subject of a verb of using a place (`use_verbs`, right
    before it) owns what was hit."""
    before = doc.text[max(0, a.word_start - USE_CHARS):a.word_start].split()
    after = doc.text[a.end:a.end + USE_CHARS].split()[:USE_WORDS]
    return bool(before) and grammar.has(before[-1], "use_verbs") and any(grammar.has(w, "use_nouns") for w in after)


def _coordinated_owner(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"قصفت أهدافا لداعش و"بي كا كا"": the party joined with و to an owner of what was hit owns
    (and suffers) it too."""
    for b in doc.index["actors"].starting_in(a.start - COORDINATION_CHARS - OWNER_CHARS, a.start - 1):
        if b.end <= a.start and a.start - b.end <= COORDINATION_CHARS \
                and doc.text[b.end:a.start].strip(' "«»/') in grammar.words("conjunctions") \
                and doc.role_before(b.word_start) in ("owner", "target"):
            if doc.role_before(b.word_start) == "target":
                return True
            start = doc.role_start(b.word_start)
            return start is not None and doc.role_before(start) == "target"
    return False


def _owner_of_gear_struck(doc: AnalysedDocument, start: int) -> bool:
    """"دمرت مقاتلات التحالف، أمس، منصات لإطلاق الصواريخ تابعة للميليشيات": the owner of gear
    (`struck_gear`: launchers, depots, vehicles) named right before "تابعة", after a verb cue and its
    subject in the sentence, owns what the verb struck."""
    words = list(WORD.finditer(doc.text, max(0, start - GEAR_CHARS), start))[-GEAR_WORDS:]
    gear = next((m.start() for m in words if grammar.has(m.group(), "struck_gear")), None)
    if gear is None:
        return False
    sent = doc.sentence_at(start)
    verbs = [c for c in doc.index["cues"].starting_in(sent.start, gear) if c.cue.pos == "verb" and c.end <= gear]
    return bool(verbs) and bool(doc.index["actors"].starting_in(verbs[-1].end, gear))


def owner_of_object(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"وضربت آليات تابعة للتنظيم ودمرت مخازن": the owner of what an earlier verb acted on
    ("تابعة ل" after a cue) is no agent of the verb after it."""
    start = doc.role_start(a.word_start)
    if doc.role_before(a.word_start) != "owner" or start is None or armed_owner(doc, a):
        return False
    return any(c.end <= start and len(doc.text[c.end:start].split()) <= OBJECT_WORDS
               for c in doc.index["cues"].starting_in(doc.clause_at(start)[0], start))


def unit_subject_owner(doc: AnalysedDocument, a: ActorMention, cue: CueMention) -> bool:
    """"اعتقلت دورية تابعة لتنظيم داعش"، "أوقفهم حاجز لجبهة النصرة": the owner, with ل, of a unit
    of armed men (`armed_units`) that is the verb's subject, right after it, acts ("هاجم مسلحون
    حاجزا للجيش": a unit after the subject is what was hit; `scene` asks it only when no subject
    stands before the verb)."""
    if cue.cue.pos != "verb" or not doc.text[a.word_start:a.start].endswith("ل"):
        return False
    between = doc.text[cue.end:a.word_start].split()
    if between and grammar.has_bare(between[-1], "affiliation_words"):  # "دورية [تابعة] لتنظيم داعش"
        between = between[:-1]
    if not between:
        return False
    # "استهدفت [الفرقة الأولى الساحلية] التابعة للجيش الحر": a unit's head, definite or not, and its name
    return grammar.has(" ".join(between), "armed_units") \
        or (len(between) <= UNIT_NAME_WORDS and grammar.has_bare(between[0], "armed_units"))


def armed_owner(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"قصفت طائرة حربية تابعة للنظام": the owner of a weapon strikes with it."""
    start = doc.role_start(a.word_start)
    return start is not None and any(0 <= start - w.end <= 2 for w in doc.index["weapons"].starting_in(start - 40, start))


def with_before(doc: AnalysedDocument, cue_end: int, a: ActorMention) -> bool:
    """"اشتباكات مع متشددين من جبهة النصرة": the other party, a few words after مع."""
    if doc.role_before(a.word_start) == "with":
        return True
    words = doc.text[cue_end:a.word_start].split()
    return 0 < len(words) <= 4 and doc.role_of(words[0]) == "with"


def named_as_hurt(doc: AnalysedDocument, a: ActorMention) -> bool:
    """Named as the dead (or the wounded): "مقتل 7 من قادة داعش", "لقي عناصر التنظيم مصرعهم"; not past the
    incident that killed them ("قتل عشرة مدنيين في غارات للمقاتلات التركية": the jets struck)."""
    if killer(doc, a) or _feller(doc, a):
        return False  # "قتلت داعش ثلاثة جنود", "ترديه الشرطة قتيلا": who killed
    end = _past_its_nationality(doc, a)
    after = doc.text[end:end + 12].split()[:1]
    head = doc.text[a.word_start:a.end].split()[:1] + doc.text[max(0, a.word_start - 12):a.word_start].split()[-1:]
    if after and grammar.has(after[0], "killing_verbs") and any(w in victim_nouns() for w in head):
        return True  # "أن شرطيا قتل وأصيب آخر", "جنديا تركيا قتل": the verb after the victim is passive
    if after and grammar.has(after[0], "one_died_verbs") and not grammar.has(after[0], "killing_verbs"):
        return True  # "أحد منسوبي القوات المسلحة استشهد": a verb of dying after the party, its subject
    if _died_after_his_name(doc, a, end):
        return True
    if wounded_before(doc, a) or _wounded_after(doc, end):
        return True
    return any(_named_by_a_death_word(doc, a, s, e, pos)
               for s, e, pos in doc.index["deaths"].starting_in(a.word_start - 60, a.end + 30))


def _died_after_his_name(doc: AnalysedDocument, a: ActorMention, end: int) -> bool:
    """"أن الرقيب سالم بن حمد العتيبي استشهد": one man named by the noun of his kind (a victim noun,
    with its article or without) and his name, then a verb of dying (not of killing): he died. The
    name is words alone, no punctuation, no party and no incident between."""
    words = doc.text[a.word_start:a.end].split()
    if len(words) != 1 or grammar.bare(words[0]) not in victim_nouns("single"):
        return False
    name = list(WORD.finditer(doc.text, end, end + NAME_CHARS))[:NAME_WORDS + 1]
    verb = next((i for i, m in enumerate(name) if grammar.has(m.group(), "one_died_verbs")), None)
    if verb is None or verb == 0 or grammar.has(name[verb].group(), "killing_verbs"):
        return False
    between = doc.text[end:name[verb].start()]
    return not any(c in between for c in WORD_END_PUNCT) and not doc.index["actors"].starting_in(end, name[verb].start()) \
        and not doc.index["cues"].starting_in(end, name[verb].start())


def _past_its_nationality(doc: AnalysedDocument, a: ActorMention) -> int:
    """"جنديا [تركيا] قتل", "جنديا [سعوديا] استشهد": the end of the nationality right after a
    party (a country's name or its adjective), or the party's end."""
    named = next((b.end for b in doc.index["actors"].starting_in(a.end + 1, a.end + 2)), None)
    if named is not None:
        return named
    found = nationality_word_after(doc.text, a.end)
    return found[0] if found is not None else a.end


def _named_by_a_death_word(doc: AnalysedDocument, a: ActorMention, s: int, e: int, pos: str) -> bool:
    """The party named as the dead of the death word at `s`-`e`: after one that stands before its
    dead, before one that stands after them, or after an active killing verb whose subject stands
    before it ("إن مسلحين قتلوا ثلاثة جنود": the count after the verb counts the dead); in the death
    word's own sentence ("قتل 21 مسلحا. وواصلت الطائرات": the aircraft of the next one died not)."""
    if doc.sentence_at(s).index != doc.sentence_at(a.word_start).index:
        return False
    if pos == "before":
        return 0 <= a.word_start - e <= _victim_reach(doc, e, a.word_start) \
            and _no_comma_but_most(doc.text[e:a.word_start]) and not _cue_between(doc, e, a.word_start)
    if pos != "after":
        return False
    if kills_a_count(doc, s):
        return 0 <= a.word_start - e <= VICTIM_CHARS and "،" not in doc.text[e:a.word_start] \
            and not _cue_between(doc, e, a.word_start)
    return 0 <= s - a.end <= 25 and "،" not in doc.text[a.end:s] and not _cue_between(doc, a.end, s)


def _no_comma_but_most(between: str) -> bool:
    """No comma between the dead and a party, but the one that opens an aside saying who most or
    some of them were ("قتل 40 شخصا، معظمهم من رجال الشرطة": `most_of_words`, `among_words`)."""
    if "،" not in between:
        return True
    after = between.rsplit("،", 1)[1].split()[:1]
    return bool(after) and (grammar.has(after[0], "most_of_words") or grammar.has(after[0], "among_words"))


def _victim_reach(doc: AnalysedDocument, start: int, end: int) -> int:
    """How far after a death word the dead may be named: further when "من بينهم" singles some out
    ("مقتل 40 عنصرا من بينهم ثلاثة من قادة التنظيم", `among_words`)."""
    return AMONG_VICTIM_CHARS if grammar.any_of(doc.text[start:end].split(), "among_words") else VICTIM_CHARS


def _feller(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"قبل أن ترديه قوات الأمن قتيلا": the subject right after a verb of felling with the pronoun of
    the one felled (`felling_verbs`) killed; "قتيلا" after it counts the felled, not the party."""
    before = doc.text[max(0, a.word_start - FELLING_CHARS):a.word_start].split()[-1:]
    return bool(before) and grammar.has_with_pronoun(before[0], "felling_verbs")


def wounded_before(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"أصيب ما لا يقل عن خمسة من أفراد الشرطة في تفجير", "إصابة عشرة رجال شرطة": named as the
    wounded, a few words after the verb or noun of wounding (no comma, cue or word of cause between)."""
    lo = max(doc.sentence_at(a.word_start).start, a.word_start - WOUNDED_CHARS)  # (a headline's words are no part)
    words = doc.text[lo:a.word_start].split()[-WOUNDED_WORDS:]
    if not grammar.any_of(words, "wounded_heads"):
        return False
    at = next((i for i in range(len(words) - 1, -1, -1) if grammar.has(words[i], "wounded_heads")), None)
    if at is None:
        return False
    start = doc.text.rfind(words[at], lo, a.word_start)
    # "وأصيب آخر إثر تعرض دورية أمنية": a word of cause between: the party is struck, not the wounded;
    # "وجرح اثنان عندما هاجم مسلحون": a word of "when" opens the clause of who struck
    return "،" not in doc.text[start:a.word_start] and not _cue_between(doc, start, a.word_start) \
        and not grammar.any_of(words[at + 1:], "result_causes") and not grammar.any_of(words[at + 1:], "when_words")


def _wounded_after(doc: AnalysedDocument, end: int) -> bool:
    """"وكان ستة عناصر من الشرطة قد أصيبوا في تفجير": the passive verb of wounding right after the
    party (`wounded_after`, "قد" between at most) names it as the wounded."""
    words = doc.text[end:end + WOUNDED_AFTER_CHARS].split()[:2]
    if words and grammar.has(words[0], "pluperfect_particles"):
        words = words[1:]
    return bool(words) and grammar.has(words[0], "wounded_after")


def _cue_between(doc: AnalysedDocument, start: int, end: int) -> bool:
    return any(c.end <= end for c in doc.index["cues"].starting_in(start, end))


def _after_cue(doc: AnalysedDocument, pos: int) -> bool:
    return any(0 <= pos - c.end <= 1 for c in doc.index["cues"].starting_in(pos - 60, pos))


def _owner_of_a_place(doc: AnalysedDocument, a: ActorMention, start: int | None = None) -> bool:
    """"مسجد قوات الطوارئ", "«مسجد» قوات الطوارئ": the forces in construct after a place of civilian
    life (`civilian_places`) own it (`start`: where the owner's phrase starts, "تابع لقوات" for one)."""
    start = a.word_start if start is None else start
    if a.start != a.word_start and start == a.word_start \
            and doc.text[a.word_start:a.start].startswith(tuple(grammar.words("clitic_conjunctions"))):
        return False  # "مدنيين وجنديين": a conjunction joins a second party ("مسجدا لقوات": ل owns)
    return any(b.actor.inter == Inter.CIVILIANS and not doc.text[b.end:start].strip(NAME_QUOTES)
               and grammar.has(doc.text[b.start:b.end], "civilian_places")
               for b in doc.index["actors"].starting_in(start - OWNED_PLACE_CHARS, start))


def force_of_the_place(doc: AnalysedDocument, a: ActorMention, actors: list[ActorMention]) -> ActorMention | None:
    """"استهدف مسجد قوات الطوارئ": a place of civilian life (a civilians' word) in construct with a
    state's forces right after it is theirs; they are the target. "نقطة تفتيش تابعة للجيش الحر": a
    post (a target-only word of the state's forces) that belongs to a party stands for it."""
    def owner_start(b: ActorMention) -> int | None:  # "تابع لقوات": the owner's phrase starts at its role word
        return doc.role_start(b.word_start) if doc.role_before(b.word_start) == "owner" else b.word_start
    if a.actor.target_only and "{country}" in a.actor.name:
        # "نقطة تفتيش تابعة للجيش الحر": a post stands for the forces that man it, the ones it belongs to
        # "سيارة عسكرية لتنظيم داعش": or joined with ل right after it
        return next((b for b in actors if 0 < b.word_start - a.end <= OWNED_PLACE_CHARS and b.actor.inter != Inter.CIVILIANS
                     and ((doc.role_before(b.word_start) == "owner" and not doc.text[a.end:owner_start(b) or b.word_start].strip())
                          or (doc.text[b.word_start:b.start] in grammar.words("purpose_proclitics")
                              and not doc.text[a.end:b.word_start].strip()))), None)
    if a.actor.inter != Inter.CIVILIANS:
        return None
    return next((b for b in actors if b.start > a.end and b.actor.inter in (Inter.STATE, Inter.EXTERNAL)
                 and _owner_of_a_place(doc, b, owner_start(b))), None)


def can_act(doc: AnalysedDocument, a: ActorMention) -> bool:
    """Actors joined with ب ("ارتباطهم بالميليشيات") are instruments or associates, not agents."""
    prefix = doc.text[a.word_start:a.start]
    return not (prefix in grammar.words("instrument_proclitics") and doc.role_before(a.word_start) not in ("owner", "agent"))


def members_taken(doc: AnalysedDocument, cue: CueMention) -> bool:
    """"شبكة التنظيم التي أعلنت الكويت إلقاء القبض على أفرادها": an arrest of the members of a party
    named by their pronoun (`member_nouns`) takes that party's men; the party is no arrester."""
    if cue.cue.sub != ARRESTS:
        return False
    words = [w.strip(WORD_END_PUNCT) for w in doc.text[cue.end:cue.end + MEMBERS_CHARS].split()[:2]]
    return any(grammar.has_with_pronoun(w, "member_nouns") for w in words)
