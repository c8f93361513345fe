"""The one clitic inventory: proclitic sequences and inflection endings, from data/grammar.yaml.

Every reader that splits a word into proclitics and a stem asks this module which forms exist:
the tokenizer (`marsad.text.segment`), the phrase and name matchers (`marsad.text.match`,
`marsad.geo.names`), the number and date readers (`marsad.extract.numbers`,
`marsad.extract.times`) and the page furniture (`marsad.article.furniture`). A proclitic sequence is
[conjunction] [preposition] [article] (و/ف, ب/ك/ل, ال), written together in front of the word; after
ل the article loses its alef ("للرقة" = ل + الرقة). Readers that want fewer forms ask for a
selection (`proclitics(prepositions=("ب",))`), never spell their own list.

The data are read through `marsad.datafiles` (below the text layer) and normalized here with the
same function as the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from itertools import product

from marsad.datafiles import Entry, read
from marsad.errors import LexiconError
from marsad.text.normalize import norm_key

__all__ = ["Morphology", "morphology"]

_FILE = "grammar.yaml"


@dataclass(frozen=True, slots=True)
class Morphology:
    """The clitics of the grammar data, normalized."""

    conjunctions: tuple[str, ...]  # و ف
    prepositions: tuple[str, ...]  # ب ك ل
    article: str  # ال
    elided_after: frozenset[str]  # prepositions before which the article drops its alef (ل)
    inflection_endings: tuple[str, ...]  # "" first, then the endings of the data, in their order

    def proclitics(self, conjunctions: bool = True, prepositions: tuple[str, ...] | None = None,
                   article: bool | str = True) -> tuple[str, ...]:
        """Proclitic sequences as written, longest first, without the empty one.

        conjunctions: whether و/ف may open the sequence; prepositions: which prepositions may
        follow (None = all); article: True (with or without it), False (never) or "after_preposition"
        (only behind a preposition: "بال" but not "ال", "وال").
        """
        preps = self.prepositions if prepositions is None else prepositions
        out: list[str] = []
        for c, p, a in product(("", *self.conjunctions) if conjunctions else ("",), ("", *preps),
                               ("", self.article) if article else ("",)):
            if a and article == "after_preposition" and not p:
                continue
            form = c + p + self.attach_article(p, a)
            if form and form not in out:
                out.append(form)
        return tuple(sorted(out, key=len, reverse=True))

    def attach_article(self, preposition: str, article: str) -> str:
        """The article as written after `preposition` ("ل" + "ال" → the "ل" of "لل")."""
        return article[1:] if article and preposition in self.elided_after else article

    def with_article(self) -> tuple[str, ...]:
        """The proclitic sequences that carry the article (وال, بال, لل ...), longest first
        (made once: the event rules ask for them per cue)."""
        return _with_article(self)

    def before_article(self) -> tuple[frozenset[str], frozenset[str]]:
        """Proclitics in front of a word that has the article itself: (written in front of the
        article: و ب وب ..., with ""), (written in place of its alef: ل ول فل)."""
        plain = self.proclitics(article=False)
        elided = frozenset(p for p in plain if p[-1:] and p[-1] in self.elided_after)
        return frozenset(("", *plain)) - elided, elided


@cache
def _with_article(m: Morphology) -> tuple[str, ...]:
    plain = set(m.proclitics(article=False))
    return tuple(p for p in m.proclitics() if p not in plain)


def _terms(data: dict[str, list[Entry]], section: str, key: str = "ar") -> tuple[str, ...]:
    if section not in data:
        raise LexiconError(f"{_FILE}: no section {section!r}")
    return tuple(norm_key(str(t)) for e in data[section] for t in e.get(key, []))


@cache
def morphology() -> Morphology:
    """The inventory of data/grammar.yaml (loaded once)."""
    data = read(_FILE)
    (article,) = _terms(data, "clitic_article")
    return Morphology(
        conjunctions=_terms(data, "clitic_conjunctions"),
        prepositions=_terms(data, "clitic_prepositions"),
        article=article,
        elided_after=frozenset(_terms(data, "clitic_article", "elided_after")),
        inflection_endings=("", *_terms(data, "inflection_endings")),
    )
