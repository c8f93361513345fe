"""The record of one merged candidate (`to_event`): its actors with their countries, its place,
its date and the words behind each field, as `marsad.models.Event`.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from marsad import lexicon
from marsad.acled import (
    ARRESTS,
    BATTLES,
    DISORDER,
    EXCESSIVE_FORCE,
    TERRITORY,
    UNIDENTIFIED_ARMED_GROUP,
    VAC,
    VIOLENT_DEMONSTRATION,
    Inter,
)
from marsad.extract import grammar
from marsad.extract.candidates import PLANTED, Candidate
from marsad.extract.compatible import PROTEST_FORCE
from marsad.extract.context import WORD, aircraft_believed, nationality_after, speaker_words
from marsad.extract.document import WORD_END_PUNCT, AnalysedDocument
from marsad.extract.elsewhere import country_of
from marsad.extract.killers import unnamed_attacker
from marsad.extract.mentions import (
    UNKNOWN_COUNTRY,
    ActorInfo,
    ActorMention,
    actor_in_country,
    air_force_over,
    both_sides_in_one,
    leader_countries,
    named_for,
    nationalities_in,
    people_of,
    raid_by_aircraft,
    state_forces,
)
from marsad.extract.place_roles import origin
from marsad.extract.targets import named_as_hurt
from marsad.geo.gazetteer import Gazetteer, Place, distance_km
from marsad.geo.patterns import patterns as place_patterns
from marsad.geo.resolve import PlaceMention
from marsad.models import ActorRef, Attribution, Event, Evidence, Location
from marsad.text.normalize import norm_key

DEAD_WORD_CHARS = 24  # "أوقع 32 [قتيلا]": the words that count the dead, after the toll
DEAD_WORDS = 4
HURT_CHARS = 24  # "مقتل [4 عناصر من] الشرطة": from a word of death or wounds to the force it counts
BORDER_KM = 20  # a town of a neighbour with a place of the incident's country this near lies at the border
BORDER_TOWN_KINDS = ("city", "town", "village")
BORDER_FORCES = (Inter.STATE, Inter.EXTERNAL)  # a state's forces, at home or abroad
MAX_PROCLITIC = 2  # "وبمدينة", "بلدة": the letters of a proclitic before a type word
REMOTE_FIRE = ("Air/drone strike", "Shelling/artillery/missile attack")  # fired from afar at a place, not planted among people


def _actor_ref(doc: AnalysedDocument, a: ActorMention | None, country: str | None) -> ActorRef | None:
    if a is None:
        return None
    actor = actor_in_country(a.actor, country)
    name = actor.name
    if "{country}" in name:
        if not name.startswith("Military Forces of "):  # "قوات في أرض المعركة" names no state
            country = _country_after(doc, a) or nationality_after(doc, a.end) or country
        country = _speaker_nationality(doc, a) or country
        name = named_for(name, country or UNKNOWN_COUNTRY)
        if name.startswith("Military Forces of ") or name.startswith("Police Forces of "):
            name = name.replace(f" of {UNKNOWN_COUNTRY}", "")
    a0, a1 = doc.nt.to_original(a.start, a.end)
    return ActorRef(name=name, text=doc.nt.original[a0:a1], span=(a.start, a.end), inter=actor.inter,
                    country=actor.country or country, parent=actor.parent)


def _speaker_nationality(doc: AnalysedDocument, a: ActorMention) -> str | None:
    """"قال رئيس الوزراء التركي إن الجيش قصف": a force no word of its own names, right after what a
    state's speaker of one nationality says, is that state's."""
    return _said_by_nationality(doc, a.word_start)


def _said_by_nationality(doc: AnalysedDocument, start: int) -> str | None:
    """The one nationality of the speaker of the reported clause that begins at `start` ("أعلنت
    الحكومة التركية أن ...", or a leader's name: "قال السيسي إن ...")."""
    words = speaker_words(doc, start)
    if not words or grammar.any_of(words, "media_heads"):
        return None  # "قالت وكالة الصحافة الفرنسية إن ...": an outlet tells, no state speaks
    found = nationalities_in(" ".join(words)) | _leaders_states(words)
    return next(iter(found)) if len(found) == 1 else None


def _leaders_states(words: list[str]) -> set[str]:
    """The states whose leaders' surnames stand among `words` ("السيسي": Egypt)."""
    leaders = leader_countries()
    return {leaders[w] for w in words if w in leaders}


def _incident_country(doc: AnalysedDocument, c: Candidate, doc_country: str | None) -> tuple[str | None, str | None]:
    """The incident's country, and the one its sentence's people give an unknown town (or None)."""
    country = country_of(c, doc_country)
    if country is not None:
        return country, None
    people = _people_country(doc, c)
    return people, people


def _people_country(doc: AnalysedDocument, c: Candidate) -> str | None:
    """"تظاهر آلاف المغاربة في مدينة الحسيمة": a town the gazetteer does not know, in an article
    that names no country, lies in the one country whose people or adjective its sentence names."""
    if c.place is None or c.place.place is not None or c.place.anchor is not None:
        return None
    words = doc.text[c.sentence.start:c.sentence.end]
    found = nationalities_in(words) | {country for word in words.split() if (country := people_of(word)) is not None}
    if len(found) > 1:  # "قالت السلطات الأفغانية إن غارة أمريكية ...": the police of a state are at home
        found &= {a.actor.country for a in doc.index["actors"].starting_in(c.sentence.start, c.sentence.end)
                  if a.actor.country and a.actor.name.startswith("Police Forces of ")}
    return next(iter(found)) if len(found) == 1 else None


def _fired_from(doc: AnalysedDocument, c: Candidate, country: str | None) -> str | None:
    """"صاروخ أطلق من قطاع غزة سقط قرب عسقلان": a shell or a rocket fired from a place of another
    country (`place_roles.origin`, in the cue's clause) was fired by a group of that country."""
    if c.sub_event_type not in REMOTE_FIRE or country is None:
        return None
    found = {p.place.country for p in doc.places_in(c.clause[0], c.clause[1])
             if p.place is not None and p.place.country and origin(doc, p, c.clause)}
    if len(found) != 1 or country in found:
        return None
    c.explain.append(("actor1", "no perpetrator named, the fire came from another country: a group of that country"))
    return found.pop()


def _unnamed_attacker_of_a_force(c: Candidate, country: str | None) -> ActorRef | None:
    """"تعرض مركز للشرطة لإطلاق نار من سيارة مسرعة": a state's forces fought, with nobody named
    against them in the whole article, were fought by an unidentified armed group (ACLED convention)."""
    if c.sub_event_type != "Armed clash" or c.actor2 is None or c.actor2.actor.inter not in (Inter.STATE, Inter.EXTERNAL):
        return None
    c.explain.append(("actor1", "a state's forces fought by nobody named: an unidentified armed group (ACLED convention)"))
    name, inter = UNIDENTIFIED_ARMED_GROUP
    return ActorRef(named_for(name, country or UNKNOWN_COUNTRY), "", (c.cue.start, c.cue.start), inter, country)


def _believed_air_force(doc: AnalysedDocument, c: Candidate) -> ActorRef | None:
    """"طائرات حربية يعتقد أنها روسية": military aircraft a word of belief (`belief_words`) gives a
    nationality are that state's, as the text believes."""
    if not raid_by_aircraft(c.sub_event_type, c.weapons):
        return None
    for i in sorted(c.sentences | {c.sentence.index}):  # (a sentence of its own may tell the belief)
        if (found := _believed_in(doc, c, doc.text[doc.sentences[i].start:doc.sentences[i].end])) is not None:
            return found
    return None


def _believed_in(doc: AnalysedDocument, c: Candidate, text: str) -> ActorRef | None:
    if (found := aircraft_believed(text)) is None:
        return None
    belief, country = found
    c.explain.append(("actor1", f"military aircraft believed ('{belief}') to be of {country}: its air force"))
    return ActorRef(named_for("Military Forces of {country}", country), "", (c.cue.start, c.cue.start), Inter.STATE, country)


def _speaker_air_force(doc: AnalysedDocument, c: Candidate) -> ActorRef | None:
    """"قالت الحكومة التركية إن الطيران الحربي قصف مواقع": military aircraft no word names, right after
    what a state's speaker says, are that state's."""
    if not raid_by_aircraft(c.sub_event_type, c.weapons):
        return None
    before = doc.text[c.sentence.start:c.cue.start]
    aircraft = max((before.rfind(w) for w in grammar.words("military_aircraft") if w in before), default=-1)  # the nearest
    if aircraft < 0:
        return None
    country = _said_by_nationality(doc, c.sentence.start + aircraft)
    if country is None:
        return None
    c.explain.append(("actor1", f"military aircraft in what a speaker of {country} says: its air force"))
    return ActorRef(named_for("Military Forces of {country}", country), "", (c.cue.start, c.cue.start), Inter.STATE, country)


def _country_after(doc: AnalysedDocument, a: ActorMention) -> str | None:
    """"الشرطة في كوريا الشمالية", "السلطات في إيران": the place after "في" says whose they are."""
    words = doc.text[a.end:a.end + 6].split()
    if not words or words[0] not in grammar.words("police_of_place"):
        return None
    gap = doc.text.index(words[0], a.end) + len(words[0]) + 1
    after = [p for p in doc.index["places"].starting_in(gap, gap + 3) if p.place is not None and p.place.country]
    return after[0].place.country if after and after[0].place else None


def _location(doc: AnalysedDocument, p: PlaceMention | None, country: str | None = None) -> Location | None:
    """Where the incident was; an unknown town with no anchor lies in the incident's `country`."""
    if p is None:
        return None
    pl = p.place
    area = pl or p.anchor  # an unknown village: the administrative area of the place it lies by
    o0, o1 = doc.nt.to_original(p.start, p.end)
    n0, _ = doc.nt.to_original(_unknown_name_start(doc, p), p.end)
    return Location(
        name=pl.name if pl else doc.nt.original[n0:o1], name_ar=pl.name_ar if pl else doc.nt.original[n0:o1],
        country=area.country if area else country, admin1=area.admin1 if area else None,
        admin2=area.admin2 if area else None, admin3=pl.admin3 if pl else None,
        latitude=p.latitude, longitude=p.longitude,
        geo_precision=p.geo_precision, gazetteer_id=pl.id if pl else None, text=doc.nt.original[o0:o1],
        span=(p.start, p.end))


def _unknown_name_start(doc: AnalysedDocument, p: PlaceMention) -> int:
    """Where an unknown place's name begins: at its type word ("بلدة X", "منطقة الجورة"; a word of
    the place patterns of category "type", its proclitic left out), not at the words of nearness or
    direction before it ("بالقرب من بلدة X", "محيط مدينة X")."""
    cues = place_patterns().cues
    for m in reversed(list(WORD.finditer(doc.text, p.start, p.name_start))):
        word = m.group()
        for cut in range(MAX_PROCLITIC + 1):
            cue = cues.get(word[cut:])
            if cue is not None and cue.category == "type":
                return m.start() + cut
    return p.name_start


def _attributions(doc: AnalysedDocument, c: Candidate) -> tuple[Attribution, ...]:
    out: list[Attribution] = []
    for i in sorted(c.sentences):
        s = doc.sentences[i]
        for src in doc.index["sources"].starting_in(s.start, s.end):
            if all(a.source != src.source for a in out):
                o0, o1 = doc.nt.to_original(max(s.start, src.start - 12), src.end)
                out.append(Attribution(src.source, doc.nt.original[o0:o1].strip()))
    return tuple(out)


def to_event(doc: AnalysedDocument, c: Candidate, doc_country: str | None) -> Event:
    country, people = _incident_country(doc, c, doc_country)
    actor1 = _arresting_police(c, _first_actor(doc, c, country))
    actor2 = None if _nobody_hurt_at_a_place(doc, c) else _actor_ref(doc, _force_hurt_at_a_place(doc, c) or c.actor2, country) \
        or _dead_of_a_bombing(doc, c, country)
    if _named_twice(doc, c, actor1, actor2):
        actor2 = None
    actor1, actor2 = _force_first(c.sub_event_type, actor1, actor2, country)
    actor1 = _rioters(c.sub_event_type, actor1)
    if c.sub_event_type in (*PROTEST_FORCE, VIOLENT_DEMONSTRATION):  # "قوات الأمن" that met a crowd: its police
        actor1, actor2 = _police_of(actor1), _police_of(actor2)
    evidence = []
    for i in sorted(c.sentences):
        s = doc.sentences[i]
        evidence.append(Evidence(doc.nt.original_text(s.start, s.end), (s.start, s.end)))
    confidence = c.strength * (1.0 if c.place else 0.7) * (1.0 if actor1 else 0.8) * (0.8 if c.when.inherited else 1.0)
    claimers = [r for r in (_actor_ref(doc, a, country) for a in c.claimed_by) if r]
    event_type, sub = _unarmed_elsewhere(c, actor2)
    return Event(
        doc=doc.doc_id, event_type=event_type, sub_event_type=_taken_by(sub, actor1, country), event_date=c.date,
        time_precision=c.when.precision, actor1=actor1, actor2=actor2, location=_location(doc, c.place, people),
        fatalities=c.fatalities, modality=c.modality, aggregate=c.aggregate, weapons=tuple(c.weapons),
        quantity=c.quantity, claimed_by=tuple(claimers), attribution=_attributions(doc, c), evidence=tuple(evidence),
        confidence=round(min(1.0, confidence), 3), disorder_type=DISORDER.get(c.event_type),
        civilian_targeting=bool(actor2 and actor2.inter == Inter.CIVILIANS), background=c.background,
        explain=tuple(c.explain), date_words=_words(doc, (c.when.time.start, c.when.time.end) if c.when.time else None),
        fatality_words=_words(doc, c.fatality_span))


def _first_actor(doc: AnalysedDocument, c: Candidate, country: str | None) -> ActorRef | None:
    """The record's first actor: the party named, a group of the country fire came from, the
    default of the kind, or the air force or the attacker the kind implies."""
    home = _fired_from(doc, c, country) if c.actor1 is None or c.actor1.actor.id == "unidentified" else None
    actor1 = _actor_ref(doc, c.actor1, country)
    if home is not None and actor1 is not None:  # (whatever country its speaker is of)
        actor1 = replace(actor1, name=UNIDENTIFIED_ARMED_GROUP[0].replace("{country}", home), country=home)
    if actor1 is None and c.default_actor1 and not (c.default_actor1[1] != Inter.STATE
                                                     and raid_by_aircraft(c.sub_event_type, c.weapons)):
        name, inter = c.default_actor1  # an unidentified group flies no aircraft (a raid merged into a shelling)
        home = home or country
        words = unnamed_attacker(doc, [(doc.sentences[i].start, doc.sentences[i].end) for i in sorted(c.sentences)]) \
            if c.default_actor1 == UNIDENTIFIED_ARMED_GROUP else None  # "فتح مسلح النار": the words that name him
        w0, w1 = doc.nt.to_original(*words) if words else (0, 0)
        actor1 = ActorRef(named_for(name, home or UNKNOWN_COUNTRY), doc.nt.original[w0:w1], words or (c.cue.start, c.cue.start),
                          inter, home)
    if actor1 is None:
        actor1 = _believed_air_force(doc, c) or _unnamed_air_force(doc, c, country) or _speaker_air_force(doc, c) \
            or _unnamed_attacker_of_a_force(c, country)
    return actor1


def _unarmed_elsewhere(c: Candidate, actor2: ActorRef | None) -> tuple[str, str]:
    """"هاجم مسلحون مسيرة للمعارضة" in Caracas: a party whose words name unarmed people in the
    incident's country (`elsewhere` of actors.yaml: the opposition in the street) was attacked, not
    fought."""
    if c.event_type == BATTLES and c.sub_event_type == "Armed clash" and actor2 is not None and c.actor2 is not None \
            and c.actor2.actor.inter != actor2.inter and actor2.inter in (Inter.PROTESTERS, Inter.CIVILIANS):
        return VAC, "Attack"
    return c.event_type, c.sub_event_type


def _force_first(sub: str, actor1: ActorRef | None, actor2: ActorRef | None,
                 country: str | None) -> tuple[ActorRef | None, ActorRef | None]:
    """Excessive force against protesters: the force acts (actor1) and the protesters are acted on
    (actor2), unknown force or not; people shot at a protest, or nobody named, are the country's
    protesters (ACLED's coding). A protest met with force short of that stays the protesters'
    (actor1, the force that intervened actor2)."""
    if sub != EXCESSIVE_FORCE:
        return actor1, actor2
    if actor1 is not None and actor1.inter in (Inter.PROTESTERS, Inter.CIVILIANS):
        actor1, actor2 = actor2, actor1
    if actor1 is not None and (actor2 is None or actor2.inter == Inter.CIVILIANS):
        text, span = (actor2.text, actor2.span) if actor2 is not None else ("", (actor1.span[0], actor1.span[0]))
        actor2 = ActorRef(f"Protesters ({country or UNKNOWN_COUNTRY})", text, span, Inter.PROTESTERS, country)
    return actor1, actor2


def _rioters(sub: str, actor1: ActorRef | None) -> ActorRef | None:
    """"رشق المتظاهرون الشرطة بالحجارة": protesters who turned violent are rioters (ACLED names
    the side of a violent demonstration "Rioters (country)")."""
    if sub != VIOLENT_DEMONSTRATION or actor1 is None or actor1.inter != Inter.PROTESTERS:
        return actor1
    return ActorRef(f"Rioters ({actor1.country or UNKNOWN_COUNTRY})", actor1.text, actor1.span, Inter.RIOTERS, actor1.country)


def _arresting_police(c: Candidate, actor1: ActorRef | None) -> ActorRef | None:
    """"إيران تعتقل ستة أشخاص": a state named by its country or capital arrests with its police, at
    home (a state force, not a foreign one); so do its security forces ("ألقت قوات الأمن التركية
    القبض على 17 شخصا"), not its army."""
    return _police_of(actor1) if c.sub_event_type == ARRESTS else actor1


def _police_of(actor: ActorRef | None) -> ActorRef | None:
    """A state's forces named by its name or by the words of its security services: its police."""
    words = norm_key(actor.text).split() if actor is not None else []
    if actor is None or not actor.name.startswith("Military Forces of ") \
            or (grammar.any_of(words, "army_words") and not grammar.any_of(words, "security_words")):
        return actor
    return replace(actor, name=actor.name.replace("Military Forces of ", "Police Forces of ", 1),
                   inter=Inter.STATE if actor.inter == Inter.EXTERNAL else actor.inter)


def _taken_by(sub: str, actor1: ActorRef | None, country: str | None) -> str:
    """Who took a place decides the sub-type, once the country names the taker ("القوات الكردية"
    are the YPG in Syria, the Peshmerga, a state force, in Iraq); a state's forces named by their
    nationality are at home in their own country ("استعادت القوات الليبية السيطرة على سرت")."""
    if sub not in TERRITORY or actor1 is None:
        return sub
    at_home = actor1.inter == Inter.EXTERNAL and country is not None \
        and actor1.name in (named_for("Military Forces of {country}", country), named_for("Police Forces of {country}", country))
    return TERRITORY[0] if actor1.inter == Inter.STATE or at_home else TERRITORY[1]


def _nobody_hurt_at_a_place(doc: AnalysedDocument, c: Candidate) -> bool:
    """"قصفت قوات النظام مناطق سكنية في تلبيسة", "غارات على منازل في عربين": civilians named only by
    the homes, quarters or mosque a raid or a shelling struck (`civilian_places`, "مناطق سكنية"), with
    nobody told killed or wounded in the incident's sentences, are no party acted on (ACLED leaves
    actor2 empty); a bomb among them is another matter."""
    a = c.actor2
    if a is None or a.actor.inter != Inter.CIVILIANS or c.fatalities is not None or c.toll_shared \
            or c.sub_event_type not in REMOTE_FIRE:
        return False
    words = doc.text[a.word_start:a.end].split()
    if not (grammar.has_bare(words[0], "civilian_places")
            or (len(words) > 1 and grammar.has(words[-1], "residential_words"))):
        return False
    for i in c.sentences | {c.sentence.index}:
        s = doc.sentences[i]
        if doc.index["deaths"].starting_in(s.start, s.end) \
                or any(grammar.has(w, "wounded_heads") for w in doc.text[s.start:s.end].split()):
            return False
    c.explain.append(("actor2", f"'{doc.text[a.start:a.end]}': a place of civilian life hit, nobody told hurt: no party acted on"))
    return True


def _force_hurt_at_a_place(doc: AnalysedDocument, c: Candidate) -> ActorMention | None:
    """"فجر انتحاري نفسه قرب المسجد ... ما أسفر عن مقتل أربعة من رجال الأمن": a place of civilian life
    (`civilian_places`) named as the target, and a state's force named among the dead or wounded
    of the incident's sentence: the force was struck, the place is where."""
    a = c.actor2
    if a is None or a.actor.inter != Inter.CIVILIANS \
            or not grammar.has_bare(doc.text[a.word_start:a.end].split()[0], "civilian_places"):
        return None
    s = c.sentence
    hurt = next((b for b in doc.index["actors"].starting_in(s.start, s.end)
                 if b.start > a.end and b.actor.inter == Inter.STATE and named_as_hurt(doc, b)), None)
    if hurt is not None:
        c.explain.append(("actor2", f"'{doc.text[hurt.start:hurt.end]}' among the hurt: the force struck at "
                                    f"'{doc.text[a.start:a.end]}'"))
    return hurt


def _dead_of_a_bombing(doc: AnalysedDocument, c: Candidate, country: str | None) -> ActorRef | None:
    """"تفجير انتحاري أوقع 32 قتيلا": the dead of a bomb no target is named for, counted by words
    that name nobody armed (`anonymous_dead`), are civilians (ACLED codes them as actor2)."""
    if c.sub_event_type not in PLANTED:
        return None
    if not c.fatalities or c.fatality_span is None:
        # "الهجوم الانتحاري الذي استهدف مدينة سروج": a bomb set off among people, no side named as struck;
        # not one that hurt nobody ("دون وقوع إصابات")
        told = " ".join(doc.text[doc.sentences[i].start:doc.sentences[i].end] for i in c.sentences | {c.sentence.index})
        if any(p in told for p in grammar.words("unhurt_phrases")) or _forces_struck(doc, c):
            return None
        if any(p in told for p in grammar.words("counter_attacks")):
            return _force_countered(doc, c, country)
        c.explain.append(("actor2", "a bomb no side is named as struck by: civilians (ACLED convention)"))
        return ActorRef(f"Civilians ({country or UNKNOWN_COUNTRY})", "", (c.cue.start, c.cue.start), Inter.CIVILIANS,
                        country)
    start, end = c.fatality_span
    words = doc.text[start:end + DEAD_WORD_CHARS].split()[:DEAD_WORDS]
    if not any(grammar.has(w.strip(WORD_END_PUNCT), "anonymous_dead") for w in words):
        return None
    c.explain.append(("actor2", "the dead of a bomb, named by no side: civilians (ACLED convention)"))
    return ActorRef(f"Civilians ({country or UNKNOWN_COUNTRY})", "", (start, start), Inter.CIVILIANS, country)


def _force_countered(doc: AnalysedDocument, c: Candidate, country: str | None) -> ActorRef | None:
    """"شن التنظيم هجمات مضادة بسيارات مفخخة": the bombs of a counter-attack (`counter_attacks`)
    struck the force whose advance it answers, the state's force named last in its sentence or the
    one before; none named, nobody (no civilians)."""
    start = doc.sentences[max(0, c.sentence.index - 1)].start
    force = [a for a in doc.index["actors"].starting_in(start, c.cue.start) if a.actor.inter == Inter.STATE]
    if not force:
        return None
    c.explain.append(("actor2", f"a counter-attack's bombs: '{doc.text[force[-1].start:force[-1].end]}' countered"))
    return _actor_ref(doc, force[-1], country)


def _forces_struck(doc: AnalysedDocument, c: Candidate) -> bool:
    """"فجروا قنبلة في ضباط داخل سيارة شرطة", "مقتل 4 عناصر من الشرطة في هجومين": a state's forces
    named as what the bomb hit in its clause, or among the dead or wounded of its sentence, are who
    it struck, not civilians."""
    s = c.sentence
    hurt = [d[1] for d in doc.index["deaths"].starting_in(s.start, s.end)]
    hurt += [m.end() for m in WORD.finditer(doc.text, s.start, s.end) if grammar.has(m.group(), "wounded_heads")]
    for a in doc.index["actors"].starting_in(s.start, s.end):
        if a.actor.inter not in (Inter.STATE, Inter.EXTERNAL) or (c.actor1 is not None and a.start == c.actor1.start):
            continue
        before = doc.text[max(c.cue.end, a.word_start - HURT_CHARS):a.word_start].split()[-2:]
        if (c.cue.end < a.start < c.clause[1] and any(grammar.has(w, "bomb_struck_words") for w in before)) \
                or any(0 <= a.start - h <= HURT_CHARS for h in hurt):
            return True
    return False


def _without_parties(doc: AnalysedDocument, told: list[int]) -> str:
    """The sentences `told` with the names of parties blanked: the adjective inside a party's name
    ("حزب الله اللبناني") names no state whose aircraft flew."""
    parts = []
    for i in told:
        s = doc.sentences[i]
        text = list(doc.text[s.start:s.end])
        for a in doc.index["actors"].starting_in(s.start, s.end):
            if a.actor.inter != Inter.STATE:
                text[a.start - s.start:a.end - s.start] = " " * (a.end - a.start)
        parts.append("".join(text))
    return " ".join(parts)


def _unnamed_air_force(doc: AnalysedDocument, c: Candidate, country: str | None) -> ActorRef | None:
    """"استهدف الطيران الحربي بلدة ...": military aircraft no word names, over a country where one
    party flies them (actors.yaml `air_force_of`), are that party's; not when the sentence names
    another state ("غارة جوية أمريكية") or a foreign air force ("طائرات التحالف")."""
    if not raid_by_aircraft(c.sub_event_type, c.weapons):
        return None
    info = air_force_over(country)
    # the sentences that tell the raid ("قتلوا في غارة جوية", then "وقال المرصد إن الطائرات المقاتلة أصابت")
    told = sorted(c.sentences | {c.sentence.index})
    text = " ".join(doc.text[doc.sentences[i].start:doc.sentences[i].end] for i in told)
    words = text.split()
    # "غارات للطيران الحربي": ل before the article drops its alif
    if not any(p in text or (p.startswith("ال") and "ل" + p[1:] in text) for p in grammar.words("military_aircraft")):
        return None
    speaker = _speaking_state(doc, c.cue.start)
    if speaker is not None and (info is None or speaker.country != info.country):
        c.explain.append(("actor1", f"military aircraft with no nationality in the words of a speaker of {speaker.country}"))
        return ActorRef(speaker.name, "", (c.cue.start, c.cue.start), speaker.inter, speaker.country)
    if info is None or nationalities_in(_without_parties(doc, told)) - {info.country, country} \
            or any(grammar.has(w, "foreign_air_forces", prepositions=True) for w in words):
        return None
    c.explain.append(("actor1", f"military aircraft with no nationality over {country}: {info.name}"))
    return ActorRef(info.name, "", (c.cue.start, c.cue.start), info.inter, info.country)


def _speaking_state(doc: AnalysedDocument, at: int) -> ActorInfo | None:
    """"وأكد بوتين أن الطائرات الحربية دمرت": the forces of the state whose leader tells the
    reported clause `at` is in (an official of a state may tell of another's aircraft)."""
    sent = doc.sentence_at(at)
    words = list(WORD.finditer(doc.text[sent.start:at]))
    last = next((w for w in reversed(words) if w.group() in grammar.words("complementizers")), None)
    speaking = speaker_words(doc, sent.start + last.end() + 1) if last is not None else None
    countries = _leaders_states(speaking or [])
    return state_forces(countries.pop()) if len(countries) == 1 else None


def _words(doc: AnalysedDocument, span: tuple[int, int] | None) -> Evidence | None:
    """The original words behind a span of the normalized text."""
    if span is None:
        return None
    return Evidence(doc.nt.original_text(*span), span)


def placed_by_its_police(e: Event, gazetteer: Gazetteer) -> Event:
    """"أوقفت السلطات التونسية عضوا في تنظيم الدولة": an arrest no place is named for, made by a
    state's police or forces, happened in that state: the country, at the precision of a region
    (3), with the words of the force as the words behind it."""
    a = e.actor1
    if e.sub_event_type != ARRESTS or (e.location is not None and e.location.latitude is not None) \
            or a is None or a.inter != Inter.STATE or not a.country or not a.text:
        return e
    country = next((p for p in gazetteer.lookup(a.country) if p.kind == "country"), None)
    if country is None:
        return e
    location = Location(name=country.name, name_ar=country.name_ar, country=country.country or country.name, admin1=None, admin2=None,
                        admin3=None, latitude=country.latitude, longitude=country.longitude, geo_precision=3,
                        gazetteer_id=country.id, text=a.text, span=a.span)
    held = e.actor2  # "ثلاثة أشخاص" of no country known until now: the people of the state that holds them
    if held is not None and held.name.endswith(f"({UNKNOWN_COUNTRY})"):
        held = replace(held, name=held.name.replace(f"({UNKNOWN_COUNTRY})", f"({a.country})"), country=a.country)
    return replace(e, location=location, actor2=held,
                   explain=(*e.explain, ("location", f"no place named: the country of '{a.name}'")))


def placed_across_borders(events: list[Event], doc: AnalysedDocument, gazetteer: Gazetteer) -> list[Event]:
    """"قصفت المدفعية التركية مواقع لداعش في سوريا" in a story of the border post of Kilis: an
    incident placed only in a country, with a state force of a neighbouring country among its
    parties (the two sharing a border of borders.yaml), happened at that border. When the document
    names a town of the neighbour that lies at the border (a place of the incident's country within
    `BORDER_KM`), it is the strip across from that town: the point of the incident's country nearest
    to it, at the precision "near" (2), named for the town, with the country's words as the words
    behind it. The town where another record has that force among its parties comes first, then
    the town told nearest to the incident (`_town_rank`). With no such town, it is the country's
    side of that border (the region of borders.yaml)."""
    return [_across_the_border(e, events, doc, gazetteer) for e in events]


def _across_the_border(e: Event, events: list[Event], doc: AnalysedDocument, gazetteer: Gazetteer) -> Event:
    loc = e.location
    country = gazetteer.by_id.get(loc.gazetteer_id or "") if loc is not None else None
    if loc is None or country is None or country.kind != "country" or not country.country_code:
        return e  # only a record placed in a whole country
    neighbours = {a.country for a in (e.actor1, e.actor2) if a is not None and a.inter in BORDER_FORCES
                  and a.country and a.country != loc.country}
    if not neighbours:
        return e
    towns = [m for m in doc.index["places"].starting_in(0, len(doc.text))
             if m.place is not None and m.place.country in neighbours and m.place.kind in BORDER_TOWN_KINDS]
    towns.sort(key=lambda m: (_town_rank(m, e, events, neighbours), abs(m.start - loc.span[0])))
    for m in towns:
        town = m.place
        assert town is not None
        across = [(distance_km(town.latitude, town.longitude, p.latitude, p.longitude), p)
                  for _, p in gazetteer.near(town.latitude, town.longitude, BORDER_KM)
                  if p.country == loc.country and (p.country_code, town.country_code) in border_pairs()]
        if not across:
            continue
        _, p = min(across, key=lambda kp: kp[0])
        location = replace(loc, name=f"{loc.name} (border opposite {town.name})", latitude=p.latitude,
                           longitude=p.longitude, geo_precision=2, gazetteer_id=p.id, admin1=p.admin1, admin2=p.admin2)
        why = f"a force of {town.country} in {loc.country} alone: the border across from '{m.text}'"
        return replace(e, location=location, explain=(*e.explain, ("location", why)))
    side = _border_side(country, neighbours, gazetteer)
    if side is None:
        return e
    location = replace(loc, name=side.name, latitude=side.latitude, longitude=side.longitude, gazetteer_id=side.id,
                       admin1=side.admin1, admin2=side.admin2)
    return replace(e, location=location, explain=(*e.explain, ("location", f"a force of a neighbour in {loc.country} alone: {side.name}")))


def _named_twice(doc: AnalysedDocument, c: Candidate, actor1: ActorRef | None, actor2: ActorRef | None) -> bool:
    """"قوات النظام" against "جنود" of the same state: one side named twice (not one party in the
    dual, "بين عشيرتين", for two sides of one kind)."""
    return actor1 is not None and actor2 is not None and actor1.name == actor2.name \
        and not both_sides_in_one(doc.text, c.actor1, c.actor2)


def _border_side(country: Place, neighbours: set[str], gazetteer: Gazetteer) -> Place | None:
    """The country's side of its border with the first neighbour it shares one with (borders.yaml)."""
    assert country.country_code is not None
    for name in sorted(neighbours):
        other = next((p for p in gazetteer.lookup(name) if p.kind == "country" and p.country_code), None)
        if other is not None and other.country_code and (country.country_code, other.country_code) in border_pairs():
            side = gazetteer.by_id.get(f"border:{country.country_code.lower()}-{other.country_code.lower()}")
            if side is not None:
                return side
    return None


def _town_rank(m: PlaceMention, e: Event, events: list[Event], neighbours: set[str]) -> int:
    """Which town of the neighbour the incident faces, best first: where another record has the
    neighbour's forces among its parties (0: "مقتل جندي تركي في كيليس"), one named in the words
    of the incident itself (1), one no other incident took place in (2), the place of another
    story (3: the bombing of a town told beside a strike across the border)."""
    here = [o for o in events if o.location is not None and m.place is not None and o.location.gazetteer_id == m.place.id]
    if any(a is not None and a.country in neighbours and a.inter in BORDER_FORCES for o in here for a in (o.actor1, o.actor2)):
        return 0
    if any(ev.span[0] <= m.start < ev.span[1] for ev in e.evidence):
        return 1
    return 3 if here else 2


@cache
def border_pairs() -> frozenset[tuple[str, str]]:
    """The (country, neighbour) codes of the borders of borders.yaml, both ways ("SY", "TR")."""
    pairs = {tuple(str(r["id"]).upper().split("-")) for r in lexicon.section("borders.yaml", "sides")}
    return frozenset((a, b) for a, b in pairs)
