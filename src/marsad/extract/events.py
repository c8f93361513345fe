"""The event engine: every cue that reports an incident becomes a candidate event. The ordered
steps of `steps.STEPS` decide, cue by cue, whether it reports an incident and fill its type,
parties, place, date, modality and flags; the passes below then share information between
candidates of one document, and `merge` makes records of them. Entry point: `build_candidates`.
"""

from __future__ import annotations

from marsad.acled import (
    ABDUCTION,
    ARRESTS,
    BATTLES,
    DISORDER,
    EXPLOSIONS,
    NON_STATE_ARMED,
    PROTESTS,
    VAC,
    Inter,
)
from marsad.extract import grammar
from marsad.extract.candidates import PLANTED, Candidate, candidates_of
from marsad.extract.context import (
    after_passive,
    definite,
    described_directly,
    in_quotes,
    incident_told_before,
    prefix_len,
    since,
    speaker_words,
    state_country,
)
from marsad.extract.document import PHRASE_BREAKS, AnalysedDocument
from marsad.extract.mentions import ActorMention, CueMention, raid_by_aircraft
from marsad.extract.positions import bomb_cue
from marsad.extract.references import resolve_references
from marsad.extract.roles import VERB_AFTER_NOUN_CHARS
from marsad.extract.steps import new_draft, run_steps
from marsad.extract.tolls import toll_cues

__all__ = ["BATTLES", "DISORDER", "EXPLOSIONS", "build_candidates"]

# a shelling with nobody named goes on with the parties of the one before it, if any; only
# then is it an unidentified group's (a bomb's planter is never carried over)
CARRIED_DEFAULT = {"Shelling/artillery/missile attack"}
SUBJECT_GAP_CHARS = 2  # "استهدف [] انفجار": the verb, a space, its subject noun
STRONG_CUE = 0.6  # weaker cues (a bare "هجوم") need a date and a place of their own
CUMULATIVE_TOLL = 1000  # "مقتل 2070 شخصا" with no incident named: the dead of many incidents
STATE_FORCES = {Inter.STATE, Inter.EXTERNAL}  # a state's forces, at home or abroad
MEANS_GAP = 3  # "هجوم [ ب]سيارات مفخخة": between an incident noun and the cue of its means
AIRCRAFT_OWNER_CHARS = 24  # "[طائرات] نظام بشار الأسد": the aircraft before the state that flies them
EXTENSION_CHARS = 8  # "امتد [القصف]": a verb of spreading right before the cue
QUOTED = "quoted speech with no date of its own"  # the reason such a candidate is no record of its own
WEAK = "a weak cue without its own date, parties and place"


ASIDE_WORDS = 3  # "سيارة مفخخة، [يقودها انتحاري]، استهدف": the words of an aside on the device
DESCRIPTION_CHARS = 30  # "هجوم [جديد صباح اليوم] استهدف": the words between a noun cue and the verb that goes on with it
DESCRIPTION_WORDS = 8  # "هجوم [انتحاري كبير نسبته الحكومة إلى المتمردين] واستهدف"


def build_candidates(doc: AnalysedDocument, dropped: list[tuple[CueMention, str]] | None = None) -> list[Candidate]:
    """Candidates of one document; `dropped` collects the cues that report no incident and why."""
    actors = resolve_references(doc)
    seen_cues: set[str] = set()
    out: list[Candidate] = []
    for cue in sorted([*doc.mentions.cues, *toll_cues(doc, actors)], key=lambda c: c.start):
        draft = new_draft(doc, cue, actors, seen_cues)
        reason = run_steps(draft)
        if reason is not None:
            if dropped is not None:
                dropped.append((cue, reason))
            continue
        out.extend(candidates_of(draft))
    _attach_fatalities(doc, out)
    _cumulative_tolls(doc, out)
    tolled = {id(c.cue) for c in out if c.fatalities}
    for c in out:
        c.toll_shared = c.fatalities is None and id(c.cue) in tolled
        c.ground_force = c.actor1 is not None and not c.actor1.reference and _on_the_ground(doc, c.actor1)
    _where_it_struck(doc, out)
    _subject_goes_on(doc, out)
    _continue_actors(doc, out)
    _named_by_a_generic_attack(out)
    _air_by_actor(doc, out)
    _lend_to_verb(doc, out)
    _toll_of_the_verb_after(out)
    kept = []
    for c in out:
        reason = _unsupported(c, doc)
        if reason is None:
            c.explain.append(("kept", _support(c, doc)))
            kept.append(c)
        elif reason == QUOTED and c.actor1 is not None and not c.reference:
            # "وأفادت الوكالة بسقوط "القذائف التي أطلقتها التنظيمات الإرهابية"": the words of a
            # report name who fired the shells of the incident the article tells: it only merges
            c.reference = True
            c.explain.append(("kept", "quoted speech with no date of its own: it only merges, lending its parties"))
            kept.append(c)
        elif reason == WEAK and _toll_of_the_known(c, doc):
            # "قالت الشرطة إن 7 أشخاص قتلوا في الهجوم": the toll of the incident told before: it only merges
            c.reference, c.actor1 = True, None  # its speaker ("قالت الشرطة") made nothing
            c.explain.append(("kept", "the toll of a definite incident with no date or place of its own: it only merges"))
            kept.append(c)
        elif dropped is not None:
            dropped.append((c.cue, reason))
    return _verb_after_noun(doc, kept, dropped, [c for c in out if c.cue.cue.pos == "noun"])


def _toll_of_the_verb_after(cands: list[Candidate]) -> None:
    """"وفي هجوم آخر مساء أمس استهدف دورية للشرطة، قتل شرطي": the toll of the verb right after
    a noun cue is the noun's incident's (the verb goes on with it, `_verb_after_noun`), so the noun
    is told with its dead."""
    for n in cands:
        if n.cue.cue.pos != "noun" or n.fatalities is not None:
            continue
        if any(v.cue.cue.pos == "verb" and v.fatalities is not None and v.sentence.index == n.sentence.index
               and 0 < v.cue.start - n.cue.end <= DESCRIPTION_CHARS for v in cands):
            n.toll_shared = True


def _verb_after_noun(doc: AnalysedDocument, cands: list[Candidate], dropped: list[tuple[CueMention, str]] | None,
                     all_nouns: list[Candidate]) -> list[Candidate]:
    """"في هجوم استهدف مقرا للشرطة", "41 ضربة جوية استهدفت مواقع": a verb cue right after a noun
    cue (or after the noun's description, joined by "و": "هجوم انتحاري نسبته أنقرة إلى التنظيم
    واستهدف ناشطين"), typed by no weapon of its own or as the noun is, goes on with the incident
    the noun names; one record (the noun's), not two. The verb after the description of a noun
    that gives no record of its own ("في رد على هجوم انتحاري وقع الاثنين في سوروج، واستهدف
    ناشطين": the cause the news answers) gives none either."""
    nouns = [c for c in cands if c.cue.cue.pos == "noun"]
    kept_nouns = {id(n) for n in nouns}
    out = []
    for c in cands:
        head = [n for n in nouns if n.sentence.index == c.sentence.index
                and (0 < c.cue.start - n.cue.end <= VERB_AFTER_NOUN_CHARS or _described_then(doc, n.cue, c.cue) or described_directly(doc, n.cue, c.cue))]
        if c.cue.cue.pos == "verb" and head and (c.defaulted_sub or c.sub_event_type == head[0].sub_event_type):
            if head[0].actor2 is None and c.actor2 is not None:
                head[0].actor2 = c.actor2
                head[0].explain.append(("actor2", "what the verb right after the cue targets"))
            if head[0].fatalities is None and c.fatalities is not None:  # "غارات استهدفت المدينة وأسفرت عن مقتل 6"
                head[0].fatalities, head[0].fatality_span = c.fatalities, c.fatality_span
                head[0].explain.append(("fatalities", "the toll of the verb that goes on with the cue"))
            if dropped is not None:
                dropped.append((c.cue, "the verb goes on with the incident the noun before it names"))
            continue
        if c.cue.cue.pos == "verb" and c.defaulted_sub and any(
                n.sentence.index == c.sentence.index and id(n) not in kept_nouns
                and (_described_then(doc, n.cue, c.cue) or described_directly(doc, n.cue, c.cue))
                for n in all_nouns):
            if dropped is not None:
                dropped.append((c.cue, "the verb goes on with the incident the noun before it names, no record of its own"))
            continue
        out.append(c)
    return out


def _described_then(doc: AnalysedDocument, noun: CueMention, verb: CueMention) -> bool:
    """"هجوم انتحاري كبير نسبته الحكومة إلى المتمردين واستهدف مدنيين": a verb joined by "و" after a few
    words that describe the noun before it (an agent word, an ascription verb or a relative pronoun
    among them, no clause break; or when and where it happened, "وقع الاثنين في سوروج، واستهدف",
    a comma before the و) goes on with the noun's incident."""
    between = doc.text[noun.end:verb.start]
    words = between.split()
    if not words or len(words) > DESCRIPTION_WORDS or doc.text[verb.start - 1:verb.start] != "و" \
            or doc.index["cues"].starting_in(noun.end, verb.start - 1):
        return False
    occurred = any(grammar.has(w, "occurrence_verbs") for w in words)  # "وقع الاثنين في سوروج، واستهدف"
    body = between[:-1].rstrip()  # the words before the و of the verb
    if occurred and body.endswith("،"):
        body = body[:-1]
    if any(m in body for m in PHRASE_BREAKS):
        return False
    if occurred or any(r[2] == "agent" for r in doc.roles_between(noun.end, verb.start)):
        return True
    return any(w in grammar.words("relative_pronouns") or grammar.has(w, "ascription_verbs") for w in words)


def _lend_to_verb(doc: AnalysedDocument, cands: list[Candidate]) -> None:
    """"قتل سبعة أشخاص في هجوم بالمتفجرات استهدف مقرا": a weak noun (or one with no place) with the
    weapon and the toll, then the verb that tells the attack: the verb's record takes the toll and
    the weapon's sub-type."""
    for n in cands:
        if n.cue.cue.pos != "noun" or (n.strength >= STRONG_CUE and n.place is not None):
            continue  # (a strong noun with no place lends its toll too: "بانفجار سيارة مفخخة، يقودها انتحاري، استهدف ...")
        for v in cands:
            if not _noun_then_verb(doc, n, v) or (v.event_type != n.event_type and not v.defaulted_sub):
                continue
            if v.fatalities is None and n.fatalities is not None:
                v.fatalities, v.fatality_span = n.fatalities, n.fatality_span
                v.explain.append(("fatalities", "the toll of the attack the verb goes on with"))
            if v.defaulted_sub and not n.defaulted_sub and n.event_type == EXPLOSIONS:
                v.event_type, v.sub_event_type, v.defaulted_sub = n.event_type, n.sub_event_type, False
                v.explain.append(("sub_event_type", "the weapon of the attack the verb goes on with"))


def _noun_then_verb(doc: AnalysedDocument, noun: Candidate, verb: Candidate) -> bool:
    """"في هجوم استهدف مقرا", "في هجوم بالمتفجرات استهدف": a verb cue right after a noun cue (or
    after the weapon that follows the noun) goes on with the incident the noun names."""
    if verb.cue.cue.pos != "verb" or verb.sentence.index != noun.sentence.index or verb.cue.start <= noun.cue.end:
        return False
    gap_start = noun.cue.end
    weapons = doc.index["weapons"].starting_in(noun.cue.end, verb.cue.start)
    for w in weapons:
        if w.start - gap_start > 2:
            return _aside_on_the_weapon(doc, noun, verb, bool(weapons))
        gap_start = max(gap_start, w.end)
    return verb.cue.start - gap_start <= 2 or _aside_on_the_weapon(doc, noun, verb, bool(weapons))


def _aside_on_the_weapon(doc: AnalysedDocument, noun: Candidate, verb: Candidate, weapon: bool) -> bool:
    """"بانفجار سيارة مفخخة، يقودها انتحاري، استهدف مركزا": a few words between commas that tell who
    drove the device, then the verb with no "و": it goes on with the noun's incident."""
    between = doc.text[noun.cue.end:verb.cue.start]
    words = between.replace("،", " ").replace(",", " ").split()
    return weapon and between.strip().startswith(("،", ",")) and between.strip().endswith(("،", ",")) \
        and 0 < len(words) <= ASIDE_WORDS and not prefix_len(doc, verb.cue) \
        and not doc.index["cues"].starting_in(noun.cue.end, verb.cue.start - 1)


def _on_the_ground(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"وقصفت قوات النظام قريتين" after the regime's raids: the forces, not the aircraft, bombarded."""
    return grammar.has((doc.text[a.start:a.end].split() or [""])[0], "ground_force_heads")


def _air_by_actor(doc: AnalysedDocument, cands: list[Candidate]) -> None:
    """"قصف التحالف": the coalition's bombardments are air strikes unless a weapon says otherwise;
    a bombardment with no weapon named continues the kind of the attack told just before."""
    for i, c in enumerate(cands):
        if not c.defaulted_sub or c.event_type != EXPLOSIONS:
            continue
        if c.actor1 is not None and c.actor1.actor.strikes_by_air:
            c.sub_event_type = "Air/drone strike"
            c.explain.append(("sub_event_type", "bombardment by an actor that strikes from the air"))
            continue
        if _incident_noun_subject(doc, c):
            continue  # "واستهدف انفجار أمس خط أنابيب": the explosion named is what struck
        for prev in reversed(cands[:i]):
            if c.sentence.index - prev.sentence.index > 2:
                break
            if c.sentence.index - prev.sentence.index > 0 and prev.event_type == EXPLOSIONS \
                    and not (c.actor1 is not None and c.actor1.actor.inter in STATE_FORCES and prev.sub_event_type in PLANTED):
                # only the attack told just before, and only when it is the same party's (a state's
                # bombardment, "القصف التركي", goes on with no bomb planted by others)
                if (not prev.defaulted_sub or prev.sub_event_type != "Shelling/artillery/missile attack") \
                        and not (bomb_cue(c.cue) and prev.sub_event_type not in PLANTED) \
                        and (c.actor1 is None or prev.actor1 is None or prev.actor1.actor.id == c.actor1.actor.id) \
                        and (c.actor1 is None or prev.sub_event_type != "Air/drone strike"
                             or (c.actor1.actor.flies and not _on_the_ground(doc, c.actor1))):  # a rebel flies no raid
                    c.sub_event_type = prev.sub_event_type
                    c.explain.append(("sub_event_type", "the same kind of attack as the sentence before"))
                break


def _incident_noun_subject(doc: AnalysedDocument, c: Candidate) -> bool:
    """A verb cue whose subject, right after it, is a noun cue ("استهدف انفجار", "ضرب هجوم"): that
    noun tells what struck, not the attack told in the sentence before."""
    return c.cue.cue.pos == "verb" and any(
        n.cue.pos == "noun" and n.start - prefix_len(doc, n) - c.cue.end <= SUBJECT_GAP_CHARS
        for n in doc.index["cues"].starting_in(c.cue.end, c.cue.end + SUBJECT_GAP_CHARS + 4))


def _where_it_struck(doc: AnalysedDocument, cands: list[Candidate]) -> None:
    """"نفذ الطيران 15 غارة على ريف إدلب، حيث قصف بلدات X وY": a verb with nobody named, in a
    clause opened by a word of place (`where_links`), tells where the strikes of the clause before
    fell: their party and their kind."""
    for c in cands:
        opening = doc.text[c.clause[0]:c.cue.start].split()
        if c.cue.cue.pos != "verb" or c.actor1 is not None or not opening or opening[0] not in grammar.words("where_links"):
            continue
        before = [n for n in cands if n.sentence.index == c.sentence.index and n.cue.end <= c.clause[0]
                  and n.cue.cue.pos == "noun" and n.event_type == c.event_type]
        if before:
            n = before[-1]
            if n.actor1 is not None:
                c.actor1 = n.actor1
                c.explain.append(("actor1", "the strikes of the clause before, told where they fell"))
            if c.defaulted_sub:
                c.sub_event_type, c.weapons, c.defaulted_sub = n.sub_event_type, list(n.weapons), n.defaulted_sub
                c.explain.append(("sub_event_type", "the kind of the strikes of the clause before"))


def _subject_goes_on(doc: AnalysedDocument, cands: list[Candidate]) -> None:
    """"هاجم مسلحون حاجزا يوم الاثنين، وبعدها بيوم هاجموا حاجزا آخر": a verb with nobody named, in
    a clause that only a conjunction or a time opens, goes on with the subject of the same kind of
    act told by a verb before it in the sentence: its party and, for a bombardment, its kind."""
    for c in cands:
        if c.cue.cue.pos != "verb" or c.actor1 is not None or c.clause[0] >= c.cue.start:
            continue
        words, at = [], c.clause[0]  # the opening words, the times left out
        for t in doc.times_in(c.clause[0], c.cue.start):
            words += doc.text[at:t.start].split()
            at = max(at, t.end)
        words += doc.text[at:c.cue.start - prefix_len(doc, c.cue)].split()
        if words and not (len(words) == 1 and (words[0] in grammar.words("conjunctions")
                                               or grammar.has(words[0], "clause_goes_on"))):
            continue
        if not words and prefix_len(doc, c.cue) == 0:
            continue  # neither a conjunction nor a time opens it
        before = [n for n in cands if n.sentence.index == c.sentence.index and n.cue.end <= c.clause[0]
                  and n.cue.cue.pos == "verb" and ((n.event_type == c.event_type and _same_kind(n, c)) or _detained_by(n, c))]
        if not before:
            continue
        n = before[-1]
        if _detained_by(n, c):  # "أعدم التنظيم إمام المسجد، فيما اعتقل 15 خياطا": the group abducted them
            c.event_type, c.sub_event_type = VAC, ABDUCTION
            c.explain.append(("event_type", "people detained by the armed group of the clause before, whose subject goes on"))
        if c.defaulted_sub and c.event_type == EXPLOSIONS:
            c.sub_event_type, c.weapons, c.defaulted_sub = n.sub_event_type, list(n.weapons), n.defaulted_sub
            c.explain.append(("sub_event_type", "the kind of the act of the clause before, whose subject goes on"))
        if n.actor1 is not None and _can_fly(n.actor1, c):
            c.actor1, c.default_actor1 = n.actor1, None
            c.explain.append(("actor1", "the subject of the verb of the clause before goes on"))


def _detained_by(prev: Candidate, c: Candidate) -> bool:
    """An arrest with nobody named after an act of a non-state armed group (ACLED: its detentions
    are abductions)."""
    return c.sub_event_type == ARRESTS and prev.actor1 is not None and prev.actor1.actor.inter in NON_STATE_ARMED


def _same_kind(prev: Candidate, c: Candidate) -> bool:
    """A bombing goes on about bombings, a raid or a shelling about raids and shellings."""
    if c.event_type != EXPLOSIONS:
        return True
    chemical = "Chemical weapon"  # a poison gas attack is told with its own perpetrator
    return (prev.sub_event_type in PLANTED) == (c.sub_event_type in PLANTED) \
        and (prev.sub_event_type == chemical) == (c.sub_event_type == chemical)


def _continue_actors(doc: AnalysedDocument, cands: list[Candidate]) -> None:
    """A sentence that goes on about the same kind of incident without naming the parties keeps
    those of the one before it ("أمطرت الفصائل ... بلدات" then "قذيفة سقطت على بلدتي ..."); an air
    raid whose own sentence names a state's aircraft later on keeps none."""
    for i, c in enumerate(cands):
        if c.actor1 is None and _own_aircraft_later(doc, c):
            continue
        for prev in reversed(cands[:i]):
            if c.sentence.index - prev.sentence.index > 3:
                break
            if prev.sentence.index >= c.sentence.index:
                continue
            if prev.event_type != c.event_type or not _same_kind(prev, c) or prev.actor1 is None:
                continue  # (an incident that names no actor1 lends no parties: look further back)
            if c.actor1 is None and _can_fly(prev.actor1, c) \
                    and (c.default_actor1 is None or c.sub_event_type in CARRIED_DEFAULT) \
                    and not _same_side(prev.actor1, c.actor2):
                c.actor1 = prev.actor1
                c.explain.append(("actor1", "the same parties as the incident of the sentence before"))
            if c.actor2 is None and prev.actor2 is None:
                continue  # look further back for an incident that names both parties
            if c.actor2 is None and c.actor1 is not None and prev.actor2 is not None:
                parties = {prev.actor1.actor.id: prev.actor2, prev.actor2.actor.id: prev.actor1}
                other = parties.get(c.actor1.actor.id)
                if other is not None and other.actor.id != c.actor1.actor.id and (
                        c.actor1.actor.id == prev.actor1.actor.id or c.event_type == BATTLES) \
                        and not _victims_elsewhere(other, prev, c):
                    c.actor2 = other
                    c.explain.append(("actor2", "the other party of the incident of the sentence before"))
            break


def _victims_elsewhere(other: ActorMention, prev: Candidate, c: Candidate) -> bool:
    """"قتل 15 بينهم أطفال في قصف على سراقب" then "شن الطيران غارات على الزبداني": the civilians
    killed in one town are not those of another."""
    if other.actor.inter != Inter.CIVILIANS or prev.place is None or c.place is None:
        return False
    return prev.place.place is None or c.place.place is None or prev.place.place.id != c.place.place.id


def _same_side(a: ActorMention, b: ActorMention | None) -> bool:
    """"قتل مقاتلون جنديين" after a clash of the police: the police of a country never attack its army."""
    if b is None or a.actor.id == b.actor.id or a.actor.inter not in STATE_FORCES or b.actor.inter not in STATE_FORCES:
        return False
    generic = "{country}" in a.actor.name or "{country}" in b.actor.name  # "الشرطة": the country's own
    return generic or (a.actor.country is not None and a.actor.country == b.actor.country)


def _own_aircraft_later(doc: AnalysedDocument, c: Candidate) -> bool:
    """"قتل خمسة بقصف للطيران الحربي ... ضمن غارات طائرات النظام": the aircraft of a state named
    after an air raid in its own sentence are its makers' kind, not the party of a raid told before
    (the records give the raid the air force of its land)."""
    if not raid_by_aircraft(c.sub_event_type, c.weapons):
        return False
    return any(a.actor.flies for a in doc.index["actors"].starting_in(c.cue.end, c.sentence.end)
               if grammar.any_of(doc.text[max(c.sentence.start, a.word_start - AIRCRAFT_OWNER_CHARS):a.end].split(),
                                 "aircraft_heads"))  # "طائرات النظام": the aircraft's words before the state or in its name


def _can_fly(actor: ActorMention, c: Candidate) -> bool:
    """An air raid by aircraft is a state's or a foreign force's, never a rebel's or a militia's
    (a drone may be anyone's): "اشتباكات بين قوات الأسد والفصائل" then "غارات على البلدة"."""
    return not raid_by_aircraft(c.sub_event_type, c.weapons) or actor.actor.flies


def _named_by_a_generic_attack(cands: list[Candidate]) -> None:
    """"قتل شرطيان بالرصاص ...، في هجوم نسبته السلطات إلى X": a bare "هجوم" later in the same
    sentence names who did the incident the sentence tells."""
    for c in cands:
        if c.actor1 is not None:
            continue
        later = [d for d in cands if d.sentence.index == c.sentence.index and d.cue.start > c.cue.end
                 and d.strength < STRONG_CUE and d.actor1 is not None
                 and (c.actor2 is None or d.actor1.actor.id != c.actor2.actor.id)]
        if later:
            c.actor1 = later[0].actor1
            c.explain.append(("actor1", "named by the attack the same sentence goes on to tell"))


def _attach_fatalities(doc: AnalysedDocument, cands: list[Candidate]) -> None:
    by_sentence: dict[int, list[Candidate]] = {}
    for c in cands:
        by_sentence.setdefault(c.sentence.index, []).append(c)
    for f in doc.mentions.fatalities:
        sent = doc.sentence_at(f.start)
        pool = by_sentence.get(sent.index, [])
        if not pool or since(doc, (f.start, doc.clause_at(f.start)[1])) is not None:
            continue  # "أسفرت عن مقتل 40 ألف شخص منذ عام 1984": the dead of years, no incident's
        best = min(pool, key=lambda c: (abs(c.cue.start - f.start), c.place is None))
        same_cue = [c for c in pool if c.cue is best.cue]
        # "قتلوا في هجوم بسيارات مفخخة": the noun and its means right after it tell one incident
        means = [c for c in pool if c.clause == best.clause and 0 < c.cue.start - best.cue.end <= MEANS_GAP
                 and doc.text[best.cue.end:c.cue.start].strip() in grammar.words("instrument_proclitics")]
        for target in same_cue[:1] + means[:1]:
            if target.fatalities is None:
                target.fatalities = f.value
                target.fatality_span = (f.start, f.end)
                target.explain.append(("fatalities", f"'{doc.text[f.start:f.end]}' nearest to the cue"))


def _cumulative_tolls(doc: AnalysedDocument, cands: list[Candidate]) -> None:
    """"نعى مقتل 3140 شخصا من سكان الرمادي على يد عناصر التنظيم": a toll in the thousands told by a
    death word alone (`death_cues`), with no incident named, counts the dead of many incidents."""
    for c in cands:
        word = doc.text[c.cue.start:c.cue.end]
        if c.fatalities is not None and c.fatalities >= CUMULATIVE_TOLL and not c.aggregate \
                and grammar.has(word, "death_cues"):
            c.aggregate = True
            c.explain.append(("aggregate", f"'{word}' of {c.fatalities} with no incident named: the dead of many"))


WHOLE_LANDS = frozenset({"country", "region"})  # "عملية عسكرية في سوريا والعراق"


def _support(c: Candidate, doc: AnalysedDocument) -> str:
    """What makes the candidate an incident, in words, for --explain."""
    place = "no place" if c.place is None else ("a precise place" if c.place.geo_precision < 3 else "a regional place")
    when = "its own date" if not c.when.inherited else ("the publication date" if c.when.time is None else "a borrowed date")
    who = "an actor named" if c.actor1 is not None else "no actor named"
    flags = [f for f, on in (("background", c.background), ("aggregate", c.aggregate)) if on]
    return f"{place}, {when}, {who}, cue strength {c.strength}" + (f"; flagged {' and '.join(flags)}" if flags else "")


def _lead(doc: AnalysedDocument, c: Candidate) -> bool:
    """The headline or the first sentence of the body."""
    return c.sentence.in_title or c.sentence.index == doc.lead_index()


def _quoted_report(doc: AnalysedDocument, c: Candidate) -> bool:
    """"وأعلنوا أن "طيران النظام قصف أحياء في أطراف بلدة سراقب"": a quoted statement that tells
    an act with its precise place reports it ("فجر انتحاري نفسه بحزام ناسف عند مدخل بلدة في ريف الحسكة":
    a blast verb opens the cue's phrase); speech without one is talk about the war."""
    before = doc.text[max(c.clause[0], c.cue.start - EXTENSION_CHARS):c.cue.start].split()[-1:]
    verb = c.cue.cue.pos == "verb" or grammar.has(doc.text[c.cue.start:c.cue.end].split()[0], "blast_verbs") \
        or (bool(before) and grammar.has(before[0], "extension_verbs"))  # "«وامتد القصف الجوي إلى عين لاروز»"
    # "«ودارت اشتباكات بين التنظيم والجيش التركي قرب بلدة الراعي»": both sides named in the text
    both = c.actor1 is not None and c.actor2 is not None and c.actor1.start > c.cue.start and c.actor2.start > c.cue.start
    if c.place is None or c.place.geo_precision > 2:
        return False
    if after_passive(doc, c.cue) and c.clause[0] <= c.place.start < c.cue.start:
        return True  # "«تعرضت مناطق في قرية الكريز لقصف من الطيران المروحي»": the place hit, then the blow
    if c.event_type == "Battles" and c.actor1 is not None and c.actor2 is not None and c.actor2.start > c.cue.start \
            and c.sentence.start <= c.place.start < c.cue.start and in_quotes(doc.text, c.sentence.start, c.place.start):
        return True  # "«سيطرت على مبنى في حي جوبر بعد اشتباكات عنيفة مع قوات النظام»": the place told first
    return ((verb or both) and c.place.start > c.cue.start and c.place.start < c.clause[1]) or _reported_statement(doc, c)


def _reported_statement(doc: AnalysedDocument, c: Candidate) -> bool:
    """"أعلن اتحاد التنسيقيات أن «سيارة مفخخة انفجرت في حي الميدان»", "أكد المرصد أن «فصائل المعارضة
    قصفت ... في مطار الثعلة»": a quotation opened right after "أن", in a sentence a source or a
    verb of reporting leads, is the statement that reports the incident, its place inside it; so is
    one opened right after the subject that follows "أن"."""
    assert c.place is not None
    quote = doc.text.rfind('"', c.sentence.start, c.cue.start)
    if quote < 0 or c.place.start <= quote:
        return False
    if speaker_words(doc, quote) is not None:
        return True
    # "ذكر ناشطون أن فصائل معارضة «سيطرت على مبنى البريد في حي القدم»": the quoted clause's
    # subject named after "أن", right before the quotation
    subject = next((a for a in doc.index["actors"].starting_in(c.sentence.start, quote) if 0 <= quote - a.end <= 1), None)
    return subject is not None and speaker_words(doc, subject.word_start) is not None


def _unsupported(c: Candidate, doc: AnalysedDocument) -> str | None:
    """Why a candidate is not enough to call an incident, or None. An incident needs a place, or
    an actor and a date of its own; a weak cue (a bare "هجوم") needs its own date; words in
    quotation marks with no date of their own are speech about events; an incident known only by
    the publication date needs a precise place. A document without a publication date has no
    dates to borrow: the tests on dates are left out."""
    borrowed = c.when.inherited and doc.published is not None
    if c.reference and c.ascribed and _definite(doc, c):
        return None  # "ونسب الهجوم إلى حزب العمال": it only merges, and gives the incident told its maker
    if _arrest_by_a_state(c, doc):  # placed in the state later (`placed_by_its_police`)
        return QUOTED if _speech(c, doc, borrowed) else None
    if (why := _no_substance(c, doc, borrowed)) is not None:
        return why
    no_words = doc.published is None and c.when.time is None  # undated, and no date words of its own
    if c.strength < STRONG_CUE and not c.aggregate and not _toll_of_its_own(c, doc) and (
            borrowed or no_words or not _own_parties_and_place(c)):
        return WEAK
    if c.strength < STRONG_CUE and not c.aggregate and _whole_land(c) and not _toll_of_its_own(c, doc):
        return "a weak cue placed only in a whole country or region (an operation, not an incident)"
    if _speech(c, doc, borrowed):
        return QUOTED
    if c.aggregate or not borrowed or _placed_enough(c, doc):
        return None
    return "a regional place and a borrowed date, without both parties or a toll"


def _placed_enough(c: Candidate, doc: AnalysedDocument) -> bool:
    """A precise place; or a regional one for a report with its parties and a toll, or for a
    governorate's incident with its own dead ("مقتل خمسة جنود في هجوم في محافظة الأنبار")."""
    return (c.place is not None and c.place.geo_precision < 3) or _regional_report(c, doc) \
        or (_governorate(c) and _toll_of_its_own(c, doc))


def _arrest_by_a_state(c: Candidate, doc: AnalysedDocument) -> bool:
    """"ألقت السلطات الألمانية القبض على شخص", "تركيا تعتقل 20 صحفيا": an arrest with no place, in the
    lead, by a state's force whose country the text names (its own, or its nationality after it), or
    by the state named itself, happened in that country, told as news ("شخص تحتجزهم جماعات" later on tells who holds whom)."""
    a = c.actor1
    return c.sub_event_type == ARRESTS and c.place is None and not c.reference and a is not None \
        and (a.actor.inter == Inter.STATE or _state_by_its_name(doc, a)) and _lead(doc, c) \
        and state_country(doc, a) is not None


def _state_by_its_name(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"إيران تعتقل ستة أشخاص": a state named by its country or its capital (no word of an army)
    arrests at home, with its police (`records.to_event`)."""
    return a.actor.inter == Inter.EXTERNAL and a.actor.state_by_name \
        and not grammar.any_of(doc.text[a.start:a.end].split(), "army_words")


def _speech(c: Candidate, doc: AnalysedDocument, borrowed: bool) -> bool:
    """Words in quotation marks with no date of their own that report no act: speech about events."""
    return borrowed and in_quotes(doc.text, c.sentence.start, c.cue.start) and not _quoted_report(doc, c)


def _own_parties_and_place(c: Candidate) -> bool:
    return (c.actor1 is not None or c.actor2 is not None) and c.place is not None \
        and c.clause[0] <= c.place.start < c.clause[1]


def _toll_of_its_own(c: Candidate, doc: AnalysedDocument) -> bool:
    """"أعلنت تركيا أمس مقتل جنديين في هجوم على مخفر": people killed in it, with a date of its own
    or a precise place in its clause ("قتل مسلحون جنديين في هجوم ببلدة X"), make a weak cue
    ("هجوم") an incident."""
    own_place = c.place is not None and (c.place.geo_precision <= 2 or _governorate(c)) \
        and c.clause[0] <= c.place.start < c.clause[1] \
        and not _definite(doc, c)  # "الهجوم الذي أوقع 32 قتيلا في سروج": the attack known before, recalled
    return (bool(c.fatalities) or c.toll_shared) and (not c.when.inherited or own_place) and (c.actor1 is not None or c.actor2 is not None)


def _toll_of_the_known(c: Candidate, doc: AnalysedDocument) -> bool:
    """"قالت الشرطة إن 7 أشخاص قتلوا في الهجوم": a definite weak cue with its dead, alone in a
    sentence that names no day and no place, after an incident the body told before: that one's
    toll."""
    sent = c.sentence
    alone = len(doc.index["cues"].starting_in(sent.start, sent.end)) == 1  # no other incident told beside it
    return bool(c.fatalities) and _definite(doc, c) and c.when.inherited and alone and not doc.places_in(sent.start, sent.end) \
        and not c.sentence.in_title and incident_told_before(doc, c.sentence)


def _definite(doc: AnalysedDocument, c: Candidate) -> bool:
    return definite(doc, c.cue)


def _no_substance(c: Candidate, doc: AnalysedDocument, borrowed: bool) -> str | None:
    if c.place is None and (c.actor1 is None or borrowed) and not c.reference:
        return "no place, and no actor with a date of its own"
    if _nothing_of_its_own(c, doc):
        return "nothing of its own: no party, people counted, date, place or toll in its sentence (a general word)"
    return None


def _nothing_of_its_own(c: Candidate, doc: AnalysedDocument) -> bool:
    """"سلاح المسلحين الذي يلجؤون إليه في مواجهة الغارات": a cue outside the lead whose place
    and date are borrowed and whose sentence names no party (civilians who fear raids are none),
    counts no people and gives no toll speaks of such incidents in general (the lead tells the article's own
    incident)."""
    s = c.sentence
    own_place = c.place is not None and s.start <= c.place.start < s.end
    own_date = c.when.time is not None and not c.when.inherited and s.start <= c.when.time.start < s.end
    armed_target = c.actor2 is not None and c.actor2.actor.inter != Inter.CIVILIANS  # "السكان" fear raids
    counted = any(not n.ordinal and grammar.has((doc.text[n.end:n.end + 16].split() or [""])[0], "counted_people")
                  for n in doc.index["numbers"].starting_in(s.start, s.end))  # "ستة أشخاص اعتقلوا"
    return not (own_place or own_date or c.actor1 or armed_target or counted or c.fatalities is not None
                or c.reference or c.aggregate or _lead(doc, c))


def _governorate(c: Candidate) -> bool:
    """Placed in a governorate ("في محافظة شمال سيناء"): where ACLED codes an incident no town is named for."""
    return c.place is not None and c.place.place is not None and c.place.place.kind == "governorate"


def _whole_land(c: Candidate) -> bool:
    return c.place is not None and c.place.place is not None and c.place.place.kind in WHOLE_LANDS


def _regional_report(c: Candidate, doc: AnalysedDocument) -> bool:
    """A regional place and a borrowed date make a record only for a report with its parties and
    a toll dated by an earlier sentence (not by the publication date alone), or for the lead,
    which tells the day's news."""
    actor1 = c.actor1 is not None or (c.default_actor1 is not None and c.sub_event_type in PLANTED)
    if c.when.time is not None and actor1 and (c.actor2 is not None or c.fatalities is not None):
        return True
    if _protests_by_governorate(c, doc):
        return True
    return _lead(doc, c) and actor1 and c.place is not None  # "استنكر التفجير الانتحاري الذي استهدف مسجدا في منطقة عسير"


def _protests_by_governorate(c: Candidate, doc: AnalysedDocument) -> bool:
    """"كما شهدت محافظات البصرة وواسط والمثنى مظاهرات حاشدة": protests of a day told governorate by
    governorate (a list of two or more, dated by an earlier sentence) are each a protest there (ACLED
    codes a protest at the governorate's seat when no town is named)."""
    if c.event_type != PROTESTS or c.place is None or c.place.place is None or c.place.place.kind != "governorate" \
            or c.when.time is None:
        return False
    listed = [p for p in doc.places_in(c.clause[0], c.clause[1]) if p.place is not None and p.place.kind == "governorate"]
    return len(listed) >= 2
