"""Fatalities: the dead a text counts ("مقتل 27 شخصا", "18 قتيلا", "سقوط ثلاثة قتلى") or names
alone ("مقتل شخص", "جنديين قتلا"), each number paired with the death word before or after it in
logarithmic time (a document of thousands of numbers and death words must not pair every number
with every word). Entry point: `find_fatalities`, one of the mentions `find_mentions` gathers.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from typing import Generic, TypeVar

from marsad import lexicon
from marsad.extract import grammar
from marsad.extract.numbers import NumberMention, number_words, parse_number
from marsad.text.match import Match, PhraseMatcher, drop_contained
from marsad.text.morphology import morphology

T = TypeVar("T")
FIGURE_WORD_CHARS = 12  # "[من] 31 [إلى 32]": the words around an old figure

@dataclass(frozen=True, slots=True)
class FatalityMention:
    start: int
    end: int
    value: int


@cache
def fatality_matcher() -> PhraseMatcher[str]:
    return PhraseMatcher(
        ((t, e["position"]) for sect in ("fatality_cues", "victim_nouns")
         for e in lexicon.section("modality.yaml", sect) for t in e["ar"]),
        shared=True)


class _Spans(Generic[T]):
    """Matches indexed by start and by end: the ones starting (or ending) in a window of offsets,
    in their original order, in logarithmic time (a document with thousands of numbers and cues
    must not pair every number with every cue)."""

    def __init__(self, matches: list[Match[T]]) -> None:
        self.matches = matches
        self.by_start = sorted(range(len(matches)), key=lambda i: matches[i].start)
        self.starts = [matches[i].start for i in self.by_start]
        self.by_end = sorted(range(len(matches)), key=lambda i: matches[i].end)
        self.ends = [matches[i].end for i in self.by_end]

    def starting(self, lo: int, hi: int) -> list[Match[T]]:
        """Matches with lo <= start <= hi, in the original order."""
        idx = self.by_start[bisect_left(self.starts, lo):bisect_right(self.starts, hi)]
        return [self.matches[i] for i in sorted(idx)]

    def ending(self, lo: int, hi: int) -> list[Match[T]]:
        """Matches with lo <= end <= hi, in the original order."""
        idx = self.by_end[bisect_left(self.ends, lo):bisect_right(self.ends, hi)]
        return [self.matches[i] for i in sorted(idx)]


PARTITIVE_REACH = 64  # "اثنين [من أفراد قوات الأمن] قتلا": the group the dead are counted among, then the word
COUNT_REACH = 40  # "أعدم [تنظيم داعش أمس] 12 شخصا": the executioner and the day between the word and the count
AT_LEAST_REACH = 32  # "58 [شخصا على الأقل] قتلوا": a noun and "at least" between the count and its death word
KILLER_WORDS = 4  # "قتل [مسلحون مجهولون] جنديين", "قتلت [قوات الأمن العراقية] خمسة", "قتل [مسلحون من تنظيم الدولة] 30": the killer's words
MET_WORDS = 5  # "لقي [مدرس وزوجته] مصرعهما": from the verb of meeting to the death met
MET_REACH = 60
COMBINED_WORDS = 3  # "[بين قتيل و]جريح": the words from a count to the wounded counted with the dead
WOUNDED_JOIN_CHARS = 16  # "[قتيلا و]جريحا": from the toll to the wounded joined to it
ONE_KIND_CHARS, ONE_KIND_WORDS = 48, 6  # "خمسة [أشخاص آخرين من عائلة واحدة] قتلوا"
ONE_OF_CHARS = 24  # "[من عائلة ]واحدة": the preposition and the noun before "one"
SUBSET_CHARS = 12  # "ثلاثة [منهم]": the word after the number
AMONG_WORDS = 4  # "[مدنيا على الأقل، بينهم]": the noun, "at least", then the word of some among them
AMONG_CHARS = 24  # "[بينهم طفلان ]قتلوا", "[بينهم ثلاثة أطفال ]قتلوا": the dead singled out, then the death word
SUBSET_REACH = 80  # "قتل 13 جنديا وشرطيا على الأقل، ثلاثة": from the toll to the number of some of its dead
APPROXIMATOR_CHARS = 16  # "[ما لا يقل عن] 20": the longest bound told before a count
SINGULAR_AFTER = 100  # the counts whose noun is singular ("مئة جندي", "ثلاثة آلاف شخص")
ONE_OF_GROUP_WORDS = 3  # "أحد [منسوبي القوات المسلحة]": the group one is one of
ONE_OF_GROUP_CHARS = 60  # where those words may lie after the word of one
ONE_OF_VERB_CHARS = 32  # "[استشهد]", "[قتل وأصيب]": the verb of dying after the group, and the word after it
CLAUSE_END = "،,.؛:"  # the marks that may close the verb's clause (no object after it)
WORD_SPAN = re.compile(r"\S+")
EVERY_CHARS = 6  # "[لكل ]شخص": the word before a singular that makes it anyone of its kind


def in_the_headline(matches: list[Match[str]], title_end: int) -> list[Match[str]]:
    """Of the death words `matches`, a verb of killing in the present ("يقتل") is one before its
    count in the headline (the text before `title_end`) and none in the body."""
    return [c._replace(payload="before") if c.payload == "present" else c
            for c in matches if c.payload != "present" or c.start < title_end]


def find_fatalities(text: str, numbers: list[NumberMention], title_end: int = 0) -> list[FatalityMention]:
    """Deaths: "مقتل 27 شخصا", "18 قتيلا", "سقوط ثلاثة قتلى", "أسفر عن مقتل شخصين", "مقتل طفل"."""
    cues = in_the_headline(drop_contained(fatality_matcher().find(text)), title_end)
    index = _Spans(cues)
    counted = [*(_counted_deaths(n, index, text) for n in numbers), *(_one_of_died(n, index, text) for n in _one_of(text))]
    out = [f for f in counted if f is not None and not _with_the_wounded(f, index, text)]
    out.extend(_lone_victims(cues, index, out, text))
    out.extend(_met_deaths(cues, out, text))
    out.extend(_subsets(numbers, out, text))
    out.sort(key=lambda f: f.start)
    return out


def _one_of(text: str) -> list[NumberMention]:
    """"أحد رجال الأمن", "إحدى النساء": a word of one (`one_of_words`) before the group it is one of
    counts one, its span running over the group's words, so that a death word after them is next to
    it ("أحد عناصر الشرطة قتل"). A word of one before a preposition ("لم يقتل أحد في الهجوم",
    "بالهجوم") is anyone."""
    found = []
    for m in _one_of_pattern().finditer(text):  # the words of one alone, then up to three words after them
        group = list(WORD_SPAN.finditer(text, m.end(), m.end() + ONE_OF_GROUP_CHARS))[:ONE_OF_GROUP_WORDS]
        if not group:
            continue
        head = group[0].group()
        if not head.isalpha() or group[0].start() - m.end() > 1 or head in grammar.words("prepositions") \
                or head.startswith(_preposition_and_article()):
            continue
        last = group[0]  # "أحد [منسوبي القوات المسلحة]": the head, then its definite genitive and adjectives
        for w in group[1:]:
            if not w.group().startswith("ال"):
                break
            last = w
        found.append(NumberMention(m.start(), last.end(), 1, False, text[m.start():last.end()]))
    return found


@cache
def _preposition_and_article() -> tuple[str, ...]:
    """"بال", "كال", "لل": a preposition glued to the article (the word after it is no noun of a group)."""
    bare = set(morphology().proclitics(conjunctions=False, article=False))
    return tuple(p for p in morphology().proclitics(conjunctions=False, article="after_preposition") if p not in bare)


@cache
def _one_of_pattern() -> re.Pattern[str]:
    """The words of one (`one_of_words`) as whole words of the normalized text."""
    return re.compile(r"(?<!\S)(?:" + "|".join(sorted(map(re.escape, grammar.words("one_of_words")), key=len, reverse=True))
                      + r")(?=\s)")


def _one_of_died(n: NumberMention, index: _Spans[str], text: str) -> FatalityMention | None:
    """One of a group with a death word before it ("مقتل أحد جنودها"), or a verb of dying right after
    the group (`one_died_verbs`: "أحد منسوبي القوات المسلحة استشهد"); "قتل", active or passive, only
    with no object after it ("أحد رجال الأمن قتل وأصيب خمسة"; "أحد المسلحين قتل جنديا" tells who
    killed)."""
    found = _counted_deaths(n, index, text)
    if found is not None:
        return found
    words = text[n.end:n.end + ONE_OF_VERB_CHARS].split()[:2]
    verb = words[0].rstrip(CLAUSE_END) if words else ""
    if not grammar.has(verb, "one_died_verbs"):
        return None
    end = text.index(words[0], n.end) + len(verb)
    if not grammar.has(verb, "killing_verbs") or verb != words[0] or len(words) == 1 \
            or words[1] in grammar.words("prepositions") or words[1][:1] in grammar.words("clitic_conjunctions"):
        return FatalityMention(n.start, end, 1)
    return None


def _anyone(text: str, start: int) -> bool:
    """"يعاقب بالقتل كل شاب", "أي شخص": a word of every (`every_words`) before a singular makes it
    anyone of its kind, nobody counted."""
    return any(grammar.has(w, "every_words") for w in text[max(0, start - EVERY_CHARS):start].split()[-1:])


def _with_the_wounded(f: FatalityMention, index: _Spans[str], text: str) -> bool:
    """"66 قتيلا وجريحا", "سقوط 30 قتيلا وجريحا", "20 بين قتيل وجريح": the dead and the wounded counted
    together (a word of wounding joined by "و" right after the toll or its death word) make no toll."""
    for c in index.starting(f.end, f.end + WOUNDED_JOIN_CHARS):
        if c.payload != "wounded" or not grammar.has(text[c.start:c.end], "wounded_person_nouns"):
            continue  # ("قتل 5 وجرح 10", "مقتل 5 وإصابة آخرين": two counts, the dead told apart)
        words = text[f.end:c.start].split()
        joined = bool(words) and words[-1] in grammar.words("clitic_conjunctions")
        if not words or (joined and (len(words) == 1 or (len(words) <= COMBINED_WORDS and any(
                d.payload in ("after", "noun", "single") for d in index.starting(f.end, c.start))))):
            return True  # ("[قتيلا و]جريحا", "[بين قتيل و]جريح")
    return False


def _subsets(numbers: list[NumberMention], out: list[FatalityMention], text: str) -> list[FatalityMention]:
    """"قتل 13 جنديا وشرطيا، ثلاثة منهم في مكمن": a number right before "منهم" (`among_words`),
    a toll told before it in its sentence, counts the dead of what it goes on to tell."""
    found: list[FatalityMention] = []
    for n in numbers:
        after = text[n.end:n.end + SUBSET_CHARS].split()[:1]
        if n.ordinal or not after or not grammar.has(after[0].strip(".،,"), "among_words"):
            continue
        if any(f.end <= n.start and "." not in text[f.end:n.start] and n.start - f.end <= SUBSET_REACH for f in out):
            found.append(FatalityMention(n.start, text.index(after[0], n.end) + len(after[0]), n.value))
    return found


def _met_deaths(cues: list[Match[str]], out: list[FatalityMention], text: str) -> list[FatalityMention]:
    """"لقي سائق أجرة مصرعه" (one), "لقي مدرس وزوجته مصرعهما" (two): the pronoun on the death met
    counts the dead, the verb of meeting it a few words before (`meeting_verbs`), when no number or
    victim noun counted them already."""
    found: list[FatalityMention] = []
    for c in cues:
        if c.payload not in ("met_single", "met_dual") or any(f.start <= c.start < f.end for f in out):
            continue
        before = text[max(0, c.start - MET_REACH):c.start].split()[-MET_WORDS:]
        verb = next((i for i, w in enumerate(before) if grammar.has(w, "meeting_verbs")), None)
        if verb is None or any(f.start < c.start and f.end > c.start - MET_REACH for f in out):
            continue
        start = text.rfind(before[verb], max(0, c.start - MET_REACH), c.start)
        found.append(FatalityMention(start, c.end, 1 if c.payload == "met_single" else 2))
    return found


def _counted_deaths(n: NumberMention, index: _Spans[str], text: str) -> FatalityMention | None:
    """A number with its death word before ("مقتل 27") or after ("18 قتيلا"); not the wounded."""
    if n.ordinal or n.value <= 0 or n.value > 100000 or _one_of_a_kind(n, text) or _old_figure(n, text):
        return None
    # "20 جريحا", "إصابة 20": the wounded counted; "مقتل 5 وإصابة آخرين" counts the dead first
    if [c for c in index.starting(n.end, n.end + 3) if c.payload == "wounded" and not text[n.end:c.start].strip()] or \
            [c for c in index.ending(n.start - 3, n.start) if c.payload == "wounded"]:
        return None
    reach = n.end + 12
    if any(w in text[n.end:n.end + AT_LEAST_REACH] for w in grammar.words("at_least_words")):
        reach = n.end + AT_LEAST_REACH  # "58 شخصا على الأقل قتلوا"
    # "مئة جندي", "ألف شخص": after a hundred or a thousand the counted noun is singular
    after = [c for c in index.starting(n.end, reach) if c.payload in ("after", "noun")
             or (c.payload == "single" and n.value >= SINGULAR_AFTER and c.start - n.end <= 1)]
    before = _death_word_before(n, index, text, bool(after))
    if before is not None:
        start = before.start if n.start - before.end <= 14 and before.payload == "before" else n.start
        return FatalityMention(start, n.end, n.value + _victims_joined_before(before, n, index, text))
    a = next((c for c in after if c.payload == "after"), None) or _after_some_among(n, index, text) \
        or _after_a_group(n, index, text) or _after_one_kind(n, index, text)
    return FatalityMention(n.start, a.end, n.value) if a is not None else None


def _old_figure(n: NumberMention, text: str) -> bool:
    """"ارتفعت حصيلة الهجوم من 31 إلى 32 قتيلا": the figure after "من" that "إلى" and a new one
    follow (`figure_updates`) is the toll before it rose, not a count of its own."""
    before = text[max(0, n.start - FIGURE_WORD_CHARS):n.start].split()[-1:]
    after = text[n.end:n.end + FIGURE_WORD_CHARS].split()[:2]
    return bool(before) and before[0] in grammar.words("from_prepositions") and len(after) == 2 \
        and after[0] in grammar.words("figure_updates") and any(ch.isdigit() for ch in after[1])


def _one_of_a_kind(n: NumberMention, text: str) -> bool:
    """"خمسة أشخاص من عائلة واحدة قتلوا": "one" after "من" and a noun that counts no people says
    of one family; it counts no dead."""
    before = text[max(0, n.start - ONE_OF_CHARS):n.start].split()[-2:]
    return n.value == 1 and not n.text[:1].isdigit() and len(before) == 2 \
        and grammar.has(before[0], "from_prepositions") and not grammar.has(before[1], "counted_people")


def _after_one_kind(n: NumberMention, index: _Spans[str], text: str) -> Match[str] | None:
    """"خمسة أشخاص آخرين من عائلة واحدة قتلوا": the count's noun, the family they were of, then
    the death word of them all."""
    words = list(WORD_SPAN.finditer(text, n.end, n.end + ONE_KIND_CHARS))[:ONE_KIND_WORDS]
    one = next((w for w in words if w.group() in _ones() and _one_of_a_kind(
        NumberMention(w.start(), w.end(), 1, False, w.group()), text)), None)
    if one is None or any(m in text[n.end:one.start()] for m in "،,.؛:"):
        return None
    return next((c for c in index.starting(one.end(), one.end() + 2) if c.payload == "after"), None)


@cache
def _ones() -> frozenset[str]:
    """The words of the number one ("واحد", "واحدة")."""
    return frozenset(w for w in number_words() if parse_number(w) == 1)


def _after_a_group(n: NumberMention, index: _Spans[str], text: str) -> Match[str] | None:
    """"اثنين من أفراد قوات الأمن قتلا": counted among a group, then the death word."""
    text_after = text[n.end:n.end + PARTITIVE_REACH]
    head = text_after.split(maxsplit=1)[:1]
    if not head or head[0] not in grammar.words("partitive_words"):
        return None
    return next((c for c in index.starting(n.end, n.end + PARTITIVE_REACH) if c.payload == "after"
                 and not any(m in text_after[:c.start - n.end] for m in "،,.؛:")), None)


def _after_some_among(n: NumberMention, index: _Spans[str], text: str) -> Match[str] | None:
    """"خمسة مدنيين بينهم طفلان قتلوا", "25 مدنيا على الأقل، بينهم ستة أطفال، قتلوا": the count's
    noun (perhaps "at least" after it), some of them singled out (`among_words`, between commas or
    not), then the death word of them all, no sentence break between."""
    words = list(WORD_SPAN.finditer(text, n.end, n.end + SUBSET_CHARS + AMONG_CHARS))[:AMONG_WORDS]
    at = next((i for i, w in enumerate(words) if i and grammar.has(w.group().strip(CLAUSE_END), "among_words")), None)
    if at is None or any(w.group().strip(CLAUSE_END) not in _at_least_tokens() for w in words[1:at]):
        return None
    end = words[at].end()
    return next((c for c in index.starting(end, end + AMONG_CHARS) if c.payload == "after"
                 and not any(m in text[end:c.start] for m in ".؛:")), None)


@cache
def _at_least_tokens() -> frozenset[str]:
    """The words of the phrases of "at least" (`at_least_words`: "على", "الأقل", ...)."""
    return frozenset(t for phrase in grammar.words("at_least_words") for t in phrase.split())


def _victims_joined_before(death: Match[str], n: NumberMention, index: _Spans[str], text: str) -> int:
    """"قتل ضابط وثلاثة جنود", "قتل جنديان وثلاثة مدنيين": a lone victim noun between the death word
    and the count, joined to it by "و", adds its one or two dead."""
    lone = [c for c in index.starting(death.end, n.start) if c.payload in ("single", "dual")]
    if len(lone) != 1 or text[death.end:lone[0].start].strip() or text[lone[0].end:n.start].strip() != "و":
        return 0
    return 1 if lone[0].payload == "single" else 2


def _death_word_before(n: NumberMention, index: _Spans[str], text: str, noun_after: bool) -> Match[str] | None:
    """The death word a number counts the dead of, before it: "مقتل 27", "أعدم التنظيم أمس 12",
    "قتلت قوات الأمن خمسة مسلحين" (the killer between), with a noun after the number or next to it."""
    counted = noun_after or _partitive(text, n)
    told = n.start
    before = [c for c in index.ending(n.start - 14, n.start) if c.payload == "before"]
    if not before:
        told = _approximated(text, n.start)  # "وقتلوا [أكثر من] 100 جندي": the count begins with its bound
        before = [c for c in index.ending(told - 3, told) if _pronoun_killer(text, c)] or [
            c for c in index.ending(n.start - COUNT_REACH, n.start) if c.payload == "count_before"
            or (counted and _killer_between(text, c, n.start))]
    if before and (noun_after or n.start - before[-1].end <= 3 or (told - before[-1].end <= 3 and _pronoun_killer(text, before[-1]))
                   or _one_or_two_after_their_noun(n, text[before[-1].end:n.start])
                   or (counted and (before[-1].payload == "count_before" or _killer_between(text, before[-1], n.start)))) \
            and grammar.forms("other_counts", prepositions=True).isdisjoint(text[before[-1].end:n.start].split()):
        return before[-1]  # "قتل متطرف واعتقل 16 شخصا": the 16 are the arrested, not the dead
    return None


def _one_or_two_after_their_noun(n: NumberMention, between: str) -> bool:
    """"مقتل مقيمين اثنين", "مقتل شخص واحد": one and two follow the noun of people they count, as its
    adjective (a noun of people, or two of them by the dual's or the plural's ending; "مرة واحدة" is once)."""
    words = between.split()
    if n.value > 2 or n.text[:1].isdigit() or len(words) != 1:
        return False
    return grammar.has(words[0], "counted_people") or (n.value == 2 and words[0].endswith(grammar.suffixes("dual_endings")))


def _approximated(text: str, start: int) -> int:
    """Where a count told with its bound begins ("[أكثر من] 100", "[نحو] 50"), else `start`."""
    lo = max(0, start - APPROXIMATOR_CHARS)
    before = text[lo:start].rstrip()
    bound = next((b for b in grammar.words("approximators") if before.endswith(" " + b) or (lo == 0 and before == b)), None)
    return lo + len(before) - len(bound) if bound else start


def _pronoun_killer(text: str, c: Match[str]) -> bool:
    """"وقتلوا خمسة منهم": a killing verb whose subject is its own pronoun, right before the count
    (the same word after a count is passive: "خمسة قتلوا")."""
    return c.payload == "after" and grammar.has(text[c.start:c.end], "killing_verbs")


def _plural_subject(text: str, d: Match[str]) -> bool:
    """The killing verb carries a plural or dual subject ending ("قتلوا", "قتلا"): its subject is its pronoun."""
    return text[d.start:d.end].endswith(grammar.suffixes("plural_subject_endings"))


def _partitive(text: str, n: NumberMention) -> bool:
    """"أربعة من أفراد الشرطة": the number counts people of a group named after it."""
    return (text[n.end:n.end + 8].split() or [""])[0] in grammar.words("partitive_words")


def _killer_between(text: str, c: Match[str], end: int) -> bool:
    """"قتل [مسلحون مجهولون] جنديين": a killing verb in the active voice, its subject of one or two
    words (no number, no punctuation) between it and the count of the dead."""
    between = text[c.end:end].split()
    return c.payload == "before" and grammar.has(text[c.start:c.end], "killing_verbs") \
        and 0 < len(between) <= KILLER_WORDS and all(w.isalpha() for w in between) \
        and not any(w.startswith(grammar.suffixes("conjunctions")) for w in between[1:])


def _lone_victims(cues: list[Match[str]], index: _Spans[str], out: list[FatalityMention],
                  text: str) -> list[FatalityMention]:
    """A lone singular or dual victim noun next to a death word: "مقتل شخص", "شخصين قتلا"."""
    found: list[FatalityMention] = []
    counted = sorted((f.start, f.end) for f in out)
    reach = [counted[0][1]] if counted else []  # running maximum of the ends
    for _s, e in counted[1:]:
        reach.append(max(reach[-1], e))
    position = {id(c): i for i, c in enumerate(cues)}
    lone_end = -1  # end of the lone nouns counted so far (cues come in order of their start)
    for c in cues:
        if c.payload not in ("single", "dual") or c.start < lone_end or _anyone(text, c.start):
            continue
        k = bisect_right(counted, (c.start, 2**62)) - 1  # the spans of numbers starting at or before c
        if k >= 0 and reach[k] > c.start:
            continue
        near = index.ending(c.start - 2, c.start) + index.starting(c.end, c.end + 2)
        # "مقتل شخص", "جندي قتل"; "جنديين قتلا": a death word after the noun, in its own position
        # "وقتلوا جنديين": a killing verb with its own pronoun right before the noun, active
        death = sorted((d for d in near if d.payload == "before" or (d.payload == "after" and d.start >= c.end)
                        or (d.end <= c.start and _pronoun_killer(text, d) and _plural_subject(text, d))),
                       key=lambda d: position[id(d)]) or [
            d for d in index.ending(c.start - COUNT_REACH, c.start - 2) if _killer_between(text, d, c.start)]
        if death:
            lo, hi = min(c.start, death[0].start), max(c.end, death[0].end)
            dead = 1 if c.payload == "single" else 2
            nxt = next((d for d in index.starting(c.end, c.end + 3) if d.payload in ("single", "dual")), None)
            if nxt is not None and text[c.end:nxt.start].strip() == "و" and death[0].end <= c.start:
                dead += 1 if nxt.payload == "single" else 2  # "قتل شرطي ومدنيان": the victims joined by "و"
                hi = max(hi, nxt.end)
            found.append(FatalityMention(lo, hi, dead))
            lone_end = max(lone_end, hi)
    return found
