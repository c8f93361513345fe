"""Large inputs read as streams: Parquet corpora, fsspec URLs (`s3://…`), directories of both.

`iter_source(source)` yields a `Document` or a `Failure` at a time, never the whole input:
* JSON lines are read line by line (`marsad.documents.iter_jsonl`), gzip-compressed ones too;
* a Parquet corpus (`.parquet`, the columns of the JSON-lines format: `id`, `text` or `html`,
  and optionally `title`, `published`, `url`, `source`) is read in record batches of
  `BATCH_ROWS` rows (`pyarrow.parquet.ParquetFile.iter_batches`), only those columns;
* a directory gives its pages, texts and JSON-lines corpora as before (`iter_documents`), then its
  Parquet files;
* a URL of another scheme than http(s) (`s3://bucket/corpus/`, `gs://…`, `memory://…`) is opened
  with fsspec, installed by the `s3` (or `cluster`) extra: a file, or every JSON-lines and Parquet
  file under a prefix, in name order. Without fsspec the source is a recorded failure that says
  which extra to install.

In a Parquet corpus the identity of a document is its content hash, as everywhere in the store;
unlike a JSON-lines file, a repeated `id` is not looked for (that would keep every id in memory).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from marsad.documents import JSONL_SUFFIXES, Item, document_from_json, iter_documents, iter_jsonl
from marsad.errors import InputError
from marsad.models import Failure

PARQUET_SUFFIXES = {".parquet", ".pq"}
COLUMNS = ("id", "text", "html", "title", "published", "url", "source")
BATCH_ROWS = 256


def is_fsspec_url(source: str) -> bool:
    """A URL that fsspec opens (any scheme but http, https and file paths of one letter: C:\\…)."""
    scheme = urlsplit(source).scheme
    return "://" in source and len(scheme) > 1 and scheme not in ("http", "https")


def is_parquet(name: str) -> bool:
    return Path(urlsplit(name).path if "://" in name else name).suffix.lower() in PARQUET_SUFFIXES


def handles(source: str) -> bool:
    """True for the sources this module reads (the others are `marsad.documents`' and feeds')."""
    return is_fsspec_url(source) or is_parquet(source) or Path(source).is_dir()


def iter_source(source: str, max_bytes: int = 0) -> Iterator[Item]:
    if is_fsspec_url(source):
        yield from _remote(source)
    elif is_parquet(source):
        path = Path(source)
        try:
            with path.open("rb") as f:
                yield from iter_parquet(f, source)
        except OSError as e:
            yield Failure(path.stem or source, "read", f"{source}: {e.strerror or e}")
    else:
        yield from iter_documents(source, max_bytes=max_bytes) if max_bytes else iter_documents(source)
        path = Path(source)
        if path.is_dir():
            for p in sorted(q for q in path.rglob("*") if q.is_file() and is_parquet(q.name)
                            and not q.name.startswith(".")):
                yield from iter_source(str(p))


def iter_parquet(f: IO[bytes] | Any, name: str, batch_rows: int = BATCH_ROWS) -> Iterator[Item]:
    """Documents of a Parquet corpus, `batch_rows` rows in memory at a time."""
    # pyarrow is loaded only for Parquet input
    import pyarrow as pa

    # (both modules)
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(f)
    except (pa.ArrowException, OSError) as e:
        yield Failure(Path(name).stem or name, "read", f"{name}: not a readable Parquet file: {e}")
        return
    names = set(pf.schema_arrow.names)
    if "id" not in names or not names & {"text", "html"}:
        yield Failure(Path(name).stem or name, "read",
                      f"{name}: a Parquet corpus needs the columns id and text or html (has {sorted(names)})")
        return
    n = 0
    try:
        for batch in pf.iter_batches(batch_size=batch_rows, columns=[c for c in COLUMNS if c in names]):
            for row in batch.to_pylist():
                n += 1
                try:
                    yield document_from_json(row, f"{name}:{n}")
                except InputError as e:
                    yield Failure(f"{name}:{n}", "read", e.reason if e.where is None else str(e))
    except (pa.ArrowException, OSError) as e:
        yield Failure(f"{name}:{n + 1}", "read", f"{name}: unreadable after row {n}: {e}")


def _fsspec() -> Any:
    try:
        # the 's3' extra: imported only for an fsspec URL
        import fsspec
    except ImportError as e:
        raise InputError("reading URLs such as s3://… needs fsspec: pip install 'marsad[s3]'") from e
    return fsspec


def _remote(url: str) -> Iterator[Item]:
    try:
        fsspec = _fsspec()
        fs, path = fsspec.core.url_to_fs(url)
        if fs.isdir(path):
            files = sorted(p for p in fs.find(path) if is_parquet(p) or _is_jsonl(p))
        elif fs.exists(path):
            files = [path]
        else:
            yield Failure(url, "read", f"{url}: no such file or prefix")
            return
    except InputError as e:
        yield Failure(url, "read", e.reason)
        return
    except (ImportError, OSError, ValueError) as e:  # an unknown scheme, a missing backend, no access
        yield Failure(url, "read", f"{url}: {type(e).__name__}: {e}")
        return
    for p in files:
        full = fs.unstrip_protocol(p)
        try:
            if is_parquet(p):
                with fs.open(p, "rb") as f:
                    yield from iter_parquet(f, full)
            elif _is_jsonl(p):
                with fsspec.open(full, "rb", compression="infer") as raw:
                    yield from iter_jsonl(io.TextIOWrapper(raw, encoding="utf-8", errors="replace"), full)
            else:
                yield Failure(Path(p).stem, "read", f"{full}: not a JSON-lines or Parquet corpus")
        except OSError as e:
            yield Failure(Path(p).stem, "read", f"{full}: {e}")


def _is_jsonl(name: str) -> bool:
    p = Path(name)
    if p.suffix.lower() == ".gz":
        p = Path(p.stem)
    return p.suffix.lower() in JSONL_SUFFIXES
