"""`marsad extract` end to end: bad input in a batch, the development figure on the shared gold
(skipped with a reason when ../shared is absent), the real pages and the bundled samples."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import require_shared
from marsad.config import SAMPLES_DIR

GOOD = ("قتل ثلاثة مدنيين وأصيب سبعة آخرون، فجر اليوم الخميس، جراء قصف مدفعي استهدف قرية الطيانة "
        "في ريف دير الزور الشرقي، وفق ما أفادت مصادر محلية.")


def run_extract(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "marsad", "extract", *args, "--no-progress"],
                          capture_output=True, text=True, timeout=300)


def rows(path: Path) -> dict[str, dict[str, object]]:
    return {r["id"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def test_bad_input_batch(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    (d / "empty.html").write_bytes(b"")
    (d / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (d / "noarticle.html").write_text("<html><body><ul><li><a href='/a'>خبر</a></li></ul></body></html>",
                                      encoding="utf-8")
    good_page = f"<html><head><title>قصف على قرية الطيانة</title></head><body><h1>قصف على قرية الطيانة</h1><p>{GOOD}</p></body></html>"
    (d / "truncated.html").write_text(good_page[: good_page.index("</p>")], encoding="utf-8")
    (d / "latin.txt").write_bytes(bytes([0xE0, 0xE2, 0xE7, 0xE8, 0xE9, 0xF4, 0xF9, 0xFB, 0xFC, 0x20]) * 30)
    (d / "docs.jsonl").write_text(
        json.dumps({"id": "ok", "text": GOOD}, ensure_ascii=False) + "\n"
        + '{"id": "broken", "text": \n'
        + json.dumps({"id": "nothing"}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = run_extract(str(d), "-o", str(out))
    assert res.returncode == 1
    assert "Traceback" not in res.stderr
    got = rows(out)
    errors = {k: v["error"]["reason"] for k, v in got.items() if "error" in v}  # type: ignore[index]
    assert "empty" in errors["empty"]
    assert "binary" in errors["image"]
    assert "no article" in errors["noarticle"]
    assert "wrong encoding" in errors["latin"]
    assert any("invalid JSON" in r for r in errors.values())
    assert any("neither" in r for r in errors.values())
    assert got["ok"]["body"] == GOOD
    assert got["truncated"]["body"] == GOOD
    # every failure is also reported on stderr, one JSON record per line
    assert len([ln for ln in res.stderr.splitlines() if ln.startswith("{")]) == len(errors)


def test_all_good_exit_zero(tmp_path: Path) -> None:
    src = tmp_path / "one.txt"
    src.write_text(f"عنوان الخبر هنا بلا نقطة\n\n{GOOD}", encoding="utf-8")
    res = run_extract(str(src))
    assert res.returncode == 0, res.stderr
    row = json.loads(res.stdout)
    assert row["id"] == "one" and row["title"] == "عنوان الخبر هنا بلا نقطة" and row["body"] == GOOD


def test_samples_all_extract(tmp_path: Path) -> None:
    out = tmp_path / "samples.jsonl"
    res = run_extract(str(SAMPLES_DIR), "-o", str(out))
    assert res.returncode == 0, res.stderr
    got = rows(out)
    assert len(got) >= 6
    for r in got.values():
        assert r["title"] and r["published"] and r["language"] == "ar"
        assert len(str(r["body"]).split()) > 80
        assert "اترك تعليق" not in str(r["body"]) and "الأعلى" not in str(r["body"])


@pytest.mark.shared
def test_dev_extraction_figure(tmp_path: Path) -> None:
    gold = require_shared("gold", "dev-extraction.jsonl")
    score = require_shared("tools", "score.py")
    stripped = tmp_path / "in.jsonl"
    stripped.write_text(subprocess.run([sys.executable, str(score), "strip", str(gold)], capture_output=True,
                                       text=True, check=True).stdout, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = run_extract(str(stripped), "-o", str(out))
    assert res.returncode == 0, res.stderr
    rep = json.loads(subprocess.run([sys.executable, str(score), "extraction", str(gold), str(out), "--json"],
                                    capture_output=True, text=True, check=True).stdout)
    assert rep["missing_predictions"] == 0
    assert rep["f1"] >= 0.97
    assert rep["title_exact"] == 1.0
    assert rep["published_exact"] == 1.0
    got = rows(out)
    for g in map(json.loads, gold.read_text(encoding="utf-8").splitlines()):
        if g.get("section"):
            assert got[g["id"]]["section"] == g["section"]


@pytest.mark.shared
def test_real_pages(tmp_path: Path) -> None:
    html = require_shared("html")
    out = tmp_path / "out.jsonl"
    res = run_extract(str(html), "-o", str(out))
    assert res.returncode == 0, res.stderr
    got = rows(out)
    cnn = got["cnn_arabic_2013_syria_clashes"]
    expected_body = (html / "cnn_arabic_2013_syria_clashes.expected.txt").read_text(encoding="utf-8")
    assert " ".join(str(cnn["body"]).split()) == " ".join(expected_body.split())
    assert cnn["published"] == "2013-08-28"
    lbc = got["lbc_arabic_2026_01_08"]
    expected = json.loads((html / "lbc_arabic_2026_01_08.expected.json").read_text(encoding="utf-8"))["V1"]
    assert lbc["title"] == expected["title"]
    assert lbc["published"] == expected["publishing_date"][:10]
    assert str(lbc["body"]).split("\n\n") == expected["body"]["sections"][0]["paragraphs"]


def test_gzip_pages_in_a_directory(tmp_path: Path) -> None:
    import gzip

    page = f"<html><head><title>قصف على قرية الطيانة</title></head><body><h1>قصف على قرية الطيانة</h1><p>{GOOD}</p></body></html>"
    (tmp_path / "story.html.gz").write_bytes(gzip.compress(page.encode("utf-8")))
    (tmp_path / "broken.html.gz").write_bytes(b"not gzip at all")
    (tmp_path / "archive.tar.gz").write_bytes(gzip.compress(b"ignored"))
    out = tmp_path / "out.jsonl"
    res = run_extract(str(tmp_path), "-o", str(out))
    got = rows(out)
    assert set(got) == {"story", "broken"}
    assert got["story"]["body"] == GOOD
    assert "gzip" in got["broken"]["error"]["reason"]  # type: ignore[index]
    assert res.returncode == 1
