"""Who took a place (round 50 split it from `marsad.extract.parties`): the sub-type a change of
control takes from its taker (a state regains, anyone else overtakes), who lost the place, and
property seized that is no place."""

from __future__ import annotations

from marsad.acled import BATTLES, Inter
from marsad.extract import grammar
from marsad.extract.context import WORD, markers_in
from marsad.extract.document import WORD_END_PUNCT
from marsad.extract.draft import Draft
from marsad.extract.mentions import OFFICE_WORDS, UNIDENTIFIED, ActorMention, forces_of_the_state_in
from marsad.extract.parties import word_after
from marsad.extract.positions import fight_noun
from marsad.extract.times.vocab import unit_word

LOSS_WORDS = 5  # "فقد [مسلحو التنظيم أمس] السيطرة": the verb of losing, its subject and day, the control noun
SEIZED_WORDS = 7  # "استولى [مسلحو التنظيم أمس] على ...": the verb, its subject and day, then what was seized
LOSER_CHARS = 24  # "من أيدي [مسلحي] تنظيم داعش": the words from the loser's head to its name
FOUGHT_CHARS = 40
SUBDUED_WORDS = 3  # "السيطرة [على المهاجم]", "السيطرة [عليه واعتقاله]": the words after the control noun
HOLDERS = (Inter.STATE, Inter.REBEL, Inter.POLITICAL_MILITIA, Inter.IDENTITY_MILITIA, Inter.EXTERNAL)  # who holds places
RETAKEN_CHARS = 30  # "استعادة [المدينة] من": from the word of taking to "من" and the party after it
PARTICIPANT_WORDS = 6  # "شارك [فيه نحو 7500 مقاتل من] قوات البيشمركة": from the verb of taking part to the party
FOUGHT_WORDS = 6  # "بعد [أسابيع من المعارك العنيفة] مع": the word of sequel, how long, the fight and its adjective, then مع


def territory(d: Draft) -> str | None:
    """Who took a place decides the sub-type: a state regains, anyone else overtakes."""
    if d.etype != BATTLES or d.sub != "by-actor":
        return None
    seized = word_after(d, "control_objects", SEIZED_WORDS)
    if seized is not None and grammar.has(seized, "seized_property"):  # "استولوا على ملايين الدولارات"
        return f"'{seized}': property seized, not a place taken"
    freed = next((w for w in d.doc.text[d.cue.end:d.clause[1]].split()[:SEIZED_WORDS]
                  if grammar.has(w.strip(WORD_END_PUNCT), "freed_people")), None)
    if freed is not None and grammar.has(d.doc.text[d.cue.start:d.cue.end].split()[0], "freeing_words"):
        return f"'{freed}': people freed, not a place taken"
    if (subdued := _subdued(d)) is not None:
        return f"'{subdued}': a person overpowered, not a place taken"
    before = d.doc.text[d.clause[0]:d.cue.start].split()[-LOSS_WORDS:]
    lost = next((w for w in before if grammar.has(w, "loss_verbs")), None)
    if lost:  # "فقد مسلحو التنظيم [أمس] السيطرة على تكريت"
        d.actor1, d.actor2 = None, d.actor1 or d.actor2
        d.why("actor2", f"'{lost}': the side that lost control")
    if d.actor1 is None and not lost:
        d.actor1 = _announcing_state(d) or _taking_part(d)
    if d.actor1 is None:
        return "a change of control with nobody named as taking it"
    loser = _loser(d)
    fought = None if loser is not None or d.actor2 is not None else _fought_before(d)
    if loser is not None:
        d.actor2 = loser
        d.why("actor2", "the side the place was taken from ('من قبضة', 'من أيدي')")
    elif fought is not None:
        d.actor2 = fought
        d.why("actor2", "the side fought before the place was taken ('بعد معارك مع')")
    elif d.actor2 is not None and d.actor2.actor.inter == Inter.CIVILIANS:
        d.actor2 = None  # "تحرير مستشفى الرمادي": the site taken is no party
    state = d.actor1.actor.inter == Inter.STATE
    d.sub = "Government regains territory" if state else "Non-state actor overtakes territory"
    d.why("sub_event_type", f"territory taken by a {'state' if state else 'non-state'} actor")
    return None


def _announcing_state(d: Draft) -> ActorMention | None:
    """"أعلن رئيس الوزراء العراقي، مساء الخميس، استعادة السيطرة على بلدة": a taking announced by
    a state's leader (`state_leaders`, his nationality after the title) and told by nobody else
    was done by that state's forces."""
    said = [m.end for m in markers_in(d.doc, d.sent.start, d.cue.start) if m.kind == "attribution"]
    words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(d.doc.text, d.sent.start, d.cue.start)]
    for i, (start, _, w) in enumerate(words):
        if not grammar.has(w, "state_leaders") or not any(0 < start - end <= 2 for end in said):
            continue  # the leader is the subject of the verb of saying ("أعلن رئيس الوزراء")
        title = words[i + 1:i + 1 + OFFICE_WORDS]
        if (forces := forces_of_the_state_in([t[2] for t in title])) is not None:
            d.why("actor1", f"'{w}': a state's leader announced the taking: that state's forces took the place")
            return ActorMention(start, title[-1][1], forces, True, start)
    return None


def _taking_part(d: Draft) -> ActorMention | None:
    """"أعلن بارزاني تحرير سنجار من قبضة التنظيم، بعد يومين من إطلاق هجوم شارك فيه 7500 مقاتل من
    قوات البيشمركة": the armed party its sentence names as taking part in the offensive
    (`partaking_verbs` a few words before it) took the place no other words name a taker of."""
    loser = _loser(d)
    for a in d.doc.index["actors"].starting_in(d.cue.end, d.sent.end):
        before = d.doc.text[d.cue.end:a.word_start].split()[-PARTICIPANT_WORDS:]
        if a.reference or a.actor.inter not in HOLDERS or (loser is not None and loser.actor.id == a.actor.id):
            continue
        if grammar.any_of(before, "partaking_verbs", prepositions=True):
            d.why("actor1", "the armed party told as taking part in the offensive took the place")
            return a
    return None


def _subdued(d: Draft) -> str | None:
    """"تمكن أفراد الأمن من السيطرة عليه واعتقاله", "سيطرت الشرطة على المهاجم": control over a
    person (the pronoun of people with their arrest right after it, `people_held_pronouns`,
    `arrests_of_the_held`, or an attacker's noun, `attacker_nouns`) is overpowering someone, not
    taking a place."""
    after = [w.strip(WORD_END_PUNCT) for w in d.doc.text[d.cue.end:d.clause[1]].split()[:SUBDUED_WORDS]]
    if not after:
        return None
    if grammar.has(after[0], "people_held_pronouns") and grammar.any_of(after[1:], "arrests_of_the_held"):
        return after[0]
    return next((w for w in after[:2] if grammar.has(w, "attacker_nouns")), None)


def _loser(d: Draft) -> ActorMention | None:
    """"تحرير الحي من قبضة تنظيم داعش", "من أيدي مسلحي التنظيم": who lost the place."""
    heads = grammar.suffixes("loser_heads")
    for a in d.actors.starting_in(d.cue.end, d.clause[1]):
        before = d.doc.text[max(d.clause[0], a.word_start - LOSER_CHARS):a.word_start].rstrip()
        if before.endswith(heads) or _from_after_place(d, a):
            return a
    # "من سيطرة تنظيم داعش": the party named after a phrase of holding, which names no party of
    # its own (a state description, `non_events`), held the place taken
    for a in d.doc.index["actors"].starting_in(d.cue.end, d.clause[1]):
        before = d.doc.text[max(d.clause[0], a.word_start - LOSER_CHARS):a.word_start].rstrip()
        if not a.reference and before.endswith(heads) and d.doc.in_non_event(a.start, a.end):
            return a
    return None


def _from_after_place(d: Draft, a: ActorMention) -> bool:
    """"استعادت القوات بلدة الكرمة من تنظيم داعش": "من" right after the place taken (and a word of
    wholeness, `wholeness_words`) names who held it."""
    words = d.doc.text[d.cue.end:a.word_start].split()
    if not words or words[-1] not in grammar.words("from_prepositions"):
        return False
    at = d.doc.text.rfind(words[-1], d.cue.end, a.word_start)
    # "مديرية الوازعية بالكامل من ميليشيات الحوثي": a word of wholeness may stand between
    whole = d.doc.text[:at].split()[-1:]
    if whole and grammar.has(whole[0], "wholeness_words"):
        at = d.doc.text.rfind(whole[0], d.cue.end, at)
    return any(0 <= at - p.end <= 1 for p in d.doc.places_in(d.cue.end, at))


def _fought_before(d: Draft) -> ActorMention | None:
    """"استعادت القوات حي الزنجيلي، بعد معارك مع مسلحي التنظيم": the party fought ("مع") in a fight
    told after a word of sequel (`sequel_links`) later in the sentence held the place taken; so did
    the party whose men that fight's toll counts ("بعد اشتباكات أسفرت عن مقتل 23 مسلحا من التنظيم")."""
    fights = [m.start() for m in WORD.finditer(d.doc.text, d.cue.end, d.sent.end) if fight_noun(m.group())
              and grammar.any_of(d.doc.text[max(d.cue.end, m.start() - FOUGHT_CHARS):m.start()].split()[-1:], "sequel_links")]
    for a in d.actors.starting_in(d.cue.end, d.sent.end):
        if a.actor.id == (d.actor1.actor.id if d.actor1 else None):
            continue
        words = d.doc.text[max(d.cue.end, a.word_start - FOUGHT_CHARS):a.word_start].split()
        if fights and fights[0] < a.word_start and _men_counted(d, a, words):
            return a
        words = (words[:-1] if words and grammar.has(words[-1], "member_nouns") else words)[-FOUGHT_WORDS:]  # "مع [مسلحي]"
        if "مع" not in words[-1:]:
            continue
        fight = next((i for i, w in enumerate(words) if fight_noun(w)), None)
        if fight is not None and fight > 2 and words[fight - 1] in grammar.words("from_prepositions") \
                and unit_word(words[fight - 2]):
            fight -= 2  # "بعد [أسابيع من] المعارك مع": how long the fight lasted
        if fight is not None and fight > 0 and words[fight - 1] in grammar.words("sequel_links"):
            return a
    return None


def _men_counted(d: Draft, a: ActorMention, before: list[str]) -> bool:
    """"23 مسلحا من التنظيم": a number, a noun of men, "من", then the party."""
    if len(before) < 3 or not grammar.has(before[-1], "partitives") or not grammar.has(before[-2], "counted_people"):
        return False
    at = d.doc.text.rfind(before[-3], 0, a.word_start)
    return bool(d.doc.index["numbers"].starting_in(at, at + len(before[-3])))


def retaken_from(d: Draft) -> str | None:
    """"اقتحمت القوات مركز القضاء، في إطار عملية استعادة المدينة من تنظيم داعش": a fight or a place
    taken with no second party, and a word of taking a place later in the sentence (a change of
    control's cue), what it takes, then "من" and the party that held it: that party is fought."""
    if d.etype == BATTLES and d.actor2 is None and d.actor1 is not None and (held := _retaken_from(d)) is not None:
        d.actor2 = held
        d.why("actor2", "the side a retaking the sentence names takes the place from ('عملية استعادة المدينة من')")
    elif d.etype == BATTLES and d.actor2 is None and d.actor1 is not None and d.cue.cue.sub == "by-actor" \
            and (held := _held_before(d)) is not None:
        d.actor2 = held
        d.why("actor2", "the party the places taken were held by ('المواقع التي كانت تسيطر عليها X')")
    return None


def _held_before(d: Draft) -> ActorMention | None:
    """"حررت القوات عددا من المواقع التي كانت تسيطر عليها ميليشيات الحوثي": the armed party a
    description of control in the taking's clause names (no party of an incident itself) held what
    was taken."""
    assert d.actor1 is not None
    return next((a for a in d.doc.index["actors"].starting_in(d.cue.end, d.clause[1]) if not a.reference
                 and d.doc.in_non_event(a.start, a.end) and a.actor.inter in HOLDERS
                 and a.actor.id not in (d.actor1.actor.id, UNIDENTIFIED)), None)


def _retaken_from(d: Draft) -> ActorMention | None:
    for a in d.actors.starting_in(d.cue.end, d.sent.end):
        words = d.doc.text[max(d.cue.end, a.word_start - RETAKEN_CHARS):a.word_start].split()
        if (d.actor1 is not None and a.actor.id == d.actor1.actor.id) or not words \
                or words[-1] not in grammar.words("from_prepositions") or a.actor.inter not in HOLDERS:  # ("حررت عددا من السياح")
            continue
        at = d.doc.text.rfind(words[-1], d.cue.end, a.word_start)
        if any(c.cue.type == BATTLES and c.cue.sub == "by-actor" and 0 < at - c.end <= RETAKEN_CHARS
               for c in d.doc.index["cues"].starting_in(d.cue.end, at)):
            return a
    return None
