"""Read input documents: JSON lines (docs/format.md), HTML or text files, directories, stdin.

`iter_documents(path)` yields a `Document` for every readable document and a `Failure` for every
one that is not (an invalid JSON line, a file that cannot be read, a duplicate id); it never
raises for a bad document, so a batch always goes on.
"""

from __future__ import annotations

import gzip
import io
import json
import sys
import zlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any

from marsad.article.encoding import decode_bytes
from marsad.errors import InputError
from marsad.models import Document, Failure

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"}
TEXT_SUFFIXES = {".txt", ".text", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
MAX_FILE_BYTES = 64 * 1024 * 1024

Item = Document | Failure


def parse_date(value: Any) -> date | None:
    """A `YYYY-MM-DD` (or longer ISO) value, or None when absent or unreadable."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def document_from_json(obj: Any, where: str) -> Document:
    """One JSON object of the input format → Document (InputError when it is not one)."""
    if not isinstance(obj, dict):
        raise InputError("a document must be a JSON object", where)
    doc_id = obj.get("id")
    if doc_id is None or str(doc_id).strip() == "":
        raise InputError("the document has no id", where)
    text, html = obj.get("text"), obj.get("html")
    if text is None and html is None:
        raise InputError("the document has neither 'text' nor 'html'", f"{where} (id {doc_id})")
    if (text is not None and not isinstance(text, str)) or (html is not None and not isinstance(html, str)):
        raise InputError("'text' and 'html' must be strings", f"{where} (id {doc_id})")
    title = obj.get("title")
    return Document(
        id=str(doc_id),
        text=text,
        html=html,
        title=title if isinstance(title, str) else None,
        published=parse_date(obj.get("published")),
        url=obj.get("url") if isinstance(obj.get("url"), str) else None,
        source=obj.get("source") if isinstance(obj.get("source"), str) else None,
    )


def _lines(stream: IO[str], max_chars: int) -> Iterator[tuple[str, int]]:
    """The lines of `stream` and their length; a line longer than `max_chars` is not held in
    memory: it comes back as "" with its length (read and dropped in pieces)."""
    while True:
        line = stream.readline(max_chars + 1)
        if not line:
            return
        if len(line) <= max_chars or line.endswith("\n"):
            yield line, len(line)
            continue
        size = len(line)
        while line and not line.endswith("\n"):
            line = stream.readline(1 << 20)
            size += len(line)
        yield "", size


def iter_jsonl(stream: IO[str], name: str, max_chars: int = MAX_FILE_BYTES) -> Iterator[Item]:
    """The documents of a JSON-lines stream; a line of more than `max_chars` characters is a
    failure (stage `limit`) and is never parsed."""
    seen: set[str] = set()
    for n, (line, size) in enumerate(_lines(stream, max_chars), 1):
        where = f"{name}:{n}"
        if size > max_chars:
            yield Failure(where, "limit", f"JSON line of {size} characters exceeds the limit of {max_chars} "
                                          "(--max-doc-bytes)")
            continue
        if not line.strip():
            continue
        try:
            doc = document_from_json(json.loads(line), where)
        except json.JSONDecodeError as e:
            yield Failure(f"{name}:{n}", "read", f"invalid JSON line: {e.msg} (column {e.colno})")
            continue
        except InputError as e:
            yield Failure(f"{name}:{n}", "read", e.reason if e.where is None else str(e))
            continue
        if doc.id in seen:
            yield Failure(doc.id, "read", f"duplicate document id at {where}; the first one is kept")
            continue
        seen.add(doc.id)
        yield doc


def _gunzip(data: bytes, path: Path) -> bytes:
    """A gzip-compressed page (`page.html.gz`), decompressed up to MAX_FILE_BYTES."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
            out = f.read(MAX_FILE_BYTES + 1)
    except (OSError, EOFError, zlib.error) as e:
        raise InputError(f"not a readable gzip file: {e}", str(path)) from e
    if len(out) > MAX_FILE_BYTES:
        raise InputError(f"decompressed size exceeds {MAX_FILE_BYTES} bytes", str(path))
    return out


def _file_document(path: Path, max_bytes: int = MAX_FILE_BYTES) -> Item:
    gz = path.suffix.lower() == ".gz"
    inner = Path(path.stem) if gz else path
    doc_id = inner.stem
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Failure(doc_id, "limit", f"{path}: file of {size} bytes exceeds the limit of {max_bytes} bytes")
        data = path.read_bytes()
        if gz:
            data = _gunzip(data, path)
            if len(data) > max_bytes:
                return Failure(doc_id, "limit", f"{path}: {len(data)} bytes once decompressed exceed the limit "
                                                f"of {max_bytes} bytes")
    except OSError as e:
        return Failure(doc_id, "read", f"{path}: {e.strerror or e}")
    except InputError as e:
        return Failure(doc_id, "read", str(e))
    suffix = inner.suffix.lower()
    head = data[:2048].lower()
    if suffix in HTML_SUFFIXES or b"<html" in head or b"<!doctype html" in head:
        return Document(id=doc_id, html_bytes=data, source=str(path))
    # Plain text: decoded by the article reader too (it knows the Arabic legacy encodings).
    if not data.strip():
        return Failure(doc_id, "read", f"{path}: empty file")
    return Document(id=doc_id, text=_decode_text(data, path), source=str(path))


def _decode_text(data: bytes, path: Path) -> str:
    return decode_bytes(data, where=str(path))


def _iter_path(path: Path, max_bytes: int) -> Iterator[Item]:
    if path.suffix.lower() in JSONL_SUFFIXES:
        try:
            with path.open(encoding="utf-8", errors="replace") as f:
                yield from iter_jsonl(f, str(path), max_bytes)
        except OSError as e:
            yield Failure(path.stem, "read", f"{path}: {e.strerror or e}")
        return
    try:
        yield _file_document(path, max_bytes)
    except InputError as e:
        yield Failure(path.stem, "read", str(e))


def is_document_file(p: Path) -> bool:
    """In a directory: pages, texts and JSON-lines corpora (also gzip-compressed pages such as
    `page.html.gz`); not companion files such as `page.meta.json` or `page.expected.txt` that
    test suites keep beside their pages."""
    if p.suffix.lower() == ".gz":
        p = Path(p.stem)
        if p.suffix.lower() not in HTML_SUFFIXES | TEXT_SUFFIXES:
            return False
    suffix = p.suffix.lower()
    if Path(p.stem).suffix.lower() in {".expected", ".meta", ".gold"}:
        return False
    return suffix in HTML_SUFFIXES | TEXT_SUFFIXES | {".jsonl", ".ndjson"}


def iter_documents(source: str, max_bytes: int = MAX_FILE_BYTES) -> Iterator[Item]:
    """Documents from a JSON-lines file, an HTML/text file, a directory (recursively), or '-'.
    An input (file, page, JSON line) of more than `max_bytes` is a failure at stage `limit`."""
    if source == "-":
        yield from iter_jsonl(sys.stdin, "<stdin>", max_bytes)
        return
    path = Path(source)
    if path.is_dir():
        for p in sorted(q for q in path.rglob("*") if q.is_file() and not q.name.startswith(".")):
            if is_document_file(p):
                yield from _iter_path(p, max_bytes)
        return
    if not path.exists():
        yield Failure(path.stem or source, "read", f"{source}: no such file or directory")
        return
    yield from _iter_path(path, max_bytes)
