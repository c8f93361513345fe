"""The scan of one normalized text for every mention: each lexicon is compiled once into a
`PhraseMatcher` (cached); `find_mentions(text)` runs them all over the text and returns the typed
mentions of `marsad.extract.mentions` with offsets into that text (actors with their
nationalities, cues, split cues, weapons, markers, sources, numbers and fatalities).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache
from typing import TypeVar

from marsad import lexicon
from marsad.acled import NON_STATE_ARMED
from marsad.extract import grammar
from marsad.extract.fatalities import fatality_matcher, find_fatalities, in_the_headline
from marsad.extract.mentions import (
    COUNT_GAP,
    WORD_END,
    ActorInfo,
    ActorMention,
    CueInfo,
    CueMention,
    Marker,
    Mentions,
    SourceMention,
    WeaponMention,
    actor_matcher,
    adjective_countries,
    loyal_forces,
    nationalities_in,
    state_forces,
)
from marsad.extract.numbers import NumberMention, find_numbers, parse_number
from marsad.extract.times.vocab import day_words
from marsad.text.match import Match, PhraseMatcher, drop_contained
from marsad.text.morphology import morphology
from marsad.text.normalize import norm_key

T = TypeVar("T")


@cache
def cue_matcher() -> PhraseMatcher[CueInfo]:
    entries: list[tuple[str, CueInfo]] = []
    for e in lexicon.section("cues.yaml", "cues"):
        info = CueInfo(e["type"], e["sub"], e.get("default"), e["pos"], e.get("weapon"), float(e["strength"]),
                       bool(e.get("counted")))
        entries.extend((t, info) for t in e["ar"])
    return PhraseMatcher(entries, shared=True)


@cache
def split_cue_matcher() -> PhraseMatcher[tuple[int, tuple[tuple[tuple[str, ...], CueInfo], ...]]]:
    """The verbs of cues whose object a subject may stand before ("أطلق مسلحون النار على"), with
    the most words the subject may take and the objects that may follow it, each with the kind of
    cue it makes (its own, or the verb's)."""
    entries: list[tuple[str, tuple[int, tuple[tuple[tuple[str, ...], CueInfo], ...]]]] = []
    objects = {e["id"]: e for e in lexicon.section("cues.yaml", "split_cue_objects")}
    for e in lexicon.section("cues.yaml", "split_cues"):
        info = CueInfo(e["type"], e["sub"], e.get("default"), "verb", e.get("weapon"), float(e["strength"]))
        ids = e["objects"] if isinstance(e["objects"], list) else [e["objects"]]
        kinds = tuple((tuple(objects[i]["ar_norm"]), _object_kind(objects[i], info)) for i in ids)
        entries.extend((t, (int(e["gap"]), kinds)) for t in e["ar"])
    return PhraseMatcher(entries, shared=True)


def _object_kind(o: lexicon.Entry, verb: CueInfo) -> CueInfo:
    """The kind of cue an object makes: its own when it has a type ("صواريخ على": a shelling)."""
    if "type" not in o:
        return verb
    return CueInfo(o["type"], o["sub"], o.get("default"), "verb", o.get("weapon"), float(o["strength"]))


def _split_cues(text: str) -> list[CueMention]:
    """"أطلق مسلحون مجهولون النار على", "فجر مسلحون عبوة ناسفة": the verb is the cue when its object
    follows a subject of one to `gap` words (the verb and object side by side are a phrase of the
    cue lexicon)."""
    out = []
    for m in split_cue_matcher().find(text):
        gap, kinds = m.payload
        words = _without_day_aside(text[m.end:m.end + 24 * (gap + 3)].split())
        # "غرفة عمليات فتح حلب، كما فتحت القوات النيران": the object stands in the verb's own clause
        reach = next((i for i, w in enumerate(words) if w[-1] in CLAUSE_MARKS and w.rstrip(CLAUSE_MARKS) not in day_words(DAY_WORDS)),
                     len(words))  # ("فتحوا أمس، النار": a day between commas stays in the clause)
        if words and text[m.start:m.end] in grammar.words("dawn_words") and words[0] in day_words(DAY_WORDS):
            continue  # "هجوما فجر اليوم على مقر الفرقة": "فجر" before a day is its dawn, no verb
        # "اعترضت روسيا على نشر صواريخ": the verb took its preposition (objected), no object follows
        stop = next((i for i, w in enumerate(words) if w in grammar.words("split_cue_breaks")), len(words))
        for objects, info in kinds:
            if any(_object_at(words[i:], objects) for i in range(1, min(gap, reach, stop) + 1)):
                out.append(CueMention(m.start, m.end, info))
                break
    return out


DAY_WORDS = 2  # the most words of a day between an object and its preposition ("مساء أمس")
MODEL_WORDS = 2  # "من طراز [كروز توماهوك]": the words of a weapon's model between it and its preposition


def _without_day_aside(words: list[str]) -> list[str]:
    """"أحبطت القوات البرية، فجر اليوم، محاولة تسلل": a day set off by commas after the subject is
    an aside; the words read on past it as one clause (a comma set apart by spaces too)."""
    for i in range(len(words) - 1, 0, -1):
        if words[i] in ("،", ","):
            words = words[:i - 1] + [words[i - 1] + words[i]] + words[i + 1:]
    for i, w in enumerate(words[:-1]):
        if not w.endswith(("،", ",")):
            continue
        for k in range(1, DAY_WORDS + 1):
            aside = words[i + 1:i + 1 + k]
            if len(aside) == k and aside[-1].endswith(("،", ",")) \
                    and all(a.rstrip("،,") in day_words(DAY_WORDS) for a in aside):
                return words[:i] + [w.rstrip("،,")] * (w.rstrip("،,") != "") + words[i + 1 + k:]
    return words


MEDIA_CHARS = 12  # "[قناة ]المسيرة": the word of the media right before the name
CLAUSE_MARKS = "،,؛;.:"  # a mark that ends the verb's clause before its object


def _object_at(words: list[str], objects: tuple[str, ...]) -> bool:
    """The words start with one of the objects, the object's first word perhaps apart from the rest
    by a day ("النار أمس على"); one that ends in "على" not before a word of manner ("صواريخ على
    نحو مفاجئ": "in a way", not "at")."""
    days = next((i for i, w in enumerate(words[1:DAY_WORDS + 2]) if w not in day_words(DAY_WORDS)), 0)
    if days:
        words = words[:1] + words[1 + days:]
    if " ".join(words[1:3]) in grammar.words("model_phrases"):  # "صاروخا [من طراز توماهوك] على"
        return any(_object_at(words[:1] + words[3 + k:], objects) for k in range(1, MODEL_WORDS + 1))
    rest = " ".join(words)
    found = next((o for o in objects if rest.startswith(o)), None)
    if found is None:
        return False
    after = words[len(found.split()):][:2]
    manner = bool(after) and after[0] in grammar.words("manner_after_on") \
        and not (len(after) > 1 and parse_number(after[1]) is not None)  # "على نحو عشرة": about ten
    return not (found.endswith(" علي") and manner)


@cache
def weapon_matcher() -> PhraseMatcher[tuple[str, str, int]]:
    return PhraseMatcher(
        ((t, (e["weapon"], e["sub"], int(e["rank"]))) for e in lexicon.section("cues.yaml", "weapons") for t in e["ar"]),
        shared=True)


@cache
def marker_matcher() -> PhraseMatcher[str]:
    entries: list[tuple[str, str]] = []
    for e in lexicon.section("modality.yaml", "modality"):
        entries.extend((t, f"modality:{e['modality']}") for t in e["ar"])
    for kind in ("future", "negation", "background", "aggregate", "habitual", "flashback"):
        for e in lexicon.section("modality.yaml", kind):
            entries.extend((t, kind) for t in e["ar"])
    for e in lexicon.section("modality.yaml", "negation_idioms"):  # longer than the "لا" they hide
        entries.extend((t, "idiom") for t in e["ar"])
    for e in lexicon.section("modality.yaml", "attribution_verbs"):
        entries.extend((t, "attribution") for t in e["ar"])
    return PhraseMatcher(entries, shared=True)


@cache
def source_matcher() -> PhraseMatcher[str]:
    return PhraseMatcher(((t, e["source"]) for e in lexicon.section("modality.yaml", "sources") for t in e["ar"]),
                         shared=True)


# ---------------------------------------------------------------- finding


def _first_of_overlaps(matches: list[Match[T]]) -> list[Match[T]]:
    """Of two cues that overlap without one containing the other ("تفكيك العبوات الناسفة"), the
    one that starts first is the event; same-span matches are all kept."""
    out: list[Match[T]] = []
    for m in matches:
        if out and m.start < out[-1].end and m.start > out[-1].start:
            continue
        out.append(m)
    return out


def _inside_any(pos: int, spans: tuple[list[int], list[int]]) -> bool:
    """Whether a <= pos < b for one of the spans (as `_sorted_spans` gives them): a bisection."""
    k = bisect_right(spans[0], pos) - 1
    return k >= 0 and spans[1][k] > pos


def _sorted_spans(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Starts of the spans in order, and the running maximum of their ends."""
    ordered = sorted(spans)
    reach: list[int] = []
    for _a, b in ordered:
        reach.append(max(reach[-1], b) if reach else b)
    return [a for a, _b in ordered], reach


@cache
def _police_nationalities() -> dict[str, dict[str, ActorInfo]]:
    """By head ("السلطات", "الشرطة", "قوات الأمن") and nationality adjective, that state's police
    (the `police` heads) or forces (the `security` heads)."""
    out: dict[str, dict[str, ActorInfo]] = {}
    nations = lexicon.section("actors.yaml", "nationalities")
    for section in ("police", "security"):
        by_adjective: dict[str, ActorInfo] = {}
        for nat in nations:
            info = ActorInfo(f"police-{nat['country']}", f"Police Forces of {nat['country']}", 1, nat["country"], None) \
                if section == "police" else state_forces(nat["country"])
            assert info is not None
            for adj in nat.get("f", []):
                by_adjective.setdefault(norm_key(adj), info)
        out.update({k: by_adjective for e in lexicon.section("actors.yaml", section) for k in e["ar_norm"]})
    return out


def _with_nationality(text: str, a: ActorMention) -> ActorMention:
    """"السلطات المغربية", "الشرطة الفرنسية", "قوات الأمن التركية": a police or security head and
    the adjective of a state after it are that state's police or forces (looked up after the match: composing every pair costs the automaton
    thousands of phrases)."""
    by_adjective = _police_nationalities().get(text[a.start:a.end])
    if a.reference or by_adjective is None:
        return a
    rest = text[a.end:a.end + 30].split()
    for n in (2, 1):  # "الكورية الجنوبية" before "الكورية"
        adj = " ".join(rest[:n])
        if len(rest) >= n and adj in by_adjective:
            return ActorMention(a.start, text.index(adj, a.end) + len(adj), by_adjective[adj], False, a.word_start)
    return a


OPENING_MARKS = '«"\u201c/\''  # marks some outlets put before a group's name ("لتنظيم «داعش»", "من تنظيم / داعش /")
CLOSING_NAME_MARKS = '»"\u201d/\''  # the marks after it
CALLED_CHARS = 30  # "«حسم»": the longest name in marks after a phrase of naming


@cache
def _naming_matcher() -> PhraseMatcher[str]:
    return PhraseMatcher((t, "naming") for t in grammar.words("naming_phrases"))


def _called_groups(text: str, named: list[ActorMention]) -> list[ActorMention]:
    """"أعلنت حركة تسمى «حسم» مسؤوليتها", "جماعة تطلق على نفسها اسم «X»": a group's head noun
    (`group_heads`), a phrase of naming (`naming_phrases`), then a name in marks name the group
    that the head and the name make ("حركة حسم"), from the head to the name's end."""
    found = []
    for m in _naming_matcher().find_longest(text):
        at = m.end + (text[m.end] == " " if m.end < len(text) else 0)
        if at >= len(text) or text[at] not in OPENING_MARKS:
            continue
        close = next((i for i in range(at + 1, min(len(text), at + CALLED_CHARS)) if text[i] in CLOSING_NAME_MARKS), None)
        word_start = text.rfind(" ", 0, max(0, m.word_start - 1)) + 1
        word = text[word_start:m.word_start].strip()
        head = next((h for h in grammar.suffixes("group_heads") if word.endswith(h)), None)
        if close is None or head is None or not grammar.has(word, "group_heads", prepositions=True):
            continue
        name = f"{head} {text[at + 1:close].strip()}"
        hit = next((h for h in actor_matcher().find_longest(name) if h.start == 0 and h.end == len(name)), None)
        if hit is not None:
            start = m.word_start - 1 - len(head)
            found.append(ActorMention(start, close, hit.payload[0], hit.payload[1], word_start))
    if not found:
        return named
    return sorted([a for a in named if not any(a.start < f.end and f.start < a.end for f in found)] + found,
                  key=lambda a: a.start)


LOYAL_HEAD_WORDS = 2  # "قوات [يمنية] موالية": the words between a force's head and the word of loyalty
LOYAL_LEADER_WORDS = 4  # "الموالية [للرئيس المخلوع علي عبدالله] صالح": from the word of loyalty to the leader's


@cache
def _loyalty_matcher() -> PhraseMatcher[str]:
    return PhraseMatcher((t, "loyal") for t in grammar.words("loyal_words"))


def _loyal_forces(text: str, named: list[ActorMention]) -> list[ActorMention]:
    """"قوات موالية للرئيس عبدربه منصور هادي", "قوات الأمن الخاصة الموالية للرئيس المخلوع": a force's
    head (`loyal_force_heads`, or a force the lexicon names right before), a word of loyalty
    (`loyal_words`) and, in the next words of its clause, a leader's word (actors.yaml `loyalties`,
    after `loyalty_links`): that leader's forces, from the head to the leader's word."""
    found: list[ActorMention] = []
    for m in _loyalty_matcher().find_longest(text):
        leader = _leader_after(text, m.end)
        if leader is None:
            continue
        # "والموالين لصالح": the loyalists joined to the party before are a party of their own
        joined = m.word_start < m.start and text[m.word_start:m.start] in grammar.words("conjunctions")
        head = (m.start, m.word_start) if joined else _force_head(text, m.word_start, named)
        if head is not None:
            found.append(ActorMention(head[0], leader[1], leader[0], False, head[1]))
    if not found:
        return named
    return sorted([a for a in named if not any(a.start < f.end and f.start < a.end for f in found)] + found,
                  key=lambda a: a.start)


def _leader_after(text: str, at: int) -> tuple[ActorInfo, int] | None:
    """The forces of the leader named in the words after a word of loyalty, and where his word ends."""
    loyal = loyal_forces()
    for i, m in enumerate(LETTERS.finditer(text, at, min(len(text), at + LOYAL_CHARS))):
        if i >= LOYAL_LEADER_WORDS or (i and text[at:m.start()].rstrip().endswith(CLAUSE_ENDS)):
            return None
        word = m.group() if i else _object_of_the_link(m.group())
        if word is None or (i == 0 and grammar.has(m.group(), "loyal_pronouns")):
            return None  # "الموالين لهم": loyal to the party told before, no leader named
        if word in loyal:
            return loyal[word], m.end()
        if i == 0 and not grammar.has(word, "leader_titles"):
            return None  # only a title stands before the leader's word ("للرئيس المخلوع"), not "للحكومة إن الحوثيين"
    return None


def _object_of_the_link(word: str) -> str | None:
    """"للرئيس" → "الرئيس", "لهادي" → "هادي": the word after the preposition of loyalty
    (`loyalty_links`), its article given back its alef; None when no such preposition opens it."""
    m = morphology()
    for link in grammar.words("loyalty_links"):
        elided = link + m.attach_article(link, m.article)
        if word.startswith(elided) and elided != link + m.article:
            return m.article + word[len(elided):]
        if word.startswith(link):
            return word[len(link):]
    return None


def _force_head(text: str, at: int, named: list[ActorMention]) -> tuple[int, int] | None:
    """Where the head of the forces a word of loyalty at `at` describes starts, and where its word
    starts (proclitics included): a force named right before, or a head word a few words back."""
    before = next((a for a in named if 0 <= at - a.end <= 1 and not a.reference), None)
    if before is not None:
        return before.start, before.word_start if before.word_start >= 0 else before.start
    words = list(LETTERS.finditer(text, max(0, at - LOYAL_HEAD_CHARS), at))[-(LOYAL_HEAD_WORDS + 1):]
    for m in reversed(words):
        if grammar.has(m.group(), "loyal_force_heads", prepositions=True):
            head = next(h for h in grammar.suffixes("loyal_force_heads") if m.group().endswith(h))
            return m.end() - len(head), m.start()
        if text[m.end():at].strip(" ").startswith(CLAUSE_ENDS):
            return None
    return None


LOYAL_CHARS = 60
LOYAL_HEAD_CHARS = 40
LETTERS = re.compile(r"\w+")  # a word without the marks around it
CLAUSE_ENDS = ("،", ",", ".")  # a phrase of loyalty does not reach past these


def _second_nationality(text: str, named: list[ActorMention]) -> list[ActorMention]:
    """"القوات الهندية والباكستانية": a second nationality adjective joined by "و" right after a
    state's forces named with theirs shares the head: that state's forces too (a party of its own)."""
    out = list(named)
    for a in named:
        if a.reference or a.actor.country is None or text[a.end:a.end + 2] != " و":
            continue
        word = text[a.end + 2:a.end + 2 + SECOND_NATIONALITY_CHARS].split()[:1]
        adjective = word[0].rstrip(WORD_END) if word else ""
        found = adjective_countries().get(adjective) if adjective.startswith("ال") else None
        info = state_forces(found) if found and found != a.actor.country \
            and nationalities_in(text[a.word_start:a.end]) == {a.actor.country} else None
        if info is not None:
            out.append(ActorMention(a.end + 2, a.end + 2 + len(adjective), info, False, a.end + 1))
    return sorted(out, key=lambda m: m.start) if len(out) > len(named) else named


SECOND_NATIONALITY_CHARS = 24  # "والباكستانية": the adjective after the conjunction


def _with_quoted_head(text: str, a: ActorMention) -> ActorMention:
    """"هدفا لتنظيم «داعش»": the head noun of a group (`group_heads`) before the marks around its
    name is part of the name, with its proclitics, and so is a noun of its men before the head or
    right before the marks ("عناصر «داعش»": `member_nouns`): the words before them give the name's
    role, as they do without the marks."""
    if a.reference or a.word_start != a.start:
        return a
    i = a.start
    while i > 0 and text[i - 1] in OPENING_MARKS:
        i -= 1
    if i == a.start or i < 2 or text[i - 1] != " ":
        return a
    i -= 1
    word_start = text.rfind(" ", 0, i) + 1
    word = text[word_start:i]
    if not grammar.has(word, "group_heads", prepositions=True):
        men = next((m for m in grammar.suffixes("member_nouns") if word.endswith(m)), None)
        if men is not None and grammar.has(word, "member_nouns", prepositions=True):  # "بين عناصر «داعش»"
            return ActorMention(i - len(men), a.end, a.actor, a.reference, word_start)
        return a
    head = next((h for h in grammar.suffixes("group_heads") if word.endswith(h)), word)
    start = i - len(head)
    if word == head and word_start > 1:  # "عناصر تنظيم «داعش»": the group's men, as "عناصر تنظيم داعش" is
        before_start = text.rfind(" ", 0, word_start - 1) + 1
        before = text[before_start:word_start - 1]
        men = next((m for m in grammar.suffixes("member_nouns") if before.endswith(m)), None)
        if men is not None and grammar.has(before, "member_nouns", prepositions=True):
            return ActorMention(word_start - 1 - len(men), a.end, a.actor, a.reference, before_start)
    return ActorMention(start, a.end, a.actor, a.reference, word_start)


def _outside_names(text: str, actors: tuple[ActorMention, ...], cues: tuple[CueMention, ...],
                   weapons: list[WeaponMention]) -> list[WeaponMention]:
    """"الفصائل المقاتلة" names fighters, not fighter jets: a weapon word inside an actor's name
    whose first word is no attack or weapon is part of the name ("قصف جوي عراقي", "الغارات
    التركية" keep theirs)."""
    starts = [a.start for a in actors]
    heads = sorted([c.start for c in cues] + [w.start for w in weapons])
    out = []
    for w in weapons:
        i = bisect_right(starts, w.start) - 1
        a = actors[i] if i >= 0 else None
        if a is None or not (a.start < w.start and w.end <= a.end):
            out.append(w)
            continue
        first_end = text.find(" ", a.start, a.end)
        first_end = a.end if first_end < 0 else first_end
        j = bisect_left(heads, a.start)
        if j < len(heads) and heads[j] < first_end:
            out.append(w)
    return out


def _names_a_channel(text: str, start: int) -> bool:
    """"قناة المسيرة", "قناة «المسيرة»": a weapon word right after a word of the media (`media_heads`)
    names an outlet."""
    before = [w for w in (x.strip(OPENING_MARKS + CLOSING_NAME_MARKS) for x in text[max(0, start - MEDIA_CHARS):start].split())
              if w][-1:]
    return bool(before) and grammar.has(before[0], "media_heads", prepositions=True)


def _counted(a: ActorMention, numbers: list[NumberMention]) -> bool:
    """A count right before the party's word ("16 مسلحا", "عشرين مسلحا")."""
    return any(a.word_start - COUNT_GAP <= n.end <= a.word_start and not n.ordinal for n in numbers)


def _group_named(text: str, a: ActorMention, named: list[ActorMention]) -> bool:
    """"اشتبكت مع عناصر داعش ... ما أسفر عن مقتل 22 مسلحا": the gunmen counted in a sentence that
    names an armed group are its men, no unidentified party."""
    start, end = text.rfind(".", 0, a.start) + 1, text.find(".", a.end)
    end = len(text) if end < 0 else end
    return any(start <= b.start < end and (b.actor.inter in NON_STATE_ARMED or b.actor.refers_to) and b.actor.id != a.actor.id
               for b in named)


def find_mentions(text: str, not_numbers: list[tuple[int, int]] | None = None, title_end: int = 0) -> Mentions:
    """All mentions in one normalized text; numbers inside the spans `not_numbers` (dates) are
    not counts; the headline ends at `title_end`."""
    found_numbers = find_numbers(text)
    named = [_with_quoted_head(text, _with_nationality(text, ActorMention(m.start, m.end, m.payload[0], m.payload[1],
                                                                          m.word_start)))
             for m in actor_matcher().find_longest(text)]
    named = _called_groups(text, named)
    named = _loyal_forces(text, named)
    named = [a for a in named if not a.actor.counted_only or (_counted(a, found_numbers) and not (
        a.actor.inter in NON_STATE_ARMED and _group_named(text, a, named)))]
    actors = tuple(a for a in _second_nationality(text, named) if not a.actor.suspects)
    cues = tuple(sorted([CueMention(m.start, m.end, m.payload)
                         for m in _first_of_overlaps(drop_contained(cue_matcher().find(text)))] + _split_cues(text),
                        key=lambda c: c.start))
    weapons = tuple(_outside_names(text, actors, cues, [WeaponMention(m.start, m.end, *m.payload)
                                                        for m in weapon_matcher().find_longest(text)
                                                        if not _names_a_channel(text, m.word_start)]))
    markers = tuple(Marker(m.start, m.end, m.payload) for m in marker_matcher().find_longest(text))
    sources = tuple(SourceMention(m.start, m.end, m.payload) for m in source_matcher().find_longest(text))
    numbers = found_numbers
    if not_numbers:
        spans = _sorted_spans(not_numbers)
        numbers = [n for n in numbers if not _inside_any(n.start, spans)]
    fatalities = tuple(find_fatalities(text, numbers, title_end))
    deaths = tuple((m.start, m.end, m.payload) for m in in_the_headline(fatality_matcher().find_longest(text), title_end)
                   if m.payload in ("before", "after"))
    return Mentions(actors, cues, weapons, markers, sources, fatalities, tuple(numbers), deaths,
                    tuple(a for a in named if a.actor.suspects))
