"""The one loader of marsad's language data (src/marsad/data/*.yaml, *.tsv).

Conventions every data file follows, so that one loader and one integrity check serve them all:

* YAML: a mapping of *sections*; each section is a list of entries (mappings). Arabic terms of an
  entry are a list under the key ``ar`` (a single string is accepted too). Other keys are free.
* TSV: a header line, tab-separated columns; the column ``ar`` holds Arabic terms separated by
  ``|``. Lines starting with ``#`` are comments. The file's section is its name.
* Terms are written in ordinary Arabic; the loader normalizes them with the same function as the
  text (`marsad.text.norm_key`) into ``ar_norm``. A trailing ``*`` (prefix match) is kept.

`integrity_problems()` lists what breaks the rules: presentation-form characters, empty terms,
and the same normalized term twice within one section.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from marsad.config import DATA_DIR
from marsad.errors import LexiconError

__all__ = ["Entry", "LexiconError", "data_files", "integrity_problems", "load", "section"]
from marsad.text.normalize import norm_key

Entry = dict[str, Any]


def _norm_term(term: str) -> str:
    star = term.rstrip().endswith("*")
    key = norm_key(term.rstrip().rstrip("*"))
    return key + ("*" if star and key else "")


def _terms(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [str(v) for v in value]
    raise LexiconError(f"Arabic terms must be a string or a list, not {type(value).__name__}")


def _prepare(entry: Entry) -> Entry:
    if "ar" in entry:
        terms = _terms(entry["ar"])
        entry = dict(entry, ar=terms, ar_norm=[_norm_term(t) for t in terms])
    return entry


@cache
def load(name: str) -> dict[str, list[Entry]]:
    """Sections of data file `name` (e.g. "calendar.yaml"), with ``ar_norm`` filled in. Cached."""
    path = DATA_DIR / name
    if not path.is_file():
        raise LexiconError(f"data file {name} not found in {DATA_DIR}")
    if path.suffix == ".tsv":
        return {path.stem: [_prepare(e) for e in _read_tsv(path)]}
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise LexiconError(f"{name}: not valid YAML: {e}") from e
    if not isinstance(raw, dict):
        raise LexiconError(f"{name}: the top level must be a mapping of sections")
    out: dict[str, list[Entry]] = {}
    for section, entries in raw.items():
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            raise LexiconError(f"{name}: section {section!r} must be a list of mappings")
        out[str(section)] = [_prepare(e) for e in entries]
    return out


def section(name: str, sect: str) -> list[Entry]:
    """One section of a data file; an unknown section is an error, not an empty list."""
    data = load(name)
    if sect not in data:
        raise LexiconError(f"{name}: no section {sect!r} (has {sorted(data)})")
    return data[sect]


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
    return sorted(p.name for p in DATA_DIR.iterdir() if p.suffix in {".yaml", ".tsv"})


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
