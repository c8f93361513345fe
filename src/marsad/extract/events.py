"""The event engine: every cue that reports an incident becomes a candidate event. The ordered
steps of `steps.STEPS` decide, cue by cue, whether it reports an incident and fill its type,
parties, place, date, modality and flags; the passes below then share information between
candidates of one document, and `merge` makes records of them. Entry point: `build_candidates`.
"""

from __future__ import annotations

from marsad.acled import (
    ARRESTS,
    BATTLES,
    DISORDER,
    EXPLOSIONS,
    STRATEGIC,
    Inter,
)
from marsad.extract import grammar
from marsad.extract.acted_on import VERB_AFTER_NOUN_CHARS
from marsad.extract.candidates import PLANTED, Candidate, candidates_of
from marsad.extract.compatible import state_force
from marsad.extract.context import (
    described_directly,
    prefix_len,
    since,
)
from marsad.extract.document import PHRASE_BREAKS, AnalysedDocument, Sentence
from marsad.extract.elsewhere import launchers_struck
from marsad.extract.fatalities import FatalityMention
from marsad.extract.goes_on import STATE_FORCES, continue_actors, during_it, subject_goes_on
from marsad.extract.killers import victim_nouns
from marsad.extract.mentions import ActorMention, CueMention
from marsad.extract.positions import bomb_cue
from marsad.extract.reach import joined_to_a_passive
from marsad.extract.references import resolve_references
from marsad.extract.steps import new_draft, run_steps
from marsad.extract.support import (
    QUOTED,
    STRONG_CUE,
    WEAK,
    day_of_the_known,
    deed_of_the_attackers,
    means_of_the_known,
    support,
    toll_of_the_known,
    unsupported,
)
from marsad.extract.tolls import toll_cues
from marsad.extract.weapon_kinds import BOMB_SUBS

__all__ = ["BATTLES", "DISORDER", "EXPLOSIONS", "build_candidates"]

SUBJECT_GAP_CHARS = 2  # "استهدف [] انفجار": the verb, a space, its subject noun
CUMULATIVE_TOLL = 1000  # "مقتل 2070 شخصا" with no incident named: the dead of many incidents
MEANS_GAP = 3  # "هجوم [ ب]سيارات مفخخة": between an incident noun and the cue of its means
MEANS_NOUN_CHARS = 40  # "[هجوم انتحاري] بسيارة": where the incident noun a means follows may start


ASIDE_WORDS = 3  # "سيارة مفخخة، [يقودها انتحاري]، استهدف": the words of an aside on the device
DESCRIPTION_CHARS = 30  # "هجوم [جديد صباح اليوم] استهدف": the words between a noun cue and the verb that goes on with it
DESCRIPTION_WORDS = 8  # "هجوم [انتحاري كبير نسبته الحكومة إلى المتمردين] واستهدف"
ANOTHER_CHARS = 16  # "في هجوم [ثان بمدينة]": the words after a bare attack noun that make it another one


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
    out = _suffered_together(doc, _without_second_means(doc, out, dropped), dropped)
    _attach_fatalities(doc, out)
    _one_assassinated(doc, out)
    _raids_that_killed(out)
    for c in out:
        if c.sub_event_type == ARRESTS and c.fatalities is not None:  # an arrest kills nobody: the dead are another deed's
            c.fatalities, c.fatality_span = None, None
            c.explain.append(("fatalities", "an arrest kills nobody: the dead told beside it are another deed's"))
    _cumulative_tolls(doc, out)
    tolled = {id(c.cue) for c in out if c.fatalities}
    for c in out:
        c.toll_shared = c.fatalities is None and id(c.cue) in tolled
        c.ground_force = c.actor1 is not None and not c.actor1.reference and _on_the_ground(doc, c.actor1)
    for lend in (_where_it_struck, _explosion_caused_by, subject_goes_on, during_it, continue_actors,
                 _named_by_a_generic_attack, _air_by_actor, _lend_to_verb):  # what one candidate lends the others, in this order
        lend(doc, out)
    _toll_of_the_verb_after(out)
    launchers_struck(doc, out)
    _how_it_was_made(doc, out)
    kept = []
    for c in out:
        reason = unsupported(c, doc)
        if reason is None:
            c.explain.append(("kept", support(c, doc)))
            kept.append(c)
        elif (why := _only_merges(c, doc, reason)) is not None:
            c.explain.append(("kept", why))
            kept.append(c)
        else:
            _toll_handed_on(c, kept)
            if dropped is not None:
                dropped.append((c.cue, reason))
    return _verb_after_noun(doc, kept, dropped, [c for c in out if c.cue.cue.pos == "noun"])


def _only_merges(c: Candidate, doc: AnalysedDocument, reason: str) -> str | None:
    """Why a candidate that is no incident of its own still tells something of one told before
    (it becomes a reference, which only merges), or None."""
    if reason == QUOTED and c.actor1 is not None and not c.reference:
        # "وأفادت الوكالة بسقوط "القذائف التي أطلقتها التنظيمات الإرهابية"": the words of a
        # report name who fired the shells of the incident the article tells: it only merges
        c.reference = True
        return "quoted speech with no date of its own: it only merges, lending its parties"
    if means_of_the_known(c, doc):
        # "وقالت الشرطة إن انتحاريا نفذ الهجوم": the means of the incident told before: it only merges
        c.reference = True
        return "the means of a definite incident with no date or place of its own: it only merges"
    if reason == WEAK and day_of_the_known(c, doc):
        c.reference = True  # "ووقع الهجوم مساء الخميس": the day of the incident told before: it only merges
        return "the day of a definite incident with no place of its own: it only merges"
    if reason == WEAK and toll_of_the_known(c, doc):
        # "قالت الشرطة إن 7 أشخاص قتلوا في الهجوم": the toll of the incident told before: it only merges
        c.reference, c.actor1 = True, None  # its speaker ("قالت الشرطة") made nothing
        return "the toll of a definite incident with no date or place of its own: it only merges"
    return None


def _toll_handed_on(c: Candidate, kept: list[Candidate]) -> None:
    """"استعادت المقاومة السيطرة على جبل صبر بعد مواجهات مع الميليشيات أسفرت عن مقتل 15": the toll
    of a fight that is no record of its own goes to the incident of its kind its sentence told
    before it (the fight was how the place was taken)."""
    if c.fatalities is None:
        return
    before = [k for k in kept if k.sentence.index == c.sentence.index and k.cue.end <= c.cue.start
              and k.event_type == c.event_type and k.fatalities is None and not k.aggregate]
    if before:
        before[-1].fatalities, before[-1].fatality_span = c.fatalities, c.fatality_span
        before[-1].explain.append(("fatalities", "the toll of the fight that was how it came about"))


def _without_second_means(doc: AnalysedDocument, cands: list[Candidate],
                          dropped: list[tuple[CueMention, str]] | None) -> list[Candidate]:
    """"في هجوم بسيارة مفخخة وإطلاق نار على حاجز": the means joined by "و" to the means
    of an incident noun ("هجوم ب...") is the same attack's, no incident of its own."""
    means = [c for c in cands if _means_of_a_noun(doc, c)]
    second = {id(b) for b in cands for a in means if b.clause == a.clause and b.cue.start > a.cue.end
              and _joined_means(doc, a.cue.end, b.cue.start)}
    if dropped is not None:
        dropped.extend((b.cue, "a second means of the attack told before it: the same incident")
                       for b in cands if id(b) in second)
    return [c for c in cands if id(c) not in second]


def _suffered_together(doc: AnalysedDocument, cands: list[Candidate],
                       dropped: list[tuple[CueMention, str]] | None) -> list[Candidate]:
    """"تعرض المركز لإطلاق نار كثيف وعدد من المقذوفات": the shots and the projectiles a place suffered
    together are one incident, typed by the projectiles (the shots no record of their own)."""
    shots = {id(b) for c in cands if c.event_type == EXPLOSIONS and joined_to_a_passive(doc, c.cue)
             for b in cands if b.event_type == BATTLES and b.clause == c.clause and b.cue.end < c.cue.start}
    if dropped is not None:
        dropped.extend((b.cue, "shots suffered together with the projectiles told after them: one incident")
                       for b in cands if id(b) in shots)
    return [c for c in cands if id(c) not in shots]


def _joined_means(doc: AnalysedDocument, end: int, start: int) -> bool:
    """Only "و" between two means, after the weapon words that end the first ("بقذائف [الهاون] وإطلاق")."""
    gap = doc.text[end:start]
    words = gap.split()
    if not words or words[-1] not in grammar.words("second_means_joins"):
        return False
    weapons = doc.index["weapons"].starting_in(end, start)
    return all(any(w.start <= end + gap.find(word) < w.end for w in weapons) for word in words[:-1])


def _means_of_a_noun(doc: AnalysedDocument, c: Candidate) -> bool:
    """"هجوم بسيارات مفخخة": a cue joined with ب right after an incident noun."""
    start = c.cue.start - prefix_len(doc, c.cue)
    with_ = tuple(grammar.words("instrument_proclitics"))
    if not doc.text[start:c.cue.start].endswith(with_) and not doc.text.startswith(with_, c.cue.start):
        return False  # "بسيارات", or a cue that is its own ("بقذائف")
    return any(n.cue.pos == "noun" and 0 <= start - n.end <= MEANS_GAP
               for n in doc.index["cues"].starting_in(start - MEANS_NOUN_CHARS, start))


def _raids_that_killed(cands: list[Candidate]) -> None:
    """"قتل أربعة مسلحين خلال مداهمة نفذتها قوات الأمن", "تصفية ستة عناصر إرهابية في مداهمة": a raid
    or an arrest by a state's force (named by its nationality too: "القوات المسلحة المصرية") with the
    dead of its own clause, no civilians among its parties, was a fight (ACLED codes the armed clash,
    not the arrests)."""
    for c in cands:
        if c.sub_event_type != ARRESTS or not c.fatalities or c.fatality_span is None \
                or not c.clause[0] <= c.fatality_span[0] < c.clause[1]:
            continue
        if c.actor1 is None or not state_force(c.actor1) \
                or (c.actor2 is not None and c.actor2.actor.inter == Inter.CIVILIANS):
            continue
        c.event_type, c.sub_event_type = BATTLES, "Armed clash"
        c.explain.append(("event_type", "a raid of a state's force that killed: a fight, not arrests"))


def _how_it_was_made(doc: AnalysedDocument, cands: list[Candidate]) -> None:
    """"وقال الجيش إن المهاجمين فجروا سيارة مفخخة ثم أطلقوا النار": what the attackers of an incident
    told before did, with no day or place of its own, only merges (`support.deed_of_the_attackers`)."""
    for c in cands:
        if deed_of_the_attackers(c, doc):
            c.reference = c.attackers_deed = True
            c.explain.append(("kept", "what the attackers of an incident told before did, with no day or place of its own: "
                              "it only merges"))


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
        if c.actor1 is not None and c.actor1.actor.strikes_by_air and not _typed_by_its_party(cands[:i], c):
            c.sub_event_type = "Air/drone strike"
            c.explain.append(("sub_event_type", "bombardment by an actor that strikes from the air"))
            continue
        if c.sub_event_type == "Grenade" and c.actor1 is not None and c.actor1.actor.flies \
                and not _on_the_ground(doc, c.actor1) and not grammar.any_of(doc.text[c.cue.start:c.cue.end].split(), "hand_bombs"):
            c.sub_event_type = "Air/drone strike"  # "ألقى الجيش الأمريكي أكبر قنبلة غير نووية على أنفاق": dropped from the air
            c.explain.append(("sub_event_type", "a bomb a state's forces with aircraft dropped: an air strike"))
            continue
        if not _incident_noun_subject(doc, c):  # "واستهدف انفجار أمس خط أنابيب": the explosion named is what struck
            _kind_of_the_attack_before(doc, cands[:i], c)


def _kind_of_the_attack_before(doc: AnalysedDocument, before: list[Candidate], c: Candidate) -> None:
    """A bombardment with no weapon named continues the kind of the attack told just before (not
    of one that attack answered: "ردا على الهجوم الكيميائي")."""
    for prev in reversed(before):
        if c.sentence.index - prev.sentence.index > 2:
            break
        if prev.answered:
            continue
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


def _typed_by_its_party(before: list[Candidate], c: Candidate) -> bool:
    """"قصفت دبابة إسرائيلية موقعا" then "وقالت مصادر إن القصف أصاب نقطة": the same party's shelling
    by artillery or tanks, in the sentence or two before, is what its bombardment goes on with."""
    return any(0 < c.sentence.index - p.sentence.index <= 2 and p.event_type == EXPLOSIONS and "artillery" in p.weapons
               and p.actor1 is not None and c.actor1 is not None and p.actor1.actor.id == c.actor1.actor.id for p in before)


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


def _explosion_caused_by(doc: AnalysedDocument, cands: list[Candidate]) -> None:
    """"إثر انفجار مخزن للذخيرة في الموقع، جراء مقذوف أطلقته الميليشيات": an explosion no weapon
    typed, told as the result of an act a weapon typed later in its sentence (a word of cause,
    `result_causes`, right before that act's cue), is that act: its kind and, if it names none, its maker."""
    for c in cands:
        if c.event_type != EXPLOSIONS or not c.defaulted_sub or c.sub_event_type not in BOMB_SUBS or c.cue.cue.pos != "noun":
            continue  # (only the noun of an explosion, "انفجار": "استهدفت تركيا مواقع إثر الهجوم" is no result)
        cause = next((d for d in cands if d.sentence.index == c.sentence.index and d.cue.start > c.cue.end
                      and d.event_type == EXPLOSIONS and not d.defaulted_sub and d.cue is not c.cue
                      and grammar.has((doc.text[c.cue.end:d.cue.start - prefix_len(doc, d.cue)].split() or [""])[-1],
                                      "result_causes")), None)
        if cause is not None:
            c.sub_event_type, c.weapons, c.defaulted_sub = cause.sub_event_type, list(cause.weapons), False
            c.actor1 = c.actor1 or cause.actor1
            c.explain.append(("sub_event_type", "the act its explosion resulted from ('جراء', 'إثر')"))


def _named_by_a_generic_attack(doc: AnalysedDocument, cands: list[Candidate]) -> None:
    """"قتل شرطيان بالرصاص ...، في هجوم نسبته السلطات إلى X": a bare "هجوم" later in the same
    sentence names who did the incident the sentence tells (not past a topic shift, "من جهة أخرى",
    that a page ran into the sentence, nor "في هجوم ثان": another one, nor what someone describes
    it as: "في حادث وصفته رئيسة الوزراء بأنه هجوم إرهابي")."""
    for c in cands:
        if c.actor1 is not None or c.reference:
            continue  # (an incident told before is its own maker's)
        later = [d for d in cands if d.sentence.index == c.sentence.index and d.cue.start > c.cue.end
                 and d.strength < STRONG_CUE and d.actor1 is not None and d.event_type != STRATEGIC  # no deployment
                 and (c.actor2 is None or d.actor1.actor.id != c.actor2.actor.id)
                 and grammar.first_told(doc.text[c.cue.end:d.cue.start], "topic_shifts") is None
                 and not grammar.any_of(doc.text[d.cue.end:d.cue.end + ANOTHER_CHARS].split()[:2], "another_words")
                 and not grammar.any_of(doc.text[c.cue.end:d.cue.start].split(), "describing_verbs")]
        if later:
            c.actor1 = later[0].actor1
            c.explain.append(("actor1", "named by the attack the same sentence goes on to tell"))


def _attach_fatalities(doc: AnalysedDocument, cands: list[Candidate]) -> None:
    by_sentence: dict[int, list[Candidate]] = {}
    for c in cands:
        by_sentence.setdefault(c.sentence.index, []).append(c)
    for f in doc.mentions.fatalities:
        sent = doc.sentence_at(f.start)
        pool = by_sentence.get(sent.index, []) or _told_just_before(doc, f, sent, by_sentence)
        if not pool or since(doc, (f.start, doc.clause_at(f.start)[1])) is not None or _since_opening(doc, sent, f.start):
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


def _since_opening(doc: AnalysedDocument, sent: Sentence, pos: int) -> bool:
    """"ومنذ اندلاع جولة العنف في 20 يوليو، قتل 13 جنديا": a sentence opened by a clause of "منذ"
    (`since`) with a time counts the dead of the period in the clause right after it (not those of
    the incident told further on: "، ثلاثة منهم في مكمن")."""
    if len(sent.clauses) < 2 or not sent.clauses[1][0] <= pos < sent.clauses[1][1]:
        return False
    opening = sent.clauses[0]
    first = doc.text[opening[0]:opening[1]].split()[:1]
    return bool(first) and grammar.has(first[0], "since") and bool(doc.times_in(opening[0], opening[1]))


def _one_assassinated(doc: AnalysedDocument, cands: list[Candidate]) -> None:
    """"اغتال مسلحون مجهولون إمام مسجد": an assassination (`assassination_words`) with no toll, no
    number and no vague count ("عددا من عناصره", `vague_counts`) in its clause killed one, two when a
    dual victim noun is told ("اغتال مسلحون ضابطين"); not a kind in a list ("ما بين اغتيال وتفجيرات")."""
    for c in cands:
        if c.fatalities is not None or not grammar.has(doc.text[c.cue.start:c.cue.end].split()[0], "assassination_words") \
                or doc.index["numbers"].starting_in(c.clause[0], c.clause[1]):
            continue
        after = doc.text[c.cue.end:c.clause[1]].split()
        if not after or after[0].startswith(tuple(grammar.words("clitic_conjunctions"))) or grammar.any_of(after, "vague_counts"):
            continue
        dual = not victim_nouns("dual").isdisjoint(after)
        c.fatalities, c.fatality_span = 2 if dual else 1, (c.cue.start, c.cue.end)
        c.explain.append(("fatalities", f"'{doc.text[c.cue.start:c.cue.end]}': an assassination, {c.fatalities} dead"))


def _told_just_before(doc: AnalysedDocument, f: FatalityMention, sent: Sentence,
                      by_sentence: dict[int, list[Candidate]]) -> list[Candidate]:
    """"تفجير يستهدف كنيسة في طنطا. وقالت وزارة الصحة إن 27 شخصا قتلوا": a toll told in a sentence
    of its own, with no incident word, place or day, right after the one incident of the sentence
    before (the headline, or the body's), is that incident's; not the dead a party says it killed
    ("ويؤكد الجيش أنه قتل أكثر من 260 مقاتلا في عملياته": its own count, over its operations)."""
    if sent.index == 0 or doc.index["cues"].starting_in(sent.start, sent.end) \
            or doc.places_in(sent.start, sent.end) or doc.times_in(sent.start, sent.end):
        return []
    said = doc.text[max(sent.start, f.start - 12):f.start].split()[-1:]
    if said and said[0] in grammar.words("pronoun_subjects"):
        return []
    before = by_sentence.get(sent.index - 1, [])
    one = len({c.event_type for c in before}) == 1 and all(c.fatalities is None for c in before)
    return before if one else []


def _cumulative_tolls(doc: AnalysedDocument, cands: list[Candidate]) -> None:
    """"نعى مقتل 3140 شخصا من سكان الرمادي على يد عناصر التنظيم": a toll in the thousands told by a
    death word alone (`death_cues`), with no incident named, counts the dead of many incidents."""
    for c in cands:
        word = doc.text[c.cue.start:c.cue.end]
        if c.fatalities is not None and c.fatalities >= CUMULATIVE_TOLL and not c.aggregate \
                and grammar.has(word, "death_cues"):
            c.aggregate = True
            c.explain.append(("aggregate", f"'{word}' of {c.fatalities} with no incident named: the dead of many"))
