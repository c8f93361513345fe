"""Steps of the engine for incident words that name no incident told as done: an incident
expected ("معركة وشيكة", "الهجوم المرتقب"), an act named as a policy ("سياسة الاعتداء",
"استراتيجية القصف"), a kind of protest banned ("منع التظاهر", "حظر المظاهرات"), an incident
someone is protected from ("بحماية المدنيين من الغارات"), weapons stores or a bomb destroyed in the
outcome of a fight told before them ("مقتل 30 مسلحا وتدمير خمسة مستودعات للأسلحة"), one of alternatives
("إما في القتال أو في عمليات القصف"), a kind of deed listed with the evils of war ("وجه الدم والقصف
والتفجيرات"), the shelling both sides of a fight trade ("وسط قصف متبادل بين الطرفين"), a halt asked
or made ("بوقف غاراتها الجوية"), the arrest of some of a protest's crowd ("واعتقلت الشرطة بعضهم"),
projectiles named as what a launcher fires ("مواقع إطلاق المقذوفات"). Each returns
why the cue makes no record, or None; `marsad.extract.steps.STEPS` puts them in order, and each
has a table test of sentences in tests/test_event_figures.py."""

from __future__ import annotations

from marsad.acled import BATTLES, DISRUPTED, EXPLOSIONS, PROTESTS
from marsad.extract import grammar
from marsad.extract.context import WORD, prefix_len, some_of_a_crowd
from marsad.extract.document import WORD_END_PUNCT
from marsad.extract.draft import Draft

EXPECTED_WORDS = 2  # "غارات [جوية] متوقعة", "معركة [شاملة] وشيكة": a word of its own, then the adjective
SOURCE_WORDS = 3  # "[على مصادر النيران] ودمرتها": the source of the fire struck back before the verb
EXPECTED_CHARS = 30
POLICY_CHARS = 24  # "[سياسة ]الاعتداء": the word right before the cue
BAN_CHARS = 16  # "[يمنع ]الاعتصامات"
DEVICE_SUBS = ("Remote explosive/landmine/IED", "Suicide bomb")  # a car bomb, an explosive device: what may be destroyed
DESTROYER_GAP = 12  # "دمر [ثلاث ]عجلات": from a verb of destroying to the device it destroyed
STORE_WORDS = 3  # "تدمير [تسعة] مستودعات للأسلحة": the word of destroying, a count, the stores
ALTERNATIVE_WORDS = 3  # "إما [في] القتال", "أو [في عمليات] القصف": the word of alternatives, a preposition, a noun of operations
ALTERNATIVE_REACH = 8  # "إما في القتال أو في عمليات القصف أو": from إما to a later alternative
PROTECTION_WORDS = 5  # "بحماية [المدنيين في المدينة] من الغارات": the word of protection, then من or ضد
EXCHANGE_CHARS = 12  # "قصف [مدفعي ]متبادل": the shelling, an adjective, then the word of trading
HALT_CHARS = 12  # "[بوقف ]غاراتها": the noun of halting right before the cue
LAUNCHER_CHARS = 30  # "[مواقع إطلاق ]المقذوفات": the launcher's words right before the projectile
LANDING_WORDS = 10  # "قذائف [هاون أطلقت من الأراضي السورية] وسقطت": from the projectile to the verb of its landing
EVIL_LIST_WORDS = 2  # "الدم [و]القصف [و]التفجيرات": the list's words on either side of the cue


def expected(d: Draft) -> str | None:
    """"حذرت من معركة شاملة وشيكة", "تستعد القوات للهجوم المرتقب": an incident noun that an
    adjective of expectation (`expectation_adjectives`, right after it or after one word of its
    own) describes is one awaited, not one told as done."""
    if d.cue.cue.pos != "noun":
        return None
    after = d.doc.text[d.cue.end:min(d.clause[1], d.cue.end + EXPECTED_CHARS)].split()[:EXPECTED_WORDS]
    if after and after[0] != after[0].rstrip(WORD_END_PUNCT):
        after = after[:1]  # "الهجوم، المرتقب": the phrase ends at the mark
    word = grammar.first([w.strip(WORD_END_PUNCT) for w in after], "expectation_adjectives")
    return f"'{word}': an incident expected, not told as done" if word else None


def policy_of(d: Draft) -> str | None:
    """"التخلي عن سياسة الاعتداء على جيرانها", "استراتيجية القصف العشوائي": an act named after
    a word of policy or manner (`policy_heads`, right before the noun) is a way of acting, no
    incident."""
    word = _word_before(d, "policy_heads", POLICY_CHARS) if d.cue.cue.pos == "noun" else None
    return f"'{word} {d.doc.text[d.cue.start:d.cue.end]}': a policy, not an incident" if word else None


def banned(d: Draft) -> str | None:
    """"قررت السلطات منع التظاهر", "أعلنت الحكومة حظر المظاهرات": a kind of protest right after
    a word of banning (`ban_words`) is one forbidden, none held ("احتجاجا على منع التظاهر": the
    protest against the ban is the cue before it)."""
    word = _word_before(d, "ban_words", BAN_CHARS) if d.cue.cue.type == PROTESTS else None
    return f"'{word} {d.doc.text[d.cue.start:d.cue.end]}': a protest banned, none held" if word else None


def _word_before(d: Draft, section: str, reach: int) -> str | None:
    """The word right before the cue (its proclitics aside, within `reach` characters of its
    clause), when it is a term of `section`."""
    start = d.cue.start - prefix_len(d.doc, d.cue)
    before = d.doc.text[max(d.clause[0], start - reach):start].split()[-1:]
    return before[0] if before and grammar.has(before[0], section, prepositions=True) else None


def guarded_against(d: Draft) -> str | None:
    """"طالب المجلس بحماية المدنيين من الغارات الجوية", "محصنات ضد الاعتداءات": an incident noun
    after من or ضد (`protection_links`) a few words after a word of protection (`protection_words`)
    is what someone is kept from, none told as done."""
    if d.cue.cue.pos != "noun":
        return None
    start = d.cue.start - prefix_len(d.doc, d.cue)
    before = d.doc.text[d.clause[0]:start].split()[-PROTECTION_WORDS - 1:]
    if not before or before[-1] not in grammar.words("protection_links"):
        return None
    word = grammar.first(before[:-1], "protection_words")
    return f"'{word} ... {before[-1]}': what someone is protected from, not told as done" if word else None


def destroyed_in_the_outcome(d: Draft) -> str | None:
    """"أسفرت العمليات عن مقتل 30 مسلحا وتدمير خمسة مستودعات للأسلحة", "مقتل 17 مسلحا وتدمير سيارة
    مفخخة بقصف للتحالف": weapons stores or a bomb destroyed (a word of destroying right before them)
    after a toll or a fight or a strike told before in the sentence are part of that incident's
    outcome, no disrupted weapons use of their own; so are those a verb cue of destroying right before
    them destroyed ("طيران الجيش دمر ثلاث عجلات مفخخة": that deed is the record)."""
    bomb = d.cue.cue.type == EXPLOSIONS and (d.cue.cue.default or d.cue.cue.sub) in DEVICE_SUBS
    if d.cue.cue.pos != "noun" or (d.cue.cue.sub != DISRUPTED and not bomb):
        return None
    start = d.cue.start - prefix_len(d.doc, d.cue)
    if not grammar.any_of(d.doc.text[max(d.sent.start, start - 40):start].split()[-STORE_WORDS:], "destroying_words"):
        return None
    dead = d.doc.index["deaths"].starting_in(d.sent.start, d.cue.start)
    fight = [c for c in d.doc.index["cues"].starting_in(d.sent.start, d.cue.start) if c.cue.type in (BATTLES, EXPLOSIONS)
             or (c.cue.pos == "verb" and d.cue.start - c.end <= DESTROYER_GAP)]  # "دمر [ثلاث] عجلات مفخخة": the verb's own deed
    return "weapons or a bomb destroyed in the outcome of the incident told before them" if dead or fight else None


def finished_off(d: Draft) -> str | None:
    """"اعترضت الدفاعات صاروخا ودمرته", "أسقطت طائرة مسيرة ودمرتها": a verb of destruction joined by
    "و", its object its own pronoun (`pronoun_suffixes`), after another cue in its clause, or after
    the source of a fire struck back ("ردت على مصادر النيران ودمرتها": `fire_source_heads`), finishes
    the deed told before it: no incident of its own."""
    if d.cue.cue.sub != "Looting/property destruction" or d.cue.cue.pos != "verb":
        return None
    word = d.doc.text[d.cue.start:d.cue.end].split()[0]
    start = d.cue.start - prefix_len(d.doc, d.cue)
    before = d.doc.text[max(d.clause[0], start - 2):d.cue.start].split()
    joined = word.startswith(grammar.suffixes("clitic_conjunctions")) or (before and before[-1] in grammar.words("clitic_conjunctions"))
    if not joined or not word.endswith(grammar.suffixes("pronoun_suffixes")):
        return None
    if any(c.start < start for c in d.doc.index["cues"].starting_in(d.clause[0], start)) \
            or grammar.any_of(d.doc.text[d.clause[0]:start].split()[-SOURCE_WORDS:], "fire_source_heads"):
        return "a destruction joined to the deed before it, its object that deed's (a pronoun): no incident of its own"
    return None


def alternatives(d: Draft) -> str | None:
    """"قتلوا في سوريا إما في القتال أو في عمليات القصف": an incident noun right after the word that
    opens alternatives (`alternative_openings`, a preposition between), or after the "أو" of a later
    one, is one of the ways people met their end, no incident told."""
    if d.cue.cue.pos != "noun":
        return None
    start = d.cue.start - prefix_len(d.doc, d.cue)
    words = d.doc.text[d.clause[0]:start].split()
    word = grammar.first(words[-ALTERNATIVE_WORDS:], "alternative_openings")
    if word is None and grammar.first(words[-ALTERNATIVE_WORDS:], "alternative_links"):  # "... أو في عمليات القصف"
        word = grammar.first(words[-ALTERNATIVE_REACH:], "alternative_openings")
    return f"'{word} ...': one of alternatives, no incident told" if word else None


def among_evils(d: Draft) -> str | None:
    """"غير وجه الدم والقصف والتفجيرات", "لا تدعو إلى التكفير والإرهاب والتفجير": a definite
    incident noun in a list ("و") with an evil of war that is no act (`war_evils`: الدم، الإرهاب،
    الدمار …) names a kind of deed, no incident."""
    doc, cue = d.doc, d.cue
    if cue.cue.pos != "noun" or not doc.text.startswith("ال", cue.start):
        return None
    start = cue.start - prefix_len(doc, cue)
    after = [w[1:] for w in doc.text[cue.end:d.clause[1]].split()[:EVIL_LIST_WORDS] if w.startswith("و")]
    # "الدم والقصف": the words before a cue joined with "و" are the list's too
    before = doc.text[d.clause[0]:start].split()[-EVIL_LIST_WORDS:] if doc.text.startswith("و", start) else []
    listed = [w[1:] if w.startswith("و") else w for w in before] + after
    word = next((w for w in listed if grammar.has(w.strip(WORD_END_PUNCT), "war_evils")), None)
    return f"'{word}': listed with the evils of war, a kind of deed, not an incident" if word else None


def exchange_in_a_fight(d: Draft) -> str | None:
    """"دارت اشتباكات بين قوات النظام والفصائل، وسط قصف متبادل بين الطرفين": fire both sides trade
    (a word of `exchange_words` right after the cue's noun) in a sentence that tells their fight
    before it is that fight's, no incident of its own."""
    if d.cue.cue.type != EXPLOSIONS:
        return None
    after = d.doc.text[d.cue.end:d.cue.end + EXCHANGE_CHARS].split()[:2]
    word = grammar.first([w.strip(WORD_END_PUNCT) for w in after], "exchange_words")
    if word is None:
        return None
    fights = [c for c in d.doc.index["cues"].starting_in(d.sent.start, d.cue.start) if c.cue.type == BATTLES]
    return f"'{word}': the fire both sides of the fight told before trade" if fights else None


def halt_of(d: Draft) -> str | None:
    """"طالب الحكومة بوقف غاراتها الجوية على المتمردين", "لإيقاف القصف": an incident noun right after a
    noun of halting (`halt_nouns`) names what is asked or made to stop, no incident told."""
    if d.cue.cue.pos != "noun":
        return None
    before = d.doc.text[max(d.sent.start, d.cue.start - prefix_len(d.doc, d.cue) - HALT_CHARS):
                        d.cue.start - prefix_len(d.doc, d.cue)].split()[-1:]
    return f"'{before[0]}': a halt, no incident told" if before and grammar.has(before[0], "halt_nouns", prepositions=True) else None


def protesters_arrested(d: Draft) -> str | None:
    """"تظاهر الآلاف في وسط المدينة، واعتقلت الشرطة بعضهم": an arrest of some of them
    (`context.some_of_a_crowd`) after a protest told in its sentence or the one before is the force's
    intervention in that protest (`dispersal_acts`), no arrests of their own."""
    some = some_of_a_crowd(d.doc, d.cue, d.clause[1])
    if some is None:
        return None
    told = d.doc.sentences[max(0, d.sent.index - 1)].start
    protests = [c for c in d.doc.index["cues"].starting_in(told, d.cue.start) if c.cue.type == PROTESTS]
    return f"'{some}': some of the protesters told before, arrested in their protest" if protests else None


def launched_from(d: Draft) -> str | None:
    """"دمرت مواقع إطلاق المقذوفات", "منصات لإطلاق الصواريخ", "منصة الصواريخ": projectiles named as
    what a launch site or a launcher fires (`launcher_phrases`, `fire_source_heads` right before
    the cue) are no incident of their own."""
    if d.cue.cue.pos != "noun" or d.cue.cue.type != EXPLOSIONS:
        return None
    start = d.cue.start - prefix_len(d.doc, d.cue)
    before = d.doc.text[max(d.clause[0], start - LAUNCHER_CHARS):start].split()[-2:]
    if ((len(before) == 2 and grammar.has(" ".join(before), "launcher_phrases"))
            or (before and grammar.has(before[-1], "fire_source_heads"))) and not _landed_at_a_place(d):
        return f"'{' '.join(before)}': what a launcher fires, no incident of its own"
    return None


def _landed_at_a_place(d: Draft) -> bool:
    """"رد على مصادر قذائف هاون أطلقت من الأراضي السورية وسقطت في بلدة قرقميش": projectiles told with
    where they landed (`landing_verbs`, then a town or a village) are an incident, whatever was
    struck back at their source."""
    words = list(WORD.finditer(d.doc.text, d.cue.end, d.sent.end))[:LANDING_WORDS]
    landed = next((w for w in words if grammar.has(w.group(), "landing_verbs")), None)
    return landed is not None and any(p.geo_precision < 2 for p in d.doc.places_in(landed.end(), d.sent.end))

