"""Invisible characters that change how text is shown without being part of it: zero-width
characters (U+200B-U+200D, U+2060, U+FEFF inside text) and bidirectional controls (U+061C,
U+200E-U+200F, U+202A-U+202E, U+2066-U+2069). Left in a stored text they travel into evidence,
CSV cells and map labels, where an unbalanced U+202E reorders what follows it.

`strip_invisible` removes them; the article reader applies it to every text it returns, so the
stored body, every offset into it (the normalization maps back to the stripped text) and every
export are free of them.
"""

from __future__ import annotations

import re

INVISIBLE = re.compile("[\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")


def strip_invisible(text: str) -> str:
    """The text without zero-width characters and bidi controls."""
    return INVISIBLE.sub("", text) if INVISIBLE.search(text) else text


def strip_optional(text: str | None) -> str | None:
    return strip_invisible(text) if text is not None else None
