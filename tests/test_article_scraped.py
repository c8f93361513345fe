"""Scraped text → Article: breadcrumb, headline, date line, furniture, page tail. The texts are
invented for the tests."""

from __future__ import annotations

import json
from datetime import date

import pytest

from conftest import require_shared
from marsad.article import read_article
from marsad.article.furniture import Furniture, furniture
from marsad.article.scraped import _SENTENCE_END, _split_trailing_furniture
from marsad.errors import ExtractionError, InputError
from marsad.models import Document

P1 = "قتل ثلاثة مدنيين وأصيب سبعة آخرون، فجر اليوم الخميس، جراء قصف مدفعي استهدف قرية الطيانة في ريف دير الزور الشرقي."
P2 = "وقالت مصادر محلية إن القذائف مصدرها مواقع قوات النظام على الضفة الغربية لنهر الفرات."
P3 = "وكانت قرى المنطقة قد تعرضت لسبع هجمات مماثلة خلال الأسبوع الماضي، بحسب ناشطين."
HEADLINE = "قصف مدفعي يقتل ثلاثة مدنيين في ريف دير الزور الشرقي"

PAGE = f"""أخبار سوريةدير الزورقسم الأخبار

{HEADLINE}

{P1}

\u00a0

{P2}

اقرأ أيضاً: انفجار لغم أرضي بسيارة مدنية قرب البوكمال

{P3}

\u00a0

اترك تعليقاً

لن نعرض بريدك الإلكتروني لأحد. الحقول الإلزامية مشار إليها بعلامة *

زر الذهاب إلى الأعلى"""


def read(text: str, **kw: object) -> object:
    return read_article(Document(id="t", text=text, **kw))  # type: ignore[arg-type]


def test_scraped_page() -> None:
    a = read_article(Document(id="t", text=PAGE))
    assert a.section == ("أخبار سورية", "دير الزور", "قسم الأخبار")
    assert a.title == HEADLINE
    assert a.body == f"{P1}\n\n{P2}\n\n{P3}"
    assert a.language == "ar"


def test_given_title_and_date_are_kept() -> None:
    a = read_article(Document(id="t", text=PAGE, title=HEADLINE, published=date(2023, 10, 26)))
    assert a.title == HEADLINE and a.published == date(2023, 10, 26)
    assert a.body.startswith(P1)


def test_given_title_not_in_text() -> None:
    a = read_article(Document(id="t", text=f"{P1}\n\n{P2}", title="عنوان آخر مختلف تماماً"))
    assert a.title == "عنوان آخر مختلف تماماً"
    assert a.body == f"{P1}\n\n{P2}"


def test_date_line_gives_the_date() -> None:
    text = f"الرئيسية » أخبار » سوريا\n\nالخميس 24 تشرين الأول 2023\n\n{HEADLINE}\n\n{P1}\n\n{P2}"
    a = read_article(Document(id="t", text=text))
    assert a.published == date(2023, 10, 24)
    assert a.section == ("أخبار", "سوريا")
    assert a.title == HEADLINE
    assert a.body == f"{P1}\n\n{P2}"


def test_dateline_with_place_is_article_text() -> None:
    dateline = "بيروت 11 أغسطس 2015 (واس)"
    a = read_article(Document(id="t", text=f"{dateline}\n\n{P1}", title="عنوان"))
    assert a.body.startswith(dateline)


def test_text_without_headline() -> None:
    a = read_article(Document(id="t", text=f"{P1}\n\n{P2}"))
    assert a.title is None
    assert a.body == f"{P1}\n\n{P2}"


def test_repeated_headline_only_removed_at_the_top() -> None:
    sub = "صيف وشتاء على سطح واحد؟"
    a = read_article(Document(id="t", text=f"{P1}\n\n{P2}\n\n{sub}\n\n{P3}", title=sub))
    assert sub in a.body


@pytest.mark.parametrize("text", ["", "   \n \u00a0 \n"])
def test_empty_text(text: str) -> None:
    with pytest.raises(InputError, match="empty"):
        read_article(Document(id="t", text=text))


def test_only_furniture() -> None:
    with pytest.raises(ExtractionError, match="furniture"):
        read_article(Document(id="t", text="شارك\n\nفيسبوك\n\nتويتر\n\nاترك تعليقاً\n\nزر الذهاب إلى الأعلى"))


def test_binary_in_text() -> None:
    with pytest.raises(InputError, match="binary"):
        read_article(Document(id="t", text="abc\x00\x01\x02\x03" * 50))


def test_html_given_as_text_is_read_as_html() -> None:
    page = f"<!DOCTYPE html><html><head><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1><p>{P1}</p><p>{P2}</p></body></html>"
    a = read_article(Document(id="t", text=page))
    assert a.title == HEADLINE and a.body == f"{P1}\n\n{P2}"


@pytest.mark.parametrize("tail", [
    "رابط الخبر بصحيفة المرصد: مقتل عشرة أشخاص في انفجار ببغداد",
    "اقرأ أيضا: الجيش يستعيد قرية في ريف حلب",
    "سمات انفجار بغداد الكرادة",
])
@pytest.mark.parametrize("body", [
    "قتل عشرة أشخاص في انفجار سيارة مفخخة في حي الكرادة وسط بغداد أمس، بحسب مصادر أمنية.",
    "قتل عشرة أشخاص في انفجار ببغداد أمس. وقال مسؤول أمني: «انفجرت سيارة مفخخة في حي الكرادة.»",
    "قتل عشرة أشخاص في انفجار ببغداد أمس. وقال مسؤول أمني: “انفجرت سيارة مفخخة في حي الكرادة.”",
])
def test_furniture_run_on_at_the_end_of_the_last_paragraph_is_cut(tail: str, body: str) -> None:
    """Tags or a link run on after the last sentence, a closing quotation mark or not."""
    art = read_article(Document(id="t", text=f"{body} {tail}"))
    assert art.body.strip() == body


def _split_every_tail(lines: list[str], f: Furniture) -> list[str]:
    """The rule as first written: every tail after a sentence end tested, from the longest."""
    last = lines[-1]
    for m in _SENTENCE_END.finditer(last):
        tail = last[m.end():]
        if tail and f.is_line(tail):
            return [*lines[:-1], last[:m.end()].rstrip(), tail]
    return lines


@pytest.mark.parametrize("last", [
    "قتل عشرة أشخاص في انفجار. وأصيب آخرون. رابط الخبر بصحيفة المرصد: مقتل عشرة أشخاص",
    "قتل عشرة أشخاص. اقرأ أيضا: الجيش يستعيد قرية. وأصيب آخرون بجروح في الانفجار نفسه قرب السوق",
    "جملة أولى. جملة ثانية. . ... شارك",
    "وقال المتحدث: «انتهت العملية.» رابط الخبر بصحيفة المرصد",  # a stop inside closing quotes
    "جملة أولى. ﻻ توجد تفاصيل. اقرأ أيضا",  # not in NFKC: every tail is tested
    " ".join(f"قتل {i} أشخاص في الانفجار الذي وقع أمس." for i in range(300)) + " اقرأ المزيد",
])
def test_trailing_furniture_is_cut_as_when_every_tail_is_tested(last: str) -> None:
    f = furniture()
    lines = ["سطر أول من الخبر.", last]
    assert _split_trailing_furniture(lines, f) == _split_every_tail(lines, f)


def test_trailing_furniture_over_the_corpus_is_cut_as_when_every_tail_is_tested() -> None:
    corpus = require_shared("corpus", "saudinewsnet-syria-iraq-2015.jsonl")
    f = furniture()
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            lines = [ln for ln in (" ".join(x.split()) for x in json.loads(line)["text"].splitlines()) if ln]
            if lines:
                assert _split_trailing_furniture(lines, f) == _split_every_tail(lines, f)
