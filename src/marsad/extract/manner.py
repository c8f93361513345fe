"""Steps of the engine that retype an incident by its manner, or name its sides by it: fire
exchanged or returned (a fight, and the two that exchanged it), an operation's target, hardware
destroyed, a bomb defused, set off under control or destroyed before it went off, a weapon stopped
(and who stopped it), a raid to make an arrest, a detention by an armed group, and means dropped
from the air joined to artillery (two deliveries). `marsad.extract.steps.STEPS` puts them in order; each has a table test of sentences."""

from __future__ import annotations

from itertools import pairwise

from marsad.acled import (
    ABDUCTION,
    ARRESTS,
    BATTLES,
    DISRUPTED,
    EXPLOSIONS,
    NON_STATE_ARMED,
    PROTESTS,
    RIOTS,
    STRATEGIC,
    VAC,
    Inter,
)
from marsad.extract import grammar
from marsad.extract.context import WORD, instrument_word, prefix_len, reporting_force
from marsad.extract.document import CLAUSE_PUNCT, WORD_END_PUNCT
from marsad.extract.draft import Draft
from marsad.extract.mentions import BY_ACTOR, BY_WEAPON, ActorMention
from marsad.extract.weapon_kinds import AIRCRAFT

HOSTAGE_WORDS = 4  # "قتل [20 رهينة على الأقل]": the count of the dead after the word of death
HOSTAGE_CHARS = 40
RAID_OCCASION_CHARS = 10  # "[خلال ]مداهمات": the word of "during" right before the raid
ATTEMPT_CHARS = 12  # "[حاولت ]مهاجمة": the verb of trying right before the cue
ACHIEVED_CHARS = 40  # "تمكنت [القوات العراقية أمس] من التصدي": the verb of achieving, its subject and day
SET_OFF_SUBS = ("Remote explosive/landmine/IED", "Suicide bomb")  # bombs a state force may set off ("مركبات مفخخة يقودها انتحاريون")
ACHIEVED_WORDS = 6  # "تمكنت [القوات الأمنية أمس] من تفجير": the words from the verb of achieving to the noun
CONTROLLED_WORDS = 5  # "تفجير [ثلاث عبوات ومقذوفين] تحت السيطرة": the bombs, then the words of control
SELF_WORDS = 3  # "فجر [اثنان منهم] نفسيهما": the bomber's self after the verb and its subject
EXCHANGE_GAP_WORDS = 2  # "تبادل مسلحون و[عناصر من] الشرطة إطلاق النار": words of the sides no party covers
VICTIM_WORDS = 4  # "وقتلوا [25 شخصا على]": the killing verb, the count and the people
HARDWARE_WORDS = 6  # "دمرت [القوات العراقية أمس خمس] آليات": subject, day and count before the hardware
CROWD_WORDS = 4  # "اقتحم [آلاف من أنصار الصدر]": the crowd and the words that say whose
WEAPON_OWNER_CHARS = 2  # "اعتراض صاروخ[ ]حوثي": the nationality right after the weapon a noun cue stops
AIR_DELIVERED = frozenset(AIRCRAFT | {"barrel bomb"})  # means dropped or fired from the air
MEANS_GAP_WORDS = 2  # "براميل متفجرة [وعدة] قذائف مدفعية": the words from one means to the next
OPERATION_WORDS = 6  # "عملية [عسكرية شنتها وحدات الجيش والشرطة] استهدفت": from the operation to its verb
MEANS_JOIN_CHARS = 40  # "[بالأسلحة الثقيلة ]وقذائف": the first means and its adjective before the joined one
MEANS_AFTER_VERB_WORDS = 4  # "استهدف [مسلحون مجهولون] بالرصاص": the subject between the verb and its means
DESTROYED_WORDS = 3  # "دمرت [الطائرات] سيارة مفخخة": the word of destroying right before the device


def means_of_the_verb(d: Draft) -> str | None:
    """"استهدف مسلحون مجهولون بالرصاص دورية", "استهدفوهم بنيران أسلحتهم": a cue word with the ب of
    the instrument a few words after the verb of an attack in its clause, no other cue between (or
    joined by و to such a means: its object may be a noun cue), names that verb's means: no
    incident of its own (the verb's record is the incident)."""
    if d.cue.cue.pos != "noun":
        return None
    direct = instrument_word(d.doc, d.cue)
    joined = None if direct else _joined_means_start(d)
    if not direct and joined is None:
        return None
    start = d.cue.start - prefix_len(d.doc, d.cue) if joined is None else joined
    before = [c for c in d.doc.index["cues"].starting_in(d.clause[0], start) if c.end <= start]
    if joined is not None:  # (its object may be a noun cue: "هاجم مسلحون كمينا بالأسلحة ... وقذائف")
        before = [c for c in before if c.cue.pos == "verb"]
    verb = before[-1] if before else None
    if verb is None or verb.cue.pos != "verb" or verb.cue.sub == BY_ACTOR or verb.cue.type in (STRATEGIC, PROTESTS) \
            or len(d.doc.text[verb.end:start].split()) > MEANS_AFTER_VERB_WORDS:
        return None
    return f"the means of the deed '{d.doc.text[verb.start:verb.end]}' told right before it, no incident of its own"


def _joined_means_start(d: Draft) -> int | None:
    """"هاجم مسلحون كمينا بالأسلحة الثقيلة وقذائف الهاون": a cue word joined by و to a word of the
    instrument (ب) a few words before it, no clause mark between, is a means of the same deed: where
    that word starts."""
    prefix = d.doc.text[d.cue.start - prefix_len(d.doc, d.cue):d.cue.start]
    if prefix not in grammar.words("clitic_conjunctions"):
        return None
    words = list(WORD.finditer(d.doc.text, max(d.clause[0], d.cue.start - MEANS_JOIN_CHARS), d.cue.start - len(prefix)))
    means = [w for w in words[-MEANS_GAP_WORDS - 1:] if w.group()[:1] in grammar.words("instrument_proclitics")
             and w.group()[1:2].isalpha() and not any(ch in CLAUSE_PUNCT for ch in d.doc.text[w.end():d.cue.start])]
    return means[0].start() if means else None


def told_by_its_means(d: Draft) -> str | None:
    """"إثر استهدافهم بنيران مسلحين", "استهدافها بقذائف الهاون": a noun of targeting whose kind the
    weapons decide, with a cue word of the instrument right after it, is told by that means (the
    record of the means is the incident, with its kind and its party)."""
    if d.cue.cue.pos != "noun" or d.cue.cue.sub != BY_WEAPON:
        return None
    after = [c for c in d.doc.index["cues"].starting_in(d.cue.end, d.cue.end + 2) if c.start > d.cue.start]
    if not after or d.doc.text[d.cue.end:after[0].start - prefix_len(d.doc, after[0])].strip() \
            or not instrument_word(d.doc, after[0]):
        return None
    return f"told by its means '{d.doc.text[after[0].start:after[0].end]}' right after it"


def exchange_of_fire(d: Draft) -> str | None:
    """"تبادل مسلحون وعناصر الشرطة إطلاق النار", "أطلق مجهولان النار على القوة، فقامت بمبادلتهما":
    fire exchanged or returned is a fight."""
    before = d.doc.text[d.clause[0]:d.cue.start].split()
    after = d.doc.text[d.cue.end:d.sent.end].split()
    if d.etype == VAC and (any(grammar.has(w, "exchange_verbs") for w in before)
                           or any(grammar.has(w.strip(WORD_END_PUNCT), "returned_fire") for w in after)):
        d.etype, d.sub = BATTLES, "Armed clash"
        d.why("event_type", "fire exchanged (or returned: 'فقامت بمبادلتهما') is a fight")
    return None


def exchange_sides(d: Draft) -> str | None:
    """"تبادلت القوات الهندية والباكستانية إطلاق النار": the two parties between the verb of
    exchanging and the fire, with no other party found, are its two sides, in their order."""
    verb = next((m for m in WORD.finditer(d.doc.text, d.clause[0], d.cue.start) if grammar.has(m.group(), "exchange_verbs")), None)
    if d.actor2 is not None or verb is None:
        return None
    sides: list[ActorMention] = []  # (between the verb and the fire: "في تبادل لإطلاق النار" names none)
    for a in d.actors.starting_in(verb.end(), d.cue.start):
        if a.end <= d.cue.start and all(a.actor.id != b.actor.id for b in sides):
            sides.append(a)
    rest = d.doc.text[verb.end():d.cue.start]  # little but the two between verb and fire ("عناصر من الشرطة")
    for a in reversed(sides):
        rest = rest[:a.start - verb.end()] + rest[a.end - verb.end():]
    if len(sides) == 2 and len(rest.replace("و", " ").split()) <= EXCHANGE_GAP_WORDS:
        d.actor1, d.actor2 = sides
        d.why("actor1", "the first of the two parties that exchanged fire")
        d.why("actor2", "the second of the two parties that exchanged fire")
    return None


def _strike_goes_on(d: Draft) -> bool:
    """"شن الطيران غارات على مواقعهم، ودمر عددا من الآليات": a verb of destroying joined by "و"
    to a strike by air or artillery told before it in the sentence, with no subject of its own
    right after it, tells what the strike destroyed."""
    if d.cue.cue.pos != "verb" or prefix_len(d.doc, d.cue) != 1 \
            or d.doc.text[d.cue.start - 1] not in grammar.words("clitic_conjunctions") \
            or any(a.start - d.cue.end <= 1 for a in d.actors.starting_in(d.cue.end, d.cue.end + 2)):
        return False
    return any(c.cue.type == EXPLOSIONS and c.end <= d.cue.start - 1
               for c in d.doc.index["cues"].starting_in(d.sent.start, d.cue.start))


def victims_killed_after(d: Draft) -> str | None:
    """"هاجم مسلحون قرية ...، وقتلوا 25 شخصا": people counted after a killing verb with the plural
    pronoun of its subject, opening the clause after an attack by armed men that names no target,
    are the attack's victims."""
    if d.etype != BATTLES or d.actor2 is not None or d.actor1 is None or d.actor1.actor.inter not in NON_STATE_ARMED:
        return None
    words = list(WORD.finditer(d.doc.text, d.clause[1], d.sent.end))[:VICTIM_WORDS]
    if not words or words[0].group()[:1] not in grammar.words("clitic_conjunctions") \
            or not grammar.has(words[0].group()[1:], "killing_verbs") \
            or not words[0].group().endswith(grammar.suffixes("plural_subject_endings")):
        return None
    d.actor2 = next((a for a in d.actors.starting_in(words[0].end(), words[-1].end())
                     if a.actor.inter == Inter.CIVILIANS), None)
    if d.actor2 is not None:
        d.why("actor2", "the people the attackers killed, told in the clause after")
    return None


def operation_target(d: Draft) -> str | None:
    """"نفذت قوات أمنية صباح اليوم عملية استهدفت تجمعات التنظيم": a verb of targeting whose subject
    is an operation (`operation_nouns`, a few words before it in its clause), with no weapon of its
    own, tells a fight."""
    if d.cue.cue.pos != "verb" or d.etype != EXPLOSIONS or d.weapons \
            or not grammar.has(d.doc.text[d.cue.start - prefix_len(d.doc, d.cue):d.cue.end], "operation_verbs"):
        return None  # "عملية قصف": an operation that is a bombardment
    before = d.doc.text[d.clause[0]:d.cue.start - prefix_len(d.doc, d.cue)].split()[-OPERATION_WORDS:]
    word = next((w for w in before if grammar.has(w, "operation_nouns")), None)
    if word is None:
        return None
    d.etype, d.sub = BATTLES, "Armed clash"
    d.why("event_type", f"'{word} ... {d.doc.text[d.cue.start:d.cue.end]}': an operation's target is fought")
    return None


def hardware_destroyed(d: Draft) -> str | None:
    """"دمرت قوات البيشمركة ثلاث عجلات همر", "دمرت القوات 16 آلية للحوثيين": military hardware
    destroyed is a fight's work, not looting or property destruction."""
    if d.sub != "Looting/property destruction":
        return None
    after = d.doc.text[d.cue.end:d.clause[1]].split()[:HARDWARE_WORDS]
    word = next((w for w in after if grammar.has(w, "military_hardware")), None)
    if word and _strike_goes_on(d):
        return "what the strike told before it in the sentence destroyed (its subject goes on)"
    if word:
        d.etype, d.sub = BATTLES, "Armed clash"
        d.why("event_type", f"military hardware destroyed ('{word}'): a fight")
        return None
    # "دمرت الغارة مستودعا للذخيرة، مما أسفر عن مقتل خمسة من حراسه": a destruction that kills
    dead = [s for s, _, pos in d.doc.index["deaths"].starting_in(d.cue.end, d.sent.end) if pos != "noun"]
    if dead:
        d.etype, d.sub = BATTLES, "Armed clash"
        d.why("event_type", f"a destruction that killed ('{d.doc.text[dead[0]:dead[0] + 12].strip()}'): a fight")
    return None


def defused(d: Draft) -> str | None:
    """"فككت فرق الهندسة عبوة ناسفة", "وتدمير سيارة مفخخة بقصف": a bomb defused, found or destroyed
    before it went off."""
    if d.etype != EXPLOSIONS:
        return None
    before = d.doc.text[d.clause[0]:d.cue.start].split()
    after = d.doc.text[d.cue.end:d.clause[1]].split()[:3]  # "عبوات عثرت عليها": found, then destroyed
    word = grammar.first(before + after, "defusal_verbs")
    if word is None and d.cue.cue.pos == "noun" and d.sub == "Remote explosive/landmine/IED":
        word = grammar.first(before[-DESTROYED_WORDS:], "destroying_words")
    if word:
        d.etype, d.sub = STRATEGIC, DISRUPTED
        d.why("event_type", f"'{word}': the device was defused or found before it went off")
    return None


def controlled_detonation(d: Draft) -> str | None:
    """"فجرت قوات الأمن عبوة ناسفة", "تمكنت القوات الأمنية من تفجير ثماني مركبات مفخخة يقودها
    انتحاريون": a state force that sets off or destroys a bomb (a car bomb on its way too) disrupts
    it (ACLED: a controlled detonation is disrupted weapons use)."""
    if d.etype != EXPLOSIONS:
        return None
    cue_word = d.doc.text[d.cue.start:d.cue.end].split()[0]
    told = d.doc.text[d.cue.end:d.clause[1]].split()[:CONTROLLED_WORDS + 2]
    # "فجر نفسه", "فجر اثنان منهم نفسيهما": the bomber's self right after the verb or its subject
    if any(w.startswith(grammar.suffixes("reflexives")) for w in told[:SELF_WORDS]):
        if d.actor1 is not None and d.actor1.actor.inter in (Inter.STATE, Inter.EXTERNAL):
            d.actor1 = None  # "وعندما منعه رجال الأمن من الدخول فجر نفسه": the men who stopped him
            d.why("actor1", "'نفسه': who set himself off is the bomber, not the force before him")
        return None
    before = d.doc.text[d.clause[0]:d.cue.start].split()[-CONTROLLED_WORDS:]  # "تفجير [عبوات ناسفة] وسيارات مفخخة"
    setting = cue_word if _setting_off_or_destroying(cue_word) else next(
        (w for w in reversed(before) if _setting_off_or_destroying(w)), None)
    if setting and grammar.first_told(" ".join(told), "controlled_words"):
        d.etype, d.sub = STRATEGIC, DISRUPTED  # "تفجير عبوات ناسفة تحت السيطرة": set off safely
        d.why("event_type", f"'{setting} ... تحت السيطرة': a controlled detonation")
        return None
    if d.sub not in SET_OFF_SUBS or d.actor1 is None or d.actor1.actor.inter not in (Inter.STATE, Inter.EXTERNAL) \
            or (d.actor1.actor.inter == Inter.EXTERNAL and not grammar.has(cue_word, "destroying_words")):
        return None  # (a force abroad destroys the bombs it stops; what it sets off is its own attack)
    # "فجرت قوات الأمن عبوة", "دمرت القوات الأمنية ثلاث سيارات مفخخة": the bombs are what it set off or
    # destroyed (a force abroad too: "دمرت القوات البحرية للتحالف ثلاثة زوارق مفخخة")
    own = _setting_off_or_destroying(cue_word) and (d.cue.cue.pos == "verb" or _achieved(d))
    if d.actor1.start > d.cue.start and not own:
        return None
    word = cue_word if own else \
        next((w for w in d.doc.text[d.clause[0]:d.cue.start].split() if _setting_off_or_destroying(w)), None)
    if word:
        d.etype, d.sub = STRATEGIC, DISRUPTED
        d.why("event_type", f"'{word}' by a state force: a controlled detonation or a bomb destroyed")
    return None


def _achieved(d: Draft) -> bool:
    """"تمكنت القوات الأمنية من تفجير ثماني مركبات مفخخة": the noun of setting off after a verb of
    achieving (`achievement_verbs`, a few words before) is what its subject did."""
    start = d.cue.start - prefix_len(d.doc, d.cue)
    words = d.doc.text[max(d.clause[0], start - ACHIEVED_CHARS):start].split()[-ACHIEVED_WORDS:]
    return grammar.any_of(words, "achievement_verbs")


def _setting_off_or_destroying(word: str) -> bool:
    return grammar.has(word, "detonation_verbs") or grammar.has(word, "destroying_words")


def storming_for_arrest(d: Draft) -> str | None:
    """"اقتحمت الشرطة مقر الحزب أمس واعتقلت عشرة من أعضائه": a state's forces (or nobody named)
    storming (`storm_verbs`) where no armed party is, then arresting with a verb joined by و after
    it in the sentence, raided to make the arrest: the arrest is the record, no battle ("اقتحمت
    القوات مواقع التنظيم واعتقلت" names an armed party: a fight); an armed group's men storming
    homes, then abducting ("واختطفت ثمانية منهم"), raided to abduct."""
    if d.etype != BATTLES or d.cue.cue.pos != "verb" or not grammar.has(d.doc.text[d.cue.start:d.cue.end].split()[0], "storm_verbs"):
        return None
    group = d.actor1 is not None and d.actor1.actor.inter in NON_STATE_ARMED  # "اقتحم المسلحون منازل واختطفوا ثمانية"
    if (d.actor2 is not None and d.actor2.actor.inter in NON_STATE_ARMED) \
            or (d.actor1 is not None and not group and d.actor1.actor.inter not in (Inter.STATE, Inter.EXTERNAL)):
        return None
    taken = (ARRESTS, ABDUCTION) if group else (ARRESTS,)
    arrest = next((c for c in d.doc.index["cues"].starting_in(d.cue.end, d.sent.end) if c.cue.sub in taken
                   and c.cue.pos == "verb" and d.doc.text[c.start - prefix_len(d.doc, c):c.start] in grammar.words("conjunctions")), None)
    if arrest is None:
        return None
    told = f"'{d.doc.text[d.cue.start:d.cue.end]} ... و{d.doc.text[arrest.start:arrest.end]}'"
    if group:  # the raid is the abduction: its record, with the group and the place the storming names
        d.etype, d.sub = VAC, ABDUCTION
        d.why("event_type", f"{told}: armed men who storm to abduct")
        return None
    return f"{told}: a raid to make the arrest told after it"


def led_away_by_state(d: Draft) -> str | None:
    """"اقتادت الشرطة ناشطا إلى مركز الشرطة": people led away (`leading_away_verbs`) by a state's
    forces are arrested; led to a place not known ("إلى جهة مجهولة": `unknown_destinations`) they
    are made to disappear, and an armed group's men abduct."""
    verb = d.doc.text[d.cue.start:d.cue.end]
    led = grammar.has(verb, "leading_away_verbs") or grammar.has_with_pronoun(verb, "leading_away_verbs")
    if not led or d.sub != ABDUCTION or d.actor1 is None or d.actor1.actor.inter not in (Inter.STATE, Inter.EXTERNAL) \
            or grammar.first_told(d.doc.text[d.cue.end:d.clause[1]], "unknown_destinations"):
        return None
    d.etype, d.sub = STRATEGIC, ARRESTS
    d.why("event_type", "people led away by a state's forces are arrested")
    return None


def detention_by_armed_group(d: Draft) -> str | None:
    """ACLED: arrests are made by a state; an armed group that detains people abducts them."""
    if d.etype == STRATEGIC and d.sub == ARRESTS and d.actor1 is not None and \
            d.actor1.actor.inter in NON_STATE_ARMED:
        d.etype, d.sub = VAC, ABDUCTION
        d.why("event_type", "people detained by an armed group are abducted")
    return None


def ground_fire_joined(d: Draft) -> bool:
    """"استهدفت القوات المدينة بثمانية براميل متفجرة وعدة قذائف مدفعية", "قصف جوي ومدفعي": means
    dropped from the air and artillery joined by "و" in the cue's clause are two deliveries, a raid
    and a shelling (two events of ACLED's one-type-per-event rule)."""
    if d.sub != "Air/drone strike" or "artillery" not in d.weapons:
        return False
    means = d.doc.index["weapons"].starting_in(d.cue.start, d.clause[1])
    for a, b in pairwise(means):
        if len({a.weapon, b.weapon} & AIR_DELIVERED) != 1 or "artillery" not in (a.weapon, b.weapon):
            continue
        gap = d.doc.text[a.end:b.start].split()
        if gap and gap[0].startswith("و") and len(gap) <= MEANS_GAP_WORDS and not any(c in "،,.؛" for c in "".join(gap)):
            return True
    return False


def interception(d: Draft) -> str | None:
    """"اعتراض صاروخ أطلقته الميليشيات الحوثية": the side named after the launching verb, or right
    after the weapon a noun cue stops ("اعتراض صاروخ حوثي"), fired the weapon that was stopped
    (actor2); who stopped it stands before the cue, a state (ACLED codes the interception to the
    interceptor)."""
    if d.sub == DISRUPTED and d.cue.cue.pos == "verb" and _stopper_after_the_verb(d):
        return None
    a1 = d.actor1
    if d.sub != DISRUPTED or a1 is None or a1.start < d.cue.end \
            or (d.doc.role_before(d.doc.member_start(a1.word_start) or a1.word_start) != "agent"
                and not (d.cue.cue.pos == "noun" and a1.word_start - d.cue.end <= WEAPON_OWNER_CHARS)):
        return None  # "اعتراض صاروخ حوثي": the nationality of the weapon stopped is its launcher's
    before = [a for a in d.actors.starting_in(d.sent.start, d.cue.start)
              if a.end <= d.cue.start and a.actor.inter in (Inter.STATE, Inter.EXTERNAL) and a.actor.id != a1.actor.id]
    d.actor1, d.actor2 = (before[-1] if before else None), a1
    d.why("actor2", "the side that fired what was stopped ('أطلقته')")
    return None


def hostages_killed(d: Draft) -> str | None:
    """"قتل 20 رهينة بعد أن احتجزهم مسلحون داخل مطعم": hostages taken and killed in the sentence
    that tells the taking are an attack on them (ACLED), not an abduction."""
    if d.sub != ABDUCTION:
        return None
    for _, e, pos in d.doc.index["deaths"].starting_in(d.sent.start, d.sent.end):
        words = d.doc.text[e:e + HOSTAGE_CHARS].split()[:HOSTAGE_WORDS] if pos == "before" else []
        if grammar.any_of(words, "hostage_nouns"):
            d.etype, d.sub = VAC, "Attack"
            d.why("event_type", "the hostages taken were killed: an attack")
            break
    return None


def deadly_raid(d: Draft) -> str | None:
    """"مقتل 15 عنصرا إرهابيا خلال مداهمات نفذتها القوات": a raid (`raid_nouns`) told as the
    occasion of an armed party's dead (a word of "during" right before it, the dead counted before
    it in its clause) was a fight: an armed clash (ACLED), not arrests."""
    if d.sub != ARRESTS or d.actor2 is None or d.actor2.actor.inter not in NON_STATE_ARMED \
            or not grammar.has(d.doc.text[d.cue.start:d.cue.end].split()[0], "raid_nouns"):
        return None
    before = d.doc.text[max(d.clause[0], d.cue.start - RAID_OCCASION_CHARS):d.cue.start - prefix_len(d.doc, d.cue)].split()[-1:]
    if not before or not grammar.has(before[0], "during"):
        return None
    if d.doc.index["deaths"].starting_in(d.clause[0], d.cue.start):  # "مقتل 15", "قتلوا 18 مسلحا", "18 مسلحا قتلوا"
        d.etype, d.sub = BATTLES, "Armed clash"
        d.why("event_type", "an armed party's dead counted during a raid: a fight, not arrests")
        if d.actor1 is None and (force := reporting_force(d.doc, d.sent, d.cue, d.actors, abroad=True)) is not None:
            d.actor1 = force  # "قال متحدث باسم الجيش إن 18 مسلحا قتلوا في مداهمة": the force that raided
            d.why("actor1", "the state force that announces the enemy's dead fought them")
    return None


def intercepted_attempt(d: Draft) -> str | None:
    """"أسقطت قواتها سبع طائرات مسيرة حاولت مهاجمة القاعدة": what the weapons an interception stopped
    tried to do (a verb of trying right before the cue, the interception earlier in the sentence)
    is no incident of its own; the interception tells it."""
    if d.sub == DISRUPTED:
        return None
    before = d.doc.text[max(d.sent.start, d.cue.start - ATTEMPT_CHARS):d.cue.start - prefix_len(d.doc, d.cue)].split()[-1:]
    if not before or not grammar.has(before[0], "attempt_verbs"):
        return None
    stopped = any(c.cue.sub == DISRUPTED and c.end <= d.cue.start
                  for c in d.doc.index["cues"].starting_in(d.sent.start, d.cue.start))
    return "what the weapons an interception stopped tried to do ('حاولت مهاجمة'): the interception" if stopped else None


def _stopper_after_the_verb(d: Draft) -> bool:
    """"اعترضت الدفاعات الجوية السعودية صاروخا أطلقته الميليشيات الحوثية", "أسقطت الدفاعات السورية طائرة
    مسيرة إسرائيلية": a state's force right after the verb stopped the weapon (actor1); the next
    other side named after it fired it or owns it (actor2)."""
    after = list(d.actors.starting_in(d.cue.end, d.clause[1]))
    if not after or after[0].actor.inter not in (Inter.STATE, Inter.EXTERNAL):
        return False
    d.actor1 = after[0]
    d.actor2 = next((a for a in after[1:] if a.actor.id != after[0].actor.id), None)
    d.why("actor1", "the state's force after the verb of stopping stopped it")
    if d.actor2 is not None:
        d.why("actor2", "the side named after the stopper fired or owned what was stopped")
    return True


def stormed_by_a_crowd(d: Draft) -> str | None:
    """"اقتحم آلاف من أنصار رجل الدين المنطقة الخضراء", "هاجم مئات المحتجين مركزا للشرطة": a fight's
    verb whose subject right after it is a crowd counted in hundreds or thousands (`crowd_counts`),
    no armed party among its words, is a crowd's violence: a violent demonstration, its rioters."""
    if d.etype != BATTLES or d.cue.cue.pos != "verb":
        return None
    words = list(WORD.finditer(d.doc.text, d.cue.end, d.clause[1]))[:CROWD_WORDS]
    if not words or not grammar.has(words[0].group(), "crowd_counts") or any(
            a.actor.inter not in (Inter.PROTESTERS, Inter.CIVILIANS)  # (an angry mob's attack is mob violence)
            for a in d.actors.starting_in(words[0].start(), words[-1].end())):
        return None
    if d.actor1 is not None and d.actor1.start >= d.cue.end:
        d.actor1 = None
    d.etype, d.sub = RIOTS, "Violent demonstration"
    d.why("event_type", f"'{words[0].group()}': a crowd stormed or fought, a violent demonstration")
    return None


def driven_into(d: Draft) -> str | None:
    """"اقتحمت الشاحنة الحشود", "هاجمت سيارة جموع المحتفلين": a fight's verb whose subject right
    after it is a vehicle of the road (`road_vehicles`), or a fight's noun made with one ("هجوم
    بشاحنة"), no weapon (a car bomb) among its words, is its driver's ramming: an attack, no fight."""
    if d.etype != BATTLES or d.weapons:
        return None
    words = d.doc.text[d.cue.end:d.clause[1]].split()[:1]
    word = words[0].strip(WORD_END_PUNCT) if words else ""
    # "هجوم بشاحنة": the attack's noun and the vehicle it was made with
    if not (grammar.has(word, "road_vehicles") if d.cue.cue.pos == "verb" else
            any(word.startswith(p) and grammar.has(word[len(p):], "road_vehicles") for p in grammar.words("instrument_proclitics"))):
        return None
    d.etype, d.sub = VAC, "Attack"
    d.why("event_type", f"'{words[0]}' drove in: a ramming, an attack")
    return None


CONFRONTATION_WORDS = 3  # "مواجهات [اندلعت] مع قوات": the confrontation, a verb of breaking out, then "مع"
CONFRONTED_CHARS = 40  # "مع [قوات الاحتلال]": from the confrontation to the force it was with


def shot_in_a_confrontation(d: Draft) -> str | None:
    """"أصيب ثلاثة شبان بالرصاص المطاطي، خلال مواجهات اندلعت مع قوات الاحتلال": people shot, by
    nobody named, in a confrontation with a force told after a word of "during" later in the
    sentence (`confrontation_nouns`): the shots are that confrontation's, which makes the record."""
    if d.etype != VAC or d.actor1 is not None:
        return None
    words = list(WORD.finditer(d.doc.text, d.cue.end, d.sent.end))
    for i, m in enumerate(words[1:], 1):
        if not grammar.has(m.group(), "confrontation_nouns") or words[i - 1].group() not in grammar.words("during"):
            continue
        after = [w.group() for w in words[i + 1:i + CONFRONTATION_WORDS]]
        force = next((a for a in d.actors.starting_in(m.end(), m.end() + CONFRONTED_CHARS)
                      if a.actor.inter in (Inter.STATE, Inter.EXTERNAL)), None)
        if any(d.doc.role_of(w) == "with" for w in after) and force is not None:
            return f"'{words[i - 1].group()} {m.group()}': shot in a confrontation with a force, the confrontation's record"
    return None
