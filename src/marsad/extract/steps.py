"""The decisions the event engine takes for one cue, as an ordered list of named steps.

Each step reads and fills a `Draft` (the cue with what has been decided about it so far) and
returns None to go on, or the reason the cue reports no incident (the cue is then dropped; the
reason is what `--explain` and the step tests show). `STEPS` is the order they run in; every
step has a table test (tests/test_event_rules.py, tests/test_event_language.py). The
steps that tell look-alikes from incidents live in `marsad.extract.filters`, those that settle the
parties after the role rules in `marsad.extract.parties`, those of incidents told elsewhere in
`marsad.extract.retold`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from functools import cache

from marsad.acled import ABDUCTION, ARRESTS, BATTLES, EXPLOSIONS, PROTESTS, STRATEGIC, VAC, Inter
from marsad.extract import grammar
from marsad.extract.arguments import find_places_for
from marsad.extract.ascribed import ascribed, made_by_in_relative, stood_behind
from marsad.extract.context import (
    WORD,
    actor_before,
    definite,
    in_quotes,
    is_planned,
    markers_in,
    number_before,
    prefix_len,
    reporting_force,
    since,
    since_an_event,
    speaker,
    state_country,
)
from marsad.extract.document import (
    WORD_END_PUNCT,
    AnalysedDocument,
    Spans,
)
from marsad.extract.draft import Draft, Step
from marsad.extract.event_dates import find_date
from marsad.extract.figures import (
    alternatives,
    among_evils,
    banned,
    destroyed_in_the_outcome,
    exchange_in_a_fight,
    expected,
    finished_off,
    guarded_against,
    halt_of,
    launched_from,
    policy_of,
    protesters_arrested,
)
from marsad.extract.filters import (
    abstract_holding,
    any_object,
    arrest_trap,
    circumstance,
    concern,
    countering,
    crash_on_no_one,
    criticism,
    crowd_going_out,
    fighter_path,
    fighters_dead_in_violence,
    fighting_a_party,
    figurative_blow,
    figurative_explosion,
    figurative_subject,
    figurative_target,
    fire_at_the_raiders,
    fire_source,
    fled_from,
    halted,
    instrument,
    merit,
    more_of,
    noun_after_preposition,
    participation,
    plot_foiled,
    post_attacked,
    pretext,
    protest_as_scene,
    protest_motive,
    protesters_clash,
    question,
    stopped_before_done,
    suspended,
    trend,
)
from marsad.extract.manner import (
    controlled_detonation,
    deadly_raid,
    defused,
    detention_by_armed_group,
    driven_into,
    exchange_of_fire,
    exchange_sides,
    hardware_destroyed,
    hostages_killed,
    intercepted_attempt,
    interception,
    led_away_by_state,
    means_of_the_verb,
    operation_target,
    shot_in_a_confrontation,
    stormed_by_a_crowd,
    storming_for_arrest,
    told_by_its_means,
    victims_killed_after,
)
from marsad.extract.mentions import ActorMention, CueMention
from marsad.extract.modality import aim_of_the_foiled, modality, own_men_killed, own_men_made_it, verdict
from marsad.extract.parties import (
    bodies_found,
    destroyer_named,
    foiled_attempt,
    people_targeted,
    police_target,
    protest_around,
    protest_manner,
    protest_parties,
    state_bomber,
    target_decides,
    who_flies,
    withdrawal_from_accord,
    witness_subject,
)
from marsad.extract.positions import bomb_cue
from marsad.extract.reach import after_passive, cue_reach, purpose
from marsad.extract.recall import background_reason, days_before, non_political_reason
from marsad.extract.retold import PERPETRATOR_REACH, another, place_described, reference, referenced
from marsad.extract.roles import find_roles
from marsad.extract.said_days import reporting
from marsad.extract.sides import (
    answered_side,
    dead_of_both_sides,
    own_losses,
    pelted_force,
    repelled_by_pronoun,
)
from marsad.extract.stopped import attackers_killed, stopped_before_the_blast
from marsad.extract.summaries import (
    CAMPAIGN_HEAD_CHARS,
    campaign,
    campaigns,
    entering_its_period,
    period_summary,
    plural_subject,
    series_described,
    summary,
)
from marsad.extract.takeovers import retaken_from, territory
from marsad.extract.times import quoted_alone
from marsad.extract.weapon_kinds import type_and_sub
from marsad.geo.resolve import PlaceMention

FIRED_FROM_AFAR = {"Shelling/artillery/missile attack", "Air/drone strike"}  # not a bomb the dead set off
UNARMED_OR_STATE = (Inter.STATE, Inter.CIVILIANS, Inter.PROTESTERS)  # no enemy a reporting force fought
WAR_RELATIVE_WORDS = 3  # "الذي بدأ [ب]احتجاجات": the relative pronoun and its verb before the cue
WAR_HEAD_WORDS = 4  # "الصراع في سوريا،": the war noun and its place before the relative pronoun
ONGOING_WORDS = 2  # "القصف [الجوي] الذي يشنه": the words between the noun and its relative clause
CHAIN_CHARS = 48  # "[والذي تبناه تنظيم داعش] وأودى": from the relative pronoun of the chain to the verb joined to it
QUOTED_PHRASE_WORDS = 4  # '"ردا على [إطلاق صاروخ]" من غزة': the words of a short quotation before its cue
NAME_CHARS = 60  # the longest name of a party before a cue word inside it ("جبهة حزب [التحرير] الشعبي الثوري")
PRESENT_WORDS = 5  # "وتواصل [طائرات عسكرية مصرية تنفيذ] غارات": the present verb and the subject after it
PRESENT_CHARS = 60
ONGOING_CHARS = 60
ANOTHER_SENTENCES = 2  # sentences before "another" incident that may name its town
NOUN_BEFORE_RELATIVE = 24  # characters: "التفجير الانتحاري الذي استهدف"
NEGATION_REACH = 30  # characters between a negation word and the cue it negates
WEAPON_NAME_CHARS = 12  # "[طائرة من] دون طيار": where a weapon's name holding a negation word starts


def new_draft(doc: AnalysedDocument, cue: CueMention, actors: Spans[ActorMention], seen: set[str]) -> Draft:
    sent = doc.sentence_at(cue.start)
    return Draft(doc, cue, actors, seen, sent, doc.clause_at(cue.start), cue_reach(doc, cue, sent))


# ---------------------------------------------------------------- filters: is it an incident at all


def state_description(d: Draft) -> str | None:
    """"الخاضعة لسيطرة", "ضربة قاضية", "أوقفوا سيارة": words of a cue inside a phrase of
    `non_events` (cues.yaml) that tells a state, a figure or no incident; the reason quotes it."""
    span = d.doc.non_event_at(d.cue.start, d.cue.end)
    return f"a state or no incident ('{d.doc.text[span[0]:span[1]]}'), not an act" if span else None


def control_state(d: Draft) -> str | None:
    """"تسيطر الفصائل على الأحياء الشرقية": who holds what, not a change of control."""
    word = d.doc.text[d.cue.start:d.cue.end].split()[0]
    if not d.sent.in_title and grammar.has(word, "state_verbs"):
        return f"a state ('{word}'), not a change of control"
    # "بات التحالف يسيطر على الأجواء سيطرة كاملة": the noun that repeats the verb of the state
    if d.sent.in_title or not grammar.has(grammar.bare(word), "cognate_controls"):
        return None
    held = [w for w in d.doc.text[d.clause[0]:d.cue.start].split() if grammar.has(w, "state_verbs")]
    if held:
        return f"a state ('{held[-1]} ... {word}'), not a change of control"
    return None


def relative_clause(d: Draft) -> str | None:
    start = d.cue.start - prefix_len(d.doc, d.cue)
    d.role = d.doc.role_before(start, max_gap=1)
    head = d.doc.text[max(0, start - CAMPAIGN_HEAD_CHARS):start].split()[-1:]
    if d.role is None and head and d.cue.cue.pos == "noun" and grammar.has(head[0], "campaign_nouns") \
            and d.doc.role_before(start - len(head[0]) - 1, max_gap=1) == "cause":
        d.role = "cause"  # "في أعقاب حملة القصف التركية": the campaign named as a cause
    if d.role == "relative" and actor_before(d.doc, d.actors, d.cue) and not _dated_right_after(d):
        return "a relative clause describing the actor ('داعش الذي سيطر على')"
    if d.role == "relative" and d.cue.cue.pos == "verb" and _noun_cue_before(d):
        return "a relative clause of the incident named just before ('التفجير الذي استهدف')"
    if _in_a_relative_chain(d):
        return "a relative clause of the incident named before goes on ('التفجير الذي ...، والذي تبناه التنظيم وأودى')"
    return _war_described(d)


def _in_a_relative_chain(d: Draft) -> bool:
    """"التفجير الذي استهدف مسجدا ...، والذي تبناه التنظيم وأودى بحياة 26": a verb joined by "و" a few
    words after a relative pronoun (no other cue between), in a sentence whose incident noun opens a
    relative clause, tells of that incident."""
    start = d.cue.start - prefix_len(d.doc, d.cue)
    if not d.doc.text[start:d.cue.start].startswith(grammar.suffixes("clitic_conjunctions")):
        return False
    words = list(WORD.finditer(d.doc.text, max(d.sent.start, start - CHAIN_CHARS), start))
    rel = next((w for w in reversed(words) if grammar.has(w.group(), "relative_pronouns")), None)
    if rel is None or any(c.cue.pos == "noun" for c in d.doc.index["cues"].starting_in(rel.end(), start)):
        return False
    return any(c.cue.pos == "noun" and d.doc.text[c.end:c.end + 1] == " "
               and grammar.has(d.doc.text[c.end:c.end + CHAIN_CHARS].split()[0], "relative_pronouns")
               for c in d.doc.index["cues"].starting_in(d.sent.start, rel.start()))


def _dated_right_after(d: Draft) -> bool:
    """"مروحيات الأباتشي التابعة للتحالف، التي استهدفت أمس مواقع الميليشيات": a day right after the
    relative clause's verb tells what the party did that day, not what it is known for."""
    return any(0 <= t.start - d.cue.end <= 1 and t.time_precision == 1 for t in d.doc.times_in(d.cue.end, d.clause[1]))


def _war_described(d: Draft) -> str | None:
    """"النزاع في اليمن، الذي اندلع بعد احتجاجات ضد الحكومة": what a relative clause says of a war (how
    it began, what it became) tells no incident of the article."""
    words = d.doc.text[d.sent.start:d.cue.start].split()
    near = words[-WAR_RELATIVE_WORDS:]
    at = next((i for i in range(len(near) - 1, -1, -1) if near[i] in grammar.words("relative_pronouns")), None)
    if at is None:
        return None
    head = words[:len(words) - len(near) + at][-WAR_HEAD_WORDS:]
    war = next((w for w in head if grammar.has(w, "war_nouns")), None)
    return f"'{war}' described in a relative clause, not an incident" if war else None


def _noun_cue_before(d: Draft) -> bool:
    """An incident noun, perhaps with an adjective, right before the relative pronoun; not one
    with a place between ("مداهمة لبلدة القريتين التي استولى عليها التنظيم": the clause tells what
    befell the place, an incident of its own)."""
    start = d.cue.start - prefix_len(d.doc, d.cue)
    words = d.doc.text[max(d.sent.start, start - NOUN_BEFORE_RELATIVE):start].split()
    if not words or words[-1] not in grammar.words("relative_pronouns"):
        return False
    head = start - len(" ".join(words[-1:])) - 1
    return any(c.cue.pos == "noun" and head - c.end <= NOUN_BEFORE_RELATIVE and not d.doc.places_in(c.end, head)
               for c in d.doc.index["cues"].starting_in(d.sent.start, head))


def is_negated(doc: AnalysedDocument, cue: CueMention, clause: tuple[int, int]) -> bool:
    """A negation shortly before the cue in its clause; not one inside a weapon's name ("طائرة من
    دون طيار استهدفت", "طائرات بدون طيار")."""
    return any(m.kind == "negation" and m.end <= cue.start and cue.start - m.end <= NEGATION_REACH
               and not _in_weapon_name(doc, m.start, m.end) for m in markers_in(doc, clause[0], clause[1]))


def _in_weapon_name(doc: AnalysedDocument, start: int, end: int) -> bool:
    return any(w.start <= start and end <= w.end for w in doc.index["weapons"].starting_in(start - WEAPON_NAME_CHARS, start + 1))


def negated_or_planned(d: Draft) -> str | None:
    if is_negated(d.doc, d.cue, d.clause):
        return "negated in its clause"
    if is_planned(d.doc, d.cue, d.clause):
        return "a plan, threat or possibility (future marker before the cue)"
    return None


def operation_name(d: Draft) -> str | None:
    """"معركة "عاصفة الجنوب"": a noun cue right before a quoted name names an operation; not when the
    cue ends with a preposition ("السيطرة على «قاعدة العند»": the quoted name is its object)."""
    last = d.doc.text[d.cue.start:d.cue.end].split()[-1]
    if d.cue.cue.pos == "noun" and d.doc.text[d.cue.end:d.cue.end + 2].strip().startswith('"') \
            and last not in grammar.words("prepositions") and not _short_quote_closed(d):
        return "the name of an operation ('معركة \"...\"')"
    if d.cue.cue.pos == "noun" and quoted_alone(d.doc.text, d.cue.start - prefix_len(d.doc, d.cue), d.cue.end) \
            and not d.doc.places_in(d.cue.end, d.clause[1]):  # ('"تحرير" بنغازي': a deed and its place)
        return "a word quoted alone ('من \"إهانة\" النساء و\"الاعتداء\" عليهن'): speech, not an incident told"
    before = d.doc.text[max(0, d.cue.start - 12):d.cue.start].split()
    if d.cue.cue.pos == "noun" and before and grammar.has(before[-1], "name_heads"):
        return f"part of a group's name ('{before[-1]} {d.doc.text[d.cue.start:d.cue.end]}')"
    named = next((a for a in d.actors.starting_in(d.cue.start - NAME_CHARS, d.cue.start) if d.cue.end <= a.end), None)
    if named is not None:  # "جبهة حزب التحرير الشعبي الثوري": the liberation is the party's name
        return f"part of a party's name ('{d.doc.text[named.start:named.end]}')"
    return None


def _short_quote_closed(d: Draft) -> bool:
    """'"ردا على إطلاق صاروخ" من غزة': the mark after the cue closes a short quotation (a few words)
    the cue ends, no name after it."""
    if not in_quotes(d.doc.text, d.sent.start, d.cue.start):
        return False
    return len(d.doc.text[d.doc.text.rfind('"', d.sent.start, d.cue.start):d.cue.start].split()) <= QUOTED_PHRASE_WORDS


def aim(d: Draft) -> str | None:
    if purpose(d.doc, d.cue):
        return "an aim joined with ل ('لتحرير'), not an incident"
    return None


def not_political(d: Draft) -> str | None:
    return non_political_reason(d.doc, d.cue, d.sent, d.clause)


# ---------------------------------------------------------------- typing and roles


def typing(d: Draft) -> str | None:
    d.etype, d.sub, d.weapons, d.why_type = type_and_sub(d.doc, d.cue, d.clause, d.reach)
    d.why("event_type", f"cue '{d.doc.text[d.cue.start:d.cue.end]}': {d.why_type}")
    return None


def protest_arrests(d: Draft) -> str | None:
    """Arrests at a protest are the protest's intervention (ACLED: Protest with intervention)."""
    if d.etype != STRATEGIC or d.sub != ARRESTS:
        return None
    protesters = [a for a in d.actors.starting_in(d.cue.end, d.reach.end) if a.actor.inter == Inter.PROTESTERS]
    if protest_around(d) or protesters:
        d.etype, d.sub = PROTESTS, "Protest with intervention"
        d.why("event_type", "arrests of protesters, or during a protest")
    return None


def roles(d: Draft) -> str | None:
    doc, cue = d.doc, d.cue
    found = find_roles(doc, cue, d.actors, d.reach, d.clause, after_passive(doc, cue))
    d.actor1, d.actor2 = found.actor1, found.actor2
    if d.actor2 and found.why2:
        d.why("actor2", found.why2)
    before = doc.text[max(d.sent.start, cue.start - PERPETRATOR_REACH):cue.start].split()
    if before and grammar.has(before[-1], "perpetrator_nouns"):
        if d.actor1 is not None and d.actor1.end <= cue.start:
            d.actor1 = None  # "أعلنت الشرطة هوية منفذي الهجوم": the perpetrators are not the speaker
            d.why("actor1", f"'{before[-1]}' names the perpetrators, not the actor before them")
        return None
    if d.actor1 is not None:
        if found.why1:
            d.why("actor1", found.why1)
        return None
    who = speaker(doc, d.sent, cue, d.actors)
    if who and _own_positions_hit(d):  # "الغارة التي ذكر أنها استهدفت مواقعها": the speaker was hit
        d.actor2 = d.actor2 or who
        d.why("actor2", "the speaker's own positions ('مواقعها') were hit")
    elif who and not (bomb_cue(cue) and who.actor.inter in (Inter.STATE, Inter.EXTERNAL)):
        d.actor1 = who  # "أشارت السلطات إلى أنه فجر نفسه": a state tells of a bomb, it sets none off
        d.why("actor1", "the speaker of 'قال ... إنها' is the agent")
    elif (d.etype == BATTLES or d.sub in FIRED_FROM_AFAR) and d.actor2 is not None \
            and d.actor2.actor.inter not in UNARMED_OR_STATE:  # "قالت السلطات إن ثمانية أشخاص قتلوا": no enemy
        force = reporting_force(doc, d.sent, cue, d.actors)  # "أعلن مصدر في قيادة العمليات مقتل سبعة من داعش بقصف مدفعي"
        if force is not None and force.actor.id != d.actor2.actor.id:
            d.actor1 = force
            d.why("actor1", "the state force that announces the enemy's dead fought them")
    return None


def _own_positions_hit(d: Draft) -> bool:
    """"استهدفت مواقعها": the object after the cue is a position with an attached pronoun."""
    after = d.doc.text[d.cue.end:d.clause[1]].split()[:1]
    if not after:
        return False
    return grammar.has_with_pronoun(after[0].strip(WORD_END_PUNCT), "position_heads")


# ---------------------------------------------------------------- where, when, how many


def where_and_when(d: Draft) -> str | None:
    d.places, d.why_place = find_places_for(d.doc, d.cue, d.reach, d.clause)
    if d.another and not any(d.sent.start <= p.start < d.sent.end for p in d.places):
        d.places, d.why_place = _place_of_the_first(d)  # "في تفجير آخر شمالي المدينة": where the first was
    if d.sub == ARRESTS and (home := _arrests_at_home(d)) is not None:
        d.places, d.why_place = home
    d.when = find_date(d.doc, d.cue, d.sent)
    back = days_before(d.doc, d.cue)  # "بعد أربعة أيام على هجوم انتحاري": the attack's own day
    if back is None:
        return None
    own_day = d.when.time is not None and d.when.time.start > d.cue.start  # "على الهجوم الذي ... الاثنين"
    if d.when.date is not None and not own_day:
        d.when = replace(d.when, date=d.when.date - timedelta(days=back[0]),
                         why=f"'{back[1]}' the day the sentence tells ({d.when.why})")
    for role in ("actor1", "actor2"):  # the parties of what the sentence tells are not its own
        party = getattr(d, role)
        if party is not None and party.start < back[2]:
            setattr(d, role, None)
            d.why(role, f"'{d.doc.text[party.start:party.end]}' belongs to what the sentence tells, '{back[1]}' this incident")
    if d.places and all(p.end <= back[2] for p in d.places):  # "شنت غارات في سوريا بعد أربعة أيام على هجوم"
        d.places, d.why_place = [], f"the places before '{back[1]}' are those of what the sentence tells"
    return None


def _arrests_at_home(d: Draft) -> tuple[list[PlaceMention], str] | None:
    """"وأمس أعلنت الشرطة التركية اعتقال ثلاثة أشخاص": a state's police arrest in their own country;
    a place of another country borrowed from outside the sentence (for the police, from anywhere:
    "خلية قاتل أفرادها في العراق") gives way to their country named in the text (or to none)."""
    if d.actor1 is None or d.actor1.actor.inter != Inter.STATE:
        return None
    # "أعلنت وزارة الداخلية الكويتية": the nationality right after the state's office names its state
    country = state_country(d.doc, d.actor1)
    police = d.actor1.actor.name.startswith("Police Forces of ")  # the police do not arrest abroad
    if country is None or (not police and any(d.sent.start <= p.start < d.sent.end for p in d.places)) \
            or (d.places and all(p.place is None or p.place.country == country for p in d.places)):
        return None
    home = [p for p in d.doc.places if p.place is not None and p.place.kind == "country" and p.place.country == country]
    if not d.places:  # "ألقت السلطات الألمانية القبض على شخص": no place here, the country named elsewhere
        return (home[:1], f"a state's police arrest at home ({country}), the country the article names") if home else None
    return home[:1], f"a state's police arrest at home ({country}), not where the place borrowed lies"


def _place_of_the_first(d: Draft) -> tuple[list[PlaceMention], str]:
    """The town or village named last before "another" incident, in its sentence or the two before
    ("... في سوق بمدينة بعقوبة بشرق العراق. ... في تفجير آخر شرقي المدينة": Baqubah)."""
    first = d.doc.sentences[max(0, d.sent.index - ANOTHER_SENTENCES)].start
    towns = [p for p in d.doc.places_in(first, d.cue.start) if p.geo_precision <= 2 and p.latitude is not None]
    if towns:
        return [towns[-1]], "another incident: the town named before it"
    return find_places_for(d.doc, d.cue, d.sent, d.clause)


def habitual(d: Draft) -> str | None:
    """"يوميا", "بانتظام": a habit; "مع استمرار الاشتباكات" sets a scene going on for what it
    names, not for an act told before it ("استهدفت البراميل المدينة مع استمرار الاشتباكات")."""
    for m in markers_in(d.doc, d.clause[0], d.clause[1]):
        if m.kind == "habitual" and not (m.start >= d.cue.end and grammar.has(
                d.doc.text[m.start:m.end].split()[0], "continuing_heads")):
            return "a habit or a repeated state ('عادة', 'يوميا')"
    if (past := grammar.first_told(f" {d.doc.text[d.clause[0]:d.clause[1]]} ", "in_the_past")) is not None:
        return f"deeds told of the past in general ('{past}')"
    return None


def ongoing(d: Draft) -> str | None:
    start_words = since(d.doc, d.clause)
    if start_words is None and number_before(d.doc, d.cue.start - prefix_len(d.doc, d.cue)) is not None:
        start_words = since_an_event(d.doc, (d.cue.end, d.clause[1]))  # "1700 طلعة جوية منذ بدء عاصفة الحزم"
    if start_words is not None and not _own_day_before(d, start_words):
        return f"an ongoing campaign told with its start ('{start_words}')"
    assert d.when is not None
    if d.when.inherited and (span := grammar.first_told(f" {d.doc.text[d.cue.end:d.clause[1]]} ", "long_spans")):
        return f"what goes on for a long span ('{span}'), with no date of its own"
    held = d.doc.text[d.cue.start - prefix_len(d.doc, d.cue):d.cue.end].split()[:1]
    if held and (grammar.has(held[0], "holding_present") or grammar.has_with_pronoun(held[0], "holding_present")) \
            and not d.sent.in_title and d.sub == ABDUCTION:  # "كانت الجماعة تحتجزهم": held, its pronoun too
        return f"the present tense of holding ('{held[0]}'): someone held captive by an armed group, not the taking"
    if not d.when.inherited and not (d.when.time is not None and reporting(d.doc, d.when.time, d.cue)):
        return None  # a day of its own; not the day a report told it ("بحسب حصيلة جديدة للمرصد أمس")
    start = d.cue.start - prefix_len(d.doc, d.cue)
    # "ويشن الطيران غارات", "وتواصل طائرات عسكرية مصرية تنفيذ غارات": the clause's verb before the cue
    words = d.doc.text[max(d.clause[0], start - PRESENT_CHARS):start].split()[-PRESENT_WORDS:]
    # "المعارضة تقصف. وواصل مقاتلو المعارضة قصف القريتين": a past verb of going on tells the day's act
    words = words[next((i + 1 for i in range(len(words) - 1, -1, -1) if grammar.has(words[i], "went_on_verbs")), 0):]
    words += d.doc.text[start:d.cue.end].split()[:1]
    present = grammar.first(words, "present_attack_verbs")
    if present and not d.sent.in_title:  # "تحالفا يشن ضربات جوية على داعش": what it does these days
        return f"the present tense ('{present}') with no date of its own: a campaign going on"
    if words[:-1] and grammar.has(words[-2], "becoming_verbs") and not d.sent.in_title:
        return f"'{words[-2]}': what the fighting has become, with no date of its own (a state)"
    if d.cue.cue.pos == "noun":  # "نتائج القصف الجوي الذي يشنه الجيش"
        text = " ".join(d.doc.text[d.cue.end:d.cue.end + ONGOING_CHARS].split()[:ONGOING_WORDS + 2])
    else:  # "العمليات التي تستهدف قوات النظام": the cue is the relative clause's verb
        text = " ".join(d.doc.text[max(d.sent.start, start - 8):d.cue.end].split()[-2:])
    # in the order of grammar.suffixes (longest first, then by letters): --explain names the same phrase every run
    hit = _first_within_words(text, grammar.suffixes("ongoing_relatives"), ONGOING_WORDS + 1)
    return f"an ongoing campaign described ('{hit}'), with no date of its own" if hit else None


def _own_day_before(d: Draft, start_words: str) -> bool:
    """"قصفت مقاتلات تركية مخيمات المتمردين يوم الاثنين في حملة قد تقوض مسار التسوية ... منذ عام 1984": the
    incident's own day, told before the start of what goes on, dates this act of it; the start
    belongs to what is named after it."""
    own = d.when.time if d.when is not None and not d.when.inherited else None
    return own is not None and own.kind in ("weekday", "relative_day") and own.start > d.cue.start \
        and d.doc.text.find(start_words, own.end, d.clause[1]) >= 0


def _first_within_words(text: str, phrases: tuple[str, ...], reach: int) -> str | None:
    """The first of `phrases` that starts within the first `reach` words of `text` (the phrases
    of n words looked up among the text's n-grams starting there, each n-gram made once)."""
    words = text.split()
    starts = range(min(reach, len(words)))
    grams: dict[int, set[str]] = {}
    for phrase, n in _word_counts(phrases):
        found = grams.get(n)
        if found is None:
            found = grams[n] = {" ".join(words[i:i + n]) for i in starts}
        if phrase in found:
            return phrase
    return None


@cache
def _word_counts(phrases: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    return tuple((p, len(p.split())) for p in phrases)


def fight_as_scene(d: Draft) -> str | None:
    """"شن الطيران 40 غارة على المنطقة خلال المعارك، ما أدى إلى مقتل خمسة مدنيين": a definite
    fight noun after "خلال" (`circumstance_words`), an act of another kind told before it in its
    clause: the scene of that act (its dead are the act's), not an incident of its own."""
    if d.cue.cue.type != BATTLES or d.cue.cue.pos != "noun" or not definite(d.doc, d.cue):
        return None
    words = d.doc.text[d.clause[0]:d.cue.start - prefix_len(d.doc, d.cue)].split()
    if not words or not grammar.has(words[-1], "circumstance_words"):
        return None
    told = [c for c in d.doc.index["cues"].starting_in(d.clause[0], d.cue.start)
            if c.end < d.cue.start and c.cue.type in (EXPLOSIONS, VAC)]
    return f"'{words[-1]}': the fight told as the scene of the act before it in its clause" if told else None


def recall(d: Draft) -> str | None:
    """An earlier incident told as context is kept, flagged background."""
    assert d.when is not None
    reason = background_reason(d.doc, d.cue, d.sent, d.clause, d.when)
    if not reason and d.role == "relative" and d.cue.cue.pos == "verb" and d.when.inherited and not d.sent.in_title \
            and not place_described(d):
        # "عارضة الأزياء التي اختطفت في إيطاليا": what befell the one named before, no day of its own
        reason = "a relative clause that says what befell the one named before it, with no date of its own"
    if reason:
        d.background = True
        d.why("background", reason)
    return None


STEPS: tuple[Step, ...] = (
    noun_after_preposition, state_description, control_state, relative_clause, reference, another, negated_or_planned, question, crash_on_no_one, fighters_dead_in_violence, operation_name, fire_source, campaign, aim, any_object, more_of, plot_foiled, aim_of_the_foiled, stopped_before_done, fled_from, concern, entering_its_period, circumstance, fight_as_scene, trend, arrest_trap, post_attacked, participation, fighter_path, countering, fighting_a_party, instrument, means_of_the_verb, told_by_its_means, figurative_target, abstract_holding, figurative_blow, figurative_explosion, merit, expected, policy_of, banned, guarded_against, destroyed_in_the_outcome, finished_off, exchange_in_a_fight, halt_of, launched_from, protesters_arrested, alternatives, among_evils, figurative_subject, criticism, halted, suspended, verdict, pretext, attackers_killed, stopped_before_the_blast, protest_motive, crowd_going_out, protest_as_scene, fire_at_the_raiders, protesters_clash,
    not_political,
    typing, operation_target, hardware_destroyed, exchange_of_fire, defused, protest_arrests, roles, answered_side, repelled_by_pronoun, exchange_sides, dead_of_both_sides, bodies_found, ascribed, made_by_in_relative, stood_behind, foiled_attempt, controlled_detonation, state_bomber, witness_subject, own_men_made_it, who_flies, police_target, people_targeted, own_losses, interception, intercepted_attempt, destroyer_named, withdrawal_from_accord, own_men_killed, modality, territory, retaken_from, storming_for_arrest, led_away_by_state, protest_arrests, detention_by_armed_group, hostages_killed, deadly_raid, stormed_by_a_crowd, driven_into, protest_manner, pelted_force, protest_parties, shot_in_a_confrontation, victims_killed_after, target_decides, where_and_when, habitual, ongoing,
    recall, series_described, summary, plural_subject, campaigns, period_summary, referenced,
)


def run_steps(d: Draft, steps: tuple[Step, ...] = STEPS) -> str | None:
    """Run the steps in order; the reason of the first that drops the cue, or None."""
    for step in steps:
        reason = step(d)
        if reason is not None:
            return reason
    return None

