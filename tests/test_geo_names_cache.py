"""The built name matcher of the user's gazetteer kept in a file beside it (issue 15: start-up):
the same matches as a matcher built from the keys, a file of other keys never used, and the file
of the names before an import removed by the import."""

from __future__ import annotations

import pickle
from pathlib import Path

from marsad.config import settings
from marsad.geo.gazetteer import EMBEDDED_PATH, Gazetteer, _matchable, load
from marsad.geo.importers import import_file
from marsad.geo.names import NameMatcher, cache_path
from marsad.geo.patterns import patterns
from marsad.text.normalize import norm
from test_geo_gazetteer import WOF_ROWS, write_wof

TEXTS = [norm(t) for t in (
    "قصفت الطائرات بلدة تل زغزغ وخربة نعمان في ريف إدلب، ثم انسحبت نحو تدمر وللرقة وبحمص.",
    "وصل الوفد إلى دمشق والتقى في حلب وفي تلزغزغ ممثلين عن الزغزغ",
)]


def _matches(m: NameMatcher) -> list[list[tuple[int, int, int, str]]]:
    out = []
    for t in TEXTS:
        out.append([(x.start, x.end, x.word_start, x.key) for x in m.find(t)])
        out.append([(x.start, x.end, x.word_start, x.key) for x in m.find_prefix(t, len(t) // 2)])
    return out


def test_a_matcher_read_back_finds_what_a_built_one_finds(tmp_path: Path) -> None:
    keys = list(load(EMBEDDED_PATH).by_key) + ["تل زغزغ", "الزغزغ"]
    path = tmp_path / "g.sqlite.names"
    built, held = NameMatcher.cached(keys, path)
    assert held is None and path.is_file()
    read, held = NameMatcher.cached(keys, path)
    assert held == keys
    assert read is not built and read.size == built.size == NameMatcher(keys).size
    assert _matches(read) == _matches(built) == _matches(NameMatcher(keys))
    assert any(m for m in _matches(read))


def test_a_file_of_other_keys_or_a_broken_file_is_not_used(tmp_path: Path) -> None:
    path = tmp_path / "g.sqlite.names"
    NameMatcher.cached(["حلب", "دمشق"], path)
    other, held = NameMatcher.cached(["حلب", "تل زغزغ"], path)  # other keys: built again
    assert held is None
    assert [m.key for m in other.find(TEXTS[0])] == ["تل زغزغ"]
    assert [m.key for m in NameMatcher.cached(["حلب", "تل زغزغ"], path)[0].find(TEXTS[0])] == ["تل زغزغ"]
    path.write_bytes(pickle.dumps(("names-1", "?"))[:7])  # truncated
    broken, held = NameMatcher.cached(["حلب", "دمشق"], path)
    assert held is None and [m.key for m in broken.find(TEXTS[1])] == ["دمشق", "حلب"]


def test_the_user_gazetteer_keeps_its_matcher_and_an_import_renews_it(tmp_path: Path) -> None:
    import_file(write_wof(tmp_path, WOF_ROWS[1:2]))
    target = settings().gazetteer_path
    kept = cache_path(target)
    assert not kept.exists()
    first = load(target)
    assert [m.key for m in first.matcher.find(TEXTS[0]) if m.key == "تل زغزغ"] == []
    assert kept.is_file()
    again = load(target)  # read from the file: the same matches, the index keyed by its strings
    assert _matches(again.matcher) == _matches(first.matcher) == _matches(_built(first))
    assert list(again.by_key) == list(first.by_key)
    assert all(again.by_key[k] == first.by_key[k] for k in first.by_key)

    import_file(write_wof(tmp_path, WOF_ROWS[:1], "more.csv"))
    assert not kept.exists()  # the import removed the matcher of the names before
    after = load(target)
    assert "تل زغزغ" in [m.key for m in after.matcher.find(TEXTS[0])]
    assert _matches(after.matcher) == _matches(_built(after))
    assert kept.is_file()


def test_the_embedded_gazetteer_writes_no_file() -> None:
    g = load(EMBEDDED_PATH)
    assert g.matcher.find(TEXTS[1])
    assert not cache_path(EMBEDDED_PATH).exists()


def _built(g: Gazetteer) -> NameMatcher:
    """A matcher built from the keys the gazetteer's matcher is made of (`Gazetteer.matcher`)."""
    never = patterns().never_keys
    return NameMatcher(k for k in g.by_key if k not in never and _matchable(k))
