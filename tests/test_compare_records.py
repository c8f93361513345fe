"""scripts/compare_records.py: documents whose records changed, and coded records before and after."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[1]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("compare_records", REPO / "scripts" / "compare_records.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _write(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _rec(doc: str, sub: str, **flags: Any) -> dict[str, Any]:
    return {"doc": doc, "event_type": "Battles", "sub_event_type": sub, "event_date": "2015-07-20",
            "actor1": {"name": "Islamic State"}, "actor2": None, "location": {"name": "Mosul"}, **flags}


def test_changed_documents_and_coded_records(tmp_path: Path) -> None:
    cr = _script()
    old = _write(tmp_path / "old.jsonl", [_rec("a", "Armed clash"), _rec("b", "Armed clash"),
                                          _rec("b", "Armed clash", background=True), _rec("c", "Armed clash")])
    new = _write(tmp_path / "new.jsonl", [_rec("a", "Armed clash"), _rec("b", "Armed clash"),
                                          _rec("c", "Armed clash", aggregate=True), _rec("d", "Armed clash")])
    # b lost its background record, c's record became a summary, d is new; a is unchanged
    assert cr.compare(cr.load(old), cr.load(new)) == {"documents_changed": 3, "records_old": 3, "records_new": 3}


def test_a_record_told_twice_is_two_records(tmp_path: Path) -> None:
    cr = _script()
    old = _write(tmp_path / "old.jsonl", [_rec("a", "Armed clash"), _rec("a", "Armed clash")])
    new = _write(tmp_path / "new.jsonl", [_rec("a", "Armed clash")])
    assert cr.compare(cr.load(old), cr.load(new)) == {"documents_changed": 1, "records_old": 2, "records_new": 1}
