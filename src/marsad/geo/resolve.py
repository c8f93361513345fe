"""Find place mentions in normalized Arabic text and resolve them to gazetteer places.

`find_places(nt_text, gazetteer, context)` returns every mention, in text order, as a `PlaceMention`: the
span of the whole mention ("ريف دير الزور الشرقي"), the span of the toponym itself, the place (or
None when the name after a pattern is unknown), ACLED's geo_precision (1 the place itself, 2 near
it, its countryside or a district, 3 a governorate, region or country), and the point, which
regional patterns move away from the place ("ريف حلب الشمالي" lies north of Aleppo).

How it works: one Aho-Corasick pass finds every gazetteer name (clitic-aware), another every
pattern word of `place_patterns.yaml`; a chain of pattern words right before a name says what
kind of place is meant and how precise the mention is. Ambiguous names are decided by the
document context (countries and governorates named in the title, section and text), the kind the
pattern asks for, the place's importance (kind and population) and nearness to the other places
of the document. Names that are ordinary words are matched only after a pattern word; unknown
names after a type word ("قرية X") are returned unresolved; misspellings after a pattern word are
matched with rapidfuzz.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import itemgetter
from typing import TypeVar

from marsad.geo import anchors as anch
from marsad.geo.gazetteer import (
    ADMIN_KINDS,
    SETTLEMENT_KINDS,
    Gazetteer,
)
from marsad.geo.items import Chain, Item, PlaceContext, PlaceMention, point_of
from marsad.geo.patterns import Cue, Patterns, patterns
from marsad.geo.scoring import NAMED_AFTER_PLACES, Near, document_context, resolve, unsupported
from marsad.text.match import Match
from marsad.text.normalize import NormalizedText, is_normal, norm, norm_key
from marsad.text.segment import is_word_char

# Misspelt names are matched to places of these countries only (the news this project reads).
FUZZY_COUNTRIES = frozenset({"SY", "IQ", "TR", "LB", "JO"})
SPLIT_HEAD_CHARS = 3  # "عر سال": the short first part of a name a stray space split
SITE_KINDS = frozenset({"hospital", "prison", "power_station", "port"})  # sites that may be named after a town
SITE_HEAD_CHARS = 14  # "[مسجد] الروضة": the word of the site right before the name
T = TypeVar("T")
_OPENERS = frozenset(' "«“\'(')
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_WORD_CHARS = re.compile(r"[^\W_]+")  # a run of `is_word_char` characters (str.isalnum: \w but "_")
_END, _WORD_START = itemgetter(1), itemgetter(2)  # (Match.end, Match.word_start)
_CONJUNCTIONS = frozenset({"و", "،و", ",و"})  # what lists a name after a mention (`_after_listed_place`)
_OWNER_OR_CONJUNCTION = frozenset({"و", "ل"})  # "ومسلحين", "لقوات": a proclitic before a word that is no name
_SEPARATORS = _CONJUNCTIONS | {"،", ","}


# ------------------------------------------------------------------------------------------ public


def find_places(nt_text: str, gazetteer: Gazetteer, context: PlaceContext | None = None) -> list[PlaceMention]:
    """Every place mention of the normalized text `nt_text`, resolved (spans index that text)."""
    g = gazetteer
    pats = patterns()
    items = [it for it in _scan(nt_text, g, pats) if not _named_after(nt_text, it)]
    anch.assign_sentences(nt_text, items)
    ctx = context or PlaceContext()
    # Pass 1: resolve with the given context; the clear results tell where the document is.
    for it in items:
        resolve(it, ctx, Near())
    ctx2 = ctx.merged(document_context(items), 0.6)
    anchors = Near(list(dict.fromkeys(
        (round(it.place.latitude, 1), round(it.place.longitude, 1)) for it in items
        if it.place is not None and it.margin >= 2.0 and it.place.kind not in {"country", "region"}
        and not unsupported(it, it.place))))
    # Pass 2: with the document's context and anchors; a bare minor place needs support.
    for it in items:
        resolve(it, ctx2, anchors, strict=True)
    # Pass 3: the places of each sentence weigh on its other names; far namesakes are dropped.
    local = anch.anchors_by_sentence(items, anch.mention_points(items, pats))
    for i, it in enumerate(items):
        if len(it.candidates) > 1 and local.get(it.sentence):
            resolve(it, ctx2, anchors, strict=True, local=anch.local_points(nt_text, i, items, local))
    for it in items:
        if _named_site_abroad(nt_text, it, ctx2, pats):
            it.place = None  # "مستشفى الثورة" in an article on Taiz: a hospital's name, not Syria's Tabqa
        if it.fuzzy and it.place is not None and ((it.fuzzy_ratio < 92.0 and ctx2.countries.get(
                it.place.country_code or "", 0.0) < 0.3) or not _country_named_otherwise(it, items)):
            it.place = None
    settled = False  # whether `local` holds the anchors of the items as they are
    for _round in range(2):
        local = anch.anchors_by_sentence(items, anch.mention_points(items, pats))
        settled = not anch.reject_namesakes(nt_text, items, local)
        if settled:
            break
    anch.unknown_name_runs_on(nt_text, items)
    anch.abroad_namesakes(items)
    kept = [it for it in items if it.place is not None or _may_stay_unknown(it)]
    # (the anchors are made again only where the items they are made of changed: a name dropped,
    # a place or a host city given; every other field they read is left alone by these steps)
    if not settled or len(kept) < len(items):
        local = anch.anchors_by_sentence(kept, anch.mention_points(kept, pats))
    before = [(it.place, it.host) for it in kept]
    anch.match_near_anchors(nt_text, kept, local, g)
    anch.place_in_host_city(nt_text, kept)
    if any(it.place is not p or it.host is not h for it, (p, h) in zip(kept, before, strict=True)):
        local = anch.anchors_by_sentence(kept, anch.mention_points(kept, pats))
    anch.place_unknowns(nt_text, kept, local)
    kept = [it for it in kept if it.place is not None or it.anchor is not None
            or (it.chain is not None and it.chain.unknown_ok and not it.chain.anchored_only)]
    return [_mention(nt_text, it, pats) for it in kept]


def _site_named_abroad(it: Item, ctx: PlaceContext) -> bool:
    """A site named after a town ("مستشفى X", "سجن X": a type word of sites, `SITE_KINDS`) whose
    town lies outside the country the document is about (the heaviest of its context) is a site's
    own name (a hospital "of the revolution" in Taiz), no mention of that town."""
    t = it.chain.of("type") if it.chain else None
    if it.place is None or t is None or not set(t.kinds) & SITE_KINDS or it.place.kind in SITE_KINDS:
        return False
    return ctx.countries.get(it.place.country_code or "", 0.0) < max(ctx.countries.values(), default=0.0)


def _named_site_abroad(text: str, it: Item, ctx: PlaceContext, pats: Patterns) -> bool:
    """"مسجد الروضة" in an article on Sinai: a bare name right after the word of a place of worship
    or a school (`site_heads`) whose namesake lies outside the country the document is about is
    the site's own name, no mention of that town (as is a site's after its type word:
    `_site_named_abroad`)."""
    if _site_named_abroad(it, ctx):
        return True
    if it.place is None or it.chain is not None:
        return False
    before = text[max(0, it.name_start - SITE_HEAD_CHARS):it.name_start].split()[-1:]
    return bool(before) and before[0] in pats.site_heads \
        and ctx.countries.get(it.place.country_code or "", 0.0) < max(ctx.countries.values(), default=0.0)


def _named_after(text: str, it: Item) -> bool:
    """"شارع بغداد", "قيادة عمليات الأنبار": a street or a command named after a place, the name
    right after the word (no preposition: "عمليات ببعقوبة" are operations in Baqubah), is no
    mention of the place."""
    chain = it.chain
    t = chain.of("type") if chain else None
    if chain is None or t is None or not set(t.kinds) <= NAMED_AFTER_PLACES \
            or any(c.category != "type" for c in chain.cues):
        return False  # "عمليات شرقي الفلوجة": operations east of Fallujah, a place
    word_start = it.name_start
    while word_start > 0 and text[word_start - 1].isalnum():
        word_start -= 1
    return text[word_start:it.name_start] in ("", "و")  # "شارعي الثورة وبغداد": a list's "و"


def _country_named_otherwise(it: Item, items: list[Item]) -> bool:
    """A misspelling is read in a country the article names by other places, or in any when it
    names none ("قرية بريستال" in an English article is no Brital in Lebanon, whose only support is
    itself)."""
    assert it.place is not None
    others = {o.place.country_code for o in items if o is not it and not o.fuzzy and o.place is not None}
    return not others or it.place.country_code in others


def _may_stay_unknown(it: Item) -> bool:
    """An unknown name (or a namesake's) is kept after a type word that allows unknown names."""
    return it.chain is not None and (it.chain.unknown_ok or (it.namesake and it.chain.of("type") is not None))


def context_from(gazetteer: Gazetteer, title: str | None, section: str | list[str] | tuple[str, ...] | None = None,
                 body: str | None = None) -> PlaceContext:
    """The document's hints: countries and governorates named in its title and breadcrumb section
    (full weight) and in its body (weighted by how often each is named)."""
    g = gazetteer
    pats = patterns()
    ctx = _head_context(g, pats, title, section)
    if body:
        ctx = ctx.merged(_context_of(norm_key_lines(body), g, pats, 0.5))
    return ctx


def document_context_from(gazetteer: Gazetteer, title: str | None, section: str | list[str] | tuple[str, ...] | None,
                          nt: NormalizedText, lead: int) -> PlaceContext:
    """`context_from(gazetteer, title, section, nt.text[:lead])`, the lead's names and pattern
    words read off the scans of the whole text that `find_places(nt.text, ...)` makes anyway
    (the gazetteer's matcher remembers the last text's names, the lexicon's shared scan its hits):
    the text is scanned once for both."""
    g = gazetteer
    pats = patterns()
    ctx = _head_context(g, pats, title, section)
    text = nt.text
    part = text[:lead]
    if not part:
        return ctx
    if not is_normal(part):  # (normalize's text is its own normalization: this does not happen)
        return ctx.merged(_context_of(norm_key_lines(part), g, pats, 0.5))
    found = (g.matcher.find_prefix(text, lead), pats.matcher.find_prefix(text, lead))
    return ctx.merged(_context_of(part, g, pats, 0.5, found))


def _head_context(g: Gazetteer, pats: Patterns, title: str | None,
                  section: str | list[str] | tuple[str, ...] | None) -> PlaceContext:
    head = " \n ".join([title or ""] + ([section] if isinstance(section, str) else list(section or [])))
    return _context_of(norm_key_lines(head), g, pats, 1.0)


def norm_key_lines(text: str) -> str:
    return norm(text)


# -------------------------------------------------------------------------------------- scanning


def _scan(text: str, g: Gazetteer, pats: Patterns,
          found: tuple[list[Match[str]], list[Match[Cue]]] | None = None) -> list[Item]:
    """The items of `text`; `found`: its gazetteer names and pattern words when already matched."""
    name_hits, cue_hits = found if found is not None else (g.matcher.find(text), pats.matcher.find(text))
    names = _longest(name_hits)
    name_starts = [n.start for n in names]
    cue_matches = [m for m in _longest(cue_hits)
                   if "ال" not in text[m.word_start:m.start] and not any(
                       _overlaps(m, n) for n in names[max(0, bisect_left(name_starts, m.start) - 3):
                                                      bisect_left(name_starts, m.end)])]
    name_at: dict[int, Match[str]] = {m.word_start: m for m in names}
    items: list[Item] = []
    used_names: set[int] = set()
    # Chains of pattern words, each followed by a name (or an unknown name after a type word).
    for group, (chain, nxt) in enumerate(_chains(text, cue_matches)):
        plural = any(c.plural for c in chain.cues)
        pos = nxt
        first = True
        while True:
            nm = name_at.get(pos)
            if nm is not None and nm.word_start not in used_names:
                used_names.add(nm.word_start)
                it = _item_from_match(text, nm, g, pats, chain if first else Chain(pos, pos, chain.cues))
                it.start = chain.start if first else nm.start
                it.group = group
                items.append(it)
                end = it.end
            else:
                upos = pos
                if not first and text.startswith("و", pos) and pos + 1 < len(text) and is_word_char(text[pos + 1]):
                    upos = pos + 1  # "قريتي تل أعور والفريكة": the conjunction is not part of the name
                # a member after a known one is a name however the chain's type word takes strangers
                # ("منطقتي سلمى وكباني", "منطقتي الكوم وكتف الغدر")
                listed = not first and bool(items[-1].candidates)
                it2 = _unknown_after(text, upos, chain, g, pats, allow_unresolved=chain.unknown_ok, listed=listed)
                if it2 is None or (not first and not it2.candidates and not _list_item(text, it2, pats)):
                    break
                if not first:
                    it2.start = upos
                it2.group = group
                items.append(it2)
                end = it2.end
            first = False
            if not plural:
                break
            nxt_pos = _list_continues(text, end)
            if nxt_pos is None:
                break
            pos = nxt_pos
    # Bare names (not after a pattern word).
    for nm in names:
        if nm.word_start in used_names:
            continue
        key = nm.key
        weak = _weak_prefix(text, nm)
        listed = _after_listed_place(text, nm, items, conjunction=key in pats.cue_only)
        if (key in pats.cue_only or weak) and not listed:
            continue
        locative = _locative(text, nm, pats)
        if key in pats.locative_only and not (locative or listed):
            continue
        # (the item of `_item_from_match` without a chain, made only for the names kept)
        items.append(Item(nm.start, nm.end, nm.start, nm.end, key, list(g.candidates(key)), None,
                          weak_prefix=weak, listed=listed, locative=locative))
        used_names.add(nm.word_start)
    items.sort(key=lambda i: i.start)
    return items


def _list_item(text: str, it: Item, pats: Patterns) -> bool:
    """An unknown word after a list separator is the list's next name ("قريتي البحصة والمشيك",
    "قرى X، Y وZ في ريف حلب"), not the next clause ("مدينتي الفلوجة والرمادي، أمر خطير",
    "وكالة", "ونفذوا"): it is definite or a compound name, or ends the list."""
    name = text[it.name_start:it.name_end]
    if name.endswith("وا") or name in pats.not_names:
        return False
    if name.startswith("ال") or " " in name:
        return True
    k = it.name_end
    while k < len(text) and text[k] == " ":
        k += 1
    if k >= len(text) or not is_word_char(text[k]):
        return True  # punctuation or the end: the list ends here
    nxt = text[k:k + 12].split(" ", 1)[0]
    return nxt[:1] in {"و", "ب"} or nxt in pats.cues or nxt in pats.list_followers


def _list_continues(text: str, end: int) -> int | None:
    """Where the next name of a list starts after a name ending at `end` ("X، Y وZ", "X و Y"),
    or None when no list separator follows."""
    k = end
    while k < len(text) and text[k] == " ":
        k += 1
    comma = k < len(text) and text[k] in "،,"
    if comma:
        k += 1
        while k < len(text) and text[k] == " ":
            k += 1
    if text.startswith("و ", k):
        k += 2
        while k < len(text) and text[k] == " ":
            k += 1
        return k
    if text.startswith("و", k) and k + 1 < len(text) and is_word_char(text[k + 1]):
        return k
    return k if comma else None


def _overlaps(a: Match[Cue], b: Match[str]) -> bool:
    return a.start < b.end and b.start < a.end


def _longest(matches: list[Match[T]]) -> list[Match[T]]:
    """Non-overlapping matches, the longest at each position, left to right."""
    out: list[Match[T]] = []
    pos = -1
    # (by word start, the longest first at one start: two stable sorts with keys read in C, the
    # order of `sorted(matches, key=lambda m: (m.word_start, -(m.end - m.word_start)))`)
    ordered = sorted(matches, key=_END, reverse=True)
    ordered.sort(key=_WORD_START)
    for m in ordered:
        if m.word_start >= pos:
            out.append(m)
            pos = m.end
    return out


def _chains(text: str, cues: list[Match[Cue]]) -> list[tuple[Chain, int]]:
    """Runs of adjacent pattern words (spaces between them, or a number before a unit), with the
    text position where the name after them starts."""
    out: list[tuple[Chain, int]] = []
    i = 0
    while i < len(cues):
        m = cues[i]
        chain = Chain(m.start, m.end, [m.payload])
        # "على بعد 20 كم شرق X": a number and a unit before the chain.
        if m.payload.category == "unit":
            num = _number_before(text, m.word_start)
            if num is None:
                i += 1
                continue
            chain.distance_km = num
        j = i + 1
        while j < len(cues) and text[chain.end:cues[j].word_start].strip() == "":
            chain.cues.append(cues[j].payload)
            chain.end = cues[j].end
            j += 1
        i = j
        if all(c.category == "unit" for c in chain.cues):
            continue
        k = chain.end
        while k < len(text) and text[k] in _OPENERS:  # spaces and opening quotes: 'قرية "أم حوش"'
            k += 1
        out.append((chain, k))
    return out


def _number_before(text: str, pos: int) -> float | None:
    k = pos
    while k > 0 and text[k - 1] == " ":
        k -= 1
    m = re.search(r"(\d+(?:\.\d+)?)$", text[max(0, k - 12):k])
    return float(m.group(1)) if m else None


def _item_from_match(text: str, m: Match[str], g: Gazetteer, pats: Patterns, chain: Chain | None) -> Item:
    key = m.key
    it = Item(m.start, m.end, m.start, m.end, key, list(g.candidates(key)), chain, weak_prefix=_weak_prefix(text, m))
    if chain is not None and chain.of("countryside") is not None:
        it.after_dir = _countryside_adjective(text, m.end, pats)
        if it.after_dir:
            it.end = m.end + 1 + len(it.after_dir[0])
    return it


def _weak_prefix(text: str, m: Match[str]) -> bool:
    """The article stands among the proclitics of a name that has none of its own ("الحلب")."""
    return "ال" in text[m.word_start:m.start] and not m.key.startswith("ال")


def _countryside_adjective(text: str, pos: int, pats: Patterns) -> tuple[str, float, float] | None:
    rest = text[pos:pos + 30]
    if not rest.startswith(" "):
        return None
    best = None
    for term, (bearing, km) in pats.countryside_directions.items():
        if not rest[1:].startswith(term) or (best is not None and len(term) <= len(best[0])):
            continue
        if len(rest) == 1 + len(term) or not is_word_char(rest[1 + len(term)]):
            best = (term, bearing, km)
    return best


def _locative(text: str, m: Match[str], pats: Patterns) -> bool:
    """The name stands where a place is named: after a locative word or with the clitic ب or ل."""
    prefix = text[m.word_start:m.start]
    if "ب" in prefix or "ل" in prefix.replace("ال", ""):
        return True
    k = m.word_start
    while k > 0 and text[k - 1] == " ":
        k -= 1
    j = k
    while j > 0 and is_word_char(text[j - 1]):
        j -= 1
    prev = text[j:k]
    if prev[:1] in {"و", "ف"} and prev[1:] in pats.locatives:
        prev = prev[1:]
    return prev in pats.locatives


def _after_listed_place(text: str, m: Match[str], items: list[Item], conjunction: bool = False) -> bool:
    """A name listed right after a mention: after a comma or with the conjunction و ("الفوعة
    والحصن", "حلب، الباب"); two names side by side are no list ("عبد الله صالح"). With
    `conjunction`, only و makes the list (a word that is also a name, "في السعودية، فإن منح", is no
    place after a bare comma)."""
    # only the nearest mention before the name can be separated from it by a bare separator
    joins = _CONJUNCTIONS if conjunction else _SEPARATORS
    for it in reversed(items):
        if it.end > m.word_start:
            continue
        return bool(it.candidates) and text[it.end:m.start].replace(" ", "") in joins
    return False


def _unknown_after(text: str, pos: int, chain: Chain, g: Gazetteer, pats: Patterns,
                   allow_unresolved: bool, listed: bool = False) -> Item | None:
    """The name after a pattern word that the gazetteer lacks: fuzzy-matched, else unresolved.
    `listed`: the next member of a list after a known place, an indefinite name ("وكباني") or a
    construct of two words ("وكتف الغدر") as well."""
    words = _words_at(text, pos, 3)
    if not words:
        return None
    w1s, w1e = words[0]
    w1 = text[w1s:w1e]
    if w1 in pats.not_names or _NUMBER.fullmatch(w1) or len(w1.replace("ال", "", 1)) < 2 \
            or w1.startswith(OWNER_PREFIX) \
            or (w1[:1] in _OWNER_OR_CONJUNCTION and w1[1:] in pats.not_names):  # "عدة مدن والمعارضة", "قاعدة لقوات"
        return None
    if chain.anchored_only and not w1.startswith("ال") and not listed:
        return None  # "منطقة عازلة", "مناطق سيطرة": only definite names ("مناطق الشيحة")
    end = w1e
    bare1 = w1[2:] if w1.startswith("ال") else w1
    if listed and not w1.startswith("ال") and len(words) > 1 and _construct_second(text[words[1][0]:words[1][1]], g, pats):
        end = words[1][1]  # "وكتف الغدر", "وباب الليمون": a name of two words in construct
    elif w1 in pats.name_heads or bare1 in pats.name_heads:
        w2 = text[words[1][0]:words[1][1]] if len(words) > 1 else ""
        if not w2 or w2 in pats.not_names:
            return None  # "جسر على النهر": a head word alone is no name
        end = words[1][1]
        if w2 in pats.name_heads and len(words) > 2:  # "تل أبو حمام"
            end = words[2][1]
    name = text[w1s:end]
    key = norm_key(name)
    if key in pats.never_keys:
        return None  # an ordinary word ("شرق آسيا", "جنوب المتوسط"), not a misspelt name
    if g.candidates(key):
        it = Item(chain.start, end, w1s, end, key, list(g.candidates(key)), chain)
        return it
    if end == w1e and len(words) > 1 and len(w1) <= SPLIT_HEAD_CHARS and not w1.startswith("ال"):
        joined = norm_key(w1 + text[words[1][0]:words[1][1]])  # "بلدة عر سال": a name split by a stray space
        if g.candidates(joined):
            return Item(chain.start, words[1][1], w1s, words[1][1], joined, list(g.candidates(joined)), chain)
    # misspellings only after a word that introduces a name ("قاعدة كونيو", "مدينة الميادن"), not
    # after "قرب", "وسط", "أطراف" ("قرب مكان التفجير", "وسط المصلين") or "منطقة"
    t = chain.of("type")
    if t is not None and t.term.startswith("ال"):
        return None  # "المدينة X", "البلدة المسيحية": anaphoric, not a name
    fuzzy, ratio = g.fuzzy(key, cutoff=85.0) if chain.unknown_ok and not chain.anchored_only else (None, 0.0)
    if fuzzy is not None:
        t = chain.of("type")
        cands = [p for p in g.candidates(fuzzy) if p.kind != "country" and p.country_code in FUZZY_COUNTRIES
                 and (t is None or p.kind in t.kinds)]
        if cands:
            it = Item(w1s, end, w1s, end, fuzzy, cands, chain, fuzzy=True, fuzzy_ratio=ratio)
            it.start = chain.start
            return it
    if not allow_unresolved:
        return None
    it = Item(chain.start, end, w1s, end, key, [], chain)
    return it


def _construct_second(w2: str, g: Gazetteer, pats: Patterns) -> bool:
    """A definite word that may end a two-word name: no adjective, no word of the patterns, no
    place of its own."""
    return w2.startswith("ال") and len(w2) > 3 and not w2.endswith(pats.adjective_endings) and w2 not in pats.not_names \
        and w2 not in pats.cues and not g.candidates(norm_key(w2))


OWNER_PREFIX = "لل"  # ل with the article: "للأمم", "للجيش" say whose a place is


def _words_at(text: str, pos: int, n: int) -> list[tuple[int, int]]:
    """The spans of up to `n` words from `pos` on (runs of letters and digits, `is_word_char`),
    with only spaces between them: none when `pos` starts no word, and no word after one that
    punctuation ends."""
    out: list[tuple[int, int]] = []
    k = pos
    size = len(text)
    while len(out) < n:
        m = _WORD_CHARS.match(text, k)
        if m is None:
            break
        k = m.end()
        out.append((m.start(), k))
        if k >= size or text[k] != " ":
            break
        while k < size and text[k] == " ":
            k += 1
    return out


# ------------------------------------------------------------------------------------ resolving


def _context_of(text: str, g: Gazetteer, pats: Patterns, weight: float,
                found: tuple[list[Match[str]], list[Match[Cue]]] | None = None) -> PlaceContext:
    items = [it for it in _scan(text, g, pats, found) if it.candidates]
    for it in items:
        resolve(it, PlaceContext(), Near())
    doc = document_context(items)
    return PlaceContext({k: min(1.0, v * 2) * weight for k, v in doc.countries.items()},
                        {k: v * weight for k, v in doc.admin1.items()})


# ---------------------------------------------------------------------------------- the mention




IN_CITY = "in-city"  # the pattern mark of a place the gazetteer lacks, put in the city it lies in


def _mention(text: str, it: Item, pats: Patterns) -> PlaceMention:
    p = it.place
    chain = it.chain
    label = chain.label if chain else None
    if it.after_dir:
        label = f"{label}+{it.after_dir[0]}"
    if it.fuzzy:
        label = f"{label}+fuzzy" if label else "fuzzy"
    if it.host:
        label = f"{label}+{IN_CITY}"
    if p is None:
        if it.anchor_point is not None:
            lat, lon, prec = it.anchor_point
            return PlaceMention(text[it.start:it.end], it.start, it.end, it.name_start, it.name_end, None,
                                prec, label, lat, lon, 0.0, it.anchor)
        t = chain.of("type") if chain else None
        return PlaceMention(text[it.start:it.end], it.start, it.end, it.name_start, it.name_end, None,
                            t.precision if t else 2, label, None, None, 0.0)
    lat, lon, precision = point_of(it, pats)
    return PlaceMention(text[it.start:it.end], it.start, it.end, it.name_start, it.name_end, p, precision,
                        label, lat, lon, it.score, distance_km=chain.distance_km if chain else None)


__all__ = ["ADMIN_KINDS", "SETTLEMENT_KINDS", "PlaceContext", "PlaceMention", "context_from", "document_context_from", "find_places"]
