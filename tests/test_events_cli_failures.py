"""`marsad events` records a document whose extraction fails for any reason, and goes on with
the batch (the batch loop is the one place that catches broadly)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import marsad.cli.events as events_cli
from marsad.cli import app

GOOD = "قتل ثلاثة مدنيين أمس في قصف مدفعي على مدينة حلب."


def test_a_bug_in_one_document_does_not_stop_the_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = events_cli.process

    def flaky(item: Any, **kw: Any) -> Any:  # a fault injected into one document's extraction
        if item.id == "bad":
            raise ValueError("a bug")
        return real(item, **kw)

    monkeypatch.setattr(events_cli, "process", flaky)
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps({"id": i, "published": "2016-05-12", "text": GOOD}, ensure_ascii=False)
                             for i in ("bad", "good")) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = CliRunner().invoke(app, ["events", str(src), "-o", str(out), "--no-progress"])
    assert r.exit_code == 1
    assert "internal error: ValueError: a bug" in r.output
    assert {json.loads(line)["doc"] for line in out.read_text(encoding="utf-8").splitlines()} == {"good"}
