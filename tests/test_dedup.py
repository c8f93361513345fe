"""Deduplication: when two reports can be one incident, clustering, cluster summaries, stable
ids with their revision log, MinHash near-duplicates, and quality on synthetic reports."""

from __future__ import annotations

import random
import subprocess
import sys
from dataclasses import replace
from datetime import date

import pytest

from marsad.acled import subtype_family
from marsad.bench import synthetic as syn
from marsad.dedup import DedupParams, Report, assign_ids, cluster_reports, pair_score, summarize
from marsad.dedup import minhash as mh
from marsad.dedup.cluster import word_bits, word_similarity

D = date(2015, 7, 20).toordinal()
BASE = Report(id="r1", doc="d1", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
              day=D, lat=36.14, lon=36.83, geo_precision=1, country="Syria", admin1="Aleppo", admin2="Atarib",
              place="atarib", location="Al-Atarib", actor1="Group A", fatalities=5, source="s1")
P = DedupParams()


def other(**kw: object) -> Report:
    return replace(BASE, id="r2", doc="d2", source="s2", **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(("b", "compatible"), [
    (other(), True),
    (replace(BASE, id="r2"), False),  # the same document: the extractor already told them apart
    (other(event_type="Protests", sub_event_type="Peaceful protest"), False),
    (other(sub_event_type="Shelling/artillery/missile attack"), True),  # one sub-type family: remote fire
    (other(sub_event_type="Suicide bomb"), False),  # another sub-type family: another incident
    (other(event_type="Battles", sub_event_type="Armed clash"), False),  # a clash and an air strike: two
    (other(fatalities=7), True),  # tolls grow from report to report
    (other(fatalities=40), False),  # but not eightfold
    (other(fatalities=None), True),
    (other(day=D + 2), True),  # ±1 day around the incident: up to two days between two reports
    (other(day=D + 3), False),
    (other(day=D + 6, time_precision=2), True),  # a date known to the week
    (other(day=None), False),
    (other(place="x", lat=36.21, lon=36.88), True),  # a village ~9 km away
    (other(place="x", lat=36.30, lon=36.95), False),  # ~21 km away: another town's incident
    (other(place="x", lat=36.30, lon=36.95, geo_precision=2), True),  # "near" a place: twice the reach
    (other(place="x", lat=36.60, lon=37.10), False),  # ~57 km away
    (other(place="gov", lat=36.2, lon=37.2, geo_precision=3, admin2=None), True),  # only the governorate
    (other(place="gov", lat=35.9, lon=36.6, geo_precision=3, admin1="Idlib", admin2=None), False),
    (other(actor1="Group B"), False),  # the same role, another actor
    (other(actor1=None, actor2="Group B"), True),  # the other side named: no contradiction
    (other(actor1="Group B", actor2="Group A"), True),  # roles swapped
    (other(actor1=None), True),
    (other(standalone=True), False),  # an aggregate summary is never merged
])
def test_pair_compatibility(b: Report, compatible: bool) -> None:
    assert (pair_score(BASE, b, P) is not None) == compatible


def test_clustering_ignores_input_order() -> None:
    rng = random.Random(7)
    places = syn.generated_places(400, rng)
    reps, _truth = syn.reports(syn.incidents(300, places, rng), places, rng)
    ref = {frozenset(reps[i].id for i in g) for g in cluster_reports(reps)}
    shuffled = reps[:]
    rng.shuffle(shuffled)
    assert {frozenset(shuffled[i].id for i in g) for g in cluster_reports(shuffled)} == ref
    assert sum(len(g) for g in ref) == len(reps)


def test_complete_link_keeps_chains_apart() -> None:
    # r1 ~ r2 (2 days) and r2 ~ r3 (2 days) but r1 and r3 are 4 days apart: not one incident.
    r2, r3 = other(day=D + 2), replace(BASE, id="r3", doc="d3", day=D + 4)
    groups = cluster_reports([BASE, r2, r3])
    assert sorted(len(g) for g in groups) == [1, 2]


def test_summary_takes_the_best_supported_values() -> None:
    reps = [
        replace(BASE, place="gov", lat=36.2, lon=37.2, geo_precision=3, admin2=None, location="Aleppo", fatalities=4),
        other(fatalities=6, modality="claimed"),
        replace(BASE, id="r3", doc="d3", source="s3", day=D + 1, fatalities=6, confidence=0.9),
        replace(BASE, id="r4", doc="d4", source="s1", day=D - 1, fatalities=None, actor1=None),
    ]
    s = summarize(reps)
    assert (s["location"], s["geo_precision"]) == ("Al-Atarib", 1)  # the most precise place
    assert s["event_date"] == date(2015, 7, 20).isoformat()  # two of four reports say the 20th
    assert (s["date_min"], s["date_max"]) == ("2015-07-19", "2015-07-21")
    assert (s["fatalities"], s["fatalities_min"], s["fatalities_max"]) == (6, 4, 6)
    assert s["modality"] == "asserted" and s["actor1"] == "Group A"
    assert (s["n_reports"], s["n_documents"], s["n_sources"], s["sources"]) == (4, 4, 3, ["s1", "s2", "s3"])
    assert 0.5 < s["confidence"] < 1


def test_ids_survive_growth_and_log_merges_and_splits() -> None:
    ids, revs = assign_ids([["e1", "e2"], ["e3"]], {})
    assert ids[0].startswith("c") and ids[0] != ids[1] and revs == []
    again, revs = assign_ids([["e1", "e2"], ["e3"]], {"e1": ids[0], "e2": ids[0], "e3": ids[1]})
    assert again == ids and revs == []
    grown, revs = assign_ids([["e1", "e2", "e9"], ["e3"]], {"e1": ids[0], "e2": ids[0], "e3": ids[1]})
    assert grown == ids and [(r.action, r.cluster_id, r.other) for r in revs] == [("join", ids[0], ("e9",))]
    merged, revs = assign_ids([["e1", "e2", "e3"]], {"e1": ids[0], "e2": ids[0], "e3": ids[1]})
    assert merged == [ids[0]] and ("merge", ids[0], (ids[1],)) in [(r.action, r.cluster_id, r.other) for r in revs]
    split, revs = assign_ids([["e1"], ["e2"]], {"e1": ids[0], "e2": ids[0]})
    assert split[0] == ids[0] and split[1] not in ids
    assert [(r.action, r.cluster_id, r.other) for r in revs] == [("split", ids[0], (split[1],))]


def test_minhash_estimates_similarity_and_finds_copies() -> None:
    words = [f"كلمة{i}" for i in range(300)]
    a = " ".join(words)
    b = " ".join(words[:290] + ["مختلفة"] * 10)
    c = " ".join(reversed(words))
    sa, sb, sc = mh.signature(a), mh.signature(b), mh.signature(c)
    assert sa and sb and sc
    assert abs(mh.similarity(sa, sb) - mh.jaccard(a, b)) < 0.15
    assert mh.similarity(sa, sc) < 0.1
    assert set(mh.bands(sa)) & set(mh.bands(sb))
    assert mh.signature("") is None


def test_minhash_is_the_same_in_another_process() -> None:
    code = "from marsad.dedup import minhash; print(minhash.signature('قصف على حلب اليوم').hex())"
    out = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={"PYTHONHASHSEED": seed, "PATH": ""}).stdout for seed in ("1", "2")]
    assert out[0] == out[1] and out[0].strip() == (mh.signature("قصف على حلب اليوم") or b"").hex()


def test_keyed_reports_of_an_incident_stay_when_another_is_added() -> None:
    """The corpus benchmark's draw (`keyed`): one incident more leaves every other incident's
    reports as they were; the unkeyed draw reshuffles them."""
    rng = random.Random(5)
    places = syn.generated_places(300, rng)
    incs = syn.incidents(120, places, rng)
    extra = syn.incidents(1, places, random.Random(9))[0]

    def by_incident(found: tuple[list[Report], list[int]], n: int) -> list[list[Report]]:
        reps, truth = found
        return [[replace(r, id="", doc="") for r, t in zip(reps, truth, strict=True) if t == i] for i in range(n)]

    alone = by_incident(syn.reports(incs, places, random.Random(1), keyed=True), len(incs))
    assert by_incident(syn.reports([extra, *incs], places, random.Random(1), keyed=True), len(incs) + 1)[1:] == alone
    plain = by_incident(syn.reports([extra, *incs], places, random.Random(1)), len(incs) + 1)[1:]
    assert plain != by_incident(syn.reports(incs, places, random.Random(1)), len(incs))


@pytest.mark.parametrize("seed", [1, 2])
def test_pairwise_f1_on_synthetic_reports(seed: int) -> None:
    rng = random.Random(seed)
    places = syn.generated_places(3000, rng)
    reps, truth = syn.reports(syn.incidents(1500, places, rng), places, rng)
    scores = syn.pairwise_scores(cluster_reports(reps), truth)
    assert scores["f1"] >= 0.90, scores


def test_word_bitmaps_compare_sentences() -> None:
    rng = random.Random(3)
    text = "قصفت طائرات حربية بلدة الأتارب في ريف حلب الغربي ما أدى إلى مقتل ثلاثة مدنيين"
    again = syn.reword(text, rng, ["وقالت", "مصادر", "محلية"])
    other_text = "تظاهر مئات الطلاب أمام مبنى الجامعة في بغداد للمطالبة بتحسين الخدمات"
    same = word_similarity(word_bits(text), word_bits(again))
    unrelated = word_similarity(word_bits(text), word_bits(other_text))
    assert same is not None and unrelated is not None
    assert same > 0.5 > 0.15 > unrelated
    assert word_similarity(word_bits(text), word_bits(text)) == 1.0
    assert word_similarity(0, word_bits(text)) is None and word_bits("في من") == 0  # short words only


def test_the_same_words_decide_between_neighbouring_days() -> None:
    text = "قصفت طائرات حربية بلدة الأتارب في ريف حلب الغربي ما أدى إلى مقتل ثلاثة مدنيين"
    a = replace(BASE, actor1=None, fatalities=None)
    b = replace(a, id="r2", doc="d2", day=D + 1, sub_event_type="Shelling/artillery/missile attack")
    score = pair_score(a, b, P)
    assert score is not None and score < P.min_score  # a day apart, another sub-type: not enough alone
    same = pair_score(replace(a, words=word_bits(text)), replace(b, words=word_bits(text)), P)
    assert same is not None and same >= P.min_score  # one text reworded by two outlets
    far = replace(b, words=word_bits(text), place="x", lat=36.21, lon=36.88)  # ~9 km: the words count less
    far_score = pair_score(replace(a, words=word_bits(text)), far, P)
    assert far_score is not None and far_score < (same or 0)


@pytest.mark.parametrize(("b", "joins"), [
    (other(actor1=None, fatalities=None, day=D + 1), True),  # a day apart: the place and the kind suffice
    (other(actor1=None, fatalities=None, day=D + 2), False),  # two days apart: a strike every other day
    (other(fatalities=None, day=D + 2), True),  # two days apart with the same party named
    (other(actor1=None, fatalities=None, day=D + 2, time_precision=2), True),  # a date known to the week
])
def test_two_days_apart_takes_more_than_the_place_and_the_kind(b: Report, joins: bool) -> None:
    a = replace(BASE, fatalities=None) if b.actor1 else replace(BASE, actor1=None, fatalities=None)
    score = pair_score(a, b, P)
    assert score is not None and (score >= P.min_score) == joins, score


def test_reports_keep_the_sub_type_family() -> None:
    rng = random.Random(5)
    places = syn.generated_places(500, rng)
    incs = syn.incidents(400, places, rng)
    reps, truth = syn.reports(incs, places, rng)
    assert all(subtype_family(r.sub_event_type) == subtype_family(incs[t].sub_event_type)
               for r, t in zip(reps, truth, strict=True))
    assert any(r.sub_event_type != incs[t].sub_event_type for r, t in zip(reps, truth, strict=True))
    assert all(r.words for r in reps)


def test_pairwise_scores() -> None:
    assert syn.pairwise_scores([[0, 1], [2]], [0, 0, 1])["f1"] == 1.0
    s = syn.pairwise_scores([[0, 1, 2]], [0, 0, 1])
    assert (s["precision"], s["recall"]) == (round(1 / 3, 4), 1.0)
