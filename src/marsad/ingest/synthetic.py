"""Synthetic articles for ingest benchmarks and tests: any number of distinct documents made of
the paragraphs of a real corpus.

Document `i` of seed `s` takes the headline of one article of the pool and two to four
paragraphs drawn from the whole pool (seeded by `s` and `i` alone, so document `i` is the same
whatever `n`), gets a publication date in 2015-2024 and the id `synth-{s}-{i}`. Its text is new
(its content hash is its own), its sentences are real news sentences (extraction does real work:
places, actors, dates and tolls resolve as in the source corpus), and paragraphs shared between
documents give the deduplication what it meets in an archive: the same incident told again.
The pool is the shared SaudiNewsNet corpus when the benchmark has it, else the bundled samples.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import IO

from marsad.documents import iter_documents
from marsad.models import Document

FIRST_DAY = date(2015, 1, 1)
DAYS = 3650


@dataclass(frozen=True, slots=True)
class Pool:
    titles: tuple[str, ...]
    paragraphs: tuple[str, ...]


def pool(sources: Sequence[str], limit: int = 0) -> Pool:
    """Headlines and paragraphs (of 40 characters or more) of the text documents of `sources`."""
    titles: list[str] = []
    paragraphs: list[str] = []
    for source in sources:
        for n, item in enumerate(iter_documents(source)):
            if limit and n >= limit:
                break
            if not isinstance(item, Document) or not item.text:
                continue
            if item.title:
                titles.append(item.title.strip())
            paragraphs.extend(p.strip() for p in item.text.split("\n") if len(p.strip()) >= 40)
    if not paragraphs:
        raise ValueError(f"no text paragraphs in {', '.join(sources)}")
    return Pool(tuple(titles) or ("",), tuple(paragraphs))


def document(p: Pool, i: int, seed: int = 0) -> Document:
    rng = random.Random(seed * 1_000_003 + i)
    k = rng.randint(2, 4)
    body = "\n\n".join(rng.choice(p.paragraphs) for _ in range(k))
    day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
    return Document(id=f"synth-{seed}-{i}", title=rng.choice(p.titles) or None,
                    text=f"{body}\n\n(synth {seed}-{i})", published=day, source="marsad-synthetic")


def documents(p: Pool, n: int, seed: int = 0, start: int = 0) -> Iterator[Document]:
    for i in range(start, start + n):
        yield document(p, i, seed)


def to_json(doc: Document) -> str:
    return json.dumps({"id": doc.id, "title": doc.title, "text": doc.text,
                       "published": doc.published.isoformat() if doc.published else None,
                       "source": doc.source}, ensure_ascii=False)


def write_jsonl(out: IO[str], p: Pool, n: int, seed: int = 0) -> int:
    for doc in documents(p, n, seed):
        out.write(to_json(doc) + "\n")
    return n


def write_parquet(path: Path, p: Pool, n: int, seed: int = 0, row_group: int = 10_000) -> int:
    """The same documents as a Parquet corpus, written `row_group` rows at a time."""
    # pyarrow is loaded only when a Parquet corpus is written
    import pyarrow as pa

    # (both modules)
    import pyarrow.parquet as pq

    schema = pa.schema([("id", pa.string()), ("title", pa.string()), ("text", pa.string()),
                        ("published", pa.date32()), ("source", pa.string())])
    with pq.ParquetWriter(str(path), schema, compression="zstd") as w:
        rows: list[dict[str, object]] = []
        for doc in documents(p, n, seed):
            rows.append({"id": doc.id, "title": doc.title, "text": doc.text, "published": doc.published,
                         "source": doc.source})
            if len(rows) >= row_group:
                w.write_table(pa.Table.from_pylist(rows, schema=schema))
                rows = []
        if rows:
            w.write_table(pa.Table.from_pylist(rows, schema=schema))
    return n
