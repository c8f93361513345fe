"""Who the text says made an incident: the party a speaker ascribes it to ("نسبت الشرطة الهجوم إلى
التنظيم"), blames or names in a relative clause of making ("التفجير الذي نفذه التنظيم"), or who
stood behind it ("أن داعش يقف وراء الاعتداء"). Steps of `marsad.extract.steps.STEPS`, each with a
table test of sentences.
"""

from __future__ import annotations

import re

from marsad.acled import Inter
from marsad.extract import grammar
from marsad.extract.context import WORD, prefix_len
from marsad.extract.draft import Draft
from marsad.extract.mentions import ActorMention
from marsad.extract.modality import blamed_party

ASCRIPTION_WORDS = 20  # "هجوما انتحاريا [داميا أوقع 30 قتيلا ... السورية]، نسبته الحكومة": the cue and its verb
ASCRIPTION_NEAR_WORDS = 14  # "نسبت [السلطات التركية] الهجوم [الذي وقع أمس في سروج] إلى": no other cue needed between
MAKER_CHARS = 16  # "التفجير [الذي نفذه] تنظيم": the relative pronoun and the verb right after the noun
MAKER_PHRASE_CHARS = 8  # "[قام بها]": the pronoun after a verb of making
BLAME_SUBJECT_WORDS = 4  # "ألقت [السلطات التركية] باللوم": the verb, its subject, the blame
BLAME_LINK_WORDS = 3  # "باللوم [فيه] على": the blame word and the على that names the party
LINK_REACH = 12  # "إلى [ما يسمى] تنظيم": the party's name a few characters after إلى
MAKER_PARTY_WORDS = 3  # "أن داعش [هو من] يقف وراء": words between the party and the predicate of making
HELD_WORDS = 8  # "[حملت السلطات مسؤوليته لحزب]": from the cue to the party held responsible
PREDICATE_CHARS = 24  # "[يقف وراء ]الاعتداء": the two words right before the incident noun


def ascribed(d: Draft) -> str | None:
    """"نسبت الشرطة الهجوم إلى التنظيم", "هجوم نسبته الحكومة إلى داعش": the party named after إلى
    is who made the incident; who ascribes it to them only tells of it (no party)."""
    text, cue = d.doc.text, d.cue
    if _blamed(d):
        return None
    said = text[d.sent.start:d.sent.end].split()
    if grammar.forms("ascription_verbs").isdisjoint(said) and grammar.forms("blame_throwing_verbs").isdisjoint(said):
        return None  # (no ascription verb among the sentence's words: nothing below applies)
    words = [(m.start(), m.group()) for m in WORD.finditer(text, d.sent.start, d.sent.end)]
    at = next((i for i, (s, _) in enumerate(words) if s >= cue.start), len(words))
    for i, (start, w) in enumerate(words):
        verb = _ascription_at(words, i)
        if verb is None or abs(i - at) > ASCRIPTION_WORDS:
            continue
        links, reach, blamed = verb
        if abs(i - at) > ASCRIPTION_NEAR_WORDS and d.doc.index["cues"].starting_in(min(cue.end, start), max(cue.start, start) - 1):
            continue  # far from the cue, another incident word between: the verb ascribes that one
        if start < d.clause[0]:  # "ونسب إلى حزب العمال، في وقت واصلت أنقرة قصفها": another clause's maker
            continue
        if cue.end <= start and any(grammar.has(v, "response_heads") for _, v in words[at:i]):
            continue  # "قتل شرطيين ردا على الهجوم الذي نسب إلى داعش": the maker of what it answered
        named_at = _named_at(words, links, max(blamed, at) + 1, reach)
        if named_at is None:
            continue
        named = [a for a in d.actors.starting_in(named_at, named_at + LINK_REACH)
                 if a.actor.inter not in (Inter.CIVILIANS, None)]
        named = [a for a in named if a.actor.id != "unidentified"] or named  # "إلى مسلحين من تنظيم داعش"
        if named:  # "ونسب الهجوم إلى X" names the maker of the incident told before ("الهجوم" right by the verb)
            d.actor1, d.ascribed = named[0], not d.doc.index["cues"].starting_in(min(cue.end, start), max(cue.start, start) - 1)
            if d.actor2 is not None and d.actor2.actor.id == named[0].actor.id:
                d.actor2 = None
            d.why("actor1", f"'{w}' ascribes it to '{text[named[0].start:named[0].end]}': who made it")
        elif d.actor1 is not None and start < d.actor1.start < cue.start:  # "عزت الشرطة الانفجار إلى خلل"
            d.why("actor1", f"'{text[d.actor1.start:d.actor1.end]}' ascribes it ('{w}'): no party")
            d.actor1 = None
        return None
    return None


def _blamed(d: Draft) -> bool:
    """"وحمل المكتب الحزب المسؤولية عن الهجوم", "وهو هجوم حملت السلطات مسؤوليته لحزب العمال": the
    party blamed made it (who blames them is no party)."""
    text = d.doc.text
    if (culprit := blamed_party(d)) is not None:
        d.actor1, d.ascribed = culprit, bool(d.reference)
        if d.actor2 is not None and d.sent.start <= d.actor2.start < culprit.start:
            d.actor2 = None
        d.why("actor1", f"'{text[culprit.start:culprit.end]}' is blamed for it: who made it")
        return True
    if (held := _held_responsible(d)) is not None:
        d.actor1, d.ascribed = held, bool(d.reference)
        d.why("actor1", f"'{text[held.start:held.end]}' is held responsible for it: who made it")
        return True
    return False


def _held_responsible(d: Draft) -> ActorMention | None:
    """"وهو هجوم حملت السلطات مسؤوليته لحزب العمال الكردستاني": after the cue in its clause, a verb
    of blaming (`blame_verbs`), its subject, the responsibility with the incident's pronoun
    (`held_responsibilities`) and the party glued to ل right after it: who made it."""
    words = list(WORD.finditer(d.doc.text, d.cue.end, d.clause[1]))[:HELD_WORDS]
    verb = next((i for i, m in enumerate(words) if grammar.has(m.group(), "blame_verbs")), None)
    if verb is None:
        return None
    held = next((i for i in range(verb + 1, min(len(words), verb + BLAME_SUBJECT_WORDS + 1))
                 if grammar.has(words[i].group(), "held_responsibilities")), None)
    if held is None or held + 1 >= len(words) or not words[held + 1].group().startswith("ل"):
        return None
    at = words[held + 1].start()
    return next((a for a in d.actors.starting_in(at, at + 2) if a.word_start == at and not a.reference
                 and a.actor.inter not in (Inter.CIVILIANS, None)), None)


def _ascription_at(words: list[tuple[int, str]], i: int) -> tuple[str, int, int] | None:
    """The verb of ascribing at word i: the links that name its party, how far after the verb (or
    the blame word) they may stand, and the index of the word the link search starts after. A
    verb of ascribing takes إلى; thrown blame ("ألقى باللوم", "ألقيت المسؤولية") takes على a
    couple of words after the blame ("باللوم فيه على"), its subject possibly between."""
    w = words[i][1]
    if grammar.has(w, "ascription_verbs"):
        return "ascription_links", ASCRIPTION_WORDS, i
    if grammar.has(w, "blame_throwing_verbs"):
        blame = next((j for j in range(i + 1, min(len(words), i + 1 + BLAME_SUBJECT_WORDS))
                      if words[j][1] in grammar.words("blame_objects")), None)
        if blame is not None:
            return "blame_links", BLAME_LINK_WORDS, blame
    return None


def _named_at(words: list[tuple[int, str]], links: str, after: int, reach: int) -> int | None:
    """Where the party an ascription names begins: after its link ("إلى X", "باللوم فيه على X"),
    or the word a link is joined to ("ونسب لتنظيم الدولة"); None when no link follows."""
    link = next((j for j in range(after, min(len(words), after + reach)) if words[j][1] in grammar.words(links)), None)
    if link is not None and link + 1 < len(words):
        return words[link + 1][0]
    if links == "ascription_links" and after < len(words) and words[after][1].startswith(grammar.suffixes("purpose_proclitics")):
        return words[after][0]
    return None


def made_by_in_relative(d: Draft) -> str | None:
    """"التفجير الانتحاري الذي نفذه تنظيم داعش": a relative clause right after an incident's noun
    whose verb of making (`maker_verbs`) carries the incident's pronoun names who made it; told
    again with no day of its own, it gives its maker to the incident told elsewhere."""
    cue, text = d.cue, d.doc.text
    if cue.cue.pos != "noun":
        return None
    words = [m for m in WORD.finditer(text, cue.end, min(d.clause[1], cue.end + MAKER_CHARS + MAKER_PHRASE_CHARS))][:3]
    # "عملية الاختطاف قام بها الحزب", "في تفجيرات تبناها التنظيم": the verb right after the noun, no
    # relative pronoun (an indefinite noun's relative clause has none)
    at = 1 if words and words[0].group() in grammar.words("relative_pronouns") else 0
    end = _maker_verb_end(words[at:])
    if end is None:
        return None
    named = [a for a in d.actors.starting_in(end, end + LINK_REACH) if a.actor.inter not in (Inter.CIVILIANS, None)]
    if not named:
        return None
    d.actor1, d.ascribed = named[0], True
    if d.actor2 is not None and d.actor2.actor.id == named[0].actor.id:
        d.actor2 = None
    d.why("actor1", f"'{text[words[at].start():end]}' after it names its maker: '{text[named[0].start:named[0].end]}'")
    return None


def _maker_verb_end(words: list[re.Match[str]]) -> int | None:
    """Where the verb of making that opens `words` ends: one word with the incident's pronoun
    ("نفذه", `maker_verbs`) or a verb and the pronoun after it ("قام بها", `maker_phrases`)."""
    if words and grammar.has(words[0].group(), "maker_verbs"):
        return words[0].end()
    if len(words) >= 2 and f"{words[0].group()} {words[1].group()}" in grammar.words("maker_phrases"):
        return words[1].end()
    return None


def maker_predicate(d: Draft) -> int | None:
    """Where a predicate of making (`maker_predicates`) right before the incident noun begins:
    "تنظيم داعش يقف وراء الاعتداء", "الحزب مسؤول عن التفجير"."""
    if d.cue.cue.pos != "noun":
        return None
    start = d.cue.start - prefix_len(d.doc, d.cue)
    before = list(WORD.finditer(d.doc.text, max(d.clause[0], start - PREDICATE_CHARS), start))[-2:]
    predicates = grammar.words("maker_predicates")
    if len(before) == 2 and f"{before[0].group()} {before[1].group()}" in predicates:
        return before[0].start()
    return before[-1].start() if before and before[-1].group() in predicates else None  # "بتنفيذ الهجوم"


def _before_an_aside(d: Draft, at: int) -> tuple[int, int]:
    """Where the party of a predicate of making may stand: its clause up to the predicate, or, when
    a relative clause set off by commas ends right before the predicate, the clause before that
    aside up to where the aside opens."""
    text = d.doc.text
    closed = text[d.sent.start:at].rstrip()
    if not closed.endswith("،"):
        return d.clause[0], at
    opened = text.rfind("،", d.sent.start, d.sent.start + len(closed) - 1)
    aside = text[opened + 1:d.sent.start + len(closed) - 1].split()[:1] if opened >= 0 else []
    if not aside or aside[0] not in grammar.words("relative_pronouns"):
        return d.clause[0], at
    return d.doc.clause_at(max(d.sent.start, opened - 1))[0], opened


def stood_behind(d: Draft) -> str | None:
    """"تشير إلى أن حزب العمال يقف وراء التفجير": the party right before a predicate of making made
    the incident the definite noun after it names (told elsewhere: the noun only merges)."""
    at = maker_predicate(d)
    if at is None:
        return None
    lo, upto = _before_an_aside(d, at)  # "اتهمت الهند جماعة جيش محمد، التي تتخذ من باكستان مقرا لها، بتنفيذ"
    named = [a for a in d.actors.starting_in(lo, upto) if a.actor.inter not in (Inter.CIVILIANS, None)
             and len(d.doc.text[a.end:upto].split()) <= MAKER_PARTY_WORDS
             and not grammar.any_of(d.doc.text[lo:a.word_start].split()[-1:], "accusation_verbs")]
    if not named:
        return None
    d.actor1, d.ascribed = named[-1], True
    if d.actor2 is not None and d.actor2.actor.id == d.actor1.actor.id:
        d.actor2 = None
    d.why("actor1", f"'{d.doc.text[d.actor1.start:d.actor1.end]}' stands behind it: who made it")
    return None
