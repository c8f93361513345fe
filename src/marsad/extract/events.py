"""The event engine: every cue that reports an incident becomes a candidate event; arguments are
attached (`arguments`), typed by ACLED's rules, filtered (statements, plans, negations, state
descriptions), and merged per document (`merge`). Entry point: `extract_events`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from marsad.extract import grammar
from marsad.extract.arguments import DateChoice, find_date, find_places_for, find_roles, resolve_references
from marsad.extract.document import AnalysedDocument, Sentence, Spans
from marsad.extract.mentions import ActorMention, CueMention, Marker, WeaponMention
from marsad.geo.resolve import PlaceMention

EXPLOSIONS = "Explosions/Remote violence"
BATTLES = "Battles"
VAC = "Violence against civilians"
STRATEGIC = "Strategic developments"
PROTESTS = "Protests"
RIOTS = "Riots"
DISORDER = {BATTLES: "Political violence", EXPLOSIONS: "Political violence", VAC: "Political violence",
            PROTESTS: "Demonstrations", RIOTS: "Demonstrations", STRATEGIC: "Strategic developments"}
SELF_REPORTING_INTERS = {2, 3, 4}  # a non-state group reporting its own attack is claiming it
UNIDENTIFIED_BY_DEFAULT = {"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"}


@dataclass(slots=True)
class Candidate:
    """An event under construction (mutable while the engine fills it; frozen into `Event`)."""

    cue: CueMention
    sentence: Sentence
    clause: tuple[int, int]
    event_type: str
    sub_event_type: str
    actor1: ActorMention | None
    actor2: ActorMention | None
    place: PlaceMention | None
    when: DateChoice
    weapons: list[str]
    modality: str = "asserted"
    aggregate: bool = False
    background: bool = False
    claimed_by: list[ActorMention] = field(default_factory=list)
    fatalities: int | None = None
    quantity: int | None = None
    strength: float = 0.5
    sentences: set[int] = field(default_factory=set)
    explain: list[tuple[str, str]] = field(default_factory=list)
    default_actor1: str | None = None  # canonical name used when the text names no perpetrator
    reference: bool = False  # names an incident told elsewhere ("بسبب ضربات التحالف"): merges only
    fatality_span: tuple[int, int] | None = None
    defaulted_sub: bool = False  # the sub-type is the cue's default, no weapon decided it

    @property
    def date(self) -> date | None:
        return self.when.date


def _markers_in(doc: AnalysedDocument, start: int, end: int) -> list[Marker]:
    return doc.index["markers"].between(start, end)


def _weapons_in(doc: AnalysedDocument, start: int, end: int) -> list[WeaponMention]:
    return doc.index["weapons"].between(start, end)


def _number_before(doc: AnalysedDocument, pos: int) -> int | None:
    for n in doc.index["numbers"].starting_in(pos - 60, pos):
        if 0 <= pos - n.end <= 2 and not n.ordinal:
            return int(n.value)
    return None


def _type_and_sub(doc: AnalysedDocument, cue: CueMention, clause: tuple[int, int],
                  sent: Sentence) -> tuple[str, str, list[str], str]:
    info = cue.cue
    weapons = _weapons_in(doc, clause[0], clause[1]) or _weapons_in(doc, sent.start, sent.end)
    best = max(weapons, key=lambda w: w.rank, default=None)
    names = sorted({w.weapon for w in weapons} | ({info.weapon} if info.weapon else set()))
    if info.type == EXPLOSIONS:
        if info.sub == "by-weapon":
            if best and best.sub:
                return EXPLOSIONS, best.sub, names, f"weapon '{doc.text[best.start:best.end]}' decides the sub-type"
            return EXPLOSIONS, info.default or "Shelling/artillery/missile attack", names, "default sub-type of the cue"
        if best and best.sub and best.rank >= 8:  # a suicide or chemical attack overrides
            return EXPLOSIONS, best.sub, names, f"weapon '{doc.text[best.start:best.end]}' overrides the cue"
        return EXPLOSIONS, info.sub, names, "sub-type of the cue"
    if info.type == STRATEGIC and info.sub == "Looting/property destruction" and best and best.rank >= 2 and best.sub:
        return EXPLOSIONS, best.sub, names, f"destruction by '{doc.text[best.start:best.end]}' is remote violence"
    if info.type == BATTLES and info.strength < 0.6 and best and best.rank >= 2 and best.sub:
        return EXPLOSIONS, best.sub, names, f"an attack with '{doc.text[best.start:best.end]}' is remote violence"
    return info.type, info.sub, names, "type of the cue"


def _modality(doc: AnalysedDocument, cue: CueMention, sent: Sentence, clause: tuple[int, int],
              actors: Spans[ActorMention]) -> tuple[str, list[ActorMention], str]:
    marks = _markers_in(doc, sent.start, sent.end)
    claims = [m for m in marks if m.kind == "modality:claimed"]
    if claims:
        m = claims[0]
        near = [a for a in actors.starting_in(sent.start, sent.end) if a.actor.inter in SELF_REPORTING_INTERS]
        claimer = min(near, key=lambda a: abs(a.start - m.start)) if near else None
        return "claimed", [claimer] if claimer else [], f"claim word '{doc.text[m.start:m.end]}'"
    for kind, modality in (("modality:denied", "denied"), ("modality:alleged", "alleged")):
        hit = [m for m in marks if m.kind == kind and m.end <= cue.start]
        if hit:
            return modality, [], f"'{doc.text[hit[-1].start:hit[-1].end]}' before the cue"
    return "asserted", [], ""


def _is_planned(doc: AnalysedDocument, cue: CueMention, clause: tuple[int, int]) -> bool:
    return any(m.kind == "future" and m.end <= cue.end for m in _markers_in(doc, clause[0], clause[1]))


def _is_negated(doc: AnalysedDocument, cue: CueMention, clause: tuple[int, int]) -> bool:
    return any(m.kind == "negation" and m.end <= cue.start and cue.start - m.end <= 30
               for m in _markers_in(doc, clause[0], clause[1]))


def _speaker(doc: AnalysedDocument, sent: Sentence, cue: CueMention,
             actors: Spans[ActorMention]) -> ActorMention | None:
    """"قالت الميليشيا ... إنها استهدفت": the speaker is the subject of a pronoun-led clause."""
    head = doc.text[max(sent.start, cue.start - 12):cue.start].split()
    if not any(w in grammar.words("pronoun_subjects") for w in head[-2:]):
        return None
    for m in _markers_in(doc, sent.start, cue.start):
        if m.kind == "attribution":
            after = [a for a in actors.starting_in(m.end, m.end + 30) if m.end <= a.word_start <= m.end + 2]
            if after:
                return after[0]
    return None


def build_candidates(doc: AnalysedDocument) -> list[Candidate]:
    actors = resolve_references(doc)
    out: list[Candidate] = []
    seen_cues: set[str] = set()
    for cue in doc.mentions.cues:
        if doc.in_non_event(cue.start, cue.end):
            continue
        sent = doc.sentence_at(cue.start)
        clause = doc.clause_at(cue.start)
        role = doc.role_before(cue.start - _prefix_len(doc, cue), max_gap=1)
        precise_here = [p for p in doc.places_in(cue.end, clause[1]) if p.geo_precision <= 2]
        if role == "relative" and _actor_before(doc, actors, cue):
            continue  # "داعش الذي سيطر على ...": describes the actor
        reference = role == "demonstrative" or (role == "cause" and not doc.places_in(cue.end, clause[1])) \
            or (_told_before(doc, cue, seen_cues) and not precise_here)
        seen_cues.add(_cue_key(doc, cue))
        if _is_negated(doc, cue, clause) or _is_planned(doc, cue, clause):
            continue
        if cue.cue.pos == "noun" and doc.text[cue.end:cue.end + 2].strip().startswith('"'):
            continue  # the name of an operation ("معركة "الثأر للزبداني"")
        if _purpose(doc, cue):
            continue  # "ليشاركوا في العمليات لتحرير مدنهم": an aim, not an incident
        etype, sub, weapons, why_type = _type_and_sub(doc, cue, clause, sent)
        passive = _after_passive(doc, cue)
        roles = find_roles(doc, cue, actors, sent, clause, passive)
        actor1, actor2 = roles.actor1, roles.actor2
        explain = [("event_type", f"cue '{doc.text[cue.start:cue.end]}': {why_type}")]
        if actor1 is None:
            speaker = _speaker(doc, sent, cue, actors)
            if speaker:
                actor1 = speaker
                explain.append(("actor1", "the speaker of 'قال ... إنها' is the agent"))
        elif roles.why1:
            explain.append(("actor1", roles.why1))
        if actor2 and roles.why2:
            explain.append(("actor2", roles.why2))
        modality, claimers, why_mod = _modality(doc, cue, sent, clause, actors)
        if modality == "asserted" and actor1 and actor1.actor.inter in SELF_REPORTING_INTERS and \
                _speaker(doc, sent, cue, actors) is not None:
            modality, claimers, why_mod = "claimed", [actor1], "a non-state group reports its own attack"
        if why_mod:
            explain.append(("modality", why_mod))
        if modality == "claimed" and actor1 is None and claimers:
            actor1 = claimers[0]
        if etype == BATTLES and sub == "by-actor":
            if actor1 is None:
                continue
            sub = "Government regains territory" if actor1.actor.inter == 1 else "Non-state actor overtakes territory"
            explain.append(("sub_event_type", f"territory taken by a {'state' if actor1.actor.inter == 1 else 'non-state'} actor"))
        if etype == PROTESTS and sub == "Peaceful protest":
            actor2 = None  # a peaceful protest has no second party (ACLED)
        elif etype == PROTESTS:
            # the protesters are actor1, the force that intervened actor2 (ACLED)
            in_sent = actors.starting_in(sent.start, sent.end)
            protesters = [a for a in in_sent if a.actor.inter == 6]
            forces = [a for a in in_sent if a.actor.inter == 1]
            actor1 = protesters[0] if protesters else actor1
            actor2 = forces[0] if forces else actor2
            if actor1 is not None and actor2 is not None and actor1.actor.id == actor2.actor.id:
                actor2 = None
        if etype == VAC and actor2 is not None and actor2.actor.inter in (1, 2, 3) and sub == "Attack":
            etype, sub = BATTLES, "Armed clash"
            explain.append(("event_type", "an attack on an armed actor is a battle"))
        if etype == BATTLES and sub == "Armed clash" and actor2 is not None and actor2.actor.inter == 7:
            etype, sub = VAC, "Attack"  # armed men against unarmed people: violence against civilians
            explain.append(("event_type", "the target is civilians"))
        places, why_place = find_places_for(doc, cue, sent, clause)
        when = find_date(doc, cue, sent)
        marks = _markers_in(doc, sent.start, sent.end)
        if any(m.kind == "habitual" for m in _markers_in(doc, clause[0], clause[1])):
            continue
        if _since(doc, clause):
            continue  # "ويشن التحالف غارات على العراق منذ أغسطس 2014": an ongoing campaign
        background = any(m.kind == "background" and m.end <= cue.start for m in marks) and when.inherited
        qty = _number_before(doc, cue.start - _prefix_len(doc, cue))
        aggregate_marker = any(m.kind == "aggregate" for m in _markers_in(doc, clause[0], clause[1]))
        coarse = not places or all(p.geo_precision >= 3 for p in places) or len({_country(p) for p in places}) > 1
        # "تسع ضربات جوية في سورية", "13 هجوماً خلال أسبوع": a count of incidents over a region or a
        # period is a summary ("300 قذيفة على بلدتي X وY" counts shells, not incidents)
        aggregate = bool((qty and qty >= 3 and coarse) or (aggregate_marker and qty and qty >= 2))
        if aggregate or etype == STRATEGIC:
            places = places[:1]
        if aggregate_marker and not qty and coarse and etype != STRATEGIC:
            continue  # "سلسلة هجمات": an unquantified summary, not an incident
        if cue.cue.counted:
            if not qty:
                continue
            aggregate = True
        if reference:  # it names an incident told elsewhere: its place and date are that one's
            places = []
            when = DateChoice(when.date, when.precision, None, True, "the incident it refers to")
        slots: list[PlaceMention | None] = list(places) if places else [None]
        for place in slots:
            c = Candidate(cue, sent, clause, etype, sub, actor1, actor2, place, when, weapons, modality, aggregate,
                          background, list(claimers), None, qty, cue.cue.strength, {sent.index}, list(explain),
                          reference=reference, defaulted_sub=why_type == "default sub-type of the cue")
            c.explain.append(("location", why_place or "no place in reach"))
            c.explain.append(("event_date", when.why))
            if actor1 is None and sub in UNIDENTIFIED_BY_DEFAULT:
                c.default_actor1 = "Unidentified Armed Group ({country})"
                c.explain.append(("actor1", "no perpetrator named: unidentified armed group (ACLED convention)"))
            out.append(c)
    _attach_fatalities(doc, out)
    _continue_actors(out)
    _air_by_actor(out)
    return [c for c in out if _keep(c, doc)]


def _air_by_actor(cands: list[Candidate]) -> None:
    """"قصف التحالف": the coalition's bombardments are air strikes unless a weapon says otherwise;
    a bombardment with no weapon named continues the kind of the attack told just before."""
    for i, c in enumerate(cands):
        if not c.defaulted_sub or c.event_type != EXPLOSIONS:
            continue
        if c.actor1 is not None and c.actor1.actor.strikes_by_air:
            c.sub_event_type = "Air/drone strike"
            c.explain.append(("sub_event_type", "bombardment by an actor that strikes from the air"))
            continue
        for prev in reversed(cands[:i]):
            if c.sentence.index - prev.sentence.index > 2:
                break
            if c.sentence.index - prev.sentence.index > 0 and prev.event_type == EXPLOSIONS:
                # only the attack told just before, and only when it is the same party's
                if (not prev.defaulted_sub or prev.sub_event_type != "Shelling/artillery/missile attack") \
                        and (c.actor1 is None or prev.actor1 is None or prev.actor1.actor.id == c.actor1.actor.id):
                    c.sub_event_type = prev.sub_event_type
                    c.explain.append(("sub_event_type", "the same kind of attack as the sentence before"))
                break


def _continue_actors(cands: list[Candidate]) -> None:
    """A sentence that goes on about the same kind of incident without naming the parties keeps
    those of the one before it ("أمطرت الفصائل ... بلدات" then "قذيفة سقطت على بلدتي ...")."""
    for i, c in enumerate(cands):
        for prev in reversed(cands[:i]):
            if c.sentence.index - prev.sentence.index > 3:
                break
            if prev.sentence.index >= c.sentence.index:
                continue
            if prev.event_type != c.event_type:
                continue
            if c.actor1 is None and prev.actor1 is not None and c.default_actor1 is None:
                c.actor1 = prev.actor1
                c.explain.append(("actor1", "the same parties as the incident of the sentence before"))
            if c.actor2 is None and (prev.actor1 is None or prev.actor2 is None):
                continue  # look further back for an incident that names both parties
            if c.actor2 is None and c.actor1 is not None and prev.actor1 is not None and prev.actor2 is not None:
                parties = {prev.actor1.actor.id: prev.actor2, prev.actor2.actor.id: prev.actor1}
                other = parties.get(c.actor1.actor.id)
                if other is not None and other.actor.id != c.actor1.actor.id and (
                        c.actor1.actor.id == prev.actor1.actor.id or c.event_type == BATTLES):
                    c.actor2 = other
                    c.explain.append(("actor2", "the other party of the incident of the sentence before"))
            break


def _since(doc: AnalysedDocument, clause: tuple[int, int]) -> bool:
    """The clause says since when something goes on ("منذ أغسطس 2014", "منذ مايو الماضي")."""
    since = grammar.suffixes("since")
    return any((t.text.startswith(since) and t.kind not in ("ago", "relative_day", "weekday", "recent"))
               or doc.text[max(0, t.start - 4):t.start].strip().endswith(since)
               for t in doc.times_in(clause[0], clause[1]) if t.kind not in ("ago", "relative_day", "weekday"))


def _cue_key(doc: AnalysedDocument, cue: CueMention) -> str:
    word = doc.text[cue.start:cue.end]
    return word[2:] if word.startswith("ال") else word


def _told_before(doc: AnalysedDocument, cue: CueMention, seen: set[str]) -> bool:
    """"الهجوم الانتحاري" after "هجوم انتحاري" was told: a definite noun cue already met in the
    article names the incident again."""
    if cue.cue.pos != "noun" or _cue_key(doc, cue) not in seen:
        return False
    prefix = doc.text[cue.start - _prefix_len(doc, cue):cue.start]
    return doc.text.startswith("ال", cue.start) or prefix.endswith(("ال", "لل"))


def _actor_before(doc: AnalysedDocument, actors: Spans[ActorMention], cue: CueMention) -> bool:
    """An actor ends within the few characters before the relative word that precedes the cue."""
    start = cue.start - _prefix_len(doc, cue)
    return any(0 <= start - a.end <= 16 for a in actors.starting_in(start - 80, start))


def _purpose(doc: AnalysedDocument, cue: CueMention) -> bool:
    """A cue joined with ل is an aim ("لتحرير", "لاستعادتها", "ليشن"), except after "تعرض"
    ("تعرضت لقصف")."""
    prefix = doc.text[cue.start - _prefix_len(doc, cue):cue.start]
    if prefix not in grammar.words("purpose_proclitics"):
        return False
    return not _after_passive(doc, cue)


def _after_passive(doc: AnalysedDocument, cue: CueMention) -> bool:
    """"تعرضت البلدة لقصف": the cue follows a passive verb (its ل is not an aim)."""
    before = doc.text[max(0, cue.start - 24):cue.start - _prefix_len(doc, cue)].split()
    return any(w.lstrip("و") in grammar.words("passive_verbs") for w in before[-2:])


def _prefix_len(doc: AnalysedDocument, cue: CueMention) -> int:
    i = cue.start
    while i > 0 and doc.text[i - 1].isalnum():
        i -= 1
    return cue.start - i


def _country(p: PlaceMention) -> str | None:
    return p.place.country if p.place else None


def _attach_fatalities(doc: AnalysedDocument, cands: list[Candidate]) -> None:
    by_sentence: dict[int, list[Candidate]] = {}
    for c in cands:
        by_sentence.setdefault(c.sentence.index, []).append(c)
    for f in doc.mentions.fatalities:
        sent = doc.sentence_at(f.start)
        pool = by_sentence.get(sent.index, [])
        if not pool:
            continue
        best = min(pool, key=lambda c: (abs(c.cue.start - f.start), c.place is None))
        same_cue = [c for c in pool if c.cue is best.cue]
        target = same_cue[0]
        if target.fatalities is None:
            target.fatalities = f.value
            target.fatality_span = (f.start, f.end)
            target.explain.append(("fatalities", f"'{doc.text[f.start:f.end]}' nearest to the cue"))


def _keep(c: Candidate, doc: AnalysedDocument) -> bool:
    """Enough to call it an incident: a place, or an actor and a date of its own; a weak cue
    (a bare "هجوم") needs its own date; words in quotation marks with no date of their own are
    speech about events, and an incident known only by the publication date needs a precise place."""
    if c.place is None and (c.actor1 is None or c.when.inherited) and not c.reference:
        return False
    if c.strength < 0.6 and not c.aggregate and (
            c.when.inherited or (c.actor1 is None and c.actor2 is None)
            or c.place is None or not (c.clause[0] <= c.place.start < c.clause[1])):
        return False
    if c.when.inherited and _in_quotes(doc.text, c.sentence.start, c.cue.start):
        return False
    if c.aggregate or (c.place is not None and c.place.geo_precision < 3) or not c.when.inherited:
        return True
    # a regional place and a borrowed date: only a report with its parties and a toll, dated by
    # an earlier sentence (not by the publication date alone)
    return c.when.time is not None and c.actor1 is not None and (c.actor2 is not None or c.fatalities is not None)


def _in_quotes(text: str, start: int, pos: int) -> bool:
    """An odd number of quotation marks between the sentence start and `pos`."""
    return text.count('"', start, pos) % 2 == 1
