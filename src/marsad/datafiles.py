"""Reading marsad's data files (src/marsad/data/*.yaml, *.tsv) as they are written, below every layer.

This is the file-format half of the data loader: it parses a file into its sections and checks their
shape, and nothing more. `marsad.lexicon` adds what language data needs on top (the Arabic terms
normalized with the same function as the text). It lives at the bottom floor so that the text layer
itself can read its few data (the clitic inventory of `marsad.text.morphology`) without importing
the lexicon, which sits above the text layer.

* YAML: a mapping of *sections*; each section is a list of entries (mappings). Arabic terms of an
  entry are a list under the key ``ar`` (a single string is accepted too).
* TSV: a header line, tab-separated columns; the column ``ar`` holds Arabic terms separated by
  ``|``. Lines starting with ``#`` are comments. The file's section is its name.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from marsad.config import DATA_DIR
from marsad.errors import LexiconError

# libyaml's safe loader when PyYAML was built with it (8× faster, the same data), else PyYAML's own
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

__all__ = ["Entry", "arabic_terms", "data_files", "read"]

Entry = dict[str, Any]


def arabic_terms(value: Any) -> list[str]:
    """The Arabic terms of an entry's ``ar`` value: a list of strings (a single string is accepted)."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [str(v) for v in value]
    raise LexiconError(f"Arabic terms must be a string or a list, not {type(value).__name__}")


@cache
def read(name: str) -> dict[str, list[Entry]]:
    """Sections of data file `name` (e.g. "calendar.yaml") as written, ``ar`` as a list. Cached:
    callers must not change what they get."""
    path = DATA_DIR / name
    if not path.is_file():
        raise LexiconError(f"data file {name} not found in {DATA_DIR}")
    if path.suffix == ".tsv":
        return {path.stem: _read_tsv(path)}
    text = path.read_text(encoding="utf-8")
    try:
        raw = yaml.load(text, Loader=_SAFE_LOADER)
    except yaml.YAMLError as e:
        raise LexiconError(f"{name}: not valid YAML: {e}") from e
    if twice := _sections_named_twice(text):  # YAML keeps the last silently: the first would be lost
        raise LexiconError(f"{name}: section {twice[0]!r} is written twice")
    if not isinstance(raw, dict):
        raise LexiconError(f"{name}: the top level must be a mapping of sections")
    out: dict[str, list[Entry]] = {}
    for section, entries in raw.items():
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            raise LexiconError(f"{name}: section {section!r} must be a list of mappings")
        out[str(section)] = [dict(e, ar=arabic_terms(e["ar"])) if "ar" in e else e for e in entries]
    return out


def _sections_named_twice(text: str) -> list[str]:
    """The top-level keys of a YAML text written more than once, in order."""
    seen: set[str] = set()
    twice = []
    for line in text.splitlines():
        if line[:1].isalpha() and ":" in line:
            key = line.split(":", 1)[0].strip()
            if key in seen:
                twice.append(key)
            seen.add(key)
    return twice


def _read_tsv(path: Path) -> list[Entry]:
    with path.open(encoding="utf-8", newline="") as f:
        lines = [ln for ln in f if ln.strip() and not ln.lstrip().startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    out: list[Entry] = []
    for i, row in enumerate(rows, 2):
        if None in row or any(v is None for v in row.values()):
            raise LexiconError(f"{path.name}: line {i} has the wrong number of columns")
        e: Entry = {k: v.strip() for k, v in row.items()}
        if "ar" in e:
            e["ar"] = [t.strip() for t in e["ar"].split("|")]
        out.append(e)
    return out


def data_files() -> list[str]:
    """The names of the data files (YAML and TSV), sorted."""
    return sorted(p.name for p in DATA_DIR.iterdir() if p.suffix in {".yaml", ".tsv"})
