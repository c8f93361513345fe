"""The attackers killed or stopped: the end of an attack told before, no incident of its own (nor
its parties): the attackers killed by the force that stopped them ("ولقي المهاجمون مصرعهم برصاص
الشرطة"), the doer felled or fired on after "قبل أن" ("قبل أن يرديه رجال الأمن قتيلا بالرصاص")."""

from __future__ import annotations

from marsad.acled import ARRESTS, BATTLES, EXPLOSIONS, VAC, Inter
from marsad.extract import grammar
from marsad.extract.context import fired_on_the_attackers, subject_past_description
from marsad.extract.document import PHRASE_BREAKS
from marsad.extract.draft import Draft

ACT_SENTENCES = 5  # the sentences before the one who did the act is told killed, where the act may be told
STOP_LINK_WORDS = 6  # "[قبل أن تتمكن قوات الأمن من ]قتل": from the link to the deed's noun
DOER_WORDS = 4  # "تطلق [الشرطة النار عليه]": the force, the fire, then the doer's pronoun
FORCE_AFTER_CHARS = 16  # "برصاص [الشرطة]": the force right after the fire
ATTACKERS_WORDS = 4  # "ولقي [المهاجمون مصرعهم] برصاص": the attackers and their death before the cue
BLAST_AFTER_WORDS = 5  # "أوقفوه [عند البوابة الخارجية] ففجر": from the stopping to the blast it set off


def attackers_killed(d: Draft) -> str | None:
    """"ولقي المهاجمون مصرعهم برصاص الشرطة خلال الهجوم": the attackers killed by the force that
    stopped them end the attack told; they are no incident of their own (nor its parties)."""
    arrest = d.cue.cue.sub == ARRESTS  # "قبل أن تعتقله الشرطة": the doer's arrest ends the act too
    if d.cue.cue.type not in (BATTLES, VAC) and not arrest:  # "أحد المهاجمين قتل خلال التفجير": a bomber dies in his bomb
        return None
    before = subject_past_description(d.doc, d.sent.start, d.clause[0]) + d.doc.text[d.clause[0]:d.cue.start].split()[-ATTACKERS_WORDS:]
    dead = any(pos != "noun" for _, _, pos in d.doc.index["deaths"].starting_in(d.clause[0], d.cue.end))
    if dead and not arrest and (word := next((w for w in before if grammar.has(w, "attacker_nouns")), None)
                                or fired_on_the_attackers(d.doc, d.cue)):
        return f"'{word}': the attackers killed, the end of the attack told"
    return _stopped_by_force(d, before)


def _stopped_by_force(d: Draft, before: list[str]) -> str | None:
    """"فتح مسلح النار على سياح فقتل 38 منهم، قبل أن يقتل برصاص الشرطة": the one who did the act told
    before it (an act of violence in its sentence or the five before), killed by a state's force (a verb with his pronoun
    or in the passive right before the fire: `attacker_death_verbs`), or fired on by it ("قبل أن
    تطلق الشرطة النار عليه": `stop_links`, `doer_objects`), ends that act; no incident of its own,
    nor its party."""
    verb = _doers_death(d, before)
    if verb is None and d.cue.cue.pos == "verb" and " ".join(before[-2:]) in grammar.words("stop_links") \
            and grammar.any_of([w.strip(PHRASE_BREAKS) for w in d.doc.text[d.cue.end:d.cue.end + FORCE_AFTER_CHARS * 2].split()[:DOER_WORDS]],
                               "doer_objects"):
        verb = d.doc.text[d.cue.start:d.cue.end]  # "قبل أن تطلق الشرطة النار عليه": the force fired on the doer
    elif verb is None and d.cue.cue.pos == "verb" and d.cue.cue.sub != ARRESTS and fired_on_the_attackers(d.doc, d.cue):
        verb = d.doc.text[d.cue.start:d.cue.end]  # "أطلقت الشرطة النار على المهاجمين": the force fired on the doers
    elif verb is None and _deed_on_the_doers(d):
        verb = d.doc.text[d.cue.start:d.cue.end]  # "قبل أن تتمكن قوات الأمن من قتل ثلاثة منهم"
    elif verb is None or d.cue.cue.pos != "noun":
        return None
    told_end = d.clause[0] if d.cue.cue.pos == "noun" else d.cue.start
    forces = [a for a in d.actors.starting_in(d.clause[0], min(d.clause[1], d.cue.end + FORCE_AFTER_CHARS))
              if a.actor.inter == Inter.STATE]
    told = [c for c in d.doc.index["cues"].starting_in(d.doc.sentences[max(0, d.sent.index - ACT_SENTENCES)].start, told_end)
            if c.cue.type in (BATTLES, VAC, EXPLOSIONS) and c.end <= told_end]
    return f"'{verb}': the one who did the act told before, stopped by a state's force" if forces and told else None


def _doers_death(d: Draft, before: list[str]) -> str | None:
    """The verb of the doer's death right before the cue, or after "قبل أن" in the cue's clause
    ("قبل أن يرديه رجال الأمن قتيلا بالرصاص"): `attacker_death_verbs`."""
    verb = next((w for w in before[-2:] if grammar.has(w, "attacker_death_verbs", prepositions=True)), None)
    said = d.doc.text[d.clause[0]:d.cue.start]
    if verb is not None or not any(k in said for k in grammar.words("stop_links")):
        return verb
    clause = said.split()
    link = stop_link(clause)
    return None if link is None else next((w for w in clause[link + 2:link + 2 + DOER_WORDS]
                                           if grammar.has(w, "attacker_death_verbs")), None)


def stop_link(words: list[str]) -> int | None:
    """Where the last "قبل أن" (`stop_links`) among `words` starts, or None."""
    return max((i for i in range(len(words)) for k in grammar.words("stop_links")
                if words[i:i + len(k.split())] == k.split()), default=None)


def _deed_on_the_doers(d: Draft) -> bool:
    """"قبل أن تتمكن قوات الأمن من قتل ثلاثة منهم": a deed named by its noun a few words after "قبل أن"
    (`stop_links`), done to the doers of the act told before (some of them: `among_words`, their
    pronoun: `doer_objects`, or their noun: `attacker_nouns`)."""
    words = d.doc.text[d.clause[0]:d.cue.start].split()[-STOP_LINK_WORDS - DOER_WORDS:]
    link = stop_link(words)
    if d.cue.cue.pos != "noun" or link is None:
        return False
    after = [w.strip(PHRASE_BREAKS) for w in d.doc.text[d.cue.end:d.cue.end + FORCE_AFTER_CHARS * 2].split()[:DOER_WORDS]]
    if len(words) - link > STOP_LINK_WORDS:  # "من قتل ثلاثة منهم [و]اعتقال رابع": a second deed on them
        after = words[link + STOP_LINK_WORDS:] if d.doc.text[d.cue.start - 1:d.cue.start] == "و" else []
    return any(grammar.any_of(after, kind) for kind in ("among_words", "doer_objects", "attacker_nouns"))


def stopped_before_the_blast(d: Draft) -> str | None:
    """"لكن عناصر الأمن أوقفوه عند البوابة ففجر حزامه الناسف": an attacker a force stopped, who set
    his bomb off as a consequence (`consequence_proclitics` on the blast's verb, a few words after),
    was not arrested: the stop is part of the bombing."""
    if d.cue.cue.sub != ARRESTS or d.cue.cue.pos != "verb":
        return None
    for c in d.doc.index["cues"].starting_in(d.cue.end, d.sent.end):
        words = d.doc.text[d.cue.end:c.start].split()
        if len(words) > BLAST_AFTER_WORDS:
            break
        glued = words[-1] if words and not d.doc.text[c.start - 1].isspace() else ""
        if c.cue.type == EXPLOSIONS and glued in grammar.words("consequence_proclitics"):
            return "the attacker a force stopped set his bomb off: part of the bombing, no arrest"
    return None
