"""Language detection: the letters-only shortcut for plainly Arabic text (`plainly_arabic`) gives
lingua's answer on every text of the corpora and gold files, and leaves to lingua the texts in
the script's other languages (Persian, Urdu, Sorani), even typed with Arabic letters."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from conftest import require_shared
from marsad.article import language as lang

PERSIAN = ("به گزارش خبرگزاری ایرنا، وزیر امور خارجه کشورمان امروز در دیدار با همتای سوری خود در دمشق "
           "درباره آخرین تحولات منطقه و همکاری های دو جانبه گفتگو کرد و گفت که ایران از دولت سوریه حمایت می کند")
# Persian typed on an Arabic keyboard (ي and ك for ی and ک) with Arabic loanwords in ة
PERSIAN_ARABIC_KEYS = ("به گزارش خبرگزاري ايرنا، وزير امور خارجه كشورمان امروز در ديدار با همتاي سوري خود در دمشق "
                       "درباره آخرين تحولات منطقة و همكاري هاي دو جانبه گفتگو كرد و گفت كه دولة ايران از سوريه "
                       "حمايت مي كند و اين سياسة ادامه دارد")
PERSIAN_NO_EXTRA = ("وزير امور خارجه كشورمان امروز در ديدار با همتاي سوري خود در دمشق درباره آخرين تحولات منطقة "
                    "و همكاري هاي دو جانبه سخن راند و افزود كه دولة ايران از سوريه حمايت مي كند و اين سياسة ادامه "
                    "دارد و ادارة امور در دست آنان است")
URDU = "شام کے شہر حلب میں فضائی حملے میں کم از کم دس افراد ہلاک ہو گئے ہیں اور درجنوں زخمی ہیں، حکام نے بتایا۔"
SORANI = "لە شاری حەلەب هێرشی ئاسمانی کرایە سەر گەڕەکێکی نیشتەجێبوون و دە کەس کوژران"
ARABIC = ("قالت وزارة الدفاع إن طائرات التحالف شنت غارة جوية على مدينة الرقة صباح اليوم، مما أدى إلى مقتل "
          "عشرة عناصر من تنظيم الدولة الإسلامية وتدمير آلية عسكرية في المنطقة الشمالية")


def _letters(s: str) -> int:
    return sum(map(str.isalpha, s))


def test_plain_arabic_shortcut() -> None:
    sample = lang._sample(ARABIC)
    assert lang.plainly_arabic(sample, _letters(sample))
    assert lang.detect_language(ARABIC) == "ar"


@pytest.mark.parametrize("text", [PERSIAN, PERSIAN_ARABIC_KEYS, PERSIAN_NO_EXTRA, URDU, SORANI])
def test_other_languages_of_the_script_go_to_lingua(text: str) -> None:
    sample = lang._sample(text)
    assert not lang.plainly_arabic(sample, _letters(sample))
    assert lang.detect_language(text) != "ar"


def _strings(x: Any) -> Iterator[str]:
    if isinstance(x, str):
        yield x
    elif isinstance(x, dict):
        for v in x.values():
            yield from _strings(v)
    elif isinstance(x, list):
        for v in x:
            yield from _strings(v)


@pytest.mark.parametrize("name", ["corpus/saudinewsnet-syria-iraq-2015.jsonl", "corpus/bbc-arabic-2017.jsonl",
                                  "gold/dev-events.jsonl", "gold/dev-events-2.jsonl", "gold/dev-extraction.jsonl"])
def test_shortcut_agrees_with_lingua(name: str) -> None:
    path = require_shared(*name.split("/"))
    detector = lang._detector()
    shortcut = 0
    with path.open(encoding="utf-8") as f:
        for line in f:
            for text in _strings(json.loads(line)):
                sample = lang._sample(text)
                letters = _letters(sample)
                if letters >= 10 and lang.plainly_arabic(sample, letters):
                    shortcut += 1
                    found = detector.detect_language_of(sample)
                    assert found is not None and found.iso_code_639_1.name.lower() == "ar", sample
    assert shortcut > 0
