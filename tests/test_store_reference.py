"""Order independence (issue 12, item 9): the `actors` and `places` rows come from the lexicon
and the gazetteer, so ingesting the same documents in any order, or in two halves, gives the same
reference tables."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from marsad.extract.mentions import reference_actor
from marsad.ingest.runner import ingest
from marsad.store import open_store
from test_ingest import write_jsonl

# Sentences written for this test: the same actors and places in different settings.
DOCS = [
    ("turkey-abroad", "قصفت المدفعية التركية قرية في ريف حلب الشمالي يوم أمس، ما أدى إلى مقتل ثلاثة مدنيين."),
    ("turkey-home", "اشتبكت قوات الأمن مع مسلحين في مدينة ديار بكر جنوب شرقي تركيا يوم الأحد، وقتل جنديان."),
    ("hamas-gaza", "قصفت طائرات إسرائيلية مواقع لحركة حماس في مدينة غزة يوم أمس، وأطلقت حماس صواريخ على عسقلان."),
    ("hamas-kuwait", "اعتقلت السلطات الكويتية خمسة من عناصر حركة حماس في مدينة الكويت يوم الثلاثاء."),
    ("near-aleppo", "سقطت قذائف هاون قرب مدينة حلب يوم الجمعة، ما أدى إلى مقتل طفلين."),
    ("in-aleppo", "قتل أربعة مدنيين في غارة جوية روسية على مدينة حلب يوم السبت."),
    ("isis-iraq", "هاجم تنظيم داعش نقطة للجيش العراقي في مدينة الرمادي يوم الخميس."),
    ("isis-syria", "هاجم تنظيم داعش مواقع لقوات النظام السوري في مدينة دير الزور يوم الخميس."),
]


def _docs(keys: list[str]) -> list[dict[str, Any]]:
    text_of = dict(DOCS)
    return [{"id": k, "published": "2016-03-05", "source": "test", "text": text_of[k]} for k in keys]


def _tables(db: Path) -> dict[str, set[tuple[Any, ...]]]:
    s = open_store(db)
    with s.engine.connect() as conn:
        out = {t: {tuple(r) for r in conn.execute(text(f"SELECT * FROM {t}"))} for t in ("actors", "places")}
    s.close()
    return out


def test_any_order_and_two_halves_give_the_same_reference_rows(tmp_path: Path) -> None:
    keys = [k for k, _ in DOCS]
    orders = {"forward": [keys], "backward": [keys[::-1]], "halves": [keys[1::2], keys[0::2]],
              "halves-swapped": [keys[0::2][::-1], keys[1::2][::-1]]}
    tables = {}
    for name, parts in orders.items():
        db = tmp_path / f"{name}.sqlite"
        store = open_store(db)
        for i, part in enumerate(parts):
            ingest(store, [str(write_jsonl(tmp_path / f"{name}-{i}.jsonl", _docs(part)))])
        store.close()
        tables[name] = _tables(db)
    first = tables["forward"]
    assert first["actors"] and first["places"]
    for name, got in tables.items():
        assert got == first, name
    actors = {r[0]: r for r in first["actors"]}
    if "Hamas" in actors:
        assert actors["Hamas"][1:3] == (2, None)  # no country in the lexicon: none from a document


@pytest.mark.parametrize(("name", "expected"), [
    ("Hamas", (2, None, None)),
    ("Military Forces of Syria", (1, "Syria", None)),
    ("Military Forces of Turkey", (8, "Turkey", None)),
    ("Civilians (Syria)", (7, "Syria", None)),
    ("Unidentified Armed Group (unknown country)", (3, None, None)),
    ("Military Forces of Ruritania", (1, "Ruritania", None)),
    ("Military Forces", (1, None, None)),
    ("No Such Actor", (None, None, None)),
])
def test_reference_actor(name: str, expected: tuple[Any, ...]) -> None:
    assert reference_actor(name) == expected
