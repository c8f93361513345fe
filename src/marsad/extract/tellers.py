"""Who tells of an incident and who did it (round 50 split these from `marsad.extract.roles`): a
teller whose reported clause opens with a subject of its own is no party to the deed ("قالت الشرطة
إن رجلا ... هاجمه"); a party inside the subject of a verb of saying is no victim ("أعلنت القيادة
العامة لقوات التحالف أن ..."); a force noun with the speaker's pronoun names the speaker's own force
("قال الجيش إن طائراته قصفت")."""

from __future__ import annotations

from marsad.extract import grammar
from marsad.extract.context import markers_in
from marsad.extract.mentions import ActorMention
from marsad.extract.positions import Found, Scene
from marsad.extract.sides import a_teller
from marsad.extract.targets import TARGET_INTERS

OWN_FORCE_WORDS = 3  # "إن [طائراته الحربية] قصفت": the force noun with the speaker's pronoun and its adjectives
TELLING_WORDS = 3  # "أعلنت [القيادة العامة ل]قوات التحالف أن": from the verb of saying to a party in its subject
TELLER_WORDS = 3  # "قالت الشرطة [الماليزية إن كيم]": the teller's adjective, the opener and the subject after it


def speakers_own_force(sc: Scene) -> Found:
    """"قال الجيش المصري إن طائراته الحربية قصفت معسكرات": a force noun with the pronoun of the
    speaker (`own_force_nouns`) right after the opener of what was said and before the verb cue
    names the speaker's own force: the party that says it did it."""
    if sc.cue.cue.pos != "verb":
        return None
    words = sc.doc.text[sc.sent.start:sc.cue.start].split()
    at = next((i for i in range(len(words) - 1, -1, -1) if words[i] in grammar.words("reported_openers")), None)
    if at is None or not 0 < len(words) - at - 1 <= OWN_FORCE_WORDS \
            or not grammar.has_with_pronoun(words[at + 1], "own_force_nouns"):
        return None
    opener = sc.doc.text.rfind(words[at], sc.sent.start, sc.cue.start)
    for m in markers_in(sc.doc, sc.sent.start, opener):
        if m.kind == "attribution":
            after = [a for a in sc.in_sent if m.end <= a.word_start <= m.end + 2 and a.end <= opener]
            if after and after[0].actor.inter not in TARGET_INTERS:
                return after[0], f"the speaker's own force ('{words[at + 1]}') did it"
    return None


def tells_of_another(sc: Scene, a: ActorMention) -> bool:
    """"قالت الشرطة الماليزية إن كيم جونغ نام توفي بعد أن هاجمته امرأتان": a teller whose reported
    clause (`reported_openers`) opens with a subject of its own, not one of the teller's ("إن
    قواته"), tells of another's deed."""
    if not a_teller(sc.doc, a):
        return False
    words = sc.doc.text[a.end:sc.cue.start].split()[:TELLER_WORDS]
    at = next((i for i, w in enumerate(words) if w in grammar.words("reported_openers")), None)
    return at is not None and at + 1 < len(words) and words[at + 1].isalpha() \
        and not words[at + 1].endswith(grammar.suffixes("pronoun_suffixes"))


def in_the_telling(sc: Scene, a: ActorMention) -> bool:
    """"أعلنت القيادة العامة لقوات التحالف أن أحد منسوبي القوات المسلحة استشهد": a party inside the
    subject of a verb of saying (a few words after it, the reported clause opening right after them)
    tells of the incident; it is not its victim."""
    after = sc.doc.text[a.end:sc.cue.start].split()[:TELLER_WORDS]
    if not any(w in grammar.words("complementizers") or w in grammar.words("reported_openers") for w in after[:2]):
        return False
    return any(m.kind == "attribution" and len(sc.doc.text[m.end:a.word_start].split()) <= TELLING_WORDS
               for m in markers_in(sc.doc, sc.sent.start, a.word_start))
