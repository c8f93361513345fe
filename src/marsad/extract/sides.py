"""Both parties of an event cue at once, before the rules that look for actor1 and actor2 one by
one (`marsad.extract.roles`): the sides of "بين X و Y" (and who started the fight, whatever order
names them), the two sides named before "بين الطرفين", "اشتباكات مع X" and its subject, and the
pronoun of the people a verb was done to; and the steps that turn sides round once they are named
(the side an answer was made to, a pronoun repelled, a state that tells of its own dead).
"""

from __future__ import annotations

from bisect import bisect_left

from marsad.acled import BATTLES, RIOTS, Inter
from marsad.extract import grammar
from marsad.extract.context import WORD, prefix_len
from marsad.extract.document import WORD_END_PUNCT, AnalysedDocument
from marsad.extract.draft import Draft
from marsad.extract.mentions import ActorMention
from marsad.extract.numbers import parse_number
from marsad.extract.positions import PairRule, Roles, Scene, parties_between
from marsad.extract.targets import can_act, named_as_hurt, with_before

ATTEMPT_WORDS = 4  # "مع مسلحي التنظيم [لدى محاولتهم دخول] بلدات"
SIDES_CHARS = 12  # "اشتباكات [عنيفة] بين الطرفين": from the cue to its between word
MEANS_GAP = 3  # "اشتباكات [ب]الأسلحة": from the cue to the weapon it was fought with
TELLER_CHARS = 6  # "قال [أحد] السكان": from a verb of saying to the people who say
TELLER_TITLE_CHARS = 30  # "قال [الضابط في] الشرطة": from a verb of saying to the party of the man who says
TELLER_TITLE_WORDS = 3
TELLER_AFTER_CHARS = 30  # "الناشط [الإعلامي عامر برهان] قوله": from the teller to the word of his saying
PRONOUN_CHARS = 16  # "أطلقوا [النار عليهم]": the pronoun among the two words after the cue
INITIATIVE_WORDS = 3  # "هجوم [كبير] شنه": from an attack noun to the word that names its maker
UNKNOWN_FIRST_WORDS = 3  # "بين [مقاتلين محليين] وتنظيم داعش": the words of a first side we do not know
MAKER_REACH = 12  # "من [قبل] المعارضة": from that word to the maker's name
REPLY_CHARS = 16  # "[ردت على] رشق": the verb of replying and its "على" right before the cue


def between_pair(sc: Scene) -> Roles | None:
    pair = parties_between(sc.doc, sc.in_sent, sc.clause, sc.sent)
    if pair is None:
        return None
    first, second = pair
    if second is None:
        return Roles(first, None, "first party of 'بين X ... من جهة'", "")  # the other side is no party we know
    if second.end <= sc.cue.start and any(
            w in grammar.words("sequel_links") for w in sc.doc.text[second.end:sc.cue.start].split()):
        return None  # "تبادل لإطلاق النار بين X و Y بعد يومين على تفجير انتحاري": the fight's sides
    return _initiator_first(sc, Roles(first, second, "first party of 'بين X و Y'", "second party of 'بين X و Y'"))


def unknown_first_pair(sc: Scene) -> Roles | None:
    """"معارك بين مقاتلين محليين وتنظيم داعش": the first side after "بين" no party we know (a few
    words, no place), the second one we know joined to it by "و": that one is the second party and
    the first stays unnamed."""
    if sc.cue.cue.type != "Battles" or (at := _between_word_after(sc.doc, sc.cue.end, sc.clause[1])) is None:
        return None
    second = next(iter(sc.actors.starting_in(at, sc.clause[1])), None)
    if second is None or second.word_start <= at:
        return None
    words = sc.doc.text[at:second.word_start].split()
    joined = sc.doc.text[second.word_start:second.start].startswith(tuple(grammar.words("clitic_conjunctions")))
    if not joined or not 0 < len(words) <= UNKNOWN_FIRST_WORDS or not all(w.isalpha() for w in words) \
            or sc.doc.places_in(at, second.word_start) or any(grammar.has(w, "both_sides") for w in words):
        return None
    return Roles(None, second, "", "second party of 'بين X و Y', X no party we know")


def _initiator_first(sc: Scene, roles: Roles) -> Roles:
    """"بين الجيش ومسلحي الفصائل إثر هجوم شنه مسلحو الفصائل", "في محاولة من المعارضة
    للسيطرة": the side the sentence names as the maker of an attack or an attempt
    (`initiative_nouns`, `initiative_links`) started the fight, whatever order "بين" names them in."""
    first, second = roles.actor1, roles.actor2
    if first is None or second is None or first.actor.id == second.actor.id:
        return roles
    words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(sc.doc.text, sc.sent.start, sc.sent.end)]
    for i, (start, end, w) in enumerate(words):
        if not grammar.has(w, "initiative_nouns") or _another_kind_at(sc, start, end):
            continue  # "بعد أربعة أيام على هجوم انتحاري نفذه": the maker of another incident
        link = next((j for j in range(i + 1, min(len(words), i + 1 + INITIATIVE_WORDS))
                     if words[j][2] in grammar.words("initiative_links")), None)
        if link is None:
            continue
        end = words[link][1]
        maker = next(iter(sc.actors.starting_in(end, end + MAKER_REACH)), None)
        if maker is not None and maker.actor.id == second.actor.id:
            return Roles(second, first, f"'{w} ... {words[link][2]}' names who started the fight", roles.why1)
    return roles


def _another_kind_at(sc: Scene, start: int, end: int) -> bool:
    """An incident word of another kind than a fight begins at the word ("هجوم انتحاري")."""
    return any(c.cue.type != "Battles" for c in sc.doc.index["cues"].starting_in(start, end))


def pronoun_pair(sc: Scene) -> Roles | None:
    """"إن مجهولين أوقفوا حافلة تنقل ثلاثة جنود، وفتحوا عليهم النار": a verb whose subject is
    not in its clause, with a plural pronoun of people after it (`plural_object_pronouns`), is done
    by the party that opens the sentence to the people named last before it."""
    words = sc.doc.text[sc.cue.start:sc.cue.end].split()[1:] + sc.doc.text[sc.cue.end:sc.cue.end + PRONOUN_CHARS].split()[:2]
    if sc.cue.cue.pos != "verb" or not any(w in grammar.words("plural_object_pronouns") for w in words) \
            or any(a.end <= sc.cue.start for a in sc.in_clause):
        return None
    sent = sc.doc.sentence_at(sc.cue.start)  # the parties stand in a clause with a cue of its own
    before = [a for a in sc.actors.starting_in(sent.start, sc.cue.start) if a.end <= sc.cue.start and not a_teller(sc.doc, a)]
    if len(before) < 2 or before[0].actor.id == before[-1].actor.id or not can_act(sc.doc, before[0]):
        return None
    return Roles(before[0], before[-1], "the party that opens the sentence (the verb's subject is not in its clause)",
                 "the people a plural pronoun after the cue names")


def dual_pair(sc: Scene) -> Roles | None:
    """"اشتباكات بين عشيرتين في البصرة": a party named in the dual right after the between word
    that follows the fight (`dual_sides`) is both its sides."""
    if sc.cue.cue.type != "Battles" or (at := _between_word_after(sc.doc, sc.cue.end, sc.clause[1])) is None:
        return None
    party = next(iter(sc.actors.starting_in(at, at + 2)), None)
    if party is None or not any(grammar.has(w, "dual_sides") for w in sc.doc.text[party.start:party.end].split()):
        return None
    return Roles(party, party, "a party in the dual after 'بين': one side of the fight", "the other side of the dual party")


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
    return _initiator_first(sc, Roles(first, second, "first of the two sides named before 'بين الطرفين'",
                                      "second of the two sides named before 'بين الطرفين'"))


def _sides_word_after(doc: AnalysedDocument, end: int, limit: int) -> bool:
    """"اشتباكات [عنيفة] بين الطرفين": a between word after the cue, then a word for both sides."""
    at = _between_word_after(doc, end, limit)
    word = doc.text[at:limit].split()[:1] if at is not None else []
    return bool(word) and grammar.has(word[0], "both_sides")


def _between_word_after(doc: AnalysedDocument, end: int, limit: int) -> int | None:
    """Where the words after a between word a few characters past the cue (and the weapons it was
    fought with: "اشتباكات بالأسلحة النارية بين عائلتين") begin."""
    end = max([end, *(w.end for w in doc.index["weapons"].starting_in(end, end + MEANS_GAP))])
    for start, role_end, role in doc.roles[bisect_left(doc.role_ends, end):]:
        if start > end + SIDES_CHARS or role_end >= limit:
            return None
        if role == "between" and start >= end:
            return role_end
    return None


def clash_with(sc: Scene) -> Roles | None:
    """"اشتباكات مع X": X is one party, the subject engaged in the clash the other."""
    cue = sc.cue
    with_party = [a for a in sc.in_sent if a.start >= cue.end and with_before(sc.doc, cue.end, a)]
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
    main = [] if other else _subject_before_the_sequel(sc, with_party[0])
    if main:  # "حررت القوات جبالا في المديرية، عقب معارك مع الميليشيا": the subject of the deed it came before
        return Roles(main[0], with_party[0], "the subject of the deed the fight came before ('عقب معارك مع X')",
                     "the other party of 'معارك مع X'")
    return Roles(with_party[0], other[-1] if other else None, "the other party of 'اشتباكات مع X'",
                 "the dead of the clash ('قتل ... في اشتباكات مع X')" if other else "")


def _subject_before_the_sequel(sc: Scene, party: ActorMention) -> list[ActorMention]:
    """The parties of the sentence before the cue's clause when that clause opens with a sequel
    link ("عقب", "بعد": `sequel_links`) right before the cue, the fight's party and tellers left out."""
    opening = sc.doc.text[sc.clause[0]:sc.cue.start].split()
    if len(opening) != 1 or not grammar.has(opening[0], "sequel_links"):
        return []
    return [a for a in sc.doc.index["actors"].starting_in(sc.doc.sentence_at(sc.cue.start).start, sc.clause[0])
            if a.end <= sc.clause[0] and a.actor.id != party.actor.id and not a_teller(sc.doc, a)]


def _attempted(sc: Scene, roles: Roles) -> Roles:
    """"اشتبكت قوات البيشمركة مع مسلحي التنظيم لدى محاولتهم دخول بلدات": who tried to storm or
    advance (the party of "مع", named by the pronoun of the attempt) started the fight."""
    assert roles.actor2 is not None
    words = sc.doc.text[roles.actor2.end:sc.clause[1]].split()[:ATTEMPT_WORDS]
    for i, w in enumerate(words[:-1]):
        if grammar.has(w, "attempt_words") and w.endswith(grammar.suffixes("pronoun_suffixes")) \
                and grammar.has(words[i + 1], "assault_nouns", prepositions=True):
            return Roles(roles.actor2, roles.actor1, f"who tried '{w} {words[i + 1]}' started the fight", roles.why1)
    return roles


def a_teller(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"حسبما قال أحد السكان", "نقلت الهيئة عن الناشط عامر برهان قوله": people right after a verb
    of saying, or quoted ("قوله" after them), tell of the incident."""
    if any(grammar.has(w, "quoting_words") for w in doc.text[a.end:a.end + TELLER_AFTER_CHARS].split()):
        return True
    return any(m.kind == "attribution" and a.word_start >= m.end and (
        a.word_start - m.end <= TELLER_CHARS or _one_of_its_men(doc.text[m.end:a.word_start].split()))
        for m in doc.index["markers"].starting_in(a.word_start - TELLER_CHARS - TELLER_TITLE_CHARS, a.word_start))


def _one_of_its_men(between: list[str]) -> bool:
    """"قال [الضابط في] الشرطة", "قال [متحدث باسم] الجيش": one of a party's men says it."""
    return 0 < len(between) <= TELLER_TITLE_WORDS and between[-1] in grammar.words("teller_links")


PAIR_RULES: tuple[PairRule, ...] = (dual_pair, between_pair, both_sides, clash_with, pronoun_pair, unknown_first_pair)


def answered_side(d: Draft) -> str | None:
    """"وقال الجيش إن قواته ردت على رشق بالحجارة": the subject of a verb of replying (`reply_verbs`)
    right before the cue and its "على" answered the act; it is the other side of it, not its maker."""
    words = d.doc.text[max(d.clause[0], d.cue.start - prefix_len(d.doc, d.cue) - REPLY_CHARS):d.cue.start - prefix_len(d.doc, d.cue)].split()
    if len(words) < 2 or words[-1] not in grammar.words("response_links") or not grammar.has(words[-2], "reply_verbs"):
        return None
    if d.actor1 is not None and d.actor1.end <= d.cue.start and (d.actor2 is None or d.actor2.start > d.cue.start):
        d.actor1, d.actor2 = None, d.actor1
        d.why("actor2", f"'{words[-2]} {words[-1]}': the one who replied to the act is its other side")
    return None


def repelled_by_pronoun(d: Draft) -> str | None:
    """"حاولت قوات النظام اقتحام المدينة، إلا أن مقاتلي المعارضة تصدوا لها": a verb of repelling
    whose object is a pronoun ("لها", "لهم") fought the armed party named before its subject in
    the sentence."""
    words = d.doc.text[d.cue.start:d.cue.end + PRONOUN_CHARS].split()[:2]
    if d.actor1 is None or d.actor2 is not None or len(words) < 2 or not grammar.has(words[0], "repel_verbs") \
            or words[1].rstrip(WORD_END_PUNCT) not in grammar.words("repelled_pronouns"):
        return None
    before = [a for a in d.actors.starting_in(d.sent.start, d.actor1.start)
              if a.end <= d.actor1.start and a.actor.id != d.actor1.actor.id and can_act(d.doc, a)]
    if before:
        d.actor2 = before[-1]
        d.why("actor2", f"'{words[0]} {words[1]}': the party named before the one that repelled it")
    return None


def own_losses(d: Draft) -> str | None:
    """"أعلنت تركيا مقتل جنديين في هجوم على مخفر": a state that announces the loss of its own forces
    tells of the attack it suffered; it did not make it."""
    a1, a2 = d.actor1, d.actor2
    if a1 is None or a1.end > d.cue.start or a1.actor.inter not in (Inter.STATE, Inter.EXTERNAL) \
            or not d.doc.index["deaths"].starting_in(a1.end, d.cue.start):  # it tells of deaths first
        return None
    told = d.doc.text[a1.end:d.cue.start]
    if any(grammar.has(w, "enemy_dead") for w in told.split()):
        return None  # "أعلنت قيادة العمليات مقتل 40 إرهابيا في قصف لطيران الجيش": the enemy's dead, no loss
    own_men = _own_men(d, a1.end, d.cue.start)  # "مقتل ثلاثة من عناصرها"
    if not own_men and (a2 is None or a2.actor.inter != Inter.STATE or a2.actor.country not in (None, a1.actor.country)):
        return None
    if any(m.kind == "attribution" and 0 <= a1.word_start - m.end <= 2
           for m in d.doc.index["markers"].starting_in(a1.word_start - 40, a1.word_start)):
        d.actor1, d.actor2 = None, d.actor2 or (a1 if own_men else None)
        d.why("actor1", "the state that tells of its own losses did not attack itself")
    return None


def _own_men(d: Draft, start: int, end: int) -> bool:
    """"من عناصرها", "من جنوده": the speaker's own men, named by a noun with its pronoun; not the
    subject of a killing verb with the count of the dead after it ("إن طائراته الحربية قتلت 25 من
    المسلحين": its men or its aircraft killed)."""
    words = [m.group() for m in WORD.finditer(d.doc.text, start, end)]
    return any(grammar.has_with_pronoun(w, "own_men_nouns") and not _kills_after(words[i + 1:i + 4]) for i, w in enumerate(words))


def _kills_after(words: list[str]) -> bool:
    """A killing verb among the first two `words` (an adjective may stand before it), then a count."""
    at = next((i for i, w in enumerate(words[:2]) if grammar.has(w, "killing_verbs")), None)
    return at is not None and at + 1 < len(words) and (words[at + 1].isdigit() or parse_number(words[at + 1]) is not None)


def dead_of_both_sides(d: Draft) -> str | None:
    """"أسفرت الاشتباكات عن مقتل ثمانية من عناصر النظام وأربعة من مقاتلي المعارضة": a fight that
    names one side, whose dead after it in its clause are counted of that side and of another party:
    the other party is its other side."""
    if d.etype != BATTLES or (d.actor1 is None) == (d.actor2 is None) \
            or grammar.has(d.doc.text[d.cue.start:d.cue.end].split()[0], "death_cues"):
        return None  # ("مقتل 37 من داعش و16 من البيشمركة في هجمات متفرقة": the dead of many, no fight named)
    known = d.actor1 or d.actor2
    assert known is not None
    after = [a for a in d.actors.starting_in(d.cue.end, d.clause[1]) if not a.reference]
    at = next((i for i, a in enumerate(after) if a.actor.id == known.actor.id and named_as_hurt(d.doc, a)), None)
    if at is None or at + 1 >= len(after):
        return None
    other = after[at + 1]  # "[وأربعة من] مقاتلي المعارضة": a count joined to the first dead, and "من"
    gap = d.doc.text[after[at].end:other.word_start].split()
    if other.actor.id == known.actor.id or not can_act(d.doc, other) or len(gap) != 2 or gap[1] not in grammar.words("partitives") \
            or gap[0][:1] not in grammar.words("clitic_conjunctions") or parse_number(gap[0][1:]) is None:
        return None
    if d.actor1 is None:
        d.actor1 = other
    else:
        d.actor2 = other
    d.why("actor1" if d.actor1 is other else "actor2", "the other party whose dead the fight counts beside the side named")
    return None


def pelted_force(d: Draft) -> str | None:
    """"ورشق قوات حفظ النظام بالحجارة": a force rioters pelt is acted on; the rioters act."""
    if d.etype == RIOTS and d.actor1 is not None and d.actor1.actor.inter == Inter.STATE \
            and (d.actor2 is None or d.actor2.actor.inter == Inter.CIVILIANS):
        d.actor1, d.actor2 = None, d.actor1
    return None
