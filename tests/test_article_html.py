"""HTML pages → Article. Golden pages in tests/golden/article/pages (invented articles in several
site templates, each with NAME.expected.json) and the rules of headline, date and bad input."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from marsad.article import read_article
from marsad.article.html import read_html, strip_site_name
from marsad.errors import ExtractionError, InputError
from marsad.models import Document

PAGES = Path(__file__).parent / "golden" / "article" / "pages"
GOLDEN = sorted(p for p in PAGES.glob("*.html"))

P1 = "قتل ثلاثة مدنيين وأصيب سبعة آخرون، فجر اليوم الخميس، جراء قصف مدفعي استهدف قرية الطيانة في ريف دير الزور الشرقي، وفق مصادر محلية."
P2 = "وقالت المصادر إن القذائف مصدرها مواقع قوات النظام على الضفة الغربية لنهر الفرات، وإن فرق الإسعاف نقلت المصابين إلى مشفى الكسرة."
H1 = "قصف مدفعي يقتل ثلاثة مدنيين في ريف دير الزور الشرقي"


def page(head: str = "", top: str = "", after_h1: str = "", h1: str = H1, tail: str = "") -> str:
    return (f"<!DOCTYPE html><html lang='ar'><head><meta charset='utf-8'>{head}</head><body>"
            f"<div class='nav'><a href='/'>الرئيسية</a> <a href='/news'>أخبار</a></div>{top}"
            f"<article><h1>{h1}</h1>{after_h1}<div class='content'><p>{P1}</p><p>{P2}</p></div></article>"
            f"{tail}<footer>جميع الحقوق محفوظة</footer></body></html>")


def html_doc(html: str, **kw: object) -> Document:
    return Document(id="p", html=html, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize("path", GOLDEN, ids=[p.stem for p in GOLDEN])
def test_golden_page(path: Path) -> None:
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    doc = Document(id=path.stem, html_bytes=path.read_bytes(), source=str(path))
    if "error" in expected:
        with pytest.raises(ExtractionError, match=expected["error"]):
            read_article(doc)
        return
    a = read_article(doc)
    assert a.title == expected["title"]
    assert a.published == date.fromisoformat(expected["published"])
    assert list(a.section) == expected["section"]
    assert a.body == expected["body"]
    assert a.language == "ar"


# ---------------------------------------------------------------- headline


@pytest.mark.parametrize(("title", "sites", "expected"), [
    ("مسلحون يستولون على مستودع أسلحة في ريف حمص - CNNArabic.com", set(), "مسلحون يستولون على مستودع أسلحة في ريف حمص"),
    ("عنوان الخبر الطويل هنا عن القصف | LBCI", set(), "عنوان الخبر الطويل هنا عن القصف"),
    ("الفرات اليوم | قصف مدفعي على قرى الريف الشرقي", {"الفرات اليوم"}, "قصف مدفعي على قرى الريف الشرقي"),
    ("قصف مدفعي على قرى الريف الشرقي – شبكة الرافدين الإخبارية", set(), "قصف مدفعي على قرى الريف الشرقي"),
    ("سوريا - مقتل خمسة مدنيين بغارة على إدلب", set(), "سوريا - مقتل خمسة مدنيين بغارة على إدلب"),
])
def test_strip_site_name(title: str, sites: set[str], expected: str) -> None:
    assert strip_site_name(title, sites) == expected


def test_h1_same_words_as_og_title_gives_og_spelling() -> None:
    og = "<meta property='og:title' content='شعر وردي يشعل السخرية… لغز وخبير يشرح السبب'>"
    a = read_article(html_doc(page(head=og, h1="&quot;شعر وردي يشعل السخرية&quot;… لغز وخبير يشرح السبب")))
    assert a.title == "شعر وردي يشعل السخرية… لغز وخبير يشرح السبب"


def test_h1_wins_over_a_shortened_og_title() -> None:
    og = "<meta property='og:title' content='قصف على دير الزور'>"
    assert read_article(html_doc(page(head=og))).title == H1


def test_site_name_h1_is_not_the_headline() -> None:
    head = "<meta property='og:site_name' content='شبكة الفرات'><meta property='og:title' content='" + H1 + "'>"
    html = page(head=head, top="<h1>شبكة الفرات</h1>")
    assert read_article(html_doc(html)).title == H1


def test_given_title_and_date_are_kept() -> None:
    a = read_article(html_doc(page(), title="عنوان معطى", published=date(2020, 1, 2)))
    assert a.title == "عنوان معطى" and a.published == date(2020, 1, 2)


def test_headline_not_repeated_in_body() -> None:
    a = read_article(html_doc(page()))
    assert a.title == H1 and a.body == f"{P1}\n\n{P2}"


# ---------------------------------------------------------------- publication date


def test_structured_date_first() -> None:
    head = "<meta property='article:published_time' content='2021-03-14T09:00:00+03:00'>"
    a = read_article(html_doc(page(head=head, after_h1="<span>الخميس 24 تشرين الأول 2023</span>")))
    assert a.published == date(2021, 3, 14)


def test_jsonld_date() -> None:
    head = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-06-07T10:30:00+03:00"}</script>'
    assert read_article(html_doc(page(head=head))).published == date(2019, 6, 7)


def test_time_element_after_headline() -> None:
    top = "<div class='ticker'><time datetime='2024-05-01'>اليوم</time></div>"
    html = page(top=top, after_h1="<time datetime='2023-02-03T08:00'>3 شباط 2023</time>")
    assert read_article(html_doc(html)).published == date(2023, 2, 3)


@pytest.mark.parametrize(("after_h1", "expected"), [
    ("<div class='d'>الخميس 24 تشرين الأول 2023</div>", date(2023, 10, 24)),
    ("<div class='d'>الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)</div>", date(2013, 8, 28)),
    ("<div class='d'>الاثنين، 15 مايو 2023 - 03:15 م</div>", date(2023, 5, 15)),
    ("<div class='d'>آخر تحديث: 20 أيار 2023 | نشر في: 19 أيار 2023</div>", date(2023, 5, 19)),
    ("<div class='d'>2015/07/21</div>", date(2015, 7, 21)),
])
def test_text_date_near_headline(after_h1: str, expected: date) -> None:
    top = "<div class='today'>السبت 2 كانون الأول 2023</div>"  # the site's "today" widget
    assert read_article(html_doc(page(top=top, after_h1=after_h1))).published == expected


def test_no_date_anywhere() -> None:
    assert read_article(html_doc(page())).published is None


# ---------------------------------------------------------------- other fields


def test_breadcrumb_and_site_and_author() -> None:
    head = ("<meta property='og:site_name' content='شبكة الفرات'><meta name='author' content='مكتب دير الزور'>"
            "<link rel='canonical' href='https://furat.example/a/1'>")
    top = "<div class='path'><a href='/'>الرئيسية</a> » <a href='/syria'>سوريا</a> » <a href='/syria/deir'>دير الزور</a></div>"
    a = read_article(html_doc(page(head=head, top=top)))
    assert a.section == ("سوريا", "دير الزور")
    assert a.site_name == "شبكة الفرات" and a.author == "مكتب دير الزور"
    assert a.url == "https://furat.example/a/1"


@pytest.mark.parametrize(("text", "lang"), [
    ("The army said on Thursday that three soldiers were killed when a roadside bomb hit their patrol "
     "near the town, and that a search operation was under way in the surrounding villages.", "en"),
    ("ارتش روز پنجشنبه اعلام کرد که سه سرباز در انفجار یک بمب کنار جاده در نزدیکی شهر کشته شدند و "
     "عملیات جستجو در روستاهای اطراف ادامه دارد.", "fa"),
])
def test_language(text: str, lang: str) -> None:
    html = f"<html><head><title>x</title></head><body><h1>Title of the story here</h1><p>{text}</p><p>{text}</p></body></html>"
    assert read_article(html_doc(html)).language == lang


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize(("html", "error", "reason"), [
    ("", InputError, "empty"),
    ("   ", InputError, "empty"),
    ("just some words without any markup at all " * 5, InputError, "not an HTML page"),
    ("<html><head><title>x</title></head><body><script>var a=1;</script></body></html>", ExtractionError,
     "no article"),
    ("<html><body><ul><li><a href='/1'>خبر أول</a></li><li><a href='/2'>خبر ثان</a></li></ul></body></html>",
     ExtractionError, "no article"),
])
def test_bad_pages(html: str, error: type[Exception], reason: str) -> None:
    with pytest.raises(error, match=reason):
        read_article(html_doc(html))


def test_binary_bytes() -> None:
    with pytest.raises(InputError, match="binary"):
        read_article(Document(id="p", html_bytes=b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4))


@pytest.mark.parametrize("cut_before", [P2[40:], "</p></div></article>", "<footer>", "</html>"])
def test_truncated_page(cut_before: str) -> None:
    html = page()
    a = read_article(html_doc(html[: html.index(cut_before)]))
    assert a.title == H1
    assert a.body.startswith(f"{P1}\n\n{P2[:40]}")


def test_malformed_markup() -> None:
    html = f"<html><body><div><h1>{H1}</div></h1><p>{P1}<p><b><i>{P2}</b></i></td></tr><<>></body>"
    a = read_article(html_doc(html))
    assert P1 in a.body and P2 in a.body


def test_huge_page_is_capped(caplog: pytest.LogCaptureFixture) -> None:
    para = f"<p>{P1}</p>\n"
    html = page(tail=para * (30_000_000 // len(para.encode())))
    assert len(html.encode()) > 30_000_000
    a = read_html(Document(id="big", html_bytes=html.encode()))
    assert a.title == H1 and a.body.startswith(P1)
    assert "cut to the first" in caplog.text


def test_huge_script_is_dropped_before_the_cap() -> None:
    html = page(head="<script>" + "var x = 1;" * 3_000_000 + "</script>")
    a = read_html(Document(id="big", html=html))
    assert a.body == f"{P1}\n\n{P2}"


# ---------------------------------------------------------------- dates on portal layouts


def portal(before: str = "", after: str = "", end: str = "", h1: bool = True, title: str = H1,
           head: str = "") -> str:
    """A portal page: a "today" widget and a menu above the article, a sidebar with dated links."""
    headline = f"<h1>{H1}</h1>" if h1 else f"<div class='t'><b>{H1}</b></div>"
    paras = "".join(f"<p>{P1} {P2} الفقرة {i}.</p>" for i in range(4))
    return (f"<html><head><title>{title}</title>{head}</head><body>"
            "<div class='top'>الجمعة 1 كانون الأول 2023</div>"
            "<ul class='menu'><li><a href='/'>الرئيسية</a></li><li><a href='/n'>أخبار</a></li></ul>"
            f"<div class='main'>{before}{headline}{after}<div class='body'>{paras}</div>{end}</div>"
            "<div class='side'><h3>الأكثر قراءة</h3><ul><li><a href='#'>خبر عن حلب</a> 3 تشرين الثاني 2023</li>"
            "</ul></div></body></html>")


@pytest.mark.parametrize(("html", "expected"), [
    (portal(before="<div class='meta'>الخميس 24 تشرين الأول 2023</div>"), date(2023, 10, 24)),
    (portal(after="<div>24 تشرين الأول 2023</div>"), date(2023, 10, 24)),
    (portal(end="<div class='foot'>نشر بتاريخ: 24 تشرين الأول 2023</div>"), date(2023, 10, 24)),
    (portal(after="<div>الخميس 9 ربيع الآخر 1445 هـ الموافق 24 تشرين الأول 2023</div>"), date(2023, 10, 24)),
    (portal(after="<div>آخر تحديث: 25 تشرين الأول 2023 - نشر: 24 تشرين الأول 2023</div>"), date(2023, 10, 24)),
    (portal(head="<link rel='canonical' href='https://x.example/2023/10/24/story'>"), date(2023, 10, 24)),
    (portal(), date(2023, 12, 1)),  # only the widget: the last resort
], ids=["meta-line-above", "after", "labelled-after-body", "hijri-and-gregorian", "updated-first",
        "url", "widget-only"])
def test_dates_on_a_portal(html: str, expected: date) -> None:
    assert read_article(html_doc(html)).published == expected


def test_headline_without_h1_or_title() -> None:
    a = read_article(html_doc(portal(h1=False, title="موقع الأخبار", after="<div>24/10/2023</div>")))
    assert a.title == H1 and a.published == date(2023, 10, 24)


def test_legacy_table_with_one_row_per_paragraph() -> None:
    paras = [P1, P2, "وأضاف المصدر أن قوة من الشرطة المحلية فرضت حظراً للتجوال على الناحية حتى إشعار آخر وسط انتشار أمني كثيف."]
    rows = "".join(f"<tr><td><font size=2>{p}</font></td></tr>" for p in paras)
    html = ("<html><head><meta charset='windows-1256'><title>جريدة البادية</title></head><body><table>"
            "<tr><td colspan=2><a href='/'>الرئيسية</a> | <a href='/l'>محليات</a> | <a href='/w'>دوليات</a></td></tr>"
            f"<tr><td><table><tr><td><font size=4><b>{H1}</b></font></td></tr>"
            f"<tr><td><font size=1>الاثنين 12 أيار 2008</font></td></tr>{rows}"
            "<tr><td><a href='/p'>طباعة</a> | <a href='/s'>أرسل لصديق</a></td></tr></table></td>"
            "<td><font size=2><b>استفتاء</b><br>هل تؤيد تشكيل مجالس الصحوة في جميع المحافظات العراقية خلال هذا "
            "العام برأيك؟<br>نعم<br>لا</font></td></tr></table></body></html>")
    a = read_article(Document(id="rows", html_bytes=html.encode("cp1256")))
    assert a.title == H1 and a.published == date(2008, 5, 12)
    assert a.body == "\n\n".join(paras)


def test_section_heading_h1_loses_to_a_shown_metadata_title() -> None:
    og = f"<meta property='og:title' content='{H1}'>"
    html = page(head=og, h1="آخر الأخبار العاجلة اليوم", after_h1=f"<h2>{H1}</h2>")
    assert read_article(html_doc(html)).title == H1
