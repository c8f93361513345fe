"""The parties a record's own sentences leave unnamed, taken from the article's other records:
the enemy a party fights elsewhere in the article (in the same country), the party that fights
the side a battle was fought against, the enemy of a campaign of strikes the article names, and
the party (and the place) of a projectile whose launcher a strike told after it hit.
"""

from __future__ import annotations

from collections import Counter

from marsad.acled import AIR_STRIKE, BATTLES, DISRUPTED, EXPLOSIONS, NON_STATE_ARMED, TERRITORY, Inter
from marsad.extract import grammar
from marsad.extract.candidates import PLANTED, Candidate
from marsad.extract.compatible import same_side
from marsad.extract.context import WORD
from marsad.extract.document import AnalysedDocument
from marsad.extract.mentions import UNIDENTIFIED, ActorMention, campaign_against
from marsad.extract.place_roles import origin, struck_place

BELONGING_SENTENCES = 2  # "وأضافت أن المسلحين ينتمون إلى X": the sentences after an incident that may name its men's group
GROUP_CHARS = 18  # "ينتمون [إلى جماعة ]X": from the word of belonging to the group's name
LAUNCHER_WORDS = 6  # "استهدفت [طائرات التحالف] منصة الإطلاق": from the cue to the launcher's two words
BACKING_WORDS, BACKING_CHARS = 3, 30  # "[بدعم من طائرات] التحالف": the backing noun a few words before the party
UNARMED = (Inter.CIVILIANS, Inter.PROTESTERS, Inter.RIOTERS)
FIGHTS = (BATTLES, EXPLOSIONS)  # the families in which the two parties are enemies
# party → (country, enemy, it acted first, the enemy struck it from the air), from the article's fights
Enemies = dict[str, list[tuple[str | None, ActorMention, bool, bool]]]


def parties_named_elsewhere(doc: AnalysedDocument, kept: list[Candidate]) -> None:
    """A fight or a strike whose other party its sentences do not name ("نفذت سبع ضربات قرب
    الحسكة") takes the party its actor1 fights in the article's other fights and strikes in the
    same country (the lead's "ضربات ضد داعش"): in a battle either side, in a strike the side its
    actor1 struck elsewhere; the enemy named most often wins. A town struck
    ("قصفت قوات النظام الحولة") names no party, whoever fights for it elsewhere, and civilians
    are never inferred."""
    enemies: Enemies = {}
    for c in kept:
        if c.event_type in FIGHTS and c.actor1 is not None and c.actor2 is not None \
                and c.actor2.actor.inter != Inter.CIVILIANS:
            country = country_of(c, None)
            enemies.setdefault(_party(c.actor1, country), []).append((country, c.actor2, True, False))
            by_air = c.sub_event_type == AIR_STRIKE
            enemies.setdefault(_party(c.actor2, country), []).append((country, c.actor1, False, by_air))
    for c in kept:
        if c.event_type not in FIGHTS or c.actor1 is None or c.actor2 is not None or c.sub_event_type in PLANTED \
                or (c.event_type == EXPLOSIONS and c.place is not None and struck_place(doc, c.place)):
            continue  # a bomb planted kills whoever is there, not the enemy its makers fight elsewhere
        country = country_of(c, None)
        # a strike takes whom its party strikes elsewhere ("الطيران" that hit the organization), not
        # whoever strikes that party (a car bomb of the organization hits no air force)
        # a battle's other side fights on the ground: not an air force that only bombed the party
        found = [e for where, e, first, by_air in enemies.get(_party(c.actor1, country), [])
                 if (None in (where, country) or where == country) and (first or c.event_type == BATTLES)
                 and not (by_air and c.event_type == BATTLES)]
        if found:
            c.actor2 = _named_most(found, country)
            c.explain.append(("actor2", f"the party '{c.actor1.actor.name}' fights in the article's other records"))
    _fighters_named_elsewhere(kept, enemies)
    _loser_named_beside(doc, kept)
    _campaign_targets(doc, kept)
    _unnamed_men_of_a_group(doc, kept)


def _loser_named_beside(doc: AnalysedDocument, kept: list[Candidate]) -> None:
    """"سيطرت الفصائل على جرابلس بعدما انسحب منها مسلحو التنظيم", "بعد معارك مع تنظيم داعش": a
    taking of a place that names no loser takes the first armed party its sentence names after
    the cue, past a word that tells it lost the place (`loser_links`), neither its taker's side
    nor one that backs it ("بدعم من طائرات التحالف":
    `backing_nouns`, `backing_words`), nor an air force (it holds no ground), nor a word that
    refers to a party named before."""
    for c in kept:
        if c.sub_event_type not in TERRITORY or c.actor1 is None or c.actor2 is not None:
            continue
        for a in doc.index["actors"].starting_in(c.cue.end, c.sentence.end):
            before = doc.text[max(c.sentence.start, a.word_start - BACKING_CHARS):a.word_start].split()[-BACKING_WORDS:]
            if a.reference or a.actor.inter in UNARMED or a.actor.strikes_by_air or same_side(a, c.actor1) \
                    or grammar.any_of(before, "backing_nouns") or grammar.any_of(before, "backing_words") \
                    or doc.index["weapons"].starting_in(a.start, a.end):
                continue
            if not grammar.any_of(before, "loser_links"):
                break
            c.actor2 = a
            c.explain.append(("actor2", f"the armed party its sentence names after it, the place taken from it: "
                                        f"'{doc.text[a.start:a.end]}'"))
            break


def _unnamed_men_of_a_group(doc: AnalysedDocument, kept: list[Candidate]) -> None:
    """"قتل مسلحون جنديين ... وقال مصدر إن المهاجمين ينتمون إلى جماعة X": armed men no name
    told, said in their incident's sentences or the few after them to belong (`belonging_words`)
    to a named armed group, are that group's men."""
    for c in kept:
        for side in ("actor1", "actor2"):
            men = getattr(c, side)
            if men is None or men.actor.id != UNIDENTIFIED:
                continue
            group = _group_they_belong_to(doc, c)
            if group is not None:
                setattr(c, side, group)
                c.explain.append((side, f"the armed men of the incident are said to belong to '{group.actor.name}'"))


def _group_they_belong_to(doc: AnalysedDocument, c: Candidate) -> ActorMention | None:
    """The first named armed group a word of belonging joins, in the incident's sentences or up to
    `BELONGING_SENTENCES` after, when the party named before that word in its sentence is none or
    armed men of no name."""
    last = max(c.sentences | {c.sentence.index})
    for s in doc.sentences[c.sentence.index:last + 1 + BELONGING_SENTENCES]:
        for w in WORD.finditer(doc.text, s.start, s.end):
            if not grammar.has(w.group(), "belonging_words"):
                continue
            before = [a for a in doc.index["actors"].starting_in(s.start, w.start())]
            if before and not (before[-1].reference or before[-1].actor.id == UNIDENTIFIED
                               or before[-1].actor.inter in NON_STATE_ARMED):
                continue  # "الجنود الذين ينتمون إلى الفرقة": another party's
            group = next(iter(doc.index["actors"].starting_in(w.end(), w.end() + GROUP_CHARS)), None)
            if group is not None and group.actor.inter in NON_STATE_ARMED and group.actor.id != UNIDENTIFIED \
                    and "{country}" not in group.actor.name:
                return group
    return None


def _campaign_targets(doc: AnalysedDocument, kept: list[Candidate]) -> None:
    """An air strike of a campaign ("نفذ طيران التحالف الدولي غارات على مدينة الرمادي") whose target
    neither its sentences nor the article's other records name is against the party the campaign
    is waged against, when the article names it (a town struck included: the campaign strikes
    that party in it)."""
    for c in kept:
        if c.sub_event_type == AIR_STRIKE and c.actor1 is not None and c.actor2 is None \
                and (target := _campaign_target(doc, c.actor1)) is not None:
            c.actor2 = target
            c.explain.append(("actor2", f"'{c.actor1.actor.name}' wages its strikes against '{target.actor.name}', "
                                        "whom the article names"))


def _campaign_target(doc: AnalysedDocument, actor1: ActorMention) -> ActorMention | None:
    """The party a campaign of strikes is waged against (actors.yaml `campaign_against`), where the
    article names it: its first naming word."""
    against = campaign_against(actor1.actor.id)
    if not against:
        return None
    named = [a for a in doc.index["actors"].starting_in(0, len(doc.text)) if a.actor.id in against]
    return min(named, key=lambda a: (a.reference, a.start)) if named else None


def _fighters_named_elsewhere(kept: list[Candidate], enemies: Enemies) -> None:
    """A battle told by the party it was fought against only ("مقتل 52 عنصرا من داعش بعمليات
    عسكرية في حصيبة") was fought by whoever fights that party on the ground in the article's other
    records in the same country (the one named most often)."""
    for c in kept:
        if c.event_type != BATTLES or c.actor1 is not None or c.actor2 is None or c.actor2.actor.inter == Inter.CIVILIANS:
            continue
        country = country_of(c, None)
        found = [e for where, e, _first, by_air in enemies.get(_party(c.actor2, country), [])
                 if (None in (where, country) or where == country) and not by_air]
        if found:
            c.actor1 = _named_most(found, country)
            c.explain.append(("actor1", f"the party that fights '{c.actor2.actor.name}' in the article's other records"))


def _named_most(found: list[ActorMention], country: str | None) -> ActorMention:
    """Of the parties found in the article's other records, the one named most often (the first
    named of it)."""
    counts = Counter(_party(e, country) for e in found)
    return max(found, key=lambda e: counts[_party(e, country)])


def _party(a: ActorMention, country: str | None) -> str:
    """One name for the words that name one party ("القوات الأمنية العراقية", "الطيران العراقي")."""
    return a.actor.name.replace("{country}", country or "")

def country_of(c: Candidate, doc_country: str | None) -> str | None:
    """The incident's country: its place's; with no place, the country of a rebel or militia
    party of it bound to one ("حزب العمال الكردستاني": Turkey; a state's army fights abroad too);
    else the article's."""
    if c.place is not None:
        located = c.place.place or c.place.anchor  # an unknown village takes its anchor's country
        if located is not None and located.country:
            return located.country
        return doc_country
    for a in (c.actor1, c.actor2):
        if a is not None and a.actor.inter in NON_STATE_ARMED and a.actor.country and "{country}" not in a.actor.name:
            return a.actor.country
    return doc_country


def launchers_struck(doc: AnalysedDocument, cands: list[Candidate]) -> None:
    """"اعترضت الدفاعات صاروخا أطلقته الميليشيا من محافظة صعدة ... واستهدفت طائرات التحالف منصة
    الإطلاق": a strike on the launcher or the source of the fire (`launcher_phrases` a few words
    after its cue) of a projectile told before it, with no party struck named, hit the party that
    fired it, where it was fired from (when the text says), not where it fell."""
    for i, c in enumerate(cands):
        if c.event_type != EXPLOSIONS or c.actor2 is not None:
            continue
        words = doc.text[c.cue.start:c.clause[1]].split()[:LAUNCHER_WORDS + 1]  # ("بتدمير منصة الصواريخ": in the cue)
        if not any(grammar.has(" ".join(words[k:k + 2]), "launcher_phrases") for k in range(len(words) - 1)):
            continue
        fired = next(((p, who) for p in reversed(cands[:i]) if p.cue.start < c.cue.start
                      and (who := _launcher_of(p)) is not None), None)
        if fired is None:
            continue
        c.actor2 = fired[1]
        c.explain.append(("actor2", "the party that fired the projectile whose launcher it struck"))
        came = [p for p in doc.places_in(fired[0].sentence.start, fired[0].sentence.end) if origin(doc, p, doc.clause_at(p.start))]
        if came and not (c.place is not None and c.clause[0] <= c.place.start < c.clause[1]):
            c.place = came[0]
            c.explain.append(("location", "where the projectile whose launcher it struck was fired from"))


def _launcher_of(c: Candidate) -> ActorMention | None:
    """Who fired a projectile: the party whose projectile was stopped, or the one that fired it."""
    if c.sub_event_type == DISRUPTED:
        return c.actor2
    return c.actor1 if c.event_type == EXPLOSIONS and c.actor1 is not None and c.actor1.actor.id != UNIDENTIFIED else None

