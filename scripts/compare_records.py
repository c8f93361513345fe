"""Compare two `marsad events` outputs of the same documents: how many documents changed records,
and how many records each has (background and summaries left out, as they are not coded events).

    python scripts/compare_records.py OLD.jsonl NEW.jsonl [--json]

A record is compared by what an analyst sees of it: type, sub-type, date, both actors, place and
the background/aggregate flags. A round of rules is measured by running one engine version, then
the other, on the same input with the same gazetteer:

    git worktree add /tmp/before REV
    cat ../shared/corpus/*.jsonl > corpus.jsonl
    PYTHONPATH=/tmp/before/src python -m marsad events corpus.jsonl -o old.jsonl --no-progress
    marsad events corpus.jsonl -o new.jsonl --no-progress
    python scripts/compare_records.py old.jsonl new.jsonl
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any


def _key(r: dict[str, Any]) -> tuple[Any, ...]:
    def name(x: dict[str, Any] | None) -> str | None:
        return x.get("name") if x else None
    return (r.get("event_type"), r.get("sub_event_type"), r.get("event_date"), name(r.get("actor1")),
            name(r.get("actor2")), name(r.get("location")), bool(r.get("background")), bool(r.get("aggregate")))


def load(path: Path) -> dict[str, Counter[tuple[Any, ...]]]:
    """The records of each document, as a multiset of their keys."""
    out: dict[str, Counter[tuple[Any, ...]]] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                out.setdefault(str(r["doc"]), Counter())[_key(r)] += 1
    return out


def compare(old: dict[str, Counter[tuple[Any, ...]]], new: dict[str, Counter[tuple[Any, ...]]]) -> dict[str, int]:
    def coded(recs: dict[str, Counter[tuple[Any, ...]]]) -> int:
        return sum(n for c in recs.values() for k, n in c.items() if not (k[6] or k[7]))
    changed = sum(1 for d in set(old) | set(new) if old.get(d, Counter()) != new.get(d, Counter()))
    return {"documents_changed": changed, "records_old": coded(old), "records_new": coded(new)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("old", type=Path)
    ap.add_argument("new", type=Path)
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = ap.parse_args()
    res = compare(load(args.old), load(args.new))
    if args.json:
        print(json.dumps(res))
    else:
        print(f"documents whose records changed: {res['documents_changed']}; records (background and "
              f"summaries left out): {res['records_old']:,} before, {res['records_new']:,} after")


if __name__ == "__main__":
    main()
