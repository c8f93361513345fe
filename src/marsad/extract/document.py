"""The analysed document the event engine works on: normalized text, sentences, clauses, and
every mention found in it (actors, cues, places, times, numbers, markers), indexed by position.
"""

from __future__ import annotations

import re
import time
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from itertools import pairwise
from operator import attrgetter, itemgetter
from typing import Any, Generic, TypeVar

from marsad import lexicon
from marsad.acled import Inter
from marsad.extract import grammar
from marsad.extract.mention_scan import find_mentions
from marsad.extract.mentions import (
    WORD_END,
    ActorMention,
    Mentions,
    WeaponMention,
    accusative,
    adjective_countries,
    nationality_word_after,
)
from marsad.extract.times import TimeExpr, find_times
from marsad.geo.gazetteer import Gazetteer
from marsad.geo.resolve import PlaceContext, PlaceMention, find_places
from marsad.text.match import PhraseMatcher
from marsad.text.morphology import morphology
from marsad.text.normalize import NormalizedText
from marsad.text.segment import Segment, paragraphs, sentences


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int
    clauses: tuple[tuple[int, int], ...]
    in_title: bool


@cache
def _break_matcher() -> PhraseMatcher[str]:
    return PhraseMatcher(((t, "break") for e in lexicon.section("modality.yaml", "clause_breaks") for t in e["ar"]), shared=True)


@cache
def _role_matcher() -> PhraseMatcher[str]:
    return PhraseMatcher(((t, e["role"]) for e in lexicon.section("cues.yaml", "roles") for t in e["ar"]), shared=True)


@cache
def _single_role_words() -> dict[str, str]:
    return {k: e["role"] for e in lexicon.section("cues.yaml", "roles") for k in e["ar_norm"] if " " not in k}


@cache
def _place_ref_matcher() -> PhraseMatcher[str]:
    return PhraseMatcher(((t, "ref") for e in lexicon.section("cues.yaml", "place_references") for t in e["ar"]), shared=True)


@cache
def _anaphor_matcher() -> PhraseMatcher[tuple[tuple[str, ...], bool]]:
    return PhraseMatcher(((t, (tuple(e["kinds"]), bool(e.get("bare")))) for e in lexicon.section("cues.yaml", "place_anaphora")
                          for t in e["ar"]), shared=True)


ANAPHOR_OVERLAP = 60  # characters: a place's name that may run over a noun of a place ("مدينة X")
SEAT_CHARS = 12  # "[مبنى ]المحافظة": the word before a noun of a place that may make it a building's name


def _anaphors(text: str, places: tuple[PlaceMention, ...]) -> Spans[tuple[int, int, tuple[str, ...], bool]]:
    """"الإقليم نفسه": (start, end, kinds, bare) of each noun that refers back to a place of those
    kinds (bare: with no word of sameness), unless it is part of a place's own name, or it is a bare noun a definite word after it
    describes ("في المنطقة الحدودية": another area), or a noun a building or a body of the unit
    heads ("مبنى المحافظة", `seat_heads`)."""
    spans = Spans(places)
    return Spans([(m.word_start, m.end, *m.payload) for m in _anaphor_matcher().find_longest(text)
                  if not any(p.end > m.start for p in spans.starting_in(m.start - ANAPHOR_OVERLAP, m.end))
                  and not (m.payload[1] and text[m.end:m.end + 1] == " "
                           and text[m.end + 1:m.end + 40].startswith(morphology().article))
                  and not grammar.has((text[max(0, m.word_start - SEAT_CHARS):m.word_start].split() or [""])[-1],
                                      "seat_heads")])


@cache
def _non_event_matcher() -> PhraseMatcher[str]:
    return PhraseMatcher(((t, "non-event") for e in lexicon.section("cues.yaml", "non_events") for t in e["ar"]), shared=True)


CLAUSE_PUNCT = "،؛:,;"  # what ends a clause
PHRASE_BREAKS = CLAUSE_PUNCT + ".!?"  # what ends a phrase ("بمساندة ...", a noun's description)
CLOSING_MARKS = "\"'»”)]*"  # what closes a quote or a bracket after a word ("الأخيرة)", "؟»")
WORD_END_PUNCT = WORD_END  # what stands glued to the end of a word before a break ("الهجوم،")
_CLAUSE_PUNCT_RE = re.compile(f"[{re.escape(CLAUSE_PUNCT)}]")
S = TypeVar("S")
K = TypeVar("K")  # what `AnalysedDocument.kept` keeps


def _clauses(text: str, seg: Segment, breaks: list[int]) -> tuple[tuple[int, int], ...]:
    cuts = [seg.start]
    cuts.extend(m.end() for m in _CLAUSE_PUNCT_RE.finditer(text, seg.start, seg.end))
    cuts.extend(breaks[bisect_right(breaks, seg.start):bisect_left(breaks, seg.end)])
    cuts = sorted(set(cuts)) + [seg.end]
    spans = [(a, b) for a, b in pairwise(cuts) if b > a]
    # A piece of one or two words ("، السبت،") is not a clause, nor one that goes on with the
    # phrase before ("اندلعت اشتباكات أمس، بين X وY"): join it to the one before.
    out: list[tuple[int, int]] = []
    for a, b in spans:
        words = text[a:b].split(None, 2)  # (the first two words and the rest: all that is asked)
        if out and (len(words) <= 2 or words[0] in grammar.words("clause_continuers")
                    or words[0] in grammar.words("list_inclusion")  # "ومدن أخرى، منها البصرة"
                    or " ".join(words[:2]) in grammar.words("list_inclusion")  # "، ولا سيما إنجرليك"
                    or " ".join(words[:2]) in grammar.words("continuing_deeds")
                    or " ".join(words[:2]) in grammar.words("continuing_targets")
                    or _suffered(text, out[-1], words[0])):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return tuple(out)


def _suffered(text: str, before: tuple[int, int], first: str) -> bool:
    """"تعرضت أحياء في أطراف مدينة حرستا بريف دمشق، لقصف": what a finite passive verb of the
    clause before suffered, after a comma, goes on with that clause (its place and its target)."""
    return first.startswith("ل") and any(grammar.has(w, "passive_finite_verbs") for w in text[before[0]:before[1]].split())


class Spans(Generic[S]):
    """Items with `start`/`end` (or (start, end, ...) tuples), sorted by start, queried by
    position with binary search: range lookups stay cheap in very long documents."""

    __slots__ = ("ends", "items", "starts")

    def __init__(self, items: Iterable[S]) -> None:
        listed = list(items)
        start, end = _getters(listed)
        self.items: list[S] = sorted(listed, key=start)
        self.starts: list[int] = list(map(start, self.items))
        self.ends: list[int] = list(map(end, self.items))

    def between(self, start: int, end: int) -> list[S]:
        """Items that start in [start, end) and end by `end`."""
        i, j = bisect_left(self.starts, start), bisect_left(self.starts, end)
        if i == j:
            return []
        items, ends = self.items, self.ends
        return [items[k] for k in range(i, j) if ends[k] <= end]

    def starting_in(self, start: int, end: int) -> list[S]:
        """Items that start in [start, end), wherever they end."""
        return self.items[bisect_left(self.starts, start):bisect_left(self.starts, end)]


def _start(x: Any) -> int:
    return int(x[0]) if isinstance(x, tuple) else int(x.start)


def _end(x: Any) -> int:
    return int(x[1]) if isinstance(x, tuple) else int(x.end)


_TUPLE_BOUNDS = (itemgetter(0), itemgetter(1))
_ATTRIBUTE_BOUNDS = (attrgetter("start"), attrgetter("end"))


def _getters(items: list[Any]) -> tuple[Callable[[Any], int], Callable[[Any], int]]:
    """`_start` and `_end` for these items, as getters written in C when the items are all
    tuples or all not (their bounds are ints)."""
    kinds = set(map(type, items))
    tuples = [issubclass(k, tuple) for k in kinds]
    if all(tuples):
        return _TUPLE_BOUNDS
    if not any(tuples):
        return _ATTRIBUTE_BOUNDS
    return _start, _end


@dataclass(frozen=True, slots=True)
class AnalysedDocument:
    doc_id: str
    nt: NormalizedText
    published: date | None
    title_end: int  # end of the headline in nt.text (0 when there is none)
    sentences: tuple[Sentence, ...]
    mentions: Mentions
    places: tuple[PlaceMention, ...]
    times: tuple[TimeExpr, ...]
    roles: tuple[tuple[int, int, str], ...]  # (start, end, role) of role words, by end
    role_ends: tuple[int, ...]
    non_events: tuple[tuple[int, int], ...]
    place_refs: tuple[tuple[int, int], ...]  # "القريتين": words that refer back to places
    index: dict[str, Spans[Any]] = field(default_factory=dict)  # markers, weapons, numbers … by position
    sentence_starts: tuple[int, ...] = ()
    print_daily: bool = False  # the outlet is a printed daily (`article.pubdate.print_daily`)
    # nt.text, kept as an attribute of its own (the event rules read it a thousand times a
    # document: a slot is read several times faster than a property is called)
    text: str = field(init=False, repr=False, compare=False)
    # the role word before each position asked (`role_before`, default gap): a function of the
    # document alone, asked about the same words for every cue of a sentence
    roles_memo: dict[int, str | None] = field(init=False, repr=False, compare=False, default_factory=dict)
    # what a rule module works out once per sentence, party or position and asks again for each
    # cue, under the module's own name (each says why its values never change for the document)
    memo: defaultdict[str, dict[Any, Any]] = field(init=False, repr=False, compare=False,
                                                  default_factory=lambda: defaultdict(dict))

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", self.nt.text)

    def kept(self, name: str, key: object, compute: Callable[[], K]) -> K:
        """What `compute()` answers, worked out once for the document under the rule's `name` and
        `key` (a sentence's start, a party's span): for the answers that read the document and
        the key alone, never the cue that asks (each caller says why)."""
        known = self.memo[name]
        if key in known:
            return known[key]
        found = known[key] = compute()
        return found

    def role_of(self, word: str) -> str | None:
        """The role of a single role word ("مع" → with), or None."""
        return _single_role_words().get(word)

    def sentence_at(self, pos: int) -> Sentence:
        i = max(0, bisect_right(self.sentence_starts, pos) - 1)
        return self.sentences[i]

    def lead_index(self) -> int | None:
        """The index of the lead, the first sentence of the body (None for a headline alone)."""
        return next((s.index for s in self.sentences if not s.in_title), None)

    def clause_at(self, pos: int) -> tuple[int, int]:
        s = self.sentence_at(pos)
        for a, b in s.clauses:
            if a <= pos < b:
                return a, b
        return s.start, s.end

    def in_non_event(self, start: int, end: int) -> bool:
        """Inside a state description, or the actor right after one ("الخاضعة لسيطرة X")."""
        return self.non_event_at(start, end) is not None

    def non_event_at(self, start: int, end: int, right_after: bool = True) -> tuple[int, int] | None:
        """The span of the state description (`non_events` of cues.yaml) the words lie in, or (with
        `right_after`) that ends right before them, if any."""
        return next(((a, b) for a, b in self.index["non_events"].starting_in(start - 80, start + 1)
                     if a <= start and (end <= b + 1 or (right_after and start - b <= 3))), None)

    def role_before(self, pos: int, max_gap: int = 2) -> str | None:
        """The role word that ends right before `pos` (within `max_gap` characters), if any. A
        member phrase ("هجوم شنه مسلحون من X") is transparent: X has the role of the men it names,
        and so is a noun of its men ("بين مقاتلي X"). Quotation marks around a name ("مواقع ” داعش
        ”") stand outside the gap."""
        if max_gap != 2:
            return self._role_before(pos, max_gap)
        # the answer reads only the document's text, role words and numbers, which never change:
        # kept per position (the rules ask 100,000 times over SaudiNewsNet, a quarter of them new)
        memo = self.roles_memo
        if pos in memo:
            return memo[pos]
        found = memo[pos] = self._role_before(pos, max_gap)
        return found

    def _role_before(self, pos: int, max_gap: int) -> str | None:
        while pos > 0 and self.text[pos - 1] in NAME_QUOTES:
            pos -= 1
        i = bisect_right(self.role_ends, pos) - 1
        if i >= 0 and pos - self.role_ends[i] <= max_gap:
            start, _, role = self.roles[i]
            return self.role_before(start, max_gap) if role == "member" else role
        # "بين مقاتلي الفصائل المقاتلة ... وقوات النظام": a noun of a group's men right before its
        # name, no role word itself, is transparent too: the men have the role of the words before them
        word_start = self.text.rfind(" ", 0, pos) + 1
        if 0 < word_start < pos and grammar.has(self.text[word_start:pos], "member_nouns"):
            return self.role_before(word_start, max_gap)
        if 0 < word_start < pos and grammar.has(self.text[word_start:pos], "vague_counts"):
            return self.role_before(word_start, max_gap)  # "بين مئات المحتجين": a count without a number
        count = self.count_before(pos)
        if count is not None:  # "على أربعة جنود", "من قبل ثلاثة من المسلحين": the count is the party's
            return self.role_before(count, max_gap)
        return None

    def count_before(self, pos: int) -> int | None:
        """Where the count of the party at `pos` starts: a cardinal number right before it, alone
        or with "من" ("أربعة جنود", "ثلاثة من عناصر الشرطة")."""
        words = self.text[max(0, pos - COUNT_FROM_CHARS):pos].split()
        if words and words[-1] in grammar.words("from_prepositions"):
            pos = self.text.rfind(words[-1], 0, pos)
        for n in self.index["numbers"].starting_in(pos - COUNT_CHARS, pos):
            if not n.ordinal and 0 <= pos - n.end <= 2:
                return n.start
        return None

    def role_start(self, pos: int) -> int | None:
        """Where the role word that ends right before `pos` starts."""
        i = bisect_right(self.role_ends, pos) - 1
        return self.roles[i][0] if i >= 0 and pos - self.role_ends[i] <= 2 else None

    def inside_role(self, start: int, end: int) -> bool:
        """Within a role phrase ("نسبته السلطات إلى"): its words are no party. The people a cause
        phrase names ("اعتقال المتورطين في التفجير") are one: the phrase only makes the incident
        after it a cause; so is what a target phrase names ("كمينا لقافلة عسكرية")."""
        i = bisect_left(self.role_ends, end)
        return i < len(self.roles) and self.roles[i][0] <= start and self.roles[i][2] not in ("cause", "target")

    def roles_between(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The role words (start, end, role) that start at or after `start` and end by `end`."""
        i = bisect_left(self.role_ends, start)
        j = bisect_right(self.role_ends, end)
        return [r for r in self.roles[i:j] if r[0] >= start]

    def member_start(self, pos: int) -> int | None:
        """Where the member phrase that ends right before `pos` starts ("مسلحون ينتمون إلى X")."""
        i = bisect_right(self.role_ends, pos) - 1
        if i >= 0 and pos - self.role_ends[i] <= 2 and self.roles[i][2] == "member":
            return self.roles[i][0]
        return None

    def times_in(self, start: int, end: int) -> list[TimeExpr]:
        return self.index["times"].between(start, end)

    def places_in(self, start: int, end: int) -> list[PlaceMention]:
        return self.index["places"].between(start, end)


COUNT_CHARS = 40  # characters: the longest count read before a party ("ثلاثمائة وخمسة وعشرين")
COUNT_FROM_CHARS = 6  # characters: the "من" between a count and its party ("أربعة من الجنود")
NAME_QUOTES = ' "\u201c\u201d\u00ab\u00bb\''  # marks some outlets put around a group's name


def _adjective(text: str, p: PlaceMention) -> bool:
    """"فتاة سويدية", "الخارجية السويدية": a word that agrees with the feminine noun before it is an
    adjective of nationality, not the town of that name (a town is told after a locative or a type
    word: "في السويدية", "بلدة السويدية")."""
    if p.pattern or p.start != p.name_start:
        return False
    name = text[p.name_start:p.name_end]
    before = text[max(0, p.start - 20):p.start].split()
    if name in adjective_countries() and before and (p.place is None or p.place.kind != "country") \
            and not after_locative(text, p.start):
        return True  # "في كشمير الهندية": India's adjective after a name, not Iraq's town of Hindiya
    if " " in name or not name.endswith(grammar.suffixes("feminine_adjective_endings")) or not before \
            or not before[-1].endswith(grammar.suffixes("feminine_endings")):
        return False
    return name.startswith("ال") == before[-1].startswith("ال") and not after_locative(text, p.start)


def _no_place(nt: NormalizedText, p: PlaceMention, words: Spans[tuple[int, int]]) -> bool:
    """A name the gazetteer matched that the sentence uses as something else."""
    return _unknown_word(nt, p, words) or _adjective(nt.text, p) or _kunya(nt.text, p)


def _kunya(text: str, p: PlaceMention) -> bool:
    """"أبو غازي", "أبو محمد الحلبي": a name right after أبو, أم, ابن or بن (`kunya_words`) is part
    of a person's name ("أبو غريب", "أم قصر" are places by their whole names); after "عشيرة" or
    "شهداء" (`group_name_heads`) it is a tribe's or an armed group's ("لواء شهداء X")."""
    if p.pattern or p.start != p.name_start:
        return False
    before = text[max(0, p.start - 8):p.start].split()
    return bool(before) and text[p.start - 1:p.start].isspace() and (
        grammar.has(before[-1], "kunya_words") or grammar.has(before[-1], "group_name_heads", prepositions=True))


def _unknown_word(nt: NormalizedText, p: PlaceMention, words: Spans[tuple[int, int]]) -> bool:
    """"قرب تسع مدن واستهدفت", "قرى ... وتطهيرها": a name the gazetteer does not know that is an
    event word or carries an attached pronoun is no place."""
    if p.place is not None:
        return False
    if any(a < p.name_end and p.name_start < b for a, b in words.starting_in(p.name_start - 30, p.name_end)):
        return True
    return nt.original_text(p.name_start, p.name_end).endswith(grammar.suffixes("pronoun_suffixes"))


def opens_its_line(text: str, pos: int) -> bool:
    """Nothing but spaces before `pos` on its line: where the label of a headline or a paragraph
    stands ("تركيا: مقتل 30 ...")."""
    return not text[text.rfind("\n", 0, pos) + 1:pos].strip()


def told_where(text: str, pos: int) -> bool:
    """"في مدينة أربيل", "بمحافظة أربيل": a place at `pos` told as where (after a locative word or
    with a locative proclitic)."""
    return after_locative(text, pos) or text[pos - 1:pos] in grammar.words("locative_proclitics")


def after_locative(text: str, pos: int) -> bool:
    """"في العاصمة موسكو", "في تركيا": a state's name after a locative word is the place."""
    before = text[max(0, pos - 24):pos].split()
    if len(before) > 1 and before[-1].startswith("ال") and before[-1].endswith(grammar.suffixes("adjective_endings")):
        before = before[:-1]  # "في العاصمة التركية أنقرة": the capital's adjective of nationality
    return bool(before) and grammar.has(before[-1], "locatives")  # ("وفي أنقرة" too)


def _names_an_air_base(text: str, w: WeaponMention) -> bool:
    """"قاعدة الشعيرات الجوية": the adjective names the base, not an aircraft."""
    if w.weapon != "aircraft" or " " in text[w.start:w.end]:
        return False
    before = text[max(0, w.start - 30):w.start].split()[-3:]
    return any(grammar.has(b, "air_place_heads", prepositions=True) for b in before)


def _no_place_words(text: str, mentions: Mentions, refs: list[tuple[int, int]]) -> Spans[tuple[int, int]]:
    """The spans no place name starts in: actors (a name after a locative, "في الأردن", is a place;
    a place inside one, "قياديا في طالبان باكستان", is not), sources and references to places."""
    return Spans([(a.start, a.end) if not after_locative(text, a.word_start) else (a.start + 1, a.end)
                  for a in mentions.actors] + [(s.start, s.end) for s in mentions.sources] + refs
                 + [n for a in mentions.actors if (n := _nationality_of_the_accusative(text, a)) is not None])


def _named_by_a_group(mentions: Mentions, p: PlaceMention) -> bool:
    """"تنظيم ولاية سيناء", "ولاية خراسان": a place with its pattern word inside an armed group's
    name (`Inter.REBEL`, `Inter.POLITICAL_MILITIA`) is that group's name, no place of its own."""
    return any(a.start <= p.start and p.end <= a.end and a.actor.inter in (Inter.REBEL, Inter.POLITICAL_MILITIA)
               for a in mentions.actors)


def _nationality_of_the_accusative(text: str, a: ActorMention) -> tuple[int, int] | None:
    """"قتلوا 60 جنديا كينيا": a word right after a party in the indefinite accusative that reads as
    a nationality in the accusative is its adjective, not the country's name."""
    found = nationality_word_after(text, a.end)
    if found is None or text[found[0] - 1] != "ا" or not accusative(a, text):
        return None
    return a.end + 1, found[0]


def _names_a_prayer(text: str, t: TimeExpr) -> bool:
    """"صلاة الجمعة": the weekday names a prayer, not the day of the story."""
    before = text[max(0, t.start - 8):t.start].split()
    return t.kind == "weekday" and bool(before) and before[-1] in grammar.words("not_day_heads")


def _outermost(places: tuple[PlaceMention, ...]) -> tuple[PlaceMention, ...]:
    """"في جرود بلدة رأس بعلبك": a place named inside the longer name of another place ("بعلبك" in
    the town "رأس بعلبك") is that other place, no place of its own."""
    inside: set[int] = set()
    start, end = -1, -1  # the span of the place that reaches furthest so far, in order of start
    for p in sorted(places, key=lambda p: (p.start, p.start - p.end)):
        if p.end <= end and end - start > p.end - p.start:
            inside.add(id(p))
        elif p.end > end:
            start, end = p.start, p.end
    return tuple(p for p in places if id(p) not in inside) if inside else places


QUANTIFIER_CHARS = 16  # "العديد من [المدن]": the words of quantity before a plural of places


def _quantified(text: str, start: int) -> bool:
    """"قصف العديد من المدن", "في عدة مناطق": a plural of places after a word of quantity."""
    before = " ".join(text[max(0, start - QUANTIFIER_CHARS):start].split()[-2:])
    return any(before.endswith(q) for q in grammar.words("place_quantifiers"))


def analyse(doc_id: str, nt: NormalizedText, published: date | None, title_end: int, gazetteer: Gazetteer,
            context: PlaceContext | None = None, timings: dict[str, float] | None = None,
            print_daily: bool = False) -> AnalysedDocument:
    """Find every mention once; the event engine then only looks things up. `timings`, when
    given, gets the seconds spent finding dates, mentions, places and sentences added to its
    "dates", "mentions", "places" and "segment" entries."""
    text = nt.text
    clock = _Clock(timings)
    times = tuple(t for t in find_times(text, published) if not _names_a_prayer(text, t))
    clock.lap("dates")
    mentions = find_mentions(text, [(t.start, t.end) for t in times], title_end)
    clock.lap("mentions")
    breaks = [m.start for m in _break_matcher().find_longest(text)]
    sents: list[Sentence] = []
    for p_index, para in enumerate(paragraphs(text)):
        for seg in sentences(para.text):
            abs_seg = Segment(seg.text, para.start + seg.start, para.start + seg.end)
            sents.append(Sentence(len(sents), abs_seg.start, abs_seg.end, p_index,
                                  _clauses(text, abs_seg, breaks), abs_seg.start < title_end))
    if not sents:
        sents.append(Sentence(0, 0, len(text), 0, ((0, len(text)),), False))
    clock.lap("segment")
    found_refs = [(m.word_start, m.end) for m in _place_ref_matcher().find_longest(text)]
    # "العديد من المدن": places counted, not the ones named before
    place_refs = tuple(r for r in found_refs if not _quantified(text, r[0]))
    blocked = _no_place_words(text, mentions, found_refs)
    words_of_events = Spans([(c.start, c.end) for c in mentions.cues] + [(m.start, m.end) for m in mentions.markers])
    clock.lap("mentions")
    places = _outermost(tuple(p for p in find_places(text, gazetteer, context)
                              if not _no_place(nt, p, words_of_events)
                              if not any(p.name_end <= b for _, b in blocked.starting_in(p.name_start - 120, p.name_start + 1))
                              or (p.pattern and p.start < p.name_start and not _named_by_a_group(mentions, p))))
    clock.lap("places")
    roles = tuple(sorted(((m.word_start, m.end, m.payload) for m in _role_matcher().find_longest(text)),
                         key=lambda r: r[1]))
    non_events = tuple((m.word_start, m.end) for m in _non_event_matcher().find_longest(text))
    # "مسيرة احتجاجية": a word of a protest cue is no weapon (مسيرة is also a drone)
    protests = [(c.start, c.end) for c in mentions.cues if c.cue.type == "Protests"]
    weapons = [w for w in mentions.weapons if not any(a <= w.start and w.end <= b for a, b in protests)
               and not _names_an_air_base(text, w)]
    index: dict[str, Spans[Any]] = {
        "times": Spans(times), "markers": Spans(mentions.markers), "weapons": Spans(weapons),
        "numbers": Spans(mentions.numbers), "cues": Spans(mentions.cues), "deaths": Spans(mentions.death_words),
        "non_events": Spans(non_events), "sources": Spans(mentions.sources), "fatalities": Spans(mentions.fatalities),
        "places": Spans(places), "actors": Spans(mentions.actors),
        "suspects": Spans(mentions.suspects),
        "anaphors": _anaphors(text, places),
    }
    clock.lap("mentions")
    return AnalysedDocument(doc_id, nt, published, title_end, tuple(sents), mentions, places, times, roles,
                            tuple(r[1] for r in roles), non_events, place_refs, index,
                            tuple(x.start for x in sents), print_daily)


class _Clock:
    """Adds the seconds since the last lap to a named entry of `timings` (nothing when None)."""

    __slots__ = ("last", "timings")

    def __init__(self, timings: dict[str, float] | None) -> None:
        self.timings = timings
        self.last = time.perf_counter()

    def lap(self, stage: str) -> None:
        if self.timings is not None:
            now = time.perf_counter()
            self.timings[stage] = self.timings.get(stage, 0.0) + now - self.last
            self.last = now
