"""`marsad events` on bad and unusual input: other languages, empty and furniture-only documents,
a 1 MB document, --explain; and the whole corpus without a crash."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO, require_shared
from marsad.models import Document
from marsad.pipeline import process


def run_events(tmp_path: Path, docs: list[dict], *args: str) -> tuple[list[dict], list[str], int]:
    inp = tmp_path / "in.jsonl"
    inp.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    p = subprocess.run([sys.executable, "-m", "marsad", "events", str(inp), "-o", str(out), "--no-progress", *args],
                       capture_output=True, text=True, cwd=REPO)
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines() if x.strip()]
    return rows, p.stderr.splitlines(), p.returncode


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "US aircraft struck militia positions in eastern Syria on Friday, killing 12 fighters, officials said."),
        ("fa", "هواپیماهای آمریکایی روز جمعه مواضع شبه‌نظامیان را در شرق سوریه بمباران کردند و دوازده نفر کشته شدند."),
        ("ckb", "فڕۆکە جەنگییەکانی ئەمریکا ڕۆژی هەینی بنکەکانی میلیشیاکانیان لە ڕۆژهەڵاتی سووریا بۆردومان کرد."),
    ],
)
def test_other_languages_are_reported_not_coded(tmp_path: Path, lang: str, text: str) -> None:
    rows, err, rc = run_events(tmp_path, [{"id": lang, "text": text, "published": "2023-10-27"}])
    assert rows == []
    warnings = [json.loads(x) for x in err if x.startswith("{")]
    assert any(w.get("id") == lang and "not Arabic" in w.get("warning", "") for w in warnings), err
    assert rc == 0


def test_empty_and_furniture_only_documents_give_no_events_and_no_error() -> None:
    furniture = "اترك تعليقاً\n\nلن نعرض بريدك الإلكتروني لأحد. الحقول الإلزامية مشار إليها بعلامة *\n\nزر الذهاب إلى الأعلى"
    for text in ("", "   ", furniture):
        try:
            result = process(Document(id="f", text=text))
        except Exception as e:  # an unreadable empty document is a recorded failure, not a crash
            from marsad.errors import MarsadError

            assert isinstance(e, MarsadError)
            continue
        assert result.events == []


@pytest.mark.slow
def test_a_one_megabyte_document_finishes() -> None:
    para = ("وأمس الخميس، شن مسلحون مجهولون قصفاً بالقذائف على مقر لقوات التحالف الدولي في مدينة الشدادي جنوب الحسكة. "
            "وذكر سكان محليون أنهم سمعوا أصوات انفجارات قوية في المنطقة.\n\n")
    text = para * (1_000_000 // len(para) + 1)
    result = process(Document(id="big", text=text))
    assert result.events  # it finished and found the incident


def test_explain_names_the_cue_and_rules(tmp_path: Path) -> None:
    doc = {"id": "x", "published": "2023-10-27",
           "text": "وأمس الخميس، شن مسلحون مجهولون قصفاً بالقذائف على مقر لقوات التحالف الدولي في مدينة الشدادي جنوب الحسكة."}
    rows, err, rc = run_events(tmp_path, [doc], "--explain")
    assert rc == 0 and len(rows) == 1
    text = "\n".join(err)
    assert "cue" in text and "event_date" in text and "location" in text


def test_invalid_lines_are_recorded_and_the_batch_goes_on(tmp_path: Path) -> None:
    inp = tmp_path / "in.jsonl"
    good = {"id": "g", "published": "2015-07-22", "text": "قتل 11 مدنيا أمس بسقوط صاروخ أطلقته قوات الحكومة السورية على سوق في مدينة دوما."}
    inp.write_text("{not json\n" + json.dumps(good, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    p = subprocess.run([sys.executable, "-m", "marsad", "events", str(inp), "-o", str(out), "--no-progress"],
                       capture_output=True, text=True, cwd=REPO)
    assert p.returncode == 1
    assert "Traceback" not in p.stderr
    assert any(json.loads(x)["doc"] == "g" for x in out.read_text(encoding="utf-8").splitlines())


@pytest.mark.slow
def test_whole_corpus_without_a_crash(tmp_path: Path) -> None:
    corpus = require_shared("corpus")
    for f in sorted(corpus.glob("*.jsonl")):
        out = tmp_path / (f.stem + ".out.jsonl")
        p = subprocess.run([sys.executable, "-m", "marsad", "events", str(f), "-o", str(out), "--no-progress"],
                           capture_output=True, text=True, cwd=REPO)
        assert "Traceback" not in p.stderr, p.stderr[-2000:]
        assert out.stat().st_size > 0


def test_published_dates_an_undated_input_and_background_can_be_left_out(tmp_path: Path) -> None:
    text = ("شنت مقاتلات روسية أمس غارات على مدينة إدلب. "
            "وكانت قوات النظام قد قصفت مدينة دير الزور بالمدفعية في عام 2014.")
    rows, _, rc = run_events(tmp_path, [{"id": "u", "text": text}], "--published", "2016-05-12")
    assert rc == 0
    fresh = [r for r in rows if not r["background"]]
    assert [r["event_date"] for r in fresh] == ["2016-05-11"]
    assert any(r["background"] for r in rows)
    rows, _, _ = run_events(tmp_path, [{"id": "u", "text": text}], "--published", "2016-05-12", "--no-background")
    assert rows and not any(r["background"] for r in rows)
    rows, _, _ = run_events(tmp_path, [{"id": "u", "text": text}])
    assert [r["event_date"] for r in rows if not r["background"]] == [None]
    _, err, rc = run_events(tmp_path, [{"id": "u", "text": text}], "--published", "12/05/2016")
    assert rc == 2 and any("YYYY-MM-DD" in line for line in err)


def test_explain_says_why_records_were_kept_and_cues_dropped(tmp_path: Path) -> None:
    text = "شنت مقاتلات روسية أمس غارات على مدينة إدلب. وتسيطر الفصائل على الأحياء الشرقية من حلب."
    _, err, _ = run_events(tmp_path, [{"id": "x", "text": text, "published": "2016-05-12"}], "--explain")
    assert any(line.strip().startswith("kept") for line in err)
    assert any(line.startswith("no record (doc x)") and "a state" in line for line in err)


def test_the_founding_page_as_plain_text_with_and_without_a_publication_date(tmp_path: Path) -> None:
    """The founding page as a .txt: with --published its required events, every field right and
    nothing false (the scorer's own matching); without, the same incidents, undated."""
    seeds = sorted(require_shared("seeds").glob("*.txt"))
    gold_path = require_shared("gold", "dev-events.jsonl")
    score = _scorer()
    gold = [d for d in score.load_jsonl(str(gold_path)) if d["id"] == "seed-000"]
    assert gold, "the seed's gold record"
    out = tmp_path / "seed.jsonl"
    subprocess.run([sys.executable, "-m", "marsad", "events", str(seeds[0]), "-o", str(out), "--no-progress",
                    "--published", "2023-10-27"], check=True, cwd=REPO, capture_output=True)
    rows = score.load_jsonl(str(out))
    result = score.score_events(gold, [dict(r, doc="seed-000") for r in rows])
    required = [e for e in gold[0]["events"] if not e.get("optional")]
    assert result["tp"] == len(required) and result["fp"] == 0 and result["fn"] == 0
    assert result["complete_record_rate"] == 1.0
    subprocess.run([sys.executable, "-m", "marsad", "events", str(seeds[0]), "-o", str(out), "--no-progress"],
                   check=True, cwd=REPO, capture_output=True)
    undated = [r for r in score.load_jsonl(str(out)) if not r["background"] and not r["aggregate"]]
    assert len(undated) == len(required) and all(r["event_date"] is None for r in undated)
    assert {r["sub_event_type"] for r in undated} == {e["sub_event_type"] for e in required}


def _scorer() -> Any:
    import importlib.util

    spec = importlib.util.spec_from_file_location("score", require_shared("tools", "score.py"))
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_reference_left_with_no_incident_to_join_is_explained() -> None:
    """Words that only refer to an incident told elsewhere make no record when the article tells
    none; `--explain` says so instead of passing over their cue in silence."""
    text = "وقال: «سبق الغارات هجوم شنه التنظيم على بلدة الراعي»."
    result = process(Document(id="r", text=text, published=date(2016, 5, 12)))
    assert result.events == []
    assert [words for words, _ in result.dropped] == ["هجوم", "الغارات"], result.dropped


def test_explain_says_the_same_words_whatever_the_hash_seed(tmp_path: Path) -> None:
    """Round 39: a word the explanation quotes from a list of the grammar (a verdict's, a riot's)
    is the one told first in the text, not the first of a set in its hash order."""
    docs = [{"id": "v", "published": "2015-08-06", "text":
             "أصدرت المحكمة الجنائية أمس حكما ابتدائيا يقضي بثبوت إدانة متهم بالمشاركة بالقتال في سوريا. "
             "وتظاهر مئات في مدينة البصرة أمس وأحرقوا إطارات السيارات ورشقوا الشرطة بالحجارة."}]
    seen = []
    for seed in ("1", "2", "3"):
        inp = tmp_path / "in.jsonl"
        inp.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
        p = subprocess.run([sys.executable, "-m", "marsad", "events", str(inp), "-o", str(tmp_path / "o.jsonl"),
                            "--no-progress", "--explain"], capture_output=True, text=True, cwd=REPO,
                           env={**os.environ, "PYTHONHASHSEED": seed})
        assert p.returncode == 0, p.stderr
        seen.append(p.stderr)
    assert "verdict" in seen[0]
    assert seen[0] == seen[1] == seen[2]
