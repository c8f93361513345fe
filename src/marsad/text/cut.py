"""Cutting an over-long article text at a paragraph break (the `--max-text-chars` limit of
`marsad ingest`, see `marsad.ingest.limits`)."""

from __future__ import annotations


def cut_text(body: str, limit: int) -> tuple[str, str | None]:
    """The body cut at the last paragraph break (or sentence end, or space) before `limit`
    characters, and a note saying so; the body unchanged and None when it is short enough."""
    if not limit or len(body) <= limit:
        return body, None
    head = body[:limit]
    cut = head.rfind("\n\n")
    if cut < limit // 2:
        cut = max(head.rfind("."), head.rfind("\n"), head.rfind(" "))
    if cut < limit // 2:
        cut = limit
    return body[:cut].rstrip(), f"article text of {len(body)} characters cut to {cut} (--max-text-chars)"
