"""Whom an event cue's incident was done to (actor2): the ordered rules `marsad.extract.roles`
tries after it found who acted (round 52 split them from that module), each with its reason for
`--explain`: the subject of a passive cue, the target after the cue, the object of its verb, the
victims named before it; then the fallbacks.
"""

from __future__ import annotations

from marsad.acled import NON_STATE_ARMED, PROTESTS, RIOTS, TERRITORY, Inter
from marsad.extract import grammar
from marsad.extract.context import WORD, incidents_after_suspects, prefix_len, weapons_in
from marsad.extract.document import WORD_END_PUNCT, AnalysedDocument
from marsad.extract.mentions import BY_ACTOR, UNIDENTIFIED, ActorMention, CueMention, force_heads
from marsad.extract.positions import Found, Scene, joined_deed_after
from marsad.extract.sides import a_teller
from marsad.extract.targets import TARGET_INTERS, is_target, named_as_hurt
from marsad.extract.tellers import in_the_telling
from marsad.text.morphology import morphology
from marsad.text.normalize import norm_key

DISPLACED_WORDS = 5  # "نزح [أكثر من 70 ألف] مدني": the words between the verb and the people
DISPLACED_CHARS = 40
VERB_AFTER_NOUN_CHARS = 2  # "هجوم [ ]استهدف": a verb cue right after the noun cue, as `events._verb_after_noun` joins them
FORCE_NOUN_WORDS = 2  # "أن [قوات برية] استهدفت": the words of a force noun between "أن" and its verb
FORCE_NOUN_CHARS = 24
IMAM_INITIAL = "\u0625"  # the alef with hamza below that opens "إمام", never "أمام"
PRONOUN_WORDS = 3  # "أطلق مسلحون النار [بكثافة] باتجاههم": the words after the cue where the pronoun stands
PASSIVE_OPENING_WORDS = 2  # "[تعرضوا ل]إطلاق نار": the passive verb (and a particle) opening the clause
NEARBY_WORDS = 2  # "قرب [أحد أبواب] المسجد": the words between the word of nearness and the site
NEARBY_CHARS = 30
AMONG_CHARS = 12  # "[من بينهم ]مدنيون": the word that singles out some of the dead, right before them
TIE_CHARS = 8  # "صلتهم [ب]تنظيم", "انتمائهم [إلى ]التنظيم": the preposition between the tie and the group
TARGET_AFTER = "target after the cue (على، ضد، مواقع)"  # the party struck right after the cue


def force_noun_of_that(sc: Scene) -> bool:
    """"وأضاف أن قوات برية استهدفت مسلحي الحزب": after "أن" a force noun with no party named
    (`forces` of actors.yaml) right before the verb is its subject; the party after it is its object."""
    words = sc.doc.text[sc.clause[0]:sc.cue.start - prefix_len(sc.doc, sc.cue)].split()[-FORCE_NOUN_WORDS - 1:]
    that = [i for i, w in enumerate(words) if w in grammar.words("complementizers")]
    if not that or len(words) - that[-1] - 1 not in range(1, FORCE_NOUN_WORDS + 1):
        return False
    if any(c.end <= sc.cue.start for c in sc.doc.index["cues"].starting_in(sc.cue.start - FORCE_NOUN_CHARS, sc.cue.start)):
        return False  # "إن القصف استهدف قرية": an incident noun, whose verb goes on with it
    return (" ".join(words[that[-1] + 1:]) + " ").startswith(force_heads())


def passive_subject(sc: Scene, actor1: ActorMention | None) -> Found:
    if not sc.passive:
        return None
    before = [a for a in sc.in_clause if a.end <= sc.cue.start]
    # "جثث خمسة أشخاص مقتولين": the people, not who found them; "تعرضت دورية أمنية لإطلاق نار": a post
    # or a patrol, always what is struck
    if before and (before[-1].actor.inter in TARGET_INTERS or before[-1].actor.target_only):
        return before[-1], "subject of a passive cue"
    if sc.agents_before:
        return sc.agents_before[-1], "subject of a passive cue"
    # "أثناء قيام رجال الأمن بمهامهم في البلدة، تعرضوا لإطلاق نار": the verb opens its clause, its
    # pronoun the party named in the clause before
    opening = sc.doc.text[sc.clause[0]:sc.cue.start].split()
    earlier = [a for a in sc.in_sent if a.end <= _clause_before_end(sc) and not a_teller(sc.doc, a)
               and a.actor.inter not in TARGET_INTERS]
    if len(opening) <= PASSIVE_OPENING_WORDS and earlier:
        return earlier[-1], "the party of the clause before, the subject of the passive verb that opens the cue's clause"
    return None


def _clause_before_end(sc: Scene) -> int:
    """Where the clause before the cue's ends: at the cue's clause, or at the last word of "when"
    in it ("كان الشرطي جالسا حين أطلق مسلحون النار عليه")."""
    bound = sc.clause[0]
    for m in WORD.finditer(sc.doc.text, sc.clause[0], sc.cue.start):
        if grammar.has(m.group(), "when_words"):
            bound = m.start()
    return bound


STATE_INTERS = (Inter.STATE, Inter.EXTERNAL)  # a state's forces, at home or abroad ("جنديان تركيان" in Syria)


def target_after(sc: Scene, actor1: ActorMention | None) -> Found:
    t = next((t for t in sc.targets_after if t is not actor1  # "غارات مكثفة للتحالف على مواقع التنظيم"
              and not _site_nearby(sc, t) and not _singled_out_dead(sc, t) and not _people_who_did_it(sc, t)), None)
    if t is not None and t.actor.target_only and t.actor.inter == Inter.STATE:
        # "قتل شرطيان في هجوم على نقطة تفتيش": a post of no named force; the state's men named as its
        # victims before the cue say whose it was
        victims = victims_before(sc, actor1)
        forces = {a.actor.id for a in sc.in_sent if a.end <= sc.cue.start and a.actor.inter in STATE_INTERS}
        if victims is not None and victims[0].actor.inter in STATE_INTERS and len(forces) == 1:
            return victims[0], "the state's men named as the victims of the attack on a post"
    if t is not None and t.actor.inter == Inter.CIVILIANS and (armed := _armed_dead_after(sc, actor1)):
        return armed, "the armed men killed where the strike fell, not the place's people"
    return (t, TARGET_AFTER) if t is not None else None


def _people_who_did_it(sc: Scene, t: ActorMention) -> bool:
    """"رشق خلالها شبان الجنود بالحجارة": people right after the verb (past a pronoun of when,
    `during_pronouns`), with a party or a definite noun after them, are who did it, not whom it struck."""
    if sc.cue.cue.pos != "verb" or t.actor.inter != Inter.CIVILIANS or sc.cue.cue.type not in (RIOTS, PROTESTS):
        return False  # (people after a verb of arresting are those held: "تعتقل المواطنين الأمريكيين")
    between = [w for w in sc.doc.text[sc.cue.end:t.word_start].split() if not grammar.has(w, "during_pronouns")]
    after = sc.doc.text[t.end:sc.clause[1]].split()[:1]  # "الجنود": an object no party names
    return not between and (any(o.start > t.end for o in sc.targets_after)
                            or (bool(after) and after[0].startswith(morphology().article)))


def _singled_out_dead(sc: Scene, t: ActorMention) -> bool:
    """"إن المواجهات أوقعت 19 قتيلا، بينهم مدنيون": a party right after a word that singles out some
    of the dead (`among_words`) is of the dead, not what the fight was aimed at."""
    before = sc.doc.text[max(sc.cue.end, t.word_start - AMONG_CHARS):t.word_start].split()[-1:]
    return grammar.any_of(before, "among_words")


def _armed_dead_after(sc: Scene, actor1: ActorMention | None) -> ActorMention | None:
    """"أطلقت الطائرة صاروخين على مجمع سكني ... ما أدى إلى مقتل خمسة مسلحين": the armed men
    counted dead after a civilian site struck, and no civilians, were who the strike hit."""
    dead = [a for a in sc.in_sent if a.start > sc.cue.end and a is not actor1 and named_as_hurt(sc.doc, a)]
    if any(a.actor.inter == Inter.CIVILIANS for a in dead):
        return None
    return next((a for a in dead if a.actor.inter in NON_STATE_ARMED), None)


def _site_nearby(sc: Scene, t: ActorMention) -> bool:
    """"قتل شرطيان في هجوم قرب أحد أبواب المسجد": a site after a word of nearness (`nearby_words`,
    two words between at most), or right after a preposition of where (`locative_prepositions`)
    when a state's men are named as the victims before the cue, places the incident; the victims
    named before the cue were hit."""
    if t.actor.inter != Inter.CIVILIANS:
        return False
    words = sc.doc.text[max(sc.cue.end, t.word_start - NEARBY_CHARS):t.word_start].split()[-NEARBY_WORDS - 1:]
    if grammar.any_of(words, "nearby_words"):
        return victims_before(sc, None) is not None
    # "قتل أربعة من رجال الشرطة برصاص مسلحين ... في مطعم": where the armed men named as its victims were
    victims = victims_before(sc, None)
    return grammar.any_of(words[-1:], "locative_prepositions") and victims is not None \
        and victims[0].actor.inter in STATE_INTERS


def object_after(sc: Scene, actor1: ActorMention | None) -> Found:
    if actor1 is None or actor1.end > sc.cue.start:
        return None
    # (not a site after a word of nearness: "قتلوا شرطيين بالرصاص قرب المسجد" places the incident)
    objects = [o for o in _objects(sc.doc, sc.in_clause, sc.cue, actor1) if not _site_nearby(sc, o)]
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
    if len(words) < 2 or words[-1] not in grammar.words("partitives"):
        return False
    # "قتل الجيش [عشرة مسلحين من] بوكو حرام": armed men of no name of their own, counted, are the group's
    armed = any(a.actor.id == UNIDENTIFIED for a in doc.index["actors"].starting_in(start, end))
    if not grammar.has(words[-2], "member_nouns") and not armed:
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
    if sc.cue.cue.pos != "verb" or not sc.agents_after or not force_noun_of_that(sc):
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
    contrary statement ("تدور معارك ...، إلا أن السكان يغتنمون أي فرصة": `contrast_openings`) or a
    deed of another kind joined to it ("مواجهات في ثعبات وقصف يقتل 5 مدنيين") or "قبل أن" (`stop_links`)
    and the force that stopped the doer."""
    said = [m.start for m in sc.doc.index["markers"].starting_in(sc.cue.end, sc.sent.end) if m.kind == "attribution"]
    end = said[0] if said else sc.sent.end
    framed = f" {sc.doc.text[sc.cue.end:end]} "
    contrast = [framed.find(f" {w} ") for w in grammar.words("contrast_openings") if f" {w} " in framed]
    end = sc.cue.end + max(0, min(contrast) - 1) if contrast else end
    end = min(end, joined_deed_after(sc.doc, sc.cue, (sc.cue.end, sc.sent.end)))  # "... وقصف حوثي يقتل 5 مدنيين"
    stop = next((sc.cue.end + framed.find(f" {w} ") for w in grammar.words("stop_links") if f" {w} " in framed), end)
    end = min(end, stop)  # "طعن رجلين قبل أن يطلق عليه أفراد من حرس الحدود النار": the force that stopped him
    later = [a for a in sc.in_sent if sc.cue.end <= a.start < end and is_target(sc.doc, a) and not _site_nearby(sc, a)
             and not _singled_out_dead(sc, a)]
    return (later[0], "target later in the sentence") if later else None


def struck_pronoun(sc: Scene, actor1: ActorMention | None) -> Found:
    """"أثناء قيام رجال الأمن بمهمة في البلدة، أطلق مسلحون النار باتجاههم": a pronoun of those
    struck right after the cue (`struck_pronouns`), no party named after it in its clause, names the
    party of the clause before (no teller, not the doer)."""
    if sc.cue.cue.sub in (BY_ACTOR, *TERRITORY):
        return None  # "سيطرت عليها": the place taken
    after = [w.strip(WORD_END_PUNCT) for w in sc.doc.text[sc.cue.end:sc.clause[1]].split()[:PRONOUN_WORDS]]
    if not grammar.any_of(after, "struck_pronouns") or any(a.start >= sc.cue.end and a is not actor1 for a in sc.in_clause):
        return None
    earlier = [a for a in sc.in_sent if a.end <= _clause_before_end(sc) and not a_teller(sc.doc, a)
               and a.actor.inter not in TARGET_INTERS and (actor1 is None or a.actor.id != actor1.actor.id)]
    return (earlier[-1], "the party of the clause before, named by a pronoun after the cue") if earlier else None


def victims_before(sc: Scene, actor1: ActorMention | None) -> Found:
    earlier = [a for a in sc.in_sent if a.end <= sc.cue.start and is_target(sc.doc, a) and not _displaced(sc.doc, a)
               and not a_teller(sc.doc, a) and not in_the_telling(sc, a) and not _a_site_near(sc.doc, a)]
    if not earlier:
        return None
    at = len(earlier) - 1  # "مقتل 20 من ميليشيات الحوثي وقوات المخلوع صالح": the first of the parties joined by و
    while at > 0 and not sc.doc.text[earlier[at - 1].end:earlier[at].word_start].strip() \
            and sc.doc.text[earlier[at].word_start:earlier[at].start] in grammar.words("clitic_conjunctions"):
        at -= 1
    return earlier[at], "victims named before the cue"


def _a_site_near(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"كان الشرطي جالسا أمام مقهى حين أطلق مسلحون النار عليه": a place of civilian life after a
    word of nearness, before the cue, is where someone was, not who was hit."""
    if a.actor.inter != Inter.CIVILIANS or not grammar.has(doc.text[a.start:a.end].split()[0], "civilian_places"):
        return False
    # "إمام مسجد" (its imam) and "أمام مسجد" (in front of it) are one word normalized: the hamza
    # below, where the text writes it, tells the imam
    words = doc.nt.original_text(max(0, a.word_start - NEARBY_CHARS), a.word_start).split()[-NEARBY_WORDS - 1:]
    return any(grammar.has(norm_key(w), "nearby_words") and not w.startswith(IMAM_INITIAL) for w in words)


def _displaced(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"نزح قرابة 45 ألف شخص منذ انطلاق العملية", "نزوح آلاف المدنيين": people who fled are no
    victims of what follows."""
    words = doc.text[max(0, a.word_start - DISPLACED_CHARS):a.word_start].split()[-DISPLACED_WORDS:]
    return any(grammar.has(w, "displacement_verbs") or grammar.has(w, "flight_words") for w in words)


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


def members_arrested(sc: Scene, actor1: ActorMention | None) -> Found:
    """"اعتقلت الشرطة ثمانية أشخاص للاشتباه في صلتهم بتنظيم الدولة", "يشتبه في انتمائهم إلى التنظيم":
    people arrested as tied to an armed group (a word of their tie, `membership_ties`, the group
    right after it) are held as that group's."""
    if sc.cue.cue.sub != "Arrests":
        return None
    for w in WORD.finditer(sc.doc.text, sc.cue.end, sc.clause[1]):
        if grammar.has(w.group(), "membership_ties", prepositions=True):
            group = next((a for a in sc.doc.index["actors"].starting_in(w.end(), w.end() + TIE_CHARS)
                          if a.actor.inter in NON_STATE_ARMED), None)
            return (group, "arrested as tied to the armed group named after them") if group is not None else None
    return None


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
    civilians = [a for a in sc.in_sent if a.actor.inter == Inter.CIVILIANS and not a_teller(sc.doc, a)
                 and not _a_site_near(sc.doc, a)]
    return (civilians[0], "civilians named as victims in the sentence") if civilians else None


def _objects(doc: AnalysedDocument, in_clause: list[ActorMention], cue: CueMention,
             actor1: ActorMention) -> list[ActorMention]:
    """The parties after the cue in its clause that it acted on: not one named as owner or agent,
    nor one after a verb of accusing ("بهجوم انتحاري اتهمت السلطات التنظيم بتنفيذه": who accuses
    and who is accused)."""
    return [a for a in in_clause if a.start >= cue.end and a.actor.id != actor1.actor.id
            and doc.role_before(a.word_start) not in ("owner", "agent", "descriptive")
            and not grammar.any_of(doc.text[cue.end:a.word_start].split(), "accusation_verbs")]

