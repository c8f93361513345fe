"""Who acted (actor1) and on whom (actor2), for one event cue: the actors around the cue are
sorted into the positions the rules read (`Scene`), then ordered lists of small named rules are
tried in turn; the first that finds an actor gives it, with its reason for `--explain`.

Before that, `marsad.extract.references.resolve_references` resolves referring words ("التنظيم",
"الميليشيا") to the actor named before them and drops the mentions that are no parties.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from marsad.acled import Inter
from marsad.extract import grammar
from marsad.extract.context import BOMB_SUBS, killer, victim_nouns
from marsad.extract.document import NAME_QUOTES, AnalysedDocument, Sentence, Spans
from marsad.extract.mentions import ActorMention, CueMention

OBJECT_WORDS = 3  # "وقصفت [وحدات تكتيكية] تابعة للتنظيم": the object between the verb and its owner
AUXILIARY_CHARS = 10  # "وكانت [جبهة النصرة] خطفت": the auxiliary right before the subject
PREVENTION_WORDS = 2  # "منع [وقوع] الهجوم": the prevention word right before the cue
OWNER_CHARS = 60  # the longest name of an owner before the conjunction
COORDINATION_CHARS = 5  # '" و"' between two owners
FOUND_CHARS = 24  # "عثرت الشرطة [أمس على] جثث": from the finder to what it found
TARGET_INTERS = {Inter.CIVILIANS}  # civilians are always acted on
CONSTRUCT_CHARS = 16  # the noun right before a cue ("حملة قصف")
DISPLACED_WORDS = 5  # "نزح [أكثر من 70 ألف] مدني": the words between the verb and the people
DISPLACED_CHARS = 40
BOMBS = {"IED", "suicide"}  # weapons a state tells of and does not use
AGENT_TIME_CHARS = 30  # "شنتها [فجر يوم الجمعة] الولايات المتحدة"
ARRESTS = "Arrests"
ATTEMPT_WORDS = 4  # "مع عناصر داعش [لدى محاولتهم اقتحام] قرى"
ARREST_CHARS = 24  # "ألقت القبض على": the longest arrest verb before its subject
SIDES_CHARS = 12  # "اشتباكات [عنيفة] بين الطرفين": from the cue to its between word


@dataclass(frozen=True, slots=True)
class Roles:
    actor1: ActorMention | None
    actor2: ActorMention | None
    why1: str
    why2: str




def _speaking(doc: AnalysedDocument, a: ActorMention, cue: CueMention) -> bool:
    """"أعلنت السلطات التركية أن انتحاريا فجر نفسه": the subject of a reporting verb tells of an
    incident in the clause it opens with أن; "أعلنت القيادة تفكيك عبوات" is its own act."""
    if not any(m.kind == "attribution" and 0 <= a.word_start - m.end <= 2
               for m in doc.index["markers"].starting_in(a.word_start - 40, a.word_start)):
        return False
    words = doc.text[a.end:cue.start].split()
    opens = [i for i, w in enumerate(words) if w in grammar.words("complementizers")]
    if not opens:
        return False
    said = doc.nt.original_text(a.end, cue.start).split()
    if not words[opens[-1] + 1:]:  # "أعلن الجيش أنه قصف", "قال الجيش إن غارات": the speaker's own act;
        # "قالت الوزارة إن عبوة ناسفة انفجرت": a state tells of a bomb, it does not set it off
        bomb = _bomb_cue(cue) or any(  # "هجوما بسيارة مفخخة"
            w.weapon in BOMBS for w in doc.index["weapons"].starting_in(cue.end, cue.end + 3))
        return (bomb and a.actor.inter in (Inter.STATE, Inter.EXTERNAL)
                and not said[-(len(words) - opens[-1])].endswith(grammar.suffixes("pronoun_suffixes")))
    # "أن طائراتها دمرت": the subject of the reported clause is the speaker's own
    subject = said[-(len(words) - opens[-1] - 1)]
    return not subject.endswith(grammar.suffixes("pronoun_suffixes"))


def _bomb_cue(cue: CueMention) -> bool:
    return cue.cue.weapon in BOMBS or cue.cue.default in BOMB_SUBS


def _no_party(doc: AnalysedDocument, a: ActorMention, cue: CueMention, sent: Sentence) -> bool:
    """Who tells of the incident, condemns it or blames someone for it takes no part in it."""
    return _speaking(doc, a, cue) or _condemning(doc, a, sent) or _accuser(doc, a, cue, sent) or _preventing(doc, a, cue)


def _preventing(doc: AnalysedDocument, a: ActorMention, cue: CueMention) -> bool:
    """"روسيا فشلت في منع الهجوم الكيماوي": who was to prevent an incident (`prevention_words`
    right before it) did not make it."""
    if a.end > cue.start:
        return False
    before = doc.text[a.end:cue.start].split()[-PREVENTION_WORDS:]
    return any(grammar.has(w, "prevention_words") for w in before)


def _admitting(doc: AnalysedDocument, a: ActorMention, sent: Sentence) -> bool:
    """"أقر نظام الأسد بسقوط قذائف على دمشق", "اعترف الحزب بمقتل اثنين من عناصره": who admits
    an incident (its losses, the shells that hit it) did not do it (it may have suffered it)."""
    words = doc.text[max(sent.start, a.word_start - 16):a.word_start].split()
    # "عثرت الشرطة على جثث": who finds the dead did not kill them either
    if not words:
        return False
    if grammar.has(words[-1], "finding_verbs"):
        found = doc.text[a.end:min(sent.end, a.end + FOUND_CHARS)].split()
        return any(grammar.has(w, "body_nouns", prepositions=True) for w in found)
    return grammar.has(words[-1], "admission_verbs")


def _accuser(doc: AnalysedDocument, a: ActorMention, cue: CueMention, sent: Sentence) -> bool:
    """"حملت تركيا المتطرفين مسؤولية التفجير": who blames stands before who is blamed, and the one
    right before "مسؤولية" is the blamed (the perpetrator); every other actor there accuses."""
    before = doc.text[max(sent.start, cue.start - 24):cue.start].split()
    if not before or before[-1] not in grammar.words("responsibility_words"):
        return False
    words = doc.text[sent.start:a.word_start].split()
    if not any(grammar.has(w, "blame_verbs") for w in words):
        return False
    return doc.text[a.end:cue.start].split()[:-1] != []  # words other than "مسؤولية" between


def _condemning(doc: AnalysedDocument, a: ActorMention, sent: Sentence) -> bool:
    """"أدان الاتحاد الأوروبي وعدد من الدول، منها الأردن، الهجوم": who condemns it is no party."""
    return any(grammar.has(w, "condemnation_verbs") for w in doc.text[sent.start:a.word_start].split())


def _in_relative(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"التحالف الذي يدعم القوات العراقية شن غارة": the object of a relative clause's verb (or its
    subject, "الفصائل التي تدعمها تركيا") does not do what the main verb says."""
    words = doc.text[max(0, a.word_start - 30):a.word_start].split()
    return len(words) >= 2 and words[-2] in grammar.words("relative_pronouns")




def _is_target(doc: AnalysedDocument, a: ActorMention) -> bool:
    """Acted on: civilians; after a target word ("على", "ضد", "مواقع"); or a possessor joined
    with ل to a noun that is not the cue ("القاعدة العسكرية لقوات التحالف")."""
    if a.actor.inter in TARGET_INTERS or a.actor.target_only:
        return True
    if grammar.has(doc.text[a.start:a.end].split()[0], "position_heads"):
        return True  # "مواقع التنظيم" named as one phrase: its positions are hit
    role = doc.role_before(a.word_start)
    if role == "target":
        return True
    if role == "owner":  # "قصفوا أهدافا تابعة للتنظيم": the owner of a target is hit
        start = doc.role_start(a.word_start)
        return start is not None and doc.role_before(start) == "target"
    if role in ("agent", "with", "descriptive"):
        return False
    if _victim(doc, a) or _coordinated_owner(doc, a):
        return True
    prefix = doc.text[a.word_start:a.start]
    return prefix in grammar.words("purpose_proclitics") and a.word_start > 0 and doc.text[a.word_start - 1] == " " \
        and not _after_cue(doc, a.word_start)


def _coordinated_owner(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"قصفت أهدافا لداعش و"بي كا كا"": the party joined with و to an owner of what was hit owns
    (and suffers) it too."""
    for b in doc.index["actors"].starting_in(a.start - COORDINATION_CHARS - OWNER_CHARS, a.start - 1):
        if b.end <= a.start and a.start - b.end <= COORDINATION_CHARS \
                and doc.text[b.end:a.start].strip(' "«»/') in grammar.words("conjunctions") \
                and doc.role_before(b.word_start) in ("owner", "target"):
            if doc.role_before(b.word_start) == "target":
                return True
            start = doc.role_start(b.word_start)
            return start is not None and doc.role_before(start) == "target"
    return False


def _owner_of_object(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"وقصفت وحدات تكتيكية تابعة للتنظيم ودمرت مواقع": the owner of what an earlier verb acted on
    ("تابعة ل" after a cue) is no agent of the verb after it."""
    start = doc.role_start(a.word_start)
    if doc.role_before(a.word_start) != "owner" or start is None or _armed_owner(doc, a):
        return False
    return any(c.end <= start and len(doc.text[c.end:start].split()) <= OBJECT_WORDS
               for c in doc.index["cues"].starting_in(doc.clause_at(start)[0], start))


def _armed_owner(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"قصفت طائرة حربية تابعة للنظام": the owner of a weapon strikes with it."""
    start = doc.role_start(a.word_start)
    return start is not None and any(0 <= start - w.end <= 2 for w in doc.index["weapons"].starting_in(start - 40, start))


def _with_before(doc: AnalysedDocument, cue_end: int, a: ActorMention) -> bool:
    """"اشتباكات مع متشددين من جبهة النصرة": the other party, a few words after مع."""
    if doc.role_before(a.word_start) == "with":
        return True
    words = doc.text[cue_end:a.word_start].split()
    return 0 < len(words) <= 4 and doc.role_of(words[0]) == "with"


def _victim(doc: AnalysedDocument, a: ActorMention) -> bool:
    """Named as the dead: "مقتل 7 من قادة داعش", "لقي عناصر التنظيم مصرعهم"; not past the
    incident that killed them ("قتل عشرة مدنيين في غارات للمقاتلات التركية": the jets struck)."""
    if killer(doc, a):
        return False  # "قتلت داعش ثلاثة جنود": who killed
    after = doc.text[a.end:a.end + 12].split()[:1]
    if after and grammar.has(after[0], "killing_verbs") and doc.text[a.word_start:a.end].split()[0] in victim_nouns():
        return True  # "أن شرطيا قتل وأصيب آخر": the verb after the victim is passive
    for s, e, pos in doc.index["deaths"].starting_in(a.word_start - 60, a.end + 30):
        if pos == "before" and 0 <= a.word_start - e <= 25 and "،" not in doc.text[e:a.word_start] \
                and not _cue_between(doc, e, a.word_start):
            return True
        if pos == "after" and 0 <= s - a.end <= 25 and "،" not in doc.text[a.end:s] and not _cue_between(doc, a.end, s):
            return True
    return False


def _cue_between(doc: AnalysedDocument, start: int, end: int) -> bool:
    return any(c.end <= end for c in doc.index["cues"].starting_in(start, end))


def _after_cue(doc: AnalysedDocument, pos: int) -> bool:
    return any(0 <= pos - c.end <= 1 for c in doc.index["cues"].starting_in(pos - 60, pos))


def _can_act(doc: AnalysedDocument, a: ActorMention) -> bool:
    """Actors joined with ب ("ارتباطهم بالميليشيات") are instruments or associates, not agents."""
    prefix = doc.text[a.word_start:a.start]
    return not (prefix in grammar.words("instrument_proclitics") and doc.role_before(a.word_start) not in ("owner", "agent"))


def _between_pair(doc: AnalysedDocument, actors: list[ActorMention], clause: tuple[int, int],
                  sent: Sentence) -> tuple[ActorMention, ActorMention] | None:
    """"بين X و Y", or "بين X ... من جهة، و Y من جهة أخرى" (the sides of a fight)."""
    for i, a in enumerate(actors):
        if doc.role_before(a.word_start) != "between" or not clause[0] <= a.start < clause[1]:
            continue
        side_end = next((r[1] for r in doc.roles if a.end <= r[0] < sent.end and (r[2] == "side" or _second_between(doc, r))),
                        None)
        if side_end is not None:
            other = [b for b in actors if b.start >= side_end and b.actor.id != a.actor.id]
            if other:
                return a, other[0]
        if i + 1 < len(actors):
            b = actors[i + 1]  # "القتلى بين السكان المدنيين": among one party, not between two
            glue = doc.text[a.end:b.word_start].strip(NAME_QUOTES)  # "بين «جيش الفتح» وقوات النظام"
            if b.actor.id != a.actor.id and glue in grammar.words("list_glue") | {""}:
                return a, b
    return None


def _second_between(doc: AnalysedDocument, role: tuple[int, int, str]) -> bool:
    """"بين قوات النظام وحزب الله، وبين فصائل المعارضة": a second "وبين" opens the other side."""
    return role[2] == "between" and doc.text[doc.text.rfind(" ", 0, role[0]) + 1:role[1]] in grammar.words("second_between")


def _possessor(doc: AnalysedDocument, cue: CueMention, in_sent: list[ActorMention]) -> ActorMention | None:
    """"وسيطرتها", "قصفه": a noun cue with an attached pronoun belongs to the actor named just
    before it."""
    word_end = cue.end
    while word_end < len(doc.text) and doc.text[word_end].isalnum():
        word_end += 1
    # on the original letters: normalization folds ة into ه, a pronoun is a real ه
    # ("وسيطرتها" is the territory noun even when a verb form of the lexicon matched it)
    if doc.text[cue.start:cue.end].split()[-1].startswith(grammar.suffixes("reflexives")):
        return None  # "فجر نفسه": the reflexive, no possessor
    if (cue.cue.pos != "noun" and cue.cue.sub != "by-actor") \
            or not doc.nt.original_text(cue.start, word_end).endswith(grammar.suffixes("pronoun_suffixes")):
        return None
    before = [a for a in in_sent if a.end <= cue.start and cue.start - a.end <= 60]
    return before[-1] if before else None


def _source_after(doc: AnalysedDocument, cue: CueMention, agents_after: list[ActorMention]) -> ActorMention | None:
    """"غارات مكثفة من التحالف": the actor a noun cue comes from."""
    if cue.cue.pos != "noun" or not agents_after:
        return None
    words = doc.text[cue.end:agents_after[0].word_start].split()
    if len(words) == 2 and (words[0] in grammar.words("counted_people") or words[0] in victim_nouns("dual")
                            or words[0].isdigit()):  # "اعتقال 590 من عناصر التنظيم": counted of them
        return None  # "إعدام عنصرين من الشرطة": two of the police, its victims, not where it came from
    return agents_after[0] if words and words[-1] in grammar.words("source_prepositions") and len(words) <= 2 else None


def _subject_after(doc: AnalysedDocument, cue: CueMention, a: ActorMention) -> bool:
    """Arabic verb-subject order: the subject follows the verb closely, no preposition between."""
    start = doc.member_start(a.word_start) or a.word_start  # "هاجم مسلحون من X": X is the subject
    end = cue.end  # the whole word the cue ends in ("استهدف*" matched in "استهدفوا")
    while end < len(doc.text) and not doc.text[end].isspace():
        end += 1
    verb = doc.text[cue.start:end].split()[-1]
    if len(verb) > 3 and verb.endswith(grammar.suffixes("plural_subject_endings")):
        return False  # "الولايات المتحدة وحلفاؤها استهدفوا مسلحي داعش": the subject came first
    gap = doc.text[cue.end:start].split()
    return start - cue.end <= 40 and len(gap) <= 3 and not any(w in grammar.words("prepositions") for w in gap)


@dataclass(frozen=True, slots=True)
class Scene:
    """The actors around one cue, sorted into the positions the role rules read."""

    doc: AnalysedDocument
    cue: CueMention
    actors: Spans[ActorMention]
    sent: Sentence
    clause: tuple[int, int]
    passive: bool
    in_sent: list[ActorMention]
    in_clause: list[ActorMention]
    agents_after: list[ActorMention]  # may act, after the cue in its clause
    agents_before: list[ActorMention]  # may act, before the cue in its clause
    targets_after: list[ActorMention]  # acted on, after the cue in its clause


Found = tuple[ActorMention, str] | None
PairRule = Callable[[Scene], "Roles | None"]
Actor1Rule = Callable[[Scene], Found]
Actor2Rule = Callable[[Scene, ActorMention | None], Found]


def scene(doc: AnalysedDocument, cue: CueMention, actors: Spans[ActorMention], sent: Sentence,
          clause: tuple[int, int], passive: bool) -> Scene:
    named = actors.starting_in(sent.start, sent.end)
    # "مسلحون" of "مسلحون من X", "انتحاري يشتبه بأنه من X": X names them
    heads = [m for b in named if (m := doc.member_start(b.word_start)) is not None]
    in_sent = [a for a in named if not (a.start >= cue.start and a.end <= cue.end)
               and not any(a.word_start == m or 0 <= m - a.end <= 2 for m in heads) and not doc.inside_role(a.start, a.end)
               and doc.role_before(a.word_start) not in ("descriptive", "allegiance", "source", "support")]
    in_clause = [a for a in in_sent if clause[0] <= a.start < clause[1]]
    # an owner after the cue owns the object ("وحدات تابعة للتنظيم"): it is acted on
    agents_after = [a for a in in_clause if a.start >= cue.end and not _is_target(doc, a) and _can_act(doc, a)
                    and (doc.role_before(a.word_start) != "owner" or _armed_owner(doc, a))]
    agents_before = [a for a in in_clause if a.end <= cue.start and not _is_target(doc, a) and _can_act(doc, a)
                     and not _no_party(doc, a, cue, sent) and not _in_relative(doc, a) and not _owner_of_object(doc, a)]
    targets_after = [a for a in in_clause if a.start >= cue.end
                     and (_is_target(doc, a) or (doc.role_before(a.word_start) == "owner" and not _armed_owner(doc, a)))]
    return Scene(doc, cue, actors, sent, clause, passive, in_sent, in_clause, agents_after, agents_before, targets_after)


# ---------------------------------------------------------------- both parties at once


def between_pair(sc: Scene) -> Roles | None:
    pair = _between_pair(sc.doc, sc.in_sent, sc.clause, sc.sent)
    if pair and pair[1].end <= sc.cue.start and any(
            w in grammar.words("sequel_links") for w in sc.doc.text[pair[1].end:sc.cue.start].split()):
        return None  # "تبادل لإطلاق النار بين X و Y بعد ثلاثة أيام على هجوم انتحاري": the fight's sides
    return Roles(pair[0], pair[1], "first party of 'بين X و Y'", "second party of 'بين X و Y'") if pair else None


def both_sides(sc: Scene) -> Roles | None:
    """"قتل 28 من الفصائل وداعش إثر اشتباكات بين الطرفين", "شنت الفصائل هجوما على مواقع النظام دارت
    على أثره اشتباكات بين الجانبين": the two sides are the two parties named before the fight."""
    if sc.cue.cue.type != "Battles" or not _sides_word_after(sc.doc, sc.cue.end, sc.clause[1]):
        return None
    before: list[ActorMention] = []
    for a in reversed([a for a in sc.in_sent if a.end <= sc.cue.start]):
        if all(a.actor.id != b.actor.id for b in before):
            before.insert(0, a)
    if len(before) < 2:
        return None
    first, second = before[-2:]
    return Roles(first, second, "first of the two sides named before 'بين الطرفين'",
                 "second of the two sides named before 'بين الطرفين'")


def _sides_word_after(doc: AnalysedDocument, end: int, limit: int) -> bool:
    """"اشتباكات [عنيفة] بين الطرفين": a between word after the cue, then a word for both sides."""
    for start, role_end, role in doc.roles[bisect_left(doc.role_ends, end):]:
        if start > end + SIDES_CHARS or role_end >= limit:
            return False
        if role == "between" and start >= end:
            word = doc.text[role_end:limit].split()[:1]
            return bool(word) and grammar.has(word[0], "both_sides")
    return False


def clash_with(sc: Scene) -> Roles | None:
    """"اشتباكات مع X": X is one party, the subject engaged in the clash the other."""
    cue = sc.cue
    with_party = [a for a in sc.in_sent if a.start >= cue.end and _with_before(sc.doc, cue.end, a)]
    if not with_party or cue.cue.type != "Battles" or cue.cue.sub == "by-actor" or with_party[0].start >= sc.clause[1]:
        return None
    other = [a for a in sc.in_sent if a.end <= cue.start and a.actor.id != with_party[0].actor.id]
    subject = [a for a in sc.in_sent if cue.end <= a.start < with_party[0].start and a.actor.id != with_party[0].actor.id]
    if not other and subject and cue.cue.pos == "verb":  # "اشتبكت قوات الحزام الأمني أمس مع مسلحين"
        return _attempted(sc, Roles(subject[0], with_party[0], "the subject after the verb that fights 'مع X'",
                                    "the other party of 'اشتبك ... مع X'"))
    dead = sc.doc.index["deaths"].starting_in(sc.sent.start, cue.start)
    if other and not dead:  # "تخوض الفصائل معارك مع قوات النظام": the subject fights the other
        return _attempted(sc, Roles(other[-1], with_party[0], "the subject that fights 'مع X'", "the other party of 'معارك مع X'"))
    return Roles(with_party[0], other[-1] if other else None, "the other party of 'اشتباكات مع X'",
                 "the dead of the clash ('قتل ... في اشتباكات مع X')" if other else "")


def _attempted(sc: Scene, roles: Roles) -> Roles:
    """"اشتبكت قوات البيشمركة مع عناصر داعش لدى محاولتهم اقتحام قرى": who tried to storm or
    advance (the party of "مع", named by the pronoun of the attempt) started the fight."""
    assert roles.actor2 is not None
    words = sc.doc.text[roles.actor2.end:sc.clause[1]].split()[:ATTEMPT_WORDS]
    for i, w in enumerate(words[:-1]):
        if grammar.has(w, "attempt_words") and w.endswith(grammar.suffixes("pronoun_suffixes")) \
                and grammar.has(words[i + 1], "assault_nouns", prepositions=True):
            return Roles(roles.actor2, roles.actor1, f"who tried '{w} {words[i + 1]}' started the fight", roles.why1)
    return roles


# ---------------------------------------------------------------- actor1, in order


def named_in_cue(sc: Scene) -> Found:
    named = [a for a in sc.actors.starting_in(sc.cue.start - 20, sc.cue.start + 1)
             if a.start <= sc.cue.start and sc.cue.end < a.end and not a.actor.target_only]
    return (named[0], "the cue's own words name the agent ('ضربات التحالف', 'غارات أميركية')") if named else None


def possessor(sc: Scene) -> Found:
    a = _possessor(sc.doc, sc.cue, sc.in_sent)
    return (a, "the actor a noun cue with a pronoun belongs to (سيطرتها)") if a else None


def source_after(sc: Scene) -> Found:
    a = _source_after(sc.doc, sc.cue, sc.agents_after)
    return (a, "the actor after 'من' that the noun cue comes from") if a else None


def construct_state(sc: Scene) -> Found:
    first = sc.agents_after[0] if sc.agents_after else None
    if first is not None and (sc.doc.member_start(first.word_start) or first.word_start) - sc.cue.end <= 2 \
            and sc.cue.cue.pos == "noun" and not _patient_noun(sc):  # "انتحاري يعتقد أنه من التنظيم": a member phrase
        return first, "agent right after the noun cue (construct state)"
    return None


def _noun_in_construct(sc: Scene) -> bool:
    """"حملة قصف لمخيمات الحزب": a word that reads as a verb ("قصف") right after the noun of a
    campaign is a noun in construct, with no subject after it."""
    before = sc.doc.text[max(sc.sent.start, sc.cue.start - CONSTRUCT_CHARS):sc.cue.start].split()
    if before and not sc.doc.text[sc.cue.start - 1].isspace():
        before = before[:-1]  # the proclitics of the cue's own word ("وقصف")
    return bool(before) and grammar.has(before[-1], "campaign_nouns")


def _patient_noun(sc: Scene) -> bool:
    """"إعدام جنديين", "اغتيال الضابط", "خطف صحفيين": the noun of an act done to someone takes
    its victim, not its agent, in construct ("غارات التحالف" takes its agent)."""
    return any(grammar.has(w, "patient_nouns") for w in sc.doc.text[sc.cue.start:sc.cue.end].split()[:1])


def after_agent_word(sc: Scene) -> Found:
    first = sc.agents_after[0] if sc.agents_after else None
    if first is None:
        return None
    start = first.word_start
    counted = [n for n in sc.doc.index["numbers"].starting_in(start - 30, start) if 0 <= start - n.end <= 2]
    if counted:  # "نفذتها أربع مقاتلات تركية": a count between the agent word and the agent
        start = counted[-1].start
    timed = [t for t in sc.doc.times_in(start - AGENT_TIME_CHARS, start) if 0 <= start - t.end <= 2]
    if timed:  # "التي شنتها يوم الجمعة الولايات المتحدة": a day between the agent word and the agent
        start = timed[-1].start
    if sc.doc.role_before(start) == "agent":
        return first, "agent after an agent word (شنتها، من قبل)"
    if sc.doc.role_before(start) == "owner" and _armed_owner(sc.doc, first):  # "نفذها الطيران التابع للنظام"
        return first, "the owner of the weapon that struck"
    return None


def subject_after_auxiliary(sc: Scene) -> Found:
    """"وكانت جبهة النصرة خطفت ثمانية عناصر": after كان the subject stands before the verb."""
    if sc.cue.cue.pos != "verb" or not sc.agents_before:
        return None
    a = sc.agents_before[-1]
    if sc.doc.text[a.end:sc.cue.start].strip():
        return None
    before = sc.doc.text[max(sc.clause[0], a.word_start - AUXILIARY_CHARS):a.word_start].split()[-1:]
    if before and grammar.has(before[0], "pluperfect_auxiliaries"):
        return a, "subject between كان and its verb"
    return None


def subject_after_verb(sc: Scene) -> Found:
    first = sc.agents_after[0] if sc.agents_after else None
    if first is not None and sc.cue.cue.pos == "verb" and not _noun_in_construct(sc) \
            and _subject_after(sc.doc, sc.cue, first) and not _noun_cue_right_before(sc):
        return first, "subject after the verb cue"
    return None


def _noun_cue_right_before(sc: Scene) -> bool:
    """"ضربات جوية تستهدف داعش", "غارات للتحالف تستهدف داعش": the strikes (and their owner, two
    words at most) are the verb's subject; the party after it is its object."""
    def right_before(c: CueMention) -> bool:
        between = sc.doc.text[c.end:sc.cue.start].split()
        return c.cue.pos == "noun" and c.end < sc.cue.start and len(between) <= 2 and all(w.isalpha() for w in between)
    return any(right_before(c) for c in sc.doc.index["cues"].starting_in(sc.cue.start - 40, sc.cue.start))


def _went_off(sc: Scene) -> bool:
    """"ذكر مصدر بوزارة الداخلية أنه انفجرت عبوة ناسفة": the device is the subject of its verb."""
    words = sc.doc.text[max(sc.sent.start, sc.cue.start - 16):sc.cue.end].split()
    return any(grammar.has(w, "went_off") for w in words[-3:]) and _bomb_cue(sc.cue)


def killer_in_clause(sc: Scene) -> Found:
    """"وفي هجومين منفصلين قتل مسلحون جنديين": the subject of the killing verb of the cue's clause."""
    a = next((a for a in sc.in_clause if killer(sc.doc, a)), None)
    return (a, "who killed (the subject of the killing verb)") if a is not None else None


def nearest_before_in_clause(sc: Scene) -> Found:
    if not sc.agents_before or _went_off(sc):
        return None
    a = sc.agents_before[-1]
    for b in reversed(sc.agents_before[:-1]):  # "من قبل الجيش أو الميليشيات": the first alternative
        gap = sc.doc.text[b.end:a.word_start].split()  # "أو", "أو مليشيات"
        if not gap or gap[0] not in grammar.words("alternatives") or len(gap) > 2:
            break
        a = b
    if _admitting(sc.doc, a, sc.sent) or _arrester(sc, a):
        return None
    return a, "nearest actor before the cue in its clause"


def _arrester(sc: Scene, a: ActorMention) -> bool:
    """"الشرطة تحتجز مشتبها به في حادث دهس", "اعتقلت الشرطة ثلاثة مشتبه بهم في التفجير": who
    arrests a suspect did not do what he is suspected of."""
    if sc.cue.cue.sub == ARRESTS:
        return False
    return any(c.cue.sub == ARRESTS and ((c.start >= a.end and c.end <= sc.cue.start) or 0 <= a.word_start - c.end <= 2)
               for c in sc.doc.index["cues"].starting_in(a.word_start - ARREST_CHARS, sc.cue.start))


def nearest_before_in_sentence(sc: Scene) -> Found:
    if _went_off(sc):
        return None
    before = [a for a in sc.in_sent if a.end <= sc.cue.start and not _is_target(sc.doc, a) and _can_act(sc.doc, a)
              and not _no_party(sc.doc, a, sc.cue, sc.sent) and not _admitting(sc.doc, a, sc.sent) and not _arrester(sc, a)]
    return (before[-1], "nearest actor before the cue in its sentence") if before else None


# ---------------------------------------------------------------- actor2, in order


def passive_subject(sc: Scene, actor1: ActorMention | None) -> Found:
    if not sc.passive:
        return None
    before = [a for a in sc.in_clause if a.end <= sc.cue.start]
    if before and before[-1].actor.inter in TARGET_INTERS:  # "جثث خمسة أشخاص مقتولين": the people, not who found them
        return before[-1], "subject of a passive cue"
    return (sc.agents_before[-1], "subject of a passive cue") if sc.agents_before else None


def target_after(sc: Scene, actor1: ActorMention | None) -> Found:
    return (sc.targets_after[0], "target after the cue (على، ضد، مواقع)") if sc.targets_after else None


def object_after(sc: Scene, actor1: ActorMention | None) -> Found:
    if actor1 is None or actor1.end > sc.cue.start:
        return None
    objects = _objects(sc.doc, sc.in_clause, sc.cue, actor1)
    return (objects[0], "object after the cue (the agent stands before it)") if objects else None


def object_after_subject(sc: Scene, actor1: ActorMention | None) -> Found:
    """"هاجم مسلحون الشرطة", "استهدف التحالف أمس داعش": verb, subject, object."""
    if actor1 is None or sc.cue.cue.pos != "verb" or actor1.start < sc.cue.end:
        return None
    objects = [a for a in _objects(sc.doc, sc.in_clause, sc.cue, actor1) if a.start >= actor1.end]
    if not objects:
        return None
    a = objects[0]
    if sc.doc.text[a.word_start:a.start].startswith("و"):
        return None  # "قصف الجيش السوري والطيران الروسي": a second subject, not the object
    gap = (actor1.end, a.word_start)  # nothing between, or a day ("أمس"): "جبهة النصرة، فرع القاعدة" describes
    if sc.doc.text[gap[0]:gap[1]].strip() and not any(
            t.start <= gap[0] + 1 and t.end >= gap[1] - 1 for t in sc.doc.times_in(gap[0], gap[1])):
        return None
    return a, "object after the subject of the verb cue"


def target_later(sc: Scene, actor1: ActorMention | None) -> Found:
    later = [a for a in sc.in_sent if a.start >= sc.cue.end and _is_target(sc.doc, a)]
    return (later[0], "target later in the sentence") if later else None


def victims_before(sc: Scene, actor1: ActorMention | None) -> Found:
    earlier = [a for a in sc.in_sent if a.end <= sc.cue.start and _is_target(sc.doc, a) and not _displaced(sc.doc, a)]
    return (earlier[-1], "victims named before the cue") if earlier else None


def _displaced(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"نزح أكثر من 70 ألف مدني منذ بدء الحملة": people who fled are no victims of what follows."""
    words = doc.text[max(0, a.word_start - DISPLACED_CHARS):a.word_start].split()[-DISPLACED_WORDS:]
    return any(grammar.has(w, "displacement_verbs") for w in words)


def defender_before(sc: Scene, actor1: ActorMention | None) -> Found:
    """"صدت قوات البيشمركة هجوما لتنظيم داعش": the other party stands before the cue."""
    if actor1 is None or actor1.start < sc.cue.end or sc.cue.cue.type != "Battles":
        return None
    defenders = [a for a in sc.agents_before if a.actor.id != actor1.actor.id]
    return (defenders[-1], "the party before the cue facing the attacker") if defenders else None


def civilians_named(sc: Scene, actor1: ActorMention | None) -> Found:
    if sc.cue.cue.type not in ("Explosions/Remote violence", "Violence against civilians"):
        return None
    civilians = [a for a in sc.in_sent if a.actor.inter == Inter.CIVILIANS]
    return (civilians[0], "civilians named as victims in the sentence") if civilians else None


PAIR_RULES: tuple[PairRule, ...] = (between_pair, both_sides, clash_with)
ACTOR1_RULES: tuple[Actor1Rule, ...] = (
    named_in_cue, possessor, source_after, construct_state, after_agent_word, subject_after_auxiliary, subject_after_verb,
    killer_in_clause, nearest_before_in_clause, nearest_before_in_sentence,
)
# the first five look at the clause and the sentence; the last two fill what they left empty
ACTOR2_RULES: tuple[Actor2Rule, ...] = (passive_subject, target_after, object_after, object_after_subject, target_later,
                                         victims_before)
ACTOR2_FALLBACKS: tuple[Actor2Rule, ...] = (defender_before, civilians_named)


def find_roles(doc: AnalysedDocument, cue: CueMention, actors: Spans[ActorMention], sent: Sentence,
               clause: tuple[int, int], passive: bool = False) -> Roles:
    """actor1 and actor2 of one cue: the pair rules, else the first actor1 rule that finds one,
    then the first actor2 rule."""
    sc = scene(doc, cue, actors, sent, clause, passive)
    for pair_rule in PAIR_RULES:
        pair = pair_rule(sc)
        if pair is not None:
            if pair.actor1 is not None and pair.actor1.actor.inter in TARGET_INTERS:  # civilians never act first
                return Roles(None, pair.actor2 or pair.actor1, "", pair.why2 if pair.actor2 else pair.why1)
            return pair
    actor1, why1 = _first(rule(sc) for rule in ACTOR1_RULES)
    if passive and actor1 is not None and actor1.end <= cue.start:
        actor1, why1 = None, ""  # "تعرض الجيش لهجوم", "شرطيين مقتولين": who stands before suffered it
    if actor1 is not None and actor1.actor.inter in TARGET_INTERS:
        actor1, why1 = None, ""  # ACLED: civilians are acted on, they are never the first actor
    actor2, why2 = _first(rule(sc, actor1) for rule in ACTOR2_RULES)
    if actor2 is None:
        actor2, why2 = _first(rule(sc, actor1) for rule in ACTOR2_FALLBACKS)
    if actor1 and actor2 and actor1.actor.id == actor2.actor.id:
        actor2, why2 = None, ""
    return Roles(actor1, actor2, why1, why2)


def _first(found: Iterable[Found]) -> tuple[ActorMention | None, str]:
    for f in found:
        if f is not None:
            return f
    return None, ""


def _objects(doc: AnalysedDocument, in_clause: list[ActorMention], cue: CueMention,
             actor1: ActorMention) -> list[ActorMention]:
    return [a for a in in_clause if a.start >= cue.end and a.actor.id != actor1.actor.id
            and doc.role_before(a.word_start) not in ("owner", "agent", "descriptive")]
