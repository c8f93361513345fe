"""The steps of the engine that settle the parties once the role rules have named them: who
can fly a raid, the police that "target" with no weapon, who took a place and who lost it, the parties of a protest, and the kind of a fight its target decides
(an attack on an armed actor is a battle, armed men against civilians are violence against
civilians, clashes with protesters are a riot). `marsad.extract.steps.STEPS` puts them in order;
each has a table test of sentences (tests/test_event_parties.py, tests/test_event_language.py)."""

from __future__ import annotations

from collections.abc import Sequence

from marsad.acled import (
    BATTLES,
    DISRUPTED,
    EXPLOSIONS,
    NON_STATE_ARMED,
    PROTESTS,
    RIOTS,
    SHELLING,
    VAC,
    Inter,
)
from marsad.extract import grammar
from marsad.extract.context import WORD, claims_before, number_before, prefix_len, some_of_a_crowd
from marsad.extract.document import Sentence
from marsad.extract.draft import Draft
from marsad.extract.killers import victim_nouns
from marsad.extract.mentions import ActorMention, CueMention, people_of, raid_by_aircraft
from marsad.extract.positions import fight_noun
from marsad.extract.targets import wounded_before

WITHDRAWAL_WORDS = 6  # "انسحاب [الولايات المتحدة] من اتفاقية": the noun, its subject, من and what is left
HANDED_WORDS = 5  # "سلم [التنظيم أمس نحو 11] جثة": the verb's subject, day and count, then what is handed
VEHICLE_CHARS = 12  # "[حافلة] ركاب": the vehicle right before the people it carries
BROKE_OUT_CHARS = 16  # "مواجهات [اندلعت مع] القوات": a verb of breaking out, then "مع"
PROTESTERS_AHEAD = 2  # sentences after a protest's report that may name its protesters
BODIES_CHARS = 30  # "جثث [ثلاثة] جنود", "عثرت [الشرطة أمس] على جثث": from the verb to the bodies, and from them to the dead
POLICE_REACH = 30  # characters from the police to "استهدفت" ("الشرطة التركية سلسلة عمليات استهدفت")
FOILED_CHARS = 20  # "[أثناء محاولتهم ]مهاجمة": the attempt word right before the assault
WITNESS_CHARS = 16  # "وشهدت [تركيا]": the verb of witnessing right before its subject


def who_flies(d: Draft) -> str | None:
    """Only states and foreign forces fly aircraft (a drone may be anyone's): "غارة" with a rebel
    group or a militia as actor1 names no party for the raid, and a group's own attack typed by
    an aircraft word of another clause ("لقصف جوي، كما استهدف عناصر داعش مناطق") is not a raid."""
    if not raid_by_aircraft(d.sub, d.weapons) or d.actor1 is None or d.actor1.actor.inter is None \
            or d.actor1.actor.flies:
        return None
    name = d.doc.text[d.actor1.start:d.actor1.end]
    if d.cue.cue.weapon == "aircraft":
        d.actor1 = None
        d.why("actor1", f"'{name}' flies no aircraft: no party named for the raid")
    elif d.cue.cue.default:
        d.sub = d.cue.cue.default
        d.why("sub_event_type", f"'{name}' flies no aircraft: its own attack, not a raid")
    return None


def bodies_found(d: Draft) -> str | None:
    """"عثرت الشرطة على جثث ثلاثة جنود", "أعلنت الشرطة العثور على جثتي شرطيين": who found the bodies
    or announced them is no party of the killing; the dead named right after the cue are its
    victims (the killer unknown unless named)."""
    body = _bodies_at(d)
    if d.etype != VAC or body is None:
        return None
    for role in ("actor1", "actor2"):  # "عثرت الشرطة على جثث ثلاثة رجال مقتولين": the finder before the bodies
        party = getattr(d, role)
        if party is not None and party.end <= body:
            setattr(d, role, None)
            d.why(role, f"'{d.doc.text[party.start:party.end]}' found or announced the bodies: no party")
    if d.actor2 is None:
        dead = next(iter(d.actors.starting_in(body, min(d.clause[1], body + BODIES_CHARS))), None)
        if dead is not None and dead is not d.actor1:
            d.actor2 = dead
            d.why("actor2", "the dead whose bodies were found")
    return None


def _bodies_at(d: Draft) -> int | None:
    """Where the noun of the bodies found stands in the cue's clause, up to a few words after the cue
    ("عثرت [الشرطة أمس] على جثث": `body_words`), or None."""
    words = WORD.finditer(d.doc.text, d.clause[0], min(d.clause[1], d.cue.end + BODIES_CHARS))
    return next((m.start() for m in words if grammar.has(m.group(), "body_words", prepositions=True)), None)


def police_target(d: Draft) -> str | None:
    """"استهدفت الشرطة أوكار المهربين", "شنت الشرطة عمليات استهدفت شبكات تجنيد": the police that
    "target" with no weapon named raid or arrest; they do not shell (a raid with arrests is told
    by its own words)."""
    a = d.actor1
    if d.etype != EXPLOSIONS or d.why_type != "default sub-type of the cue" or a is None \
            or not a.actor.name.startswith("Police Forces") \
            or not grammar.has(d.doc.text[d.cue.start:d.cue.end].split()[0], "targeting_verbs"):
        return None
    if 0 <= d.cue.start - a.end <= POLICE_REACH or 0 <= a.word_start - d.cue.end <= 2:  # its subject, not a speaker
        return f"'{d.doc.text[a.start:a.end]}' targets with no weapon named: a police operation"
    return None


def people_targeted(d: Draft) -> str | None:
    """"استهدف مسلحون دورية للشرطة", "استهدفت مجموعة مسلحة ثلاثة جنود": a non-state group that
    "targets" people (men counted or named by a person noun, a patrol, a motorcade, or the pronoun
    of people named before: "قتل جنديان بعد أن استهدفهم مسلحون") with no weapon
    named attacks them: a fight with armed men, an attack on civilians (`target_decides`); it
    shells nobody."""
    a1, a2 = d.actor1, d.actor2
    if d.etype != EXPLOSIONS or d.why_type != "default sub-type of the cue" or d.weapons or a1 is None \
            or a2 is None or a1.actor.inter not in NON_STATE_ARMED:
        return None
    word = d.doc.text[d.cue.start:d.cue.end].split()[0]
    # "قتل خمسة من رجال الشرطة إثر استهدافهم": the pronoun of people struck, named before the cue
    named_by_pronoun = a2.end <= d.cue.start and grammar.has(word, "people_targeted_by_pronoun")
    if not (named_by_pronoun or grammar.has(word, "targeting_verbs")):
        return None
    head = d.doc.text[a2.word_start:a2.end].split()[0]
    before = d.doc.text[max(d.cue.end, a2.word_start - VEHICLE_CHARS):a2.word_start].split()[-1:]
    if not (named_by_pronoun or head in victim_nouns() or grammar.has(head, "member_nouns") or grammar.has(head, "targeted_people")
            or number_before(d.doc, a2.word_start) is not None
            or (before and grammar.has(before[0], "targeted_people"))):  # "حافلة [ركاب]": the vehicle of its people
        return None
    d.etype, d.sub = BATTLES, "Armed clash"
    d.why("event_type", f"'{d.doc.text[a1.start:a1.end]}' targets people ('{head}') with no weapon named: an attack, not shelling")
    return None


def foiled_attempt(d: Draft) -> str | None:
    """"قتل ستة مسلحين يرتدون أحزمة ناسفة أثناء محاولتهم مهاجمة القوات الأمنية": men killed while
    they tried to assault a party (the attempt's pronoun names them) fought it and lost: a fight,
    they its actor1 and the party assaulted its actor2 (the bombs they wore went off in no blast)."""
    start = d.cue.start - prefix_len(d.doc, d.cue)
    before = list(WORD.finditer(d.doc.text, max(d.clause[0], start - FOILED_CHARS), start))[-1:]
    if not before or not grammar.has(d.doc.text[start:d.cue.end].split()[0], "assault_nouns", prepositions=True):
        return None
    word = before[0].group()
    if not (grammar.has(word, "attempt_words") and word.endswith(grammar.suffixes("pronoun_suffixes"))) \
            or not d.doc.index["deaths"].starting_in(d.clause[0], before[0].start()):
        return None
    named = d.actors.starting_in(d.clause[0], before[0].start())  # the men killed: the last named before
    struck = [a for a in d.actors.starting_in(d.cue.end, d.clause[1]) if a.actor.inter in ARMED]
    if not struck:
        return None
    d.etype, d.sub, d.weapons = BATTLES, "Armed clash", []
    d.actor1 = named[-1] if named and named[-1].actor.inter in ARMED else None  # "8 أشخاص": unnamed
    d.actor2 = struck[0]
    d.why("event_type", f"killed while they tried ('{word}') to assault a party: a fight they lost")
    return None


def state_bomber(d: Draft) -> str | None:
    """"العمليات التي أحبطتها قوات الأمن، وآخرها عندما حاول أحد المطلوبين تفجير نفسه": a state's
    force does not blow itself up; the force named before a suicide bombing stopped or reported it."""
    a = d.actor1
    if d.sub == "Suicide bomb" and a is not None and a.end <= d.cue.start and not d.ascribed \
            and a.actor.inter in (Inter.STATE, Inter.EXTERNAL):
        d.why("actor1", f"'{d.doc.text[a.start:a.end]}': a state's force is no suicide bomber")
        d.actor1 = None
    return None


def witness_subject(d: Draft) -> str | None:
    """"شهدت تركيا هجوما انتحاريا", "تعازيه لتركيا التي شهدت هجمات": the subject of a verb of
    witnessing, before it or after it in a relative clause, is where the incident happened, not a
    party to it."""
    for a in (d.actor1, d.actor2):
        if a is None or a.end > d.cue.start or (verb := _witnessed_by(d, a)) is None:
            continue
        d.why("actor1" if a is d.actor1 else "actor2", f"'{d.doc.text[a.start:a.end]}' witnessed it ('{verb}'): where it happened, not a party")
        if a is d.actor1:
            d.actor1 = None
        else:
            d.actor2 = None
    return None


def _witnessed_by(d: Draft, a: ActorMention) -> str | None:
    """The verb of witnessing right before the party ("شهدت تركيا") or after it and a relative
    pronoun ("تركيا التي شهدت"), or None."""
    before = d.doc.text[max(d.sent.start, a.word_start - WITNESS_CHARS):a.word_start].split()[-1:]
    if before and grammar.has(before[0], "witness_verbs"):
        return before[0]
    after = d.doc.text[a.end:a.end + WITNESS_CHARS].split()[:2]
    if len(after) == 2 and after[0] in grammar.words("relative_pronouns") and grammar.has(after[1], "witness_verbs"):
        return after[1]
    return None


def word_after(d: Draft, prepositions: str, reach: int) -> str | None:
    """The word right after the first preposition of `prepositions` among the cue's next `reach`
    words ("استولى المسلحون أمس على [ملايين]", "انسحاب الولايات المتحدة من [اتفاقية]")."""
    words = d.doc.text[d.cue.start:d.clause[1]].split()[:reach]
    at = next((i for i, w in enumerate(words) if w in grammar.words(prepositions)), None)
    return words[at + 1] if at is not None and at + 1 < len(words) else None


def protest_manner(d: Draft) -> str | None:
    """"تظاهر أنصار الحزب ... وأطلقت الشرطة الغاز المسيل للدموع على المحتجين الذين رشقوا
    القوات بقنابل حارقة": protesters who do violence riot (a violent demonstration, the force their
    second party), also when a force met them ("فرقت قوات الأمن مسيرة ...، فيما رد المحتجون
    بإلقاء زجاجات حارقة"); a force that broke up a peaceful protest intervened (ACLED)."""
    if d.etype != PROTESTS or d.sub not in ("Peaceful protest", "Protest with intervention") or d.sent.in_title:
        return None
    told = _this_protests(d, list(d.doc.sentences[d.sent.index:d.sent.index + 1 + PROTESTERS_AHEAD]))
    text = " ".join(d.doc.text[s.start:s.end] for s in told)
    violent = grammar.first_told(text, "riot_acts")
    if violent is None and d.sub != "Peaceful protest":
        return None  # "فرقت قوات الأمن مسيرة": met by force, no violence of its own
    dispersed = grammar.first_told(text, "dispersal_acts") or _some_arrested(d, told)
    if violent is None and dispersed is None:
        return None
    force = next((a for s in told for a in d.actors.starting_in(s.start, s.end) if a.actor.inter == Inter.STATE), None) \
        or next((a for a in (d.actor1, d.actor2) if a is not None and a.actor.inter == Inter.EXTERNAL), None)  # "قوات الأمن البحرينية فرقت"
    if violent is not None:
        if d.actor1 is not None and d.actor1.actor.inter not in (Inter.PROTESTERS, Inter.RIOTERS):
            d.actor1 = None
        d.etype, d.sub, d.actor2 = RIOTS, "Violent demonstration", force
        d.why("event_type", f"the protesters' own violence ('{violent}'): a violent demonstration")
    else:
        d.sub, d.actor2 = "Protest with intervention", force
        d.why("event_type", f"a force broke the protest up ('{dispersed}'): a protest with intervention")
    return None


def _this_protests(d: Draft, told: list[Sentence]) -> list[Sentence]:
    """The sentence of the protest and those after it up to one that tells a crowd's deed of its
    own at a place it names first ("وفي بلدة إمزورن، رشق محتجون قوات الأمن بالحجارة": another
    protest's stones)."""
    for i, s in enumerate(told[1:], 1):
        if any(c.cue.type in (PROTESTS, RIOTS) and d.doc.places_in(s.start, c.start)
               for c in d.doc.index["cues"].starting_in(s.start, s.end)):
            return told[:i]
    return told


def protest_parties(d: Draft) -> str | None:
    """A peaceful protest has no second party; the force that intervened is actor2 (ACLED)."""
    if d.etype != PROTESTS:
        return None
    in_sent = d.actors.starting_in(d.sent.start, d.sent.end)
    protesters = [a for a in in_sent if a.actor.inter == Inter.PROTESTERS]
    # (a state's forces named by its nationality, "قوات الأمن البحرينية", are coded as a foreign
    # force until the country places them at home: the subject before the cue, not the army the
    # protesters protest against after it)
    forces = [a for a in in_sent if a.actor.inter == Inter.STATE
              or (a.actor.inter == Inter.EXTERNAL and a.end <= d.cue.start)]
    if not protesters and d.actor1 is not None and d.actor1.actor.inter == Inter.STATE and d.sub != "Peaceful protest":
        d.actor1, d.actor2 = None, d.actor1  # "اعتقلت الشرطة ... خلال مظاهرة": the force intervened
    if not protesters:  # "... خلال مسيرة احتجاجية. وحاول متظاهرون منع ...": the next sentences name them
        nxt = d.doc.sentences[d.sent.index + 1:d.sent.index + 1 + PROTESTERS_AHEAD]
        protesters = [a for s in nxt for a in d.actors.starting_in(s.start, s.end) if a.actor.inter == Inter.PROTESTERS][:1]
    if not protesters and d.actor1 is not None and d.actor1.actor.inter not in (Inter.PROTESTERS, Inter.RIOTERS):
        d.actor1 = None  # "زعيم المعارضة" at a march, the police: no protesters (ACLED's Protesters (country))
    d.actor1 = protesters[0] if protesters else d.actor1
    if d.sub == "Peaceful protest":
        d.actor2 = None
        return None
    d.actor2 = forces[0] if forces else d.actor2
    if d.actor1 is not None and d.actor2 is not None and d.actor1.actor.id == d.actor2.actor.id:
        d.actor2 = None
    return None


FOUND_WORDS = 8  # "تم العثور [مساء الأحد على جنديين] قتلا بالرصاص": men found shot were not killed in a fight
ARMED = (Inter.STATE, Inter.REBEL, Inter.POLITICAL_MILITIA, Inter.IDENTITY_MILITIA, Inter.EXTERNAL)  # a fight's parties


def _off_duty(d: Draft, cue_words: list[str]) -> bool:
    """Armed men attacked out of a fight: off duty, found killed or executed, found shot ("تم العثور
    على شرطيين قتلا برصاصة"), or wounded guards of a place attacked ("إصابة رجل أمن في اعتداء على
    مبنى الحزب")."""
    return _off_duty_words(d) \
        or grammar.any_of(cue_words, "found_dead") or grammar.any_of(cue_words, "execution_words") \
        or grammar.any_of(d.doc.text[d.sent.start:d.cue.start].split()[-FOUND_WORDS:], "finding_verbs") \
        or (d.actor2 is not None and wounded_before(d.doc, d.actor2))


def _found_killed(d: Draft) -> bool:
    """A killing of men found dead ("تبنى الحزب قتل شرطيين عثر على جثتيهما", "عثر على جنديين
    مقتولين") or killed off duty ("في منزلهما")."""
    after = d.doc.text[d.cue.end:d.clause[1]].split()[:FOUND_WORDS]
    before = d.doc.text[d.sent.start:d.cue.start].split()[-FOUND_WORDS:]
    return _killing(d) and (_off_duty_words(d) or grammar.any_of(before + after, "finding_verbs"))


def _off_duty_words(d: Draft) -> bool:
    """"خارج الخدمة", "في منزلهما": words of off duty in the cue's reach."""
    # the text of the reach decides: kept per reach (the cues of a sentence mostly share one)
    return d.doc.kept("parties.off_duty_words", (d.reach.start, d.reach.end), lambda: any(
        map(d.doc.text[d.reach.start:d.reach.end].__contains__, grammar.suffixes("off_duty"))))


def _out_of_a_fight(d: Draft, first: int | None) -> bool:
    """Armed men killed and found dead ("تبنى الحزب قتل شرطيين عثر على جثتيهما"), or attacked by a
    group off duty ("استهدفت مجموعة مسلحة جنودا أثناء عودتهم إلى بيوتهم") or killed in a deed a group
    claims ("تبنت الحركة قتل شرطيين"), fought no fight."""
    return _found_killed(d) or (first in NON_STATE_ARMED and (_off_duty_words(d) or _claimed_killing(d)))


def _claimed_killing(d: Draft) -> bool:
    """"تبنت الحركة قتل شرطيين": the killing of policemen named as the deed a group claims (a word
    of claiming before it in its clause), with no fight told, is their murder; soldiers' is a fight."""
    if d.actor2 is None or not d.actor2.actor.name.startswith("Police Forces"):
        return False  # soldiers whose killing is claimed fell in a fight ("تبنى الحزب قتل جنديين")
    claims = claims_before(d.doc, d.clause[0], d.cue.start)
    return _killing(d) and bool(claims) and d.cue.cue.pos == "noun" \
        and not d.doc.index["cues"].between(claims[-1].end, d.cue.start)


def _killing(d: Draft) -> bool:
    """The cue is a word of death ("قتل", "مقتل"), not of a fight."""
    return bool(d.doc.index["deaths"].starting_in(d.cue.start, d.cue.end))


def _some_arrested(d: Draft, told: Sequence[Sentence]) -> str | None:
    """"واعتقلت الشرطة بعضهم": an arrest of some of the crowd (`context.some_of_a_crowd`) told with the protest."""
    return next((some for s in told for c in d.doc.index["cues"].starting_in(s.start, s.end)
                 if (some := some_of_a_crowd(d.doc, c, d.doc.clause_at(c.start)[1])) is not None), None)


def protest_around(d: Draft) -> bool:
    """"خلال مسيرة احتجاجية", "في بلدة الدراز، حيث يعتصم أنصار الشيخ": a protest cue right after a
    word of time (`during`) or of place (`where_links`) in the cue's reach is the protest the act
    was done in."""
    def linked(c: CueMention, section: str) -> bool:
        return any(grammar.has(w, section) for w in d.doc.text[max(0, c.start - 12):c.start].split()[-2:])
    return any(c.cue.type == PROTESTS and linked(c, "during") for c in d.doc.index["cues"].starting_in(d.reach.start, d.reach.end)) \
        or any(c.cue.type == PROTESTS and c.start > d.cue.end and linked(c, "where_links")
               for c in d.doc.index["cues"].starting_in(d.sent.start, d.sent.end))


def _protesters_met(d: Draft, target: int | None, first: int | None, cue_words: list[str]) -> bool:
    """Protesters and a force: clashes between them are a riot ("مواجهات بين قوات الأمن
    ومتظاهرين"); a state force that fires on them uses excessive force. True when it decided."""
    if d.etype == BATTLES and d.sub == "Armed clash" and Inter.PROTESTERS in (target, first) \
            and (grammar.has(cue_words[0], "clash_nouns") or grammar.has(cue_words[0], "clash_verbs")):
        force = d.actor1 if target == Inter.PROTESTERS else d.actor2
        d.etype, d.sub, d.actor1, d.actor2 = RIOTS, "Violent demonstration", None, force
        d.why("event_type", "clashes between protesters and a force are a violent demonstration")
        return True
    if (_untyped_fire(d) or (d.etype, d.sub) == (VAC, "Attack")) and target == Inter.PROTESTERS and first == Inter.STATE:
        d.etype, d.sub, d.actor1, d.actor2 = PROTESTS, "Excessive force against protesters", d.actor2, d.actor1
        d.why("event_type", "a state force that fires on protesters: excessive force against protesters")
        return True
    if _people_confront(d, target, first, cue_words):
        return True
    if (d.etype, d.sub) in ((BATTLES, "Armed clash"), (VAC, "Attack")) and first == Inter.STATE \
            and target in (None, Inter.CIVILIANS) and protest_around(d):  # "لقي شاب مصرعه برصاص الشرطة خلال مظاهرة": the one shot was protesting
        d.etype, d.sub = PROTESTS, "Excessive force against protesters"
        d.why("event_type", "a state force that shot someone during a protest: excessive force against protesters")
        return True
    if _untyped_fire(d) and first == Inter.PROTESTERS:
        # "اقتحم مئات من أنصار التيار المنطقة الخضراء": protesters who storm riot (no armed party)
        d.etype, d.sub, d.actor1 = RIOTS, "Violent demonstration", None
        d.why("event_type", "protesters who storm or attack: a violent demonstration")
        return True
    if d.sub == "Looting/property destruction" and first in (Inter.PROTESTERS, Inter.RIOTERS):
        # "رشقوا الشرطة بالحجارة وأحرقوا إطارات السيارات": property destroyed by demonstrators (ACLED)
        d.etype, d.sub = RIOTS, "Violent demonstration"
        d.why("event_type", "demonstrators who destroy property: a violent demonstration")
        return True
    if (d.etype, d.sub) in ((BATTLES, "Armed clash"), (VAC, "Attack")) and first == Inter.RIOTERS:
        # "هاجم حشد غاضب مركزا للشرطة وأضرموا فيه النار": rioters attack; a force is met, people are a mob's prey
        d.etype, d.sub = RIOTS, "Violent demonstration" if target in (Inter.STATE, Inter.EXTERNAL) else "Mob violence"
        d.why("event_type", f"rioters attack: {d.sub.lower()}")
        return True
    return False


def _untyped_fire(d: Draft) -> bool:
    """A clash, or projectiles fired ("أطلقت الشرطة مقذوفات معدنية على المحتجين"): what a force
    does to protesters, or protesters do, is no fight or shelling of armed parties."""
    return (d.etype, d.sub) in ((BATTLES, "Armed clash"), (EXPLOSIONS, SHELLING))


def _dead_of_clashes(d: Draft, cue_words: list[str]) -> bool:
    """"قتل شخصان وأصيب آخرون في اشتباكات جديدة": people counted by words that name nobody
    (`anonymous_dead`) before a noun of clashes died in the fight; they are no side of it (the
    draft loses them as its actor2); so are civilians a clause before a noun of clashes or battles
    counts ("قتل خمسة بينهم طفلان في بلدة X، مع استمرار المعارك": `fight_nouns`), and people
    counted dead after the noun ("المواجهات الدامية ... قتل خلالها 161 شخصا"). True when it decided."""
    a = d.actor2
    if a is None or not fight_noun(grammar.bare(cue_words[0])):
        return False
    anonymous = grammar.has(d.doc.text[a.word_start:a.end].split()[0], "anonymous_dead")
    if a.end > d.cue.start:  # "المواجهات الدامية ... قتل خلالها 161 شخصا": the dead counted after them, their toll
        if not (anonymous and d.doc.index["deaths"].starting_in(d.cue.end, a.start)):
            return False  # ("في الاشتباكات": the clashes told before)
    elif not (anonymous and grammar.has_bare(cue_words[0], "clash_nouns")) \
            and not (a.actor.inter == Inter.CIVILIANS and a.start < d.clause[0]):  # civilians of a clause before
        return False
    d.why("actor2", f"'{d.doc.text[a.start:a.end]}' counted among the dead of clashes: no side of them")
    d.actor2 = None
    return True


def _people_confront(d: Draft, target: int | None, first: int | None, cue_words: list[str]) -> bool:
    """"مواجهات بين شبان فلسطينيين والقوات الإسرائيلية", "أصيب عشرات الفلسطينيين في مواجهات مع القوات":
    people (civilians, or a people named by its plural), no armed party, confront a force: a riot."""
    after = d.doc.text[d.cue.end:d.cue.end + BROKE_OUT_CHARS].split()[:2]
    with_force = any(d.doc.role_of(w) == "with" for w in after)  # "في مواجهات [اندلعت] مع القوات"
    force = d.actor2 if first in (None, Inter.CIVILIANS) and target in (Inter.STATE, Inter.EXTERNAL) else \
        d.actor1 if first in (Inter.STATE, Inter.EXTERNAL) and target in (None, Inter.CIVILIANS) and with_force else None
    if (d.etype, d.sub) != (BATTLES, "Armed clash") or not grammar.has(cue_words[0], "confrontation_nouns") \
            or (force is None and (first, target) != (None, Inter.CIVILIANS)):
        return False  # (people and a force no party names: "مواجهات بين شبان وقوات الاحتلال")
    start = d.sent.start if with_force else d.clause[0]  # "أصيب ثلاثة شبان بالرصاص، خلال مواجهات مع قوات الاحتلال"
    if not any(a.actor.inter == Inter.CIVILIANS for a in d.actors.starting_in(start, d.clause[1])) \
            and not any(people_of(w) for w in d.doc.text[start:d.clause[1]].split()):
        return False
    d.etype, d.sub, d.actor1, d.actor2 = RIOTS, "Violent demonstration", None, force
    d.why("event_type", "people, no armed party, in a confrontation with a force: a violent demonstration")
    return True


def target_decides(d: Draft) -> str | None:
    """An attack on an armed actor is a battle; armed men against civilians are violence
    against civilians."""
    target = d.actor2.actor.inter if d.actor2 is not None else None
    first = d.actor1.actor.inter if d.actor1 is not None else None
    cue_words = d.doc.text[d.cue.start:d.cue.end].split()
    off_duty = _off_duty(d, cue_words)
    if d.etype == VAC and d.sub == "Attack" and target in ARMED \
            and not off_duty and _bodies_at(d) is None:  # bodies found: killed out of a fight
        d.etype, d.sub = BATTLES, "Armed clash"
        d.why("event_type", "an attack on an armed actor is a battle")
    elif _protesters_met(d, target, first, cue_words) \
            or (d.etype == BATTLES and d.sub == "Armed clash" and target == Inter.CIVILIANS and _dead_of_clashes(d, cue_words)):
        pass  # decided by the helper
    elif d.etype == BATTLES and d.sub == "Armed clash" and target in (Inter.CIVILIANS, Inter.PROTESTERS):
        d.etype, d.sub = VAC, "Attack"
        d.why("event_type", "the target is unarmed (civilians, protesters)")
    elif d.etype == BATTLES and d.sub == "Armed clash" and target in ARMED and _out_of_a_fight(d, first):
        d.etype, d.sub = VAC, "Attack"
        d.why("event_type", "armed men attacked out of a fight (found dead, off duty, their killing claimed): an attack")
    elif d.sub == DISRUPTED and target == Inter.CIVILIANS:
        d.actor2 = None  # "تفكيك العبوات والمنازل المفخخة": the houses rigged are no victims (ACLED: no actor2)
        d.why("actor2", "a device defused harms nobody: no civilians acted on")
    return None


def destroyer_named(d: Draft) -> str | None:
    """"تفقد السكان موقع التفجير حيث دمرت متاجر ومبان": buildings destroyed with nobody named as
    destroying them are the damage of an incident told, not an act (ACLED's property destruction
    always has its perpetrator)."""
    if d.sub == "Looting/property destruction" and d.actor1 is None:
        return "property destroyed with nobody named as destroying it: damage, not an act"
    if d.sub == "Agreement" and d.actor1 is None and d.actor2 is None:  # "التوصل إلى اتفاق" of a committee, a hope
        return "an agreement with no party named: no conflict actor agreed anything"
    return None


def withdrawal_from_accord(d: Draft) -> str | None:
    """"انسحاب الولايات المتحدة من اتفاقية باريس", "انسحب الحزب من المفاوضات": leaving an accord, talks
    or a race hands over no territory; nor does handing over bodies, arms or captives ("سلم جثثا")."""
    if d.sub != "Non-violent transfer of territory":
        return None
    what = word_after(d, "from_prepositions", WITHDRAWAL_WORDS)
    if what is not None and grammar.has(what, "withdrawn_from"):
        return f"'{what}': leaving an accord or a contest, no territory handed over"
    handed = next((w for w in d.doc.text[d.cue.end:d.clause[1]].split()[:HANDED_WORDS]
                   if grammar.has(w, "handed_things", prepositions=True)), None)
    if handed is not None:  # "سلم داعش نحو 11 جثة للطب العدلي": bodies, arms or captives, not a place
        return f"'{handed}' handed over: no territory"
    return None
