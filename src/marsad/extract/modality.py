"""The modality step of the engine: is the incident claimed, denied or alleged, and who claims
it. A claim word in the reach of the cue ("تبنى التنظيم الهجوم") makes the record `claimed` with
its claimer (who did it when a relative clause tells the claim as known: "الهجوم الذي تبناه
التنظيم"); a denial or an allegation before the cue ("نفى", "زعم") makes it `denied` or `alleged`
unless what is denied is the toll; a non-state group that reports its own attack claims it.
`marsad.extract.steps.STEPS` puts it in order; its table tests are in tests/test_event_rules.py
and tests/test_event_attribution.py."""

from __future__ import annotations

import re

from marsad.acled import BATTLES, DISRUPTED, EXPLOSIONS, NON_STATE_ARMED, Inter
from marsad.extract import grammar
from marsad.extract.context import (
    WORD,
    markers_in,
    named_incident_place,
    named_or_definite,
    prefix_len,
    speaker,
    speaker_words,
)
from marsad.extract.document import AnalysedDocument
from marsad.extract.draft import Draft
from marsad.extract.mentions import ActorMention, CueMention, Marker, both_sides_in_one
from marsad.extract.positions import in_a_relative_aside
from marsad.text.morphology import morphology

LETTER = re.compile(r"\w")  # a word, not a quotation mark
DESCRIBED_GAP = 3  # characters: "الموالي [ل]تنظيم الدولة": the preposition before the party a description names
SELF_REPORTING_INTERS = NON_STATE_ARMED  # armed groups announce their own acts
ARMED_SPEAKERS = (Inter.STATE, *NON_STATE_ARMED)  # who may tell what its own men did
ALLEGER_CHARS = 30  # "زعم [التنظيم] في بيان": the word of allegation, then its subject
TOLL_WORDS = 3  # "نفى [الجيش] مقتل": words after a denial where the toll it denies begins
WORD_CHARS = 12  # the length of a long word, to find the words before the cue
OWN_MEN_WORDS = 3  # "أن [أحد مقاتليها] شن": the complementizer, "one of", the men with the pronoun, then the verb
BLAME_CHARS = 24  # "[المسؤولية عن] الهجوم": the word of responsibility (and عن) before the cue
CLAIMED_OBJECT_WORDS = 4  # "تبنى [تنظيم الدولة الإسلامية] الهجوم": the claimer between the claim and its object
VERDICT_WORDS = 7  # "قضت [محكمة جنايات القاهرة يوم الاثنين] بإعدام": the verb of ruling, the court and the day
DENIER_WORDS = 4  # "نفت [حركة طالبان] مسؤوليتها": the denier between the denial and the claim word


def modality(d: Draft) -> str | None:
    doc, cue, sent = d.doc, d.cue, d.sent
    marks = markers_in(doc, sent.start, sent.end)
    claims = [m for m in markers_in(doc, d.reach.start, d.reach.end) if m.kind == "modality:claimed"
              and not _claim_negated(doc, marks, m) and _said_by_a_speaker(doc, marks, m)]
    why = ""
    denial = _claim_denied(doc, marks, claims[0]) if claims else None
    if denial:  # "نفت الحركة مسؤوليتها عن التفجير": the responsibility is denied, not the incident; its denier made nothing
        why = f"'{denial}' before the claim word: a responsibility denied, not the incident, and no claim"
        if d.actor1 is not None and d.actor1.actor.inter in SELF_REPORTING_INTERS and d.actor1.end <= claims[0].start:
            d.actor1 = None
    elif claims:
        why = _claimed(d, claims[0])
    else:
        d.modality, why = _denied_or_alleged(doc, cue, marks) or (d.modality, why)
    why = _own_claim(d, marks) or why
    if why:
        d.why("modality", why)
    if d.modality == "claimed" and d.actor1 is None and d.claimers:
        d.actor1 = d.claimers[0]
    if d.actor1 is not None and d.actor2 is not None and d.actor2.actor.id == d.actor1.actor.id \
            and not both_sides_in_one(doc.text, d.actor1, d.actor2):
        d.actor2 = None  # "أعلن التنظيم مسؤوليته عن هجوم": who claims it is no victim of it
    return None


GENERAL_INCIDENT_NOUNS = ("incident_nouns", "dual_incident_nouns", "plural_incident_nouns")


def verdict(d: Draft) -> str | None:
    """"أصدرت المحكمة حكما يقضي بثبوت إدانة متهم بالمشاركة بالقتال": a court's verdict lists
    charges, not incidents; "قضت محكمة جنايات القاهرة يوم الاثنين بإعدام 20 متهما": an execution
    (`sentenced_penalties`) that a verb of ruling (`verdict_verbs`) earlier in its clause passes is
    a sentence, no killing."""
    if told := grammar.first_told(d.doc.text[d.sent.start:d.sent.end], "verdict_words"):
        return f"a court's verdict ('{told}') lists charges, not incidents"
    word = d.doc.text[d.cue.start - prefix_len(d.doc, d.cue):d.cue.end].split()[0]
    if not grammar.has(word, "sentenced_penalties"):
        return None
    before = d.doc.text[d.clause[0]:d.cue.start - prefix_len(d.doc, d.cue)].split()[-VERDICT_WORDS:]
    ruled = next((w for w in before if grammar.has(w, "verdict_verbs")), None)
    return f"'{ruled} ... {word}': a sentence passed, no killing" if ruled else None


def general_incident_word(doc: AnalysedDocument, cue: CueMention) -> str | None:
    """The cue's word when it is a general word of one, two or several incidents ("الهجوم",
    "الهجومين", "التفجيرات": `incident_nouns`, `dual_incident_nouns`, `plural_incident_nouns`)."""
    word = doc.text[cue.start - prefix_len(doc, cue):cue.end].split()[0]
    named = not word.startswith(morphology().article) and named_incident_place(doc, cue) is not None
    forms = (word, morphology().article + word) if named else (word,)  # "هجوم برشلونة": as definite as "الهجوم"
    return word if any(grammar.has(w, s) for w in forms for s in GENERAL_INCIDENT_NOUNS) else None


def own_men_made_it(d: Draft) -> str | None:
    """"أعلنت الجماعة أن أحد مقاتليها شن هجوما انتحاريا", "قال الجيش إن طائراته الحربية قصفت": the
    speaker's own men (`own_men_nouns` with its pronoun) as the subject of the cue right after the
    complementizer (a verb, or a noun after a verb of launching): the armed force that speaks
    made it. (Run before the test of who flies aircraft: "طائراته" are the speaker's.)"""
    doc, cue = d.doc, d.cue
    owner = d.actor1 if d.sub == DISRUPTED and d.actor2 is None else None  # "أن قواتها البحرية دمرت زوارق مفخخة للميليشيات"
    if d.actor1 is not None and d.actor1.actor.id != "unidentified" and owner is None:
        return None
    words = list(WORD.finditer(doc.text, max(d.sent.start, cue.start - (OWN_MEN_WORDS + 1) * WORD_CHARS), cue.start))
    if words and cue.cue.pos == "noun" and grammar.has(words[-1].group(), "launch_verbs"):
        words = words[:-1]  # "أن أحد مقاتليها [شن] هجوما"
    at = next((i for i, w in enumerate(words) if w.group() in grammar.words("complementizers")), None)
    own, owned = _own_men_word(d, words, at)
    if at is None or at + 1 >= len(words) or len(words) - at - 1 > OWN_MEN_WORDS - 1 or own is None \
            or speaker_words(doc, words[at + 1].start()) is None:
        return None
    group = next((a for a in d.actors.starting_in(d.sent.start, words[at].start())
                  if a.actor.inter in (*ARMED_SPEAKERS, Inter.EXTERNAL) and a.actor.id != "unidentified"), None)
    if group is not None and not (owned or group.actor.flies):
        return None  # unowned aircraft are only an air force's
    if group is not None and (owner is None or group.actor.id != owner.actor.id):
        # (a state's forces abroad too: "قال الجيش المصري إن مقاتلاته قصفت ... الليبية"); the owner of
        # a bomb they stopped is the other side
        d.actor1, d.actor2 = group, owner or d.actor2
        d.why("actor1", f"'{own}': the speaker's own men did it")
    return None


def _state_speaks(d: Draft, before: int) -> bool:
    """A state's forces or command are the first armed party of the sentence, before `before`."""
    first = next((a for a in d.actors.starting_in(d.sent.start, before) if a.actor.inter in ARMED_SPEAKERS), None)
    return first is not None and first.actor.inter == Inter.STATE


def _own_men_word(d: Draft, words: list[re.Match[str]], at: int | None) -> tuple[str | None, bool]:
    """The speaker's men and whether their pronoun says so: the men with the pronoun last before the
    cue ("أن أحد مقاتليها"), or first after the complementizer with their adjective ("إن طائراته
    الحربية"); for an air raid, aircraft with no owner right after it ("وأضاف الجيش أن طائرات حربية
    قصفت": a state's army tells its own raids; `speaker_aircraft`)."""
    own = next((w.group() for w in (words[-1:] + words[at + 1:at + 2] if at is not None else [])
                if grammar.has_with_pronoun(w.group(), "own_men_nouns")), None)
    if own is not None or at is None or at + 1 >= len(words) or d.etype not in (EXPLOSIONS, BATTLES):
        return own, own is not None
    after = words[at + 1].group()
    if grammar.has(after, "speaker_artillery"):  # "إن المدفعية والطائرات قصفت": the speaking army's guns
        return after, True
    if grammar.has(after, "speaker_forces") and _state_speaks(d, words[at].start()):
        return after, True  # "قالت قيادة العمليات إن القوات سيطرت": a state's command tells of its forces
    return (after, False) if d.sub == "Air/drone strike" and grammar.has(after, "speaker_aircraft") else (None, False)


def own_men_killed(d: Draft) -> str | None:
    """"قال الجيش التركي إن جنوده قتلوا 20 مسلحا من حزب العمال في اشتباكات": the speaker's own men
    (`own_men_nouns` with its pronoun, right after the complementizer) did the deed (`speaker_deeds`)
    told before the cue in its clause: the armed force that speaks made the incident, and the party
    named among the dead after the deed is the one it was made on. (Run after the test of a
    state's own losses, which the deed of its own men overrides.)"""
    doc, cue = d.doc, d.cue
    words = list(WORD.finditer(doc.text, d.clause[0], cue.start))
    deed = next((i for i in range(len(words) - 1, 0, -1) if grammar.has(words[i].group(), "speaker_deeds")), None)
    if deed is None or not grammar.has_with_pronoun(words[deed - 1].group(), "own_men_nouns") \
            or deed < 2 or words[deed - 2].group() not in grammar.words("complementizers") \
            or doc.index["cues"].starting_in(words[deed].end(), cue.start - 1) \
            or speaker_words(doc, words[deed - 1].start()) is None:
        return None
    group = next((a for a in d.actors.starting_in(d.sent.start, words[deed - 2].start())
                  if a.actor.inter in (*ARMED_SPEAKERS, Inter.EXTERNAL) and a.actor.id != "unidentified"), None)
    if group is None or (d.actor1 is not None and d.actor1.start < words[deed].end()):
        return None
    if d.actor1 is not None and d.actor1.actor.id != group.actor.id and d.actor2 is None:
        d.actor2 = d.actor1  # "20 مسلحا من حزب العمال": the party of the dead
    d.actor1 = group
    d.why("actor1", f"'{words[deed - 1].group()} {words[deed].group()}': the speaker's own men did it")
    return None


def claimed_object(d: Draft) -> Marker | None:
    """"أعلن التنظيم مسؤوليته عن الهجوم", "تبنى التنظيم التفجير": the claim word right before a
    definite incident noun (its claimer between them at most), no other incident word between:
    the claim, and the noun is what it claims."""
    doc, cue = d.doc, d.cue
    if cue.cue.pos != "noun" or not named_or_definite(doc, cue) or general_incident_word(doc, cue) is None:
        return None
    for m in markers_in(doc, d.sent.start, cue.start):  # (past a description between commas)
        if m.kind == "modality:claimed" and len(_claimer_words(d, m.end, cue.start)) <= CLAIMED_OBJECT_WORDS \
                and not doc.index["cues"].starting_in(m.end, cue.start - 1):
            return m
    return None


def _claimer_words(d: Draft, start: int, end: int) -> list[str]:
    """The words from the claim word to the incident noun but the names of parties and places and
    a description between commas ("تبنى فرع التنظيم في سيناء، الذي يعرف باسم ولاية سيناء، الهجوم":
    "فرع", "في")."""
    text = list(d.doc.text[start:end])
    for s, e in [(a.start, a.end) for a in d.actors.starting_in(start, end)] \
            + [(p.start, p.end) for p in d.doc.places_in(start, end)] + _descriptions(d, start, end):
        text[max(0, s - start):max(0, min(e, end) - start)] = " " * (max(0, min(e, end) - start) - max(0, s - start))
    parts = "".join(text).split("،")
    kept = [p for i, p in enumerate(parts) if i in (0, len(parts) - 1) or not p.split()
            or not grammar.any_of(p.split()[:1], "relative_pronouns")]
    return [w for w in " ".join(kept).split() if LETTER.search(w)]


def _descriptions(d: Draft, start: int, end: int) -> list[tuple[int, int]]:
    """"تبنى تنظيم «ولاية سيناء» الموالي لتنظيم الدولة الإسلامية الهجوم": the head of a description
    (`apposition_heads`) right before a party it ties the claimer to (a description of no record's
    party: read in the document's index), with that party, is no word of its own between the claim
    and its object."""
    spans = []
    heads = grammar.words("apposition_heads")
    for w in WORD.finditer(d.doc.text, start, end):
        after = next(iter(d.doc.index["actors"].starting_in(w.end(), min(end, w.end() + DESCRIBED_GAP))), None) \
            if w.group() in heads else None
        if after is not None:
            spans.append((w.start(), after.end))
    return spans


def _claimed(d: Draft, m: Marker) -> str:
    """The claim word `m` in the cue's reach: the record is claimed, with its claimer; or, in a
    relative clause after the cue, the claim is told as known and the claimer did it."""
    claimer, word = _claimer(d, m), d.doc.text[m.start:m.end]
    if (_relative_before(d.doc, m.start) or _refers_back(d.doc, m)) and m.start > d.cue.end:
        # "الهجوم الذي تبناه التنظيم": the claim is told as known; the claimer did it (not when another
        # incident's noun stands between: "القبض على أفرادها ... بالتفجير الذي أعلن التنظيم مسؤوليته عنه")
        if claimer is not None and (d.actor1 is None or d.actor1.actor.id == "unidentified") \
                and not any(c.cue.pos == "noun" for c in d.doc.index["cues"].starting_in(d.cue.end, m.start)):
            d.actor1 = claimer
            d.why("actor1", f"the group that claimed it ('{word}' in a relative clause)")
        return ""
    d.modality, d.claimers = "claimed", [claimer] if claimer else []
    if claimer is not None and d.reference and claimed_object(d) is not None \
            and (d.actor1 is None or d.actor1.actor.id == claimer.actor.id):
        # "وأعلن التنظيم مسؤوليته عن الهجوم": the incident told before, given its maker
        d.actor1, d.ascribed = claimer, True
    return f"claim word '{word}'"


def _said_by_a_speaker(doc: AnalysedDocument, marks: list[Marker], claim: Marker) -> bool:
    """A claim word that opens with a complementizer ("إنها نفذت") claims only as what an armed
    group says ("وقالت الحركة في بيان إنها نفذت الهجوم"), no incident told between ("اعتقلت الشرطة
    الرجل المشتبه في أنه نفذ الهجوم": a suspicion)."""
    first = doc.text[claim.start:claim.end].split()[:1]
    if not first or first[0] not in grammar.words("complementizers"):
        return True
    said = [m for m in marks if m.kind == "attribution" and m.end <= claim.start]
    if not said or doc.index["cues"].starting_in(said[0].end, claim.start):
        return False
    # the speaker an armed group ("أعلنت القيادة الأمريكية أنها نفذت غارة" is a state telling its own act)
    return any(a.actor.inter in NON_STATE_ARMED for a in doc.index["actors"].starting_in(said[0].end, claim.start))


def _claim_negated(doc: AnalysedDocument, marks: list[Marker], claim: Marker) -> bool:
    """"ولم تعلن أي جهة مسؤوليتها عنه": a word of negation a few words before the claim word: nobody claimed it."""
    return any(m.kind == "negation" and m.end <= claim.start and len(doc.text[m.end:claim.start].split()) <= DENIER_WORDS
               for m in marks)


def _claim_denied(doc: AnalysedDocument, marks: list[Marker], claim: Marker) -> str | None:
    """The word of denial right before the claim word ("نفت [حركة طالبان] مسؤوليتها عن"), or None."""
    denials = [m for m in marks if m.kind == "modality:denied" and m.end <= claim.start
               and len(doc.text[m.end:claim.start].split()) <= DENIER_WORDS]
    return doc.text[denials[-1].start:denials[-1].end] if denials else None


def _claimer(d: Draft, m: Marker) -> ActorMention | None:
    """Who claims is named (not "انتحاري" of the cue itself): the subject before the claim word first."""
    near = [a for a in d.actors.starting_in(d.sent.start, d.sent.end) if a.actor.inter in SELF_REPORTING_INTERS
            and a.actor.id != "unidentified" and not (d.cue.start <= a.start < d.cue.end)]
    before = [a for a in near if a.end <= m.start and not in_a_relative_aside(d.doc, a, m.start)]
    return before[-1] if before else (min(near, key=lambda a: abs(a.start - m.start)) if near else None)



def _denied_or_alleged(doc: AnalysedDocument, cue: CueMention, marks: list[Marker]) -> tuple[str, str] | None:
    """A denial, else an allegation, of the incident (before its cue, or a "baseless" after it)."""
    for kind, name in (("modality:denied", "denied"), ("modality:alleged", "alleged")):
        hit = [m for m in marks if m.kind == kind and (m.end <= cue.start or _baseless(doc, m))
               and not _of_the_toll(doc, m, cue) and not _own_account_after(doc, m, marks, cue)]
        if hit:
            return name, f"'{doc.text[hit[-1].start:hit[-1].end]}' before the cue"
    return None


def _own_claim(d: Draft, marks: list[Marker]) -> str:
    """A non-state group that tells its own attack, or alleges it, claims it."""
    if d.actor1 is None or d.actor1.actor.inter not in SELF_REPORTING_INTERS:
        return ""
    if d.modality == "asserted" and speaker(d.doc, d.sent, d.cue, d.actors) is not None:
        d.modality, d.claimers = "claimed", [d.actor1]
        return "a non-state group reports its own attack"
    if d.modality == "alleged" and _alleged_by_its_maker(d, marks):
        d.modality, d.claimers = "claimed", [d.actor1]
        return "the group that made it alleges it: its own claim"
    return ""


def _alleged_by_its_maker(d: Draft, marks: list[Marker]) -> bool:
    """"زعم التنظيم في بيان أن مسلحيه قتلوا عشرات الجنود": the party right after the word of
    allegation is the one that made the incident."""
    assert d.actor1 is not None
    return any(m.kind == "modality:alleged" and m.end <= d.cue.start and any(
        a.actor.id == d.actor1.actor.id and not d.doc.text[m.end:a.word_start].strip()
        for a in d.actors.starting_in(m.end, m.end + ALLEGER_CHARS)) for m in marks)


def _own_account_after(doc: AnalysedDocument, m: Marker, marks: list[Marker], cue: CueMention) -> bool:
    """"نفت الشرطة استخدام الرصاص الحي، وقالت إنها استخدمت الغاز": a verb of saying that opens a
    clause after the denial or the allegation (after a comma, joined by "و" or not: "، مضيفا")
    tells the speaker's own account; the cue after it is not what was denied."""
    return any(a.kind == "attribution" and m.end <= a.start < cue.start and _after_a_comma(doc.text[m.end:a.start])
               for a in marks)


def _after_a_comma(before: str) -> bool:
    """The text before a word ends with a comma, "و" after it allowed ("، وقالت", "، مضيفا")."""
    before = before.rstrip()
    return (before[:-1].rstrip() if before.endswith("و") else before).endswith("،")


def _of_the_toll(doc: AnalysedDocument, m: Marker, cue: CueMention) -> bool:
    """"تحقيق في مزاعم سقوط قتلى من السكان جراء القصف المدفعي", "نفى مقتل مدنيين في القصف": what
    is alleged or denied is the toll (`toll_heads` after the word and its subject); the incident is
    told."""
    after = doc.text[m.end:cue.start].split()[:TOLL_WORDS]
    return any(grammar.has(w, "toll_heads", prepositions=True) for w in after)


def _baseless(doc: AnalysedDocument, m: Marker) -> bool:
    """"ما قيل عن اشتباكات ... لا أساس له": a denial told after the report it denies."""
    return doc.text[m.start:m.end] in grammar.words("baseless")


def _refers_back(doc: AnalysedDocument, m: Marker) -> bool:
    """"تفجير انتحاري تبناه التنظيم": the claim word's pronoun is the incident it follows."""
    return doc.text[m.start:m.end].split()[-1] in grammar.words("claim_back_references")


def _relative_before(doc: AnalysedDocument, pos: int) -> bool:
    words = doc.text[max(0, pos - 12):pos].split()
    return bool(words) and words[-1] in grammar.words("relative_pronouns")


def blamed_party(d: Draft) -> ActorMention | None:
    """"حملت تركيا المتطرفين مسؤولية التفجير", "حمل المكتب الحزب المحظور المسؤولية عن الهجوم": the
    party right before the word of responsibility (`responsibility_words`, `responsibility_links` after it), in a
    sentence a verb of blaming (`blame_verbs`) leads, an adjective between at most, is the one
    blamed for the incident the cue names."""
    words = list(WORD.finditer(d.doc.text, max(d.sent.start, d.cue.start - BLAME_CHARS), d.cue.start))
    if words and grammar.has(words[-1].group(), "responsibility_links"):
        words = words[:-1]
    if not words or words[-1].group() not in grammar.words("responsibility_words"):
        return None
    said = d.doc.text[d.sent.start:words[-1].start()].split()
    party = next((a for a in reversed(d.actors.starting_in(d.sent.start, words[-1].start())) if a.end <= words[-1].start()), None)
    if party is None or not any(grammar.has(w, "blame_verbs") for w in said) \
            or len(d.doc.text[party.end:words[-1].start()].split()) > 1:
        return None
    return party


def aim_of_the_foiled(d: Draft) -> str | None:
    """"أحبطت الأجهزة الأمنية عملا إرهابيا كان يعد له مسلحون، يستهدف أحد المساجد": a verb of
    attacking in the present (`present_attack_verbs`) after a plot foiled in its sentence (a cue of
    disrupted weapons use before it) tells what the plot aimed at, no deed done."""
    word = d.doc.text[d.cue.start - prefix_len(d.doc, d.cue):d.cue.end].split()[:1]
    if d.cue.cue.pos != "verb" or not word or not grammar.has(word[0], "present_attack_verbs"):
        return None
    if not any(c.cue.sub == DISRUPTED and c.end <= d.cue.start for c in d.doc.index["cues"].starting_in(d.sent.start, d.cue.start)):
        return None
    return f"'{word[0]}': what a plot foiled before it aimed at, no deed done"
