"""What a candidate takes from the one told before it when its own words leave it unsaid: the
subject of a verb that goes on in the next clause ("هاجم مسلحون حاجزا، وبعدها بيوم هاجموا حاجزا
آخر"), the parties of the same kind of incident in the sentences before, and the place of the
incident a definite noun names again. Called by `events.build_candidates`, in its order of
lending.
"""

from __future__ import annotations

from marsad.acled import ABDUCTION, ARRESTS, BATTLES, EXPLOSIONS, NON_STATE_ARMED, VAC, Inter
from marsad.extract import grammar
from marsad.extract.arguments import HEADLINE_PLACE, MAIN_PLACE
from marsad.extract.candidates import PLANTED, Candidate
from marsad.extract.context import aircraft_believed, definite, prefix_len
from marsad.extract.document import CLAUSE_PUNCT, WORD_END_PUNCT, AnalysedDocument
from marsad.extract.mentions import ActorMention, raid_by_aircraft
from marsad.extract.retold import ANOTHER_CHARS
from marsad.extract.support import answered_incident

# a shelling with nobody named goes on with the parties of the one before it, if any; only
# then is it an unidentified group's (a bomb's planter is never carried over)
CARRIED_DEFAULT = {"Shelling/artillery/missile attack"}
LENT_PLACES = (HEADLINE_PLACE, MAIN_PLACE)  # the places a sentence that names none of its own is lent
STATE_FORCES = {Inter.STATE, Inter.EXTERNAL}  # a state's forces, at home or abroad
AIRCRAFT_OWNER_CHARS = 24  # "[طائرات] نظام بشار الأسد": the aircraft before the state that flies them


def subject_goes_on(doc: AnalysedDocument, cands: list[Candidate]) -> None:
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
        _at_its_place(n, c)


def during_it(doc: AnalysedDocument, cands: list[Candidate]) -> None:
    """"شنت قوات الاحتلال حملة دهم واسعة، اعتقلت خلالها 22 فلسطينيا": a verb with nobody named that
    opens the clause after a deed of its kind and points back to it ("خلالها": `during_pronouns`) is
    done by that deed's party."""
    for c in cands:
        if c.cue.cue.pos != "verb" or c.actor1 is not None or c.clause[0] >= c.cue.start:
            continue
        opening = doc.text[c.clause[0]:c.cue.start].strip(CLAUSE_PUNCT + " ")
        after = doc.text[c.cue.end:c.clause[1]].split()[:1]
        if opening or not after or not grammar.has(after[0], "during_pronouns"):
            continue
        before = [n for n in cands if n.sentence.index == c.sentence.index and n.cue.end <= c.clause[0]
                  and n.event_type == c.event_type and n.actor1 is not None]
        if before:
            c.actor1, c.default_actor1 = before[-1].actor1, None
            c.explain.append(("actor1", f"'{after[0]}': the party of the deed of the clause before, during which it was done"))


def _at_its_place(n: Candidate, c: Candidate) -> None:
    """"خطفوا 50 شخصا من قرية X يوم الثلاثاء، واقتادوهم إلى جهة مجهولة": a clause that names no
    place (or is lent one) is at the place of the act it goes on with."""
    if n.place is not None and (c.place is None or any(k == "location" and v in LENT_PLACES for k, v in c.explain)):
        c.place, c.place_of_the_article = n.place, n.place_of_the_article
        c.explain.append(("location", "the place of the act of the clause before, whose subject goes on"))


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


def continue_actors(doc: AnalysedDocument, cands: list[Candidate]) -> None:
    """A sentence that goes on about the same kind of incident without naming the parties keeps
    those of the one before it ("أمطرت الفصائل ... بلدات" then "قذيفة سقطت على بلدتي ..."), and so
    does "another" incident told after one of its own sentence (`_another_of_it`); an air
    raid whose own sentence names a state's aircraft later on keeps none (`_lends_no_parties`)."""
    for i, c in enumerate(cands):
        if _lends_no_parties(doc, c):
            continue
        for prev in reversed(cands[:i]):
            if c.sentence.index - prev.sentence.index > 3:
                break
            if prev.sentence.index >= c.sentence.index and not _another_of_it(doc, prev, c):
                continue
            if prev.event_type != c.event_type or not _same_kind(prev, c) or prev.actor1 is None:
                continue  # (an incident that names no actor1 lends no parties: look further back)
            if c.actor1 is None and _can_fly(prev.actor1, c) \
                    and (c.default_actor1 is None or c.sub_event_type in CARRIED_DEFAULT) \
                    and not _same_side(prev.actor1, c.actor2):
                c.actor1 = prev.actor1
                c.explain.append(("actor1", "the same parties as the incident of the sentence before"))
                _continue_place(doc, c, prev)
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


def _another_of_it(doc: AnalysedDocument, prev: Candidate, c: Candidate) -> bool:
    """"شنت مقاتلات التحالف غارات على X، كما طالت غارات أخرى Y": "another" incident told after one
    of its sentence is another of that one's, its maker's (a "similar" one, "قصف مماثل", may be
    anyone's)."""
    if not c.another or prev.sentence.index != c.sentence.index or prev.cue.start >= c.cue.start:
        return False
    after = doc.text[c.cue.end:c.cue.end + ANOTHER_CHARS].split()[:2]
    return any(grammar.has(w.strip(WORD_END_PUNCT), "another_words") for w in after)


def _continue_place(doc: AnalysedDocument, c: Candidate, prev: Candidate) -> None:
    """"... بضربات جوية في منطقة البو فراج" then, its own paragraph, "وأضافت أن الضربات دمرت أيضا
    عجلات": the incident told right before, named again by a definite noun, placed only by the
    headline or the article, is where that incident is."""
    if prev.place is not None and c.sentence.index - prev.sentence.index == 1 and definite(doc, c.cue) \
            and c.cue.cue.pos == "noun" and any(k == "location" and v in LENT_PLACES for k, v in c.explain):
        c.place = prev.place
        c.explain.append(("location", "the place of the incident of the sentence before, which it goes on with"))


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


def _lends_no_parties(doc: AnalysedDocument, c: Candidate) -> bool:
    """An air raid whose own sentence names a state's aircraft, or believes them to be one's, and
    the incident an act answers (`support.answered_incident`) take no parties from the one before."""
    return c.actor1 is None and (_own_aircraft_later(doc, c) or _believed_aircraft(doc, c) or answered_incident(doc, c))


def _believed_aircraft(doc: AnalysedDocument, c: Candidate) -> bool:
    """"شنت طائرات حربية يرجح أنها روسية غارات": aircraft its own sentence believes to be a
    state's are that state's air force (`records`), not the party of a raid told before."""
    return raid_by_aircraft(c.sub_event_type, c.weapons) \
        and aircraft_believed(f" {doc.text[c.sentence.start:c.sentence.end]} ") is not None


def _can_fly(actor: ActorMention, c: Candidate) -> bool:
    """An air raid by aircraft is a state's or a foreign force's, never a rebel's or a militia's
    (a drone may be anyone's): "اشتباكات بين قوات الأسد والفصائل" then "غارات على البلدة"."""
    return not raid_by_aircraft(c.sub_event_type, c.weapons) or actor.actor.flies
