"""Which ACLED type and sub-type a cue's incident is, from the cue and the weapons told with it
("قصف بالطائرات" is an air strike, "هجوم بسيارة مفخخة" remote violence, a suicide belt a suicide
bomb): `type_and_sub`, asked by the `typing` step of `marsad.extract.steps`. Its table tests are in
tests/test_event_kinds.py and tests/test_event_rules.py.
"""

from __future__ import annotations

from marsad.acled import BATTLES, DISRUPTED, EXPLOSIONS, STRATEGIC, VAC
from marsad.extract import grammar
from marsad.extract.context import prefix_len, weapons_in
from marsad.extract.document import PHRASE_BREAKS, AnalysedDocument, Sentence
from marsad.extract.mentions import BY_WEAPON, CueInfo, CueMention, WeaponMention

FIRE_WEAPONS = frozenset({"small arms", "RPG"})  # weapons fired at what the fighters see: a fight
SUICIDE_OR_CHEMICAL_RANK = 8  # weapons this decisive override the cue's own sub-type
GENERIC_ATTACK = 0.65  # cues this weak ("هجوم", "اعتداء") take their kind from the weapon named
BOMB_SUBS = {"Remote explosive/landmine/IED"}  # generic explosions ("تفجير", "انفجار") default to a bomb
LIST_CHARS = 12  # "طائرات [وحظائر] محصنة": the next word, joined by "و", of a list of things hit
AIRCRAFT = {"aircraft", "drone"}
OBJECT_GAP_WORDS = 3  # "دمرت [القوات أمس] سيارة مفخخة": the subject and the day between the verb and its object
AIRCRAFT_ADJECTIVES = 2  # "طائرات [تركية مقاتلة] هاجمت": the adjectives between the aircraft and the verb
SUBJECT_NOUN_CHARS = 20  # "[إطلاق نار] استهدف": an incident's noun right before the verb it is the subject of
OTHER_CUE_CHARS = 12  # "[غارة] جوية": from the start of an incident noun to the weapon inside it
ADJECTIVE_CHARS = 16  # "مجموعات مقاتلة": the plural head right before the adjective
SUPPORT_WORDS = 5  # "بمساندة [الحشد الشعبي و]الطيران": words from a support word to the weapon it backs with
SUPPORT_CHARS = 50
BACKING_CHARS = 20  # "[المدعمة ب]طائرات": the word of backing and the ب glued to the aircraft


def _after_pretext(doc: AnalysedDocument, cue: CueMention, w: WeaponMention) -> bool:
    """"أحرقوا ثلاثة شبان بدعوى زرعهم عبوة ناسفة": the bomb is the pretext, not the weapon; in
    "تبادل لإطلاق النار ... بعد يومين على تفجير انتحاري" it is the weapon of the incident the
    exchange follows ("بعد ظهر اليوم" is a time of day), and after a word of response ("قتل
    شرطيين ردا على الهجوم الانتحاري") it is the weapon of the incident the act answers."""
    if w.start <= cue.end:
        return False
    words = doc.text[cue.end:w.start].split()
    if not (grammar.any_of(words, "pretext_words") or grammar.any_of(words, "response_heads")
            or not grammar.words("sequel_links").isdisjoint(words)):
        return False  # (none of the three kinds of words: the test below says no)
    return any(grammar.has(x, "pretext_words") or grammar.has(x, "response_heads") or (x in grammar.words("sequel_links") and not (
        i + 1 < len(words) and grammar.has(words[i + 1], "time_of_day_heads"))) for i, x in enumerate(words))


def _blown_up(doc: AnalysedDocument, cue: CueMention, w: WeaponMention) -> bool:
    """"تفجير طائرة لوكربي", "انفجار طائرة ركاب روسية": an aircraft right after an explosion's noun
    is what blew up, not what struck (an aircraft that strikes is named with ب or as a subject)."""
    return cue.cue.default in BOMB_SUBS and w.weapon in AIRCRAFT and cue.cue.pos == "noun" \
        and cue.end <= w.start and not doc.text[cue.end:w.start].strip()


def _weapons_of(doc: AnalysedDocument, cue: CueMention, clause: tuple[int, int], sent: Sentence) -> list[WeaponMention]:
    """The weapons of the cue's clause (else of its sentence), less a pretext and what blew up."""
    weapons = weapons_in(doc, clause[0], clause[1]) or weapons_in(doc, sent.start, sent.end)
    return [w for w in weapons if not _after_pretext(doc, cue, w) and not _blown_up(doc, cue, w)
            and not _adjective(doc, w) and not _backing(doc, w) and not _aircraft_hit(doc, cue, w)
            and not _held(doc, w) and not _of_the_incident_before(doc, cue, w)]


def _of_the_incident_before(doc: AnalysedDocument, cue: CueMention, w: WeaponMention) -> bool:
    """"مقتل 12 في غارة على سوق وقصف حوثي على تعز": a noun cue (or a word read as one) joined by "و"
    to an incident noun before it tells a second incident; the weapon that noun is (a raid) is not
    its own."""
    if w.end > cue.start or not any(c.cue.pos == "noun" for c in doc.index["cues"].starting_in(cue.start, cue.start + 1)) \
            or not doc.text[cue.start - prefix_len(doc, cue):cue.start].startswith(grammar.suffixes("clitic_conjunctions")):
        return False
    return any(c.cue.pos == "noun" and c.start <= w.start < c.end and c.end <= cue.start
               for c in doc.index["cues"].starting_in(max(0, w.start - OTHER_CUE_CHARS), w.start + 1))


def _held(doc: AnalysedDocument, w: WeaponMention) -> bool:
    """"خبير في الأسلحة الكيماوية", "ترسانة الأسلحة الكيماوية": a decisive weapon named inside a
    state description (`non_events`: an arsenal, an expert) is held, not used; it overrides no cue
    (the RPG of "قذائف آر بي جي", a weapon of the fight, stays)."""
    return w.rank >= SUICIDE_OR_CHEMICAL_RANK and doc.non_event_at(w.start, w.end, right_after=False) is not None


def _aircraft_hit(doc: AnalysedDocument, cue: CueMention, w: WeaponMention) -> bool:
    """"إطلاق نار استهدف مروحية عسكرية", "الهجوم استهدف المروحية": after an incident's noun, its
    subject, the aircraft right after the verb is what it hit, not what struck; so are aircraft that
    open a list of things hit."""
    if cue.cue.pos != "verb" or w.weapon not in AIRCRAFT or w.start < cue.end or doc.text[cue.end:w.start].strip() \
            or doc.text[w.start - 1:w.start].isalnum():
        return False  # (an aircraft with its own proclitic, "بمروحية", is the means)
    before = cue.start - prefix_len(doc, cue)
    subject = [c for c in doc.index["cues"].starting_in(max(0, before - SUBJECT_NOUN_CHARS), before)
               if c.cue.pos == "noun" and not doc.text[c.end:before].strip()]
    # "استهدفت طائرات وحظائر محصنة ومخازن وقود": the first of a list of things hit (no weapon joined)
    joined = doc.text[w.end:w.end + LIST_CHARS].split()[:1]
    listed = bool(joined) and joined[0].startswith(grammar.suffixes("clitic_conjunctions")) \
        and not doc.index["weapons"].starting_in(w.end, w.end + LIST_CHARS) and not doc.index["actors"].starting_in(w.end, w.end + LIST_CHARS)
    return bool(subject) or listed


def _backing(doc: AnalysedDocument, w: WeaponMention) -> bool:
    """"تمكنت قوة أمنية بمساندة الحشد الشعبي والطيران العسكري من قتل 19 مسلحا": aircraft named
    after a support word ("بمساندة", "بدعم من") back the force that acts; they do not make its
    fight a strike."""
    support = [r for r in doc.roles_between(w.start - SUPPORT_CHARS, w.start) if r[2] == "support"]
    if not support:
        return False
    between = doc.text[support[-1][1]:w.start]
    return len(between.split()) <= SUPPORT_WORDS and not any(m in between for m in PHRASE_BREAKS)


def _adjective(doc: AnalysedDocument, w: WeaponMention) -> bool:
    """"مجموعات مقاتلة", "الفصائل المقاتلة": the adjective "fighting", not a fighter jet."""
    before = doc.text[max(0, w.start - ADJECTIVE_CHARS):w.start].split()
    return bool(before) and grammar.has(before[-1], "fighting_heads", prepositions=True) \
        and doc.text[w.start:w.end] in grammar.words("adjective_weapons")


def _suicide_subject(doc: AnalysedDocument, cue: CueMention, weapons: list[WeaponMention]) -> bool:
    """"اقتحم انتحاري بسيارة مفخخة", "هاجم انتحاريون يرتدون أحزمة ناسفة", "أن انتحاريا اقتحم
    بجرار مفخخ": the suicide attacker is the subject right after the verb cue, or right before it
    (not a bombing told beside a clash: "اشتباكات وتفجيرين انتحاريين")."""
    return cue.cue.pos == "verb" and any(
        w.weapon == "suicide" and ((cue.end <= w.start and not doc.text[cue.end:w.start].strip())
                                   or (w.end <= cue.start and not doc.text[w.end:cue.start - prefix_len(doc, cue)].strip()))
        for w in weapons)


def _aircraft_subject(doc: AnalysedDocument, cue: CueMention, weapons: list[WeaponMention]) -> WeaponMention | None:
    """The aircraft that are a verb cue's subject: right after it ("هاجمت طائرات حربية مواقع"), or
    right before it after their adjectives ("طائرات تركية مقاتلة هاجمت")."""
    if cue.cue.pos != "verb":
        return None
    start = cue.start - prefix_len(doc, cue)
    for w in weapons:
        if w.weapon not in AIRCRAFT:
            continue
        if cue.end <= w.start and not doc.text[cue.end:w.start].strip():
            return w
        if w.end <= start and len(doc.text[w.end:start].split()) <= AIRCRAFT_ADJECTIVES \
                and not any(ch in PHRASE_BREAKS for ch in doc.text[w.end:start]):
            return w
    return None


def _explosion_kind(info: CueInfo, best: WeaponMention | None, said: str) -> tuple[str, str, str]:
    """The type, sub-type and why of a cue of remote violence, by the weapon named with it."""
    if info.sub == BY_WEAPON:
        if best and best.sub:
            return EXPLOSIONS, best.sub, f"weapon {said} decides the sub-type"
        if best and best.weapon in FIRE_WEAPONS:  # "قصفت بالمدافع الرشاشة مواقع": fire, not shells
            return BATTLES, "Armed clash", f"fire from {said} is a fight"
        return EXPLOSIONS, info.default or "Shelling/artillery/missile attack", "default sub-type of the cue"
    if best and best.sub and best.rank >= SUICIDE_OR_CHEMICAL_RANK \
            and not (best.weapon == "suicide" and info.weapon in AIRCRAFT):  # "ضربة على منزل فيه 25 انتحاريا": their target
        return EXPLOSIONS, best.sub, f"weapon {said} overrides the cue"
    return EXPLOSIONS, info.sub, "sub-type of the cue"


def _object_of(doc: AnalysedDocument, cue: CueMention, w: WeaponMention) -> bool:
    """The device is the verb's object ("دمرت [القوات أمس] سيارة مفخخة"): a few words after it, no
    preposition nor incident between ("دمرت السيارات في انفجار عبوات": the means), no "ب" before it."""
    gap = doc.text[cue.end:w.start].split()
    return w.start > cue.end and len(gap) <= OBJECT_GAP_WORDS \
        and not doc.text[doc.text.rfind(" ", 0, w.start) + 1:w.start].endswith(tuple(grammar.words("instrument_proclitics"))) \
        and not any(g in grammar.words("prepositions") for g in gap) \
        and not doc.index["cues"].starting_in(cue.end, w.start)


def _deciding_weapon(cue: CueMention, weapons: list[WeaponMention]) -> WeaponMention | None:
    """The weapon that types a cue: of a generic cue ("قصف") the one of its own words ("قصف مدفعي")
    before any other of its clause ("بالتزامن مع القصف الجوي قامت الوحدات البرية بقصف مدفعي"),
    else the highest ranked."""
    own = [w for w in weapons if cue.start <= w.start and w.end <= cue.end and w.sub] if cue.cue.sub == BY_WEAPON else []
    return max(own or weapons, key=lambda w: w.rank, default=None)


def _means_of_its_clause(info: CueInfo, best: WeaponMention | None, clause: tuple[int, int]) -> WeaponMention | None:
    """"ودمرت مدفعين، مشيرا إلى أن القوات تطهر المنطقة من العبوات": a weapon of a later clause is not
    what a destruction was made with."""
    destruction = info.type == STRATEGIC and info.sub == "Looting/property destruction"
    return None if destruction and best is not None and best.start > clause[1] else best


def type_and_sub(doc: AnalysedDocument, cue: CueMention, clause: tuple[int, int],
                 sent: Sentence) -> tuple[str, str, list[str], str]:
    """ACLED type and sub-type of a cue, the weapons named with it and why."""
    info = cue.cue
    weapons = _weapons_of(doc, cue, clause, sent)
    best = _means_of_its_clause(info, _deciding_weapon(cue, weapons), clause)
    names = sorted({w.weapon for w in weapons} | ({info.weapon} if info.weapon else set()))
    said = f"'{doc.text[best.start:best.end]}'" if best else ""
    if info.type == EXPLOSIONS:
        etype, sub, why = _explosion_kind(info, best, said)
        return etype, sub, names, why
    if info.type == STRATEGIC and info.sub == "Looting/property destruction" and best and best.rank >= 2 and best.sub:
        if best.weapon == "IED" and _object_of(doc, cue, best):
            # "دمرت القوات سيارة مفخخة": the device is what was destroyed, before it went off
            return STRATEGIC, DISRUPTED, names, f"{said} destroyed before it went off"
        return EXPLOSIONS, best.sub, names, f"destruction by {said} is remote violence"
    if (by_bomb := _by_a_bomb(doc, cue, weapons, best, clause)) is not None:
        return EXPLOSIONS, by_bomb[0], names, by_bomb[1]
    if info.type == BATTLES and (from_the_air := _from_the_air(doc, cue, weapons, clause)) is not None:
        return EXPLOSIONS, "Air/drone strike", names, from_the_air
    if info.type in (BATTLES, VAC) and info.strength < GENERIC_ATTACK and best and best.rank >= 2 and best.sub \
            and info.weapon not in FIRE_WEAPONS and not any(w.weapon in FIRE_WEAPONS for w in weapons):
        # guns and shells together: a fight; so is the fire a cue opens ("فتحوا النار")
        return EXPLOSIONS, best.sub, names, f"an attack with {said} is remote violence"
    return info.type, info.sub, names, "type of the cue"


def _from_the_air(doc: AnalysedDocument, cue: CueMention, weapons: list[WeaponMention], clause: tuple[int, int]) -> str | None:
    """Why a fight's verb is an air or drone strike: aircraft are its subject ("إن طائرات تركية مقاتلة
    هاجمت معسكرات الحزب"), or its means ("هاجم التنظيم بطائرات مسيرة مواقع القوات"), not backing a
    force on the ground."""
    if (flown := _aircraft_subject(doc, cue, weapons)) is not None:
        return f"aircraft ('{doc.text[flown.start:flown.end]}') are the verb's subject: an air strike"
    means = next((w for w in weapons if w.weapon in AIRCRAFT and _instrument(doc, cue, w, clause) and not _backed_by(doc, w)), None)
    if means is not None:
        return f"an attack by means of '{doc.text[means.start:means.end]}': an air or drone strike"
    flew = _aircraft_went_on(doc, cue)
    return f"'{doc.text[flew.start:flew.end]}' did what the impersonal verb tells: an air strike" if flew else None


def _aircraft_went_on(doc: AnalysedDocument, cue: CueMention) -> WeaponMention | None:
    """"الطائرات رصدت في حرض عربات محملة بالأسلحة، وتم التعامل معها وتدميرها": an impersonal verb
    of the cue (`impersonal_verbs`) after a clause of its sentence whose subject is aircraft tells
    what the aircraft went on to do."""
    if not grammar.has(doc.text[cue.start:cue.end].split()[0], "impersonal_verbs"):
        return None
    sent = doc.sentence_at(cue.start)
    return next((w for w in weapons_in(doc, sent.start, cue.start) if w.weapon in AIRCRAFT and not _backed_by(doc, w)
                 and not doc.text[doc.text.rfind(" ", 0, w.start) + 1:w.start].endswith(tuple(grammar.words("instrument_proclitics")))), None)


def _backed_by(doc: AnalysedDocument, w: WeaponMention) -> bool:
    """"الوحدات الكردية المدعمة بطائرات التحالف": aircraft after a word of backing (`backing_words`)
    back a force on the ground; they are not the means of its attack."""
    before = doc.text[max(0, w.start - BACKING_CHARS):w.start].split()
    return len(before) > 1 and grammar.has(before[-2], "backing_words")


BLAST_SUBS = {"Remote explosive/landmine/IED", "Suicide bomb"}  # bombs that kill by going off


def _by_a_bomb(doc: AnalysedDocument, cue: CueMention, weapons: list[WeaponMention], best: WeaponMention | None,
               clause: tuple[int, int]) -> tuple[str, str] | None:
    """A fight or an attack made with a bomb: a suicide attacker its subject ("اقتحم انتحاري بسيارة
    مفخخة مركزا للشرطة"), or a killing by means of a bomb ("اغتال مسلحون النائب العام بتفجير سيارة
    مفخخة"): the bomb's sub-type, and why."""
    info = cue.cue
    if info.type in (BATTLES, VAC) and _suicide_subject(doc, cue, weapons):
        return "Suicide bomb", "a suicide attacker is the verb's subject: a suicide bombing"
    if info.type == VAC and best is not None and best.sub in BLAST_SUBS and _instrument(doc, cue, best, clause):
        return best.sub, f"killed by means of '{doc.text[best.start:best.end]}' ('ب'): remote violence"
    return None


def _instrument(doc: AnalysedDocument, cue: CueMention, w: WeaponMention, clause: tuple[int, int]) -> bool:
    """The weapon after the cue, in its clause, joined with ب (the means): "بتفجير سيارة مفخخة",
    "بعبوة ناسفة"."""
    if not cue.end <= w.start < clause[1]:
        return False
    before = doc.text[max(cue.end, w.start - INSTRUMENT_CHARS):w.start].split()[-1:]
    own = doc.text[w.start - 1:w.start] == "ب" or doc.text[w.start:w.start + 1] == "ب"
    return own or (bool(before) and grammar.has(before[0], "instrument_blasts"))


INSTRUMENT_CHARS = 12  # "[بتفجير ]سيارة مفخخة": the word of the means right before the weapon
