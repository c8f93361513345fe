"""The whole pipeline for one document: article → normalized text → mentions → events.

`process(doc)` is what the CLI, the ingest runner and the API all call; it raises `MarsadError`
subclasses for documents it cannot handle (the batch loops turn them into recorded failures).
"""

from __future__ import annotations

import gc
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from marsad.acled import Inter
from marsad.article import read_article
from marsad.article.pubdate import print_daily
from marsad.errors import ExtractionError
from marsad.extract.document import AnalysedDocument, analyse
from marsad.extract.events import build_candidates
from marsad.extract.mentions import CueMention
from marsad.extract.merge import merge_candidates
from marsad.extract.place_roles import told_as_place
from marsad.extract.records import placed_across_borders, placed_by_its_police, to_event
from marsad.geo.gazetteer import Gazetteer, default_gazetteer
from marsad.geo.resolve import document_context_from
from marsad.ids import content_hash, document_id, with_ids
from marsad.models import Article, Document, Event
from marsad.text.cut import cut_text
from marsad.text.normalize import NormalizedText, normalize

EVENT_LANGUAGES = {"ar", None}
# The stages `Processed.timings` names: reading the article, normalizing, dates, mentions
# (lexicon words, numbers), sentences and clauses, places (context and resolution), the event
# rules (cues, roles, arguments), merging into records.
STAGES = ("read", "normalize", "dates", "mentions", "segment", "places", "roles", "merge")
LEAD_CHARS = 1500


@dataclass(frozen=True, slots=True)
class Processed:
    article: Article
    text: NormalizedText  # normalization of article.full_text; every span indexes text.text
    events: list[Event]
    language: str | None
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage (STAGES)
    skipped_reason: str | None = None  # why no events were looked for (another language ...)
    dropped: list[tuple[str, str]] = field(default_factory=list)  # cue words that told no incident, and why
    cut: str | None = None  # why and where the article text was cut (over `max_text_chars`)


def _doc_country(doc: AnalysedDocument) -> str | None:
    counts = Counter(p.place.country for p in doc.places if p.place and p.place.country and told_as_place(doc, p))
    title = [p.place.country for p in doc.places if p.start < doc.title_end and p.place and p.place.country]
    if title:
        return title[0]
    # "تركيا تفرض ...": a state named as the headline's subject says whose country it is
    states = [a.actor.country for a in doc.mentions.actors if a.start < doc.title_end and a.actor.country
              and a.actor.inter in (Inter.STATE, Inter.EXTERNAL)]
    if states:
        return states[0]
    return counts.most_common(1)[0][0] if counts else None


def extract_events(article: Article, nt: NormalizedText | None = None, *, include_background: bool = True,
                   timings: dict[str, float] | None = None, gazetteer: Gazetteer | None = None,
                   dropped: list[tuple[str, str]] | None = None, doc_id: str | None = None) -> list[Event]:
    """Event records of one article (headline and body), ids stable across runs (`marsad.ids`: of
    `doc_id`, the stored document's id, by default the article's own id); places are resolved with
    `gazetteer` (the user's active gazetteer when None). `dropped` collects the cue words that
    reported no incident, each with the reason."""
    nt = nt or normalize(article.full_text)
    title_end = len(nt.text.split("\n\n", 1)[0]) if article.title else 0
    stages: dict[str, float] = {} if timings is None else timings
    t0 = time.perf_counter()
    # The headline, the breadcrumb and the lead say where the article is (the resolver weighs the
    # rest of the text sentence by sentence itself); the lead's names come from the one scan of
    # the whole text that the place resolution reads too.
    g = gazetteer or default_gazetteer()
    context = document_context_from(g, article.title or "", list(article.section), nt, LEAD_CHARS)
    _add(stages, "places", time.perf_counter() - t0)
    doc = analyse(article.id, nt, article.published, title_end, g, context, stages,
                  print_daily(article.source, article.url))
    t1 = time.perf_counter()
    why_not: list[tuple[CueMention, str]] = []
    built = build_candidates(doc, why_not)
    t2 = time.perf_counter()
    cands = merge_candidates(built, doc, why_not)
    if dropped is not None:
        dropped.extend((nt.original_text(cue.start, cue.end), reason) for cue, reason in why_not)
    country = _doc_country(doc)
    events = [placed_by_its_police(to_event(doc, c, country), g) for c in cands if include_background or not c.background]
    events = placed_across_borders(events, doc, g)
    events = with_ids(doc_id or article.id, events)
    _add(stages, "roles", t2 - t1)
    _add(stages, "merge", time.perf_counter() - t2)
    return events


def _add(timings: dict[str, float], stage: str, seconds: float) -> None:
    timings[stage] = timings.get(stage, 0.0) + seconds


_settled = False  # the process's lasting objects were moved out of the collector's reach


def _settle() -> None:
    """After the first document of a process: what is loaded by then (the gazetteer, the
    lexicon's matchers, the grammar) lasts as long as the process, so the cyclic garbage
    collector is told to leave it alone (`gc.freeze`) instead of walking its 300,000 objects at
    every full collection. Nothing is collected before: cycles already unreachable stay."""
    global _settled
    if not _settled:
        _settled = True
        gc.freeze()


def process(doc: Document, *, include_background: bool = True, published: date | None = None,
            max_text_chars: int = 0) -> Processed:
    """Article, normalized text and event records of one document. `published` dates a document
    whose page and metadata carry no date (relative dates are resolved against it); records of
    earlier incidents told as context are flagged background (left out with
    `include_background=False`). An article body longer than `max_text_chars` (0: no limit) is
    cut at a paragraph break first (`Processed.cut` says so)."""
    try:
        return _process(doc, include_background, published, max_text_chars)
    finally:
        if not _settled:
            _settle()


def _process(doc: Document, include_background: bool, published: date | None, max_text_chars: int) -> Processed:
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    article = read_article(doc)
    if article.published is None and published is not None:
        article = replace(article, published=published)
    body, cut = cut_text(article.body, max_text_chars)
    if cut:
        article = replace(article, body=body)
    timings["read"] = time.perf_counter() - t0
    if not article.body.strip() and not (article.title or "").strip():
        raise ExtractionError("the document has no article text", doc.id)
    t1 = time.perf_counter()
    nt = normalize(article.full_text)
    timings["normalize"] = time.perf_counter() - t1
    if article.language not in EVENT_LANGUAGES:
        return Processed(article, nt, [], article.language, timings,
                         f"language '{article.language}' is not Arabic: no events extracted", cut=cut)
    dropped: list[tuple[str, str]] = []
    events = extract_events(article, nt, include_background=include_background, timings=timings, dropped=dropped,
                            doc_id=document_id(content_hash(doc)))  # the ids the store gives them
    return Processed(article, nt, events, article.language, timings, dropped=dropped, cut=cut)
