"""Where the actors stand around one event cue, for the role rules of `marsad.extract.roles`:
the `Scene` (the actors of the cue's sentence and clause, sorted into those that may act before
and after it and those acted on) and the tests it is built from (who only speaks, condemns,
admits or fails to prevent an incident; between whom a fight is; whose pronoun a cue carries).
Who is a target, a victim, an owner and who can act is `marsad.extract.targets`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from marsad.acled import ABDUCTION, SUICIDE_BOMB, Inter
from marsad.extract import grammar
from marsad.extract.context import WORD, named_by_what_it_did, prefix_len
from marsad.extract.document import CLAUSE_PUNCT, NAME_QUOTES, AnalysedDocument, Sentence, Spans, told_where
from marsad.extract.killers import victim_nouns
from marsad.extract.mentions import ActorMention, CueMention, Marker
from marsad.extract.targets import (
    armed_owner,
    can_act,
    force_of_the_place,
    is_target,
    owner_of_object,
    unit_subject_owner,
)
from marsad.extract.weapon_kinds import BOMB_SUBS
from marsad.geo.patterns import patterns as geo_patterns

SPEAKER_FIRST_CHARS = 16  # "الشرطة [قالت لاحقا] إن": the subject, then its verb of reporting
PREVENTION_WORDS = 2  # "منع [وقوع] الهجوم": the prevention word right before the cue
FOUND_CHARS = 24  # "عثرت الشرطة [أمس على] جثث": from the finder to what it found
ADDITION_CHARS = 16  # "، إضافة إلى استهدافها": the word of addition right before the cue
UNKNOWN_SIDE_CHARS = 30  # "بين X [ومقاتلي الفرقة 13]": the other side's words where no party of ours begins
NEARNESS_CHARS = 24  # "[في محيط] مسجد", "[بالقرب من] المستشفى": the words of nearness before a place
ONE_SIDE_CHARS = 60  # "بين الحرس الجمهوري [ومقاتلي حزب الله] من جهة": one side's parties before its side word
EPITHET_WORDS = 2  # "بين مسلحي داعش [المتطرف] والقوات": the first party's epithets before the conjunction
ASIDE_MARKS = {"-": "-", "–": "–", "(": ")"}  # what opens and closes an aside inside a sentence
DENIER_CHARS = 16  # "[نفت] حركة طالبان": the word of denial right before the party
ASIDE_CHARS = 80  # "جيش الفتح [-الذي يضم فصائل معارضة] عدة-": from the opening mark to the actor in it
BOMBS = {"IED", "suicide"}  # weapons a state tells of and does not use


@dataclass(frozen=True, slots=True)
class Roles:
    actor1: ActorMention | None
    actor2: ActorMention | None
    why1: str
    why2: str


def _joined_to_the_speakers_verb(doc: AnalysedDocument, a: ActorMention, cue: CueMention) -> bool:
    """A verb cue joined by "و" to the verb after "إنه" (the speaker's pronoun), no party and no
    other speaker between them, has the speaker for its subject too."""
    if doc.text[cue.start - prefix_len(doc, cue):cue.start] not in grammar.words("clitic_conjunctions"):
        return False
    pronoun = [m for m in WORD.finditer(doc.text, a.end, cue.start) if grammar.has(m.group(), "pronoun_subjects")]
    if not pronoun:
        return False
    start = pronoun[-1].end()
    return not doc.index["actors"].starting_in(start, cue.start) \
        and not any(m.kind == "attribution" for m in doc.index["markers"].starting_in(start, cue.start))


def _speaking(doc: AnalysedDocument, a: ActorMention, cue: CueMention) -> bool:
    """"أعلنت السلطات التركية أن انتحاريا فجر نفسه", "الشرطة قالت لاحقا إن": the subject of a
    reporting verb, before or after it, tells of an incident in the clause it opens with أن;
    "أعلنت القيادة تفكيك عبوات" is its own act."""
    markers = doc.index["markers"].starting_in(a.word_start - 40, a.end + SPEAKER_FIRST_CHARS)
    before = any(m.kind == "attribution" and 0 <= a.word_start - m.end <= 2 for m in markers)
    if not before and not any(m.kind == "attribution" and _right_after(doc, a, m) for m in markers):
        return False
    words = doc.text[a.end:cue.start].split()
    opens = [i for i, w in enumerate(words) if w in grammar.words("complementizers")]
    if not opens and before and not words and _a_state_announcing_a_victims_deed(doc, a, cue):
        return True  # "أعلنت الشرطة اغتيال قاض": what a state's force announces was done to its people
    if not opens or (not before and grammar.has(words[opens[-1]], "pronoun_subjects")):
        return False  # "وكانت الولايات المتحدة قد ذكرت إنها كثفت حملة": the speaker's own act
    if grammar.has(words[opens[-1]], "pronoun_subjects") and _joined_to_the_speakers_verb(doc, a, cue):
        return False  # "قال الجيش إنه دخل الحي وسيطر على الجامع": the speaker's own acts
    said = doc.nt.original_text(a.end, cue.start).split()
    if not words[opens[-1] + 1:]:  # "أعلن الجيش أنه قصف", "قال الجيش إن غارات": the speaker's own act;
        # "قالت الوزارة إن عبوة ناسفة انفجرت": a state tells of a bomb, it does not set it off
        bomb = bomb_cue(cue) or any(  # "هجوما بسيارة مفخخة"
            w.weapon in BOMBS for w in doc.index["weapons"].starting_in(cue.end, cue.end + 3))
        suicide = cue.cue.weapon == "suicide" or SUICIDE_BOMB in (cue.cue.default, cue.cue.sub)
        return (bomb and a.actor.inter in (Inter.STATE, Inter.EXTERNAL)  # "أشارت السلطات إلى أنه فجر نفسه": never hers
                and (suicide or not said[-(len(words) - opens[-1])].endswith(grammar.suffixes("pronoun_suffixes"))))
    # "أن طائراتها دمرت": the subject of the reported clause is the speaker's own
    subject = said[-(len(words) - opens[-1] - 1)]
    return not subject.endswith(grammar.suffixes("pronoun_suffixes"))


def _a_state_announcing_a_victims_deed(doc: AnalysedDocument, a: ActorMention, cue: CueMention) -> bool:
    """A state's force that announces, as the object of its verb, a deed named by what it did to
    people (an assassination, a massacre: `assassination_words`, `massacre_words`) or an abduction
    did not do it."""
    return a.actor.inter in (Inter.STATE, Inter.EXTERNAL) and (named_by_what_it_did(doc, cue) or cue.cue.sub == ABDUCTION)


def _right_after(doc: AnalysedDocument, a: ActorMention, m: Marker) -> bool:
    """"الشرطة قالت", "الشرطة قالت لاحقا": a verb of reporting right after its subject (a word
    between at most)."""
    between = doc.text[a.end:m.start]
    return m.start >= a.end and len(between.split()) <= 1 and not any(p in between for p in CLAUSE_PUNCT)


def bomb_cue(cue: CueMention) -> bool:
    return cue.cue.weapon in BOMBS or cue.cue.default in BOMB_SUBS


def no_party(doc: AnalysedDocument, a: ActorMention, cue: CueMention, sent: Sentence) -> bool:
    """Who tells of the incident, condemns it or blames someone for it takes no part in it."""
    return _speaking(doc, a, cue) or _condemning(doc, a, sent) or _accuser(doc, a, cue, sent) or _preventing(doc, a, cue) \
        or _denying_ties(doc, a, cue)


def _denying_ties(doc: AnalysedDocument, a: ActorMention, cue: CueMention) -> bool:
    """"ونفت حركة طالبان أي علاقة لها بالتفجير": who denies any tie to an incident (a word of
    denial right before it, a word of a tie, `tie_words`, between it and the incident) made nothing."""
    if a.end > cue.start or not any(m.kind == "modality:denied" and 0 <= a.word_start - m.end <= 2
                                    for m in doc.index["markers"].starting_in(a.word_start - DENIER_CHARS, a.word_start)):
        return False
    return grammar.any_of(doc.text[a.end:cue.start - prefix_len(doc, cue)].split(), "tie_words")


def _preventing(doc: AnalysedDocument, a: ActorMention, cue: CueMention) -> bool:
    """"روسيا فشلت في منع الهجوم الكيماوي": who was to prevent an incident (`prevention_words`
    right before it) did not make it."""
    if a.end > cue.start:
        return False
    before = doc.text[a.end:cue.start].split()[-PREVENTION_WORDS:]
    return any(grammar.has(w, "prevention_words") for w in before)


def admitting(doc: AnalysedDocument, a: ActorMention, sent: Sentence) -> bool:
    """"أقر نظام الأسد بسقوط قذائف على دمشق", "اعترف الحزب بمقتل اثنين من عناصره": who admits
    an incident (its losses, the shells that hit it) or describes it did not do it (it may have
    suffered it)."""
    words = doc.text[max(sent.start, a.word_start - 16):a.word_start].split()
    # "عثرت الشرطة على جثث": who finds the dead did not kill them either
    if not words:
        return False
    if grammar.has(words[-1], "finding_verbs"):
        found = doc.text[a.end:min(sent.end, a.end + FOUND_CHARS)].split()
        return any(grammar.has(w, "body_nouns", prepositions=True) for w in found)
    # "في ما وصفته السلطات بأنه هجوم": who describes it names its kind
    return grammar.has(words[-1], "admission_verbs") or grammar.has(words[-1], "describing_verbs")


def _accuser(doc: AnalysedDocument, a: ActorMention, cue: CueMention, sent: Sentence) -> bool:
    """"حملت تركيا المتطرفين مسؤولية التفجير", "حمل المكتب الحزب المحظور المسؤولية عن الهجوم": who
    blames stands before who is blamed, and the one right before "مسؤولية" is the blamed (the
    perpetrator); every other actor there accuses."""
    before = doc.text[max(sent.start, cue.start - 24):cue.start].split()
    about = grammar.any_of(before[-1:], "responsibility_links")  # "حمل المكتب الحزب المحظور المسؤولية عن الهجوم"
    if about:
        before = before[:-1]
    if not before or before[-1] not in grammar.words("responsibility_words"):
        return False
    words = doc.text[sent.start:a.word_start].split()
    if not any(grammar.has(w, "blame_verbs") for w in words):
        return False
    # words other than "مسؤولية" between (with "عن", an adjective of the blamed may stand there too)
    return len(doc.text[a.end:cue.start].split()) > 1 + (2 if about else 0)


def _condemning(doc: AnalysedDocument, a: ActorMention, sent: Sentence) -> bool:
    """"أدان الاتحاد الأوروبي وعدد من الدول، منها الأردن، الهجوم": who condemns it is no party."""
    return grammar.any_of(doc.text[sent.start:a.word_start].split(), "condemnation_verbs")


def _in_relative(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"التحالف الذي يدعم القوات العراقية شن غارة": the object of a relative clause's verb (or its
    subject, "الفصائل التي تدعمها تركيا") does not do what the main verb says."""
    words = doc.text[max(0, a.word_start - 30):a.word_start].split()
    return len(words) >= 2 and words[-2] in grammar.words("relative_pronouns")




def parties_between(doc: AnalysedDocument, actors: list[ActorMention], clause: tuple[int, int],
                  sent: Sentence) -> tuple[ActorMention, ActorMention | None] | None:
    """"بين X و Y", or "بين X ... من جهة، و Y من جهة أخرى" (the sides of a fight); X alone when
    the other side names no party we know ("بين الحرس الجمهوري وعناصر حزب الله من جهة والمقاتلين من أبناء البلدة")."""
    for i, a in enumerate(actors):
        if doc.role_before(a.word_start) != "between" or not clause[0] <= a.start < clause[1] or _second_side(doc, a):
            continue
        side_end = next((r[1] for r in doc.roles if a.end <= r[0] < sent.end and (r[2] == "side" or _second_between(doc, r))),
                        None)
        if side_end is not None:
            other = [b for b in actors if b.start >= side_end and b.actor.id != a.actor.id]
            if other:
                return a, other[0]
            if side_end - a.end <= ONE_SIDE_CHARS:
                return a, None  # (before "من جهة" the parties of one side: "وحزب الله اللبناني من جهة")
        j, glue_start = _past_its_backers(doc, a, actors, i + 1)
        if j < len(actors):
            b = actors[j]  # "القتلى بين السكان المدنيين": among one party, not between two
            glue = doc.text[glue_start:b.word_start].strip(NAME_QUOTES)  # "بين «جيش الفتح» وقوات النظام"
            if b.actor.id != a.actor.id and _between_glue(glue):
                return a, b
        if _unknown_second(doc, a, actors[i + 1:], clause):
            return a, None  # "بين جبهة النصرة ومقاتلي الفرقة 13": the other side no party we know
    return None


def _past_its_backers(doc: AnalysedDocument, a: ActorMention, actors: list[ActorMention], j: int) -> tuple[int, int]:
    """"بين القوات الحكومية، مدعومة بمقاتلين من حزب الله، وفصائل المعارضة": the parties of an aside
    that tells who backs the first side (`backing_words`, between commas, or right after it with no
    commas: "المدعومة بفصائل الحشد الشعبي") are no side of their own;
    the index of the first party past it, and where the words before that party begin."""
    after = doc.text[a.end:a.end + BACKERS_CHARS]
    words = after.split()
    if words and grammar.has(words[0], "backing_words") and j < len(actors) and actors[j].start - a.end <= BACKERS_CHARS:
        # "بين القوات العراقية المدعومة بفصائل الحشد الشعبي ومسلحي داعش": no commas; the backer a
        # party we know, or words up to the conjunction before the second side
        if actors[j].word_start - (a.end + after.find(words[0]) + len(words[0])) <= BACKER_GAP:
            return j + 1, actors[j].end
        return j, doc.text.rfind(" ", a.end, actors[j].word_start) + 1
    if not after.lstrip().startswith(tuple(CLAUSE_PUNCT)) or len(words) < 2 or not grammar.has(words[1], "backing_words"):
        return j, a.end
    close = next((k for k in range(after.find(words[1]), len(after)) if after[k] in CLAUSE_PUNCT), None)
    if close is None:
        return j, a.end
    end = a.end + close + 1
    while j < len(actors) and actors[j].start < end:
        j += 1
    return j, end


BACKER_GAP = 3  # "المدعومة [ب]فصائل": from the word of backing to the backer it names
BACKERS_CHARS = 80  # "، [مدعومة بمقاتلين من حزب الله اللبناني]،": the aside on the first side's backers
LEADER_WORDS = 3  # "بقيادة [المشير خليفة حفتر]": the name of the first party's leader before the conjunction
_NO_COMMAS = str.maketrans({c: " " for c in CLAUSE_PUNCT})


def _between_glue(glue: str) -> bool:
    """What may stand between the two parties of "بين X و Y": the conjunction ("و"), the men of the
    second party with it ("ومقاتلي الفصائل"), or some of them ("ومقاتلين من فصائل مقاتلة"), after
    the first party's epithet ("بين مسلحي تنظيم داعش [المتطرف] والقوات العراقية")."""
    words = glue.split()
    if words and len(words) <= EPITHET_WORDS and all(grammar.has(w.strip(NAME_QUOTES), "party_epithets") for w in words):
        return True
    if words and words[0] in grammar.words("leader_words"):  # "بين قوات الجيش [بقيادة خليفة حفتر] ومسلحين"
        return _after_a_leader(words[1:])
    if words and words[0] in grammar.words("between_against"):  # "بين القوات الأمنية ضد عناصر داعش"
        return len(words) == 1 or (len(words) == 2 and grammar.has(words[1], "member_nouns"))
    # "بين الشرطة التركية، ومسلحي منظمة «بي كا كا»": the first party's nationality and a
    # comma before the conjunction
    rest = glue.translate(_NO_COMMAS).split()
    nationality = bool(rest) and ((rest[0].startswith("ال") and rest[0].endswith(grammar.suffixes("adjective_endings")))
                                  or rest[0].endswith(grammar.suffixes("plural_adjective_endings")))  # "شبان فلسطينيين"
    if nationality:
        rest = rest[1:]
        if rest and rest[0] in grammar.words("leader_words"):  # "بين قوات الجيش الليبي بقيادة خليفة حفتر ومسلحين"
            return _after_a_leader(rest[1:])
    if nationality or rest:  # (a comma alone joins no two sides)
        words, glue = rest, " ".join(rest)
    if glue in grammar.words("list_glue") | {""} or any(grammar.has(glue, k) for k in ("member_nouns", "faction_nouns")):
        return True
    return _men_of_the_second(words)


def _after_a_leader(name: list[str]) -> bool:
    """"بقيادة [خليفة حفتر] ومسلحين": the leader's name (a few words), then the glue before the
    second side (the conjunction alone, or glued to the second side's first word)."""
    joint = next((i for i, w in enumerate(name) if w in grammar.words("list_glue")), len(name))
    if 1 <= joint <= LEADER_WORDS:
        return _between_glue(" ".join(name[joint:]))
    glued = next((i for i, w in enumerate(name[:LEADER_WORDS + 1]) if i and w[:1] in grammar.words("clitic_conjunctions")), None)
    return glued is not None and _between_glue(" ".join([name[glued][1:]] + name[glued + 1:]))


def _men_of_the_second(words: list[str]) -> bool:
    """"ومسلحي منظمة «بي كيه كيه»", "وعناصر جماعة ...", "وفصائل من الجيش الحر": the men or the
    factions of the second party, then the word of its kind; "ومسلحين من مجلس ...": some armed men of it."""
    return len(words) == 2 and (
        (any(grammar.has(words[0], k) for k in ("member_nouns", "faction_nouns"))
         and (words[1] in grammar.words("partitives") or grammar.has_bare(words[1], "group_heads")))
        or (grammar.has(words[0], "armed_people_heads") and words[1] in grammar.words("partitives")))


def _unknown_second(doc: AnalysedDocument, a: ActorMention, later: list[ActorMention],
                    clause: tuple[int, int]) -> bool:
    """"بين X وY" where Y is no party we know: a conjunct right after X, and neither a party of
    ours nor a place ("بين موسكو والرياض": two capitals, no fight) begins in its next words."""
    rest = doc.text[a.end:clause[1]].lstrip(NAME_QUOTES + " ")
    first = rest.split(maxsplit=1)[0] if rest.strip() else ""
    if len(first) < 3 or not first.startswith(tuple(grammar.words("clitic_conjunctions"))) or not first[1].isalpha():
        return False
    conjunct = clause[1] - len(rest)
    end = conjunct + UNKNOWN_SIDE_CHARS
    return not any(b.word_start < end for b in later) and not doc.places_in(conjunct, conjunct + len(first))


def _second_side(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"حيث تجري معارك بينهم وبين مسلحي الفصائل وجيش الإسلام": after a second "وبين" (a
    noun of men between) come the parties of the second side only, never both sides."""
    for pos in (a.word_start, doc.text.rfind(" ", 0, max(0, a.word_start - 1)) + 1):
        i = bisect_right(doc.role_ends, pos) - 1
        if i >= 0 and pos - doc.role_ends[i] <= 2:
            return _second_between(doc, doc.roles[i])
    return False


def _second_between(doc: AnalysedDocument, role: tuple[int, int, str]) -> bool:
    """"بين قوات النظام وحزب الله، وبين فصائل المعارضة": a second "وبين" opens the other side."""
    return role[2] == "between" and doc.text[doc.text.rfind(" ", 0, role[0]) + 1:role[1]] in grammar.words("second_between")


def possessor_of(doc: AnalysedDocument, cue: CueMention, in_sent: list[ActorMention],
                 actors: Spans[ActorMention] | None = None) -> ActorMention | None:
    """"وسيطرتها", "قصفه": a noun cue with an attached pronoun belongs to the actor named just
    before it."""
    word_end = cue.end
    while word_end < len(doc.text) and doc.text[word_end].isalnum():
        word_end += 1
    # on the original letters: normalization folds ة into ه, a pronoun is a real ه
    # ("وسيطرتها" is the territory noun even when a verb form of the lexicon matched it)
    if doc.text[cue.start:cue.end].split()[-1].startswith(grammar.suffixes("reflexives")):
        return None  # "فجر نفسه": the reflexive, no possessor
    if doc.text[cue.start:cue.end].split()[-1].startswith(grammar.suffixes("own_death_nouns")):
        return None  # "لقوا مصرعهم على يد المقاومة": the pronoun names the dead, not who killed them
    if (cue.cue.pos != "noun" and cue.cue.sub != "by-actor") \
            or not doc.nt.original_text(cue.start, word_end).endswith(grammar.suffixes("pronoun_suffixes")):
        return None
    if doc.text[max(0, cue.start - 12):cue.start - prefix_len(doc, cue)].split()[-1:] \
            and grammar.has(doc.text[max(0, cue.start - 12):cue.start - prefix_len(doc, cue)].split()[-1], "result_causes"):
        return None  # "قتل ثلاثة جراء استهدافهم بغارة": the pronoun names those struck, not who struck
    before = [a for a in in_sent if a.end <= cue.start and cue.start - a.end <= 60]
    if before:
        before = _outside_an_aside(doc, before, cue.start)
        return _agreeing(doc, cue, word_end, before[-1], actors)
    return _owner_in_the_clause_before(doc, cue, actors) if actors is not None else None


def _agreeing(doc: AnalysedDocument, cue: CueMention, word_end: int, nearest: ActorMention,
              actors: Spans[ActorMention] | None) -> ActorMention:
    """The party a noun cue's pronoun names: the nearest before it, unless the pronoun's gender is
    not that party's and an earlier party of the sentence has it ("خاض معارك مع القوات الحكومية
    انتهت بسيطرته": the masculine party; "خاضت القوات معارك مع التنظيم انتهت بسيطرتها": the feminine)."""
    said = doc.nt.original_text(cue.start, word_end)
    if said.endswith(grammar.suffixes("masculine_pronoun_suffixes")):
        wanted = False
    elif said.endswith(grammar.suffixes("feminine_pronoun_suffixes")):
        wanted = True
    else:
        return nearest
    if _feminine(doc, nearest) is not (not wanted):
        return nearest  # its gender, or one the words do not tell
    sent = doc.sentence_at(cue.start)
    agreeing = [a for a in (actors or doc.index["actors"]).starting_in(sent.start, nearest.start)
                if a.end <= nearest.start and _feminine(doc, a) is wanted and a.actor.inter != Inter.CIVILIANS]
    return agreeing[-1] if agreeing else nearest


def _feminine(doc: AnalysedDocument, a: ActorMention) -> bool | None:
    """The grammatical gender of a party's name: feminine for a noun in ة ("الحكومة", "جبهة"), a plural
    of parties ("القوات", "الفصائل") or a country ("تركيا قصفت"), whom a pronoun "ها" names;
    masculine for another definite noun ("التنظيم", "الجيش") or "حزب"; None when the words do not
    tell (a name)."""
    said = doc.nt.original_text(a.start, a.end).split()
    words = doc.text[a.start:a.end].split()
    if not said or not words:
        return None
    if said[0].endswith("ة") or grammar.has(words[0].removeprefix("ال"), "feminine_plural_heads"):
        return True
    if not words[0].startswith("ال"):
        return True if a.actor.state_by_name else (False if grammar.has(words[0], "masculine_name_heads") else None)
    return False


def _owner_in_the_clause_before(doc: AnalysedDocument, cue: CueMention, actors: Spans[ActorMention]) -> ActorMention | None:
    """"قصفت قوات النظام مناطق سكنية في تلبيسة، إضافة إلى استهدافها بلدتي زبدين": the pronoun of a
    noun cue that a word of addition (`addition_words`) opens names the party of the clause before
    it (not the people or places it struck)."""
    sent = doc.sentence_at(cue.start)
    head = doc.text[max(sent.start, cue.start - ADDITION_CHARS):cue.start - prefix_len(doc, cue)].rstrip()
    if not head.endswith(tuple(grammar.words("addition_words"))):
        return None
    near = [a for a in actors.starting_in(sent.start, cue.start)
            if a.end <= cue.start and cue.start - a.end <= 60 and a.actor.inter not in (Inter.CIVILIANS, None)
            and not is_target(doc, a)]
    return near[-1] if near else None


def _outside_an_aside(doc: AnalysedDocument, before: list[ActorMention], pos: int) -> list[ActorMention]:
    """"أعلن جيش الفتح -الذي يضم فصائل معارضة عدة- عن سيطرته": an actor inside an aside
    between dashes or brackets that closes before the cue describes the one named before it."""
    last = before[-1]
    closing = next((c for c in ASIDE_MARKS.values() if c in doc.text[last.end:pos]), None)
    if closing is None:
        return before
    opener = next(o for o, c in ASIDE_MARKS.items() if c == closing)
    opened = doc.text.rfind(opener, max(0, last.start - ASIDE_CHARS), last.start)
    if opened < 0:
        return before
    return [a for a in before if a.end <= opened] or before


def in_a_relative_aside(doc: AnalysedDocument, a: ActorMention, pos: int) -> bool:
    """"شن التحالف، الذي يدعم القوات العراقية، ضربة جوية", "وأعلنت جماعة الأحرار، وهي فصيل منشق عن
    حركة طالبان، مسؤوليتها": a party inside a relative clause or a description (`apposition_pronouns`,
    `apposition_heads`)
    set off by commas that closes before `pos` describes the one named before it; it is no party of
    what follows."""
    first = _aside_opener(doc, a, pos)
    # "وأعلنت حركة الشباب، المرتبطة بتنظيم القاعدة، مسؤوليتها": a description opened by the word that
    # ties it to another party (`apposition_heads`) too
    return first is not None and (first in grammar.words("relative_pronouns") or first in grammar.words("apposition_pronouns")
                                  or first in grammar.words("apposition_heads") or first in grammar.words("person_ties"))


def ties_a_person(doc: AnalysedDocument, a: ActorMention, pos: int) -> bool:
    """"قتل اللواء X، المكلف من الحكومة بملف التفاوض، برصاص قناص": a party in a description of a
    person's tie to it (`person_ties`), set off by commas that close before `pos`, did nothing."""
    return _aside_opener(doc, a, pos) in grammar.words("person_ties")


def _aside_opener(doc: AnalysedDocument, a: ActorMention, pos: int) -> str | None:
    """The first word of the aside set off by commas that holds `a` and closes before `pos`."""
    opened = doc.text.rfind("،", max(0, a.start - ASIDE_CHARS), a.start)
    if opened < 0 or "،" not in doc.text[a.end:pos]:
        return None
    first = doc.text[opened + 1:a.start].split()[:1]
    return first[0] if first else None


def source_named_after(doc: AnalysedDocument, cue: CueMention, agents_after: list[ActorMention]) -> ActorMention | None:
    """"غارات مكثفة من التحالف": the actor a noun cue comes from."""
    if cue.cue.pos != "noun" or not agents_after:
        return None
    words = doc.text[cue.end:agents_after[0].word_start].split()
    if len(words) == 2 and (words[0] in grammar.words("counted_people") or words[0] in victim_nouns("dual")
                            or words[0].isdigit() or _member_noun(words[0])):
        # "اعتقال 590 من عناصر التنظيم": counted of them; "خطف العناصر من الفرقة": the men of a party
        return None  # "إعدام عنصرين من الشرطة": two of the police, its victims, not where it came from
    return agents_after[0] if words and words[-1] in grammar.words("source_prepositions") and len(words) <= 2 else None


def _member_noun(word: str) -> bool:
    """"عناصر", "العناصر": a noun of a group's men, bare or definite."""
    bare = next((word[len(a):] for a in grammar.words("clitic_article") if word.startswith(a)), word)
    return grammar.has(word, "member_nouns") or grammar.has(bare, "member_nouns")


def subject_after(doc: AnalysedDocument, cue: CueMention, a: ActorMention) -> bool:
    """Arabic verb-subject order: the subject follows the verb closely, no preposition between."""
    start = doc.member_start(a.word_start) or a.word_start  # "هاجم مسلحون من X": X is the subject
    end = cue.end  # the whole word the cue ends in ("استهدف*" matched in "استهدفوا")
    while end < len(doc.text) and not doc.text[end].isspace():
        end += 1
    verb = doc.text[cue.start:end].split()[-1]
    if len(verb) > 3 and verb.endswith(grammar.suffixes("plural_subject_endings")):
        return False  # "الولايات المتحدة وحلفاؤها استهدفوا مسلحي داعش": the subject came first
    gap = doc.text[cue.end:start].split()
    # "استهدفت [الفرقة الأولى الساحلية التابعة] للجيش الحر": a unit's name and the word that joins it to its owner
    owned = bool(gap) and grammar.has_bare(gap[-1], "affiliation_words")
    return start - cue.end <= 40 and len(gap) <= 3 + owned and not any(w in grammar.words("prepositions") for w in gap)


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


def fight_noun(word: str) -> bool:
    """"اشتباكات", "معارك": a noun of a fight between sides (`clash_nouns`, `fight_nouns`)."""
    return grammar.has(word, "clash_nouns") or grammar.has(word, "fight_nouns")


def _fight_cue(doc: AnalysedDocument, cue: CueMention) -> bool:
    words = doc.text[cue.start:cue.end].split()
    return bool(words) and fight_noun(words[0])


def _place_of_the_fight(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"اشتباكات بين X وY في محيط مسجد الحي", "معارك قرب المستشفى": a place of civilian life told
    as where (after a locative or a word of nearness) is where the sides fought, not a side."""
    words = doc.text[a.start:a.end].split()
    if not words or not grammar.has(words[0], "civilian_places"):
        return False
    if told_where(doc.text, a.start):
        return True  # "في مسجد", "بمسجد"
    before = doc.text[max(0, a.word_start - NEARNESS_CHARS):a.word_start].split()
    cues = geo_patterns().cues
    proclitics = grammar.words("locative_proclitics") | grammar.words("clitic_conjunctions")
    for n in (1, 2):
        phrase = " ".join(before[-n:])
        for form in (phrase, phrase[1:] if phrase[:1] in proclitics else ""):  # "بمحيط", "وقرب"
            c = cues.get(form)
            if c is not None and c.category == "near":
                return True
    return False


def _unit_owners(doc: AnalysedDocument, cue: CueMention, in_clause: list[ActorMention]) -> list[ActorMention]:
    """The owners of a unit of armed men that is the verb's subject; none when a subject stands
    before the verb ("جبهة النصرة هاجمت مقاتلين تابعين للجيش الحر")."""
    if any(a.end <= cue.start and can_act(doc, a) and not is_target(doc, a) for a in in_clause):
        return []
    return [a for a in in_clause if a.start >= cue.end and unit_subject_owner(doc, a, cue)]


def _may_act_after(doc: AnalysedDocument, a: ActorMention) -> bool:
    """After the cue, a party that may act; an owner only of a weapon ("وحدات تابعة للتنظيم" are
    acted on)."""
    return not is_target(doc, a) and can_act(doc, a) and (doc.role_before(a.word_start) != "owner" or armed_owner(doc, a))


def _acted_on_after(doc: AnalysedDocument, a: ActorMention) -> bool:
    return is_target(doc, a) or (doc.role_before(a.word_start) == "owner" and not armed_owner(doc, a))


def _conjunct_at(doc: AnalysedDocument, pos: int) -> bool:
    """"جبهة النصرة ومقاتلين من فصائل مقاتلة": men of a group joined by "و" to the party before
    them are another party's, not that party's own."""
    word_start = doc.text.rfind(" ", 0, pos) + 1
    return doc.text[word_start:pos + 1].startswith(tuple(grammar.words("clitic_conjunctions")))


def _inside_a_role(doc: AnalysedDocument, a: ActorMention, heads: list[int]) -> bool:
    """Within a role phrase (`AnalysedDocument.inside_role`), but for the men of a member phrase
    ("مسلحون من") whom no party after it names: "هاجم مسلحون من داخل أفغانستان موقعا" (a place stands
    there), they are a party themselves."""
    if not doc.inside_role(a.start, a.end):
        return False
    i = bisect_left(doc.role_ends, a.end)
    return not (doc.roles[i][2] == "member" and doc.roles[i][0] <= a.start and doc.roles[i][0] not in heads)


def _a_party_here(doc: AnalysedDocument, cue: CueMention, a: ActorMention, heads: list[int], named: list[ActorMention],
                  fight: bool) -> bool:
    """A party of the cue's sentence: not within the cue, nor the men a member phrase names (the
    name after "مسلحون من" does), nor inside a role phrase (a describer, an ally, a source, a
    backer), nor the place a fight was fought for."""
    return not (a.start >= cue.start and a.end <= cue.end) \
        and not any(a.word_start == m or (0 <= m - a.end <= 2 and not _conjunct_at(doc, m)) for m in heads) \
        and not _inside_a_role(doc, a, heads) \
        and doc.role_before(a.word_start) not in ("descriptive", "allegiance", "source", "support") \
        and not _second_backer(doc, a, named) and not (fight and _place_of_the_fight(doc, a))


def _second_backer(doc: AnalysedDocument, a: ActorMention, named: list[ActorMention]) -> bool:
    """"القوات الأمنية بمساندة الحشد الشعبي وأبناء العشائر": a party joined by "و" to one that
    backs the actor (a word of support before it) backs it too."""
    if doc.text[a.word_start:a.word_start + 1] not in grammar.words("clitic_conjunctions"):
        return False
    before = [b for b in named if b.end <= a.word_start]
    return bool(before) and a.word_start - before[-1].end <= 1 and doc.role_before(before[-1].word_start) == "support"


def joined_deed_after(doc: AnalysedDocument, cue: CueMention, clause: tuple[int, int]) -> int:
    """"مواجهات عنيفة في ثعبات وقصف حوثي يقتل 5 مدنيين": where a deed of another kind joined by "و"
    after the cue begins (what it struck is its own), else the clause's end."""
    return next((c.start for c in doc.index["cues"].starting_in(cue.end, clause[1]) if c.start > cue.end
                 and c.cue.type != cue.cue.type
                 and doc.text[c.start - prefix_len(doc, c):c.start] in grammar.words("clitic_conjunctions")), clause[1])


def scene(doc: AnalysedDocument, cue: CueMention, actors: Spans[ActorMention], sent: Sentence,
          clause: tuple[int, int], passive: bool) -> Scene:
    named = actors.starting_in(sent.start, sent.end)
    # "مسلحون" of "مسلحون من X", "انتحاري يشتبه بأنه من X": X names them
    heads = [m for b in named if (m := doc.member_start(b.word_start)) is not None]
    fight = _fight_cue(doc, cue)
    in_sent = [a for a in named if _a_party_here(doc, cue, a, heads, named, fight)]
    in_clause = [a for a in in_sent if clause[0] <= a.start < clause[1]]
    units = _unit_owners(doc, cue, in_clause)
    agents_after = [a for a in in_clause if a.start >= cue.end and (a in units or _may_act_after(doc, a))]
    agents_before = [a for a in in_clause if a.end <= cue.start and not is_target(doc, a) and can_act(doc, a)
                     and not no_party(doc, a, cue, sent) and not _in_relative(doc, a) and not owner_of_object(doc, a)]
    deed = joined_deed_after(doc, cue, clause)
    targets_after = [force_of_the_place(doc, a, in_clause) or a for a in in_clause if a.start >= cue.end
                     and a not in units and _acted_on_after(doc, a) and a.start < deed]
    return Scene(doc, cue, actors, sent, clause, passive, in_sent, in_clause, agents_after, agents_before, targets_after)

