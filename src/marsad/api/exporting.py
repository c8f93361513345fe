"""/api/export: the exports of `marsad.export` streamed to the client.

The text formats are written by `marsad.export.export` itself into a pipe: a worker thread writes,
the response reads chunks of about 64 KiB from a bounded queue, so memory stays bounded whatever
the size of the export, and a client that goes away stops the writer at its next write. Parquet
(binary, written by pyarrow to a file) goes through a temporary file removed after sending. The
formats, their media types and file suffixes are `marsad.export.REGISTRY`'s.
"""

from __future__ import annotations

import io
import os
import queue
import tempfile
import threading
from collections.abc import Iterator
from typing import IO, Annotated, Any, cast

from fastapi import APIRouter, Query
from starlette.background import BackgroundTask
from starlette.responses import FileResponse, Response, StreamingResponse

from marsad.api.params import ExportParams
from marsad.api.routes import ERRORS, StoreDep
from marsad.export import REGISTRY, export, export_format
from marsad.store import EventQuery, Store

CHUNK = 64 * 1024

router = APIRouter(prefix="/api", tags=["events"])


class _Cancelled(Exception):
    """The client went away: the writer thread stops."""


class _Done:
    pass


class _Pipe(io.TextIOBase):
    """A text stream whose writes become UTF-8 chunks in a bounded queue."""

    def __init__(self, chunks: queue.Queue[Any], cancelled: threading.Event) -> None:
        self.chunks = chunks
        self.cancelled = cancelled
        self.parts: list[str] = []
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, s: str) -> int:
        if self.cancelled.is_set():
            raise _Cancelled
        self.parts.append(s)
        self.size += len(s)
        if self.size >= CHUNK:
            self.send()
        return len(s)

    def send(self) -> None:
        if not self.parts:
            return
        data = "".join(self.parts).encode("utf-8")
        self.parts, self.size = [], 0
        while True:
            if self.cancelled.is_set():
                raise _Cancelled
            try:
                self.chunks.put(data, timeout=0.5)
                return
            except queue.Full:
                continue


def stream_text(store: Store, query: EventQuery, fmt: str, raw: bool = False) -> Iterator[bytes]:
    """The export of `query` in a text format, as chunks of UTF-8 bytes."""
    chunks: queue.Queue[Any] = queue.Queue(maxsize=8)
    cancelled = threading.Event()
    pipe = _Pipe(chunks, cancelled)

    def work() -> None:
        try:
            export(store, query, fmt, cast(IO[str], pipe), raw=raw)
            pipe.send()
            chunks.put(_Done)
        except _Cancelled:
            return
        except Exception as e:  # handed to the reader, which aborts the response
            chunks.put(e)

    thread = threading.Thread(target=work, name="marsad-export", daemon=True)
    thread.start()
    try:
        while True:
            item = chunks.get()
            if item is _Done:
                return
            if isinstance(item, Exception):
                raise item
            yield item
    finally:
        cancelled.set()


def _binary(store: Store, query: EventQuery, fmt: str) -> Response:
    spec = export_format(fmt)
    fd, path = tempfile.mkstemp(prefix="marsad-export-", suffix=f".{spec.suffix}")
    os.close(fd)
    try:
        export(store, query, fmt, path)
    except BaseException:
        os.unlink(path)
        raise
    return FileResponse(path, media_type=spec.media_type, filename=f"marsad-events.{spec.suffix}",
                        background=BackgroundTask(os.unlink, path))


@router.get("/export", responses={**ERRORS, 200: {
    "description": "the export file",
    "content": {f.media_type: {} for f in REGISTRY.values()}}}, response_class=Response, summary="Export events")
def export_events(store: StoreDep, params: Annotated[ExportParams, Query()]) -> Response:
    """Every incident (or report, `view=reports`) matching the filters, streamed as ACLED CSV
    (ACLED's columns in ACLED's order, ACLED's codebook; formula cells quoted unless `raw`), GeoJSON (a FeatureCollection QGIS opens; rows without
    coordinates are left out), JSON lines (full records) or Parquet."""
    query = params.to_query(limit=None)
    spec = export_format(params.format)
    if spec.binary:
        return _binary(store, query, spec.name)
    return StreamingResponse(stream_text(store, query, spec.name, params.raw), media_type=spec.media_type,
                             headers={"content-disposition": f'attachment; filename="marsad-events.{spec.suffix}"'})
