"""Dev gold places (../shared/gold/dev-events.jsonl) resolved within their annotated radius, with
the embedded default and with the full Who's On First import (../shared/gazetteer)."""

from __future__ import annotations

import pytest

from conftest import require_shared
from marsad.bench.places import score_gold
from marsad.config import settings
from marsad.geo.gazetteer import active_path, load
from marsad.geo.importers import import_file

# Floors a little under the figures measured (docs/places.md): a change that loses places fails.
EMBEDDED_FLOOR = 0.88
WOF_FLOOR = 0.94


def test_dev_gold_places_with_the_embedded_default() -> None:
    gold = require_shared("gold", "dev-events.jsonl")
    result = score_gold(gold)
    assert result["gold_places"] >= 50
    assert result["accuracy"] >= EMBEDDED_FLOOR, result["misses"]


@pytest.mark.slow
def test_dev_gold_places_with_the_full_wof_import() -> None:
    syria = require_shared("gazetteer", "wof_syria_places.csv")
    iraq = require_shared("gazetteer", "wof_iraq_places.csv")
    gold = require_shared("gold", "dev-events.jsonl")
    r1 = import_file(syria)
    r2 = import_file(iraq)
    assert r1.added > 9000 and r2.added > 20000
    assert active_path() == settings().gazetteer_path
    g = load(active_path())
    assert len(g) > 30000 and g.matcher.size > 20000
    for name in ("أريحا", "كفريا", "الفوعة", "تل أعور", "الطارمية", "مندلي"):
        assert g.lookup(name), name
    result = score_gold(gold)
    assert result["accuracy"] >= WOF_FLOOR, result["misses"]
