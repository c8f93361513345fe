"""The one loader of marsad's language data (src/marsad/data/*.yaml, *.tsv).

Conventions every data file follows, so that one loader and one integrity check serve them all:

* YAML: a mapping of *sections*; each section is a list of entries (mappings). Arabic terms of an
  entry are a list under the key ``ar`` (a single string is accepted too). Other keys are free.
* TSV: a header line, tab-separated columns; the column ``ar`` holds Arabic terms separated by
  ``|``. Lines starting with ``#`` are comments. The file's section is its name.
* Files are read by `marsad.datafiles` (the format half, below the text layer); this module adds the
  language half.
* Terms are written in ordinary Arabic; the loader normalizes them with the same function as the
  text (`marsad.text.norm_key`) into ``ar_norm``. A trailing ``*`` (prefix match) is kept.

`integrity_problems()` lists what breaks the rules: presentation-form characters, empty terms,
and the same normalized term twice within one section.
"""

from __future__ import annotations

from functools import cache

from marsad.datafiles import Entry, data_files, read
from marsad.errors import LexiconError
from marsad.text.normalize import norm_key

__all__ = ["Entry", "LexiconError", "data_files", "integrity_problems", "load", "section"]


def _norm_term(term: str) -> str:
    star = term.rstrip().endswith("*")
    key = norm_key(term.rstrip().rstrip("*"))
    return key + ("*" if star and key else "")


def _prepare(entry: Entry) -> Entry:
    if "ar" in entry:
        entry = dict(entry, ar_norm=[_norm_term(t) for t in entry["ar"]])
    return entry


@cache
def load(name: str) -> dict[str, list[Entry]]:
    """Sections of data file `name` (e.g. "calendar.yaml"), with ``ar_norm`` filled in. Cached."""
    return {sect: [_prepare(e) for e in entries] for sect, entries in read(name).items()}


def section(name: str, sect: str) -> list[Entry]:
    """One section of a data file; an unknown section is an error, not an empty list."""
    data = load(name)
    if sect not in data:
        raise LexiconError(f"{name}: no section {sect!r} (has {sorted(data)})")
    return data[sect]


def _is_presentation_form(ch: str) -> bool:
    cp = ord(ch)
    return 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF


def integrity_problems(name: str) -> list[str]:
    """What breaks the data rules in file `name` (an empty list when it is clean)."""
    problems: list[str] = []
    for sect, entries in load(name).items():
        seen: dict[str, int] = {}
        for i, e in enumerate(entries):
            for term, key in zip(e.get("ar", []), e.get("ar_norm", []), strict=True):
                where = f"{name}:{sect}[{i}] {term!r}"
                if not key or not key.strip("*"):
                    problems.append(f"{where}: empty term")
                    continue
                if any(_is_presentation_form(c) for c in term):
                    problems.append(f"{where}: presentation-form characters")
                if key in seen and seen[key] != i:
                    problems.append(f"{where}: duplicate of entry {seen[key]} after normalization")
                elif key in seen:
                    problems.append(f"{where}: listed twice in the same entry")
                seen[key] = i
    return problems
